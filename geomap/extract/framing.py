"""Whose terms a sentence speaks in: the controlling side's ("the DPR", a text whose dateline
names a news agency of its side, a source of its side cited), or with words that keep their
distance from them ("so-called", "occupiers"). "The enemy" is the other side of whoever speaks."""

from __future__ import annotations

import re

from geomap.extract import scan
from geomap.extract.sides import Sides
from geomap.patterns import compiled

ENEMY_RE = compiled(r"the\s+(?:enemy|aggressor)\b", re.IGNORECASE)
# Words with which a text keeps its distance from the controlling side's terms, or speaks of
# it as the occupier: such a text is not framed from its side, however often it names the DPR.
DISTANCE_RE = compiled(
    r"\b(?:so-called|self-proclaimed|self-styled|unrecognised|unrecognized|puppet|occupiers?"
    r"|invaders?|occupation\s+authorities|(?:Russian|Moscow)-(?:installed|appointed|backed))\b",
    re.IGNORECASE,
)
# A source of the controlling side before what it says ("according to the Russian Defence
# Ministry, ...", "Russia's defence ministry said ...", "Russian Defence Ministry: ...") or
# after it, ending the sentence ("..., the Russian defence ministry said.").
_ITS_SOURCE_BEFORE = (
    r"\baccording\s+to\s+(?:the\s+)?(?:«CA»|«C»)\b"
    r"|\b(?:«CA»|«C»)\b[^,;:]{0,40}?(?:\b(?:said|says|reported|reports|told|claimed|claims)\b|:)"
)
# ... unless the other side's is named nearer ("Russia claims gains, but Ukraine's army says
# the enemy holds ...")
_OTHER_SOURCE_BEFORE = (
    r"\baccording\s+to\s+(?:the\s+)?(?:«DA»|«D»)\b"
    r"|\b(?:«DA»|«D»)\b[^,;:]{0,40}?(?:\b(?:said|says|reported|reports|told|claimed|claims)\b|:)"
)
# (where a speaker may come first, verbs only: "reports" and "claims" may be nouns, "..., citing
# Russian reports")
_SAYS = r"(?:said|says|say|reported|told|tells|claimed|wrote|writes|insists?|admits?|admitted)"
_ITS_SOURCE_AFTER = (  # "..., a senior Russian officer told state TV on Sunday."
    # ('"...," a spokesman for the Russian defence ministry said on Monday')
    r",[\"”’']?\s*(?:(?:the|an?)\s+(?:[\w-]+\s+)?(?:(?:for|of|at|from)\s+(?:the\s+)?)?)?"
    rf"(?:«CA»|«C»)\b[^,;:]{{0,40}}?\b(?:{_SAYS}|reports|claims)\b[^,;:]{{0,40}}$"
    # '"...," said Russian Defence Minister Andrei Belousov.'
    rf"|,[\"”’']?\s*{_SAYS}\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:«CA»|«C»)\b[^,;:]{{0,60}}$"
    # "..., according to the Russian defence ministry."
    r"|,\s*according\s+to\s+(?:the\s+)?(?:«CA»|«C»)\b[^,;:]{0,60}$"
)


def in_its_terms(text: str, at: int, two: Sides, framed: bool) -> bool:
    """Whether a sentence speaks in the controlling side's terms where it names "the enemy" at
    ``at``: its text does (``framed``), or it names that side's words ("the DPR") or cites that
    side as its source, with no word of distance."""
    if scan.search(DISTANCE_RE, text):
        return False
    return (
        framed
        or two.pattern(r"\b«FRAMING»\b").search(text) is not None
        or _last_end(two.pattern(_ITS_SOURCE_BEFORE), text, at)
        > _last_end(two.pattern(_OTHER_SOURCE_BEFORE), text, at)
        or two.pattern(_ITS_SOURCE_AFTER).search(text, at) is not None
    )


def _last_end(pattern: re.Pattern, text: str, at: int) -> int:
    return max((m.end() for m in pattern.finditer(text, 0, at)), default=-1)


def framed(text: str, two: Sides) -> bool:
    """Whether a text speaks in the controlling side's terms throughout: a dateline naming a news
    agency that speaks for it ("/TASS/"), or its words ("the DPR", "the Lugansk People's
    Republic") twice at least; and no word that keeps a distance from them
    ("so-called", "self-proclaimed", "occupiers"). Then an agentless "liberated" in it is that
    side's; one mention of "the DPR" in a report from Kyiv makes no such text, nor does "the
    Donetsk People's Republic (DPR)", one mention in two words."""
    if scan.search(DISTANCE_RE, text):
        return False
    if two.pattern(_OUTLET_DATELINE, re.IGNORECASE | re.MULTILINE).search(text, 0, _HEAD):
        return True  # "SIMFEROPOL, January 16. /TASS/.": a news agency that speaks for that side
    return _mentions(two.pattern(r"\b«FRAMING»\b"), text) >= 2


def _mentions(pattern: re.Pattern, text: str) -> int:
    """How many times (up to two) ``pattern`` names something in ``text``, a match just after
    another one naming it again: "the Donetsk People's Republic (DPR)" is one mention."""
    count, end = 0, -10
    for m in pattern.finditer(text, 0, 200_000):
        count += m.start() - end > 3
        end = m.end()
        if count >= 2:
            break
    return count


# A dateline that names the agency: "SIMFEROPOL, January 16. /TASS/.", "MOSCOW (TASS) -",
# "MOSCOW, June 3 (RIA Novosti) —"; at the start of a line near the text's top (a saved page
# may put a headline and a standfirst over it).
_HEAD = 2000
_OUTLET_DATELINE = (
    r"^[^\S\n]*(?-i:[A-Z][A-Z'.-]+(?:[^\S\n]+[A-Z][A-Z'.-]+){0,3})"  # "SIMFEROPOL", "NEW YORK"
    r"[^\n/(]{0,30}?(?:/\s*(?:«OUTLETS»)\s*/|\(\s*(?:«OUTLETS»)\s*\))"  # ", January 16. /TASS/"
)
