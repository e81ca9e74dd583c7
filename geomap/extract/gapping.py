"""A clause that leaves out the verb of the clause before it: "Russia holds 70% of X and Ukraine
25% of Y" (Ukraine holds 25% of Y). Only a verb of holding is carried over, and only to a clause
that is nothing but a side and its figure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geomap.extract.shares import Share

# Between a figure and the next clause's side: "70% of X and Ukraine", "30% of X, Russia".
_GAP_RE = re.compile(
    r"[^;.:()]{0,60}?(?:,\s*(?:and\s+|while\s+|whereas\s+)?|\s(?:and|while|whereas)\s+)"
)
# ... and between the side and its figure: "Ukraine 25%", "Ukrainian forces about 25%".
_SIDE_FIGURE_RE = re.compile(
    r"[\w'’-]*(?:\s+(?:forces|troops|army))?\s+(?:(?:about|around|roughly|some|nearly|almost|over"
    r"|more\s+than|less\s+than|just)\s+)?$"
)
# The verbs a gapped clause takes over: of holding, not of taking or losing.
_HOLDING_RE = re.compile(
    r"(?:holds?|held|controls?|controlled|occupies|occupied|occupy|retains?|keeps?|kept|owns?)",
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
