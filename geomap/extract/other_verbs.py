"""Verbs that take a figure from the verb of holding before it: a verb of claiming whose object
it is ("... and claims the whole region", "all of which it claims"), or a verb of another clause
joined after that verb ("Russia holds 75% of X and shells all of Y") or after the figure ("...;
the whole Y region was without power")."""

from __future__ import annotations

import re

from geomap.extract.asides import in_aside, insertions
from geomap.extract.holder_words import Cue
from geomap.patterns import compiled

# A verb of claiming between a verb of holding and a figure, whose object the figure is.
_CLAIMING_RE = compiled(
    r"\b(?:claims?|claimed|claiming|annex(?:es|ed|ing)?|considers?|considered|regards?"
    r"|regarded)\b"
    # ... with an object: not one that ends a relative clause before the main clause's verb
    # ("Russia's share of the four regions it claims ranges from 73% ...")
    r"(?!\s+(?:now\s+)?(?:ranges?|ranged|varies|varied|is|are|was|were|stands?|stood|amounts?"
    r"|amounted|totals?|totalled|totaled)\b)",
    re.IGNORECASE,
)
# A relative clause on a share whose verb claims it: "all of which it claims", "70% of which
# Moscow annexed".
_FRONTED_CLAIM_RE = compiled(
    r"\s*(?:of\s+)?(?:which|that)\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?P<verb>claims?|claimed|annex(?:ed|es)|considers?|regards?)\b",
    re.IGNORECASE,
)


# A verb joined to the clause before a figure, with no word of holding: "Russia holds 75% of X
# and shells all of Y", "..., and air raid sirens sounded across all of Y" (not "... and parts
# of Y", "..., including", "compared with").
_JOINED_VERB_RE = compiled(
    r"(?:\band|\bbut|,)\s+(?:[a-z]+\s+){0,3}?(?:(?:has|have|had|also|now|then|still)\s+)*"
    r"(?P<verb>(?!(?:parts|pockets|areas|villages|towns|swathes|stretches|regions|provinces"
    r"|oblasts|states|including|includes|included|compared|compares|respectively|as)\b"
    # nor a verb of holding, whose figure this is
    r"|(?:control|hold|held|occup|captur|seiz|take|retak|retook|keep|kept|retain|own|govern"
    r"|administer|defend|liberat|regain|recaptur|possess|maintain|dominat|grab|gain|conquer"
    r"|lost|lose|ced))"
    r"[a-z]{3,}(?:s|ed))\s+(?:(?:across|throughout|over|through)\s+)?(?:all|the|most|much|half"
    r"|nearly|almost|about|around|some|\d)",
)


def another_verb(previous, share) -> bool:
    """Whether ``share`` has a verb of its own, joined after the figure before ("Russia holds 75%
    of X and shells all of Y") or after it ("...; the whole Y region was without power"): then
    it is no item of the list the figure before opens."""
    s0 = share.sentence.start
    lo, hi = max(previous.end, previous.target_end) - s0, share.start - s0
    text = share.sentence.text
    after = max(share.end, share.target_end) - s0
    return verb_between(text, lo, hi) or VERB_AFTER_RE.match(text, after) is not None


# A finite verb right after a figure's place: the figure is that verb's subject.
VERB_AFTER_RE = compiled(
    r"\s*(?:is|was|are|were|has|have|had|remains?|remained|saw|sees|faces?|faced)\b", re.IGNORECASE
)


def verb_between(text: str, lo: int, hi: int) -> bool:
    """Whether a verb of another clause, joined before it, stands in ``text[lo:hi]`` just before
    what ends there."""
    found = _JOINED_VERB_RE.finditer(text, max(lo, hi - 80), min(len(text), hi + 20))
    return any(lo <= m.start("verb") < hi for m in found)


def claiming_verb(share, cue: Cue | None, lo: int) -> str:
    """A verb of claiming between the verb of holding before a share (or its window's start,
    ``lo``, where it has none) and the share, not in an aside: the verb whose object the share
    is ("... and claims 100% of Y"); else ""."""
    text, rel = share.sentence.text, share.start - share.sentence.start
    fronted = _FRONTED_CLAIM_RE.match(text, share.end - share.sentence.start)
    if fronted:  # "most of X, all of which it claims": the relative clause's verb
        return fronted.group("verb")
    since = lo if cue is None else cue.end
    if since > rel:
        # "Russia, which claims the entire Kherson region, holds the left bank": the object of
        # the verb of claiming in the relative clause the share is in, the verb of holding after
        # it outside that clause
        aside = next(((a, b) for a, b in insertions(text) if a <= rel < b), None)
        if aside and cue is not None and cue.start >= aside[1]:
            claiming = next(_CLAIMING_RE.finditer(text, aside[0], rel), None)
            return claiming.group() if claiming else ""
        return ""
    return next(
        (
            m.group()
            for m in _CLAIMING_RE.finditer(text, since, rel)
            if not in_aside(text, m.start())
        ),
        "",
    )
