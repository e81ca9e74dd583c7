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

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from geomap.extract import scan
from geomap.extract.actors import insertions, named_sides
from geomap.extract.not_claims import not_a_claim
from geomap.extract.sides import sides
from geomap.extract.text import NUMBER_WORDS, Mention, Sentence
from geomap.profile import gazetteer
from geomap.regions import Region

# What "claims" is followed by where it states a claim: regions, or the end of its clause.
_CLAIMED_WHAT = (
    r"(?=(?:\s+(?:sovereignty\s+over|the|all|four|five|both|«D»['’]s"
    r"|«DA»|regions?|provinces?|oblasts?|territories|of))*\s+(?-i:[A-Z])"
    r"|\s*(?:[,.;:)—–-]|$|\s+(?:are|is|as|were|was|but)\b))"
)
# «C», «CS», «CA», «D», «DA»: the profile's words for the two sides (see geomap.extract.sides).
_CUE = (
    r"\bannex\w*"
    r"|\b(?:(?:integral|constituent)\s+parts?|part)\s+of\s+«CS»\b"
    r"|\bjoin(?:ed|ing|s)?\s+«CS»\b"
    # "the accession of ... to Russia", "absorbing four provinces - A, B, C and D - into Russia"
    r"|\b(?:accession|incorporat\w*|absorb\w*|admission|admitt\w*|admits?)\s+"
    r"(?:[\w\"“”'’,()–—-]+\s+){0,12}?(?:into|to)\s+«CS»\w*"
    # "the Russian Federation incorporated Luhansk and Donetsk": the controlling side doing it.
    r"|\b«C»\s+(?:\w+\s+){0,2}?(?:incorporat(?:ed|es|e|ing)|absorb(?:ed|s|ing)?)\b"
    # "declared the regions of A and B to be Russian"
    r"|\b(?:declared|proclaimed|deemed|considers?|considered|regards?|regarded)\s+[^.;:]{1,120}?"
    r"\b(?:to\s+be\s+(?:part\s+of\s+«CS»|«CA»(?:\s+(?:territory|land|soil|regions?))?)"
    # "considers Zaporizhzhia and Kherson its own territory", "... Russian land"
    r"|(?:its\s+own|«CA»)\s+(?:territory|land|soil))"
    r"(?=\s*[\"”'’]?\s*(?:[.,;:!?)]|for\s*ever\b|$))"
    # "the four regions it proclaimed Russian in 2022", "declared Donetsk Russian"
    r"|\b(?:declared|proclaimed|deemed)\s+(?:[^.;:]{1,80}?\s+)?«CA»(?:\s+(?:territory|land|soil))?"
    r"(?=\s*[\"”'’]?\s*(?:(?:in|after|following|last|this)\s|[.,;:!?)]|$))"
    # "completing the absorption of the Donetsk, Luhansk, Kherson and Zaporizhzhia regions"
    r"|\babsorption\s+of\s+(?:the\s+)?(?:(?:two|three|four|five)\s+)?(?-i:[A-Z])"
    r"|\baccession\s+treat(?:y|ies)\b|\btreat(?:y|ies)\s+(?:on|of)\s+(?:the\s+)?accession\b"
    r"|\b(?:the|their|its)\s+accession\b(?!\s+to\s+(?!«CS»))"
    r"|\binclusion\s+(?:\w+\s+){0,6}?in(?:to)?\s+«CS»\w*"
    r"|\bbelong(?:s|ed|ing)?\s+to\s+«CS»\b"
    # "which it considers Russian territory", ending its clause ("... a target" is another thing)
    r"|\b(?:considers?|considered|regards?|regarded|deems?|deemed)\s+(?:(?:it|them)\s+)?(?:as\s+)?"
    r"«CA»\s+(?:territory|land|soil)\b(?=\s*(?:[.,;:)!?]|$))"
    # "X is Russian territory", "X and Y are 'forever' Russian" (not "are Russian regions": the
    # Kursk and Belgorod regions are, beside a Ukrainian region named in the same clause)
    r"|\b(?:is|are|was|were|as|(?:has|have)\s+always\s+been"
    r"|call(?:s|ed|ing)?\s+[^.;:]{1,80}?)\s+[\"“'‘]?"  # "Putin calls X 'historically Russian land'"
    r"(?:(?:now|legally|officially|historically|ancestral|primordially|originally)\b\s*)?"
    r"(?:,[^,.;]{1,40},\s*)?"
    r"(?:«CA»\s+(?:territory|land|lands|soil)\b"
    r"|[\"“]?forever[\"”]?\s+«CA»(?:\s+(?:territory|land|soil))?\b)"
    r"|\b(?:is|are)\s+(?:now\s+)?(?:a\s+|the\s+)?[\"“]?subjects?[\"”]?\s+of\s+«CS»"
    # "treats the Luhansk region as a constituent entity of the Russian Federation"
    r"|\bconstituent\s+(?:entity|entities|subjects?)\s+of\s+(?:the\s+)?«CS»"
    # "considers the DPR and LPR its constituent entities"
    r"|\b(?:its|«CS»['’]s)\s+(?:constituent|federal)\s+(?:entity|entities|subjects?)\b"
    # "Crimea is Russian", "the Donetsk region is Russian": only after a name that is its subject
    # (see _named_subject)
    r"|\b(?P<russian>(?:is|are)\s+(?:now\s+)?[\"“]?«CA»[\"”]?(?:\s+regions?)?"
    r"|is\s+(?:now\s+)?a\s+«CA»\s+region)(?=\s*(?:[.,;:!?)]|$))"
    r"|\btreat(?:y|ies)\s+(?:on\s+)?(?:absorb|incorporat)\w*"
    r"|\birrevocably\s+lost\b"
    # "a claim on X" ("claimed on Sunday that ..." is a date)
    r"|\bclaims?\s+(?:over|on)\b(?!\s+(?:\w+day\b|\d|the\s+\d|(?-i:[A-Z][a-z]{2,8})\s+\d))"
    r"|\bclaim(?:s|ed|ing)?\s+(?:to\s+have\s+annexed|as\s+(?:its|«CA»|part)"
    r"|to\s+(?:the\s+)?(?:whole|entire|entirety|all)|to(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|the\s+(?:whole|entirety|entire)|all\s+of)"
    r"|\b(?:lay|lays|laid)\s+claim"
    r"|\bclaimed\s+by\s+«C»"
    # "Moscow claims the whole of ...", "the regions Moscow claims are ...", "Putin has claimed the
    # regions of ...": Russia claiming, followed by the regions or ending its clause; not "Russia
    # claimed that ...", "claimed to have captured", "claimed advances".
    r"|\b«C»(?:['’]s)?(?:\s*,\s*(?:which|who))?\s+(?:\w+\s+){0,3}?"  # "Russia, which claims A"
    rf"claim(?:s|ed)?{_CLAIMED_WHAT}"
    # "Russia annexed Crimea in 2014 and has since claimed A and B": the subject before's
    rf"|(?P<joined>\band\s+(?:(?:has|have|had|also|since|now|later)\s+){{0,2}})claim(?:s|ed)?{_CLAIMED_WHAT}"
    r"|\bpart\s+of\s+(?:its|«CS»['’]s|«CA»)\s+(?:own\s+)?territory"
    r"|\bas\s+(?:its\s+own|its\s+(?:sovereign\s+)?(?:territory|land|soil)|«CA»\s+(?:territory|land|regions?))\b"
    # "refers to A and B as its “new territories”", "recognise Russian sovereignty over X",
    # "treats X as a federal subject"
    r"|\bas\s+(?:its|«CS»['’]s)\s+[\"“]?new\s+(?:regions|territories|lands)\b"
    r"|\b(?:«CA»|«CS»['’]s)\s+sovereignty\s+(?:over|of)\b"
    r"|\bas\s+(?:a\s+)?(?:new\s+)?federal\s+subjects?\b"
    # "regards A and B as “new regions” of the Russian Federation"
    r"|\bas\s+[\"“]?(?:new\s+)?(?:regions?|territor(?:y|ies)|subjects?)[\"”]?\s+of\s+(?:the\s+)?«CS»"
    # "which Moscow regards as Russian", ending its clause
    r"|\b(?:regards?|regarded|considers?|considered|sees|saw|views?|viewed|deems?|deemed)\s+"
    r"(?:(?:it|them)\s+)?as\s+«CA»(?=\s*(?:[.,;:)!?]|$))"
    # "Russia ... declared four regions its own": the controlling side the one declaring.
    r"|\b«C»\b[^.;:]{0,60}?\b(?:declared|proclaimed)\s+(?:\w+\s+){1,5}?its\s+own\b"
    r"|\bced(?:e|es|ed|ing)\b"
    # "wrote Donetsk and Luhansk into its constitution"
    r"|\b(?:written|wrote|writ(?:es|ing)|enshrined|enshrin(?:es|ing)|included|added)\s+[^.;:]{1,120}?"
    r"\b(?:in|into|to)\s+(?:its|«CS»['’]s|the\s+«CA»)\s+constitution\b"
    # "Russia's constitution was amended in 2022 to include A and B"
    r"|\b(?:its|«CS»['’]s|the\s+«CA»)\s+constitution\s+(?:\w+\s+){0,6}?includ(?:e|es|ed|ing)\b"
    # "demands that Ukraine recognise A and B as Russian"
    r"|\brecogni(?:[sz]\w*|tion)\s+[^.;:]{1,120}?\bas\s+(?:part\s+of\s+«CS»|«CA»(?:\s+(?:territory|land"
    r"|soil|regions?))?)(?=\s*[\"”'’]?\s*(?:[.,;:!?)]|$))"
)
# Words without which a sentence holds no claim: one scan of a text finds the sentences to read.
# Each begins a word: a pattern that can match only at a word's start is tried at the others in
# one step, where these words would each be tried at every position.
_CUES = (
    r"\b(?:annex|parts?\s+of\s+(?:the\s+|its\s+)?«CS»|part\s+of\s+its|as\s+(?:its\s+(?:own|sovereign"
    r"|territory|land|soil)|«CA»)"
    r"|inclusion|«CA»\s+(?:territory|land|soil|regions?)|belong|subject|constituent|forever"
    r"|admi(?:ssion|tt|ts?\b)"
    r"|join|accession|incorporat|absorb|absorption|irrevocably|claim|own\b|to\s+be\s+«CA»"
    r"|declared|proclaimed|deemed"
    r"|ced(?:e|es|ed|ing)\b|(?:is|are)\s+(?:now\s+)?[\"“]?«CA»\b"
    r"|(?:regions?|territor(?:y|ies))[\"”]?\s+of\s+(?:the\s+)?«CS»|constitution|new\s+(?:regions"
    r"|territories|lands)|sovereignty|federal\s+subject)"
)


def cues() -> re.Pattern:
    """The pattern without a match of which a sentence holds no claim."""
    return sides().pattern(_CUES)


_NEGATION_RE = re.compile(
    r"\bnot\s+(?:one\s+of|among|part\s+of|been\s+claimed|claimed|claim)\b|\bnever\s+claimed\b"
    r"|\bno\s+longer\s+claim\w*|\bno\s+(?:\w+\s+)?claims?\s+(?:on|to|over)\b"
    r"|(?:\bnot|n['’]t|\bnever)\s+(?!only\b)(?:\w+\s+)?(?:annex|incorporat)\w*"
    r"|\b(?:renounc|drop|abandon|withdr[ae]w|waiv)\w*\s+(?:its\s+|any\s+|all\s+|the\s+|their\s+)?"
    r"(?:\w+\s+)?claims?"
    r"|\b(?:annexed|claimed|claims?|incorporated)\s+(?:no\s+(?:part|piece)|none)\s+of\b",
    re.IGNORECASE,
)
_ABANDON_RE = re.compile(r"renounc|drop|abandon|withdr|waiv", re.IGNORECASE)
_NOT_AMONG_RE = re.compile(r"not\s+(?:one\s+of|among|part\s+of)", re.IGNORECASE)
_ANNEX_RE = re.compile(r"\bannex\w*", re.IGNORECASE)
_ASIDE = ("—", "–", "-", "(")  # what opens an aside between dashes or in brackets
# A claim's clause ends at a contrast, and at a verb joined to its own ("annexed Crimea and is
# now shelling the Kharkiv region", "..., and its troops are advancing in X").
_CONTRAST_RE = re.compile(
    r"\b(?:but|while|whereas|although|though)\b|\band\s+(?:(?:then|later|also|now)\s+)?"
    r"(?=(?:has|have|had|is|are|was|were|will|would|it|they|its|their)\b)",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# "..., and, eight years later, four more regions", "... and later four more regions: A, B"
_YEARS_LATER_RE = re.compile(
    r"\byears\s+later\b|\b(?:later|then|subsequently)\s+(?=(?:the|four|three|two|five|more)\b)",
    re.IGNORECASE,
)
_ANAPHORA_RE = re.compile(
    r"^(?:they|these|both|the\s+two|those|the\s+(?:four|three|two)\s+\w+|these\s+\w+|it)\b",
    re.IGNORECASE,
)
# Words that refer to regions named before: "these areas", "all four", "their accession".
_UNITS_NAMED = r"(?:areas|regions|territories|provinces|oblasts)"  # "all four areas"
_REFERENCE_RE = re.compile(
    rf"\b(?:these|those|both)\s+(?:{_UNITS_NAMED}|lands)\b"
    r"|\bthe\s+(?:region|oblast|province|territory)\b(?!\s+of\b)"
    r"|\b(?:all|the)\s+(?:two|three|four|five)\b(?!\s+(?:years|months|days|weeks))"
    r"|\b(?:their|its)\s+(?:accession|annexation|incorporation|inclusion)\b"
    r"|\bannex(?:ed|es|ing)?\s+(?:it|them)\b|\bthe\s+peninsula\b"
    r"|\bthe\s+(?:annexed|occupied)\s+(?:territories|regions|areas)\b",
    re.IGNORECASE,
)
# Several regions named before, beside a region named in the clause itself.
_SEVERAL_BEFORE_RE = re.compile(
    rf"\b(?:these|those|both|(?:all|the)\s+(?:two|three|four|five))\s+{_UNITS_NAMED}\b"
    # "Russia annexed them in 2022 along with Kherson and Zaporizhzhia"
    r"|\bannex(?:ed|es|ing)?\s+(?:it|them)\b",
    re.IGNORECASE,
)
_SO_ARE_RE = re.compile(
    r"^(?:so|as)\s+(?:is|are|was|were)\b|^the\s+same\s+(?:is\s+true|goes)\s+for\b"
    r"|^(?:likewise|so\s+too)\b",
    re.IGNORECASE,
)
_NEITHER_RE = re.compile(r"^(?:neither|nor)\s+(?:is|are|was|were)\b", re.IGNORECASE)


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
    previous: list[Mention],
    previous_claims: list[Claim],
    previous_text: str = "",
    earlier: Callable[[], Sequence[list[Mention]]] = tuple,
) -> list[Claim]:
    """Every claim phrase in ``sentence`` and the regions it concerns.

    ``previous`` are the regions named in the sentence before, for "They are two of the regions
    that the Kremlin claims"; ``previous_claims`` its claims, for "So are the Kherson and
    Zaporizhzhia regions."
    """
    text = sentence.text
    s0 = sentence.start
    stated = [c for c in previous_claims if not c.reason]
    if mentions and stated and (_SO_ARE_RE.match(text) or _NEITHER_RE.match(text)):
        polarity = stated[-1].claimed
        if _NEITHER_RE.match(text):
            polarity = False
        regions = _regions(mentions)
        return [Claim(sentence, s0, s0 + len(text), regions, polarity,
                      note="the claim of the sentence before, by ellipsis")]  # fmt: skip
    claims = []
    for match in scan.finditer(sides().pattern(_CUE), text):
        if match.group("russian") and not _named_subject(text, match.start()):
            continue
        if match.group("joined") and not _subject_is_controller(text, match.start()):
            continue  # "Ukraine rejected the vote and claimed ..."
        claims.extend(_read(sentence, match, mentions, previous, stated, previous_text, earlier))
    return [c for c in claims if c.regions]


# A name just before "is Russian", as its subject: "Crimea", "the Donetsk region"; not "the
# language", nor a place something else is in ("the fighters in the Donetsk region are Russian").
_SUBJECT_NAME_RE = re.compile(
    r"(?:^|(?P<before>\b[\w'’-]+)\s+)(?:[Tt]he\s+)?[A-Z][\w'’-]+"
    r"(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w'’-]+)*\s+"  # "the Luhansk and Donetsk regions are"
    r"(?:(?:[Rr]egions?|[Oo]blasts?|[Pp]rovinces?|[Pp]eninsula)\s+)?$"
)


def _subject_is_controller(text: str, at: int) -> bool:
    """Whether the controlling side is the first side named before ``at``, in the same clause."""
    two = sides()
    lo = max(text.rfind(";", 0, at), text.rfind(":", 0, at)) + 1
    first = next((side for pos, side in named_sides(text, two) if lo <= pos < at), "")
    return first == two.controller


def _named_subject(text: str, at: int) -> bool:
    found = _SUBJECT_NAME_RE.search(text, max(0, at - 80), at)
    before = (found.group("before") or "").casefold() if found else ""
    return found is not None and before not in ("in", "of", "from", "across", "throughout")


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
    clause_lo, clause_hi = _clause(text, match)
    if match.group("joined"):
        clause_lo = match.start()  # "Russia shelled A and claimed B": B alone
    if cue.startswith("annex"):
        clause_lo, clause_hi = _annexation(text, match, clause_lo, clause_hi)
    in_clause = [m for m in mentions if clause_lo <= m.start - s0 < clause_hi]
    claim = Claim(sentence, start, end, _regions(in_clause), True)

    two = sides()
    years = [int(y) for y in _YEAR_RE.findall(text, clause_lo, clause_hi)]
    if cue.startswith("annex") and two.inferred_year in years:
        # "annexed in 2014": the regions held since (the profile's rule; Crimea for Ukraine).
        if not claim.regions:  # "Crimea hosts the fleet. Its annexation in 2014 ..."
            _refer(claim, text[clause_lo:clause_hi], previous, stated, previous_text, earlier)
        group = gazetteer().expand(two.inferred_group)
        others = tuple(r for r in claim.regions if r not in group)
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
        _refer(claim, text[clause_lo:clause_hi], previous, stated, previous_text, earlier)
        if not claim.regions:  # "claims all four regions ..., though ...: A, B, C and D"
            _refer_ahead(claim, text[clause_lo:clause_hi], mentions)
    elif _SEVERAL_BEFORE_RE.search(text, clause_lo, clause_hi):
        # "It considers the four regions, along with Crimea, to be part of its territory"
        own, claim.regions = claim.regions, ()
        _refer(claim, text[clause_lo:clause_hi], previous, stated, previous_text, earlier)
        claim.regions = (*claim.regions, *(r for r in own if r not in claim.regions))
    claim.reason = not_a_claim(match, in_clause, s0, clause_lo, clause_hi)
    negation = scan.search(_NEGATION_RE, text, clause_lo, clause_hi)
    if negation and not claim.reason:
        cut = s0 + negation.start()
        claim.claimed = False
        claim.note = f"'{negation.group()}': not claimed"
        if _ABANDON_RE.match(negation.group()):
            # "Moscow dropped any claim to X": X is no longer claimed.
            return [claim]
        if not _NOT_AMONG_RE.match(negation.group()):
            return [claim]  # "Russia has never claimed the Kharkiv region"
        claim.regions = _regions([m for m in in_clause if m.start < cut])
        # "R is not one of the regions -- A, B and C -- that Moscow claims": A, B, C are.
        listed = _regions([m for m in in_clause if m.start > cut])
        if listed:
            return [claim, Claim(claim.sentence, start, end, listed, True,
                                 note="listed as the regions that are claimed")]  # fmt: skip
    return [claim]


def _clause(text: str, match: re.Match) -> tuple[int, int]:
    """The clause of a claim phrase: between ";"s, and between contrasts ("annexed Kherson but
    has never claimed Kharkiv"), but not one in an aside ("annexed four regions – though it
    holds none whole – as well as Crimea")."""
    lo = text.rfind(";", 0, match.start()) + 1
    hi = text.find(";", match.end())
    hi = len(text) if hi < 0 else hi
    asides = [(a, b) for a, b in insertions(text) if text[a : a + 2].strip()[:1] in _ASIDE]
    for contrast in scan.finditer(_CONTRAST_RE, text, lo, hi):
        if any(a <= contrast.start() < b for a, b in asides):
            continue
        if contrast.end() <= match.start():
            lo = contrast.end()
        elif contrast.start() >= match.end():
            return lo, contrast.start()
    return lo, hi


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


# How many regions a reference counts: "both regions", "the four regions", "all 4".
_COUNTS = {"both": 2, **NUMBER_WORDS, **{str(n): n for n in NUMBER_WORDS.values()}}


def _refer(claim: Claim, clause: str, previous, stated, previous_text: str, earlier=tuple) -> None:
    """A claim of regions named before ("these areas", "all four", "their accession", "the
    peninsula", "annexed it"): those of the last sentence's claims, else those it names, else
    the profile's earlier annexation's group where the last sentence speaks of it; a count
    ("all four") those of the last of these, or of the ``earlier`` sentences' mentions, that
    it counts."""
    two = sides()
    reference = _ANAPHORA_RE.match(clause.strip()) or _REFERENCE_RE.search(clause)
    if not reference:
        return
    if stated:
        claim.regions = _regions(stated)
    elif previous:
        claim.regions = _regions(previous)
    elif two.inferred_words.search(previous_text) or two.inferred_words.search(clause):
        claim.regions = gazetteer().expand(two.inferred_group)
        claim.annexed_2014 = two.inferred_year is not None and str(two.inferred_year) in (
            previous_text + clause
        )
        claim.note = two.inferred_note if claim.annexed_2014 else ""
    counted = _COUNTS.get(
        next((w for w in reference.group().casefold().split() if w in _COUNTS), "")
    )
    if counted and len(claim.regions) != counted:
        # "the four regions" after a sentence that names one, or seven: not the regions it means;
        # but the count may leave out the earlier annexation ("all four regions, as well as
        # Crimea"), or be met by a sentence further back
        claim.regions, claim.annexed_2014, claim.note = (
            _counted(counted, [claim.regions, *(_regions(m) for m in earlier())]),
            False,
            "",
        )
    if claim.regions:
        names = ", ".join(r.name for r in claim.regions)
        claim.note = claim.note or f"'{reference.group().strip()}' read as {names}"


def _counted(count: int, lists) -> tuple[Region, ...]:
    """The first of ``lists`` of regions with ``count`` of them, the profile's earlier annexation
    left out where that makes the count; else none."""
    group = set(gazetteer().expand(sides().inferred_group)) if sides().inferred_group else set()
    for regions in lists:
        for those in (regions, tuple(r for r in regions if r not in group)):
            if len(those) == count:
                return those
    return ()


def _refer_ahead(claim: Claim, clause: str, mentions: list[Mention]) -> None:
    """ "Moscow claims all four regions as its own, though ...: A, B, C and D": a reference
    that counts the regions the sentence names after it, with nothing named before."""
    reference = _REFERENCE_RE.search(clause)
    said = reference.group().strip() if reference else ""
    counted = _COUNTS.get(next((w for w in said.casefold().split() if w in _COUNTS), ""))
    later = _regions([m for m in mentions if m.start >= claim.end])
    if counted and len(later) == counted:
        claim.regions = later
        claim.note = f"'{said}' read as {', '.join(r.name for r in later)}"


def _regions(mentions: list[Mention] | list[Claim]) -> tuple[Region, ...]:
    """The regions of mentions, or of claims, each once, in order."""
    found: list[Region] = []
    for m in mentions:
        found.extend(r for r in m.regions if r not in found)
    return tuple(found)
