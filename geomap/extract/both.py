"""A verb whose subject is both sides at once: "Both Russia and Ukraine claim to hold ...",
"Ukraine and Russia each control ...", "(Either) the army or the RSF controls X": neither's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from geomap.patterns import compiled

_BOTH_RE = compiled(r"\bboth\s+(?:the\s+)?$", re.IGNORECASE)
_BOTH_WORD_RE = compiled(r"\bboth\b", re.IGNORECASE)
_AND_RE = compiled(r"\s(?:and|&)\s", re.IGNORECASE)
# Two names joined by "and" (or "or"), a verb after the second.
_NAME_AND_RE = compiled(r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:and|&|or)\s+(?:the\s+)?")
_FINITE_RE = compiled(
    r"\b(?:holds?|held|controls?|controlled|occup(?:ies|ied)|took|takes|seized|captured|retook"
    r"|regained|rules?|ruled|runs|is|are|was|were|has|have|had)\b",
    re.IGNORECASE,
)
_NAME_VERB_RE = compiled(
    r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:(?:each|both|jointly|together|now|still|currently)\s+)*"
)
# A passive's agent: "X is held by Ukraine and Russia controls Y" joins no subjects; nor does the
# side whose control a unit is under: "X is under the control of the army and the RSF holds Y".
_BY_BEFORE_RE = compiled(r"\b(?:by|(?:control|hands|grip)\s+of|to)\s+(?:the\s+)?$", re.IGNORECASE)
# A verb in the singular: "the army and the RSF holds" has no subject of two
_SINGULAR_RE = compiled(r"(?:holds|controls|occupies|rules|runs|is|has|was)\b", re.IGNORECASE)


def _joint(text: str, first: tuple[int, str], second: tuple[int, str], pos: int) -> bool:
    """Whether the two sides named at ``first`` and ``second`` are joined by "and" (or "or") as
    the subject of the verb at ``pos``: "Ukraine and Russia each control ..."."""
    (at, side), (partner_at, partner) = first, second
    return (
        side != partner
        and _NAME_AND_RE.fullmatch(text, at, partner_at) is not None
        # not "The RSF controls A and the army took B": a clause of each
        and _FINITE_RE.search(text, at, partner_at) is None
        # nor "X is held by Ukraine and Russia controls Y": the first a passive's agent
        and _BY_BEFORE_RE.search(text, max(0, at - 12), at) is None
        and _NAME_VERB_RE.fullmatch(text, partner_at, pos) is not None
        and not (_AND_RE.search(text, at, partner_at) and _SINGULAR_RE.match(text, pos))
    )


def both_subject(named: Sequence[tuple[int, str]], pos: int, text: str, since: int = 0) -> bool:
    """Whether the verb at ``pos`` has both sides for its subject: "Both Russia and Ukraine
    claim to hold ..." (neither's). ``named``: where each side is named in ``text``."""
    before = [(at, side) for at, side in named if since <= at < pos]
    if len(before) >= 2 and _joint(text, before[-2], before[-1], pos):
        return True  # "Ukraine and Russia (each) control ...": the two sides joined
    if not _BOTH_WORD_RE.search(text, since, pos):
        return False
    if len(before) < 2:
        return False
    # the pair the last names before the verb: "Both A and B claim", not "... that A holds"
    (at, side), (partner_at, partner) = before[-2:]
    return (
        partner != side
        and _BOTH_RE.search(text, max(0, at - 12), at) is not None
        and _AND_RE.search(text, at, partner_at) is not None
    )
