"""Who holds a share: the cues of its clause (occupied, liberated, under the control of...), the
actors named before it (see :mod:`geomap.extract.actors`), and its mood (stated, or only
hypothetical). The profile's words for
the two sides fill the patterns' placeholders (see :mod:`geomap.extract.sides`)."""

from __future__ import annotations

import dataclasses
import re

from geomap.extract import negated, scan, sources
from geomap.extract.actors import (
    LATER_PRONOUN_UNCLEAR,
    PRONOUN_RE,
    actor,
    find_actors,
    later_pronoun_side,
    main_clause_start,
    removed,
    speaker,
)
from geomap.extract.asides import aside_on_another, in_aside
from geomap.extract.both import both_subject
from geomap.extract.clauses import clause_text
from geomap.extract.framing import in_its_terms
from geomap.extract.gapping import gapped, passive_gap
from geomap.extract.handed import given_to
from geomap.extract.holder_words import (
    DENIED_RE,
    LIBERATED_BY_CONTROLLER,
    NEGATED_RE,
    NOT_BEFORE_RE,
    Cue,
    find_cues,
    named_in_its_words,
    nobody_acts,
)
from geomap.extract.named import named_sides
from geomap.extract.nearest import nearest_cue
from geomap.extract.other_verbs import VERB_AFTER_RE, another_verb, claiming_verb, verb_between
from geomap.extract.pronouns import (
    IT_AN_OBJECT,
    THEY_ELSEWHERE,
    place_of_it,
    relative_on,
    whose_it,
    whose_its_is,
)
from geomap.extract.sides import Sides, other
from geomap.extract.targets import WHOLE_COUNTRY
from geomap.extract.text import join
from geomap.extract.together import the_figure_again
from geomap.patterns import compiled

# A mark that sets a phrase off: "... it still holds — about a quarter of X".
_SET_OFF_RE = compiled(r"\s*(?:[—–(]|,|-\s)")


def holder(
    share, cues, actors, lo, hi, previous, header, context, two: Sides, *, framed: bool = False
) -> None:
    """Who holds the share, from the cue nearest to it in its window of the sentence."""
    if share.reason and not share.regions and share.reason != WHOLE_COUNTRY:
        return
    if share.paired:  # "Russia and Ukraine hold 80% and 20% of X, respectively"
        share.holder = share.paired
        return
    whole = share.adverb or share.totality
    text = share.sentence.text
    if share.totality and (
        part := _SEIZED_PART_RE.match(text, share.target_end - share.sentence.start)
        or _STILL_PART_RE.match(text, share.target_end - share.sentence.start)
    ):
        # "has lost all of the Kharkiv region it seized in 2022": all of the part it seized
        share.reason = share.reason or f"all of the part '{' '.join(part.group().split())}'"
        return
    negated = whole and NOT_BEFORE_RE.search(text, 0, share.start - share.sentence.start)
    if negated:
        # "has not fully liberated", "has not yet gained full control of"
        share.reason = share.reason or f"negated ('{negated.group().strip()}')"
        return
    if side := passive_gap(share):
        # "70% of X is held by Russia and 30% by Ukraine": the passive before, its agent after
        share.holder, share.cue = side, "held by"
        share.note = join(share.note, "the passive of the clause before, left out")
        return
    cue = nearest_cue(share, cues, lo, hi, actors)
    if cue is not None and cue.end <= share.start - share.sentence.start:
        cue = _governing(share.sentence.text, cues, cue, actors)
    if claiming := claiming_verb(share, cue, lo):
        # "Russia holds most of X and claims the whole region": what it claims
        share.reason = share.reason or f"the object of '{claiming}', not of holding"
        return
    if cue is None:
        rel = share.start - share.sentence.start
        named = [  # not ", according to Ukrainian officials,": no actor
            (at, side) for at, side in named_sides(text, two)
            if lo <= at < rel and not in_aside(text, at)
        ]  # fmt: skip
        if named and gapped(share, previous, named[-1][0]):
            # "Russia holds 70% of X and Ukraine 25% of Y": the verb before, left out
            share.holder, share.cue = named[-1][1], previous.cue
            share.note = join(share.note, f"'{previous.cue}' of the clause before, left out")
            return
        if named and the_figure_again(share, previous, text[named[-1][0] : rel]):
            # "... peaked at 30%. After the Ukrainian counteroffensive, it fell to 5%": the
            # figure before's measure, whatever an opening phrase names
            share.holder, share.cue, share.clause = previous.holder, previous.cue, previous.clause
            return
        if named:
            # "..., while Ukrainian soldiers defend 30% of Y": a side named with a verb that is
            # no cue; not the figure before's holder.
            share.reason = (
                share.reason
                or f"holder unclear: {named[-1][1]} named before it, with no verb of holding"
            )
            return
        if previous is not None and previous.holder and not another_verb(previous, share):
            share.holder, share.cue, share.clause = previous.holder, previous.cue, previous.clause
            return
        cue, own = _cue_of_a_list(share, cues, actors, header, two)
        if cue is None:
            share.reason = share.reason or "holder unclear: the text does not say who holds it"
            return
        if own is not actors:  # the heading's verb, read in the heading
            _hold_in(header, share, cue, own, context, two, framed)
            return
        # "regained most of the territory it had lost in 2024, including all of X": regained
        cue = _governing(text, cues, cue, actors)
    share.clause = clause_text(text, cue.start)
    _hold(share, cue, actors, previous, context, two, framed)


def _hold_in(header, share, cue: Cue, actors, context, two: Sides, framed: bool) -> None:
    """The holder a heading's verb gives a line under it ("Territory held by Russia, by region"
    over "Luhansk 99%"): read in the heading, as if the line's figure ended it."""
    end = header.start + len(header.text)
    stand_in = dataclasses.replace(
        share, sentence=header, start=end, end=end, target_end=end, note=""
    )  # its own notes alone: the share's are joined to them below
    _hold(stand_in, cue, actors, None, context, two, framed)
    share.holder, share.reason = stand_in.holder, share.reason or stand_in.reason
    share.cue, share.note = stand_in.cue, join(share.note, stand_in.note)
    share.clause = clause_text(header.text, cue.start)
    share.heading = header.text


# A restrictive relative clause after a whole's region: "all of the Kharkiv region it seized";
# not the whole's own verb: "All of X is (now, fully) occupied"
_NO_BE = r"(?!(?:is|was|are|were|been|remains?|now|still|also|fully|entirely|already)\b)"
_SEIZED_PART_RE = compiled(
    rf"\s+(?:that\s+|which\s+)?(?:it|they|{_NO_BE}[\w'’-]+(?:\s+{_NO_BE}[\w'’-]+)?)\s+"
    r"(?:(?:had|has|have)\s+)?(?:seized|captured|took|taken|occupied|grabbed|overran|gained|won)\b",
    re.IGNORECASE,
)
# ... or that a side still holds: "the entire X region (that is) still under Ukrainian control",
# "all of X that Kyiv still holds": all of that part, not of the region
_STILL_PART_RE = compiled(
    r"\s+(?:(?:that|which)\s+(?:is|are)\s+)?(?:still|now)\s+(?:under|in|held\s+by|controlled\s+by)\b"
    r"|\s+(?:that|which)\s+(?:[\w'’-]+\s+){1,3}?(?:still|now)\s+(?:holds?|controls?|occup(?:y|ies))\b",
    re.IGNORECASE,
)
# A relative clause on "territory", "land" and the like, up to its verb: "the land (that) Russia
# seized", "the territory it had captured".
_RELATIVE_RE = compiled(
    r"\b(?:territory|territories|land|lands|area|areas|ground)\s+(?:that\s+|which\s+)?"
    r"(?P<who>it\s+|they\s+|(?:(?!and\b|or\b|but\b|now\b)[\w'’-]+\s+){1,3}?)(?:(?:had|has|have|once"
    r"|previously|initially|first)\s+){0,2}$",
    re.IGNORECASE,
)


def _governing(text: str, cues: list[Cue], cue: Cue, actors) -> Cue:
    """The verb a share after ``cue`` is of: ``cue``, unless it is the verb of a relative clause
    on "territory", "land" and the like that a verb before governs. In "Ukraine recaptured half
    of the land Russia seized, including all of X", X is in what was recaptured, not seized."""
    relative = _RELATIVE_RE.search(text, max(0, cue.start - 60), cue.start)
    lo, hi = relative.span("who") if relative else (0, 0)
    if relative is None or not (
        any(lo <= at < hi for at, _ in actors)
        or relative.group("who").strip().lower() in ("it", "they")
    ):
        return cue
    before = [c for c in cues if c.end <= relative.start()]
    return max(before) if before else cue


# A participle with no subject of its own after a conjunction: "..., while holding 70% of X".
_PARTICIPLE_RE = compiled(r"\b(?:while|whilst|after|before|since|by)\s+(?=\w+ing\b)", re.I)


def _cue_of_a_list(share, cues, actors, header, two: Sides):
    """ "under Russian control include X; over 99% of R; ...": the verb of a list whose items
    are set apart by semicolons, or of the heading the list is under; (cue, actors)."""
    rel = share.start - share.sentence.start
    text = share.sentence.text
    earlier = [c for c in cues if c.end <= rel and not aside_on_another(text, c.start, rel)]
    if earlier:
        cue = max(earlier)
        # "Russian soldiers occupy 20% of X, while Ukrainian soldiers defend 100% of Y": a side
        # named after that verb acts in a clause of its own, with a verb that is no cue.
        if any(cue.end <= at < rel and not aside_on_another(text, at, rel) for at, _ in actors):
            return None, actors
        # "Russia holds 75% of X and shells all of Y", "...; the whole Y region was without
        # power": a verb of its own, before it or after it
        if verb_between(text, cue.end, rel) or VERB_AFTER_RE.match(
            text, max(share.end, share.target_end) - share.sentence.start
        ):
            return None, actors
        return cue, actors
    if header is not None:
        header_cues = find_cues(header.text, two)
        if header_cues:
            return header_cues[-1], find_actors(header.text, two)
    return None, actors


# A finite verb of occupying, active where its object follows ("occupying" alone may have no
# subject: "Kyiv says occupying X has cost Russia dearly").
_OCCUPY_RE = compiled(r"occup(?:y|ies|ied)", re.IGNORECASE)
# ... not an adjective: "the occupied area amounts to 2% of the region"
_DETERMINER_RE = compiled(
    r"\b(?:(?:the|an?|its|their|of|in)\s+(?:(?:now|still|recently)\s+)?|newly\s+|temporarily\s+"
    r"|illegally\s+)$",
    re.IGNORECASE,
)


_FINITE_JOINT_RE = compiled(
    r"\band\s+(?:(?:now|currently|still|also|already|today|meanwhile)\s+)*"
    r"(?:(?P<has>has|have)\s+(?:(?:now|still|also|already|since)\s+)*)?$",
    re.IGNORECASE,
)
_CONDITION_RE = compiled(r"\b(?:if|unless|whether|once|when|until)\b", re.IGNORECASE)


def _hold(share, cue: Cue, actors, previous, context, two: Sides, framed: bool = False) -> None:
    """The holder a cue gives the share (or why it gives none); ``framed``: the text speaks in
    the controlling side's terms, so an agentless "liberated" is that side's."""
    share.cue = cue.word
    text = share.sentence.text
    own = max(share.end, share.target_end) - share.sentence.start
    # "refuses to give up the 30% of X it still holds": the mood of the clause on it
    start = share.start - share.sentence.start
    relative = cue.start >= own and relative_on(text, own, cue.start, two)
    # "has failed to take all of X, holding only 70% of it": a participle's own mood
    participle = cue.start < start and cue.word.endswith("ing") and text[: cue.start].endswith(", ")
    # "Russia failed to take all of X and holds 75% of it": a finite verb after "and" heads a
    # predicate of its own, out of the reach of the first one's mood ("if" reaches both)
    joint = _FINITE_JOINT_RE.search(text, max(0, cue.start - 40), cue.start)
    # "withdraw from the parts of X it still holds — about a quarter of X": the figure set off
    # after the relative clause is said of its place, in the relative clause's mood
    placed = (
        place_of_it(text, cue.start, 0)
        if cue.start < start and _SET_OFF_RE.match(text, cue.end, start)
        else -1
    )
    first = start if relative else placed if placed >= 0 else cue.start if participle else 0
    if (
        not (relative or participle)
        and joint
        and not _CONDITION_RE.search(text, max(0, joint.start() - 200), joint.start())
    ):
        first = joint.start() if cue.word.endswith("s") or joint.group("has") else 0
    share.mood_span = (first, max(own, cue.end))
    nobody = nobody_acts(text, cue.start)
    denied = (  # its words end just before the verb; not "...; the real figure is 70%"
        cue.kind in ("verb", "ru", "ua", "lib") and main_clause_start(text, start) <= cue.start
    ) and scan.search(DENIED_RE, text, max(0, cue.start - 160), cue.start)
    if nobody and cue.kind in ("verb", "ru", "ua"):
        share.reason = f"negated ('{nobody.group().split()[0]} ...')"
    elif denied:
        share.reason = f"denied, not stated ('{' '.join(denied.group().split()[:3])} ...')"
    elif cue.kind == "neg":
        negated.read(share, cue, actors, two, relative)
    elif cue.kind == "out":
        _put_out(share, cue, actors, two)
    elif cue.kind == "left":
        share.holder = given_to(text, *cue.removed, actors, two, context)  # "giving it control"
        if not share.holder:
            share.reason = share.reason or f"holder unclear: '{' '.join(cue.word.split())}'"
    elif cue.kind == "lib":
        _liberated(share, cue, actors, two, framed, context)
    elif cue.kind in ("ua", "ru") and (by := actor(actors, cue.start, text, cue.end, cue.start)):
        share.holder = by  # "the 30% of X occupied by Ukraine": the agent, not the word's side
    elif cue.kind == "ua":
        share.holder = two.defender
    elif (
        cue.kind == "ru"
        and _OCCUPY_RE.fullmatch(cue.word)
        and cue.end <= start
        and not _DETERMINER_RE.search(text, max(0, cue.start - 40), cue.start)
        and actor(actors, cue.start, text, cue.end) == two.defender
    ):
        # "Kyiv's forces occupy about a quarter of the DPR": the occupier the verb's subject
        share.holder = two.defender
    elif (
        cue.kind == "ru"
        and _OCCUPY_RE.fullmatch(cue.word)
        and cue.end <= start
        and not _DETERMINER_RE.search(text, max(0, cue.start - 40), cue.start)
        and not actor(actors, cue.start, text, cue.end)
        and in_its_terms(text, cue.start, two, framed)
    ):
        # "Nationalist battalions occupy 25% of the DPR": in the controlling side's terms, the
        # occupier is the other side, named in words the profile does not know
        share.reason = share.reason or "holder unclear: 'occupy' in the controlling side's terms"
    elif cue.kind == "ru":
        share.holder = two.controller
    else:
        _of_the_actor(share, cue, actors, previous, context, two)


# "It said 70% of X has been liberated": the side the sentence before names says it
_IT_SAID_RE = compiled(rf"\s*(?:It|They)\s+(?:(?:also|further|later)\s+)?{sources.SAY_OR_CLAIM}\b")


def _liberated(share, cue: Cue, actors, two: Sides, framed: bool, context: str = "") -> None:
    """ "Liberated", "retook": the defender's, unless the controlling side acts or the text
    speaks in its terms."""
    text, s0 = share.sentence.text, share.sentence.start
    # not a side named as the figure's place: "47% of the LPR has been liberated, Kyiv said"
    lo, hi = share.start - s0, max(share.end, share.target_end) - s0
    side = actor([(at, w) for at, w in actors if not lo <= at < hi], cue.start, text, cue.end)
    if not side and context and _IT_SAID_RE.match(text):
        side = context  # "The Russian Defence Ministry ... . It said 70% of X was liberated"
    side = side or speaker(two, text, cue.start)  # "Kyiv says it has liberated 50% of X"
    freed_from = _freed_from(text, cue.end, actors)
    if freed_from:
        # "had “liberated” all of X from the rebel militia": from whom says whose it is now
        share.holder = other(freed_from, two)
        share.note = join(share.note, f"'{cue.word}' from {freed_from}")
    elif not side and sources.WE_RE.search(text, main_clause_start(text, cue.start), cue.start):
        # '"Our troops liberated 70% of X," a Russian official said': the speaker's side
        share.holder = sources.quoted_side(text, cue.start, two)
        share.note = join(share.note, f"'our' of a speaker of {share.holder}" * bool(share.holder))
        if not share.holder:
            share.reason = share.reason or "holder unclear: 'our' of a speaker of no one side"
    elif side == two.controller and not cue.ru_framed:
        # "The Russian army retook 5% of the region": its own gain, not the defender's.
        share.holder = two.controller
        share.note = join(share.note, f"'{cue.word}' by {side}")
    elif side == two.defender and not two.pattern(LIBERATED_BY_CONTROLLER).search(text, cue.start):
        # "Ukrainian forces liberated 95% of X, while DPR fighters ...": the side acting, whatever
        # words of the other side's the sentence has
        share.holder = two.defender
        share.note = join(share.note, f"'{cue.word}' by {side}")
    elif cue.ru_framed or (
        not side
        and ((said := sources.speaker_side(text, cue.end, two)) == two.controller or framed)
        and said != two.defender  # "..., Ukrainian officials say": theirs, in any text
        # ... and "Zelensky said 85% of X had been liberated", in any text
        and sources.said_before(text, share.start - share.sentence.start, two) != two.defender
        and not _FROM_OCCUPATION_RE.match(share.sentence.text, cue.end)
    ):  # ... or said by its officials: "... has been liberated, Russia's defence minister said"
        c = two.controller
        share.holder = c
        share.note = join(share.note, f"'{cue.word}' in {c}'s sense (held by {c})")
    else:
        share.holder = two.defender
        share.note = join(share.note, f"'{cue.word}': held by {two.defender}")


_FROM_RE = compiled(r"[^.;:]{0,80}?\bfrom\s+$", re.IGNORECASE)


def _freed_from(text: str, end: int, actors) -> str:
    """The side a verb of liberation ending at ``end`` frees a place from ("liberated X from the
    RSF"), or ""."""
    return next((side for at, side in actors if at > end and _FROM_RE.fullmatch(text, end, at)), "")


def _of_the_actor(share, cue: Cue, actors, previous, context, two: Sides) -> None:
    """A verb of holding ("controls", "holds"): held by its actor, else by whom "it" stands for,
    the figure before's holder, who says it, or the side the sentence's source names."""
    text = share.sentence.text
    since = main_clause_start(text, cue.start)
    if named_in_its_words(share, cue, actors, since, two):
        return
    if both_subject(named_sides(text, two), cue.start, text, since):
        share.reason = share.reason or "holder unclear: 'both' sides are the verb's subject"
        return
    side = actor(actors, cue.start, text, cue.end, since)
    it = whose_it(text, share.start - share.sentence.start, cue.start, since, two, actors, side)
    if it == IT_AN_OBJECT:
        share.reason = share.reason or "holder unclear: 'it' may be what a verb before it acted on"
        return
    if it == THEY_ELSEWHERE:  # "..., but Kyiv says they hold only 60%"
        share.reason = share.reason or "holder unclear: 'they' is not the one who says it"
        return
    if it == "":
        share.reason = share.reason or "holder unclear: 'it' after both sides are named"
        return
    side = side if it is None else it  # "Kyiv refuses to give up the 30% of X it holds"
    lead = None if side else _PARTICIPLE_RE.search(text, max(0, cue.start - 20), cue.end)
    if lead and lead.end() == cue.start:
        # "Russian forces have occupied X, while holding about 70% of Y": the clause's before
        side = actor(
            actors, lead.start(), text, lead.start(), main_clause_start(text, lead.start())
        )
    later = None if side else later_pronoun_side(text, cue.start, since, two)
    if side or later:
        share.holder = side or later or ""
    elif later == "":
        share.reason = share.reason or LATER_PRONOUN_UNCLEAR
    elif previous is not None and previous.holder and not another_verb(previous, share):
        share.holder = previous.holder
    elif said := sources.speaker_of(text, cue.start, two):
        share.holder = said  # "Ukraine says it still controls a quarter of X"
    elif own := sources.side(text, since, cue.start, two):
        share.holder = own  # "According to the Russian Defense Ministry, the armed forces"
        share.note = join(share.note, f"the forces of the source, {own}")
    elif context and PRONOUN_RE.search(text, since, cue.start):
        share.holder = context
    elif whose := whose_its_is(text, cue.start, cue.end, cue.word, two):
        share.holder = whose
    else:
        share.reason = share.reason or f"holder unclear: the text does not say who '{cue.word}' it"


def _put_out(share, cue: Cue, actors, two: Sides) -> None:
    """A share after "drove the RSF out of", "withdrew from": the whole of it is held by the
    side not put out; a part of it is what was lost, not what is held."""
    text = share.sentence.text
    side = removed(actors, text, (cue.start, cue.end), cue.removed)
    word = " ".join(cue.word.split())
    negated = scan.search(NEGATED_RE, text, 0, cue.start)
    if negated:
        share.reason = f"negated ('{negated.group().strip()}')"
    elif not (share.totality or share.all_but):
        # (put out of "all but 1%": the 1% is all it keeps, the rest the other side's)
        share.reason = f"a side put out of part of it ('{word}'): a gain, not the share held"
    elif not other(side, two):
        share.reason = f"holder unclear: the text does not say who was put out ('{word}')"
    else:
        share.holder = other(side, two)
        share.note = join(share.note, f"{side} put out ('{word}')")


# "under its (full) control": the side "its" stands for
# "liberated from occupation": the defender's sense, whoever's terms the text speaks in.
_FROM_OCCUPATION_RE = compiled(r"\s*from\s+(?:the\s+)?(?:occupation|occupiers|invaders)",
                                 re.IGNORECASE)  # fmt: skip
