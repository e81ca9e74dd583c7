"""Who a sentence says its statement comes from: "according to the Institute for the Study of
War", "Ukraine's general staff said" (the evidence shows it beside each figure), and the side
whose forces a source that is one side's means ("According to Moscow, its troops hold ...")."""

from __future__ import annotations

import re

from geomap.extract.actors import (
    JOINED_VERB_RE,
    PRONOUN_RE,
    main_clause_start,
    one_sayer,
    saying_before,
    speaker,
)
from geomap.extract.asides import asides_before
from geomap.extract.named import named_just_before, named_sides
from geomap.extract.sides import Sides
from geomap.extract.subjects import may_be_subject
from geomap.patterns import compiled

_ACCORDING_RE = compiled(
    r"\b(?i:according to) (?:the )?"
    r"(?P<src>[A-Z][\w’'.&-]*(?:\s+(?:of|for|the|and|on|[A-Z][\w’'.&-]*))*)"
)
# A name of capitalised words, which may be joined by "of", "for", "the", "and", "on": "the
# Institute for the Study of War said" names the institute, not "War".
_SAID_RE = compiled(
    r"(?P<src>[A-Z][\w’'-]+(?:\s+(?:(?:of|for|the|and|on)\s+)*[A-Z][\w’'-]+)*)\s+"
    r"(?:said|says|estimated|estimates|reported|reports|told|stated)\b"
)

# The body a possessive source names, up to the clause's end: "Ukraine's (general staff),".
_BODY_RE = compiled(r"\s+([a-z]+(?:\s+[a-z]+){0,2})(?=\s*(?:[,.;:)]|$))")


def _source(pattern: re.Pattern, sentence: str) -> str:
    """The name ``pattern`` finds as a sentence's source, without trailing small words."""
    match = pattern.search(sentence)
    if not match:
        return ""
    words = match.group("src").split()
    while words and words[-1].islower():
        words.pop()
    name = " ".join(words).rstrip(",.")
    if name.endswith(("'s", "’s")) and name == match.group("src").rstrip():
        # A possessive names whose body: "according to Ukraine's general staff".
        body = _BODY_RE.match(sentence, match.end())
        if body:
            name += " " + " ".join(body.group(1).split())
    return name


def according_to(sentence: str) -> str:
    """The source an "according to X" names in a sentence, or ""."""
    return _source(_ACCORDING_RE, sentence)


def attribution(sentence: str) -> str:
    """Who a sentence attributes its statement to ("according to X", "X said"), or ""."""
    return _source(_ACCORDING_RE, sentence) or _source(_SAID_RE, sentence)


# ... and the phrase, whatever its case: "according to the army"
_ACCORDING_PHRASE_RE = compiled(r"\baccording\s+to\s+[^,;:.()]{1,60}", re.IGNORECASE)
# Forces a sentence does not say whose they are: "the armed forces control ...".
_BARE_FORCES_RE = compiled(
    r"\b(?:the\s+)?(?:armed\s+forces|army|military|troops)\s+(?:\w+\s+)?$", re.IGNORECASE
)


def side(text: str, since: int, verb: int, two: Sides) -> str:
    """The side whose forces a bare "the armed forces", "its troops" or "it" before the verb at
    ``verb`` are, where the sentence names one side only, as its source ("According to the
    Russian Defense Ministry, the armed forces control ...", "According to Moscow, its troops
    hold ..."); else ""."""
    if not (_BARE_FORCES_RE.search(text, since, verb) or PRONOUN_RE.search(text, since, verb)):
        return ""
    source = _ACCORDING_PHRASE_RE.search(text, 0, verb)
    named = {side for _, side in named_sides(text, two)}
    of_source = {side for _, side in named_sides(source.group(), two)} if source else set()
    return next(iter(of_source)) if len(of_source) == 1 and named == of_source else ""


# "We", "our troops" just before a verb, "our" before "control": the speaker's own side.
WE_RE = compiled(
    r"\b(?:we|our\s+(?:forces|troops|army|soldiers|units|fighters|defenders))\s+(?:\w+\s+){0,2}$"
    r"|\bour\s+(?:full\s+)?$",  # "is under our control"
    re.IGNORECASE,
)
_OPEN_QUOTE_RE = compiled(r"[“\"]")
_CLOSE_QUOTE_RE = compiled(r"[”\"]")
# The verbs of saying
SAY = r"(?:said|says|say|told|added|stated|declared|insisted|reported|reports|announced|wrote)"
# ... and "claimed" where it ends a sentence's saying ("..., the RSF claimed", "It claimed ...")
SAY_OR_CLAIM = rf"(?:{SAY}|claimed|claims)"
# An office after a speaker's name: "Ukraine's commander-in-chief", "the RSF's spokesman".
_OFFICE = (
    r"(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?(?:commander|chief|spokes\w+|minister|head"
    r"|governor|general|officer|official|adviser|advisor|president|leader)\b[\w'’ -]{0,30}"
)
# The speaker after a quotation (', a Ukrainian commander said', ', said a Russian officer') or
# before it ('A Russian commander said: "').
_SPEAKER_AFTER_RE = compiled(
    rf"\s*,?\s*(?:(?P<who>[^,;.“”\"]{{1,60}}?)"
    # the speaker's name after the office: ', the army's spokesman, Nabil Abdallah, said'
    rf"(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}},)?\s+{SAY}\b"
    # ', said Oleksandr Syrskyi, Ukraine's commander-in-chief': the name and its office
    rf"|{SAY}\s+(?P<who2>[^,;.“”\"]{{1,60}}(?:,\s*{_OFFICE})?))",
    re.IGNORECASE,
)
_SAID_LAST_RE = compiled(
    rf",\s*(?P<who>[^,;.“”\"]{{1,60}}?)\s+(?:{SAY_OR_CLAIM}|told\s+\w+)"
    # "..., the RSF said in a statement", "..., the army said on Monday"
    r"(?:\s+(?:in|on|late|early|at)\b[^,;.“”\"]{0,40})?\W*$",
    re.IGNORECASE,
)
_SPEAKER_BEFORE_RE = compiled(
    rf"(?P<who>[^,;.“”\"]{{1,60}}?)\s+{SAY}(?:\s+\w+){{0,2}}\s*[:,]?\s*$", re.IGNORECASE
)

# ... 'According to Shoigu, "our troops ..."'
_ACCORDING_BEFORE_RE = compiled(
    r"\baccording\s+to\s+(?P<who>[^,;:.()“”\"]{1,60}?)\s*[:,]?\s*$", re.IGNORECASE
)


def quoted_side(text: str, verb: int, two: Sides) -> str:
    """'"We control about 25% of X," a Ukrainian commander said': the side of the speaker of a
    quotation whose "we" or "our troops" acts at the verb at ``verb``, where the words that say
    who speaks name one side only; else ""."""
    opened = [m.start() for m in _OPEN_QUOTE_RE.finditer(text, 0, verb)]
    closed = _CLOSE_QUOTE_RE.search(text, verb)
    if not opened or closed is None:
        # no quotation marks: "Our troops hold 20% of X, a Ukrainian officer said." (the
        # speaker after the last comma, ending the sentence)
        said = _SAID_LAST_RE.search(text, verb)
        named = {side for _, side in named_sides(said.group("who"), two)} if said else set()
        return next(iter(named)) if len(named) == 1 else ""
    after = _SPEAKER_AFTER_RE.match(text, closed.end())
    before = _SPEAKER_BEFORE_RE.search(text, 0, opened[-1]) or _ACCORDING_BEFORE_RE.search(
        text, 0, opened[-1]
    )
    who = (after and (after.group("who") or after.group("who2"))) or (
        before and before.group("who")
    )
    named = {side for _, side in named_sides(who, two)} if who else set()
    return next(iter(named)) if len(named) == 1 else ""


def speaker_side(text: str, after: int, two: Sides) -> str:
    """The one side the speaker named after ``after`` to the sentence's end is ("..., Russian
    Defence Minister Andrei Belousov said."), or the source "according to" names; else ""."""
    said = _SAID_LAST_RE.search(text, after)
    source = said.group("who") if said else ""
    according = _ACCORDING_PHRASE_RE.search(text)
    source = source or (according.group() if according else "")
    named = {side for _, side in named_sides(source, two)} if source else set()
    if not named and source and two.pattern(_OUTLET).search(source):
        named = {two.controller}  # "according to TASS": a news agency that speaks for it
    return next(iter(named)) if len(named) == 1 else ""


_OUTLET = r"\b(?:«OUTLETS»)\b"


# ... "Ukraine said (that) X", "X, Russia says, is ..."
_SAYS_BEFORE_RE = compiled(
    rf"(?P<who>[^,;.“”\"]{{1,60}}?)\s+{SAY}(?:\s+(?:that\s+)?|\s*,\s+)", re.IGNORECASE
)


def said_before(text: str, at: int, two: Sides) -> str:
    """The one side a speaker says what comes before ``at`` is ("Ukraine said Sumy was under
    its full control"); else ""."""
    found = max(_SAYS_BEFORE_RE.finditer(text, 0, at), key=lambda m: m.start(), default=None)
    if found is None:
        return ""
    named = {side for _, side in named_sides(found.group("who"), two)}
    return next(iter(named)) if len(named) == 1 else ""


_THE_BEFORE_RE = compiled(r"\bthe\s+[\"“'‘]?$", re.IGNORECASE)


def said_by(text: str, start: int, end: int, two: Sides) -> str:
    """The side that says what ``text[start:end]`` says: named just before a verb of saying
    before it ("Kyiv said the liberation of X had been completed") or after it, to the
    sentence's end ("..., the army said"); else ""."""
    article = _THE_BEFORE_RE.search(text, max(0, start - 8), start)
    says = saying_before(text, article.start() if article else start)
    before = named_just_before(text, says.start(), two, 5) if says else ""
    return before or speaker_side(text, end, two)


# A pronoun just after a verb of saying ("Kyiv said its troops ..."), whose verb another is joined
# to by "and" (JOINED_VERB_RE: "... had pushed the enemy back and now control ...").
_SAID_IT_RE = compiled(
    r"\b(?:says?|said|claims?|claimed|insists?|insisted|reported|announced|stated)\s+(?:that\s+)?"
    r"(?P<it>it|they|(?:its|their)\s+(?:own\s+)?(?:forces|troops|army|soldiers))\b",
    re.IGNORECASE,
)


def joined_speaker(text: str, verb: int, two: Sides) -> str:
    """The side that says "it" or "its troops" did what a verb joined after theirs does at
    ``verb``: "Ukraine's General Staff said its troops had pushed the enemy back and now
    control 35% of X" (the enemy the object, no subject); else ""."""
    since = max(main_clause_start(text, verb), verb - 300)  # (the words of one clause)
    if not JOINED_VERB_RE.search(text, max(since, verb - 60), verb):
        return ""
    said = max(_SAID_IT_RE.finditer(text, since, verb), key=lambda m: m.start(), default=None)
    if said is None or any(
        said.end() <= at < verb and may_be_subject(text, at, verb)
        for at, _ in named_sides(text, two)
    ):
        return ""  # "Kyiv said it had withdrawn and Russia now holds ...": Russia's
    if said["it"].lower().startswith("they") and one_sayer(text, said.start()):
        return ""
    return named_just_before(text, said.start(), two, 5)


def speaker_past_asides(text: str, verb: int, two: Sides) -> str:
    """The side that says "it" or "its forces" acts at ``verb``, past asides between them: "Kyiv
    says its forces, despite heavy losses, still hold 40% of X"; else ""."""
    start = asides_before(text, verb)
    return "" if start is None else speaker(two, text[:start] + " ", start + 1)


def speaker_of(text: str, verb: int, two: Sides) -> str:
    """The side that says "it" or "its troops" acts at ``verb``: just before it ("Ukraine says it
    still controls ..."), as the subject of a verb joined to it, or past asides; else ""."""
    return (
        speaker(two, text, verb)
        or joined_speaker(text, verb, two)
        or speaker_past_asides(text, verb, two)
    )
