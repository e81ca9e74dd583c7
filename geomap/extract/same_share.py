"""A share given as the figure before it again: "about 75% of A and roughly the same share of B",
"70% of A and a similar proportion of B" (of B, the figure of A, hedged "about" unless the same
figure is said: "exactly the same share")."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from geomap.patterns import compiled

if TYPE_CHECKING:
    from geomap.extract.shares import Share
    from geomap.extract.text import Sentence

_SAME_RE = compiled(
    r"\b(?:(?P<hedge>about|roughly|around|approximately|much|nearly|almost|broadly)\s+)?"
    r"(?:(?P<same>the\s+same)|a\s+(?:similar|comparable))\s+"
    r"(?:share|proportion|percentage|portion|fraction|amount|part)(?=\s+of\b)",
    re.IGNORECASE,
)
_WORDS = ("same", "similar", "comparable")


def with_the_same(sentence: Sentence, shares: list[Share]) -> list[Share]:
    """``shares`` with a share for each "the same share of" after one of them that is a
    figure ("all of A and the same share of B" is no figure: a whole is said as such)."""
    lower = sentence.text.lower()
    if not shares or not any(word in lower for word in _WORDS):
        return shares
    found = []
    for m in _SAME_RE.finditer(sentence.text):
        at = sentence.start + m.start()
        before = [s for s in shares if s.end <= at]
        if not before:
            continue
        last = before[-1]
        if last.value is None or last.reason or not last.numeric or last.totality or last.all_but:
            continue
        exact = m.group("same") and not m.group("hedge")
        found.append(
            dataclasses.replace(
                last,
                start=at,
                end=sentence.start + m.end(),
                hedge=last.hedge if exact else "about",
            )
        )
    return sorted(shares + found, key=lambda s: s.start) if found else shares
