"""A figure that answers the question just before it: "How much of Donetsk does Russia control?
About 75%." is 75% of Donetsk, held by the side the question's verb gives it to (the question
heads its answer as "Russia controls:" heads a list)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.extract.share_of import NO_REGION
from geomap.extract.text import Mention
from geomap.patterns import compiled

if TYPE_CHECKING:
    from geomap.extract.shares import Share
    from geomap.regions import Region

# "How much of X does Russia control?", "What share of X is occupied?", "Q: How much territory
# does Russia hold in X?", "Factbox: How much of X does Russia hold?" (a label before it)
QUESTION_RE = compiled(
    r"(?:Q\s*[:.]\s*|[^\W\d_][\w'’ ]{0,30}:\s*)?(?:how\s+much|what\s+(?:share|percentage"
    r"|proportion|part|portion|fraction|per\s*cent(?:age)?))\b[^?]*\?\s*$",
    re.IGNORECASE,
)


# "Which states does the RSF control?", "Q: Which regions do Russian forces hold?": a question
# that heads its answer as "The RSF controls:" heads a list (its verb, its actor)
HELD_QUESTION_RE = compiled(
    r"(?:Q\s*[:.]\s*)?which\s+(?:[\w'’-]+\s+)?(?:states|regions|provinces|oblasts)\s+(?:does|do"
    r"|did)\s+[^?]{1,60}?\s(?:control|hold|occupy|run)\s*\?\s*$",
    re.IGNORECASE,
)
# ... and an answer that says no or gives parts: "None.", "Not Gezira.", "Most of Darfur"
NOT_WHOLE_ANSWER_RE = compiled(
    r"\W*(?:none|no\b|not\b|neither|most|much|parts?|some|half|large\s+parts)", re.IGNORECASE
)


def asked(mentions: list[Mention]) -> tuple[Region, ...]:
    """The one region a question names, or none (two, or a group: which one is not said)."""
    if len({m.codes for m in mentions}) != 1 or len(mentions[0].regions) != 1:
        return ()
    return mentions[0].regions


def answer(share: Share, regions: tuple[Region, ...]) -> None:
    """A figure of no region after a question about ``regions``: of that region."""
    if regions and share.numeric and not share.regions and share.reason == NO_REGION:
        share.regions, share.reason = regions, ""
        share.note = "read as the answer to the question before it"
