"""Where a sentence names either side, in any way (as an actor, by its adjective, its forces
or its capital), and where that is no actor: the country as a place ("20% of Ukraine"), a side's
adjective on land ("Ukrainian regions"), the country as a unit's owner ("Ukraine's X region"),
a news agency's dateline. Who acts at a verb: :mod:`geomap.extract.actors`."""

from __future__ import annotations

import functools
import re

from geomap.extract import scan
from geomap.extract.sides import Sides
from geomap.extract.text import Sentence, Token
from geomap.patterns import compiled
from geomap.profile import current


def named_just_before(text: str, pos: int, two: Sides, words: int) -> str:
    """The side named last before ``pos``, with at most ``words`` words and no punctuation
    between ("Kyiv says", "the Ukrainian general staff said"); else ""."""
    before = [(at, side) for at, side in named_sides(text, two) if at < pos]
    if not before:
        return ""
    at, side = before[-1]
    between = text[at:pos]
    return side if len(between.split()) <= words and not re.search(r"[,;:()]", between) else ""


# A side's adjective before places or people names no actor: "annexed four Ukrainian regions",
# "Ukrainian cities"; nor its country as the owner of a unit, "Ukraine's (eastern) X region".
PLACE_ADJECTIVE_RE = compiled(
    r"\w+['’]s\s+(?:[\w'’-]+\s+){1,2}(?:regions?|provinces?|oblasts?|states?)\b"
    r"|[\w'’-]+\s+(?:regions?|provinces?|oblasts?|states?|territor(?:y|ies)|lands?|soil|cit(?:y|ies)"
    r"|towns?|villages?|peninsula|areas?|people|civilians|citizens|residents)\b",
    re.IGNORECASE,
)
# A side named in any way: as an actor, by its adjective, its forces or its capital.
_CONTROLLER_NAMED = r"\b(?:«C»|«CA»|«CF»|«CB»|«CCAP»)\b"
_DEFENDER_NAMED = r"\b(?:«D»|«DA»|«DF»|«DB»|«DCAP»)\b"
# Where something is: "targets in Russia", "inside Ukraine"; with "of", "20% of Ukraine".
IN = r"in|into|inside|across|throughout|within|near"
# "in eastern Ukraine", "across southern Russia"
_PLACE_BEFORE_RE = compiled(
    rf"\b(?:of|{IN})\s+(?:(?:north|south|east|west|central)\w*\s+)?$", re.IGNORECASE
)


@functools.lru_cache(maxsize=256)
def named_sides(text: str, two: Sides) -> tuple[tuple[int, str], ...]:
    """Where a sentence names either side in any way, in order; not the country as a place
    ("20% of Ukraine", "targets in Russia"). Asked once for the sentence before a sentence and
    again for each of its figures with no verb of their own: kept."""
    after = dateline_end(text)
    return tuple(
        sorted(
            (match.start(), side)
            for side, template in (
                (two.controller, _CONTROLLER_NAMED),
                (two.defender, _DEFENDER_NAMED),
            )
            for match in scan.finditer(two.pattern(template), text, after)
            if not _PLACE_BEFORE_RE.search(text, max(0, match.start() - 20), match.start())
        )
    )


def sides_named_before(text: str, at: int, two: Sides) -> set[str]:
    """The sides a sentence names before ``at`` as more than a place: not by an adjective on
    land ("Ukrainian regions") nor as the country a unit is of ("Ukraine's X region")."""
    return {
        side
        for pos, side in named_sides(text, two)
        if pos < at and not PLACE_ADJECTIVE_RE.match(text, pos)
    }


def owners_before(text: str, at: int, two: Sides) -> set[str]:
    """The sides a sentence names before ``at`` in any way, an owner's too ("X, the RSF's
    stronghold, is under its control"); not the country the units are of ("Ukraine's")."""
    country, lower = current().name.lower(), text.lower()
    return {
        side for pos, side in named_sides(text, two)
        if pos < at and not lower.startswith(country, pos)
    }  # fmt: skip


def side_named_at(sentence: Sentence, tok: Token, two: Sides) -> bool:
    """Whether a side is named at the token ``tok`` of ``sentence`` ("Russia", "the RSF")."""
    return any(pos == tok.start - sentence.start for pos, _ in named_sides(sentence.text, two))


# A news agency's dateline, "KYIV, June 3 (Reuters) - ", "MOSCOW (AP) — ": a place, no actor.
_DATELINE_RE = compiled(
    r"(?=[^-–—\n]{0,60}?[\d(])"  # a date or an agency: not "RSF — the Rapid Support Forces —"
    r"\s*[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*(?:\s*,\s*[A-Z][A-Za-z.]*(?:\s+\d{1,2})?(?:,\s*\d{4})?)*"
    r"\s*(?:\([^()]{1,30}\))?\s*[-–—]\s"
)


def dateline_end(text: str) -> int:
    found = _DATELINE_RE.match(text)
    return found.end() if found else 0
