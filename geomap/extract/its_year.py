"""The profile's earlier taking of units in its year (Crimea, 2014): held by the controlling
side since, as "annexed in 2014" says. The side may be named ("Russian troops took the Crimean
peninsula in 2014", "Crimea, seized by Russia in 2014") or not ("Crimea, seized in 2014, ...",
"Crimea has been occupied since 2014"): the profile's rule says who took those units then. A
claim of them alone in a text of that year is the annexation itself."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from geomap.extract.asides import without_insertions
from geomap.extract.sides import Sides
from geomap.extract.statement import Held, statement
from geomap.patterns import compiled
from geomap.profile import gazetteer
from geomap.regions import Region

if TYPE_CHECKING:
    from geomap.extract.claims import Claim


YEAR_RE = compiled(r"\b(?:19|20)\d\d\b")


def _its_units(regions, two: Sides) -> bool:
    """Whether ``regions`` are some of the units of the profile's earlier taking, and no other."""
    return bool(regions) and set(regions) <= set(gazetteer().expand(two.inferred_group))


def taken_in_its_year(item: Held, two: Sides, as_of: dt.date | None = None) -> bool:
    """Whether a statement is the controlling side's taking or holding of the profile's earlier
    units ("took Crimea in 2014", "Russia controls Crimea" in a text of a later year): held,
    all of them, since the rule's year."""
    if item.reason or item.holder != two.controller or not two.inferred_year:
        return False
    # the statement's own years, not an aside's ("Russia, which Ukraine has fought since 2022,
    # controls Crimea")
    own = without_insertions(item.sentence.text, item.start - item.sentence.start)
    years = {int(y) for y in YEAR_RE.findall(own)}
    # no year, in a text of a later one: the units are held since ("seized in 2022": another)
    later = not years and as_of is not None and as_of.year >= two.inferred_year
    return _its_units(item.regions, two) and (two.inferred_year in years or later)


def annexed_in_its_year(claim: Claim, two: Sides, as_of: dt.date | None) -> None:
    """A claim of the profile's earlier annexation's units alone in a text of its year that names
    no year ("Moscow's leaders signed papers that made Crimea part of Russia", March 2014): the
    annexation itself, held since."""
    if (
        claim.reason
        or not claim.claimed
        or claim.annexed_2014
        or as_of is None
        or as_of.year != two.inferred_year
        or YEAR_RE.search(claim.sentence.text)
        or not _its_units(claim.regions, two)
    ):
        return
    claim.annexed_2014, claim.note = True, two.inferred_note


@lru_cache(maxsize=8)
def taken_then(year: int) -> re.Pattern:
    """A verb of taking with no side after it, then the rule's year: "was seized in 2014",
    ", occupied since 2014", "has been under occupation since 2014". Its units come before it."""
    return compiled(
        r"(?:\b(?:is|was|were|are|(?:has|have|had)\s+been)\s+|(?<=,\s))"
        r"(?:(?:illegally|forcibly|effectively)\s+)?"
        r"(?:occupied|seized|taken|captured|under\s+occupation)"  # ("annexed": a claim's)
        rf"\s+(?:in|since)\s+(?:[a-z]+-?\s*)?{year}\b",  # "in (early, March) 2014"
        re.IGNORECASE,
    )


def read_taken_then(sentence, match: re.Match, regions, actors, two: Sides, _context: str) -> Held:
    """The statement: held by the controlling side, where its units are the rule's."""
    held = statement(sentence, match, regions, actors, two, passive=True)
    if held.reason and not held.reason.startswith("holder unclear"):
        return held  # negated, or not achieved
    if set(regions) <= set(gazetteer().expand(two.inferred_group)):
        held.holder, held.reason = two.controller, ""  # the rule's note says so
    else:
        held.reason = held.reason or "holder unclear: the text does not say who took it"
    return held


_THE_RE = compiled(r"\s*the\s+", re.IGNORECASE)


def its_group_after(text: str, at: int, two: Sides) -> tuple[Region, ...]:
    """The units of the profile's earlier taking where its word ("the peninsula") is a verb's
    object at ``at`` in a sentence that names the rule's year ("Russia seized the peninsula
    in 2014"); else none."""
    the = _THE_RE.match(text, at)
    if not (the and two.inferred_year and str(two.inferred_year) in text):
        return ()
    word = two.inferred_words.match(text, the.end())
    return gazetteer().expand(two.inferred_group) if word else ()
