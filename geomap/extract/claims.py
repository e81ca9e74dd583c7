"""Claims in one sentence: which regions Russia claims as its own, and which it does not.

A claim is a statement that Russia claims a whole region: "annexed", "claims to have annexed",
"became part of Russia", "joined the Russian Federation", "Russia's claim over the entirety of
Donetsk", "cede ... the entirety of", "irrevocably lost". Not claims: referendum votes
("87% of voters opted for annexation"), plans and hypotheticals ("preparing to annex", "Kyiv
would have to cede"), "claimed that ..." (a claim about something else). "Annexed in 2014"
concerns Crimea and Sevastopol only, which Russia has held since: a share of 100%, inferred.
"Not one of the regions Moscow has claimed" says claimed = false. Why a phrase that reads as a
claim states none: :mod:`not_claims`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from geomap.extract import denials, scan
from geomap.extract.actors import BEEN_RE
from geomap.extract.antecedents import LISTED_RE
from geomap.extract.asides import in_aside, insertions
from geomap.extract.claim_clauses import claim_clause
from geomap.extract.claim_counts import named_after_a_count, named_in_an_answer
from geomap.extract.claim_refs import UNITS_NAMED, listed_after, refer, refer_ahead, regions_of
from geomap.extract.claim_words import CUE
from geomap.extract.claim_words import cues as claim_cues
from geomap.extract.claimants import the_controllers
from geomap.extract.each import aside_on_names
from geomap.extract.its_year import YEAR_RE, annexed_in_its_year
from geomap.extract.not_claims import a_city, not_a_claim
from geomap.extract.sides import sides
from geomap.extract.text import Mention, Sentence
from geomap.patterns import compiled
from geomap.profile import gazetteer
from geomap.regions import Region

_ANNEX_RE = compiled(r"\bannex\w*", re.IGNORECASE)
# An aside that lists more of what is claimed: ", including X,", " (and X)", ", like X,".
_LISTING_ASIDE_RE = compiled(
    r"[,(—–-]?\s*(?:including|like|such\s+as|as\s+well\s+as|along\s+with|together\s+with|and"
    r"|alongside|in\s+addition\s+to"
    r"|as\s+in|plus|also|besides|namely|i\.e\.|that\s+is)\b",
    re.IGNORECASE,
)
_LIST_AFTER_MARK_RE = compiled(r"\s*[—–(-]\s*(?:the\s+)?[A-Z]")  # "four regions — Donetsk, ..."
# "Russia formally absorbed (incorporated) Crimea in 2014": taken in as annexed is.
_ABSORBED_RE = compiled(r"\b(?:absorb|incorporat)")
# "..., and, eight years later, four more regions", "... and later four more regions: A, B"
_YEARS_LATER_RE = compiled(
    r"\byears\s+later\b|\b(?:later|then|subsequently)\s+(?=(?:the|four|three|two|five|more)\b)",
    re.IGNORECASE,
)
# A year set off by commas: "annexed Crimea in 2014 and, in 2022, A and B" (no aside of its own).
_TIME_ASIDE_RE = compiled(
    r"(?:,|\()\s*(?:in|since|by)\s+(?:early\s+|late\s+)?\d{4}\s*[,)]?", re.IGNORECASE
)  # ", in 2022,", "(in 2014)"
# Several regions named before, beside a region named in the clause itself.
_SEVERAL_BEFORE_RE = compiled(
    # "all four mainland regions", "the four partly occupied regions"
    rf"\b(?:these|those|both|(?:all|the|the\s+said|these|those)\s+(?:two|three|four|five))"
    rf"\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{UNITS_NAMED}\b"
    # "Russia annexed them in 2022 along with Kherson and Zaporizhzhia"
    r"|\bannex(?:ed|es|ing)?\s+(?:it|them|both)\b|\bthem\s+annexed\b",
    re.IGNORECASE,
)
_SO_ARE_RE = compiled(
    r"^(?:so|as)\s+(?:is|are|was|were)\b|^the\s+same\s+(?:is\s+true|goes)\s+for\b"
    r"|^(?:likewise|so\s+too)\b",
    re.IGNORECASE,
)
_NEITHER_RE = compiled(r"^(?:neither|nor)\s+(?:is|are|was|were)\b", re.IGNORECASE)


@dataclass
class Claim:
    """One claim phrase for one or more regions, read."""

    sentence: Sentence
    start: int
    end: int
    regions: tuple[Region, ...]
    claimed: bool | None
    reason: str = ""  # why it is not a claim; "" if it is one
    note: str = ""
    annexed_2014: bool = False  # annexed in the profile's earlier year: held since, 100% inferred

    @property
    def text(self) -> str:
        return self.sentence.text[self.start - self.sentence.start : self.end - self.sentence.start]


def read_claims(
    sentence: Sentence,
    mentions: list[Mention],
    *,
    previous: list[Mention] | Callable[[], list[Mention]],
    previous_claims: list[Claim],
    previous_text: str = "",
    earlier: Callable[[], Sequence[list[Mention]]] = tuple,
    cued: bool = True,
    as_of: dt.date | None = None,
) -> list[Claim]:
    """Every claim phrase in ``sentence`` and the regions it concerns.

    ``previous`` are the regions named in the sentence before, for "They are two of the regions
    that the Kremlin claims"; ``previous_claims`` its claims, for "So are the Kherson and
    Zaporizhzhia regions."; ``cued``: whether the sentence has a word a claim phrase needs
    (:func:`geomap.extract.claim_words.cues`), else only those are looked for; ``as_of``: the
    text's date (a claim of the profile's earlier annexation in its year is that annexation).
    """
    text = sentence.text
    s0 = sentence.start
    stated = [c for c in previous_claims if not c.reason]
    if mentions and stated and (_SO_ARE_RE.match(text) or _NEITHER_RE.match(text)):
        polarity = stated[-1].claimed
        if _NEITHER_RE.match(text):
            polarity = False
        regions = regions_of(mentions)
        return [Claim(sentence, s0, s0 + len(text), regions, polarity,
                      note="the claim of the sentence before, by ellipsis")]  # fmt: skip
    named, note = named_after_a_count(sentence, mentions, previous_text)
    if not named and (named := named_in_an_answer(sentence, mentions, previous_text)):
        note = "named in the answer to the question before it"
    if named:
        return [Claim(sentence, s0, s0 + len(text), named, True, note=note)]
    claims: list[Claim] = []
    for match in scan.finditer(sides().pattern(CUE), text) if cued else ():
        if (match["russian"] or match["russian2"] or match["passive"]) and not _named_subject(
            text, match.start()
        ):
            continue
        if not the_controllers(match, previous_text):
            continue  # a noun ("despite Russian claims"), another side's, or no state's
        start = match.start()
        claims.extend(_read(sentence, match, mentions, previous, stated, previous_text, earlier))
        for inner in _ANNEX_RE.finditer(text, start + 1, match.end()):
            # "Moscow, which annexed Crimea in 2014, claims X": the aside's own annexation
            annexed = sides().pattern(CUE).match(text, inner.start())
            if annexed is not None:
                claims.extend(
                    _read(sentence, annexed, mentions, previous, stated, previous_text, earlier)
                )
    for claim in claims:
        annexed_in_its_year(claim, sides(), as_of)
    return [c for c in claims if c.regions]


# A name just before "is Russian", as its subject: "Crimea", "the Donetsk region"; not "the
# language", nor a place something else is in ("the fighters in the Donetsk region are Russian").
_SUBJECT_NAME_RE = compiled(
    r"(?:^|(?<=[;:,])\s+|(?P<before>\b[\w'’-]+)\s+)[\"“'‘]?(?:[Tt]he\s+(?:(?:regions|provinces|oblasts)\s+of\s+)?)?"
    # ... "the regions of A, B and C are" (not "It is Russia, not Ukraine, that holds ...")
    r"(?!(?:It|This|That|There|What|Which|Who)\b)[A-Z][\w'’-]+"
    r"(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w'’-]+)*\s+"  # "the Luhansk and Donetsk regions are"
    r"(?:(?:[Rr]egions?|[Oo]blasts?|[Pp]rovinces?|[Pp]eninsula|[Rr]epublics?"
    r"|[\"“'‘]?[Pp]eople['’]s\s+[Rr]epublics?[\"”'’]?)\s+)?[\"“'‘]?$"  # '... Kherson "are Russian"'
)


# ... or words that refer to regions named before: "all four are Russian", "they are Russian".
_SUBJECT_REFERENCE_RE = compiled(
    r"(?:(?:^|[,;:]\s+|\b(?:says?|said|insists?|insisted|claims?|claimed|that)\s+)(?:all\s+"
    r"(?:two|three|four|five)|both|these\s+(?:(?:two|three|four|five)\s+)?(?:regions|areas"
    r"|territories|provinces|oblasts))"
    # "..., as they are now Russian regions": not "the fighters there say they are Russian"
    r"|,\s+(?:as|since|because)\s+they"
    # "Kyiv insists Crimea is Ukrainian; Moscow insists it is Russian": the unit named before
    r"|;\s+[^;:,]{1,40}?\b(?:says?|said|insists?|insisted|maintains?|maintained)\s+(?:that\s+)?it)"
    r"\s+(?:are\s+|is\s+)?(?:now\s+)?$",
    re.IGNORECASE,
)


# An aside of saying between the subject and "is Russian": "A and B, Moscow claims, are Russian".
_SAYING_ASIDE_RE = compiled(
    r",\s+[^,;]{1,40}?\s+(?:says|said|claims|claimed|insists|insisted)\s*,\s*$", re.IGNORECASE
)


def _named_subject(text: str, at: int) -> bool:
    if _SUBJECT_REFERENCE_RE.search(text, max(0, at - 60), at):
        return True
    if aside := _SAYING_ASIDE_RE.search(text, max(0, at - 60), at):
        text, at = text[: aside.start()] + " ", aside.start() + 1
    found = _SUBJECT_NAME_RE.search(text, max(0, at - 80), at)
    before = (found.group("before") or "").casefold() if found else ""
    if found is not None and before == "of" and _WHOLE_OF_RE.search(text, 0, found.start("before")):
        return True  # "all of A and B are Russian" (not "the people of A are Russian")
    return found is not None and before not in ("in", "of", "from", "across", "throughout")


# A predicate of claiming joined to one before it: "... and says", "and has laid claim".
_JOINED_PREDICATE_RE = compiled(
    r"\band\s+(?:(?:has|have|had|also|now|then|later|since)\s+){0,2}(?:says?|said|claims?"
    r"|claimed|lays?|laid|regards?|regarded|considers?|considered|declares?|declared|calls?"
    r"|called|annex(?:es|ed)|insists?|insisted|maintains?|maintained|deems?|deemed|counts?"
    r"|counted|describes?|described|proclaims?|proclaimed)\b",
    re.IGNORECASE,
)
_WHOLE_OF_RE = compiled(r"\b(?:all|whole|entirety)\s+$", re.IGNORECASE)


def _not_in_passing(text: str, match: re.Match, in_clause: list[Mention], s0: int) -> list[Mention]:
    """A claim's regions but those an aside without the claim's words names in passing
    ("Moscow, which already controls Crimea, claims X"; "X, which borders Y, was annexed"); an
    aside that lists more of what is claimed keeps its own (", including Y,"), and so does the
    one the claim's words end in ("Russia, which claims A, B and C, ...")."""
    if len(in_clause) < 2:
        return in_clause
    words = claim_cues()
    passing = [  # (an aside with claim words of its own, "which annexed Crimea in 2014", is not)
        (a, b) for a, b in insertions(text)
        if not a < match.end() <= b and not _LISTING_ASIDE_RE.match(text, a)
        and not _LIST_AFTER_MARK_RE.match(text, a) and not scan.search(words, text, a, b)
    ]  # fmt: skip
    kept = [m for m in in_clause if not any(a <= m.start - s0 < b for a, b in passing)]
    return kept or in_clause


def _read(
    sentence: Sentence,
    match: re.Match,
    mentions: list[Mention],
    previous,
    stated,
    previous_text,
    earlier=tuple,
) -> list[Claim]:
    text = sentence.text
    s0 = sentence.start
    cue = match.group().casefold()
    start, end = s0 + match.start(), s0 + match.end()
    if match.group("whichsays"):  # "X, which Moscow says is Russian": X alone, where X is a region
        on = [m for m in mentions if 0 <= match.start() - (m.end - s0) <= 3]
        if on and _PLURAL_RE.search(match.group()):  # "A and B, which it says are Russian"
            on = _listed_before(text, mentions, on[-1], s0)
        return [Claim(sentence, start, end, regions_of(on), True)] if on else []
    clause_lo, clause_hi = claim_clause(text, match, mentions, s0)
    # "Russia shelled A and claimed B", "... bombed A and says B is part of Russia": B alone
    # (where the claim's object follows it: not "were occupied and annexed by Russia")
    joined = list(_JOINED_PREDICATE_RE.finditer(text, clause_lo, match.end()))
    if joined and any(joined[-1].end() <= m.start - s0 < clause_hi for m in mentions):
        clause_lo = max(clause_lo, joined[-1].start())
    if cue.startswith("annex"):
        clause_lo, clause_hi = _annexation(text, match, clause_lo, clause_hi)
    objects_lo = _objects_from(text, match, clause_lo, clause_hi, mentions, s0)
    in_clause = [
        m for m in mentions
        if objects_lo <= m.start - s0 < clause_hi
        and not a_city(text, m.start - s0, m.end - s0, m.regions)
    ]  # fmt: skip
    in_clause = _not_in_passing(text, match, in_clause, s0)
    asides = denials.others_asides(text, match, clause_lo, clause_hi)  # their own claims' names
    in_clause = [m for m in in_clause if not any(a <= m.start - s0 < b for a, b in asides)]
    if len(in_clause) > 1 and not denials.NOT_AMONG_RE.search(text, clause_lo, clause_hi):
        # "Kherson, annexed in 2022, and Zaporizhzhia": Kherson's (not "X is not one of ...")
        on = [m for m in aside_on_names(text, match, clause_hi, mentions, s0) if m in in_clause]
        in_clause = on or in_clause
    claim = Claim(sentence, start, end, regions_of(in_clause), True)
    look_back = partial(
        _refer_back, claim, clause_lo, clause_hi, mentions, previous, stated, previous_text, earlier
    )

    two = sides()
    asides = [  # not a time set off: "annexed Crimea in 2014 and, in 2022, A and B"
        (a, b) for a, b in insertions(text)
        if not a <= start - s0 < b and not _TIME_ASIDE_RE.fullmatch(text, a, b)
    ]  # fmt: skip
    years = [  # not an aside's ("Moscow, which Ukraine has fought since 2022, annexed ...")
        int(m.group()) for m in YEAR_RE.finditer(text, clause_lo, clause_hi)
        if not any(a <= m.start() < b for a, b in asides)
    ]  # fmt: skip
    if (cue.startswith("annex") or _ABSORBED_RE.search(cue)) and two.inferred_year in years:
        # "annexed in 2014": the regions held since (the profile's rule; Crimea for Ukraine).
        if not claim.regions:  # "Crimea hosts the fleet. Its annexation in 2014 ..."
            look_back()
        group = gazetteer().expand(two.inferred_group)
        # the later annexation's units come after its word ("annexed Crimea in 2014 and A and B
        # in 2022"; not "would make A the first region fully occupied since 2022, and the second
        # since the 2014 annexation of Crimea")
        # "A and B were annexed", "(A, B and C, annexed in 2014 and 2022)"
        passive = BEEN_RE.search(text, 0, match.start()) or text[: match.start()].endswith(", ")
        after = regions_of([m for m in in_clause if passive or m.start >= start])
        others = tuple(r for r in claim.regions if r not in group and r in after)
        claim.regions = tuple(r for r in claim.regions if r in group)
        if not claim.regions and two.inferred_words.search(text):
            claim.regions = group
        claim.annexed_2014 = True
        claim.note = two.inferred_note
        # "annexed Crimea in 2014 and the Donetsk ... regions in 2022": both annexations.
        # ... "and, eight years later, four more regions: A, B, C and D": so too.
        later = scan.search(_YEARS_LATER_RE, text, clause_lo, clause_hi)
        if others and (later or any(y > two.inferred_year for y in years)):
            return [claim, Claim(sentence, start, end, others, True)]
        return [claim]
    # A claim about Crimea's 2014 annexation elsewhere in the sentence does not make the other
    # regions claimed, nor does "Crimea, annexed in 2014" count twice.
    if not claim.regions:
        look_back()
        if not claim.regions:  # "claims all four regions ..., though ...: A, B, C and D"
            refer_ahead(claim, text[clause_lo:clause_hi], mentions)
    elif (several := _SEVERAL_BEFORE_RE.search(text, clause_lo, clause_hi)) and not listed_after(
        several, in_clause, s0
    ):
        # "It considers the four regions, along with Crimea, to be part of its territory"
        own, claim.regions = claim.regions, ()
        look_back()
        if not claim.regions:  # "Of the four regions it annexed, only A is ...; in B, C and D"
            refer_ahead(claim, text[clause_lo:clause_hi], mentions)
        claim.regions = (*claim.regions, *(r for r in own if r not in claim.regions))
    claim.reason = not_a_claim(match, in_clause, s0, clause_lo, clause_hi)
    return _denied(claim, match, in_clause, clause_lo, clause_hi)


def _objects_from(
    text: str, match: re.Match, lo: int, hi: int, mentions: list[Mention], s0: int
) -> int:
    """Where the regions a claim at ``match`` is of start in its clause (``lo``-``hi``)."""
    # "wants A and recognition of the annexation of Crimea": the noun's object alone, where it
    # names one ("the accession of these regions": those named before)
    noun = _NOUN_OF_RE.search(text, match.start(), min(len(text), match.end() + 4))
    if noun and any(noun.end() <= m.start - s0 < hi for m in mentions):
        return max(lo, noun.end())
    if match.group().casefold().startswith("demand"):  # "will not stop at Donbas and demands
        return max(lo, match.end())  # all of A": A alone
    return lo


_PLURAL_RE = compiled(r"\s(?:are|were)\s")


def _listed_before(text: str, mentions: list[Mention], last: Mention, s0: int) -> list[Mention]:
    """The names of the list that ends with ``last``: "A, B and C", "the A and B regions"."""
    listed = [last]
    for m in reversed([m for m in mentions if m.end <= last.start]):
        if not LISTED_RE.fullmatch(text, m.end - s0, listed[0].start - s0):
            break
        listed.insert(0, m)
    return listed


_SET_OFF_RE = compiled(r"[,;:()]")


def _denied(
    claim: Claim, match: re.Match, in_clause: list[Mention], lo: int, hi: int
) -> list[Claim]:
    """The claim at ``match`` (in its clause ``lo``–``hi``), or what its negation says of it: not
    claimed, of the regions it is said of; nothing where only the whole is denied ("has not
    annexed all of them"); of a region "not one of" those listed, those listed claimed."""
    text, s0 = match.string, claim.sentence.start
    negation = denials.negation(text, match, lo, hi)
    if negation and not claim.reason and denials.only_the_whole(negation, match):
        claim.reason = "not all of it: which part is not said"
    if negation and not claim.reason:
        cut = s0 + negation.start()
        claim.claimed = False
        claim.note = f"'{negation.group()}': not claimed"
        # "Russia, which annexed Crimea in 2014, has never claimed X": not the aside's own
        said_of = [m for m in in_clause if not in_aside(text, m.start - s0, cut - s0)]
        # "Russia holds 70% of A, and it has never claimed B": its object, where it has one
        after = [m for m in said_of if m.start - s0 >= match.end()]
        if after and not _SET_OFF_RE.search(text, match.end(), after[0].start - s0):
            said_of = after
        claim.regions = regions_of(said_of) or claim.regions
        if denials.ABANDON_RE.match(negation.group()):
            # "Moscow dropped any claim to X": X is no longer claimed.
            return [claim]
        if not denials.NOT_AMONG_RE.match(negation.group()):
            return [claim]  # "Russia has never claimed the Kharkiv region"
        claim.regions = regions_of([m for m in in_clause if m.start < cut])
        # "R is not one of the regions -- A, B and C -- that Moscow claims": A, B, C are.
        listed = regions_of([m for m in in_clause if m.start > cut])
        if listed:
            return [claim, Claim(claim.sentence, claim.start, claim.end, listed, True,
                                 note="listed as the regions that are claimed")]  # fmt: skip
    return [claim]


def _refer_back(
    claim: Claim, lo: int, hi: int, mentions, previous, stated, previous_text: str, earlier
) -> None:
    """A claim's regions named before in words that refer to them (see :func:`refer`): those
    this sentence names before the clause ``lo``-``hi`` first ("Fighting goes on in A and B;
    Moscow claims both"), else the sentence before's; the words before it in this sentence
    looked back on too ("Russian troops seized the peninsula in 2014; Moscow annexed it")."""
    text = claim.sentence.text
    named_before = [m for m in mentions if m.end - claim.sentence.start <= lo]
    refer(claim, text[lo:hi], named_before or previous, [] if named_before else stated,
          f"{previous_text} {text[:lo]}", earlier)  # fmt: skip


_NOUN_OF_RE = compiled(
    r"(?:annexation|incorporation|absorption|accession|recognition)\s+of\b", re.IGNORECASE
)


def _annexation(text: str, match: re.Match, lo: int, hi: int) -> tuple[int, int]:
    """The part of the clause ``lo``–``hi`` an "annexed" at ``match`` is of: up to the next
    "annexed" ("It annexed them in 2022, and it annexed Crimea in 2014": each its own regions
    and year)."""
    for other in _ANNEX_RE.finditer(text, lo, hi):
        if other.end() <= match.start():
            lo = other.end()
        elif other.start() > match.start():
            return lo, other.start()
    return lo, hi
