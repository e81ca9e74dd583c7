"""A figure after the words that say what it is a share of: "Russia's share of the Luhansk
region stands at 99.7%", "The occupied share of X is estimated at 72%", "rose from 57% ... to
about 78%", "Russia's gains pushed its share of X to 78%", "Russia's hold on X, at 99%, ...";
and after a control brought to it: "bringing Moscow's control to 70%", "... has crept up to 79%".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.extract.before import names, of_a_group
from geomap.extract.each import AREA_NOUNS, each_named_before, region_list
from geomap.extract.hedged import EXCEEDS, HEDGE_WORDS
from geomap.extract.objects import FILLERS, NOT_AREA_NOUNS
from geomap.extract.text import Token, mentions, name_at, nouns
from geomap.patterns import compiled

if TYPE_CHECKING:
    from geomap.extract.antecedents import Antecedent
    from geomap.extract.shares import Share

CHANGED_FROM = "the value it changed from ('from ... to'), not the share now"
# Why a figure is of no region: what it is "of" (or the words before it) name none.
NO_REGION = "not a share of a named region"

# A change by small steps: "has crept up to", "edged higher to"
CREPT = r"(?:crept|creeps|edged|edges|inched|inches|ticked|ticks)\s+(?:up|down|higher|lower)"
# The holder's own words after a share of a region: "under their control", "it holds".
_UNDER_ITS_CONTROL = (
    r"(?:under\s+(?:[\w'’-]+\s+){0,2}(?:control|occupation)"
    r"|(?:that\s+|which\s+)?(?:it|they)\s+(?:now\s+)?(?:controls?|holds?|occup(?:y|ies)))"
)
# "The occupied share of the Kherson region has remained at about 73%": of its subject's region.
_SHARE_OF_BEFORE_RE = compiled(
    # ("Russia's share of X, which stood at 55% in 2023, is now 79%": an aside before the verb)
    r"\b(?:share|part|portion|proportion|percentage|area)\s+of\s+(?P<what>[^,;:%()]{1,60}?)"
    r"(?:\s*,[^,;:]{1,60},)?\s+(?:has\s+|had\s+)?"
    r"(?:now\s+|since\s+)?(?:(?:is|was|are|were)\s+(?:now\s+)?(?:estimated|put|reckoned|thought"
    r"|believed|calculated|assessed|said|reported)\s+(?:to\s+(?:be|stand\s+at)\s+|at\s+)"
    rf"|(?:is|was|stands|stood|remains?|remained|reached|{EXCEEDS}|hover(?:s|ed)?|peak(?:s|ed)?"
    r"|amount(?:s|ed)?|totall?(?:s|ed)?|comes|came"
    r"|stay(?:s|ed)?|been|(?:held|holds)\s+steady)\s+(?:now\s+|still\s+)?"
    # ... "has remained stable (unchanged) at"
    r"(?:(?:stable|steady|unchanged|constant|flat|roughly\s+stable)\s+)?(?:at\s+|to\s+)?"
    # "... has barely changed in two years, hovering near 73%": a participle set off after it
    r"|(?:[\w'’]+\s+){0,2}?(?:changed|moved|shifted|grown|grew|risen|rose|fallen|fell|shrunk"
    r"|shrank|stayed|remained)\b[^,;:%()–—]{0,40}?(?:,\s*(?:hovering|standing|remaining|staying"
    r"|holding\s+steady)\s+(?:at\s+|near\s+|around\s+|close\s+to\s+)?"
    # ... "has not changed since November 2022 – about 73 percent"
    r"|\s*[–—]\s*|\s+-\s+)"
    # "rose from 57% in early 2023 to about 78%": the value it changed from, then the share now;
    # "rose 5 points to 79%", "grew by 2 percent this month to 79%", "rose by 8 points, to 79%"
    # (not "grew 20%": a change)
    r"|reached\s+|(?:rose|grew|risen|grown|increased|fallen|fell|dropped|shrunk|shrank|expanded"
    rf"|climbed|{CREPT})\s+(?:now\s+)?(?:(?:by\s+)?[\d.]+\s*(?:percentage\s+points?|points?|%|percent"
    r"|per\s*cent),?\s+)?(?:(?:(?:this|last|over\s+the\s+(?:past|last))\s+\w+|since\s+\w+(?:\s+\w+)?"
    r"|in\s+(?:the\s+)?(?:past|last)\s+\w+(?:\s+\w+)?),?\s+)?"  # ("since 2023, to 80%")
    r"(?:(?P<from>from\s+)|from\s+[^;:]{1,50}?\s+to\s+|at\s+|to\s+))$"
    # "Russia now holds more of Donetsk than ever: about 80%"
    r"|\bmore\s+of\s+(?P<what11>[^,;:%()]{1,60}?)\s+than\s+(?:ever(?:\s+before)?|at\s+any\s+"
    r"(?:time|point)[^,;:%()]{0,40}?)\s*[:,(–—-]\s*(?:at\s+)?$"
    # "Share of Donetsk under Russian control: 79%": a label's
    r"|\b(?:share|part|portion|proportion|percentage)\s+of\s+(?P<what9>[^,;:%()]{1,60}?)\s*:\s*$"
    # "pushed its share of Donetsk to 78%"
    r"|\b(?:push\w*|brought|bring\w*|rais\w*|lift\w*|increas\w*|expand\w*|took|tak\w*|reduc\w*"
    r"|cut(?:s|ting)?|lower\w*|trimm\w*|slash\w*|whittl\w*|shr[iau]nk\w*)\s+"
    r"(?:[\w'’]+\s+){0,2}(?:share|part|portion|proportion)\s+of\s+(?P<what2>[^,;:%()]{1,60}?)"
    # "bringing the share of the region under their control to roughly 81%"
    rf"(?:\s+{_UNDER_ITS_CONTROL})?\s+(?:down\s+|up\s+)?to\s+{HEDGE_WORDS}$"
    # "The area controlled by Russia in Luhansk is 99.7%"
    r"|\b(?:area|territory|land|share)\s+(?:controlled|held|occupied)\s+by\s+[^,;:%()]{1,40}?\s+in"
    r"\s+(?P<what4>[^,;:%()]{1,60}?)\s+(?:is|was|stands\s+at|amounts\s+to|totals|comes\s+to)"
    r"\s+(?:now\s+)?$"
    # "Ukrainian-held territory in Donetsk has shrunk to about 21%"
    r"|\b[\w'’]+-(?:held|controlled|occupied)\s+(?:territory|area|land|part)\s+(?:of|in)\s+"
    r"(?P<what10>[^,;:%()]{1,60}?)\s+(?:(?:has|had)\s+)?(?:now\s+)?(?:is|was|stands\s+at"
    r"|amounts\s+to|totals|comes\s+to|(?:shrunk|shrank|fallen|fell|dropped|grown|grew|risen|rose"
    rf"|increased|expanded|climbed)\s+to)\s+(?:now\s+)?{HEDGE_WORDS}$"
    # "Analysts put Russian control of Donetsk at about 78%"
    r"|\b(?:put|puts|putting|place[sd]?|placing|estimat(?:e|es|ed|ing))\s+(?:[\w'’]+\s+){0,2}?"
    r"(?:share|control|hold)\s+(?:of|over|on)\s+(?P<what5>[^,;:%()]{1,60}?)\s+at\s+$"
    # "Russia's hold on Luhansk, at 99%, is all but complete": a figure set off after the noun
    r"|\b(?:control|hold|grip|share)\s+(?:of|over|on)\s+(?P<what3>[^,;:%()]{1,60}?)\s*(?:,|\(|[-–—])\s*"
    r"(?:at\s+)?$"
    # "The part of X that Russia occupies, about 75%, ..."
    r"|\b(?:part|portion|area|share)\s+of\s+(?P<what6>[^,;:%()]{1,60}?)\s+(?:that|which)\s+"
    r"(?:[\w'’-]+\s+){1,3}?(?:occupies|holds|controls|occupied|held|controlled)\s*(?:,|\(|[-–—])\s*$"
    # "In X, the occupied area amounts to about 74%": of the region named before
    r"|\bthe\s+(?:[\w'’]+-)?(?:occupied|held|controlled|liberated)\s+(?:share|area|part|portion"
    r"|proportion|territory)(?P<what7>)\s+(?:now\s+|currently\s+)?(?:is|was|stands\s+at|amounts\s+to|totals|comes\s+to"
    rf"|accounts\s+for|makes\s+up)\s+(?:now\s+)?{HEDGE_WORDS}$"
    # "gained 1% of X last month, bringing its share to 75%": of the region of the gain before
    r"|,\s*(?:bringing|pushing|raising|lifting|taking)\s+(?:its|their|the)\s+(?:share|total|tally)"
    rf"(?P<what8>)\s+(?:up\s+)?to\s+{HEDGE_WORDS}$",
    re.IGNORECASE,
)

# A place that opens the sentence: "In the Zaporizhzhia region, ..."
_IN_A_PLACE_RE = compiled(r"\s*(?:in|across|within)\s+[^,;:]{1,60},\s", re.IGNORECASE)
# ... or its clause, just before "the occupied area": "In Donetsk the occupied area stands at",
# "..., while in Donetsk the occupied area stands at 79%"
_IN_A_PLACE_BEFORE_RE = compiled(
    r"(?:^\s*|(?:[,;]|\b(?:while|whereas|and|but))\s+)(?:in|across|within)\s+[^,;:]{1,60}?,?\s+$",
    re.IGNORECASE,
)


def of_the_share_named(
    share: Share, toks: list[Token], text: str, rel: int, antecedent: Antecedent
) -> bool:
    """ "Russia's share of the Luhansk region stands at 99.7%": of the region named after "share
    of" ("of the region": the one named before); "the share of the vote in X" is of no land.
    Whether the words before the figure (``text`` up to ``rel``, in the sentence) are such."""
    share_of = _SHARE_OF_BEFORE_RE.search(text, 0, rel)
    if share_of is None:
        return False
    s0 = share.sentence.start
    groups = [f"what{k}" if k else "what" for k in range(12) if k != 1]  # what, what2 ... what11
    group_name = next(g for g in groups if share_of.group(g) is not None)
    if group_name == "what7" and not _in_a_named_place(share, toks, text, share_of.start()):
        return False  # "The occupied share is 18%" after a region named: of which, unsaid
    if (
        group_name == "what8"
        and len({r.code for m in mentions(toks) if m.end <= share.start for r in m.regions}) != 1
    ):
        share.reason = "a total after more or fewer than one region named: of which, unsaid"
        return True
    lo, hi = s0 + share_of.start(group_name), s0 + share_of.end(group_name)
    what = [k for k, t in enumerate(toks) if lo <= t.start and t.end <= hi]
    other = next((toks[k].text for k in what if toks[k].key in NOT_AREA_NOUNS), "")
    if other:
        share.reason = f"a share of the {other}, not of territory"
        return True
    for k in what:
        regions, _, group = region_list(toks, k)
        if regions:
            head = next((toks[j].text for j in what if j < k and not _of_land(toks[j])), "")
            if head:  # "Russia's share of attacks on the Kharkiv region": of the attacks
                share.reason = f"a share of the {head}, not of territory"
                return True
            if not of_a_group(share, group):  # "the RSF's share of Darfur": of the five together
                share.regions = regions
            if share_of.group("from"):
                share.reason = CHANGED_FROM
            return True
    if [toks[k].key for k in what] == ["each"]:  # "In A and B, ..., its share of each is 75%"
        if not each_named_before(share, toks):
            share.regions, share.reason = antecedent(share.start, several=True)
        return True
    if all(toks[k].key in FILLERS or toks[k].key in nouns() | AREA_NOUNS for k in what):
        share.regions, share.reason = antecedent(share.start)  # "the share of the region"
        if of_a_group(share, "", share.regions):  # "In Donbas, the figure is 90%"
            share.regions = ()
        elif share.regions:
            share.note = f"read as a share of {names(share.regions)}, named before it"
        return True
    share.reason = NO_REGION
    return True


def _in_a_named_place(share: Share, toks: list[Token], text: str, at: int) -> bool:
    """Whether a region is named in the place the clause before ``at`` opens with: "In
    Donetsk, the occupied area is", "..., while in Donetsk the occupied area is" (not "in the
    country as a whole")."""
    place = _IN_A_PLACE_RE.match(text) or _IN_A_PLACE_BEFORE_RE.search(text, max(0, at - 80), at)
    if place is None:
        return False
    lo, hi = share.sentence.start + place.start(), share.sentence.start + place.end()
    return any(lo <= m.start and m.end <= hi and m.regions for m in mentions(toks))


# The words that may come between "share of" and a region's name: "of the land in", "of all of",
# "of liberated land in", "of the Russian-held part of", "of land under Russian control in".
_TO_THE_NAME = frozenset({"of", "in", "within", "inside", "across", "all", "under", "control",
                          "by", "held", "part", "parts"})  # fmt: skip


def _of_land(token: Token) -> bool:
    key = token.key
    return (
        key in FILLERS or key in AREA_NOUNS or key in _TO_THE_NAME or key in nouns()
        or key.endswith("ed") or "-" in key  # "liberated", "Russian-held"
        or token.possessive  # "of Ukraine's Donetsk region"
        or not token.text[:1].isalnum() or token.text[:1].isupper()  # quotes; "of Russian land in"
    )  # fmt: skip


# "bringing Moscow's control (of X) to about 70 percent", "the total under their control to 79%"
_CONTROL_TO_RE = compiled(
    r"\b(?:control|occupied|hold|grip|(?<=its\s)(?:total|share)|(?<=['’]s\s)share"  # "bringing its
    # total to 79.6%", "raising its share to 79%", "bringing the share it controls to 79%"
    r"|(?<=the\s)(?:share|area|territory)\s+(?:it|they)\s+(?:now\s+)?(?:controls?|holds?|occup(?:y|ies)))"
    r"(?:\s+(?:of|over|in|on)\s+(?P<where>[^,;]{1,60}?)|\s+there)?"  # "its control there"
    # "In X, Russia's share has climbed to 78%"
    r"(?:\s+(?:has\s+|had\s+)?(?:now\s+)?(?:rose|risen|grew|grown|climbed|increased|expanded"
    rf"|fallen|fell|dropped|shrunk|shrank|{CREPT})(?:\s+from\s+[^;:]{{1,50}}?(?=\s+to\s))?)?"
    # "Russia's hold on X has grown to", "... has risen from 55% in 2022 to", "its share now
    # stands at", "In X, Russia's share is 79%"
    rf"(?:\s+now)?(?:\s+(?:to|reached|reaching|hit|{EXCEEDS}|(?:stands|stood)\s+at"
    r"|(?:is|was|remains|remained)(?:\s+now)?(?:\s+at)?)"
    # "Russia's control over X is nearly complete, at 99%", "its control of X, which now stands at"
    r"|\s+(?:is|was|has\s+been)\s+[^,;]{1,30},\s*at|,\s*which\s+(?:now\s+)?(?:stands|stood)\s+at)"
    rf"\s*{HEDGE_WORDS}$",
    re.I,
)


def control_to(share: Share, toks: list[Token], heads: frozenset[str]) -> bool:
    """ "bringing Moscow's control to 70%", "... the total under their control in X to 79%" (a
    region named after "in", "of", "over"; not "held in reserve to 40%")."""
    s0 = share.sentence.start
    found = _CONTROL_TO_RE.search(share.sentence.text, 0, share.start - s0)
    if found is None or found.group("where") is None:
        return found is not None
    lo, hi = s0 + found.start("where"), s0 + found.end("where")
    where = [k for k, t in enumerate(toks) if lo <= t.start and t.end <= hi]
    return any(name_at(toks, k)[1] or toks[k].key in heads for k in where)


def named_in_brackets(share: Share, toks: list[Token], j: int) -> bool:
    """ "Russia controls 99% (Luhansk), 70% (Donetsk) and 75% (Zaporizhzhia)": a figure whose
    region is named alone in brackets just after it (from token ``j``, just past the bracket) is
    of that region."""
    if not 0 < j < len(toks) or toks[j - 1].key != "(":
        return False
    regions, used = name_at(toks, j)
    k = j + used
    k += k < len(toks) and toks[k].key in nouns()  # "(Donetsk region)"
    if not used or k >= len(toks) or toks[k].key != ")":
        return False
    share.regions, share.target_end = regions, toks[k].end
    return True
