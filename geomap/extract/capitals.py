"""A unit's capital taken: "the army retook Wad Madani, the capital of Gezira State", "retook
the state capital", "captured its capital". A city's fall is not its unit's, so this is no
statement that the unit is held; but where it is dated later than a statement that the other
side holds the unit ("The RSF took over Gezira State in December 2023. The army retook the
state capital in January 2025."), that statement is out of date, and no reader can say who
holds the unit now (see :func:`geomap.extract.held_decisions.held_decisions`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.extract import scan
from geomap.extract.sides import Sides
from geomap.extract.statement import Held, statement
from geomap.extract.text import Mention, Sentence, Token, nouns, token_at
from geomap.patterns import compiled

if TYPE_CHECKING:
    from geomap.extract.antecedents import Antecedent

# A verb of taking, and a capital among the words of its object.
_TAKING_RE = compiled(
    r"\b(?:retook|retaken|retakes|recaptur(?:ed|es|ing)|regain(?:ed|s)?\s+control\s+of"
    r"|(?:took|taken|takes|seized|captured|overran|overrun)(?:\s+control\s+of)?)\s",
    re.IGNORECASE,
)
CAPITAL = "its capital taken: a city's fall, not the unit's"
_WORDS = 10  # how far into the object the capital may be named


def names_a_capital(text: str) -> bool:
    """Whether a sentence names a capital (where a unit named before may be its unit's)."""
    return "capital" in text.lower()


def capitals_taken(
    sentence: Sentence,
    toks: list[Token],
    named: list[Mention],
    actors,
    two: Sides,
    antecedent: Antecedent | None,
) -> list[Held]:
    """The statements of ``sentence`` that a side took a unit's capital: each a :class:`Held`
    of the unit whose reason says it is the capital's (:data:`CAPITAL`), the taker its holder;
    negated, unreal or unattributed ones have another reason."""
    text, s0 = sentence.text, sentence.start
    if not names_a_capital(text):
        return []
    found = []
    for match in scan.finditer(_TAKING_RE, text):
        k = token_at(toks, s0 + match.end())
        words = toks[k : k + _WORDS]
        at = next((i for i, t in enumerate(words) if t.key == "capital"), -1)
        if at < 0 or any(t.key in (";", ".", "and") for t in words[:at]):
            continue
        regions = _capitals_unit(words, at, named, antecedent)
        if len(regions) != 1:
            continue
        item = statement(sentence, match, regions, actors, two, passive=False)
        unit = [m.end for m in named if m.regions == regions and m.start > words[at].start]
        item.end = min([*unit, words[at].end + 40]) if unit else words[at].end  # its quote
        item.reason = item.reason or (CAPITAL if item.holder else f"holder unclear; {CAPITAL}")
        found.append(item)
    return found


def _capitals_unit(words: list[Token], at: int, named: list[Mention], antecedent):
    """The unit whose capital the word at ``at`` names: "the capital of Gezira State", "the
    Gezira state capital", "its (the state's, the state) capital" (the unit named before)."""
    if at + 2 < len(words) and words[at + 1].key == "of":
        after = [m for m in named if m.start >= words[at + 1].end]
        return after[0].regions if after and after[0].start <= words[at + 2].end + 1 else ()
    before = [m for m in named if words[0].start <= m.start and m.end <= words[at].start]
    if before:
        return before[-1].regions  # "the Gezira state capital"
    word = words[at - 1].key if at > 0 else ""
    if antecedent is not None and (word in ("its", "regional", "provincial") or word in nouns()):
        # "its capital", "the state capital": the unit named before
        return antecedent(words[at].start, noun=word if word in nouns() else "")[0]
    return ()
