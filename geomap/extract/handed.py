"""Statements whose holder is the side control went to, named in the words around the units:
"..., giving it control of X", "control of X passed to the army", "the fall of X to the RSF",
"the capture placed X under RSF control"."""

from __future__ import annotations

import re

from geomap.extract.actor_words import GROUP_NOUNS
from geomap.extract.asides import in_aside
from geomap.extract.named import named_sides
from geomap.extract.sides import Sides
from geomap.extract.statement import Held, side_of_words, statement
from geomap.patterns import compiled

# "..., giving it control of X", "gave the RSF control of X", "leaving the army in control of X":
# the side between the verb and "control" holds.
GIVEN = (
    r"\b(?:giv(?:es|ing|en)|gave|give|hand(?:s|ed|ing)?|leav(?:es|ing)|left)\s+(?P<side>(?:[\w'’-]+"
    r"\s+){1,4}?)(?:in\s+)?(?:(?:full|complete|total|effective|de\s+facto)\s+)?control\s+(?:of|over)\b"
)
# ... or the units themselves: "The fall of Nyala handed the RSF South Darfur", "..., giving
# it West Darfur" (a unit's name after the side)
GIVEN_UNITS = (
    r"\b(?:giv(?:es|ing|en)|gave|give|hand(?:s|ed|ing)?)\s+(?P<side>(?:the\s+)?(?:«C»|«D»|«CB»"
    r"|«DB»|«CF»|«DF»|it|them))\s+(?=(?:the\s+)?(?-i:[A-Z]))"
)
# "Control of Gezira State passed (from the RSF) to the army": held by the side it passed to.
PASSED_RE = compiled(
    r"\bcontrol\s+(?:of|over)(?=\s+[^.;:]{1,80}?\b(?P<to>(?:passed|went|fell|reverted|returned)"
    r"\s+(?:back\s+)?(?:from\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+)?to)\b)"
    # "the fall of Gezira State to the RSF": the noun of "X fell to"
    r"|\bfall\s+of(?=\s+[^.;:]{1,60}?\s(?P<fall_to>to)\b)",
    re.IGNORECASE,
)
_NOT_RE = compiled(r"\b(?:not|never|n['’]t)\b", re.IGNORECASE)
# "The capture placed North Darfur under RSF control", "brought the region under the control of
# the RSF", "puts X firmly under the command of": the side named in the words of "under" holds.
_UNDER = (
    r"\bunder\s+(?:the\s+)?(?:(?:full|complete|total|effective|firm)\s+)?"
    r"(?:(?:control|command|sway|rule)\s+of\b|(?:«CH»|«DH»)\s+(?:control|rule|command)\b"
    r"|(?:«C»|«D»|«CF»|«DF»|«CB»|«DB»)['’]s?\s+(?:control|rule|command)\b)"
)
PLACED = (
    r"\b(?:plac(?:e|es|ed|ing)|puts?|putting|brings?|brought|bringing)\b(?=\s[^.;:]{1,100}?"
    + _UNDER
    + ")"
)


def given(sentence, match: re.Match, regions, actors, two: Sides, _context: str) -> Held:
    """ "..., giving it control of X": held by the side named between the verb and "control",
    or, for "it" or "them", by the actor of the clause before."""
    held = statement(sentence, match, regions, actors, two, passive=True)
    if held.reason and not held.reason.startswith("holder unclear"):
        return held  # negated, or not achieved
    held.holder = given_to(sentence.text, *match.span("side"), actors, two)
    held.reason = "" if held.holder else f"holder unclear: '{' '.join(match.group().split())}'"
    return held


# Words that stand for a side named before: "giving it (the group, the militia) control of"
_ANAPHORS = frozenset(("it", "them", *GROUP_NOUNS))


def given_to(text: str, lo: int, hi: int, actors, two: Sides, context: str = "") -> str:
    """The side control is given to, named in ``text[lo:hi]`` ("left Ukraine in control of");
    for "it", "them" or a noun such as "the group" or "the militia" that names no side itself,
    the one side named before as an actor ("X fell to the RSF, giving it (the group) control of
    ...": the RSF's; both named, "the army lost X to the RSF, giving it control of",
    either's; not a side in an aside, "took X, the army's last stronghold, in May, giving it");
    "" where that is not one side; with none named before it in the sentence, the side the
    sentence before names (``context``: "Russia's gains were small. That left it in control
    of ...")."""
    named = {side for at, side in named_sides(text, two) if lo <= at < hi}
    if not named and text[lo:hi].strip().casefold() in _ANAPHORS:
        named = {side for at, side in actors if at < lo and not in_aside(text, at, lo)}
        named = named or ({context} if context else set())
    return named.pop() if len(named) == 1 else ""


def passed(sentence, match: re.Match, regions, actors, two: Sides, _context: str) -> Held:
    """ "Control of X passed to the army", "the fall of X to the RSF": held by the side named
    just after "to"."""
    held = statement(sentence, match, regions, actors, two, passive=True)
    group = "to" if match.group("to") else "fall_to"
    held.start, held.end = sentence.start + match.start(group), sentence.start + match.end(group)
    to = [side for at, side in actors if match.end(group) <= at <= match.end(group) + 6]
    if no := _NOT_RE.search(sentence.text, match.end(), match.start(group)):
        held.reason = held.reason or f"negated ('{no.group()}')"  # "... never passed to"
    held.holder = to[0] if to and not held.reason else ""
    held.reason = held.reason or ("" if to else "holder unclear: whom control passed to")
    return held


def placed(sentence, match: re.Match, regions, actors, two: Sides, _context: str) -> Held:
    """ "The capture placed X under RSF control": held by the side the words of "under" name
    (in them, "RSF control", or just after them, "the control of the RSF")."""
    held = statement(sentence, match, regions, actors, two, passive=True)
    if held.reason and not held.reason.startswith("holder unclear"):
        return held  # negated, or not achieved: "failed to bring X under its control"
    under = two.pattern(_UNDER).search(sentence.text, match.end())
    assert under is not None  # the lookahead of PLACED found it
    after = [side for at, side in actors if under.end() <= at <= under.end() + 6]
    held.holder = side_of_words(under.group(), two) or (after[0] if after else "")
    words = " ".join(under.group().split())
    held.reason = "" if held.holder else f"holder unclear: whose is '{words}'"
    held.note = f"'{words}'" if held.holder else ""
    return held
