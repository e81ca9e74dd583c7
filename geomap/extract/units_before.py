"""The units named as the subject before a passive verb of holding ("Khartoum, Gezira and
Sennar states are under army control", "Sennar State, once held by the RSF, is now under army
control"): see :mod:`geomap.extract.units` for the object after an active one."""

from __future__ import annotations

import re

from geomap.extract.each import falls_short
from geomap.extract.ellipses import ellipsis_before, ellipsis_from
from geomap.extract.objects import listed_before
from geomap.extract.text import Mention, Token, nouns, token_at
from geomap.extract.unit_words import (
    PLACE_WORDS,
    a_relative_at,
    a_town_before,
    an_apposition_of_a_unit,
    its_capital,
    no_city,
    nothing_between,
    of_a_place_between,
)
from geomap.extract.units import NUMBERS
from geomap.extract.when import LATER_WORDS
from geomap.regions import Region

# A verb in the singular: its subject is one unit, the last named ("A and B is" is no list).
_SINGULAR = frozenset({"is", "was", "has", "remains", "lies", "stays", "sits"})


_MOVED_TO_OR_FROM = frozenset({"into", "from", "across", "throughout"})
_NEARLY = frozenset({"nearly", "almost", "virtually", "practically", "roughly"})


# What is present in a place: "strong in X, which it holds" (the unit, not a town in it)
_PRESENT_IN = frozenset({"strong", "active", "present", "dominant", "entrenched", "powerful"})


# "A and B have seen little fighting and remain under army control": a predicate joined to the
# one before it, whose subject is that one's. Its verb, right after the units, is a word in
# lower case that is none of these (a place's, a list's or a name's word)...
_NOT_VERBS = frozenset({
    "of", "in", "on", "at", "to", "from", "near", "around", "and", "or", "with", "by", "for",
    "the", "a", "an", "city", "town", "capital", "province", "district", "locality", "area",
})  # fmt: skip
# ... and the words between "and" and the second verb
_JOINED_ADVERBS = frozenset(
    {"still", "now", "also", "both", "so", "far", "thus", "have", "has", "since", *LATER_WORDS}
)
# what may open the clause the subject stands first in
_OPENERS = frozenset({",", ";", ":", "that", "says", "said"})


def first_predicate(named: list[Mention], toks: list[Token], at: int) -> int:
    """Where the first of two predicates joined by "and" begins (document offset), where the
    verb at ``at`` opens the second and the units named first in the clause are the first's
    subject ("Kassala and Gedaref states have seen little fighting and remain under army
    control": at "have"); else ``at``."""
    k = token_at(toks, at) - 1
    while k > 0 and toks[k].key in _JOINED_ADVERBS:
        k -= 1
    if k < 2 or toks[k].key != "and":
        return at
    generic = nouns()
    for first in named:
        if first.start >= toks[k].start:
            break
        j = token_at(toks, first.start)
        if j and toks[j - 1].key not in ("the", *_OPENERS):
            j = ellipsis_from(toks, first)[0]  # "North and South Darfur have ..."
        if j > 0 and toks[j - 1].key == "the":
            j -= 1
        if j < 0 or (j and toks[j - 1].key not in _OPENERS):
            continue  # not where the clause starts: "received refugees from Gezira and ..."
        # the units listed from there, up to the first verb
        j = token_at(toks, first.start)
        while j < k and (
            any(m.start <= toks[j].start < m.end for m in named)
            or toks[j].key in (",", "and", "the", "both", "all")
            or toks[j].key in generic
        ):
            j += 1
        verb = toks[j]
        if j < k and verb.text.isalpha() and verb.text.islower() and verb.key not in _NOT_VERBS:
            return verb.start
        return at
    return at


def before_verb(
    named: list[Mention],
    toks: list[Token],
    at: int,
    asides: tuple[tuple[int, int], ...] = (),
    *,
    where: bool = False,
) -> tuple[Region, ...]:
    """The units named just before a passive verb at document offset ``at``: "Gezira State fell
    to ...", "Sennar State, once held by the RSF, is now under army control" (``asides``: the
    asides' spans, in the document); for ``where``, a place too ("In Gezira State, where ...")."""
    generic = nouns()
    # asides that close before the verb; one the verb is in is its clause ("X, most of which is")
    asides = tuple((a, b) for a, b in asides if b <= at)
    before = [m for m in named if m.end <= at and not any(a <= m.start < b for a, b in asides)]
    if len(before) > 1 and its_capital(
        [t for t in toks if before[-2].end <= t.start and t.end <= before[-1].end]
    ):
        before = before[:-1]  # "the Luhansk region and its capital, Luhansk, are": the region's
    if not before:
        return ()
    last = before[-1]
    between = [  # (an aside's closing comma with it: "X, Sudan's breadbasket, changed ...")
        t for t in toks
        if last.end <= t.start and t.end <= at
        and not any(a <= t.start < b or (t.start == b and t.key == ",") for a, b in asides)
    ]  # fmt: skip
    # "A and B both fell to", "East Darfur, too, has been held by"
    glue = {",", "now", "has", "have", "had", "which", "all", "both", "too", "also", "still",
            "likewise", "again", *([":"] if where else [])}  # fmt: skip
    # ("Blue Nile: the army retains control")
    between = [] if nothing_between(toks, last, between, len(before)) else between
    if any(
        t.key not in generic and t.key not in glue and not re.fullmatch(NUMBERS, t.key)
        for t in between
    ):  # "Darfur's five states are ..."
        return ()
    if of_a_place_between(toks, last, [*between, *toks[token_at(toks, at) :][:1]], generic):
        return ()
    own = [t for t in toks if last.start <= t.start and t.end <= last.end]
    preceding = [t for t in toks if t.end <= last.start]
    if len(preceding) > 1 and preceding[-1].key == "the":
        preceding = preceding[:-1]  # "6,000 sq km of the Donbas remain in ...": a part of it
    # "the state of Sennar", "the city of Sevastopol" (a city that is a unit of its own)
    unit_of = (
        len(preceding) > 1
        and preceding[-1].key == "of"
        and preceding[-2].key in {*generic, "city", "control"}  # "Control of X rests with"
    )  # (not "the last city in Darfur": a place in it)
    opening = len(preceding) == 1  # "In Central Darfur, which the RSF controls, ...": the unit
    # "pushed into Gezira State, which it recaptured", "spread from West Darfur, which the RSF
    # holds, into ...": the unit a relative clause is on (not after "in", "of", "near": "a town
    # in X, which ..." may be the town's)
    k = token_at(toks, last.end)  # ", which" right after the unit, up to the verb at ``at``
    on_it = a_relative_at(toks, at) or (
        k + 1 < len(toks) and toks[k].key == "," and toks[k + 1].key in ("which", "that")
    )
    into = bool(preceding) and preceding[-1].key in _MOVED_TO_OR_FROM and on_it
    # "the capital of South Darfur, a state the RSF has held since 2023": a unit's noun says so
    called = an_apposition_of_a_unit(toks, at)
    # "The RSF is based in South Darfur, which it has held since 2023": after a participle or
    # adjective, not a town's name or noun, the unit "in" places it in
    based_in = (
        on_it
        and len(preceding) > 1
        and preceding[-1].key == "in"
        and (preceding[-2].key.endswith("ed") or preceding[-2].key in _PRESENT_IN)
    )
    set_off = (  # ... not a unit before: "Sennar, Gezira State, ..." is a list
        bool(between) and between[0].key == "," and a_town_before(preceding)
        and not (len(before) > 1 and before[-2].end == preceding[-2].end)
    )  # fmt: skip
    if ((preceding and preceding[-1].key in PLACE_WORDS) or set_off) and not (
        unit_of or where or opening or into or based_in or called
    ):  # "El Fasher, the last army stronghold in Darfur, fell to ...": a place in it; so is
        return ()  # "the base in Babanusa, West Kordofan, fell to ...": the town's unit
    listed = listed_before(before, toks)
    verb = toks[token_at(toks, at)].key if token_at(toks, at) < len(toks) else ""
    joints = [t.key for t in toks if listed[0].end <= t.start and t.end <= listed[-1].start]
    if len(listed) > 1 and (verb in _SINGULAR or joints.count("and") > 1):
        # "holds A and B and the state of C is under ...": C alone; "... A and B and C are
        # under ...": where the subject starts is not said, but C is in it
        listed = listed[-1:]
    lead = [t.key for t in toks if t.end <= listed[0].start][-2:] or [""]  # "the capitals of A"
    of_places = len(listed) > 1 and lead[-1] in PLACE_WORDS and lead[0] not in generic
    # a unit noun, a group, a name of several words ("West Kordofan": no town has such a name), or a
    # list of units ("Khartoum, Gezira and Sennar states are ..."; "Central and East Darfur")
    if (of_places and not (where or opening or into)) or not (
        unit_of
        or len(last.regions) > 1
        or len(own) > 1
        or no_city(last.regions)
        or any(t.key in generic for t in between)
        or len(listed) > 1
    ):
        return ()
    if falls_short(preceding[-1].key if preceding else "", last.regions):
        return ()  # "the two Kordofan states are ...": not all of the three, and which not said
    near = {t.key for t in preceding[-3:]}
    if near & _NEARLY and near & {"entire", "whole", "all"}:
        return ()  # "Nearly the entire X region is under ...": not all of it
    shared = ellipsis_before(toks, listed[0])
    return tuple(dict.fromkeys((*shared, *(r for m in listed for r in m.regions))))
