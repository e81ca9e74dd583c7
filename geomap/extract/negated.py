"""A share whose verb is negated: the other side's where the side that lost or gave it up, or
that a relative clause on it says does not hold it, is named ("the 22% of X it does not yet
control", "the 25% of X not yet occupied by Russia"); else no holder."""

from __future__ import annotations

import re

from geomap.extract.actors import actor
from geomap.extract.holder_words import Cue
from geomap.extract.named import named_sides
from geomap.extract.sides import Sides, other
from geomap.extract.text import join
from geomap.patterns import compiled

# A whole that is a verb's own object: "has lost all of X" (not "lost half of the land it seized,
# including all of X").
_OWN_OBJECT_RE = compiled(r"\s*(?:\w+\s+){0,2}")
# A passive's agent: "not yet occupied by (the) Russia(n army)"
_BY_RE = compiled(r"\s+by\s+(?:the\s+)?", re.IGNORECASE)
# The subject of a relative clause on a figure's place that is "it" or "they".
_IT_RE = compiled(r"\s*(?:(?:that|which)\s+)?(?:it|they|its|their)\b", re.IGNORECASE)


def _not_held_by(text: str, own: int, cue: Cue, actors, two: Sides) -> str:
    """The side a negated relative clause on a figure's place says does not hold it ("the 22%
    of X it does not yet control"): the one side it names, or the one named before "it"; else
    "". Not for a side that lost it or gave it up: that is the other side's gain."""
    if cue.word.casefold().startswith(("lost", "ceded", "surrendered", "free", "unoccupied")):
        return ""
    named = {side for at, side in actors if own <= at < cue.start}
    if not named:  # "the 25% of X not yet occupied by Russia": the agent after the verb
        named = {
            side for at, side in actors if at >= cue.end and _BY_RE.fullmatch(text, cue.end, at)
        }
    if not named and _IT_RE.match(text, own):
        # "Ukraine wants back the 70% of X that it no longer controls": any side named before
        named = {side for at, side in actors or named_sides(text, two) if at < own}
    return named.pop() if len(named) == 1 else ""


def read(share, cue: Cue, actors, two: Sides, relative: bool) -> None:
    """A negated verb: the other side's where the side that lost or gave up the share, or that
    a relative clause on it says does not hold it, is named; else no holder."""
    text = share.sentence.text
    start = share.start - share.sentence.start
    own = max(share.end, share.target_end) - share.sentence.start
    if cue.word.casefold().startswith(("lost", "ceded", "surrendered")) and (
        (loser := actor(actors, cue.start, text, cue.end)) == two.defender
        or (loser and share.totality and _OWN_OBJECT_RE.fullmatch(text, cue.end, start))
    ):
        # "Ukraine lost 70% of the region to Russia"; "the RSF has lost all of Gezira State"
        share.holder = other(loser, two)
        share.note = join(share.note, f"{cue.word.split()[0].casefold()} by {loser}")
    elif (
        cue.word.casefold().startswith("lost")
        and cue.end <= start
        and (gainer := _lost_to(text, own, two))
    ):
        # "The Kherson region has lost about 73% of its territory to Russian occupation"
        share.holder = gainer
        share.note = join(share.note, f"lost to {gainer}")
    elif relative and (side := _not_held_by(text, own, cue, actors, two)):
        # "seeks the 30% of X that it has failed to capture": the part the other side holds
        # (the negation is this reading's own, not the figure's mood)
        share.holder = other(side, two)
        share.negation = (cue.start, cue.end)
        share.note = join(share.note, f"not held by {side} ('{' '.join(cue.word.split())}')")
    else:
        share.reason = f"negated ('{cue.word.strip()}')"


# What a share was lost to: "to Russian occupation", "to the RSF", "to Russia's forces".
_TO_RE = compiled(r"\s+to\s+(?:the\s+)?")
_HARM_RE = compiled(
    r"[\w'’-]+\s+(?:mines|mining|shelling|strikes|airstrikes|bombing|bombardment|attacks|fire"
    r"|missiles|drones|artillery|flooding)\b",
    re.IGNORECASE,
)


def _lost_to(text: str, own: int, two: Sides) -> str:
    """The one side a share ending at ``own`` was lost to, named right after "to"; else ""."""
    to = _TO_RE.match(text, own)
    if to is None:
        return ""
    if _HARM_RE.match(text, to.end()):
        return ""  # "lost 30% of its farmland to Russian mines": harm, not a side's holding
    named = {side for at, side in named_sides(text, two) if at == to.end()}
    return named.pop() if len(named) == 1 else ""


# "the remaining 22% of X", "the last 25% of X": the part a side has yet to take
_REMAINING_RE = compiled(
    r"\bthe\s+(?:remaining|last)\s+(?:(?:about|some|roughly|around|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
_TAKING = ("captur", "take", "taking", "seiz", "occup", "conquer", "overr")


def _the_rest_of_a_taking(share) -> bool:
    """Whether a figure with a holder is "the remaining (last) N% of X" after a verb of taking."""
    text, start = share.sentence.text, share.start - share.sentence.start
    return bool(
        share.holder
        and share.cue.casefold().startswith(_TAKING)
        and _REMAINING_RE.search(text, max(0, start - 40), start)
    )


def of_the_rest(share, mood: str, two: Sides) -> str:
    """The mood of a figure that is the rest of a unit its holder takes ("the remaining 22% of
    X"): sought ("is trying to capture the remaining 22%"), the other side's now, in no mood
    of its own; taken ("captured the remaining 1%"), a gain (:func:`the_rest_taken`)."""
    if share.reason:
        return mood
    if mood:
        return "" if the_rest_to_take(share, two) else mood
    the_rest_taken(share)
    return mood


def the_rest_taken(share) -> bool:
    """Whether a stated figure is the rest of a unit its holder took ("captured the remaining 1%
    of X"): a gain that leaves all of it held, not the share held; so read."""
    if not _the_rest_of_a_taking(share):
        return False
    share.reason = (
        f"a gain, the rest of it ('{share.cue.strip()} the remaining'), not the share held"
    )
    return True


def the_rest_to_take(share, two: Sides) -> bool:
    """Whether a figure of unreal mood is the rest of a unit its holder has yet to take ("would
    need two years to capture the remaining 22% of X", "is trying to take the last 25% of X"):
    then the other side holds it now, and it is so read."""
    if not _the_rest_of_a_taking(share):
        return False
    side, share.holder = share.holder, other(share.holder, two)
    share.note = join(share.note, f"the rest {side} has yet to take ('{share.cue.strip()}')")
    return True
