"""The hedge before a figure ("about 70%", "over 70%", "up to 70%"): the words of
:mod:`geomap.hedges`, found just before the figure, and the verbs that make them no hedge
("control over 15%", "has crept up to 79%"); a whole taken back after it ("..., or nearly")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.hedges import HEDGES
from geomap.patterns import compiled

if TYPE_CHECKING:
    from geomap.extract.shares import Share
    from geomap.extract.text import Sentence

QUALIFIERS = tuple(HEDGES)
_QUAL = "|".join(re.escape(q) for q in sorted(set(QUALIFIERS), key=lambda q: (-len(q), q)))
# The hedge words a pattern allows before a figure it ends at ("... and about 70%", "bringing
# its share to just over 75%"): the same words, with "just" or "only" before them.
HEDGE_WORDS = rf"(?:(?:{_QUAL}|just|only)\s+){{0,2}}"
# The hedge is looked for before a figure rather than at every position of every sentence.
HEDGE_BEFORE_RE = compiled(rf"(?<!\w)(?P<qual>{_QUAL})\s*$", re.IGNORECASE)
# ... and a heading's, for the lines of its list: "Moscow's troops now hold about:".
HEADING_HEDGE_RE = compiled(rf"(?<!\w)(?P<qual>{_QUAL})\s*:\s*$", re.IGNORECASE)
# "control over 15%", "taken over the entire region", "rules over all of X": a preposition or a
# verb's, not a hedge.
_PREPOSITION_OVER_RE = compiled(
    r"\b(?:control|hold|power|sway|took|taken|takes|taking|take|rules?|ruled|ruling|authority)\s*$",
    re.IGNORECASE,
)
# "has crept up to 79%", "moved up to", "bringing it up to": a change's verb, not a hedge
_RISEN_RE = compiled(
    r"\b(?:crept|creeps|creeping|edged|edges|edging|inched|inches|inching|ticked|ticks|moved"
    r"|moves|went|gone|goes|jumped|climbed|shot|risen|rose|grown|grew|pushed|pushing|brought"
    r"|bringing|bumped|ramped|stepped)\s+"
    r"(?:(?!(?:holds?|held|controls?|controlled|occup\w*|keeps?|kept|retains?)\b)[\w'’]+\s+){0,5}?$",
    re.IGNORECASE,
)


# A verb that says a figure is passed: "exceeds", "has topped", "surpassed".
EXCEEDS = r"(?:exceeds?|exceeded|surpass(?:es|ed)?|tops|topped|(?:has\s+)?passed)"
_EXCEEDS_RE = compiled(rf"\b{EXCEEDS}\s+$", re.IGNORECASE)


def hedged(sentence: Sentence, match: re.Match) -> tuple[int, int, str]:
    """The span of a figure with the hedge before it ("about 70%"), and the hedge; "control over
    15%" has none."""
    start, end = sentence.start + match.start(), sentence.start + match.end()
    before = HEDGE_BEFORE_RE.search(sentence.text, max(0, match.start() - 24), match.start())
    if not before:  # "Russian control of X now exceeds 80%": over 80%
        over = _EXCEEDS_RE.search(sentence.text, max(0, match.start() - 24), match.start())
        return start, end, "over" if over else ""
    hedge = before.group("qual").casefold()
    if hedge == "over" and _PREPOSITION_OVER_RE.search(sentence.text, 0, before.start()):
        return start, end, ""
    if hedge == "up to" and _RISEN_RE.search(sentence.text, 0, before.start()):
        return start, end, ""  # "has crept up to 79%": where it went, no bound
    return sentence.start + before.start(), end, hedge


# A sign before a figure: a change ("+5%", "−1%", ": -1%"), not a share.
_SIGN_RE = compiled(r"(?:^|(?<=[\s:(,;]))[+\u2212]\s*$|(?:^|(?<=[:(]))\s*[-–]\s*$")


def signed(text: str, at: int) -> str:
    """Why a figure at ``at`` of ``text`` with a sign before it is no share ("Donetsk: +5%":
    a change), or ""."""
    sign = _SIGN_RE.search(text, max(0, at - 8), at)  # (the sign just before it)
    return f"a change (signed '{sign.group().strip()}'), not the share held" if sign else ""


# A whole taken back after it: "the entire X region, or very nearly", "all of X, or close to it"
# (also after the units of a statement of holding: held_words).
OR_NEARLY = (
    r"(?:,\s*|\s+)or\s+(?:(?:very|pretty|at\s+least)\s+)?(?:nearly|almost|close\s+to\s+it"
    r"|thereabouts)\b"
)
_OR_NEARLY_RE = compiled(rf"[^.;:]{{0,60}}?{OR_NEARLY}", re.IGNORECASE)


def nearly_after(text: str, at: int) -> bool:
    """Whether a whole ending at ``at`` of ``text`` is taken back to "nearly" after it."""
    return _OR_NEARLY_RE.match(text, at) is not None


# Between two figures of one list: "of the Zaporizhzhia region and ", "of A, "
_NEXT_IN_THE_LIST_RE = compiled(
    r"\s+of\s+(?:the\s+)?[A-Za-z][\w'’ -]{0,50}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE
)


def hedge_of_the_list(shares: list[Share]) -> None:
    """ "about 70% of A and 75% of B": an approximate hedge before the first figure of a list is
    each later one's, where none of them has one of its own ("about 99% of A, 70% of B and
    roughly 75% of C" hedges figure by figure: 70% is as said); not "more than 70% of A and 75%
    of B", whose bound the words do not carry over. ``shares``: one sentence's, in order."""
    lists: list[list[Share]] = []
    for share in shares:
        last = lists[-1][-1] if lists else None
        if last is not None and last.numeric and share.numeric and _next_in_the_list(last, share):
            lists[-1].append(share)
        else:
            lists.append([share])
    for first, *later in lists:
        if later and HEDGES.get(first.hedge.casefold()) == "≈" and not any(s.hedge for s in later):
            for share in later:
                share.hedge = first.hedge


def _next_in_the_list(share: Share, following: Share) -> bool:
    s0 = share.sentence.start
    text = share.sentence.text
    return bool(_NEXT_IN_THE_LIST_RE.fullmatch(text, share.end - s0, following.start - s0))
