"""What a whole leaves out: "all of Darfur except North Darfur", "all five Darfur states except
parts of North Darfur", "all of Luhansk, where the defenders still hold a pocket". The units an
exception names are not wholly held, nor is the unit of a town it names ("except the city of El
Fasher", where the profile's second-level units say where that is); an exception that names
none leaves no unit whole."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.extract.asides import EXCEPTION_WORDS, insertions
from geomap.extract.claimants import last_named
from geomap.extract.clauses import BUT_EXCEPT
from geomap.extract.named import named_sides
from geomap.extract.sides import sides
from geomap.extract.text import COUNT_WORDS, Mention, Sentence, join, nouns
from geomap.patterns import compiled
from geomap.profile import current, gazetteer
from geomap.regions import Region

# Why a whole is no share: what its exception leaves out is in every unit it names.
NO_UNIT_WHOLE = "no unit wholly held"

if TYPE_CHECKING:
    from geomap.extract.shares import Share
    from geomap.extract.statement import Held

# After "save" or "bar", words that open a part left out: "save a handful of villages".
PART_AHEAD = r"(?=\s+(?:a|an|the|some|one|two|three|several|parts?|pockets?|small|few)\b)"
# "all of Darfur except North Darfur", "... apart from El Fasher": what a whole leaves out.
EXCEPT_RE = compiled(
    rf",?\s*(?:{EXCEPTION_WORDS}|save\s+for|but\s+for"
    # "all of Luhansk save a handful of villages"
    rf"|save{PART_AHEAD}"
    r"|with\s+the\s+exception\s+of|bar"
    # "all of Darfur but parts of North Darfur", "but one state"; not "but Ukraine holds ..."
    rf"|but\s+(?={BUT_EXCEPT}\b)"
    # "all of X, where the defenders still hold a pocket": a part held by someone else
    r"|where\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:still\s+)?(?:holds?|controls?|retains?|keeps?"
    r"|clings?\s+to|hold\s+out\s+in)\s+(?:a|an|some|one|two|three|several|small|a\s+few|parts?)"
    r")\b",
    re.IGNORECASE,
)
# ... and "but" before a name right after a whole: "all of Darfur but El Fasher", "all of X
# but the city of Y" (in the text's case: "all of X, but Ukraine holds ..." is another clause,
# told by the verb after the name).
BUT_A_NAME_RE = compiled(
    # (not "..., but A and B are under RSF control": a verb of its own after the names)
    r",?\s*but\s+(?![^.;:,]{0,80}?\b(?:is|are|was|were|remains?|remained|has|have|had|holds?"
    r"|controls?|fell|falls)\b)(?=(?:the\s+)?(?:(?:city|town|state|region|province)\s+of\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?:[Ss]tate|[Rr]egion|[Oo]blast|[Pp]rovince|city|town"
    r"|locality|district|outskirts|suburbs|surroundings|environs|vicinity))?"  # "X's outskirts"
    r"\s*(?:[.,;:()—–]|$|(?:and|or|since|in|until|for|after|before|at|by"
    r"|from|to|now|today|as\s+of|amid|despite)\b))"
)
# An exception that opens the sentence: "Apart from North Darfur, the RSF holds all of Darfur".
FRONTED_RE = compiled(
    rf"\s*(?:{EXCEPTION_WORDS}|with\s+the\s+exception\s+of|save\s+for)\s+[^,;.]{{1,80}},",
    re.IGNORECASE,
)
# What ends the clause an exception belongs to.
_CLAUSE_END_RE = compiled(  # (not "but for two villages": an exception; "but for now" ends it)
    rf"[;.]|\b(?:while|whereas|but(?!\s+(?:{BUT_EXCEPT}|for(?!\s+(?:now|the\s+moment)))\b))\b",
    re.IGNORECASE,
)


def clause_end(text: str, lo: int, hi: int | None = None) -> int:
    """Where the clause that goes on at ``lo`` ends: at ";", ".", "while", "whereas", "but"
    (looked for up to ``hi``, where it is given)."""
    hi = len(text) if hi is None else min(hi, len(text))
    end = _CLAUSE_END_RE.search(text, lo, hi)
    return end.start() if end else hi


# What ends an exception before its clause does: a part of something else the verb also governs
# ("all of Darfur except El Fasher and much of Kordofan": Kordofan is held in part, not left out).
_EXCEPTION_END_RE = compiled(
    r",?\s*\b(?:and|as\s+well\s+as|plus)\s+(?:(?:much|most|parts?|large\s+parts|some|all|half"
    r"|swathes|areas|stretches|the\s+(?:rest|bulk|whole))\s+of\b"
    # "... save a few villages, and roughly 80% of Donetsk": a share of something else
    r"|(?:(?:about|roughly|around|nearly|almost|over|some|more\s+than|up\s+to)\s+)?"
    r"(?:\d|a\s+(?:third|quarter|fifth)\b|(?:one|two|three)[\s-](?:thirds?|quarters?)\b))",
    re.IGNORECASE,
)
# A capitalised name of one to three words: a town's, in an exception ("the besieged city of El
# Fasher").
_NAME_RE = compiled(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


def excepted(
    sentence: Sentence, lo: int, named: list[Mention], hi: int | None = None
) -> set[Region]:
    """The units named from where an exception starts (``lo``, in the sentence) to the end of
    its clause (or ``hi``): "all of Darfur except parts of North Darfur"; and the unit of a town
    it names ("except the city of El Fasher"), found through the second-level unit of that
    name."""
    s0, hi = sentence.start, clause_end(sentence.text, lo) if hi is None else hi
    end = _EXCEPTION_END_RE.search(sentence.text, lo, hi)
    hi = end.start() if end else hi
    found = {r for m in named if s0 + lo <= m.start < s0 + hi for r in m.regions}
    # a second-level unit ("except Kupiansk district") leaves its unit not whole
    found = {gazetteer().get(r.parent) if r.parent else r for r in found}
    return found or _towns_units(sentence.text[lo:hi])


def _towns_units(words: str) -> set[Region]:
    """The first-level units of the towns ``words`` names, where a second-level unit has the
    town's name ("El Fasher locality", "Pokrovsk raion")."""
    gaz, sub = gazetteer(), current().subunits
    found = set()
    for name in _NAME_RE.findall(words):
        name = re.sub(r"['’]s$", "", name)  # "Kramatorsk's outskirts"
        for noun in (sub.singular, *sub.words):
            unit = gaz.find(f"{name} {noun}")
            if unit is not None and unit.parent:
                found.add(gaz.get(unit.parent))
                break
    return found


# An exception that is a count of the units: "except one", "but two of them", "except one state
# in the north" (not of places in them: "except one city").
_SOME_OF_THEM_RE = compiled(
    r"\s*(?:one|two|three|four)\b(?!\s+(?:\w+\s+)?(?:city|cities|towns?|villages?|districts?"
    r"|localit(?:y|ies)|pockets?|areas?|bases?|garrisons?)\b)",
    re.IGNORECASE,
)


def leave_out(item: Held, named: list[Mention], after: int) -> bool:
    """ "controls all five Darfur states except parts of North Darfur": the units an exception
    after document offset ``after``, in the same clause, names are not said to be held; and
    those of an exception set off between the units and a verb after them ("North Darfur,
    apart from El Fasher, is under RSF control"). Whether there is an exception that leaves
    out a part it names no unit of ("fully controls X, except for a few villages")."""
    text, lo = item.sentence.text, after - item.sentence.start
    # "controls all but a sliver of X": a part left out, before the unit it is of
    part = _ALL_BUT_A_PART_RE.match(text, lo)
    lo = part.end() if part else lo
    end = clause_end(text, lo)
    exception = EXCEPT_RE.search(text, lo, end)
    if exception is not None:
        return _leave_out(item, exception, named=named) or bool(part)
    if but := BUT_A_NAME_RE.match(text, end):  # "holds all of Darfur but El Fasher"
        return _leave_out(item, but, named=named, lo=but.end()) or bool(part)
    if aside := _aside_before(item, named):
        return _leave_out(item, *aside, named=named) or bool(part)
    if (fronted := FRONTED_RE.match(text)) and fronted.end() <= item.start - item.sentence.start:
        return _leave_out(item, fronted, fronted.end(), named=named) or bool(part)
    return bool(part)


_ALL_BUT_A_PART_RE = compiled(  # (not "all but one (two) of": units, which not said)
    rf"\s+all\s+(?:but|except)\s+(?!(?:{'|'.join(COUNT_WORDS)})\b)(?:[a-z]+\s+){{1,4}}?of\b"
)


def _aside_before(item: Held, named: list[Mention]) -> tuple[re.Match, int] | None:
    """An exception set off by commas between a statement's units and its verb after them, and
    where it ends (in the sentence)."""
    text, s0 = item.sentence.text, item.sentence.start
    verb, asides = item.start - s0, insertions(text)
    units = [
        m.end - s0 for m in named
        if m.end - s0 <= verb and set(m.regions) & set(item.regions)
        and not any(a <= m.start - s0 < b for a, b in asides)
    ]  # fmt: skip
    if not units:
        return None
    for a, b in asides:
        if max(units) <= a and b <= verb and (exception := EXCEPT_RE.match(text, a)):
            return exception, b
    return None


def _leave_out(
    item: Held,
    exception: re.Match,
    hi: int | None = None,
    *,
    named: list[Mention],
    lo: int | None = None,
) -> bool:
    text = item.sentence.text
    lo = exception.start() if lo is None else lo
    # (a unit named that is not one of the whole's says where the part left out lies: "except a
    # pocket near the border with West Darfur")
    left_out = excepted(item.sentence, lo, named, hi) & set(item.regions)
    words = " ".join(exception.group().strip(" ,").split())
    if left_out:
        item.regions = tuple(r for r in item.regions if r not in left_out)
        item.note = join(item.note, f"'{words}' {', '.join(r.name for r in left_out)}")
        return False
    if len(item.regions) > 1 and _SOME_OF_THEM_RE.match(text, exception.end()):
        # "all five Darfur states except one": which one is not said, so none of them
        item.reason = f"'{words}' names no unit: which of them is left out is not said"
    return not left_out


def except_units(
    share: Share, exception: re.Match, named: list[Mention], fronted: bool = False
) -> None:
    """ "all of Darfur except parts of North Darfur" (or, ``fronted``, "Apart from North Darfur,
    ... all of Darfur"): the units the exception names are not wholly held; an exception that
    names none ("except a pocket near the airport") leaves no unit whole."""
    if fronted:
        left_out = excepted(share.sentence, exception.start(), named, exception.end())
    else:
        at = share.sentence.text.find(exception.group(), share.target_end - share.sentence.start)
        # (from past its words: a "but" before a name would end the clause it looks in)
        left_out = excepted(share.sentence, max(at, 0) + len(exception.group()), named)
    left_out &= set(share.regions)  # "save for a sliver near the border with Kharkiv": a part
    words = " ".join(exception.group().strip(" ,").split())
    if not left_out:
        share.reason = f"all but what '{words} ...' leaves out: {NO_UNIT_WHOLE}"
        return
    share.regions = tuple(r for r in share.regions if r not in left_out)
    share.note = join(share.note, f"'{words}' {', '.join(r.name for r in left_out)}")
    if not share.regions:
        share.reason = f"every unit named is excepted ('{words}')"


# An exception's word just before a name: "all Darfur states but North Darfur".
_BUT_BEFORE_RE = compiled(
    rf"\b(?:but|save|{EXCEPTION_WORDS})\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "all" or "every" earlier in the clause of an exception's "but": "all three regions but".
_ALL_BEFORE_RE = compiled(r"\b(?:all|every|each)\b[^,;.]{0,50}$", re.IGNORECASE)
# What opens a whole that an exception may follow: "all", "every".
_EVERY_RE = compiled(r"\b(?:all|every|each)\b(?:\s+\w+){0,3}\s+$", re.IGNORECASE)


def but_those(
    sentence: Sentence, named: list[Mention], at: int, asides: tuple[tuple[int, int], ...] = ()
) -> tuple[Region, ...] | None:
    """ "All Darfur states but North Darfur are under RSF control": where the last name before
    document offset ``at`` is an exception's, the units of the whole before it but those it
    names (() where no whole of "all" or "every" stands just before it; None after a "but" that
    joins another clause: "The RSF took Darfur, but North Darfur is ..."); else None."""
    text, s0 = sentence.text, sentence.start
    before = [m for m in named if m.end <= at and not any(a <= m.start < b for a, b in asides)]
    if not before:
        return None
    last = before[-1]  # (an exception set off as an aside: see leave_out)
    but = _BUT_BEFORE_RE.search(text, max(0, last.start - s0 - 30), last.start - s0)
    if but is None:
        return None
    wholes = [m for m in before[:-1] if m.end - s0 <= but.start()]
    whole = wholes[-1] if wholes else None  # "all Darfur states", "every state in Darfur"
    if (
        whole is None
        or len(whole.regions) < 2
        or not _EVERY_RE.search(text, max(0, whole.start - s0 - 30), whole.start - s0)
        or text[whole.end - s0 : but.start()].strip(" ,").lower() not in ("", *nouns())
    ):
        # "..., but North Darfur is ...": another clause's "but"; after "except", or a "but"
        # after "all" or "every" in its clause ("all three regions but X"), the name is never
        # the verb's
        if not but.group().lower().startswith("but"):
            return ()
        return () if _ALL_BEFORE_RE.search(text, max(0, but.start() - 60), but.start()) else None
    return tuple(r for r in whole.regions if r not in last.regions)


# A clause set against a whole that says part of it is not held: "all of Darfur, but the army
# still holds El Fasher", "..., but El Fasher remains contested", "..., though Ukrainian troops
# still hold a few villages there", "..., although fighting goes on near X".
_AGAINST = (
    # (a place first: "Babanusa remains under army control" is no side's clause)
    r"(?P<place>(?:the\s+(?:city|town)\s+of\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
    r"(?:still\s+)?(?:remains?|is)\s+(?:still\s+)?(?:contested|besieged|under\s+siege|held\s+by"
    r"|in\s+[\w'’-]+\s+hands|in\s+the\s+hands\s+of|under\s+(?:the\s+)?(?:control\s+of"
    r"|[\w'’-]+\s+control))"
    r"|(?P<who>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:still\s+|also\s+|continues?\s+to\s+)?"
    r"(?:holds?|held|controls?|controlled|retains?|retained|(?:keeps?|kept)(?!\s+\w+ing\b)"
    r"|defends?|clings?\s+(?:on\s+)?to|holds?\s+out\s+in)\b"
    r"|(?:heavy\s+)?fighting\s+(?:still\s+)?(?:continues|goes\s+on|rages)\s+(?:in|near|around)\b"
)
_SET_AGAINST_RE = compiled(  # ... or the next clause after ";": "...; the army says it holds X"
    r"\s*(?:;\s*|,?\s*\b(?:but|though|although|even\s+though|yet|while|whereas)\s+)"
    rf"(?:{_AGAINST})"
)
# ... or the next sentence of the paragraph: "The RSF holds all of Darfur. Only El Fasher
# remains in army hands."
_NEXT_AGAINST_RE = compiled(
    rf"\s*(?:(?:But|However|Yet|Still|Only|Even\s+so)\b,?\s*)?(?:{_AGAINST})"
)
# ... a part it refers back to, where it names no unit: "a few villages there", "in the region"
_PART_BACK_RE = compiled(
    r"\b(?:there|(?:in|of|within)\s+(?:it|the\s+(?:region|state|oblast|province|territory)))\b",
    re.IGNORECASE,
)


def set_against(item: Share | Held, named: list[Mention], after: int, holder: str) -> None:
    """A whole ("all of Darfur") that a clause after it, from ``after`` in the sentence, sets a
    part not held by ``holder`` against: the units of the places that clause names are not
    wholly held ("..., but the army still holds El Fasher": not North Darfur), and a part it
    refers back to leaves none whole ("..., though Ukrainian troops still hold a few villages
    there"). Not a clause of the holder's own ("but the RSF also holds ..."), nor one about
    another unit ("while Ukraine holds 25% of Donetsk")."""
    text = item.sentence.text
    stop = text.find(";", text.find(";", after) + 1) if ";" in text[after:] else -1
    found = _SET_AGAINST_RE.search(text, after, min(after + 160, len(text) if stop < 0 else stop))
    if found is not None:
        _set_against(item, item.sentence, named, found, holder)


def set_against_next(item: Share, sentence: Sentence, named: list[Mention]) -> tuple[Region, ...]:
    """A whole that the next sentence of its paragraph (``sentence``, whose units are ``named``)
    sets a part not held by its holder against, from its start: "The RSF holds all of Darfur.
    Only El Fasher remains in army hands." (see :func:`set_against`). The units it leaves not
    whole."""
    found = _NEXT_AGAINST_RE.match(sentence.text)
    if found is None or _FIGURE_RE.search(sentence.text, found.end(), clause_end(sentence.text, 0)):
        return ()  # (a figure of the other side's is weighed against the whole's as figures are)
    return _set_against(item, sentence, named, found, item.holder)


_FIGURE_RE = compiled(r"\d\s*(?:%|per\s*cent|percent)", re.IGNORECASE)


def _set_against(
    item: Share | Held, sentence: Sentence, named: list[Mention], found: re.Match, holder: str
) -> tuple[Region, ...]:
    """The units of ``item`` no longer held whole, once what ``found`` says is set against it."""
    text = sentence.text
    hi = None
    if found.group("who"):
        who = {side for _, side in named_sides(found.group("who"), sides())}
        if not who or (holder or last_named(text, found.start())) in who:
            return ()  # no side, or the holder's own
        lo = found.end()
    elif found.group("place"):
        lo, hi = found.start("place"), found.end("place")
    else:
        lo = found.end()
    located = excepted(sentence, lo, named, hi)
    units = located & set(item.regions)
    words = " ".join(found.group().strip(" ,").split()[:4])
    if units:
        item.regions = tuple(r for r in item.regions if r not in units)
        item.note = join(item.note, f"'{words} ...' {', '.join(r.name for r in units)}")
        if not item.regions:
            item.reason = item.reason or f"every unit named is set against ('{words} ...')"
        return tuple(units)
    if not located and _PART_BACK_RE.search(text, lo, clause_end(text, lo)):
        item.reason = item.reason or f"all but what '{words} ...' leaves out: {NO_UNIT_WHOLE}"
        return item.regions
    return ()
