"""The words that deny a claim ("has never claimed X", "Moscow dropped any claim to X", "A and
B, neither of which Moscow claims"), and a denial of the whole alone ("has not annexed all of
them"), which denies no part."""

from __future__ import annotations

import functools
import re

from geomap.extract import scan
from geomap.extract.asides import insertions
from geomap.extract.claim_words import cues
from geomap.patterns import compiled

NEGATION_RE = compiled(
    r"\bnot\s+(?:one\s+of|among|part\s+of|(?:yet\s+|(?!only\b)\w+ly\s+)?(?:been\s+)?claim(?:ed)?)\b"
    r"|\bnever\s+(?:(?!only\b)\w+ly\s+)?(?:been\s+)?claimed\b"
    r"|\bno\s+longer\s+claim\w*|\bno\s+(?:\w+\s+)?claims?\s+(?:on|to|over|about|for)\b"
    # "has never laid claim to X", "did not make (stake) a formal claim to X"
    r"|(?:\bnot|n['’]t|\bnever)\s+(?:(?!only\b)\w+\s+)?(?:lay|lays|laid|make|makes|made|stake[sd]?)"
    r"\s+(?:(?:a|any)\s+)?(?:formal\s+)?claims?\b"
    r"|(?:\bnot|n['’]t|\bnever)\s+(?!only\b)(?:\w+\s+)?(?:annex|incorporat|regard|consider|accepted"
    r"|admitted|absorb)\w*"
    r"|\b(?:renounc|drop|abandon|withdr[ae]w|waiv|relinquish|(?:gave|give[sn]?|giving)\s+up)\w*\s+"
    r"(?:its\s+|any\s+|all\s+|the\s+|their\s+)?"
    r"(?:\w+\s+)?claims?"
    r"|\b(?:annexed|claimed|claims?|incorporated)\s+(?:(?:no\s+(?:part|piece)|none)\s+of|nothing"
    r"\s+(?:of|in)|no\s+(?:territory|land|ground|areas?)\s+(?:of|in))\b"
    # "the A and B regions, neither of which Moscow claims", "Moscow claims neither (region)"
    r"|\bneither\s+of\s+(?:which|them|these|those|the\s+two)\b"
    # "Neither A nor B is claimed by Moscow"
    r"|\bneither\s+[^.;:]{1,80}?\bnor\s+[^.;:]{1,80}?\b(?:is|are|was|were|(?:has|have)\s+been)"
    # ... "is, analysts say, claimed", "is (as of June)", "is — by any reading —"
    r"(?:\s*,[^,;.]{1,60},|\s+\([^()]{1,60}\)|\s+[—–]\s[^—–;.]{1,60}\s[—–])?\s+"
    r"(?:(?!only\b)\w+ly\s+)?(?:claimed|annexed)\b"
    r"|\b(?:claim(?:s|ed)?|annex(?:es|ed)?)\s+neither\b",
    re.IGNORECASE,
)
# A negation of the whole only: "has not annexed all of them", "has not fully annexed X".
_NOT_WHOLLY_RE = compiled(r"\b(?:fully|entirely|completely|wholly)\b", re.IGNORECASE)
_WHOLE_AFTER_RE = compiled(r"\s+(?:all\b|the\s+(?:whole|entire|entirety)\b|every\b)", re.IGNORECASE)
ABANDON_RE = compiled(r"renounc|drop|abandon|withdr|waiv|relinquish|g[ai]v\w*\s+up", re.IGNORECASE)
NOT_AMONG_RE = compiled(r"not\s+(?:one\s+of|among|part\s+of)", re.IGNORECASE)


def negation(text: str, match: re.Match, lo: int, hi: int) -> re.Match | None:
    """The words that negate the claim at ``match`` in its clause ``lo``–``hi``; not those of a
    relative clause before its own ("parts of Kharkiv, which it has never claimed, and most of
    Donetsk, which it annexed": Donetsk is claimed), nor of one after it ("Kherson, which it
    annexed, and parts of Sumy, which it does not claim": Kherson is claimed)."""
    others = others_asides(text, match, lo, hi)
    # a claim in an aside ("Unlike X, which Moscow annexed in 2022, Y is not claimed"): only
    # the aside's own words deny it
    own = next(((a, b) for a, b in insertions(text) if a < match.end() <= b), None)
    lo, hi = (max(lo, own[0]), min(hi, own[1])) if own else (lo, hi)
    negation = scan.search(NEGATION_RE, text, lo, hi)
    while negation and any(a <= negation.start() < b for a, b in others):
        # "Moscow, which does not claim X, annexed Y": the aside's own denial
        negation = scan.search(NEGATION_RE, text, negation.end(), hi)
    if (
        negation
        and negation.start() >= match.end()
        and RELATIVE_RE.search(text, match.end(), negation.start())
    ):
        return None  # "Kherson, which it annexed, and parts of X, which it does not claim": X's
    if (
        negation
        and negation.end() <= match.start()
        # (the claim's own relative clause too: "..., which it does claim")
        and (relative := RELATIVE_RE.search(text, negation.end(), match.end()))
        and relative.start() < match.start()
        and not NOT_AMONG_RE.match(negation.group())
    ):
        return scan.search(NEGATION_RE, text, relative.start(), hi)
    if (
        negation
        and ABANDON_RE.match(negation.group())
        and _NOT_BEFORE_RE.search(text, max(lo, negation.start() - 30), negation.start())
    ):
        return None  # "will never abandon (has not dropped) its claim to X": the claim stands
    return negation


# A negation of an abandonment ("will never", "has not", "refuses to", "won't"), or its mood
# ("may be willing to", "could", "offered to"): the claim stands.
_NOT_BEFORE_RE = compiled(
    r"(?:\bnot|n['’]t|\bnever|\brefus\w*\s+to|\bno\s+intention\s+of"
    r"|\b(?:may|might|could|would|willing|ready|prepared|offer\w*|consider\w*)(?:\s+be)?"
    r"(?:\s+(?:willing|ready|prepared))?(?:\s+to)?)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# A relative clause's opening: of its own between a negation and a claim's words, or after them.
RELATIVE_RE = compiled(r",\s*(?:which|that|who)\s", re.IGNORECASE)


def only_the_whole(negation: re.Match, match: re.Match) -> bool:
    """Whether ``negation`` denies the claim at ``match`` of a whole alone: "has not annexed all
    of them", "has not fully annexed X", "never claimed the whole of X" (not "dropped any claim
    to X", which abandons it)."""
    words = negation.group()
    return not ABANDON_RE.match(words) and bool(
        _NOT_WHOLLY_RE.search(words) or _WHOLE_AFTER_RE.match(match.string, match.end())
    )


_RELATIVE_END_RE = compiled(r"[,;]")


def others_asides(text: str, match: re.Match, lo: int, hi: int) -> list[tuple[int, int]]:
    """The asides and relative clauses after it in the clause ``lo``–``hi`` that state a claim
    of their own, apart from one the claim at ``match`` is in: their names and denials are
    theirs ("Moscow, which does not claim X, annexed Y": X is the aside's; "X is not claimed by
    Moscow, which annexed Y": Y is the relative clause's)."""
    return [
        (a, min(b, hi)) for a, b, after in _with_claim_words(text, cues())
        if lo <= a < hi and (not after or a >= match.end())
        and not (a < match.end() and match.start() < b)
    ]  # fmt: skip


@functools.lru_cache(maxsize=64)
def _with_claim_words(text: str, cue: re.Pattern) -> tuple[tuple[int, int, bool], ...]:
    """A sentence's asides, and its relative clauses to the next comma (``after``: one that only
    a claim before it may have), that have a claim's words in them: found once per sentence."""
    spans = [(a, b, False) for a, b in insertions(text)]
    for relative in RELATIVE_RE.finditer(text):
        end = _RELATIVE_END_RE.search(text, relative.end())
        spans.append((relative.start(), end.start() if end else len(text), True))
    return tuple((a, b, after) for a, b, after in spans if scan.search(cue, text, a, b))
