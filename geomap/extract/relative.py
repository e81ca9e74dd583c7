"""A relative clause on a unit that says who holds it: "Sennar State, which the army recaptured
last year, ..." (the last side, where a verb is joined: "which the RSF captured in 2023 and the
army retook in 2025"), "Gezira State, where the army is in control, ..."."""

from __future__ import annotations

import re

from geomap.extract.actor_words import GROUP_NOUNS
from geomap.extract.gains import MONTHS
from geomap.extract.sides import Sides
from geomap.extract.statement import Held, statement
from geomap.patterns import compiled

# A relative clause on a unit: "Sennar State, which the army recaptured last year, ...".
_RELATIVE_VERB = (
    r"(?:(?:has|have|had|now|later|then|still)\s+){0,2}(?P<verb>recaptured|retook|retaken|captured"
    r"|seized|took|taken|overran|overrun|controls|controlled|holds|held|liberated|regained|won\s+back"
    r"|occupies|occupied"
    r"|took\s+back)\b"
)
_RELATIVE = (  # not "which it only partly controls"; "X, a state the RSF has held since 2023"
    r"(?<=,\s)(?:which|that|an?\s+«UNIT»(?:\s+(?:which|that))?)\s+(?P<who>(?:(?!(?:partly|partially|largely|mostly|nearly|almost"
    rf"|barely|half)\b)[\w'’-]+\s+){{1,4}}?){_RELATIVE_VERB}"
)
# ... and a verb joined after it, whose side holds now: "which the RSF captured in 2023 and the
# army retook in 2025"
_THEN_RE = compiled(
    rf"[^,;.()]*?\band\s+(?P<who>(?:[\w'’-]+\s+){{1,4}}?){_RELATIVE_VERB}", re.IGNORECASE
)
RELATIVE = _RELATIVE  # (the profile's unit nouns filled in: see held.py)
# "Gezira State, where the army is in control, ...", "where the RSF has ruled since 2023": a
# verb of holding with no object; not "where the RSF captured a town".
_IN_CONTROL = (
    r"(?P<who>(?:(?!(?:once|formerly|previously|long|partly|partially|largely"
    r"|mostly|nearly|almost|no\s+longer|never|not)\b)[\w'’-]+\s+){1,6}?)"
    # ... after a predicate of its own: "the army has repelled RSF attacks and remains in control"
    r"(?:(?:has|have|had)\s+(?:[\w'’-]+\s+){1,4}?and\s+)?"
    r"(?P<verb>(?:(?:is|are|remains?|has\s+been|have\s+been)"
    r"\s+(?:(?:now|still|firmly|fully|securely)\s+){0,2}in\s+(?:(?:full|firm|complete|total|effective)\s+)?"
    r"control)|(?:has|have)\s+ruled|rules?|holds?\s+sway|(?:has|have)\s+held\s+sway"
    # "In Gezira State, ..., the army regained control in January": taken, with no object
    r"|(?:(?:has|have|had)\s+)?(?:regained|retook|retaken|took|taken|seized|assumed|wrested"
    r"|re-?established|restored|reasserted"
    # "In Blue Nile State, the army retains control."
    r"|retains?|retained|keeps?|kept|maintains?|maintained)\s+(?:(?:full|firm|complete|total"
    r"|effective)\s+)?control"
    # "In X, the RSF's control is now total": all of it
    r"|(?<=['’]s\s)control\s+(?:there\s+)?(?:is|was|has\s+been|remains?)\s+(?:now\s+)?(?:total"
    r"|complete|absolute))\b"
    r"(?!\s+(?:of|over)\b)"
    r"(?=\s*(?:[,.;)]|$|since\b|for\b|last\s+(?:year|month|week)\b"
    rf"|in\s+(?:(?:early|late|mid)[\s-]+)?(?:{MONTHS}|\d{{4}})\b))"
)
WHERE_RE = compiled(r"(?<=,\s)where\s+" + _IN_CONTROL, re.IGNORECASE)
# ... and a sentence that opens with the unit: "In Blue Nile State, the army remains in control."
# ... or with the unit as a label: "Blue Nile: The army retains control, though ..."
IN_CONTROL_RE = compiled(r"(?:(?<=,\s)|(?<=:\s))" + _IN_CONTROL, re.IGNORECASE)
OPENING_IN_RE = compiled(
    r"\s*(?:(?:In|Across|Throughout|All\s+over)\s+[^,;]{2,40},\s|[A-Z][^,;:.]{1,40}:\s)"
)
# "With Gezira State under its control, the army pushed on": the unit before it, held by the
# main clause's subject
WITH_RE = compiled(
    r"(?<=\s)(?:now\s+|firmly\s+|fully\s+)?(?:under\s+(?:its|their)\s+(?:(?:full|firm)\s+)?control"
    r"|in\s+(?:its|their)\s+hands)(?=\s*,)",
    re.IGNORECASE,
)
OPENING_WITH_RE = compiled(r"\s*With\s+[^,;]{2,60}?\s+(?:under|in)\s+(?:its|their)\s")
# ... and the side named: "With Gezira and Sennar back in army hands, ...": its
WITH_SIDE = (
    r"(?<=\s)(?:(?:now|back|firmly|fully|again)\s+){0,2}(?:in\s+(?:the\s+)?(?:«CH»|«DH»)\s+hands"
    r"|under\s+(?:the\s+)?(?:«CH»|«DH»)\s+control)(?=\s*,)"
)
OPENING_WITH_SIDE_RE = compiled(r"\s*With\s+[^,;]{2,60}?\s+(?:under|in)\s", re.IGNORECASE)


def relative(sentence, match: re.Match, regions, actors, two: Sides, context: str) -> Held:
    """ "X, which the army recaptured last year": held by the side the relative clause names."""
    held = statement(sentence, match, regions, actors, two, passive=True)
    then = _THEN_RE.match(sentence.text, match.end())
    last = (
        then
        if then and any(then.start("who") <= at < then.end("who") for at, _ in actors)
        else match
    )
    # its verb: a state's time is read from it
    held.start, held.end = sentence.start + last.start("verb"), sentence.start + last.end("verb")
    lo, hi = last.span("who")
    named = {side for at, side in actors if lo <= at < hi}
    words = sentence.text[lo:hi].lower().split()
    if words[:1] in (["it"], ["they"]) and all(w.endswith("ly") for w in words[1:]):
        # the one side named before ("which it fully recaptured"), or the one "It" opening
        # the sentence stands for ("It then pushed into X, which it recaptured")
        named = {side for at, side in actors if at < lo} or ({context} if context else set())
    elif not named and " ".join(words) in GROUP_NOUNS:
        # "RSF fighters roamed across X, which the group has controlled since 2023": the one side
        # named before, where it is the controlling one (the group, the militia, the rebels)
        before = {side for at, side in actors if at < lo}
        named = before if before == {two.controller} else set()
    unclear = held.reason.startswith("holder unclear")
    held.holder = named.pop() if len(named) == 1 and (unclear or not held.reason) else ""
    held.reason = "" if held.holder else held.reason
    if not held.holder:
        held.reason = held.reason or f"holder unclear: '{' '.join(match.group().split())}'"
    return held


def with_its(sentence, match: re.Match, regions, actors, two: Sides, context: str) -> Held:
    """ "With X under its control, the army ...": held by the side that opens the main clause."""
    held = statement(sentence, match, regions, actors, two, passive=True)
    if held.reason and not held.reason.startswith("holder unclear"):
        return held  # negated, or not said to be so
    after = [side for at, side in actors if at >= match.end()]
    held.holder = after[0] if after else ""
    held.reason = "" if held.holder else "holder unclear: whose is 'its', the text does not say"
    return held
