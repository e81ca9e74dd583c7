"""The words around a statement of holding: those without which a sentence names no unit as one
(a unit noun, a group's name, a unit's name of several words or one the profile says is no
city's), and those after its units that say they are held whole ("in its entirety"), as a share
of 100% of each, or only in part ("almost entirely"); and the verbs whose subject is the unit
(:data:`PASSIVE`: "X fell to the RSF", "X is under army control"); and the words without one
of which a sentence holds no statement (:data:`CUES`). Which units a statement names:
:mod:`units`."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from geomap.extract import sources
from geomap.extract.actors import NOT_BY, NOT_UNDER_WORDS
from geomap.extract.hedged import OR_NEARLY
from geomap.extract.shares import Share
from geomap.extract.sides import NOTHING, sides
from geomap.extract.statement import Held
from geomap.extract.text import IT_WORDS, Mention, Sentence, abbreviation, nouns
from geomap.patterns import compiled
from geomap.profile import Profile, current, gazetteer
from geomap.regions import Region

# What a side's hold on a unit is called: "an RSF stronghold", "the army's heartland".
STRONGHOLDS = r"(?:stronghold|heartland|bastion|fiefdom)"


def unit_words() -> re.Pattern:
    """Without a match of this (a unit noun, a group's name, a unit's name of several words or
    one the profile says is no city's) a sentence names no unit as one, and holds no statement
    of holding."""
    return _unit_words(current())


@cache
def _unit_words(profile: Profile) -> re.Pattern:
    def no_city(region: dict) -> bool:  # "Gezira", where the profile lists the cities
        return bool(profile.cities) and region.get("code") not in profile.cities

    names = (
        n for r in profile.regions for n in (r.get("name", ""), *r.get("aliases", ()))
        if " " in n.strip() or no_city(r) or abbreviation(n)  # "LPR": no town's name
    )  # fmt: skip
    words = {
        *profile.units.nouns,
        *(g for g in profile.groups if not g.startswith("_")),
        *names,  # "Blue Nile", "South Darfur" (see units.after_verb)
        # the words for the earlier taking's units: "seized the peninsula in 2014" (its_year)
        *(profile.inferred.words if profile.inferred else ()),
    }
    alternation = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    # "seized all of X": a bare name after it is a unit's (units.after_verb)
    # "The RSF now controls all five": a count of the group named before (held.all_counted)
    whole = (
        r"|all\s+of|the\s+(?:whole|entirety)\s+of|the\s+entire"
        r"|all\s+(?:two|three|four|five|six|seven|eight)\b"
        if words
        else ""
    )
    return compiled(rf"\b(?:{alternation}{whole})\b" if words else NOTHING, re.IGNORECASE)


# "West Darfur is (has been) RSF territory", "Gezira State is firmly army territory again": a
# statement of holding in a war without claims (in one with them, of sovereignty: a claim)
TERRITORY = (
    r"\b(?:is|are|remains?|was|were|(?:has|have)\s+been)\s+(?:(?:now|still|firmly|once\s+again"
    r"|again|effectively)\s+)*(?:«CH»|«DH»)(?:-(?:held|controlled))?\s+territory\b"
)
# "controls the Luhansk region in its entirety", "captured X entirely": the whole of the units.
_WHOLE_AFTER_RE = compiled(
    r"\s*(?:entirely|completely|fully|wholly|outright)\b(?=\s*(?:[.,;:)]|$)"
    r"|\s+(?:since|in|after|by|now|and|but|while|as|following|until)\b)"  # not "..., fully backed"
    r"|\s*,?\s*(?:in\s+full|in\s+(?:its|their)\s+entirety)\b",
    re.IGNORECASE,
)


def whole_after(
    sentence: Sentence, end: int, regions: tuple[Region, ...], named: list[Mention]
) -> tuple[int, int] | None:
    """Where the words after the last of ``regions`` named after a verb ending at document
    offset ``end`` say they are held whole ("in its entirety"), in the document; else None."""
    after = [m for m in named if m.start >= end and set(m.regions) & set(regions)]
    if not after:
        return None
    s0 = sentence.start
    # the last name of the object's list (not "North Darfur" in "controls Darfur in its
    # entirety, after capturing El Fasher, the capital of North Darfur")
    last = next(
        (m for m, n in pairwise(after)
         if not _LIST_GLUE_RE.fullmatch(sentence.text, m.end - s0, n.start - s0)),
        after[-1],
    )  # fmt: skip
    whole = _WHOLE_AFTER_RE.match(sentence.text, last.end - s0)
    if whole is None:
        return None
    lo = whole.start() + len(whole.group()) - len(whole.group().lstrip(" ,"))
    return s0 + lo, s0 + whole.end()


_LIST_GLUE_RE = compiled(r"(?:\s*,)?(?:\s+and)?\s+(?:the\s+)?", re.IGNORECASE)
# "controls the Luhansk region only partly", "controls it almost entirely": a part of it.
_PART_AFTER_RE = compiled(
    r"\s+(?:only\s+)?(?:partly|partially|in\s+part|largely|mostly|mainly"
    r"|(?:almost|nearly|virtually|practically)\s+(?:entirely|completely|fully|wholly|totally)"
    # "holds the Zaporizhzhia region south of the front line"
    r"|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\b"
    # "controls the entire X region, or very nearly"
    rf"|{OR_NEARLY}",
    re.IGNORECASE,
)
# "it", "them" or "both" just after a verb: the units of a statement named before (see held.py)
IT_AFTER_RE = compiled(rf"\s+{IT_WORDS}\b", re.IGNORECASE)
# ... and as the subject of a passive verb right after it: "(; ) it was retaken by the army"
IT_BEFORE_RE = compiled(
    r"(?:^|[;,:]\s*|\b(?:and|but|yet)\s+|^(?:since|in|by|from|as\s+of)\s+[^,;]{1,30}?,?\s+)"
    r"(?P<it>it|they)\s+(?:(?:later|then|since|now)\s+)?$",
    re.IGNORECASE,
)


def part_after(
    sentence: Sentence, end: int, regions: tuple[Region, ...], named: list[Mention]
) -> str:
    """The words just after the units of a statement whose verb ends at document offset ``end``
    (their last name, or "it", or the verb where the units come before it) that say only a part
    of them is held ("only partly", "almost entirely"); else ""."""
    s0 = sentence.start
    after = [m for m in named if m.start >= end and set(m.regions) & set(regions)]
    it = None if after else IT_AFTER_RE.match(sentence.text, end - s0)
    # (units before the verb: the words after the verb, "which Russia controls in part")
    at = after[-1].end - s0 if after else (it.end() if it else end - s0)
    part = _PART_AFTER_RE.match(sentence.text, at)
    return part.group().strip(" ,") if part else ""


# "almost completely controls X", "largely holds X": the words just before a statement's verb
# that say only a part of its units is held
_PART_BEFORE_RE = compiled(
    r"\b(?:(?:partly|partially|largely|mostly|mainly)|(?:almost|nearly|virtually|practically)"
    r"\s+(?:entirely|completely|fully|wholly|totally))\s+(?:(?:now|still|already)\s+)?$",
    re.IGNORECASE,
)


def part_before(sentence: Sentence, start: int) -> str:
    """The words just before a statement's verb (at document offset ``start``) that say only a
    part of its units is held ("almost completely controls"); else ""."""
    part = _PART_BEFORE_RE.search(
        sentence.text, max(0, start - sentence.start - 40), start - sentence.start
    )
    return part.group().strip() if part else ""


# "fully controls the Luhansk region", "has now completely taken Gezira State"
_WHOLE_BEFORE_RE = compiled(
    r"\b(?:fully|completely|entirely|wholly)\s+(?:(?:now|still|already)\s+)?$"
    # ... "completed (completing) the RSF's conquest of X": the owner's verb of taking
    r"|\bcomplet(?:ed|es|ing)\s+(?:the\s+)?[\w-]+$",
    re.IGNORECASE,
)


def whole_before(sentence: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """The adverb and verb (at document offsets ``start``-``end``) where the adverb says the
    units are held whole ("fully controls"), in the document; else None."""
    whole = _WHOLE_BEFORE_RE.search(sentence.text, 0, start - sentence.start)
    return (sentence.start + whole.start(), end) if whole else None


def whole_share(held: Held, whole: tuple[int, int]) -> Share:
    """ "Russia controls the Luhansk region in its entirety": a statement of holding that says
    its units are held whole (the words at ``whole``), as a share of 100% of each."""
    start, end = whole
    note = f"'{held.sentence.text[start - held.sentence.start : end - held.sentence.start]}'"
    inside = end == held.end  # the verb itself, or with its adverb: "fully controls"
    note += ": all of each" if inside else f" after '{held.text}': all of each"
    if held.inferred:  # "Russian troops took the Crimean peninsula in 2014": the profile's rule
        note = sides().inferred_note
    share = Share(
        held.sentence, start, end, 100.0, None, "", regions=held.regions,
        holder=held.holder, reason=held.reason, note=held.note + "; " + note if held.note else note,
        numeric=False, totality=True, cue=held.text, clause=held.sentence.text,
        dated=None if held.inferred else held.date, target_end=end,
    )  # fmt: skip
    share.basis = "inferred" if held.inferred else share.basis
    return share


# A verb that tightens a hold: of a unit, it is held ("tightened its grip on North Darfur"); of a
# group, not each of its units ("tightens grip on Kordofan").
_GRIP_RE = compiled(r"(?:consolidat|tighten|strengthen|cement)", re.IGNORECASE)


def a_grip_on_a_group(named: list[Mention], match: re.Match, sentence: Sentence) -> bool:
    """Whether a verb at ``match`` tightens a hold and the first name after it is a group's
    ("tightens its grip on Kordofan"): no statement of each of its units (as "its grip on the
    five Darfur states", "on Darfur's states" are)."""
    if not _GRIP_RE.match(match.group()):
        return False
    after = [m for m in named if m.start >= sentence.start + match.end()]
    if not after or len(after[0].regions) < 2:
        return False
    following = _WORDS_RE.findall(sentence.text, after[0].end - sentence.start)[:2]
    plural = {n for n in nouns() if n.endswith("s")}
    return not any(word.lower() in plural for word in following)


_WORDS_RE = compiled(r"[^\W\d_]+")
_STRONGHOLD_RE = compiled(rf"(?:{STRONGHOLDS}|country)\b", re.IGNORECASE)


def a_groups_stronghold(regions, match: re.Match) -> bool:
    """Whether a unit called a side's stronghold (heartland, fiefdom, "RSF country") is a group's
    several units ("Kordofan is an RSF stronghold"): where a side is strong, not each unit held
    (one unit so called is held: "East Darfur, an RSF stronghold")."""
    if len(regions) < 2 or not _STRONGHOLD_RE.search(match.group()):
        return False
    gaz = gazetteer()
    return any(set(regions) == set(gaz.expand(g)) for g in current().groups if g[:1] != "_")


# "said the liberation of X had been completed", "the liberation of X is complete": of all of X
LIBERATION_DONE = (
    r"\b(?:liberation[\"”’']?\s+of|(?:hold|grip|control)\s+(?:over|on|of)|takeover\s+of|conquest\s+of)"
    r"(?=\s+[^.;:]{2,60}?\s+(?:(?:had|has|have)\s+been|was|were|is|are)"
    r"\s+(?:now\s+|fully\s+|successfully\s+)?complete(?:d)?\b)(?P<whose>(?!))?"
)
# A verb that says the unit was taken whole: "completed its takeover of", "the full liberation of"
COMPLETE_RE = compiled(
    r"\bcomplet(?:ed|es|ing)\s+(?:(?:its|their|the)\s+)?(?:[\w-]+['’]s?\s+)?(?:takeover|capture|recapture|seizure"
    r"|conquest|liberation|control)\b|\b(?:full|complete|total)[\"”'’]?\s+liberation\b"
    r"|\b(?:fell|falls|fallen)\s+(?:entirely|completely|fully|wholly)\s+to\b"  # all of it
    r"|\bcontrolled\s+(?:entirely|fully|completely|wholly)\s+by\b"
    # "In X, the RSF is in full control", "where the army regained complete control"
    r"|\b(?:full|complete|total)\s+control$|\bcontrol\b.*\b(?:total|complete|absolute)$"
    # "the liberation of X has been completed", "its hold over X was completed" (LIBERATION_DONE)
    r"|^(?:liberation[\"”’']?\s+of|(?:hold|grip|control)\s+(?:over|on|of)|takeover\s+of"
    r"|conquest\s+of)$",
    re.IGNORECASE,
)


# ... and whose subject is the unit: "X fell to the RSF", "X is under army control".
PASSIVE = (
    # ("have all (both) been": "A and B have both fallen to the army")
    r"\b(?:fell|falls|(?:has|have)\s+(?:all\s+|both\s+)?fallen)\s+"
    r"(?:(?:entirely|completely|fully|wholly)\s+)?to\b"
    # "Gezira State was lost to the RSF"
    r"|\b(?:was|were|(?:has|have|had)\s+(?:all\s+|both\s+)?been)\s+lost\s+to\b"
    r"|\b(?:(?:was|were|(?:has|have|had)\s+been)\s+)?(?:returned|reverted)\s+"
    r"(?:(?:fully|entirely|completely|wholly|back)\s+)?to\s+"
    r"(?:«CH»|«DH»)\s+(?:control"
    r"|rule|hands)\b"  # "Gezira State returned to army control in January"
    r"|\b(?:is|are|remain(?:s|ed)?|was|were|(?:has|have|had)\s+(?:all\s+|both\s+)?been"
    r"|stay(?:s|ed)?|(?:has|have|had)\s+stayed|lie|lies|lay"
    r"|came|comes|(?:has|have|had)\s+come|fell|falls|has\s+fallen)"
    r"\s+(?:(?:now|still|back|firmly|fully|once|again|securely|squarely|effectively|all|also"
    r"|likewise)\s+){0,3}"
    rf"(?:{NOT_UNDER_WORDS})?"  # "is not under RSF control but in army hands"
    r"(?:under\s+(?:the\s+)?(?:(?:control|sway)\s+of\b|«CH»\s+(?:control|rule|occupation)"
    r"|«DH»\s+(?:control|rule))"
    # "The Luhansk region is occupied by Russia" ("held not by Kyiv but by Moscow": the second)
    rf"|(?:held|occupied)\s+{NOT_BY}by"
    # "under the RSF's control", "under Russia's control"; "under its control" (statement.passive)
    r"|under\s+(?:the\s+)?(?:[\w-]+\s+)?(?:«CH»|«DH»|«C»|«D»)['’]s\s+control"
    r"|under\s+(?:its|their|the\s+group['’]s|our)\s+(?:(?:full|complete|total)\s+)?control"
    # "East Darfur is (remains) under the RSF." (the side alone, ending the clause)
    r"|under\s+(?:the\s+)?(?:«C»|«D»|«CF»|«DF»)(?=\s*(?:[.,;)]|$|since\b|for\b|again\b))"
    rf"|controlled\s+(?:(?:entirely|fully|completely|wholly)\s+)?{NOT_BY}by"  # "entirely by"
    r"|in(?:to)?\s+(?:the\s+)?(?:«CH»|«DH»)\s+hands"  # "fell into RSF hands"
    r"|in(?:to)?\s+the\s+(?:hands|grip)\s+of\b)"
    # "Control of North Darfur now rests entirely with the RSF" (see units_before)
    r"|\b(?:rests?|rested|lies|lay)\s+(?:now\s+)?(?:(?:entirely|firmly|squarely|solely|wholly|fully)"
    r"\s+)?with\b"
    r"|\b(?:is|are|was|were|has\s+(?:all\s+|both\s+)?been|have\s+(?:all\s+|both\s+)?been)\s+"
    r"(?:(?:now|fully|completely|entirely|later|then|since|subsequently|eventually|soon"
    r"|quickly)\s+)?(?:seized|captured|taken|overrun"  # "have all been"
    # "was taken (from the army) by"
    r"|retaken|recaptured|liberated)\s+(?:from\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?by\b"
    # "Gezira State has been liberated, the army's spokesman said": whose, the speaker says
    r"|\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?(?:liberated|freed)\b"
    rf"(?=\s*,\s*[^,;.]{{1,60}}?\s+{sources.SAY}\b)"
    # "East Darfur, an RSF stronghold, ...", "is an army stronghold"
    # ... "has been an RSF fiefdom since 2023", "is now RSF country", "is the RSF's heartland"
    r"|(?:,\s+|\b(?:is|remains|(?:has|have)\s+been)\s+(?:(?:still|now|firmly)\s+)?)(?:an?\s+|the\s+)?"
    rf"(?:«CH»|«DH»)(?:['’]s)?\s+(?:{STRONGHOLDS}|country)\b"
    r"|(?:,\s+|\b(?:is|remains)\s+(?:still\s+)?)an?\s+(?:«CH»|«DH»)(?:\s+stronghold\b"
    # "East Darfur, an RSF-controlled state, ...", "is an army-held state"
    r"|-(?:held|controlled)\s+(?:«UNIT»|territory|area)\b)"
    # ... and joined to a passive before it: "X was lost to the RSF in 2023 and retaken by the
    # army in 2025"
    r"|(?<=\band\s)(?:(?:later|then|since|subsequently|eventually)\s+)?(?:seized|captured|taken"
    r"|overrun|retaken|recaptured|liberated)\s+(?:from\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?by\b"
    # an aside after the unit: "Gezira State, retaken by the army in January, ..."
    r"|(?<=,\s)(?:(?:now|since|later|then)\s+)?(?:seized|captured|taken|overrun|retaken|recaptured"
    r"|liberated|held|controlled|occupied)\s+by\b"
    # ... "Gezira State, now under army control, is calm", "A and B, both in army hands, ..."
    r"|(?<=,\s)(?:(?:now|still|firmly|back|both|all|long)\s+)?(?:under\s+(?:«CH»|«DH»)\s+"
    r"(?:control|rule)|in\s+(?:«CH»|«DH»)\s+hands)\b"
)


# The rest of a unit, after a verb of taking: "seized the remaining 1% (the last 2 percent) of".
THE_REST_RE = compiled(
    r"\s+(?:the\s+)?(?:remaining|last)\s+\d+(?:[.,]\d+)?\s*(?:%|percent|per\s*cent)\s+of\b",
    re.IGNORECASE,
)


# A sentence without one of these words holds no statement of holding.
CUES = (
    r"\b(?:control|holds?|held|sway|rule[sd]?\b|captur|seiz|takeover|overr[au]n|retook|dominate|cl(?:ing|ung)"
    r"|regain|reclaim|administer|govern|possess|runs\b|(?:has|have)\s+run\b"
    r"|retak|recaptur|(?:re)?conquest|retain"
    r"|liberat|took\b|takes\b|grip|foothold|(?:has|have|had)\s+taken\b"
    # "occupies the Luhansk region", not "occupies about 70%": a share, read as one
    r"|(?:occup(?:y|ies)|ha(?:s|ve)\s+occupied)\b(?!\s+(?:\d|(?:about|around|roughly|nearly|almost|some"
    r"|approximately|more|less|over|just|only|at)\b))"
    r"|fell\s+(?:\w+ly\s+)?to|fall\s+of|occupation|occupied\s+(?:by|since|in)\b|taken\s+in\b"
    r"|falls\s+(?:\w+ly\s+)?to|fallen\s+(?:\w+ly\s+)?to|taken\s+(?:by|from)|(?:took|taken|takes|taking)\s+(?:over|back)"
    r"|(?:won|took|taken|clawed|claws)\s+(?:(?:it|them|both)\s+)?back|recover(?:ed|s)\b|hands"
    r"|secur(?:ed|es)\b|(?:authority|power)\s+in\b"
    r"|lost|loses|losing|expel|drove|driven|drive|push|oust|clear|clean|purge|flush|forced|chased|routed|withdrew"
    r"|withdrawn|retreated|fled|pulled\b|free|none\s+of|presence\s+(?:left\s+)?in\b"
    rf"|{STRONGHOLDS}|(?:«CH»|«DH»)\s+country\b"
    r"|under\s+(?:the\s+)?(?:«C»|«D»|«CF»|«DF»)(?=\s*(?:[.,;)]|$|since\b|for\b|again\b))"
    r"|abandon|evacuated|surrendered|gave\b|giving\b|hand(?:s|ed|ing)\b"
    r"|ha(?:s|ve|d)\s+no\s+(?:troops|forces|positions?)\b|\b(?:command|rule)\s+of\b)"
)


# a figure right after a unit's name: "Darfur 90%", "Darfur (90%)", "Darfur: 90%"
# (not an aside's figure of something else: "Darfur - some 30% of the country -")
_FIGURE_AFTER_RE = compiled(
    r"\s*[(:]?\s*(?:about\s+|some\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent)(?!\s*of\b)"
)


def given_a_figure(sentence: Sentence, named: list[Mention]) -> set[str]:
    """The units whose name a figure follows ("RSF control by region: Darfur 90%"): the figure
    says how much is held, so a statement of holding is not of all of them."""
    s0, text = sentence.start, sentence.text
    if "%" not in text and "cent" not in text:
        return set()
    return {
        r.code for m in named
        if s0 <= m.start and m.end <= sentence.end and _FIGURE_AFTER_RE.match(text, m.end - s0)
        for r in m.regions
    }  # fmt: skip
