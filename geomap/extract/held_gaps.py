"""A statement of holding whose clause leaves out the verb of the one before it: "The RSF holds
West Darfur; the army, River Nile State" (the army holds River Nile State), "West Darfur is held
by the RSF and River Nile State by the army". Only a clause that is nothing but a side and its
units (or, after a passive, its units and "by" a side) takes the verb over, as a figure's clause
does (see :mod:`gapping`)."""

from __future__ import annotations

import re

from geomap.extract import units
from geomap.extract.actors import named_sides
from geomap.extract.gapping import BY_RE, CLAUSE_END_RE, side_at
from geomap.extract.sides import Sides
from geomap.extract.statement import Held
from geomap.extract.text import Mention, Sentence, Token
from geomap.patterns import compiled
from geomap.regions import Region

# After the units of an active statement: the next clause's side ...
_ACTIVE_GAP_RE = compiled(r"\s*(?:;|,?\s+(?:and|while|whereas)\b|,)\s+", re.IGNORECASE)
# ... its name, then its units: "the army, River Nile State", "Ukrainian forces B".
_SIDE_GLUE_RE = compiled(r"(?:the\s+)?[\w'’-]*(?:\s+(?:forces|troops))?\s*,?\s+", re.IGNORECASE)
# After a passive statement's agent: "and" the next units, then "by" a side.
_PASSIVE_GAP_RE = compiled(r"\s*,?\s+(?:and|while|whereas)\s+", re.IGNORECASE)
_CLAUSE_STOP_RE = compiled(r"\s*(?:[.;]|,\s+(?:and|while|but)\b)")
_NAME_RE = compiled(r"(?:the\s+)?[\w'’-]+(?:\s+(?:forces|troops))?", re.IGNORECASE)


def gapped(
    sentence: Sentence, toks: list[Token], named: list[Mention], found: list[Held], two: Sides
) -> list[Held]:
    """The statements of clauses that leave out the verb of a statement ``found`` before them."""
    text, s0 = sentence.text, sentence.start
    sides_at = dict(named_sides(text, two))
    more = []
    for held in found:
        if held.reason or not held.holder:
            continue
        after = [m for m in named if m.start >= held.end and set(m.regions) & set(held.regions)]
        before = [m for m in named if m.end <= held.start and set(m.regions) & set(held.regions)]
        if after:  # "The RSF holds A; the army, B"
            side, regions, start = _active_gap(text, s0, toks, after[-1].end - s0, sides_at)
        elif before:  # "A is held by the RSF and B by the army"
            side, regions, start = _passive_gap(text, s0, named, held, sides_at)
        else:
            continue
        if side and side != held.holder and regions:
            note = f"'{held.text}' of the clause before, left out"
            stop = _CLAUSE_STOP_RE.search(text, start - s0)  # the clause, as its words
            end = s0 + (stop.start() if stop else len(text))
            more.append(Held(sentence, start, end, regions, side, note=note))
    return more


def _active_gap(
    text: str, s0: int, toks: list[Token], end: int, sides_at: dict[int, str]
) -> tuple[str, tuple[Region, ...], int]:
    """The side and the units of "; the army, B" after a statement's units ending at ``end``."""
    gap = _ACTIVE_GAP_RE.match(text, end)
    if gap is None or not (side := side_at(sides_at, text, gap.end())):
        return "", (), 0
    glue = _SIDE_GLUE_RE.match(text, gap.end())
    return side, units.after_verb(toks, s0 + glue.end()) if glue else (), s0 + gap.end()


def _passive_gap(
    text: str, s0: int, named: list[Mention], held: Held, sides_at: dict[int, str]
) -> tuple[str, tuple[Region, ...], int]:
    """The side and the units of "and B by the army" after the agent of a passive statement
    whose verb is ``held``'s; ("", (), 0) for none."""
    agent = next((pos for pos in sorted(sides_at) if pos >= held.end - s0), None)
    name = _NAME_RE.match(text, agent) if agent is not None else None
    gap = _PASSIVE_GAP_RE.match(text, name.end()) if name else None
    by = BY_RE.search(text, gap.end()) if gap else None
    if gap is None or by is None:
        return "", (), 0
    listed = [m for m in named if gap.end() <= m.start - s0 and m.end - s0 <= by.start()]
    side = side_at(sides_at, text, by.end())
    if (
        not listed
        or listed[0].start - s0 != gap.end()
        or listed[-1].end - s0 != by.start()
        or not side
        or not CLAUSE_END_RE.match(text, by.end())
    ):
        return "", (), 0
    return side, tuple(r for m in listed for r in m.regions), listed[0].start
