"""Who makes a claim: the controlling side named as the subject of a claim's verb, the one "it"
opening a sentence stands for ("It claims these regions."), or the side named last before a
verb whose subject is that side ("Kyiv holds part of X, which it claims": the defender's own,
no claim); and whose a claim named as a noun is ("Kyiv insists on its claim to X": the
defender's own, no claim of the controlling side's). :func:`the_controllers` puts these
together for a claim phrase: whether it is the controlling side's claim at all."""

from __future__ import annotations

import re

from geomap.dates import MONTH_NAMES
from geomap.extract.asides import in_aside
from geomap.extract.claim_clauses import opening_contrast, opening_contrast_end
from geomap.extract.claim_words import CLAIMING_VERBS, NEW_OF, NEW_OF_AFTER
from geomap.extract.named import PLACE_ADJECTIVE_RE, named_sides
from geomap.extract.sides import sides
from geomap.patterns import compiled


def subject_is_controller(text: str, at: int) -> bool:
    """Whether the controlling side is the first side named before ``at``, in the same clause."""
    two = sides()
    lo = max(text.rfind(";", 0, at), text.rfind(":", 0, at)) + 1
    first = next((side for pos, side in named_sides(text, two) if lo <= pos < at), "")
    return first == two.controller


def it_is_controller(text: str, at: int, previous_text: str) -> bool:
    """Whether "It" or "They" opening the sentence at ``at`` is the controlling side: the only
    side the sentence before names, or the one that opens it as its subject ("The Kremlin
    regards ..., after votes that Kyiv condemned. It also claims Crimea."); so for "it" after a
    semicolon, of the clause before it."""
    if _cataphora(text, at):
        return True  # "Though it claims X, Russia holds only 73% of it"
    return _it_stands_for(sides().controller, text, at, previous_text)


def it_is_defender(text: str, at: int, previous_text: str) -> bool:
    """Whether "It" or "They" opening the sentence, the subject of a verb of claiming or taking
    in before ``at``, is the defending side, as :func:`it_is_controller` tells it: "Ukraine held
    Kharkiv. It then announced their annexation." states no claim of the controlling side's
    (but in "Ukraine lost Crimea. It was annexed in 2014." "it" is Crimea)."""
    opening = _OPENING_PRONOUN_RE.match(text)
    return (
        opening is not None
        and opening.end() <= at
        and _ITS_VERB_RE.match(text, opening.end()) is not None
        and not any(pos < at for pos, _ in named_sides(text, sides()))
        and _it_stands_for(sides().defender, text, opening.end(), previous_text)
    )


# The verb after an opening "It" of which it is the subject, in a claim: "It then annexed them",
# "They formally announced their incorporation", "It called them Russian"
_ITS_VERB_RE = compiled(
    rf"(?:{CLAIMING_VERBS}|declar|sign|said|call|list|count|made|make|wr[io]t)", re.IGNORECASE
)


def _it_stands_for(side: str, text: str, at: int, previous_text: str) -> bool:
    two = sides()
    if not _OPENING_PRONOUN_RE.fullmatch(text, 0, at):
        # "Russia controls 56% of X; it also claims Y", "Moscow claims A, but it has never
        # claimed B", "While Moscow claims A, it ...": the clause before's
        before = _clause_before(text, at)
        if before is None:
            return False
        previous_text = text[:before]
    named = named_sides(previous_text, two)
    opening = next(iter(named), None)
    return {named_side for _, named_side in named} == {side} or (
        opening is not None
        and opening[1] == side
        and bool(_SUBJECT_OPENS_RE.fullmatch(previous_text, 0, opening[0]))
        and all(named_side == side or _dependent(previous_text, pos) for pos, named_side in named)
    )


def _cataphora(text: str, at: int) -> bool:
    """Whether "it" or "they" just before ``at`` opens a subordinate clause of contrast that
    opens the sentence, and the main clause's subject after it is the controlling side: "Though
    it claims X, Russia holds only 73% of it"."""
    opening = _CATAPHORA_RE.match(text)
    if opening is None or not _OPENING_PRONOUN_RE.fullmatch(text, opening.end(), at):
        return False
    end = opening_contrast_end(text, 0, len(text), set())
    if end is None:
        return False
    after = next(((pos, side) for pos, side in named_sides(text, sides()) if pos > end), None)
    return (
        after is not None
        and after[1] == sides().controller
        and bool(_SUBJECT_OPENS_RE.fullmatch(text, end + 1, after[0]))
    )


_CATAPHORA_RE = compiled(
    r"\s*(?:although|though|even\s+though|while|whereas)(?=\s+(?:it|they)\s)", re.I
)


def inner_it_is_controller(text: str, at: int) -> bool:
    """Whether "it" or "they" inside the sentence, just before ``at``, stands for the
    controlling side: the side named last before it, not in an aside ("Russian troops took
    Dachne, in a region it has not formally claimed"; "..., and it claims X")."""
    pronoun = _INNER_PRONOUN_RE.search(text, max(0, at - 40), at)
    return (
        pronoun is not None
        and pronoun.start() > 0
        and not _OPENING_PRONOUN_RE.fullmatch(text, 0, at)
        and last_named_is_controller(text, pronoun.start())
    )


_INNER_PRONOUN_RE = compiled(r"\b(?:it|they)\s+(?:[a-z]+\s+){0,3}$", re.IGNORECASE)


def _clause_before(text: str, at: int) -> int | None:
    """Where the clause before the one an "it" or "they" just before ``at`` opens ends: at a
    semicolon, a contrast ("but", "although"), or the comma after a subordinate clause a
    contrast opens; None where the pronoun opens no such clause."""
    ends = [m for m in _CLAUSE_END_RE.finditer(text, max(0, at - 80), at)
            if _OPENING_PRONOUN_RE.fullmatch(text, m.end(), at)]  # fmt: skip
    if not ends:
        return None
    end = ends[-1]
    if end.group().strip() == "," and not opening_contrast(text):
        return None  # "Russia holds A, it is said, ...": no clause of its own
    return end.start()


_CLAUSE_END_RE = compiled(
    r"(?:;|,?\s*\b(?:but|yet|although|though|while|whereas)\b|,)\s*", re.IGNORECASE
)


def opening_it_is_controller(text: str, at: int, previous_text: str) -> bool:
    """Whether a sentence that names no side before ``at`` opens with "It" or "They" standing
    for the controlling side, the subject that "which it claims" at ``at`` is of ("It also
    occupies parts of X, which it does not claim")."""
    opening = _OPENING_PRONOUN_RE.match(text)
    return (
        opening is not None
        and not last_named(text, at)
        and it_is_controller(text, opening.end(), previous_text)
    )


# What may come before a sentence's subject that opens it: "The", "But the", "In 2022, the".
_SUBJECT_OPENS_RE = compiled(
    r"\s*(?:(?:but|and|yet|so|meanwhile|now|since\s+then|in\s+\d{4}),?\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# Before a side that is no clause's subject of its own: in a relative clause ("votes that Kyiv
# condemned"), or after a preposition ("condemned by Kyiv").
_DEPENDENT_RE = compiled(
    r"\b(?:(?:that|which|whom)(?:\s+[\w'’-]+){0,2}|by|from|with|against|to|of|on|in|for|at)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _dependent(text: str, at: int) -> bool:
    """Whether the side named at ``at`` is in an aside, a relative clause or a phrase of
    another word's, not a clause's subject of its own."""
    return in_aside(text, at) or bool(_DEPENDENT_RE.search(text, max(0, at - 40), at))


# "It" or "They" opening a sentence, up to its verb of claiming: "It has also claimed".
_OPENING_PRONOUN_RE = compiled(
    # after an opening time: "In 2022 it declared ...", "In September 2022, it ...", "Eight
    # years later, it ..."
    r"\s*(?:(?:in|by)\s+(?:(?:early|late|mid|"
    + "|".join(MONTH_NAMES)
    + r")[\s-]+)?(?:19|20)\d\d,?\s+"
    r"|(?:[\w-]+\s+(?:years?|months?|weeks?|days?)\s+)?later,?\s+|then,?\s+)?"
    r"[\"“'‘]?(?:it|they)\s+(?:(?:has|have|also|now|still|then|later|subsequently|formally"
    r"|officially|illegally|unilaterally|never|not|does|do|did|only)\s+){0,3}",
    re.IGNORECASE,
)


def last_named_is_controller(text: str, at: int) -> bool:
    """Whether the side "its" at ``at`` stands for (:func:`its_side`) is the controlling side."""
    return its_side(_named_before(text, at), text, at) == sides().controller


def its_side(named: list[str], text: str, at: int) -> str:
    """The side "its" at ``at`` stands for, of the sides ``named`` before it in order: the last;
    after a verb of recognising, the one before ("Moscow insists that Ukraine must recognise its
    sovereignty over X": no side recognises its own); or ""."""
    if (
        len(named) > 1
        and named[-1] != named[-2]
        and _RECOGNISE_RE.search(text, max(0, at - 40), at)
    ):
        return named[-2]
    return named[-1] if named else ""


def last_named(text: str, at: int) -> str:
    """The side named last before ``at``, not in an aside ("Moscow, which Ukraine has fought
    since 2022, considers ..."), or ""."""
    named = _named_before(text, at)
    return named[-1] if named else ""


def _named_before(text: str, at: int) -> list[str]:
    """The sides named before ``at`` as its state, not as people other than it nor by an
    adjective on land ("making four Ukrainian regions part of Russia": no Ukraine named)."""
    return [
        side
        for pos, side in _sides_before(text, at)
        if not _not_the_state(text, pos)
        and not PLACE_ADJECTIVE_RE.match(text, pos)
        and not _SOVEREIGNTY_OF_RE.match(text, pos)
    ]


# "Moscow rejects Kyiv's sovereignty over the regions it annexed": the side whose sovereignty is
# spoken of is not who "it" is
_SOVEREIGNTY_OF_RE = compiled(
    r"[\w'’-]+(?:'s|’s)\s+(?:territorial\s+integrity|sovereignty|jurisdiction)\b", re.IGNORECASE
)


def _sides_before(text: str, at: int) -> list[tuple[int, str]]:
    """The sides named before ``at``, not in an aside, where each is named."""
    return [
        (pos, side) for pos, side in named_sides(text, sides())
        if pos < at and not in_aside(text, pos, at)
    ]  # fmt: skip


# A side's name that names people who are not its state: "Russian nationalists (bloggers,
# commentators)", "pro-Kremlin bloggers": what they call Russian is no claim of Russia's (its
# media speak in its terms: see claim_words.NEW_OF).
_NOT_THE_STATE_RE = compiled(
    r"[\w'’-]+\s+(?:ultra-?)?(?:nationalists?|bloggers?|commentators?|activists?"
    r"|historians?|writers?|pundits?|philosophers?|opposition|dissidents?|emigr[eé]s?"
    # (not "the Luhansk People's Republic", a unit's name)
    r"|speakers|people(?!['’])|citizens|residents|civilians)\b",
    re.IGNORECASE,
)
_PRO_OR_ANTI_RE = compiled(r"(?:pro|anti)-$", re.IGNORECASE)


def said_by_others(text: str, at: int) -> bool:
    """Whether every side named before ``at`` (not in an aside) is named as people other than
    its state: "Russian nationalists regard X as Russian land" is no claim of Russia's."""
    named = _sides_before(text, at)
    return bool(named) and all(_not_the_state(text, pos) for pos, _ in named)


def _not_the_state(text: str, pos: int) -> bool:
    """Whether the side named at ``pos`` is named as people other than its state."""
    return bool(
        _NOT_THE_STATE_RE.match(text, pos) or _PRO_OR_ANTI_RE.search(text, max(0, pos - 5), pos)
    )


_RECOGNISE_RE = compiled(
    r"\b(?:recogni[sz]e[sd]?|recogni[sz]ing|acknowledge[sd]?|acknowledging|accepts?|accepted"
    r"|accepting)\s+$",
    re.IGNORECASE,
)


# A claim named as a noun, and its owner before it: "its (long-standing) claim to X", "Kyiv's
# claim on X"; or the verb "lays claim to X", whose subject makes it.
_NOUN_CLAIM_RE = compiled(r"(?:claims?|lays?|laid)\b", re.IGNORECASE)
_OWNER_RE = compiled(
    r"(?:\b(?P<its>its|their)|(?P<name>\b[A-Z][\w.-]*(?:\s+[\w.-]+)?)(?:['’]s|(?<=s)['’]))"
    r"\s+(?:[\w-]+\s+){0,2}$"
)


def noun_claimant(text: str, at: int) -> str:
    """The side that makes a claim named as a noun at ``at`` ("its claim to X", "Kyiv's claim
    on X", "Kyiv lays claim to X"); "" where the words do not say ("the claim to X")."""
    if not _NOUN_CLAIM_RE.match(text, at):
        return ""
    if text[at].lower() == "l":  # "lays claim": its subject's
        return last_named(text, at)
    owner = _OWNER_RE.search(text, max(0, at - 48), at)
    if owner is None:
        return ""
    if owner.group("its"):
        return its_side(_named_before(text, owner.start()), text, owner.start())
    named = {side for _, side in named_sides(owner.group("name"), sides())}
    return named.pop() if len(named) == 1 else ""


# A speaker set off after the clause it says, its verb ending the sentence: "..., Leonid
# Pasechnik, the Moscow-installed leader, claimed."
# (not a relative clause or an apposition on land: "X, (all of) which Moscow claims.", "X, the
# region Moscow claims.")
_SPEAKER_AFTER_RE = compiled(
    r"\w[\w'’\")”]*\s*,\s+(?!(?:which|that|who|and|but|or|while|whereas|as|where|an?)\s)"
    r"(?![^,]*\b(?:which|whom|whose|regions?|oblasts?|provinces?|states?|territor\w*|lands?|areas?|parts?"
    r"|peninsula)\b)(?:[\w'’.-]+\s+){0,6}$"
)
_SENTENCE_END_RE = compiled(r"\s*[.!?]?[\"”'’]?\s*$")


def the_controllers(match: re.Match, previous_text: str) -> bool:
    """Whether a claim phrase at ``match`` is the controlling side's: not the noun ("Despite
    Russian claims, Ukraine holds ..."), nor another side's ("Ukraine rejected the vote and
    claimed ...", "Kyiv holds part of X, which it claims"), nor what people other than its state
    say ("Russian nationalists regard X as Russian land"); ``previous_text``, the sentence
    before, tells whom an opening "It" stands for."""
    text, start = match.string, match.start()
    if sides().pattern(_NOUN_CLAIMS_RE).match(text, start) or (
        sides().pattern(_NAME_CLAIMS_RE).match(text, start)
        and (
            _NOUN_BEFORE_RE.search(text, 0, start)
            # "the 81% Moscow claims": a figure it says it holds, not land it claims
            or _FIGURE_BEFORE_RE.search(text, 0, start)
        )
    ):
        return False  # "Despite Russian claims, Ukraine holds ...": the noun, not the verb
    if said_by_others(text, start) or it_is_defender(text, start, previous_text):
        return False  # "Russian nationalists regard X as Russian land", "Ukraine held X. It ..."
    if (
        match.group()[:1].isupper()  # a name, then its verb: "Pasechnik ... claimed"
        and match.group().endswith(("claim", "claims", "claimed"))
        and _SPEAKER_AFTER_RE.search(text, 0, start)
        and _SENTENCE_END_RE.match(text, match.end())
    ):
        return False  # "Russian forces hold all of X, Pasechnik claimed.": who says the clause
    if (match["joined"] or match["denied"]) and not (
        subject_is_controller(text, start)
        # "...; it has never claimed X": the "it" of the clause before's side
        or (match["denied"] and it_is_controller(text, start, previous_text))
    ):
        return False  # "Ukraine rejected the vote and claimed ..."
    if (match.group("pronoun") or match.group("itverb")) and not (
        it_is_controller(text, start, previous_text)
        or (match.group("pronoun") and inner_it_is_controller(text, start))
    ):
        return False  # "It claims these regions": the one side the sentence before names
    controller_says = any(match.group(g) for g in _SAYS)
    if controller_says and not (
        last_named_is_controller(text, start)
        # "It also regards Crimea as its own.": the side the sentence before names
        or it_is_controller(text, start, previous_text)
        or (match.group("it") and opening_it_is_controller(text, start, previous_text))
    ):
        return False  # "Kyiv holds part of X, which it claims": the defender's own
    # "Ukraine's new territories": not the controlling side's
    return not match.group("new") or bool(
        sides().pattern(NEW_OF).search(text, max(0, start - 60), start)
        or sides().pattern(NEW_OF_AFTER).match(text, match.end())
    )


# The groups of a claim phrase in which the side that says it is the claimant: "which it
# claims", "considers X its own", "says X is part of the country" ...
_SAYS = ("it", "own", "says", "country", "calls", "regards", "newcalled", "belongs",
         "described", "sovereignty", "whichit")  # fmt: skip

# "Russian claims" (the noun): no side that claims.
_NOUN_CLAIMS_RE = r"«CA»\s+claims\b|«C»['’]s\s+claims\b"  # "Contrary to Moscow's claims, ..."
# ... and a name before "claims" after a word that makes it a noun's: "despite Kremlin claims".
_NAME_CLAIMS_RE = r"«C»\s+claims\b"
_NOUN_BEFORE_RE = compiled(
    r"\b(?:despite|amid|contrary\s+to|according\s+to|against|reject(?:s|ed|ing)?|dismiss\w*"
    r"|den(?:y|ies|ied|ying)|of|over|about|to|with|like|unlike)\s+$",
    re.IGNORECASE,
)
# A figure just before a name and "claims": "the 81% Moscow claims" (that it holds).
_FIGURE_BEFORE_RE = compiled(
    r"\d\s*(?:%|per\s*cent|percent)\s+(?:that\s+|which\s+)?$", re.IGNORECASE
)
