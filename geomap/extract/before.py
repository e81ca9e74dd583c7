"""A share's region named just before it: "Luhansk (99%)", "Luhansk: 99%", "Luhansk | 99%", "the
Zaporizhzhia region, roughly 73% of which it occupies", "the Donetsk region, which they now
control about 75 percent of"; and a share of a group of units ("Darfur (80%)"), which is of
none of them."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from geomap.extract.asides import insertions, which_on_a_place
from geomap.extract.hedged import HEDGE_WORDS
from geomap.extract.list_ends import A_FIGURES_END
from geomap.extract.named import named_sides
from geomap.extract.sides import sides
from geomap.extract.text import TOWN_NOUN, Token, a_city_region, name_at, nouns, the_government
from geomap.patterns import compiled
from geomap.profile import current
from geomap.regions import normalize

if TYPE_CHECKING:
    from geomap.extract.shares import Share
    from geomap.regions import Region


def of_a_group(share: Share, group: str, regions: tuple[Region, ...] = ()) -> bool:
    """Whether a share is a part of a group of units ("40% of Darfur", "Darfur (80%)"): of
    the units together, so of none of them (``reason`` says so); "all of Darfur" is all of each.
    ``group``: the group's name as written, or "" where the name is of one unit; or the units
    ``regions`` stands for, where they are the profile's group ("In Kordofan, ... half of the
    territory")."""
    group = group or group_of(regions)
    if group and share.value is not None and 0 < share.value < 100:
        whole = sides().wholes.get(normalize(re.sub(r"^the\s+|['’]s$", "", group, flags=re.I)))
        share.reason = (  # "Donbas (Donetsk and Luhansk together)": the profile's own words
            f"a share of {whole}, not of one region"
            if whole
            else f"a share of {group} together, not of each of its units"
        )
        return True
    return False


def of_a_group_named(share: Share, before: str) -> bool:
    """ "Darfur is 90% held by the RSF", "The Donbas is almost 90% occupied": a figure whose
    regions are a group the words ``before`` it name (not its units one by one) is of the units
    together, so of none of them (``reason`` says so)."""
    group = group_of(share.regions)
    if not group or not re.search(rf"\b{re.escape(group)}\b", before, re.IGNORECASE):
        return False
    if of_a_group(share, group):
        share.regions = ()
        return True
    return False


def group_of(regions: tuple[Region, ...]) -> str:
    """The name of the profile's group of units that ``regions`` are ("Kordofan"), or ""."""
    codes = {r.code for r in regions}
    groups = current().groups.items() if len(codes) > 1 else ()
    return next((name for name, units in groups if set(units) == codes), "")


def of_which(share: Share, toks: list[Token], j: int) -> None:
    """ "the Zaporizhzhia region, roughly 73% of which it occupies": of the region named just
    before the comma; after anything else ("20% of Ukraine, 70% of which ..."), of no region."""
    if not after_a_name(share, toks, (",", "(", "-", "–", "—")):  # "X - 70% of which ... -"
        share.reason = "not a share of a named region ('of which' follows no region's name)"
        return
    if share.regions:
        share.note = f"'of which' read as {names(share.regions)}"
    share.target_end = toks[j].end


def after_a_name(
    share: Share, toks: list[Token], marks: tuple[str, ...] = ("(", ":", "–", "—", "-", "|")
) -> bool:
    """ "Luhansk (99%)", "Luhansk: 99%", "Luhansk – 99%", "Luhansk | 99%", "with Donetsk at 70%"
    (a name and "at" after a comma or "with", where "(" is a mark): the region named just
    before."""
    text = share.sentence.text
    before = text[: share.start - share.sentence.start].rstrip()
    s0 = share.sentence.start
    listed = _FIGURES_AFTER_RE.match(text, share.end - s0)  # "A and B at 99% and 70%": paired
    at = _AT_RE.search(before) if "(" in marks and not listed else None
    if at:
        before = before[: at.start("at")]
    elif not before.endswith(marks):
        return False
    comma = before.endswith(",")
    if comma:  # "the Donetsk region (see map), 70% of which": past the aside
        core = len(before[:-1].rstrip())
        before = next((text[:a].rstrip() + "," for a, b in insertions(text) if b == core), before)
    k = bisect_right([t.end for t in toks], share.sentence.start + len(before))
    head = [t for t in toks[:k] if t.text not in ("(", ":", "|")]
    if head and head[-1].text == ",":  # "the Zaporizhzhia region, 73% of which"
        head = head[:-1]
    noun = bool(head) and head[-1].key in nouns()
    full, head = head, head[:-1] if noun else head
    for m in range(min(4, len(head)), 0, -1):
        regions, used = name_at(head, len(head) - m)
        if noun and used < m:  # "Sennar state (81%)": a name the profile knows with its noun
            regions, used = name_at(full, len(head) - m)
            used -= used == m + 1
        if used == m and not noun and the_government(head, len(head) - m, regions, used, nouns()):
            return False  # "Russia holds 75% of X and Kyiv 25%": the government, no region
        if used == m and comma and listed:
            # "occupies A and B, about 73% and 75%": the figures go with the names in order
            # (see respectively.py), or with none; never the first with the last name alone
            share.reason = "figures set off after names: which is of which, not said"
            return True
        if used == m and comma and _last_of_a_list(head, len(head) - m):
            # "occupies A and B, about 75%": of A and B together, or of each, or of B alone
            share.reason = "a figure set off after a list of names: which of them, not said"
            return True
        label = before.endswith((":", "|", "–", "—", "-"))  # "Turnout in Luhansk: 60%"
        if used == m and label and (other := _label_of_other(head, len(head) - m)):
            share.reason = f"a share of {other} in the region, not of its territory"
            return True  # "Turnout in Luhansk: 60%"
        if used == m:
            group = " ".join(t.text for t in head[-m:]) if len(regions) > 1 else ""
            if not of_a_group(share, group):  # "Darfur (80%)": not 80% of each of its states
                share.regions = regions
            return True
    return False


_LABEL_GLUE = frozenset({"in", "of", "for", "among"})
# The words of land a label's head may be: "Russian control in Luhansk:", "Occupied in X:"
_LAND_WORD_RE = compiled(
    r"control|occup|held|hold|share|territor|area|land|liberat|de-?occup|captur|seiz|gain|loss"
    r"|lost",
    re.IGNORECASE,
)
# ... or of a part of it: "Most of the Donetsk region - around 79% - has fallen"
_PART_WORDS = frozenset(
    {"most", "all", "much", "bulk", "majority", "part", "parts", "portion", "half", "third"}
    | {"quarter", "entire", "whole"}
)


def _label_of_other(head: list[Token], i: int) -> str:
    """The head of a label of something other than land before the name at token ``i``
    ("turnout" in "Turnout in Luhansk: 60%"), or ""."""
    if i < 2 or head[i - 1].key not in _LABEL_GLUE:
        return ""
    words = [t.text for t in head[: i - 1] if t.text[:1].isalnum()]
    if not words or any(_LAND_WORD_RE.match(w) or w.lower() in _PART_WORDS for w in words):
        return ""
    return " ".join(words).lower()


def _last_of_a_list(head: list[Token], i: int) -> bool:
    """Whether the name at token ``i`` of ``head`` ends a list of names: "A and B", "the A
    region and B" ("and" right before it, a name (and its noun) right before that)."""
    if i < 2 or head[i - 1].key not in ("and", "&"):
        return False
    end = i - 1 - (head[i - 2].key in nouns())
    first = next((end - m for m in range(1, min(4, end) + 1) if name_at(head, end - m)[1] == m), -1)
    if first < 0:
        return False
    # not a name with a figure of its own: "99% of Luhansk and Donetsk, 70%"
    k = first - (first > 0 and head[first - 1].key == "the")
    return not (k > 1 and head[k - 1].key == "of" and A_FIGURES_END.fullmatch(head[k - 2].key))


# "..., with Donetsk at 70%", "..., and Donetsk at 70%": a name, then "at", after a comma or "with"
_AT_RE = compiled(  # ... "and in Kharkiv at 3%"; "Russia controls X at 70%": after its verb
    r"(?:[,:]|\bwith|\band|\b(?:controls?|holds?|occup(?:y|ies)|controlling|holding|occupying))"
    r"\s+(?:in\s+)?(?:the\s+)?(?:(?:state|region|province|oblast)\s+of\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    r"(?:\s+(?:region|oblast|province|state))?(?P<at>\s+at)$"
)


# What stands between figures listed one after another: "99% and 70%", "99, 70 and 75 percent"
FIGURE_GLUE = r"\s*(?:,\s*(?:and\s+)?|and\s+)"
_FIGURES_AFTER_RE = compiled(rf"{FIGURE_GLUE}\d")


def of_which_before(share: Share, toks: list[Token]) -> bool:
    """ "the Donetsk region, which they now control about 75 percent of": a share whose "of"
    ends its clause is of the region named just before ", which"."""
    which = [k for k, t in enumerate(toks) if t.end <= share.start and t.key == "which"]
    if not which or which[-1] < 2 or toks[which[-1] - 1].text != ",":
        return False
    head = toks[: which[-1] - 1]
    if head and head[-1].key in nouns():
        head = head[:-1]  # "the Donetsk region"
    for m in range(min(4, len(head)), 0, -1):
        regions, used = name_at(head, len(head) - m)
        if used == m:
            share.regions = regions
            share.note = f"'which ... of' read as {names(regions)}"
            return True
    return False


def names(regions: tuple[Region, ...]) -> str:
    return " and ".join(r.name for r in regions)


# The verb of a subject's state, and the adverbs that may follow it, before a figure or a state:
# "is (now)", "are (each)", "has been".
BE = r"(?:is|are|was|were|remains?|remained|(?:has|have|had)\s+been)"
# ("was \"73 percent liberated\"": a quotation that opens at the figure)
IS_BEFORE = rf"\b{BE}\s+(?:(?:now|still|each|both|also|currently|already)\s+){{0,2}}(?:[\"“'‘]\s*)?"
# The subject of a clause that is a name, just before its verb (or the aside after it): "Pokrovsk
# is now 90% under Russian control", "Lysychansk, however, is completely under Ukrainian control",
# "The region's second city, Mariupol, has been fully occupied",
# "the town of Kessel is now fully occupied", "the city is".
# Words that open a sentence and link it to the one before, no place: "Accordingly, 55% is ..."
_LINKING = (
    r"(?:Accordingly|Consequently|Therefore|Thus|Hence|Meanwhile|Overall|Altogether|Currently"
    r"|Now|Today|However|Moreover|Furthermore|Additionally|Also|Still|Yet|Instead|Nevertheless"
    r"|Nonetheless|Besides|Likewise|Similarly|Finally|Together|Combined|Elsewhere|Otherwise"
    r"|Then|So|In\s+total|In\s+all|All\s+told)"
)
_NAMED_SUBJECT_RE = compiled(
    r"(?:^|[,;:(—–]\s*|\b(?:and|but|while|whereas|though|although|that|says?|said)\s+)"
    r"(?P<place>(?P<head>(?:[Tt]he|[Ii]ts)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?P<noun>{TOWN_NOUN})(?:\s+of|\s*,)?\s*)?"
    rf"(?P<name>(?!{_LINKING}\b)[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){{0,3}})?"
    r"(?P<suffix>\s+(?:city|town))?)\s*"
    r"(?:,\s*(?:(?:however|though|too|meanwhile|by\s+contrast|for\s+now|so\s+far"
    r"|(?:an?|the)\s+[^,;:]{1,60}?|[A-Z][\w'’-]*['’]s\s+[^,;:]{1,40}?)\s*,\s*)?)?"  # ", a town,"
    rf"(?:{IS_BEFORE})?$"
)


def a_place_not_a_region(share: Share, toks: list[Token], at: int) -> str:
    """The place, neither a region nor a side, that a figure whose subject ends at ``at`` is of:
    the name a relative clause is on ("around Pokrovsk, which is now 90% under Russian
    control"), or the clause's subject ("Pokrovsk is now 90% under Russian control",
    "Lysychansk is completely under Ukrainian control" after a sentence on the region); else
    ""."""
    text = share.sentence.text
    on = which_on_a_place(text, at) or _NAMED_SUBJECT_RE.search(text, max(0, at - 120), at)
    if (
        on is None
        or not on.group("place")
        or sides().pattern(r"\b(?:«C»|«D»|«CS»|«CF»|«DF»)\b").search(on.group("place"))
    ):
        return ""
    if on.re is _NAMED_SUBJECT_RE and (on["head"] or on["suffix"]):  # "The ... town of X"
        name = on["name"] or ""
        city = name and a_city_region(current().gazetteer.expand(name), name)  # "City of Kyiv"
        return "" if city else on["place"].strip()
    at_place = share.sentence.start + on.start("place")
    k = next((i for i, t in enumerate(toks) if t.start >= at_place), len(toks))
    words = range(k, min(len(toks), k + len(on.group("place").split())))
    return "" if any(name_at(toks, j)[1] for j in words) else on.group("place")


# What makes a figure before "in" and a region's name a share of that region: a verb of holding
# or the noun "control" just before it ("controls 99% in Luhansk", "Russian control stands at
# 99% in Luhansk"), or "including" after a share ("19% of Ukraine, including 99% in Luhansk").
# ... or a colon after the words of a share held ("The occupied share differs from region to
# region: 99.5% in Luhansk, 76% in Donetsk").
_HELD_IN = (
    r"(?:\b(?:controls?|controlled|holds?|held|occup(?:y|ies|ied)|including|includes"
    r"|(?:control|share|hold|grip)\s+(?:[\w'’]+\s+){0,2}?(?:stands?\s+at|stood\s+at|is|was|at"
    r"|reached|rose\s+to|grew\s+to))\s+"
    r"|\b(?:control|occupation)\s*:\s*"  # "Russian control: 99% in Luhansk, 79% in Donetsk"
    # "The share under Russian occupation ranges from 73% in Kherson to 99% in Luhansk"
    r"|\b(?:control|share|occupation|hold|grip)\b[^.;:%]{0,80}?\brang(?:es|ed|ing)\s+from\s+"
    # "Russia's control varies (by region): 99% in Luhansk, 75% in Zaporizhzhia"
    r"|\b(?:control|share|occupation|hold|grip)\b[^.;:%]{0,40}?\b(?:var(?:ies|ied|y)|differs?"
    r"|differed)\b[^.;:%]{0,40}:\s*"
    r"|\b(?:occupied|controlled|held)\s+(?:share|part|portion|proportion|percentage|territory"
    r"|land|area)\b[^.;:%]{0,60}:\s*"
    r"|\b(?:share|part|portion|proportion|percentage)\s+of\s+(?:the\s+)?(?:occupied|controlled"
    r"|held)\s+(?:territory|land|area)\b[^.;:%]{0,60}:\s*)" + HEDGE_WORDS
)
_HELD_IN_RE = compiled(_HELD_IN + "$", re.IGNORECASE)
# ... and the figures after such a one: "... 99% in Luhansk, 76% in Kherson and 79% in Donetsk"
_AND_IN_RE = compiled(
    _HELD_IN
    + r"(?:(?:[\d.,]+\s*(?:%|per\s*cent|percent)|(?:a|one|two|three)[\s-](?:half|thirds?|quarters?)"
    r"|half|(?:near|almost)[\s-]?(?:total|complete))\s+in\s+[^,;%]{1,40}?(?:,|,?\s+and|\s+to)\s+"
    + HEDGE_WORDS
    + ")+$",
    re.IGNORECASE,
)


def in_a_region(share: Share, toks: list[Token], j: int) -> bool:
    """Whether the "in" at token ``j`` after a figure names the region it is a share of: a
    region's name after it, and a verb of holding or "control" just before the figure ("Russian
    control stands at 99% in Luhansk and 79% in Donetsk"; not "turnout was 90% in Luhansk")."""
    k = j + 1 + (j + 1 < len(toks) and toks[j + 1].key == "the")
    k += 2 * (k + 1 < len(toks) and toks[k].key in nouns() and toks[k + 1].key == "of")
    if k >= len(toks) or not name_at(toks, k)[1]:  # "in the state of Sennar" too
        return False
    text, rel = share.sentence.text, share.start - share.sentence.start
    return bool(
        _HELD_IN_RE.search(text, max(0, rel - 120), rel)
        or _AND_IN_RE.search(text, max(0, rel - 240), rel)
    )


# "The Luhansk region is occupied by 99%", "is liberated by 75 percent": the degree of a state
# the clause's subject is in (a translation's turn of phrase), not an agent.
_STATE_BY_RE = compiled(
    r"\b(?:is|are|was|were|remains?|remained|(?:has|have|had)\s+been)\s+(?:(?:now|still|already"
    r"|reportedly|currently)\s+){0,2}(?:occupied|controlled|held|liberated|captured|seized"
    r"|taken)\s+by\s+" + HEDGE_WORDS + "$",
    re.IGNORECASE,
)


def state_by(text: str, rel: int) -> bool:
    """Whether the figure at ``rel`` in ``text`` is the degree of its subject's state: "Luhansk
    is occupied by 99%"."""
    return _STATE_BY_RE.search(text, max(0, rel - 80), rel) is not None


# A region's part as the subject before a figure: "the Kherson region's left bank was fully" (not
# a name: "the Luhansk People's Republic was fully"), "The left bank of the Kherson region is",
# "The part of the region east of the river is".
_POSSESSED_RE = compiled(  # heeds case: a part in lower case, not a name
    r"['’]s\s+(?P<what>[a-z](?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:is|was|are|were|has|have|had|remains?"
    r"|remained)\b[^,;]*$"
)
_PART_OF_RE = compiled(  # heeds case: "of the Kherson region" or "of the region" after it
    r"(?:^|[,;:(]\s*|\b(?:and|but|while|whereas)\s+)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+"
    r"(?P<what>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+of\s+(?:the\s+)?(?:[A-Z]|region\b|oblast\b)[^,;:]*?"
    r"\s+(?:is|was|are|were|has|have|had|remains?|remained)\b[^,;:]*$"
)
_TOWN_RE = compiled(rf"\b{TOWN_NOUN}$")
# A takeover of a whole unit: "The liberation (capture) of X is 99% complete" is of all of X.
TAKEOVER_NOUNS = r"(?:liberation|capture|occupation|conquest|takeover|seizure)"
_WHOLE_WORDS_RE = compiled(
    r"\b(?:territory|territories|land|area|surface|entire|whole|entirety|rest|remainder|all"
    rf"|share|control|grip|hold|figure|total|{TAKEOVER_NOUNS})\b",  # "Russia's share is 78%"
    re.IGNORECASE,
)


def part_as_the_subject(text: str, at: int) -> str:
    """The part of a region the clause whose figure is at ``at`` has as its subject ("left
    bank", "part"); "" where the subject is the region, or the whole or the rest of it."""
    part = _POSSESSED_RE.search(text, max(0, at - 160), at) or _PART_OF_RE.search(
        text, max(0, at - 160), at
    )
    if (
        part is None
        or _WHOLE_WORDS_RE.search(part["what"])
        or _TOWN_RE.search(part["what"])  # a town is no part: see a_place_not_a_region
        or normalize(part["what"]) in nouns()  # "The state of Sennar": the unit itself
        # "Ukraine's eastern Luhansk region is ...": a name, the region itself
        or any(word[:1].isupper() for word in part["what"].split())
    ):
        return ""
    return part["what"]


# The subject of a figure's clause named by a common noun: "a general said the momentum rests
# fully in the hands of Moscow" (heeds case: not a name, "the Luhansk region").
_SUBJECT_NOUN_RE = compiled(
    r"(?<![\w'’-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+"
    r"(?P<what>(?:[a-z-]+\s+){0,4}?(?P<head>[a-z-]+))\s+"
    r"(?:(?:now|still|already|also|currently|largely|mostly|effectively|firmly)\s+)*"
    r"(?:is|was|are|were|has|have|had|remains?|remained|rests?|lies|lie|sits?|stays?|seems?"
    r"|appears?|looks?)\b"
)
_NO_MARK_RE = compiled(r"[^,;:]*")
# ... which a region may be: its noun, "the territory", "the peninsula", "the whole of it"
_A_REGIONS_NOUNS = frozenset({
    "region", "oblast", "province", "republic", "territory", "territories", "area", "land",
    "peninsula", "rest", "remainder", "whole", "entirety",
})  # fmt: skip


def a_subject_no_region(text: str, at: int) -> str:
    """The common noun the clause whose figure is at ``at`` in ``text`` has as its subject where
    it is no region's ("the momentum"); "" where it may be one ("the region", "the
    territory") or is a town (see a_place_not_a_region)."""
    # the subject nearest the figure, with no mark between: "The offensive has stalled and the
    # region is fully occupied" is the region's
    subject = next(reversed(list(_SUBJECT_NOUN_RE.finditer(text, max(0, at - 120), at))), None)
    if subject is None or not _NO_MARK_RE.fullmatch(text, subject.end(), at):
        return ""
    head = normalize(subject["head"])
    if head in nouns() or head in _A_REGIONS_NOUNS or _TOWN_RE.search(subject["what"]):
        return ""
    # "the army is now fully in control": a side, the holder (see holders)
    return "" if named_sides(subject.group(), sides()) else subject["what"]
