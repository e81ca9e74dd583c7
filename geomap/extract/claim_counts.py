"""A claim of a count of regions ("Russia claims four Ukrainian regions as its own.") and the
sentence after it that names them ("They are A, B, C and D.", "Of these, it holds ...")."""

from __future__ import annotations

import re

from geomap.extract import scan
from geomap.extract.claim_refs import regions_of
from geomap.extract.claim_words import CUE
from geomap.extract.claimants import last_named_is_controller
from geomap.extract.named import named_sides
from geomap.extract.sides import sides
from geomap.extract.text import NUMBER_WORDS, Mention, Sentence
from geomap.patterns import compiled
from geomap.regions import Region

# "Russia claims four Ukrainian regions as its own. They are A, B, C and D.": the regions a
# claim of a count of them in the sentence before stands for, named.
_THEY_ARE_RE = compiled(
    r"(?:they|these|those)\s+(?:are|were|include|included)\b"
    # "The move covers A and B in the east and C and D in the south."
    r"|the\s+(?:move|annexation|treaties|treaty|decision|decrees?|laws?|step|documents?)\s+"
    r"(?:covers?|covered|concerns?|concerned|includes?|included|appl(?:y|ies|ied)\s+to"
    r"|affects?|affected)\b"
    r"|the\s+(?:two|three|four|five)\b(?!\s+(?:years|months|weeks|days))"
    r"|the\s+(?:regions|provinces|oblasts|territories)\s+(?:are|were|include|included)\b"
    # "It fully controls none of them: it holds 99% of A, ...", "Of these, it holds ..."
    # ... "Moscow fully controls none of the regions: A, B, C and D"
    r"|[^.;:]{0,60}?\b(?:them|these|those|the\s+(?:(?:two|three|four|five)\s+)?(?:regions|provinces"
    r"|oblasts|territories))\b[^.;:]{0,30}:|of\s+(?:them|these|those)\s*,",
    re.IGNORECASE,
)
_COUNTED_RE = compiled(
    r"\b(?P<n>two|three|four|five|[2-5])\s+(?:[\w'’-]+\s+){0,3}?(?:regions|provinces|oblasts|territories)\b",
    re.IGNORECASE,
)
_UNREAL_RE = compiled(
    # (not "does not recognise Ukraine's sovereignty over the four regions it annexed")
    r"\b(?:not(?!\s+recogni[sz]e\s+[\w'’-]+(?:'s|’s)\s+sovereignty)|never|no\s+longer|would"
    r"|could|might|may|will|shall|plans?|wants?|hopes?|seeks?"
    r"|threat\w*|expected|likely|poised|intends?|prepar\w*|aims?|ready|set\s+to)\b",
    re.IGNORECASE,
)


def names_a_count(text: str) -> bool:
    """Whether a sentence opens by naming what a count in the one before stands for ("They are",
    "The four")."""
    return _THEY_ARE_RE.match(text) is not None


def _count(word: str) -> int:
    """ "four", "4" → 4."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.casefold()]


def named_after_a_count(
    sentence: Sentence, mentions: list[Mention], previous_text: str
) -> tuple[tuple[Region, ...], str]:
    """The regions this sentence names, and why, where the sentence before claims as many by
    their count ("They are A, B, C and D", "The four - A, B, C and D - ..."); else none."""
    if not (mentions and previous_text and _THEY_ARE_RE.match(sentence.text)):
        return (), ""
    cue = scan.search(sides().pattern(CUE), previous_text)
    if cue is None:
        return (), ""
    count = _COUNTED_RE.search(previous_text)
    if count is not None and _count(count.group("n")) != len(mentions):
        return (), ""
    # ... or claims them by a pronoun, the count further back ("Days later, Putin signed treaties
    # making them part of Russia. The regions are A, B, C and D.")
    if count is None and len(mentions) > 1:
        count = _THEM_RE.search(previous_text, max(0, cue.start() - 40), cue.end() + 20)
    if (
        count is None
        # not said as real, up to the count ("... even though Moscow does not control all")
        or _UNREAL_RE.search(previous_text, 0, max(count.end(), cue.end()))
        # the controlling side's claim (named by the cue's first word, or last before it)
        or not last_named_is_controller(previous_text, cue.start() + 1)
    ):
        return (), ""
    return regions_of(mentions), f"named after '{count.group()}' in the sentence before"


_THEM_RE = compiled(r"\b(?:them|these|those)\b", re.IGNORECASE)


# "Which regions has Russia annexed?", "Q: What territory does Moscow claim?": a question whose
# answer, the next sentence, names the regions ("Crimea in 2014, and A, B, C and D in 2022.")
_CLAIM_QUESTION_RE = compiled(
    r"(?:Q\s*[:.]\s*)?(?:which|what)\s+(?:[\w'’-]+\s+)?(?:regions?|territor(?:y|ies)|areas|provinces"
    r"|oblasts|lands?)\s+(?:has|have|did|does|do)\s+(?P<who>[^?]{1,40}?)\s+(?:formally\s+|illegally\s+)?"
    r"(?:annex(?:ed)?|claim(?:ed)?|incorporat(?:e|ed)|absorb(?:ed)?)\b[^?]*\?\s*$",
    re.IGNORECASE,
)
# An answer that says no, or what was not claimed: no claim of what it names
_NOT_ANSWER_RE = compiled(r"\b(?:not|no|none|never|neither|nor)\b", re.IGNORECASE)
# ... in the answer itself, not a clause after it ("..., though it fully controls none of them")
_ANSWER_END_RE = compiled(r",\s*(?:though|although|even\s+though|but|while|whereas)\b|;", re.I)


def answers_a_claim_question(text: str, previous_text: str) -> bool:
    """Whether ``text`` answers a question about the regions claimed just before it."""
    end = _ANSWER_END_RE.search(text)
    answer = text[: end.start()] if end else text
    return bool(
        _CLAIM_QUESTION_RE.match(previous_text.strip()) and not _NOT_ANSWER_RE.search(answer)
    )


def named_in_an_answer(
    sentence: Sentence, mentions: list[Mention], previous_text: str
) -> tuple[Region, ...]:
    """The regions an answer names to "Which regions has Russia annexed?" just before it, where
    the question's side is the controlling one; else none."""
    question = _CLAIM_QUESTION_RE.match(previous_text.strip())
    if not (mentions and question and answers_a_claim_question(sentence.text, previous_text)):
        return ()
    two, text = sides(), previous_text.strip()
    who = [side for at, side in named_sides(text, two) if at < question.end("who")]
    if not who or who[-1] != two.controller:
        return ()
    return regions_of(mentions)
