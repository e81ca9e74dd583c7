"""Lines of a table of who holds what: "North Darfur: RSF", "Gezira State – army (retaken in
January)" (a unit, then the side alone), and "RSF: West Darfur, Central Darfur and South
Darfur", "Under army control – Khartoum, Gezira, Sennar" (a side, then the units it holds; so
"Army-controlled states include A, B and C"); and
the lines of a list under a heading whose verb holds ("The RSF controls:", "RSF-held states:")."""

from __future__ import annotations

import itertools
import re

from geomap.extract import scan, units
from geomap.extract.actors import find_actors
from geomap.extract.ellipses import ellipsis_at
from geomap.extract.exceptions import leave_out
from geomap.extract.held import ACTIVE
from geomap.extract.sides import sides
from geomap.extract.statement import Held, side_of_words, statement
from geomap.extract.text import (
    NUMBER_WORDS,
    Mention,
    Sentence,
    Token,
    expand,
    name_at,
    nouns,
    with_a_noun,
)
from geomap.extract.unit_words import no_city
from geomap.patterns import compiled
from geomap.regions import Region

_SIDE = r"(?P<side>«C»|«CA»|«CF»|«D»|«DA»|«DF»)"
# The unit, then the side alone, or in the words of a state ("Khartoum: back under army control
# since March", "Gezira and Sennar: retaken by the army in early 2025").
_UNIT_FIRST = (  # ... a table's row typed with bars too: "| Sennar | Army |"
    rf"(?:\|\s*)?(?P<unit>[^:\n–—|]{{2,60}}?)\s*(?::|\s[–—-]|\|)\s*"
    # "West Kordofan: fully RSF-controlled": all of it
    r"(?P<adverb>(?:fully|entirely|completely|wholly)\s+)?"
    r"(?:(?:(?:back|now|firmly|still|fully)\s+)*(?:under|in)\s+"
    r"|(?:taken|retaken|recaptured|captured|seized|held|controlled|overrun)\s+by\s+)?"
    rf"(?:the\s+)?{_SIDE}"
    r"(?:[\s-]+(?:forces|control|controlled|held|hands))?\s*(?:\([^()\n]{0,80}\))?\s*"
    r"(?:(?:since|in|from)\s+[\w ,]{1,40})?"
    # ... and what goes on there besides: "White Nile: army-controlled, with RSF raids in the west"
    r"(?:,\s+with\s+(?!(?:the\s+)?(?:exception|rest|remainder)\b)[^:;|\n]{1,120}?"
    # ... or what it does not hold: "North Darfur: under RSF control except for pockets ..."
    # (held, not all of it)
    r"|(?P<but>,?\s+(?:except|save)\s+(?:for\s+)?[^:;|\n]{1,120}?))?\.?"
    # ... a table's row with cells after the side's: "| Khartoum | SAF | retaken in March |"
    r"(?:\s*\|(?:[^|\n]{0,80}\|)*)?"
)
# The nouns of units and areas a line or a sentence may list by a side.
_NOUNS = r"(?:states|regions|provinces|oblasts|areas|territories)"
# The side, then the units: "RSF: A, B and C", "Held by the army – A, B", "RSF-held: A, B",
# "RSF territory: A, B", "States under RSF control: A, B".
_SIDE_FIRST = (
    rf"(?:(?:{_NOUNS}\s+)?(?:under|held\s+by|controlled\s+by)\s+)?(?:the\s+)?{_SIDE}"
    r"(?:[\s-]+(?:forces|control|controlled|held|territory|territories|areas|zones?))?"
    r"\s*(?::|\s[–—-])\s*(?P<unit>[^:\n]{2,300}?)\s*\.?"
)
# ... or in a sentence of its own: "Army-controlled states include A, B and C", "The states under
# RSF control are A and B", "States held by the army include A and B" (a noun of units needed).
_SIDE_FIRST_VERB = (
    rf"(?:the\s+)?(?:(?P<noun>{_NOUNS})\s+(?:under|(?:held|controlled|run)\s+by)\s+(?:the\s+)?)?"
    rf"{_SIDE}(?:['’]s)?(?(noun)(?:\s+control)?|[\s-]+(?:controlled|held|run)\s+{_NOUNS})"
    r"\s+(?:include|includes|included|are|were|comprise|comprises)\s*:?\s+(?P<unit>[^:\n]{2,300}?)\s*\.?"
)
_MARK_RE = compiled(r":|\s[–—-]\s|\|")
# What may stand between the units of a line's list: "A, B and C states", "A (retaken in May)".
_GLUE = frozenset({",", "and", "&", ".", "the"})
# Words that open a part of a unit, not the whole: "most of North Darfur".
_PARTS = frozenset({"most", "parts", "part", "much", "some", "half", "areas", "pockets"})


def _listed(toks: list[Token], lo: int, hi: int) -> tuple[Region, ...]:
    """The units a line's list names from document offset ``lo`` to ``hi``, where it is nothing
    but units (asides in brackets aside): "A, B (retaken in May) and C states"; else (). A part
    after a semicolon or a comma is no unit held whole: "A, B and C; most of D" names A, B and
    C."""
    inside = [t for t in toks if lo <= t.start and t.end <= hi]
    found: list[Region] = []
    parts = [  # "A, B and C; most of D", "A, B and C, most of D"
        k for k, t in enumerate(inside)
        if t.text == ";" or (t.text == "," and k + 1 < len(inside) and inside[k + 1].key in _PARTS)
    ]  # fmt: skip
    for a, b in zip([-1, *parts], [*parts, len(inside)], strict=True):
        if a >= 0 and b > a + 1 and inside[a + 1].key in _PARTS:
            continue  # "; most of North Darfur and West Kordofan"
        listed = _units_only(inside[a + 1 : b])
        if not listed:
            return ()
        found.extend(r for r in listed if r not in found)
    return tuple(found)


def _units_only(inside: list[Token]) -> tuple[Region, ...]:
    """The units of a list that is nothing but units (see :func:`_listed`); else ()."""
    found: list[Region] = []
    depth, k = 0, 0
    while k < len(inside):
        word = inside[k]
        depth += (word.text == "(") - (word.text == ")")
        if depth or word.text == ")" or word.key in _GLUE or word.key in nouns():
            k += 1
            continue
        count = NUMBER_WORDS.get(word.key, 0)
        if word.key == "all" or (word.key == "of" and k and inside[k - 1].key == "all"):
            k += 1  # "all of Darfur"
            continue
        if count:  # "all five Darfur states": a group's units, as many as it has
            if k + 1 >= len(inside) or len(name_at(inside, k + 1)[0]) != count:
                return ()
            k += 1
            continue
        regions, n = name_at(inside, k)
        if not n:
            regions, n = ellipsis_at(inside, k)  # "West, Central and South Darfur"
        if not n and word.text[:1].isupper() and (regions := with_a_noun(word.text)):
            n = 1  # "..., White Nile, Northern, River Nile": a unit with the profile's noun
        if not n:
            return ()  # "Army: Gezira State is calm": no list of units
        found.extend(r for r in regions if r not in found)
        k += n
    return tuple(found)


def _a_towns_unit(name: str) -> tuple[Region, ...]:
    """The unit ``name`` names alone, in a row of a table of units, where a town may share its
    name ("Khartoum", "Luhansk")."""
    regions = expand(name)
    return regions if len(regions) == 1 else ()


def side_lines(sentences: list[Sentence]) -> set[int]:
    """The indices of the sentences that are lines of a table of who holds what."""
    return {s.index for s in sentences if _lines_of(s.text)}


def unit_rows(sentences: list[Sentence], lines: set[int]) -> set[int]:
    """The ``lines`` (indices of ``sentences``) in a run of them one of which opens with a unit
    no town shares its name with: a table of units, where "Khartoum: army" beside "North
    Darfur: RSF" is the state, not the city."""
    rows: set[int] = set()
    for k in sorted(lines):
        if k - 1 in lines:
            continue
        run = range(k, next(j for j in itertools.count(k) if j not in lines))
        if _under_a_units_header(sentences, k) or any(_a_units_row(sentences[j].text) for j in run):
            rows.update(run)
    return rows


# A table's header whose first cell is the unit's noun: "| Oblast | Controlled by |", "| State |"
_HEADER_RE = compiled(r"\|?\s*(?P<noun>[A-Za-z]+)\s*\|[^|\n]*(?:\|[^|\n]*)*")
_RULE_RE = compiled(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?(?:-{3,}:?)?\s*")


def _under_a_units_header(sentences: list[Sentence], k: int) -> bool:
    """Whether the row ``k`` opens a table under a header whose first cell is the unit's noun
    (past the rule under it): "| Oblast | Controlled by |" over "| Luhansk | Russia |", where
    Luhansk is the region, not its city."""
    above = k - 1
    if above >= 0 and _RULE_RE.fullmatch(sentences[above].text.strip()):
        above -= 1
    header = _HEADER_RE.fullmatch(sentences[above].text.strip()) if above >= 0 else None
    return header is not None and header.group("noun").lower().removesuffix("s") in nouns()


def _a_units_row(text: str) -> bool:
    """Whether a row opens with a unit no town shares its name with: of more words than one
    ("North Darfur", "Luhansk region"), or one the profile says is no city's ("Gezira")."""
    line = sides().pattern(_UNIT_FIRST).fullmatch(text.strip())
    name = line.group("unit").strip() if line else ""
    regions = expand(name) if line else ()
    return bool(regions) and (" " in name or no_city(regions))


def _lines_of(text: str) -> list[tuple[int, str]]:
    """The lines of a table a sentence holds, with where each starts in it: the sentence, or
    its parts between semicolons where two or more are lines ("RSF — A, B; army — C, D";
    "...; contested: X" is none)."""
    if ";" not in text:
        return [(0, text)] if _a_line(text.strip()) else []
    parts, at = [], 0
    for part in text.split(";"):
        parts.append((at, part))
        at += len(part) + 1
    lines = [(at, part) for at, part in parts if _a_line(part.strip())]
    if len(lines) > 1:
        return lines
    return [(0, text)] if _a_line(text.strip()) else []


def _a_line(text: str) -> bool:
    two = sides()
    if len(text) > 320:
        return False
    if not _MARK_RE.search(text, 0, 64):  # (a word of holding looked for first: most have none)
        held = ("held" in text or "ontrol" in text or "run " in text) and any(
            verb in text for verb in (" include", " are ", " were ", " compris")
        )
        return held and two.pattern(_SIDE_FIRST_VERB).fullmatch(text) is not None
    if len(text) <= 160 and two.pattern(_UNIT_FIRST).fullmatch(text):
        return True
    # "RSF: A, B", or "The RSF-held states are: A, B"
    return bool(
        two.pattern(_SIDE_FIRST).fullmatch(text) or two.pattern(_SIDE_FIRST_VERB).fullmatch(text)
    )


def read_side_line(
    sentence: Sentence, toks: list[Token], shared: set[str], *, of_units: bool = False
) -> list[Held]:
    """ "North Darfur: RSF", "RSF: A, B and C": the units the line names, held by the side it
    names; each line's, where the sentence holds several between semicolons; ``of_units``: the
    line is a row of a table of units (:func:`unit_rows`)."""
    found = []
    for at, part in _lines_of(sentence.text):
        lead = len(part) - len(part.lstrip())
        start, line = sentence.start + at + lead, part.strip()
        if held := _read_line(sentence, toks, shared, start, line, of_units=of_units):
            found.append(held)
    return found


def _read_line(
    sentence: Sentence,
    toks: list[Token],
    shared: set[str],
    start: int,
    text: str,
    *,
    of_units: bool = False,
) -> Held | None:
    """A line ``text`` that starts at document offset ``start``: what it says is held."""
    two = sides()
    unit_first = two.pattern(_UNIT_FIRST).fullmatch(text)
    line = (
        unit_first
        or two.pattern(_SIDE_FIRST).fullmatch(text)
        or two.pattern(_SIDE_FIRST_VERB).fullmatch(text)
    )
    if line is None:
        return None
    unit_start, unit_end = start + line.start("unit"), start + line.end("unit")
    if unit_first:
        regions = units.after_verb([t for t in toks if t.end <= unit_end], unit_start)
        if not regions and of_units:  # "Khartoum: army" in a table of states: the state
            regions = _a_towns_unit(line.group("unit").strip())
    else:
        regions = _listed(toks, unit_start, unit_end)  # "RSF: A, B (retaken in May) and C"
    regions = tuple(r for r in regions if r.code not in shared)
    holder = side_of_words(line.group("side"), two)
    if not (regions and holder):
        return None
    held = Held(
        sentence, start, start + len(text), regions, holder, note="a line of who holds what"
    )
    if whole := _WHOLE_RE.match(text, line.start("unit")):  # "RSF: all of A and B": 100% each
        held.whole = (start + whole.start(), start + whole.end())
    elif unit_first and unit_first.group("adverb") and not unit_first.group("but"):
        # "West Kordofan: fully RSF-controlled"
        held.whole = (start + unit_first.start("adverb"), start + unit_first.end("adverb"))
    return held


_WHOLE_RE = compiled(
    r"(?:all\s+of|the\s+(?:whole|entirety)\s+of|the\s+entire)(?=\s)", re.IGNORECASE
)


# A heading of units a side holds, by its adjective or a passive's agent: "RSF-held states:",
# "States under army control:", "Areas held by the RSF:" (the side: statement.side_of_words).
_HELD_HEADING_RE = compiled(
    r"\W*(?:[\w'’]+[-\s](?:held|controlled|run)\s+|(?:[\w'’]+\s+){0,2}(?:held|controlled|run)\s+by"
    r"\s+(?:the\s+)?[\w'’]+(?:\s+[\w'’]+)?\s*)[^:]*:\s*$",
    re.IGNORECASE,
)
# The end of the heading of a list of units held: "The RSF controls:", "The army holds the
# following states:". Its verb is the one each line under it is the object of.
_HEADING_END_RE = compiled(
    r"\s*(?:(?:the\s+)?(?:following|these)(?:\s+\w+)?)?\s*[:?]\s*$", re.IGNORECASE
)  # (or a question's: "Which states does the RSF control?")


def read_listed(
    sentence: Sentence, toks: list[Token], named: list[Mention], header: Sentence, shared: set[str]
) -> list[Held]:
    """A line of a list under a heading whose verb holds ("The RSF controls:" over "- Khartoum
    State"): the units the line names, held by the heading's actor."""
    two = sides()
    heading = header.text
    verbs = [
        m for m in scan.finditer(two.pattern(ACTIVE), heading)
        if _HEADING_END_RE.match(heading, m.end())
    ]  # fmt: skip
    # "RSF-held states:", "States held by the army:": the side the heading's words name
    side = "" if verbs else side_of_words(heading, two) if _HELD_HEADING_RE.match(heading) else ""
    regions = units.after_verb(toks, sentence.start) if verbs or side else ()
    if not regions:
        return []
    if verbs:
        said = statement(header, verbs[-1], regions, find_actors(heading, two), two, passive=False)
        side, reason = said.holder, said.reason
    else:
        reason = ""
    how = "in the answer to" if heading.rstrip().endswith("?") else "under the heading"
    note = f"{how} '{heading.strip()}'"
    start, end = sentence.start, sentence.start + len(sentence.text)
    item = Held(sentence, start, end, regions, side, reason, note=note)
    leave_out(item, named, after=start)
    item.regions = tuple(r for r in item.regions if r.code not in shared)
    return [item] if item.regions else []
