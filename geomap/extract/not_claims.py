"""Why a phrase that reads as a claim states none: a referendum's vote ("87% of voters opted for
annexation"), a plan or threat ("preparing to annex"), an annexation talked of ("floated
annexing"), a hypothetical ("the annexation of X would ..."), a cession refused or of a part, the
defending side's own territory ("Ukraine regards Crimea as its own territory"), or "claims" of
something that is no region."""

from __future__ import annotations

import re

from geomap.extract import scan
from geomap.extract.asides import in_aside
from geomap.extract.cessions import (
    CESSIONS,
    DEMANDS,
    HYPOTHETICAL_RE,
    not_a_cession,
    not_a_demand,
)
from geomap.extract.claim_words import CLAIMED_WORDS, THEM_OR_BOTH
from geomap.extract.claimants import its_side, last_named, noun_claimant
from geomap.extract.each import AREA_NOUNS, SAID_OF
from geomap.extract.named import PLACE_ADJECTIVE_RE, named_sides
from geomap.extract.objects import NOT_AREA_NOUNS
from geomap.extract.sides import Sides, sides
from geomap.extract.text import Mention, a_city_region, nouns
from geomap.extract.votes import a_vote
from geomap.patterns import compiled
from geomap.regions import Region

_FUTURE_RE = compiled(
    r"\b(?:prepar(?:ing|es|ed)|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|threaten\w*|ready"
    r"|seek(?:s|ing)?|sought|want(?:s|ed|ing)?|aim(?:s|ed|ing)?|expected|likely|set|poised|moving"
    r"|moves|hop(?:es?|ed|ing)|vow\w*|pledg\w*|promis\w*|tr(?:y|ies|ying)"
    r"|look(?:s|ed|ing)?|striv\w*"
    # "Crimea's parliament asked (applied, appealed) to join Russia": a request, not done
    r"|ask(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|appeal(?:s|ed|ing)?|request(?:s|ed|ing)?)"
    r"\s+to\s+(?:\w+\s+)?$"
    # "want Moscow to annex", "urged the Kremlin to annex"; "its failure to annex", "refused to"
    r"|\b(?:want|urg|push|press|call)\w*\s+(?:[\w'’-]+\s+){1,3}?to\s+$"
    r"|\b(?:fail\w*|unable|inability|yet|refus\w*|declin\w*|reluctan\w*)\s+to\s+(?:\w+\s+)?$"
    # "Without annexing Mykolaiv, ..."
    r"|\bwithout\s+$"
    # "has no intention of annexing", "its plans to annex", "a bid to annex" (not "attempted to
    # annex", "tried to": said of the annexations declared, which are claims)
    r"|\b(?:intentions?|plans?|ambitions?|designs?|desire|bid)\s+"
    r"(?:of|to|for)\s+$|\b(?:will|would|could|might|may|shall|if|unless|should)\s+(?:\w+\s+){0,3}?$",
    re.IGNORECASE,
)
# The words a claim phrase starts with that take a region in; the nouns and gerunds of them,
# which can be talked of ("the planned incorporation of X").
_TAKING_IN = ("annex", "absorb", "incorporat")
_TAKING_IN_NOUNS = ("annexing", "annexation", "incorporation", "incorporating", "absorption",
                    "absorbing")  # fmt: skip
# "annexation plans for X", "... ambitions": a plan's noun after it
_PLANS_AFTER_RE = compiled(
    r"\s+(?:plans?|ambitions?|designs?|threats?|talk|bid|drive|push|scenarios?|proposals?)\b",
    re.IGNORECASE,
)
# A condition put by inverting its verb: "Had Russia annexed X, ..."
_INVERTED_RE = compiled(r"\s*(?:had|were|should)\s+(?:[\w'’-]+\s+){1,4}", re.IGNORECASE)
# What is said of a gerund's annexation after it: "Annexing X is not on the agenda"
_NOT_ON_RE = compiled(
    r"\b(?:is|was|are|were)\s+(?:not|never|no\s+longer)\b|\boff\s+the\s+table\b"
    r"|\bout\s+of\s+the\s+question\b",
    re.IGNORECASE,
)
# What "consider the annexation of X ..." says of one made: "illegal", "null and void"
_JUDGED_RE = compiled(
    r"\b(?:illegal|unlawful|illegitimate|null|void|invalid|a\s+violation|a\s+breach|a\s+crime)\b",
    re.IGNORECASE,
)
# "floated annexing", "the idea of annexing", "called for the annexation of": an annexation
# talked of, not made.
_MOOTED_RE = compiled(
    r"\b(?:float\w*|mull\w*|propos\w*|discuss\w*|suggest\w*|talk\w*\s+(?:of|about)|weigh\w*"
    r"|contemplat\w*|consider(?:s|ed|ing)?|(?:idea|possibility|prospect|option|talk)\s+of"
    # "bloggers have called for the annexation of X", "rejects any annexation of"
    r"|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|advocat\w*|(?:push|lobb)\w*\s+for|any"
    # "recognised A and B as independent, a step toward annexation": not yet made
    r"|steps?\s+toward\w*|prelude\s+to|precursor\s+to|pav\w*\s+the\s+way\s+(?:for|to)"
    r"|(?:path|road)\s+to|(?:stop\w*|fall\w*|fell)\s+short\s+of"  # "stopped short of annexing X"
    # "not a target for annexation", "a possible (future, eventual) annexation"
    r"|targets?\s+(?:for|of)|possible|potential|future|eventual|further|planned|threatened"
    # "has not ruled out annexing X", "did not exclude", "is open to annexing"
    r"|rul(?:e|es|ed|ing)\s+out|exclud(?:e|es|ed|ing)|open\s+to)"
    r"\s+(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)
# "Moscow claims ...", not "lays claim" (to what follows)
_CLAIM_VERB_RE = compiled(r"(?<!lay\s)(?<!lays\s)(?<!laid\s)claim(?:s|ed)?$", re.IGNORECASE)
# "claims four regions (A, B, C and D)", "claims four regions: A, ...", "... regions - A, ..."
_NP_WORDS = rf"{CLAIMED_WORDS}(?:\s*[(:]\s*|\s+[-–—]\s+|\s*[–—]\s*|\s+)"
# The names after "claims" and a verb or a possessive: what is claimed is a clause about them.
_COMPLEMENT_RE = compiled(  # heeds case: names have capitals, the words around them none
    r"(?:\s+(?:the|all|both))?(?:\s*,?\s+(?:and\s+)?[A-Z][\w'’-]*)+"
    r"(?:\s+(?:regions?|oblasts?|provinces?|states?))?(?:['’]s\s+(?!annexation|accession)[a-z]"
    r"|\s+(?:is|are|was|were|has|had|have|would|will|could|can|remains?|remained|lies|lay)\b)"
)
_RELATIVE_RE = compiled(r",\s*(?:which|that|whom?)\b", re.IGNORECASE)
_ANY_CLAIM_RE = compiled(
    r"\b(?:rejects?|rejected|opposes?|opposed|denies|denied|dismiss(?:es|ed)?)\s+any\s+$", re.I
)
_REDUCED_RELATIVE_RE = compiled(  # heeds case: the subject a name, or "it"
    r"\b(?:regions|provinces|oblasts|territories|lands)[\"”'’]?\s+(?:that\s+|which\s+)?"
    r"(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|it|they)\s+(?:has\s+|had\s+|have\s+)?$"
)
# Words after "claims" that refer to regions named before (see claims.py).
_REFERENCE_AFTER = (  # ... "claims the entirety of both", "the rest of the oblast"
    r"(?:\s+the\s+(?:entirety|whole|rest)\s+of)?(?:"
    r"\s+(?:(?:the|its)\s+)?(?:whole\s+|entire\s+)?(?:region|oblast|province|peninsula)\b"
    r"(?!\s+of\b)|\s+(?:all\s+)?(?:these|those|both)\s+(?:(?:two|three|four|five)\s+)?"
    r"(?:areas|regions|territories|provinces|oblasts)\b|\s+(?:these|those)\s+(?:two|three|four|five)\b"
    r"|\s+(?:either|neither)\s+(?:region|oblast|province|one)\b"
    rf"|\s+(?:all|the)\s+(?:latter\s+)?(?:two|three|four|five)\b|\s+{THEM_OR_BOTH})"
)
# ... and words referring to them as a clause's subject: "claims these areas were shelled" (not
# "claims these areas are Russian", "... are part of Russia").
_REFERENCE_IS = (
    r"\s+(?:the|these|those|both|all)\s+(?:(?:two|three|four|five)\s+)?(?:areas|regions|territories"
    r"|provinces|oblasts|lands)\s+(?:is|are|was|were|has|have|had)\s+(?!(?:now\s+|all\s+)?(?:part\s+of"
    r"|«CA»|its\b|annexed|under\s+«CA»))"
)
_ITS_RE = compiled(r"\b(?:its|the\s+country['’]s)(?!\w)", re.IGNORECASE)
_THE_BEFORE_RE = compiled(r"\b(?:the|its|newly|illegally)\s+$", re.IGNORECASE)
_CONDITION_RE = compiled(r"\b(?:if|unless|whether)\b", re.IGNORECASE)
_REMAIN_RE = compiled(
    r"\b(?:would|will)\s+(?:(?:forever|always)\s+)?(?:remain|stay)\s+(?:[\"“'‘]?forever[\"”'’]?\s+)?$",
    re.IGNORECASE,
)
# "Kyiv will never recognise the annexation of X": the annexation is taken as done, whatever
# the mood of the verb about it.
_RECOGNISE_RE = compiled(
    r"\b(?:recogni(?:[sz]\w*|tion)|accept\w*|acknowledg\w*|revers\w*|undo|legitimi[sz]\w*|condemn\w*)\b",
    re.IGNORECASE,
)


# "will never join (accede to, be part of) Russia": said of the region, not of the claim, which
# it neither states nor denies.
_NEVER_BEFORE_RE = compiled(
    r"(?:\bnot|n['’]t|\bnever)\s+(?:\w+\s+)?(?:be(?:come)?\s+(?:an?\s+)?)?$", re.IGNORECASE
)


def _not_made(match: re.Match, cue: str, before: str, clause_hi: int) -> str:
    """Why a taking-in at ``match`` (its words ``cue``, in lower case; ``before``, its clause's
    words before it) is only planned, threatened or talked of, or ""."""
    text = match.string
    if (
        cue.startswith(_TAKING_IN)
        and scan.search(_FUTURE_RE, before)
        and not scan.search(_RECOGNISE_RE, before)
    ):
        return "a plan or threat to annex, not a claim"
    if cue.startswith(("join", "acced")) and (
        scan.search(_FUTURE_RE, before) or scan.search(_MOOTED_RE, before)
    ):  # "planned to join Russia", "talked of joining Russia"
        return "a plan to join, or one talked of, not a claim"
    if cue.startswith("annex") and (
        _PLANS_AFTER_RE.match(text, match.end())  # "Russia's annexation plans for Odesa"
        or _INVERTED_RE.fullmatch(before)  # "Had Russia annexed Kharkiv, ..."
        or (cue.startswith("annexing") and _NOT_ON_RE.search(text, match.end(), clause_hi))
    ):
        return "an annexation talked of, not a claim"
    if (
        cue.startswith(_TAKING_IN_NOUNS)
        and (mooted := scan.search(_MOOTED_RE, before))
        # "consider the annexation of X illegal": one made, judged
        and not (
            mooted.group().startswith("consider")
            and _JUDGED_RE.search(text, match.end(), clause_hi)
        )
    ):
        return "an annexation talked of, not a claim"
    return ""


def _the_defenders_own(match: re.Match, cue: str, clause_lo: int, two: Sides) -> str:
    """Why a claim phrase is the defending side's own, or "": "Ukraine regards Crimea as its own
    territory" (whose "its" is: the side named last before it; "Moscow considers X its own"
    is a claim), "Kyiv insists on its claim to X" (a claim named as a noun, and its owner)."""
    text = match.string
    its = [m.start() for m in _ITS_RE.finditer(cue)]
    by = match.start() + (its[-1] if its else 0)
    named = [
        side for at, side in named_sides(text, two)
        if clause_lo <= at < by and not PLACE_ADJECTIVE_RE.match(text, at)
        and not in_aside(text, at, by)  # an aside's ("considers X, which it seized from
        # Ukraine, its own")
    ]  # fmt: skip
    if its and its_side(named, text, match.start() + its[-1]) == two.defender:
        return f"{two.defender}'s own territory, not a claim"
    if noun_claimant(text, match.start()) == two.defender:
        return f"{two.defender}'s own claim to its territory, not a claim"
    return ""


def not_a_claim(
    match: re.Match, in_clause: list[Mention], s0: int, clause_lo: int, clause_hi: int
) -> str:
    """Why a claim phrase states no claim (a vote, a plan, a hypothetical...), or ""."""
    text = match.string
    cue = match.group().casefold()
    before = text[clause_lo : match.start()]
    if cue.startswith(("join", "acced", "part", "integral")) and (
        never := _NEVER_BEFORE_RE.search(before)
    ):
        return f"negated ('{' '.join(never.group().split())}'): no claim stated"
    if _CLAIM_VERB_RE.search(match.group()) and (why := _what_claims_says(match, in_clause, s0)):
        return why
    if a_vote(text, clause_lo, clause_hi, match.start()):
        return "a referendum vote, not a claim"
    if cue.startswith("claim") and _ANY_CLAIM_RE.search(before):
        return "any claim rejected, none stated"  # "Kyiv rejects any claim to Mykolaiv"
    two = sides()
    if why := _the_defenders_own(match, cue, clause_lo, two):
        return why
    if why := _not_made(match, cue, before, clause_hi):
        return why
    if cue.startswith(CESSIONS):
        return not_a_cession(match, cue, before, clause_lo)
    if cue.startswith(DEMANDS):  # "it demands all of A and B"
        return not_a_demand(match, before, last_named(text, match.start()))
    after = text[match.end() : match.end() + 60]
    before = _in_its_relative_clause(before)
    # "would never give back the annexed regions of A and B": annexed, whatever may follow; so
    # are "its new regions" ("would defend its 'new regions', including X").
    adjective = (cue == "annexed" and _THE_BEFORE_RE.search(before)) or match.group("new")
    # "would remain part of Russia forever": what is, said to last
    remains = _REMAIN_RE.search(before) and not _CONDITION_RE.search(before)
    # "would never recognise Russia's claim to X": the side's claim is there, whatever is
    # said of it
    owned = cue.startswith(_OWNED_NOUNS) and sides().pattern(_OWNER_BEFORE).search(
        text, max(0, match.start() - 30), match.start()
    )
    if _MODAL_VERB_RE.search(match.group()):
        return "hypothetical, not a claim"  # "Russia would (might one day) claim Odesa"
    if (
        not adjective
        and not remains
        and (
            (HYPOTHETICAL_RE.search(before) and not owned)
            or (cue.startswith("annexation") and HYPOTHETICAL_RE.search(after))
        )
    ):
        return "hypothetical, not a claim"  # "the annexation of X would give ..."
    return ""


# A modal just before the verb of claiming, in its own phrase: "Moscow might one day claim".
_MODAL_VERB_RE = compiled(
    r"\b(?:would|could|might|may|will|shall|(?:wants?|plans?|intends?|hopes?|seeks?)\s+to)\s+"
    r"(?:[\w-]+\s+){0,3}?claim(?:s|ed)?$",
    re.IGNORECASE,
)
# A noun of claiming owned by the controlling side: "Russia's claim to", "Moscow's annexation of".
_OWNED_NOUNS = ("claim", "annexation", "incorporation", "absorption")
_OWNER_BEFORE = (
    r"\b(?:«C»|«CS»)['’]s\s+(?:(?:formal|illegal|attempted|unilateral|sham|so-called)\s+)?$"
)


def _in_its_relative_clause(before: str) -> str:
    """The words of a claim phrase's clause before it, from the relative clause it stands in:
    "Ukraine would cede Donetsk, which Moscow claims as its own", "... out of the four regions
    Moscow annexed in 2022" say what is, whatever the mood of the clause they hang on."""
    relative = list(_RELATIVE_RE.finditer(before))
    if relative:
        return before[relative[-1].end() :]
    reduced = _REDUCED_RELATIVE_RE.search(before)
    return before[reduced.end() :] if reduced else before


def _what_claims_says(match: re.Match, in_clause: list[Mention], s0: int) -> str:
    """Why "claims" states no claim of a region (it claims something else, that something is
    so, or says who says a sentence), or ""."""
    text = match.string
    if not names_follow(match, in_clause, s0):
        return "a claim of something else, not of a region"
    if "-claimed" not in match.group().lower() and _COMPLEMENT_RE.match(text, match.end()):
        # "Russia claims Odesa is a Russian city", "claimed the Kherson region's left bank
        # was ...": a claim that something is so, not of the region (but "the Russian-claimed
        # Kherson region was shelled": an adjective)
        return "a claim that something is so, not a claim of the region"
    if sides().pattern(_REFERENCE_IS).match(text, match.end()):
        # "Moscow claims these areas were shelled": a claim that something is so
        return "a claim that something is so, not a claim of the region"
    # ("X, which it claims", "X, a region it claims": of X)
    by_which = match.group("it") or re.match(r"(?:which|that)\b", match.group(), re.IGNORECASE)
    if (
        not by_which
        and re.search(r"(?:,|\bthan|\bas)\s*(?:(?:as|than)\s+)?(?:the\s+)?$", text[: match.start()])
        and re.match(r"\s*(?:[.;!?,]|$)", text[match.end() :])
    ):  # ... or an aside of saying: "The army, Russia claims, has taken 70% of X"; "..., as
        # Moscow claims", "far less than Moscow claims": of what is said, not of land
        return "who says it ('..., the Kremlin claims'), not a claim"
    return ""


# After a region's name, a noun that makes it the name of something in it: "the Donetsk villages",
# "the Zaporizhzhia nuclear plant", "the Kherson front".
_OF_SOMETHING_ELSE = (  # with the profile's unit nouns: sides().pattern
    r"\s+(?:«UNIT»\s+)?(?:"
    + "|".join(sorted((w.replace(" ", r"\s+") for w in NOT_AREA_NOUNS), key=lambda w: (-len(w), w)))
    + r")\b(?!['’])"  # not "the Donetsk and Luhansk People's Republics"
)


# After a verb of claiming that ends what it claims: "the regions Moscow claims are ...",
# "Donetsk, which Russia claims in full, ..."
_CLAUSE_GOES_ON_RE = compiled(
    r"\s+(?:are|is|as|were|was|but|in\s+(?:full|its\s+entirety|their\s+entirety))\b"
)


def names_follow(match: re.Match, mentions: list[Mention], s0: int) -> bool:
    """Whether "Moscow claims" is followed by region names, or ends its clause ("the regions
    Moscow claims are ...")."""
    text = match.string
    words = sides().pattern(_NP_WORDS).match(text, match.end())
    at = s0 + (words.end() if words else match.end())
    return (
        any(  # not "claimed the Donetsk villages": a name of something in the region
            s0 + match.end() < m.start <= at
            and not sides().pattern(_OF_SOMETHING_ELSE).match(text, m.end - s0)
            for m in mentions
        )
        or sides().pattern(_REFERENCE_AFTER).match(text, match.end())
        is not None  # "claims the whole oblast"
        or not text[match.end() :].strip()[:1].isalpha()
        or (
            _CLAUSE_GOES_ON_RE.match(text, match.end()) is not None
            and _of_land(_RELATIVE_ON_RE.search(text, 0, match.start()), mentions, s0)
        )
        # "the four regions Russia claimed in 2022 — A, B, C and D —": the units listed after
        or (
            _UNITS_BEFORE_RE.search(text, 0, match.start()) is not None
            and _LISTED_AFTER_RE.match(text, match.end()) is not None
        )
        # "claimed four regions in 2022: A, B, C and D"
        or _COUNTED_LISTED_AFTER_RE.match(text, match.end()) is not None
    )


_UNITS_BEFORE_RE = compiled(
    r"\b(?:two|three|four|five)\s+(?:[\w-]+\s+)?(?:regions|provinces|oblasts|territories)\s+"
    r"(?:that\s+|which\s+)?(?:(?:it|they)\s+)?$",
    re.IGNORECASE,
)
_LISTED_AFTER = (
    r"(?:\s+(?:(?:in|on|since)\s+[\w ]{1,25}?|(?:last|this)\s+\w+))?\s*(?:[—–:(]|\s-)\s*[A-Z]"
)
_LISTED_AFTER_RE = compiled(_LISTED_AFTER)
_COUNTED_LISTED_AFTER_RE = compiled(
    r"\s+(?:the\s+|all\s+)?(?:two|three|four|five)\s+(?:[\w-]+\s+)?(?:regions|provinces|oblasts"
    r"|territories)" + _LISTED_AFTER
)


# A relative clause the phrase opens: "the regions, which Moscow claims are ...", "Ukraine's army,
# which Russia claims is collapsing", "the defenders, who Russia claims are surrounded".
_RELATIVE_ON_RE = compiled(
    r"(\w+)\s*,?\s*(?:which|that|who|whom)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)


def _of_land(relative: re.Match | None, mentions: list[Mention], s0: int) -> bool:
    """Whether a relative clause's "claims is ..." is on land: a region's name or a noun of land
    before it (or no relative clause: "the regions Moscow claims are ..."); not "Ukraine's army,
    which Russia claims is collapsing", a claim that something is so."""
    if relative is None:
        return True
    word = relative.group(1).casefold()
    return (
        word in nouns() or word in AREA_NOUNS or word in ("peninsula", "regions", "provinces")
        or any(m.end == s0 + relative.end(1) for m in mentions)
    )  # fmt: skip


_CITY_AFTER_RE = compiled(r"\s+city\b", re.IGNORECASE)
# ... or a name that says who speaks ("Russia annexed Donetsk, the Luhansk governor said"; not
# "the Moscow-annexed Zaporizhzhia region's governor", the region's)
_SPEAKER_AFTER_RE = compiled(
    r"(?<!['’]s)\s+(?:{})\b(?!['’])".format("|".join(sorted(SAID_OF - {"front", "direction"}))),
    re.IGNORECASE,
)
_CITY_BEFORE_RE = compiled(r"\bcity\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# ... or names a list calls cities after: "claims to Odesa and Kharkiv as historically Russian
# cities"
_AS_CITIES_RE = compiled(
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*\s+as\s+(?:[\w\"“”'’-]+\s+){0,3}"
    r"(?:cities|towns|city|town)\b"
)
# ... or a side's ("the Kiev regime", "the Kyiv government's"): no claim of the capital's region
_GOVERNMENT_AFTER_RE = compiled(
    r"(?:['’]s)?\s+(?:regime|government|authorities|leadership)\b", re.IGNORECASE
)


# ... or the possessive of a part of it: "abandoned its claim to the Kherson region's right bank"
_PART_AFTER_RE = compiled(
    r"(?:['’]s)?\s+(?:(?:left|right|eastern|western|northern|southern|regional)\s+)?(?:bank"
    r"|capital|coast|coastline|north|south|east|west|border|districts?|towns?|villages?|front)\b",
    re.IGNORECASE,
)


def a_city(text: str, start: int, end: int, regions: tuple[Region, ...] = ()) -> bool:
    """Whether a name at ``start``-``end`` (of ``regions``) is a city's ("Zaporizhzhia city,
    which Moscow also claims", "the city of Kherson"), says who speaks ("the Luhansk governor")
    or owns a part ("the Kherson region's right bank"): no claim of its region (but a city that
    is a region of its own, "Sevastopol as a federal city of Russia", is claimed)."""
    part = _PART_AFTER_RE.match(text, end)
    return bool(
        (part and (part.group()[:1] in "'’" or text[max(0, end - 2) : end] in ("'s", "’s")))
        or _CITY_AFTER_RE.match(text, end)
        or _SPEAKER_AFTER_RE.match(text, end)
        or _GOVERNMENT_AFTER_RE.match(text, end)
        or _CITY_BEFORE_RE.search(text, max(0, start - 24), start)
        or (
            " as " in text
            and _AS_CITIES_RE.match(text, end) is not None
            and not a_city_region(regions, text[start:end])
        )
    )
