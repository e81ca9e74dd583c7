"""A statement of holding whose clause leaves out the verb of the one before it: "The RSF holds
West Darfur; the army, River Nile State" (the army holds River Nile State), "West Darfur is held
by the RSF and River Nile State by the army". Only a clause that is nothing but a side and its
units (or, after a passive, its units and "by" a side) takes the verb over, as a figure's clause
does (see :mod:`gapping`); so do units after ", as are" ("Gezira State is under army control,
as are Sennar and White Nile states")."""

from __future__ import annotations

import re

from geomap.extract import units
from geomap.extract.gapping import BY_RE, CLAUSE_END_RE, side_at
from geomap.extract.named import named_sides
from geomap.extract.sides import Sides
from geomap.extract.statement import Held
from geomap.extract.text import Mention, Sentence, Token, nouns
from geomap.extract.unit_words import no_city
from geomap.patterns import compiled
from geomap.regions import Region

# After the units of an active statement: the next clause's side ...
_ACTIVE_GAP_RE = compiled(r"\s*(?:;|,?\s+(?:and|while|whereas)\b|,)\s+", re.IGNORECASE)
# ... its name, then its units: "the army, River Nile State", "Ukrainian forces B".
_SIDE_GLUE_RE = compiled(r"(?:the\s+)?[\w'’-]*(?:\s+(?:forces|troops))?\s*,?\s+", re.IGNORECASE)
# After a passive statement's agent: "and" the next units, then "by" a side.
_PASSIVE_GAP_RE = compiled(r"\s*,?\s+(?:and|while|whereas)\s+", re.IGNORECASE)
_CLAUSE_STOP_RE = compiled(r"\s*(?:[.;]|,\s+(?:and|while|but)\b)")
# "..., as are B and C": units that share the statement before them (past its agent or time:
# "held by the RSF since 2023, as are ...")
_AS_ARE_RE = compiled(
    r"(?:\s+[\w'’-]+){0,4}?,\s+as\s+(?:are|is|were|was)\s+(?:(?:also|now|still)\s+)?",
    re.IGNORECASE,
)
_NAME_RE = compiled(r"(?:the\s+)?[\w'’-]+(?:\s+(?:forces|troops))?", re.IGNORECASE)


def gapped(
    sentence: Sentence, toks: list[Token], named: list[Mention], found: list[Held], two: Sides
) -> list[Held]:
    """The statements of clauses that leave out the verb of a statement ``found`` before them."""
    text, s0 = sentence.text, sentence.start
    sides_at = dict(named_sides(text, two))
    more = []
    for held in found:
        if held.reason.startswith("negated") and (
            does := _does_instead(text, s0, named, held, sides_at)
        ):
            more.append(does)  # "The RSF does not control A; the army does."
            continue
        if held.reason or not held.holder:
            continue
        alike = _AS_ARE_RE.match(text, held.end - s0)
        if alike and (regions := units.after_verb(toks, s0 + alike.end())):
            # "A is under army control, as are B and C": the same statement of B and C
            stop = _CLAUSE_STOP_RE.search(text, alike.end())
            end = s0 + (stop.start() if stop else len(text))
            note = f"'{held.text}' of the clause before, '{alike.group().strip(' ,')}'"
            more.append(Held(sentence, s0 + alike.end(), end, regions, held.holder, note=note))
            continue
        after = [m for m in named if m.start >= held.end and set(m.regions) & set(held.regions)]
        before = [m for m in named if m.end <= held.start and set(m.regions) & set(held.regions)]
        if after:  # "The RSF holds A; the army, B"
            side, regions, start = _active_gap(text, s0, toks, after[-1].end - s0, sides_at)
        elif before:  # "A is held by the RSF and B by the army"
            side, regions, start = _passive_gap(text, s0, named, held, sides_at)
            if not side:  # "A fell to the RSF in 2023, and B in 2024": the same side's
                regions, start = _dated_gap(text, s0, named, held)
                side = "" if not regions else held.holder
        else:
            continue
        if side and (side != held.holder or (regions and start)) and regions:
            note = f"'{held.text}' of the clause before, left out"
            stop = _CLAUSE_STOP_RE.search(text, start - s0)  # the clause, as its words
            end = s0 + (stop.start() if stop else len(text))
            more.append(Held(sentence, start, end, regions, side, note=note))
    return more


# After a denied statement's units: the side that does hold them ("; the army does.")
_DOES_RE = compiled(
    r"\s*(?:;|,)\s*(?:but\s+)?(?P<side>(?:the\s+)?[\w'’-]+(?:\s+(?:forces|troops))?)\s+"
    r"(?:now\s+|still\s+)?(?:does|do)(?:\s+(?:now|instead|so))?\s*(?:[.;]|$)",
    re.IGNORECASE,
)


def _does_instead(
    text: str, s0: int, named: list[Mention], held: Held, sides_at: dict[int, str]
) -> Held | None:
    """ "The RSF does not control A; the army does.": the side that holds the units a denied
    statement ``held`` names, where a clause right after them says so; else None."""
    after = [m for m in named if m.start >= held.end and set(m.regions) & set(held.regions)]
    if not after:
        return None
    does = _DOES_RE.match(text, after[-1].end - s0)
    side = side_at(sides_at, text, does.start("side")) if does else ""
    if not (does and side):
        return None
    note = f"'{does.group().strip(' ,;.')}' after '{held.text}' denied"
    return Held(held.sentence, s0 + does.start("side"), s0 + does.end(), held.regions, side,
                note=note)  # fmt: skip


def _active_gap(
    text: str, s0: int, toks: list[Token], end: int, sides_at: dict[int, str]
) -> tuple[str, tuple[Region, ...], int]:
    """The side and the units of "; the army, B" after a statement's units ending at ``end``."""
    gap = _ACTIVE_GAP_RE.match(text, end)
    if gap is None or not (side := side_at(sides_at, text, gap.end())):
        return "", (), 0
    glue = _SIDE_GLUE_RE.match(text, gap.end())
    return side, units.after_verb(toks, s0 + glue.end()) if glue else (), s0 + gap.end()


# "..., and B in 2024", "; B since October 2023": a clause of units and a time alone
_DATED_GAP_RE = compiled(
    # the agent or an adverb ("to the RSF", "again"), not a clause of its own ("which took")
    r"(?:\s+(?!(?:which|who|whom|that|then|and|but|while|whereas|after|before)\b)[\w'’-]+){0,3}?"
    r"(?:\s+(?:since|in|by|from|as\s+of|on|during)\s+[\w\s-]{1,25}?)?\s*(?:;|,?\s+and)\s+",
    re.IGNORECASE,
)
_TIME_ALONE_RE = compiled(
    r"\s+(?:since|in|by|from|as\s+of|on|during)\s+[\w\s-]{1,30}?\s*(?:[.;]|$)", re.IGNORECASE
)


def _dated_gap(
    text: str, s0: int, named: list[Mention], held: Held
) -> tuple[tuple[Region, ...], int]:
    """The units of a clause after a statement whose units come before its verb, that leaves
    out the verb and names only units and a time: "Gezira State fell to the RSF in 2023, and
    Sennar State in 2024", "A has been under RSF control since 2023; B since 2024"."""
    gap = _DATED_GAP_RE.match(text, held.end - s0)
    if gap is None:
        return (), 0
    listed: list[Mention] = []
    for m in named:
        if m.start < held.end:
            continue
        if not listed and m.start - s0 != gap.end():
            return (), 0  # another unit named between: "... which attacked A and B in 2024"
        if listed and not _LIST_RE.fullmatch(text, listed[-1].end - s0, m.start - s0):
            break
        listed.append(m)
    end = listed[-1].end - s0 if listed else 0
    noun = _WORD_RE.match(text, end)
    with_noun = bool(noun) and noun.group(1).lower() in nouns()  # type: ignore[union-attr]
    end = noun.end() if with_noun else end  # type: ignore[union-attr]
    if (
        not listed
        or listed[0].start - s0 != gap.end()
        or not _TIME_ALONE_RE.match(text, end)
        # a bare name of one word may be a city's: "and Kharkiv in 2025"
        or not (
            with_noun
            or len(listed) > 1
            or " " in text[gap.end() : end]
            or no_city(listed[0].regions)
        )
    ):
        return (), 0
    return tuple(r for m in listed for r in m.regions), listed[0].start


_WORD_RE = compiled(r"\s+([\w-]+)")
_LIST_RE = compiled(r"\s*(?:,|and|&)\s*(?:and\s+)?(?:the\s+)?", re.IGNORECASE)


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
