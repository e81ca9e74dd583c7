"""Whom "it" and "they" stand for before a verb of holding ("Kyiv refuses to give up the 30% of
X it still holds"), and relative clauses on a figure's place ("... of X that Ukraine holds", "...
of X still held by Ukraine"): who holds it now, and whose mood the figure has; and the side the
sentence before names, which an "it" may stand for. The side that acts at a verb otherwise:
:mod:`actors`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.extract import sources
from geomap.extract.actors import one_sayer, saying_before
from geomap.extract.named import (
    PLACE_ADJECTIVE_RE,
    named_just_before,
    named_sides,
    owners_before,
    sides_named_before,
)
from geomap.extract.sides import Sides, sides
from geomap.extract.subjects import may_be_subject
from geomap.patterns import compiled

if TYPE_CHECKING:
    from geomap.extract.document import Document
    from geomap.extract.text import Sentence

# "it" or "they" a few words before a verb: its subject; and "its troops", "their forces"
_IT_RE = compiled(
    r"\b(?:it|they|(?:its|their)\s+(?:own\s+)?(?:forces|troops|army|soldiers|fighters|units))\s+"
    r"(?:(?!and\b|or\b)\w+\s+){0,2}$",
    re.IGNORECASE,
)


def pronoun_sides(
    text: str, pos: int, since: int, two: Sides, actors: list[tuple[int, str]]
) -> set[str] | None:
    """For a verb at ``pos`` whose subject is "it" or "they" ("the 30% of X it still holds"):
    the sides its clause names before the pronoun (after ``since``) as a subject may be: its
    ``actors``, and the sides named by a noun ("Kyiv refuses to give up ..."), not as another
    verb's object ("pushed Russian forces back") or by an adjective ("Ukrainian-held villages");
    None where the verb has no such subject."""
    pronoun = _IT_RE.search(text, max(since, pos - 60), pos)
    if pronoun is None:
        return None
    noun = two.pattern(_NOUN_NAMED)
    upto = _one_sayer_of_they(text, pronoun, since)
    # "..., but Kyiv says they hold 60%": the sayer, named last before its verb, is not "they"
    sayer = _last_before(text, upto, two) if upto < pronoun.start() else -1
    return {
        side
        for at, side in (*actors, *((at, side) for at, side in named_sides(text, two)
                                     if noun.match(text, at)))
        if since <= at < pronoun.start() and may_be_subject(text, at, pronoun.start(), pronoun=True)
        and not (sayer >= 0 and at == sayer)
    }  # fmt: skip


def _one_sayer_of_they(text: str, pronoun: re.Match, since: int) -> int:
    """ "Kyiv says they hold 60%": where the verb of saying before "they" (at ``pronoun``)
    starts, where the one who says it is named in the singular (not who "they" are); else where
    the pronoun starts."""
    they = pronoun.group().lower().startswith("they")
    saying = saying_before(text, pronoun.start()) if they else None
    if saying and saying.start() >= since and one_sayer(text, saying.start()):
        return saying.start()
    return pronoun.start()


def they_not_the_sayer(text: str, verb: int, since: int) -> bool:
    """Whether the subject of a verb at ``verb`` is "they" after a verb of saying whose sayer
    is named in the singular ("..., but Kyiv says they hold only 60%": not Kyiv)."""
    pronoun = _IT_RE.search(text, max(since, verb - 60), verb)
    return pronoun is not None and _one_sayer_of_they(text, pronoun, since) < pronoun.start()


def _last_before(text: str, pos: int, two: Sides) -> int:
    """Where the side named last before ``pos`` is named; -1 where none is."""
    return max((at for at, _ in named_sides(text, two) if at < pos), default=-1)


_NOUN_NAMED = r"(?:«C»|«D»|«CF»|«DF»|«CB»|«DB»|«CCAP»|«DCAP»)\b(?!-)"


IT_AN_OBJECT = "it: the object of a verb before"
THEY_ELSEWHERE = "they: not the one who says it, and no one else named before"


def whose_it(
    text: str, figure: int, verb: int, since: int, two: Sides, actors, side: str
) -> str | None:
    """For a verb at ``verb`` whose subject is "it" or "they", after a figure at ``figure``: the
    side it stands for (``side``: the verb's actor, if one was found), "" where it may be either
    ("Russia wants Ukraine to recognise the 70% of X it controls"), None where the verb has no
    such subject, :data:`IT_AN_OBJECT` where a verb before has "it" as its object ("pushed it
    back, and today it holds": who is not said). After a verb of giving up, "it" is that verb's
    subject ("Russia demands that Ukraine withdraw from the 30% of X it holds": Ukraine)."""
    it = pronoun_sides(text, verb, since, two, actors)
    if not it:
        return THEY_ELSEWHERE if they_not_the_sayer(text, verb, since) else None
    if _IT_OBJECT_RE.search(text, since, verb):
        # "Ukraine's counteroffensive pushed it back, and today it holds 5% of X": "it" is the
        # one pushed back, not the side the clause names
        return IT_AN_OBJECT
    if len(it) == 1 and (not side or side in it):
        return next(iter(it))
    if said := _sayer_of_it(text, verb, since, two):
        return said if said in it else ""
    kept = keeper(text, figure, two) or _keeper_of_the_place(text, verb, since, two)
    return kept if kept in it else ""


# A verb of saying right before "it": "..., Russia said it controlled"
_SAID_IT_RE = compiled(
    rf"\b{sources.SAY_OR_CLAIM}\s+(?:that\s+)?(?=(?:it|they)\s+(?:(?!and\b|or\b)\w+\s+){{0,2}}$)",
    re.IGNORECASE,
)


def _sayer_of_it(text: str, verb: int, since: int, two: Sides) -> str:
    """ "After Ukraine's counteroffensive stalled, Russia said it controlled 70% of X": the side
    named as the one who says it, right before a verb of saying whose object's subject is "it";
    else ""."""
    saying = _SAID_IT_RE.search(text, max(since, verb - 80), verb)
    return named_just_before(text, saying.start(), two, 3) if saying else ""


# The place a relative clause with "it" is on: "the parts of X (that) it still holds".
_PLACE_OF = (
    r"\b(?:parts?|areas?|portions?|territory|land|rest|remainder|share)\s+of\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){1,3}?"
)
_PLACE_OF_IT_RE = compiled(rf"{_PLACE_OF}(?:(?:that|which)\s+)?$", re.IGNORECASE)
# ... or with a side named: "the parts of X that Ukraine still controls"
_PLACE_OF_A_SIDE_RE = compiled(
    rf"{_PLACE_OF}(?:that|which)\s+(?:[\w'’-]+\s+){{1,3}}?(?:still\s+|now\s+)?$", re.IGNORECASE
)
# ... or its state said right after it: "the parts of X (that are) still under Kyiv's control"
_PLACE_IN_A_STATE_RE = compiled(
    rf"{_PLACE_OF}(?:(?:that|which)\s+(?:is|are)\s+)?(?:still\s+|now\s+)?$(?<=\s)", re.IGNORECASE
)


def _keeper_of_the_place(text: str, verb: int, since: int, two: Sides) -> str:
    """ "Russia demands that Ukraine withdraw from the parts of X it still holds — about a
    quarter of X": the side that would give up the place the verb's "it" holds, else ""."""
    place = place_of_it(text, verb, since)
    return keeper(text, place, two) if place >= 0 else ""


def place_of_it(text: str, verb: int, since: int) -> int:
    """Where the place starts that a relative clause whose subject is "it" or "they", at the
    verb ``verb``, is on ("the parts of X it still holds"), or a side named after "that" ("the
    parts of X that Ukraine still controls"), or the place's state after it ("the parts of X
    still under Kyiv's control"); -1 where it is on none."""
    pronoun = _IT_RE.search(text, max(since, verb - 60), verb)
    place = pronoun and _PLACE_OF_IT_RE.search(text, max(0, pronoun.start() - 60), pronoun.start())
    place = place or _PLACE_OF_A_SIDE_RE.search(text, max(since, verb - 100), verb)
    if not place and text.startswith(("under", "in "), verb):
        place = _PLACE_IN_A_STATE_RE.search(text, max(since, verb - 100), verb)
    return place.start() if place else -1


# "it" or "them" as a verb's object before a later "it": "pushed it back, and today it holds".
_IT_OBJECT_RE = compiled(
    r"\b(?:\w+ed|drove|took|beat|fought|hit|struck|forced|kept|left|threw)\s+(?:it|them)\b"
    # not the subject of a clause after the verb: "announced it had taken", "said it controls"
    r"(?!\s+(?:had|has|have|was|is|were|are|would|will|could|can|may|might|must|should|now|still"
    r"|already|also|controls?|controlled|holds?|held|took|takes|seized|captured|retook|retakes)\b)",
    re.IGNORECASE,
)


# A verb of keeping or giving up, just before a figure: "withdraw from the", "give up the"
_KEEP_RE = compiled(
    r"\b(?:withdraw(?:s|n|ing)?\s+(?:(?:its|their)\s+(?:troops|forces)\s+)?from|pull(?:s|ed|ing)?"
    r"\s+(?:(?:its|their)\s+(?:troops|forces)\s+)?out\s+of|leaves?|give\s+up|gives\s+up"
    r"|hands?\s+over|cedes?|surrenders?|abandons?|keeps?|retains?|defends?|fortif(?:y|ies)"
    r"|holds?\s+on\s+to)\s+(?:all\s+of\s+)?(?:the\s+)?(?:remaining\s+|last\s+)?$",
    re.IGNORECASE,
)


def keeper(text: str, pos: int, two: Sides) -> str:
    """The side that would keep or give up what a figure at ``pos`` is of: the one named just
    before a verb of keeping or giving up it is the object of ("Russia demands that Ukraine
    withdraw from the 25% of X it still holds": Ukraine's); else ""."""
    verb = _KEEP_RE.search(text, max(0, pos - 80), pos)
    return "" if verb is None else named_just_before(text, verb.start(), two, 4)


# Between a figure's place and the verb of a relative clause on it: its subject ("that",
# "it", a side's name) and the words of tense and time ("the 30% of X it still holds").
_RELATIVE_SUBJECT_RE = compiled(
    r"\s*(?P<that>(?:that|which)\s+)?(?P<who>(?:it|they)\s+|(?:the\s+)?(?:(?!(?:as|while|and|but|when|because|since"
    r"|after|before|where|though|although|whereas|if|or|is|are|was|were|remains?|still|now"
    r"|currently|already)\b)[\w'’-]+\s+){1,3}?"
    r"(?:(?:forces|troops|army|military|government)\s+)?)?(?:(?:still|now|currently|already|has|have|had"
    r"|does|do|did|is|are|was|were|been|remains?|continues\s+to)\s+){0,3}",
    re.IGNORECASE,
)


_ADVERBS_RE = compiled(r"\s*(?:(?:still|now|currently|largely)\s+)*", re.IGNORECASE)
# A reduced relative clause that names the holder: "still held by Ukraine", "in Ukrainian hands",
# or who does not hold it: "not yet occupied by Russia".
REDUCED_RE = compiled(
    r"(?:(?:not|never)\s+(?:yet\s+)?)?(?:held|controlled|occupied|retained|kept|captured|taken"
    r"|seized)\s+by\b|in\s+(?:[\w'’-]+\s+){1,2}hands\b"
    r"|under\s+(?:[\w'’-]+\s+){1,2}control\b",
    re.IGNORECASE,
)


def relative_on(text: str, lo: int, hi: int, two: Sides) -> bool:
    """Whether a verb at ``hi`` is that of a relative clause on what ends at ``lo``: its subject
    and nothing else between ("... of X it still controls", "... of X Ukraine holds", "... of X
    that remains in Ukrainian hands"). The figure's mood is then that clause's, not the verb's
    before it ("refuses to give up the 30% of X it holds": the 30% is held)."""
    found = _RELATIVE_SUBJECT_RE.fullmatch(text, lo, hi)
    who = (found.group("who") or "") if found else ""
    if found and who.split() and who.split()[0].lower() not in ("it", "they", "its", "their"):
        if any(found.start("who") <= at < found.end("who") for at, _ in named_sides(text, two)):
            return True
    elif found and (found.group("that") or who):
        return True
    # "... of X still held by Ukraine", "... of X now under Ukrainian control"
    return bool(_ADVERBS_RE.fullmatch(text, lo, hi) and REDUCED_RE.match(text, hi))


# A side that is the subject of a relative clause, not the sentence's: "Russia pressed on in X,
# where Ukraine has lost ground."
_RELATIVE_BEFORE_RE = compiled(r",\s*(?:where|which|that|whom|when)\s+(?:the\s+)?$", re.I)


def side_before(doc: Document, sentence: Sentence) -> str | None:
    """The side the sentence before ``sentence``, in the same paragraph, names as an actor:
    "" where it names both (an "it" after it is unclear), None where it names neither or
    there is no such sentence."""
    if not doc.goes_on(sentence):
        return None
    before = doc.sentences[sentence.index - 1].text
    found = [
        (at, side) for at, side in named_sides(before, sides())
        if not PLACE_ADJECTIVE_RE.match(before, at)  # "four Ukrainian regions": no actor
    ]  # fmt: skip
    named = {side for _, side in found}
    if len(named) > 1:
        # "The army pushed the RSF out of X. It retook ...": the side that may be its subject
        # (not a verb's object, nor in an aside)
        named = {
            side for at, side in found
            if may_be_subject(before, at, len(before))
            and not _RELATIVE_BEFORE_RE.search(before, max(0, at - 30), at)
        }  # fmt: skip
        return named.pop() if len(named) == 1 else ""
    return named.pop() if named else None


_ITS_RE = compiled(r"\bunder\s+(?:its|their)\s+(?:(?:full|complete|total)\s+)?$", re.IGNORECASE)
_IN_ITS_RE = compiled(r"in\s+(?:its|their)\s+(?:own\s+)?hands\b", re.IGNORECASE)
_ITS_FORCES_RE = compiled(
    r"\b(?:its|their)\s+(?:own\s+)?(?:forces|troops|army|soldiers|fighters|units)\s+"
    r"(?:(?:now|still|currently|already|only)\s+)*$",
    re.IGNORECASE,
)


def whose_its_is(text: str, start: int, end: int, word: str, two: Sides) -> str:
    """The side "its" before a verb of holding stands for, where the sentence tells: "under its
    (full) control" or "in its hands" the side that says it ("..., the army said") or the one
    side named before as more than a place, an owner too ("X, the RSF's stronghold, is fully
    under its control"); "its troops hold 1%" the one side named before as more than a place,
    in an aside too ("In X, where Russia attacked in spring, its troops hold 1%"); else "".
    ``start`` and ``end`` span the verb, ``word`` its words ("in its hands")."""
    if _ITS_RE.search(text, max(0, start - 30), start) or _IN_ITS_RE.match(word):
        said = sources.speaker_side(text, end, two) or sources.said_before(text, start, two)
        owners = owners_before(text, start, two)
        return said or (owners.pop() if len(owners) == 1 else "")
    if _ITS_FORCES_RE.search(text, max(0, start - 50), start):
        named = sides_named_before(text, start, two)
        return named.pop() if len(named) == 1 else ""
    return ""
