"""Why a cession ("cede", "hand over", "give up", "surrender", "relinquish") states no claim of
the controlling side's: a cession hypothetical or refused, asked of that side itself or demanded
by the defending one, control lost ("ceded control of X to Russia in 2022"), or a part of a
region ceded rather than the whole; a demanded cession of the whole is a claim."""

from __future__ import annotations

import re

from geomap.extract.asides import in_aside
from geomap.extract.named import PLACE_ADJECTIVE_RE, named_sides
from geomap.extract.sides import sides
from geomap.patterns import compiled

HYPOTHETICAL_RE = compiled(r"\b(?:would|could|might|if|unless|whether)\b", re.IGNORECASE)
# The words of a cession: "cede", "hand over", "give up", "surrender", "relinquish"
CESSIONS = ("ced", "hand", "give", "giv", "gave", "surrender", "relinquish")
# "the parts of X (that) Kyiv still controls", "the remaining parts of X": the rest of it
_REST_RE = compiled(
    r"\s*(?:the\s+)?remaining\b|[^.;:]{0,80}?\b(?:still|yet)\s+(?:controls?|holds?|held"
    r"|controlled|occupies)\b",
    re.IGNORECASE,
)
_CEDED_RE = compiled(r"(?:ceded|handed\s+over|gave\s+up|given\s+up|surrendered|relinquished)$")
_REFUSAL_RE = compiled(r"\b(?:not|never|refus\w*|reject\w*|won['’]t)\b", re.IGNORECASE)
_PART_RE = compiled(
    r"^\s*(?:\w+\s+){0,3}?(?:parts?|swaths?|some|pockets?|areas?|portions?|much)\s+of\b",
    re.IGNORECASE,
)
_WHOLE_RE = compiled(r"\b(?:entirety|entire|whole|all)\b", re.IGNORECASE)
_DEMAND_RE = compiled(
    r"\b(?:wants?|demand\w*|insist\w*|call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)


def not_a_cession(match: re.Match, cue: str, before: str, clause_lo: int) -> str:
    """Why a cession at ``match`` (its words ``cue``, in lower case; ``before``, its clause's
    words before it) is no claim, or ""."""
    text = match.string
    after = text[match.end() : match.end() + 60]
    if HYPOTHETICAL_RE.search(before):
        return "a hypothetical cession, not a claim"
    if _REFUSAL_RE.search(before):
        return "a refusal to cede, not a claim"
    if why := _whose_cession(match, clause_lo):
        return why
    if re.match(r"\s+control\b", after) and not _DEMAND_RE.search(before):
        return "control lost, not a claim"  # "ceded control of X to Russia in 2022"
    if _CEDED_RE.match(cue) and not _DEMAND_RE.search(before):
        return "a cession made: control lost, not a claim"  # "Kyiv has ceded all of X"
    if (_PART_RE.search(after[:40]) and not _REST_RE.match(text, match.end())) or not (
        _WHOLE_RE.search(after) or _DEMAND_RE.search(before)
    ):
        return "ceding part of a region, not a claim to all of it"
    return ""


def _whose_cession(match: re.Match, clause_lo: int) -> str:
    """Why a demanded cession is no claim of the controlling side's: the side to cede is that
    side ("Kyiv wants Russia to give up Crimea", "calls for the withdrawal of Russian troops
    from X"), or, none named, the defending side demands it; else ""."""
    text, two = match.string, sides()
    demands = list(_DEMAND_RE.finditer(text, clause_lo, match.start()))
    if not demands:
        return ""
    named = [
        (at, side) for at, side in named_sides(text, two)
        if clause_lo <= at < match.end() and not PLACE_ADJECTIVE_RE.match(text, at)
        and not in_aside(text, at, match.end())
    ]  # fmt: skip
    to_cede = [side for at, side in named if at >= demands[-1].end()]
    if to_cede and to_cede[-1] == two.controller:
        return f"a cession asked of {two.controller}, not its claim"
    if to_cede:
        return ""  # "Moscow wants Kyiv to hand over X": its claim
    demanding = [side for at, side in named if at < demands[-1].start()]
    if demanding and demanding[-1] == two.defender:
        return f"a cession {two.defender} demands, not a claim"
    return ""


# The word of a demand of the whole of land: "demands all of X"
DEMANDS = ("demand",)
_NOT_DEMANDED_RE = compiled(
    r"\b(?:not|never|no\s+longer|n['’]t|may|might|could|would|will|shall)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def not_a_demand(match: re.Match, before: str, claimant: str) -> str:
    """Why "it demands all of X" at ``match`` (``before``: its clause's words before it;
    ``claimant``: the side named last before it) states no claim, or ""."""
    if _NOT_DEMANDED_RE.search(before):
        return "a demand negated or only possible, not a claim"
    controller = sides().controller
    if claimant != controller:
        return f"not {controller}'s demand, not its claim"
    return ""
