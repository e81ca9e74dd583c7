"""A vote, not a claim: a referendum's result ("87% of voters opted for annexation"), a region's
own parliament voting to join ("Crimea's parliament voted to join Russia"); but the controlling
side's lawmakers voting to take regions in ("Russia's parliament voted to ratify treaties
making A and B part of Russia"), and "after the vote the region became part of Russia", are
claims."""

from __future__ import annotations

import re

from geomap.extract import scan
from geomap.extract.sides import sides
from geomap.patterns import compiled

# A referendum's result ("87% of voters opted for annexation") is not a claim; "after the vote
# the region became part of Russia" is.
_VOTE_RE = compiled(
    # (not "voted in the regional elections": an election, no referendum)
    r"\b(?:voters?|vot(?:ed|ing)(?!\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}elections?\b)|ballots?"
    r"|electors?"
    r"|electorate|in\s+favou?r|opted"
    r"|(?:annexation|accession)\s+votes?|votes?\s+(?:on|to|for)\s+(?:annex|join|accession|becom)\w*"
    r"|(?:backed|supported|favou?red|endorsed)\s+(?:the\s+move|joining|annexation|accession))\b"
    r"|\breferend\w*[\"”'’]?\s+on\b"  # ... a "referendum" on joining
    # ... "staged referendums across A and B to join Russia"
    r"|\breferend\w*[\"”'’]?\s+(?:in|across)\s+[^.;]{0,80}?\bto\s+(?:join|become)\b"
    r"|(?:%|\bpercent|\bper\s+cent)\s+of\s+(?:the\s+)?votes?\b",
    re.IGNORECASE,
)
_AFTER_THE_VOTE_RE = compiled(
    r"\b(?:after|following|despite|since)\s+(?:\w+\s+){0,3}$", re.IGNORECASE
)
# a predicate after the vote's: "... and then annexed them"
_THEN_RE = compiled(r"\band\s+(?:then|later|subsequently|afterwards|soon\s+after)\b", re.IGNORECASE)
_LAWMAKERS_RE = compiled(
    r"\b(?:parliament|duma|lawmakers|legislators|legislature|senators|deputies|federation\s+council"
    r"|upper\s+house|lower\s+house)\b",
    re.IGNORECASE,
)
# Whose lawmakers they are: "Russia's parliament", "the Russian Duma", "Crimea's parliament",
# "the regional legislature"
_OWNER_RE = compiled(r"\b(?P<who>[A-Z][\w-]*?|regional|local)(?:['’]s)?\s+$")


def a_vote(text: str, lo: int, hi: int, claim: int) -> bool:
    """Whether the clause ``text[lo:hi]`` of the claim phrase at ``claim`` is a vote's, not a
    claim: "Russia annexed X after a vote to join Russia" and "staged referendums in A to join
    Russia and then annexed it" are claims."""
    vote = scan.search(_VOTE_RE, text, lo, hi)
    return bool(
        vote
        and not _claimants_lawmakers(text, lo, hi)
        and not _AFTER_THE_VOTE_RE.search(text, lo, vote.start())
        and not _THEN_RE.search(text, vote.end(), claim)
    )


def _claimants_lawmakers(text: str, lo: int, hi: int) -> bool:
    """Whether lawmakers in ``text[lo:hi]`` are the controlling side's, or no one's said ("The
    Duma voted to absorb X"); not a unit's own ("Crimea's parliament voted to join Russia": a
    vote, no claim)."""
    own = sides().pattern(r"(?:«C»|«CA»)")
    for m in _LAWMAKERS_RE.finditer(text, lo, hi):
        owner = _OWNER_RE.search(text, max(0, m.start() - 30), m.start())
        who = owner["who"] if owner and owner["who"].lower() != "the" else ""
        if not who or own.fullmatch(who):
            return True
    return False
