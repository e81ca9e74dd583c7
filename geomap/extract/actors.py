"""Who acts in a sentence: where either side is named as an actor (where it is named in any
way: :mod:`geomap.extract.named`), and the side that acts at a verb: named before it, not
the object of another verb nor in an aside (see :mod:`geomap.extract.asides`), else the agent
of a passive. The profile's words for the two sides fill the patterns' placeholders (see
:mod:`geomap.extract.sides`)."""

from __future__ import annotations

import bisect
import functools
import re

from geomap.extract import scan
from geomap.extract.actor_words import CONTROLLER_ACTOR, DEFENDER_ACTOR, RIVAL_WORDS
from geomap.extract.asides import in_aside
from geomap.extract.framing import ENEMY_RE, in_its_terms
from geomap.extract.named import (
    IN,
    PLACE_ADJECTIVE_RE,
    dateline_end,
    named_just_before,
    named_sides,
)
from geomap.extract.sides import Sides, other, sides
from geomap.extract.subjects import an_object, may_be_subject
from geomap.patterns import compiled

# "the army's rivals": the other side acts (see find_actors)
_RIVALS_RE = compiled(r"['’]s?\s+(?:\w+\s+)?" + RIVAL_WORDS, re.IGNORECASE)


# A verb of saying or knowing, whose clause has a subject of its own.
SAYING = (
    r"(?:says?|said|claims?|claimed|insists?|insisted|maintains?|maintained|states?|stated"
    r"|reports?|reported|announced?|believes?|believed|thinks?|thought|argues?|argued|warns?"
    r"|warned|fears?|feared|estimates?|estimated|admits?|admitted|acknowledges?|acknowledged"
    r"|concedes?|conceded|accepts?|accepted|denies|denied|notes?|noted|adds?|added|stresses"
    r"|stressed|expects?|expected|knows?|knew|hopes?|hoped|confirms?|confirmed|suggests?"
    r"|suggested|shows?|showed|indicates?|indicated)"
)
# A speaker's verb just before "it": "Ukraine says (that) it controls ...".
_SAYS_RE = compiled(
    r"\b(?:says?|said|claims?|claimed|insists?|insisted|maintains?|maintained|states?|stated"
    r"|reports?|reported|announced?|believes?|believed)\s+(?:that\s+)?$",
    re.IGNORECASE,
)
PRONOUN_RE = compiled(
    r"\b(?:it|they|the\s+group|(?:its|their)\s+(?:own\s+)?(?:forces|troops|army|soldiers))\s+"
    r"(?:\w+\s+){0,2}$"
    r"|\b(?:its|their)\s+$",  # "Its share of X is 79%", "their foothold": the cue a noun after it
    re.IGNORECASE,
)
# A clause whose subject is "it", and a verb joined to its first: "It retook A in January and
# regained control of B in March".
_IT_FIRST_RE = compiled(r"\W*(?:it|they|the\s+group)\s", re.IGNORECASE)
JOINED_VERB_RE = compiled(
    r"\band\s+(?:(?:then|later|also|now|still|since|has|have|had)\s+){0,2}$", re.IGNORECASE
)


def it_subject(text: str, pos: int) -> bool:
    """Whether "it", "they" or "the group" is the subject of the verb at ``pos``: just before
    it, or first in its clause with the verb joined to the clause's first by "and"."""
    since = main_clause_start(text, pos)
    return bool(
        PRONOUN_RE.search(text, 0, pos)
        or (_IT_FIRST_RE.match(text, since) and JOINED_VERB_RE.search(text, since, pos))
    )


# Where a sentence's main clauses part: "...; it says its own forces hold 30%", "... while ...".
# (Not a ", but" whose verb has no subject of its own: "X were pushed back, but still hold 5%"
# is the first clause's subject's.)
_MAIN_CLAUSE_RE = compiled(
    r";|\b(?:while|whereas)\b|,\s*but\b(?!\s+(?:(?:still|now|also|only|already|then|continue"
    r"|continues|continued)\s+)*(?:to\s+)?(?:hold|holds|held|control|controls|controlled|occupy"
    r"|occupies|occupied|keep|keeps|kept|retain|retains|retained)\b)",
    re.IGNORECASE,
)


def later_pronoun_side(text: str, pos: int, since: int, two: Sides) -> str | None:
    """For a verb at ``pos`` in a main clause after the first (from ``since``) whose subject is
    "it", "they" or "its own forces" ("...; it says its own forces hold 30% of Y"): the side
    that says it, else the one side the clauses before name; "" where they name both; None
    where the clause has no such subject, or they name neither."""
    if not since or PRONOUN_RE.search(text, since, pos) is None:
        return None
    named = {  # "..., Luhansk, which Ukraine hopes to retake, ...; it holds": not Ukraine
        who  # ... nor a verb's object: "the army had pushed the RSF out of X; by March it had"
        for at, who in named_sides(text, two)
        if at < since and not in_aside(text, at) and not PLACE_ADJECTIVE_RE.match(text, at)
        and not an_object(text, at)
    }  # fmt: skip
    if said := speaker(two, text, pos):
        return said
    return named.pop() if len(named) == 1 else ("" if named else None)


LATER_PRONOUN_UNCLEAR = "holder unclear: 'it' of a later clause, after clauses naming both sides"


def main_clause_start(text: str, pos: int) -> int:
    """Where the main clause ``pos`` is in starts: after the last ";", "while", "whereas" or
    ", but" before it (0 for the first)."""
    parts = _main_clauses(text)
    k = bisect.bisect_right(parts, (pos, pos)) - 1
    while k >= 0 and parts[k][1] > pos:  # one that ends past ``pos`` does not part before it
        k -= 1
    return parts[k][1] if k >= 0 else 0


@functools.lru_cache(maxsize=256)
def _main_clauses(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _MAIN_CLAUSE_RE.finditer(text))


def speaker(two: Sides, text: str, end: int) -> str:
    """ "Ukraine says it still controls ...": the side that says "it" (named in any way: "Kyiv",
    "the Ukrainian general staff"), a few words before it in the same clause, for the "it"
    before ``end``; else ""."""
    pronoun = PRONOUN_RE.search(text, 0, end)
    if pronoun is None:
        return ""
    says = saying_before(text, pronoun.start())
    if says is None:
        return ""
    if pronoun.group().lower().startswith("they") and one_sayer(text, says.start()):
        return ""  # "..., but Kyiv says they hold only 60%": not Kyiv, which would be "it"
    return named_just_before(text, says.start(), two, 5)


def saying_before(text: str, pos: int) -> re.Match | None:
    """The verb of saying just before offset ``pos`` ("Kyiv says (that) |they ..."), or None."""
    return _SAYS_RE.search(text, 0, pos)


# The last word of a sayer named in the plural, which "they" after its verb of saying may be:
# "Russian forces", "the paramilitaries", "the RSF" (an abbreviation of forces).
_MANY_SAYERS_RE = compiled(r"(?:\b[A-Za-z][a-z]+s|\b[A-Z]{2,5})\s+$")


def one_sayer(text: str, says: int) -> bool:
    """Whether the words before a verb of saying at ``says`` end with a sayer named in the
    singular, whom a "they" after the verb cannot stand for: a country, a capital, "the
    Kremlin", "the army" (not "Russian forces", "the RSF")."""
    return bool(text[:says].rstrip()) and not _MANY_SAYERS_RE.search(text, 0, says)


# ... and as an actor's place: "Russian troops in (eastern) Ukraine", "in the east of Ukraine"
_IN_PLACE_RE = compiled(
    rf"\b(?:(?:{IN})\s+(?:(?:north|south|east|west|central)\w*\s+)?"
    r"|(?:north|south|east|west)(?:ern)?\s+of\s+)$",
    re.IGNORECASE,
)


def find_actors(text: str, two: Sides, *, framed: bool = False) -> list[tuple[int, str]]:
    """Where the sentence names either side as an actor, in order; not a country as the place
    where something is ("a foothold in Russia's Kursk region"; but "rivals in the RSF" are);
    "the army's rivals" are the other side; "the enemy" is the controlling side's but in a text
    (``framed``) or a sentence in that side's terms."""
    after = dateline_end(text)
    country = two.pattern(_COUNTRY)
    found = [
        (m.start(), other(side, two) if _RIVALS_RE.match(text, m.end()) else side)
        for side, template in ((two.controller, CONTROLLER_ACTOR), (two.defender, DEFENDER_ACTOR))
        for m in scan.finditer(two.pattern(template), text, after)
        if not (_IN_PLACE_RE.search(text, max(0, m.start() - 24), m.start())
                and country.match(text, m.start()))
    ]  # fmt: skip
    enemy = [at for at, _ in found if ENEMY_RE.match(text, at)]
    if enemy and in_its_terms(text, enemy[0], two, framed):
        # "Pushilin said the enemy still controls about 25% of the DPR": the defender
        found = [(at, two.defender if at in enemy else s) for at, s in found]
    return sorted(found + _former_or_latter(text, two) if "the " in text else found)


# "Ukrainian troops face Russian forces, where the latter hold 75%": the first or the last of the
# two sides named before it, as the subject of a verb (not "the former president").
_FORMER_RE = compiled(
    r"\bthe\s+(?P<which>former|latter)\s+(?:(?:now|still|currently|only)\s+)?(?=(?:hold|control"
    r"|occup|retain|keep|kept|ha[sd]\b|have\b|is\b|are\b|was\b|were\b|took|seiz|captur|retook"
    r"|recaptur)\w*)",
    re.IGNORECASE,
)


def _former_or_latter(text: str, two: Sides) -> list[tuple[int, str]]:
    """ "the former" or "the latter" as a verb's subject, for the first or the last of the two
    sides named before it in ``text``; none where it names fewer or more."""
    found = []
    for match in _FORMER_RE.finditer(text):
        named = list(
            dict.fromkeys(side for at, side in named_sides(text, two) if at < match.start())
        )
        if len(named) == 2:
            found.append((match.start(), named[0 if match["which"].lower() == "former" else 1]))
    return found


# A country named as where something is: "in Russia's Kursk region" (not "rivals in the RSF")
_COUNTRY = r"(?:«COUNTRY»)\b"


# An agent denied before the one that is: "controlled not by the RSF but by the army".
NOT_BY_WORDS = r"not\s+by\s+[^,;:.]{1,40}?,?\s+but\s+"
NOT_BY = rf"(?:{NOT_BY_WORDS})?"
# ... and a holder denied before the one that is: "is not under RSF control but in army hands"
NOT_UNDER_WORDS = (
    r"not\s+(?:under|in)\s+[^,;:.]{1,40}?\s+(?:control|hands|rule),?\s+but\s+"
    r"(?:(?:is|are|remains?|rather|instead|firmly|now)\s+){0,2}"
)
# A side named after an active verb is its object, not its actor; after "by" it is the actor.
_BY_RE = compiled(
    rf"\s*{NOT_BY}(?:(?!not\b)[\w-]+\s+){{0,3}}?by\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?$",
    re.IGNORECASE,
)
_OF_RE = compiled(r"\s*of\s+(?:the\s+)?$", re.IGNORECASE)
# A passive verb's agent right after it, with no auxiliary: "the 30% of X held by Ukraine".
_BY_NEXT_RE = compiled(r"\s+by\s", re.IGNORECASE)
# A passive verb's auxiliary just before it: "is still held", "has been occupied".
_PASSIVE_RE = compiled(
    r"\b(?:is|are|was|were|been|being|be|remains?|remained)\s+(?:(?:still|now|largely|mostly"
    r"|fully|partly|currently|already|firmly)\s+){0,2}$",
    re.IGNORECASE,
)
_NOUN_RE = compiled(r"\bcontrol$", re.IGNORECASE)
# A verb joined to the one before it: "... and now holds", "..., but remains".
_COORDINATED_RE = compiled(
    r"\b(?:and|but)\s+(?:(?:now|still|also|then|later|has|have|had|is|was|remains?|remained"
    r"|so|yet|even|already|currently|continues?\s+to|continued\s+to)\s+){0,2}$",
    re.IGNORECASE,
)
# A side as the subject of a relative clause on a noun with no "which": "the land Russia seized".
_RELATIVE_ON_A_NOUN_RE = compiled(
    r"\b(?:territory|territories|land|lands|areas?|ground|villages|towns|positions|parts?)\s+"
    r"(?:that\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def actor(
    actors: list[tuple[int, str]],
    pos: int,
    text: str = "",
    end: int = -1,
    since: int = 0,
    *,
    agent: bool = True,
) -> str:
    """The side that acts at a verb at ``pos`` (ending at ``end``): the side named nearest
    before it (and after ``since``) outside any insertion and not the object of a verb before
    it ("pushed Russian forces back"); else the agent of a passive ("held by Russian forces"),
    which comes first where the verb is passive ("is still held by Ukraine"), unless ``agent``
    is False (who "was driven out of X by the army" is the subject)."""

    def subject(at: int) -> bool:
        return may_be_subject(text, at, pos)

    end = pos if end < 0 else end
    if (
        agent
        and text
        and (_PASSIVE_RE.search(text, max(0, pos - 40), pos) or _BY_NEXT_RE.match(text, end))
    ):
        # "After months of Russian assaults, 30% of X is still held by Ukraine": the agent
        by = next((side for at, side in actors if at >= end and _BY_RE.match(text, end, at)), "")
        if by:
            return by
    before = [(at, side) for at, side in actors if since <= at < pos]
    if text and _COORDINATED_RE.search(text, max(0, pos - 40), pos):
        # "Ukrainian forces liberated part of the land Russia had seized, and continue to hold
        # 95% of X": a verb joined to the first is not that of a relative clause on a noun
        before = [
            (at, side)
            for at, side in before
            if not _RELATIVE_ON_A_NOUN_RE.search(text, max(0, at - 30), at)
        ]
    nearest = next((side for at, side in reversed(before) if subject(at)), "")
    reported = nearest and text and _REPORTED_SUBJECT_RE.search(text, before[-1][0], pos)
    if reported and not any(reported.start("who") <= at for at, _ in actors):
        # "The RSF said the SPLM-N controls 30% of X": the one who says it is not the subject
        # of what it says, a group the profile does not name
        return ""
    if nearest and text and _OWN_SUBJECT_RE.search(text, before[-1][0], pos):
        # "RSF fighters held villages despite the army's announcement that the state had been
        # liberated": a clause with a subject of its own, no side, between
        return ""
    if nearest:
        if (
            text
            and _COORDINATED_RE.search(text, max(0, pos - 40), pos)
            and (
                any(side != nearest and subject(at) for at, side in before)
                or _the_other_opens(text, nearest, before[-1][0])
            )
        ):
            # "Ukraine retook Kherson city, and Russia now holds 70% and controls ...": the
            # subject of a verb joined to another is that verb's, which the words do not show
            # here: neither side, rather than a guess
            return ""
        return nearest
    for at, side in actors:
        if at >= end and text and _BY_RE.match(text, end, at):
            return side
        if at >= end and text and _OF_RE.match(text, end, at) and _NOUN_RE.search(text, 0, end):
            return side  # "under the control of occupiers"
    return _opening_subject(text, end) if text else ""


def _the_other_opens(text: str, nearest: str, at: int) -> bool:
    """Whether the other side than ``nearest`` (named at ``at``) opens the sentence as a name,
    its verb between them: "Ukraine accuses Russia of war crimes and controls 30% of X" (the
    verb joined by "and" may be either's)."""
    first = next(iter(named_sides(text, sides())), None)
    return (
        first is not None
        and first[0] < at
        and first[1] != nearest
        and _OPENS_RE.fullmatch(text, 0, first[0]) is not None
        and _ONE_VERB_RE.fullmatch(text, first[0], at) is not None
    )


_OPENS_RE = compiled(r"\s*(?:the\s+)?", re.IGNORECASE)
# The name, then one verb (with an adverb or auxiliary) before the other side: "Ukraine accuses "
# (not a verb of saying or knowing, whose clause the other side is the subject of: "Ukraine says
# Russia holds 70% of A and controls 99% of B")
_ONE_VERB_RE = compiled(  # heeds case: the verb in lower case between two names
    r"[\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}\s+(?:(?:has|have|had|also|again|now|\w+ly)\s+)*"
    rf"(?!{SAYING}\b)[a-z]+\s+(?:that\s+)?(?:the\s+)?"
)


# What a side says, whose subject is a name the profile does not know: "said the SPLM-N".
_REPORTED_SUBJECT_RE = compiled(  # heeds case: the name has capitals, the words around it none
    r"\b(?:says?|said|claims?|claimed|insists?|insisted|reports?|reported|announced|stated"
    r"|believes?|believed)\s+(?:that\s+)?(?:the\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
    r"\s+(?:(?:now|still|also|currently|already)\s+)?$"
)


# A clause with a subject of its own that names no side, just before a verb: "... that the state
# had been", "when the town was" (not "that its forces have": a side's own).
_OWN_SUBJECT_RE = compiled(
    r"\b(?:that|when|after)\s+(?:the|this|its|their)\s+"
    r"(?!(?:\w+\s+)?(?:forces|troops|army|military|soldiers|fighters|units|group|militia)\b)"
    r"(?:[\w'’-]+\s+){1,3}(?:had|has|have|was|were|is|are)\s+"
    r"(?:(?:now|since|already|also|fully|completely|entirely|largely|been)\s+)*$",
    re.IGNORECASE,
)


# A phrase that opens a sentence with a participle, its subject the main clause's: "Having
# captured about 70% of X, Russia ...", "Controlling 70% of X, Russia ...", "Now in control of
# 70% of X, Russian troops ...", "With 70% of X in its hands, Russia ..." (not "During ...",
# "According to ...").
_PARTICIPLE_RE = compiled(
    r"\s*(?:(?:now|still|already|after|while|since|by)\s+)?(?:having\s+\w+"
    r"|(?!(?:during|according|including|regarding|concerning|following|notwithstanding)\b)"
    r"[a-z]+ing|in\s+(?:full\s+)?control(?:\s+of)?|with)\b[^,;:]*$",
    re.IGNORECASE,
)
_MAIN_SUBJECT_RE = compiled(r",\s*(?:the\s+)?$", re.IGNORECASE)


def _opening_subject(text: str, pos: int) -> str:
    """For a verb ending at ``pos`` in a phrase that opens the sentence with a participle, the
    side the main clause after it starts with; else ""."""
    comma = text.find(",", pos)
    if comma < 0 or not _PARTICIPLE_RE.match(text, 0, pos):
        return ""
    named = named_sides(text, sides())
    if any(at < comma for at, _ in named):
        return ""  # "With Ukraine holding 25% of X, Russia ...": the phrase names its own
    first = next(((at, side) for at, side in named if at > comma), None)
    if first is None or not _MAIN_SUBJECT_RE.search(text, comma, first[0]):
        return ""
    return first[1]


def removed(
    actors: list[tuple[int, str]], text: str, verb: tuple[int, int], who: tuple[int, int]
) -> str:
    """The side a match of ``holder_words.REMOVED`` (at ``verb``, its group ``removed`` at
    ``who``) puts out: the one named between its verb and "out of" ("drove the RSF out of"), the
    one a relative clause is on where nothing is named there ("The army, which the RSF drove out
    of"), else the one acting ("the RSF withdrew from")."""
    lo, hi = who
    if lo >= 0 and hi > lo:  # (a country's name there is the side too: "pushed Ukraine out of")
        named = (*actors, *named_sides(text, sides()))
        return next((side for pos, side in named if lo <= pos < hi), "")
    relative = _OBJECT_BEFORE_RE.search(text, 0, verb[0]) if lo >= 0 else None
    if relative and not BEEN_RE.search(text, 0, verb[0]):
        # "The army, which the RSF drove out of X": the verb's object is the one the relative
        # clause is on, where a side in the clause does it
        on = [side for pos, side in actors if pos < relative.start()]
        if on and any(relative.start() < pos < verb[0] for pos, _ in actors):
            return on[-1]
    return actor(actors, verb[0], text, verb[1], agent=False)


_OBJECT_BEFORE_RE = compiled(r",\s*(?:which|who|whom|that)\s+[^,;]{1,60}$", re.IGNORECASE)
# A passive's auxiliary just before a verb: "was driven out of", "were annexed".
BEEN_RE = compiled(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
