"""Claims of regions named before rather than by name: "these areas", "all four", "their
accession", "the peninsula", "annexed it", "claims both": which regions they stand for (those
of the last sentence's claims, else those it names, else the profile's earlier annexation), and
none where the words do not say which ("the whole region" after two)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.extract.claim_words import CLAIMING_VERBS, TAKING_IN_WORDS, THEM_OR_BOTH
from geomap.extract.sides import sides
from geomap.extract.text import NUMBER_WORDS, SET_APART_RE, Mention
from geomap.patterns import compiled
from geomap.profile import gazetteer
from geomap.regions import Region

if TYPE_CHECKING:
    from geomap.extract.claims import Claim

_ANAPHORA_RE = compiled(
    r"^(?:they|these|both|the\s+two|those|the\s+(?:four|three|two)\s+\w+|these\s+\w+|it)\b",
    re.IGNORECASE,
)
# A pronoun that claims: "It claims ...", "They have annexed ...".
_CLAIMANT_RE = compiled(
    r"\s+(?:(?:has|have|had|also|now|still|then|later|subsequently|formally|illegally|officially"
    # "It then announced (completed, formalised, signed) their annexation": its subject
    rf"|unilaterally)\s+)*(?:{CLAIMING_VERBS}|declare|signed|signs)",
    re.IGNORECASE,
)
# Words that refer to regions named before: "these areas", "all four", "their accession".
UNITS_NAMED = r"(?:areas|regions|territories|provinces|oblasts)"  # "all four areas"
_REFERENCE = (  # with the profile's words: sides().pattern
    # ... "these four oblasts", "all these regions", "these four"
    rf"\b(?:all\s+(?:of\s+)?)?(?:these|those|both|the\s+said)\s+(?:(?:two|three|four|five)\s+)?"
    rf"(?:{UNITS_NAMED}|lands)\b|\b(?:these|those|the\s+said)\s+(?:two|three|four|five)\b"
    r"|\bthe\s+(?:(?:whole|entire)\s+)?(?:region|oblast|province|territory)\b(?!\s+of\b)"
    # "signed laws incorporating the regions into Russia"
    rf"|\bthe\s+(?:new\s+)?{UNITS_NAMED}\b(?!\s+(?:of|where|that|which)\b)"
    r"|\b(?:all|the)\s+(?:two|three|four|five)\b(?!\s+(?:years|months|days|weeks))"
    # "the latter four oblasts": the last ones named
    r"|\bthe\s+latter\s+(?:two|three|four|five)\b"
    # "their (formal) accession"
    rf"|\b(?:their|its)\s+{TAKING_IN_WORDS}"
    r"(?:accession|annexation|incorporation|inclusion)\b(?!\s+of\b)"  # not "its annexation of X"
    r"|\bannex(?:ed|es|ing)?\s+(?:all\s+of\s+)?(?:it|them|both)\b|\b(?:them|both)\s+annexed\b"
    r"|\bthe\s+peninsula\b"
    # "Votes were held in A and B. The UN condemned the attempted annexation."
    r"|\bthe\s+(?:attempted|illegal|illegitimate|sham|so-called|unlawful|purported)\s+annexation"
    r"\b(?!\s+of\b)"
    r"|\bthe\s+(?:annexed|occupied)\s+(?:territories|regions|areas)\b"
    # "Moscow claims both.", "considers them Russian", "absorbing them into Russia", "declared
    # them part of Russia"
    rf"|\b(?:claim|consider|regard|absorb|incorporat|declar|proclaim|deem|enshrin|recogni[sz])\w*\s+"
    rf"{THEM_OR_BOTH}"
    # "has made no formal claim to them", "a claim on both"
    rf"|\bclaims?\s+(?:to|on|over)\s+{THEM_OR_BOTH}"
    # "Russia says they belong to it", "... insists they are now part of Russia"
    r"|\b(?:they|both|the\s+two)\s+(?:(?:now|all|both|each)\s+)?(?:belong\s+to|are\s+(?:now\s+)?"
    r"(?:part\s+of|«CA»|its\s+own))"
    # "has written both into its constitution"
    rf"|\b(?:written|wrote|writes|writing|included|added)\s+{THEM_OR_BOTH}(?=\s+in)"
    rf"|\b(?:made|makes?|making)\s+{THEM_OR_BOTH}"
    # "claims the entirety of both", "the whole of them"
    r"|\bthe\s+(?:entirety|whole)\s+of\s+(?:both|them)\b"
    # "Although its troops hold 70% of X, Moscow claims all of it": the one named before
    r"|\b(?:claim|consider|regard)\w*\s+(?:all|the\s+whole|the\s+entirety)\s+of\s+it\b"
    # "has not claimed either region", "claims neither (of them)"
    r"|\b(?:either|neither)\s+(?:of\s+(?:them|these|those|the\s+two)|region|oblast|province|one)\b"
    r"|\bclaim\w*\s+neither\b"
    # "Kyiv insists Crimea is Ukrainian; Moscow insists it is Russian"
    r"|\b(?:says?|said|insists?|insisted|maintains?|maintained)\s+(?:that\s+)?it(?=\s+is\s)"
    # "Moscow declared it annexed in 2022", "proclaimed it part of Russia"
    r"|\b(?:declar|proclaim|deem|consider|regard|made)\w*\s+it(?=\s+(?:annexed|part\s+of|«CA»"
    r"|(?:as|to\s+be)\s+(?:its|«CA»|part|an?\s+integral))\b)"
)
# How many regions a reference counts: "both regions", "the four regions", "all 4".
_COUNTS = {
    "both": 2,
    "either": 2,
    "neither": 2,
    **NUMBER_WORDS,
    **{str(n): n for n in NUMBER_WORDS.values()},
}


def refer(claim: Claim, clause: str, previous, stated, previous_text: str, earlier=tuple) -> None:
    """A claim of regions named before ("these areas", "all four", "their accession", "the
    peninsula", "annexed it"): those of the last sentence's claims, else those it names, else
    the profile's earlier annexation's group where the last sentence speaks of it; a count
    ("all four") those of the last of these, or of the ``earlier`` sentences' mentions, that
    it counts. ``previous``: the mentions of the sentence before, or a function that finds
    them."""
    two = sides()
    # "They are among the four regions ...": the pronoun; "It claims all four regions as its
    # own": the words that name the regions (the pronoun is the claimant)
    reference = _ANAPHORA_RE.match(clause.strip())
    if reference is None or _CLAIMANT_RE.match(clause.strip(), reference.end()):
        reference = sides().pattern(_REFERENCE).search(clause) or reference
    if not reference or SET_APART_RE.search(clause, reference.start(), reference.end() + 24):
        return
    if callable(previous):  # found only when asked for: "the region" before this sentence
        previous = previous()
    if _NOUN_OF_TAKING_RE.match(reference.group()) and not (
        stated or _VOTES_RE.search(previous_text)
    ):
        previous = ()  # "Ukraine retook much of X. The UN condemned the illegal annexation."
    if stated:
        claim.regions = regions_of(stated)
    elif previous:
        claim.regions = regions_of(previous)
    elif two.inferred_words.search(previous_text) or two.inferred_words.search(clause):
        claim.regions = gazetteer().expand(two.inferred_group)
        claim.annexed_2014 = two.inferred_year is not None and str(two.inferred_year) in (
            previous_text + clause
        )
        claim.note = two.inferred_note if claim.annexed_2014 else ""
    counted = _COUNTS.get(
        next((w for w in reference.group().casefold().split() if w in _COUNTS), "")
    )
    if counted and "latter" in reference.group().casefold() and not stated and previous:
        # "A, B, C and D. Russia claims the latter three": the last three names, each one
        claim.regions = regions_of(previous[-counted:]) if len(previous) > counted else ()
    elif counted and len(claim.regions) != counted:
        # "the four regions" after a sentence that names one, or seven: not the regions it means;
        # but the count may leave out the earlier annexation ("all four regions, as well as
        # Crimea"), or be met by a sentence further back
        claim.regions, claim.annexed_2014, claim.note = (
            _counted(counted, [claim.regions, *(regions_of(m) for m in earlier())]),
            False,
            "",
        )
    group = gazetteer().expand(two.inferred_group) if two.inferred_group else ()
    if _ONE_RE.search(reference.group()) and len(claim.regions) > 1 and not counted:
        # "the whole region", "annexed it" after two regions: which one is not said (the
        # peninsula's city and its region are one reference)
        claim.regions = claim.regions if set(claim.regions) <= set(group) else ()
    if claim.regions:
        names = ", ".join(r.name for r in claim.regions)
        claim.note = claim.note or f"'{reference.group().strip()}' read as {names}"


# "the attempted annexation" stands for the regions of a claim or of the votes just before
_NOUN_OF_TAKING_RE = compiled(r"the\s+\S+\s+annexation", re.IGNORECASE)
_VOTES_RE = compiled(r"\b(?:referend\w*|votes?|voting|ballots?|plebiscites?)\b", re.IGNORECASE)
_ONE_RE = compiled(r"\b(?:region|oblast|province|territory|it)$", re.IGNORECASE)


# How far back one sentence that names as many regions as a count counts stands for them alone
# (the last three); further back, only the names of every sentence since, together, do.
_ONE_SENTENCE_BACK = 3


def _counted(count: int, lists) -> tuple[Region, ...]:
    """The first of ``lists`` of regions with ``count`` of them, the profile's earlier annexation
    left out where that makes the count; else none."""
    group = set(gazetteer().expand(sides().inferred_group)) if sides().inferred_group else set()
    lists = list(lists)
    recent = lists[:_ONE_SENTENCE_BACK]
    for regions in recent:
        if len(those := tuple(r for r in regions if r not in group)) == count:
            return those
    # "Russia holds 70% of Donetsk and all of Luhansk. It holds 75% of Zaporizhzhia and Kherson.
    # It claims all four regions": the names of the last sentences together, where they make it
    # (before one sentence's with the earlier annexation's units counted in: "all of Crimea,
    # all of Luhansk and 81% of Donetsk", then "75% of Zaporizhzhia and Kherson", are not four)
    named: dict[Region, None] = {}
    for regions in recent:
        named.update(dict.fromkeys(regions))
        those = tuple(r for r in named if r not in group)
        if len(those) == count:
            return those
        if len(those) > count:
            break
    # "Russia holds Crimea, Sevastopol, Luhansk and Donetsk. It claims all four."
    if counted_in := next((regions for regions in recent if len(regions) == count), None):
        return counted_in
    if len([r for r in named if r not in group]) > count:
        return ()  # more named since than it counts: which is not said
    # further back (an article's sections, a region each, then "the annexation of all four
    # regions"): every name since, where they are just as many
    for regions in lists[_ONE_SENTENCE_BACK:]:
        named.update(dict.fromkeys(regions))
    those = tuple(r for r in named if r not in group)
    return those if len(those) == count else ()


def refer_ahead(claim: Claim, clause: str, mentions: list[Mention]) -> None:
    """ "Moscow claims all four regions as its own, though ...: A, B, C and D": a reference
    that counts the regions the sentence names after it, with nothing named before."""
    reference = sides().pattern(_REFERENCE).search(clause)
    said = reference.group().strip() if reference else ""
    counted = _COUNTS.get(next((w for w in said.casefold().split() if w in _COUNTS), ""))
    later = regions_of([m for m in mentions if m.start >= claim.end])
    if counted and len(later) == counted:
        claim.regions = later
        claim.note = f"'{said}' read as {', '.join(r.name for r in later)}"


def listed_after(several: re.Match, in_clause: list[Mention], s0: int) -> bool:
    """Whether a count of regions ("the four regions it annexed") is met by the regions its
    clause names after it ("... - A, B, C and D - are now part of Russia"): those it counts."""
    count = NUMBER_WORDS.get(next((w for w in several.group().casefold().split()
                                   if w in NUMBER_WORDS), ""), 0)  # fmt: skip
    return (
        bool(count)
        and len(regions_of([m for m in in_clause if m.start - s0 >= several.end()])) == count
    )


def regions_of(mentions: list[Mention] | list[Claim]) -> tuple[Region, ...]:
    """The regions of mentions, or of claims, each once, in order."""
    found: list[Region] = []
    for m in mentions:
        found.extend(r for r in m.regions if r not in found)
    return tuple(found)
