"""A clause that leaves out the verb of the clause before it: "Russia holds 70% of X and Ukraine
25% of Y" (Ukraine holds 25% of Y), "Russia holds 75% of X; Ukraine, 25%" (of X, the one region
named before), "70% of X is held by Russia and 30% by Ukraine" (a passive's agent after the
figure). Only a verb of holding is carried over, and only to a clause that is nothing but a side
and its figure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.extract.named import named_sides
from geomap.extract.sides import sides
from geomap.extract.text import Token, name_at, tokens
from geomap.patterns import compiled

if TYPE_CHECKING:
    from geomap.extract.shares import Share

# The nouns after a side's name that name it still: "Ukrainian forces", "RSF fighters".
_SIDE_NOUN = r"(?:forces|troops|army|fighters|soldiers|units)"
# Between a figure and the next clause's side: "70% of X and Ukraine", "30% of X, Russia",
# "75% of X; Ukraine, 25%".
_GAP_RE = compiled(
    r"[^;.:()]{0,60}?(?:[,;]\s*(?:and\s+|while\s+|whereas\s+)?|\s(?:and|while|whereas)\s+)"
    r"(?:the\s+)?"  # "..., and the RSF 60%"
)
# ... and between the side and its figure: "Ukraine 25%", "Ukrainian forces about 25%".
_SIDE_FIGURE_RE = compiled(
    rf"[\w'’-]*(?:\s+{_SIDE_NOUN})?,?\s+"
    r"(?:the\s+(?:remaining|other|last)\s+)?"  # "and Ukraine the remaining 20%"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|less\s+than|just)\s+)?$"
)
# The verbs a gapped clause takes over: of holding, not of taking or losing.
_HOLDING_RE = compiled(
    r"\b(?:holds?|held|controls?|controlled|occupies|occupied|occupy|retains?|keeps?|kept|owns?)\b",
    re.IGNORECASE,
)


def gapped(share: Share, previous: Share | None, at: int) -> bool:
    """Whether the side named at ``at`` (in the sentence) heads a clause that leaves out the verb
    of holding of the clause before, whose figure is ``previous``."""
    if previous is None or not previous.holder or previous.sentence is not share.sentence:
        return False
    if not _HOLDING_RE.fullmatch(previous.cue or ""):
        return False
    text, s0 = share.sentence.text, share.sentence.start
    before = max(previous.end, previous.target_end) - s0
    return (
        before <= at
        and _GAP_RE.fullmatch(text, before, at) is not None
        and _SIDE_FIGURE_RE.fullmatch(text, at, share.start - s0) is not None
    )


# A passive of holding before a gapped figure: "70% of X is held by Russia and 30% by Ukraine".
_PASSIVE_RE = compiled(
    r"\b(?:is|are|was|were|remains?|has\s+been)\s+(?:\w+ly\s+|still\s+|now\s+)?(?:held|controlled"
    r"|occupied)\s+by\b",
    re.IGNORECASE,
)
BY_RE = compiled(r"\s+by\s+", re.IGNORECASE)
# A side's name ending its clause: "... by Ukraine.", "... by the army,"
CLAUSE_END_RE = compiled(rf"(?:the\s+)?[\w'’-]*(?:\s+{_SIDE_NOUN})?\s*(?:[.,;)]|$)", re.IGNORECASE)
_THE_RE = compiled(r"the\s+", re.IGNORECASE)


def side_at(sides_at: dict[int, str], text: str, at: int) -> str:
    """The side named at ``at`` of ``text`` (or just past a "the"), of ``sides_at`` (where
    :func:`named_sides` names each); else ""."""
    the = _THE_RE.match(text, at)
    return sides_at.get(at) or (sides_at.get(the.end(), "") if the else "")


def passive_gap(share: Share, toks: list[Token] | None = None) -> str:
    """The side after a figure that leaves out the passive verb of holding before it, in a
    sentence that names one region before it ("70% of X is held by Russia and 30% by Ukraine":
    Ukraine); else ""."""
    text, s0 = share.sentence.text, share.sentence.start
    rel, end = share.start - s0, share.end - s0
    by = BY_RE.match(text, end)
    if by is None or not (
        _GAP_BEFORE_RE.search(text, max(0, rel - 12), rel) and _PASSIVE_RE.search(text, 0, rel)
    ):
        return ""
    side = side_at(dict(named_sides(text, sides())), text, by.end())
    if not side or not CLAUSE_END_RE.match(text, by.end()):
        return ""
    toks = tokens(share.sentence) if toks is None else toks
    return side if _one_region_before(share, toks, s0 + rel) else ""


# Before a gapped clause's side: "...; Ukraine, 25%", "..., Ukraine about 20%".
_GAP_BEFORE_RE = compiled(r"(?:[;,]|\b(?:and|while|whereas))\s+(?:the\s+)?$", re.IGNORECASE)


def gapped_figure(share: Share, toks: list[Token]) -> bool:
    """Whether the figure, with no "of" after it, is a gapped clause's ("Russia holds 75% of X;
    Ukraine, 25%"): a side and the figure, after a verb of holding, in a sentence that names one
    region before it (the region it is of)."""
    text, s0 = share.sentence.text, share.sentence.start
    rel = share.start - s0
    at = next((at for at, _ in reversed(named_sides(text, sides())) if at < rel), -1)
    if at < 0 or not (
        _SIDE_FIGURE_RE.fullmatch(text, at, rel)
        and _GAP_BEFORE_RE.search(text, max(0, at - 12), at)
        and _HOLDING_RE.search(text, 0, at)
    ):
        return False
    return _one_region_before(share, toks, s0 + at)


def _one_region_before(share: Share, toks: list[Token], at: int) -> bool:
    """Whether the words before document offset ``at`` name one region, the figure's (a side
    named by its capital, "Kyiv controls 25% of X; Moscow, the rest", names none)."""
    s0 = share.sentence.start
    sides_at = {s0 + pos for pos, _ in named_sides(share.sentence.text, sides())}
    named, j = set(), 0
    while j < len(toks) and toks[j].start < at:
        regions, used = name_at(toks, j)
        if toks[j].start not in sides_at:
            named |= {r.code for r in regions}
        j += used or 1
    return len(named) == 1
