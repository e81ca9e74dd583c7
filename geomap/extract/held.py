"""Statements of control without a figure: "the RSF controls four states: A, B, C and D", "the
army took control of Gezira State", "Kherson region fell to Russian forces".

Each is a figure of its own kind, *held, no share given*: the unit is held by the side the
clause names, and nothing is said of how much of it. Only a named unit counts, with its unit
noun ("Gezira State", "the state of Sennar", "the Luhansk region"), as a group ("Darfur") or in
a list of units: a bare name may be a town ("the RSF seized El Fasher" is a city's fall, not the
state's). "Parts of", "most of" and the like are not statements about the whole, and a clause
that gives a share of the unit says more than this and wins.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from geomap.extract import holders, scan, when
from geomap.extract.actors import (
    LATER_PRONOUN_UNCLEAR,
    PRONOUN_RE,
    actor,
    find_actors,
    insertions,
    later_pronoun_side,
    main_clause_start,
    speaker,
    without_insertions,
)
from geomap.extract.sides import Sides, sides
from geomap.extract.targets import EXCEPT_RE, clause_end, excepted
from geomap.extract.text import Mention, Sentence, Token, ellipsis_at, name_at, nouns
from geomap.regions import Region

# The verb of a statement of control whose object follows it ("the liberated Kherson region" is
# an adjective: the part liberated).
_ACTIVE = (
    r"(?<!-)(?<!\bthe\s)\b(?:controls?|controlled|holds?|(?<!been\s)held|(?:took|taken|takes|seized|seizes|gained"
    r"|regained|retook|retaken|assumed|wrested|established|consolidated|in)\s+control\s+(?:of|over)"
    r"|captured|captures|seized|overran|overrun|retook|recaptured|retaken|liberated"
    r"|(?:took|taken|takes)\s+(?:over|back)|won\s+back)\b"
)
# "RSF-held South Darfur", "army-controlled Kassala State": the side before the hyphen holds
# ("Russian-occupied X region" is not one: it names the occupied part as often as the whole).
_COMPOUND = r"\b(?P<side>[\w'’]+)-(?:held|controlled|run)\b"
# ... and whose subject is the unit: "X fell to the RSF", "X is under army control".
_PASSIVE = (
    r"\b(?:fell|falls|has\s+fallen)\s+to\b|\b(?:is|are|remains?|was|were|(?:has|have|had)\s+been)"
    r"\s+(?:now\s+|still\s+|back\s+|firmly\s+|fully\s+)?(?:under\s+(?:the\s+)?(?:control\s+of\b"
    r"|«CA»\s+control|«DA»\s+control)|held\s+by|controlled\s+by|in\s+(?:«CA»|«DA»)\s+hands)"
    r"|\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?(?:seized|captured|taken|overrun"
    # "was taken (from the army) by"
    r"|retaken|recaptured|liberated)\s+(?:from\s+(?:the\s+)?[\w'’-]+\s+)?by\b"
)
# A sentence without one of these words holds no statement of holding.
CUES = (
    r"\b(?:control|holds?|held|captur|seiz|overr[au]n|retook|retaken|recaptur|liberated|fell\s+to"
    r"|falls\s+to|fallen\s+to|taken\s+(?:by|from)|(?:took|taken|takes)\s+(?:over|back)|won\s+back|hands"
    r"|lost|loses|expel|drove|driven|drive|push|oust|clear|flush|forced|chased|routed|withdrew"
    r"|withdrawn|retreated|fled|pulled\s+out)"
)
# A verb of a state, not an event: "controls", "held", "is under ... control", "RSF-held".
_STATE_RE = re.compile(
    r"(?:\w+-)?(?:controls?|controlled|holds?|held|in\s+control)\b|(?:is|are|remains?|was|were"
    r"|(?:has|have|had)\s+been)\s+(?:\w+\s+)?(?:under|held|controlled|in)\b",
    re.IGNORECASE,
)
# "..., but lost it to the army", "before losing them", "lost it ... before retaking it": the
# units changed hands again after.
_LOST_AFTER_RE = re.compile(
    r"\b(?:but|before|only\s+to|and)\s+(?:\w+\s+){0,2}?(?:lost|losing|lose|ceded|abandoned"
    r"|was\s+driven\s+(?:out\s+of|from)|withdrew\s+from|retook|retak\w+|recaptur\w+"
    r"|regain\w*|re-?took|(?:took|taking|take|won|winning|win)\s+back)\s+(?:control\s+of\s+)?"
    r"(?:it|them)\b|\b(?:but|before|only\s+to|and)\s+(?:\w+\s+){0,2}?"
    r"(?:took|taking|take|won|winning|win)\s+(?:it|them)\s+back\b"
    # "..., before retreating weeks later", "but were forced to withdraw": the holder left
    r"|\b(?:but|before|only\s+to|and\s+then|then)\s+(?:\w+\s+){0,3}?(?:retreat\w*|withdr[ae]w\w*"
    r"|pull(?:ed|ing)?\s+(?:out|back)|(?:being|been|was|were)\s+(?:driven|pushed|forced)\s+(?:out|back)"
    r"|(?:were|was)\s+forced\s+to\s+(?:withdraw|retreat|leave)|abandon\w*)\b",
    re.IGNORECASE,
)
_ENDS = frozenset({".", ",", ";", ":", ")", "!", "?", "and", "&", "«", "“", '"', "'"})
# Words that start the next phrase after a name: "controls North Darfur after taking El Fasher".
_NEXT_PHRASE = frozenset({
    "after", "since", "before", "following", "until", "in", "on", "at", "for", "from", "by",
    "with", "while", "as", "amid", "despite", "during", "when", "where", "which", "but", "or", "to",
})  # fmt: skip
# ... and "the RSF has lost Khartoum State (to the army)": the side acting lost it.
_REMOVED_RE = re.compile(
    holders.REMOVED + r"|\b(?:lost|loses)\b(?=\s+(?!control\b))", re.IGNORECASE
)
# A place in a unit named by the unit: "the Gezira state capital", "the North Darfur city of".
_PLACES_IN = frozenset({"capital", "city", "town", "towns", "cities", "village", "villages"})
_NUMBERS = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"


@dataclass
class Held:
    """One statement that a side holds units, giving no share."""

    sentence: Sentence
    start: int  # span of the verb phrase in the document
    end: int
    regions: tuple[Region, ...]
    holder: str
    reason: str = ""
    note: str = ""
    disputed: str = ""  # "a claim the army denies": someone in the text says it is not so

    @property
    def text(self) -> str:
        return self.sentence.text[self.start - self.sentence.start : self.end - self.sentence.start]


def read_held(
    sentence: Sentence,
    toks: list[Token],
    named: list[Mention],
    shared: set[str],
    *,
    context: str = "",
    as_of: dt.date | None = None,
) -> list[Held]:
    """Every statement of control without a figure in ``sentence``; ``shared`` are the codes a
    share of this sentence is of (a figure says more than the statement); ``context`` the side
    an "it" or "they" before the verb stands for ("" where unclear); ``as_of`` the text's date
    (a statement of an earlier time is not of it)."""
    two = sides()
    text = sentence.text
    found: list[Held] = []
    actors = find_actors(text, two)
    for match in scan.finditer(two.pattern(_ACTIVE), text):
        regions = _object(toks, sentence.start + match.end())
        if regions:
            item = _statement(sentence, match, regions, actors, two, passive=False)
            if item.reason.startswith("holder unclear: the text"):
                # "The army says it controls X": who says it; else whom "it" stood for before.
                said = speaker(two, text, match.start())
                if said or (context and PRONOUN_RE.search(text, 0, match.start())):
                    item.holder, item.reason = said or context, ""
            found.append(item)
    for match in scan.finditer(two.pattern(_COMPOUND), text):
        regions = _object(toks, sentence.start + match.end())
        if regions:
            item = _statement(sentence, match, regions, actors, two, passive=True)
            item.holder = _side_of_words(match.group("side"), two)
            item.reason = "" if item.holder else f"holder unclear: '{match.group()}'"
            found.append(item)
    for match in scan.finditer(_REMOVED_RE, text):
        regions = _object(toks, sentence.start + match.end())
        if regions:
            found.append(_removal(sentence, match, regions, actors, two))
    asides = tuple((sentence.start + a, sentence.start + b) for a, b in insertions(text))
    for match in scan.finditer(two.pattern(_PASSIVE), text):
        regions = _subject(named, toks, sentence.start + match.start(), asides)
        if regions:
            found.append(_statement(sentence, match, regions, actors, two, passive=True))
    for item in found:
        item.regions = tuple(r for r in item.regions if r.code not in shared)
        _leave_out_exceptions(item, named, after=item.end)
        if not item.reason:
            item.reason = _earlier(
                text, item.start - sentence.start, item.end - sentence.start, as_of,
                state=bool(_STATE_RE.match(item.text)),
            )  # fmt: skip
    return [h for h in found if h.regions]


def _leave_out_exceptions(item: Held, named: list[Mention], after: int) -> None:
    """ "controls all five Darfur states except parts of North Darfur": the units an exception
    after document offset ``after``, in the same clause, names are not said to be held."""
    text, lo = item.sentence.text, after - item.sentence.start
    exception = EXCEPT_RE.search(text, lo, clause_end(text, lo))
    left_out = excepted(item.sentence, exception.start(), named) if exception else set()
    if exception and left_out & set(item.regions):
        item.regions = tuple(r for r in item.regions if r not in left_out)
        words = " ".join(exception.group().strip(" ,").split())
        item.note = holders.join(item.note, f"'{words}' {', '.join(r.name for r in left_out)}")


# The heading of a list of units held: "The RSF controls:", "The army holds the following
# states:". Its verb is the one each line under it is the object of.
_HEADING_END_RE = re.compile(
    r"\s*(?:(?:the\s+)?(?:following|these)(?:\s+\w+)?)?\s*:\s*$", re.IGNORECASE
)


def read_listed(
    sentence: Sentence, toks: list[Token], named: list[Mention], header: Sentence, shared: set[str]
) -> list[Held]:
    """A line of a list under a heading whose verb holds ("The RSF controls:" over "- Khartoum
    State"): the units the line names, held by the heading's actor."""
    two = sides()
    heading = header.text
    verbs = [
        m for m in scan.finditer(two.pattern(_ACTIVE), heading)
        if _HEADING_END_RE.match(heading, m.end())
    ]  # fmt: skip
    regions = _object(toks, sentence.start) if verbs else ()
    if not regions:
        return []
    said = _statement(header, verbs[-1], regions, find_actors(heading, two), two, passive=False)
    note = f"under the heading '{heading.strip()}'"
    start, end = sentence.start, sentence.start + len(sentence.text)
    item = Held(sentence, start, end, regions, said.holder, said.reason, note=note)
    _leave_out_exceptions(item, named, after=start)
    item.regions = tuple(r for r in item.regions if r.code not in shared)
    return [item] if item.regions else []


def _earlier(text: str, start: int, end: int, as_of: dt.date | None, *, state: bool) -> str:
    """Why a statement at ``start``–``end`` of a sentence is not of the text's date: the
    sentence says the unit changed hands after ("..., but lost it to the army", "... before
    retaking it"), or, for a state ("controlled", "was under army control"; not an event such
    as "took control of", whose outcome lasts), its clause dates it earlier ("held Gezira
    State in 2024"); or ""."""
    lost = _LOST_AFTER_RE.search(text, end)
    if lost:
        return f"changed hands again after ('{' '.join(lost.group().split())}')"
    if not state:
        return ""
    lo, hi = holders.clause_of(holders.find_clauses(text), start)
    # "The RSF, which formed in 2013, holds ...": an aside's dates are not the statement's.
    phrase = without_insertions(text, start)[lo:hi]
    past, note, _ = when.time(phrase, as_of)
    if past < 0 and not when.NOW_RE.search(phrase):
        return f"describes an earlier time, not the text's date ({note})"
    return ""


def _statement(sentence, match, regions, actors, two: Sides, *, passive: bool) -> Held:
    text = sentence.text
    s0 = sentence.start
    held = Held(sentence, s0 + match.start(), s0 + match.end(), regions, "")
    negated = scan.search(holders.NEGATED_RE, text, 0, match.start())
    if negated:
        held.reason = f"negated ('{negated.group().strip()}')"
        return held
    lo, hi = holders.clause_of(holders.find_clauses(text), match.start())
    mood = holders.mood(text[lo:hi])
    if mood:
        held.reason = mood
        return held
    word = match.group()
    if passive:
        after = [side for at, side in actors if match.end() <= at < hi]
        held.holder = after[0] if after else _side_of_words(word, two)
    else:
        since = main_clause_start(text, match.start())
        held.holder = actor(actors, match.start(), text, match.end(), since)
        later = None if held.holder else later_pronoun_side(text, match.start(), since, two)
        held.holder = held.holder or later or ""
        held.reason = LATER_PRONOUN_UNCLEAR if later == "" else ""
    if not held.holder:
        held.reason = held.reason or f"holder unclear: the text does not say who '{word.strip()}'"
    return held


def _removal(sentence, match: re.Match, regions, actors, two: Sides) -> Held:
    """A statement that a side was put out of units: held by the other side."""
    held = _statement(sentence, match, regions, actors, two, passive=False)
    if held.reason and not held.reason.startswith("holder unclear"):
        return held  # negated, or not achieved
    held.reason = ""
    removed = holders.removed(actors, sentence.text, match.span(), match.span("removed"))
    held.holder = holders.other(removed, two)
    if not held.holder:
        held.reason = f"holder unclear: the text does not say who was put out ('{match.group()}')"
    else:
        held.note = f"{removed} put out ('{' '.join(match.group().split())}')"
    return held


def _side_of_words(word: str, two: Sides) -> str:
    """The side a word in the verb names: "under army control", "RSF-held"."""
    if two.pattern(r"\b(?:«CA»|«C»|«CF»)\b").search(word):
        return two.controller
    if two.pattern(r"\b(?:«DA»|«D»|«DF»)\b").search(word):
        return two.defender
    return ""


def _object(toks: list[Token], at: int) -> tuple[Region, ...]:
    """The units a statement's object names, starting at document offset ``at``: "Gezira State",
    "the state of Sennar", "four states: A, B and C", "all five Darfur states", "Darfur"."""
    head = _head(toks, next((k for k, t in enumerate(toks) if t.start >= at), len(toks)))
    if head is None:
        return ()  # "holds 75 ..."
    j, listed = head
    generic = nouns()
    if not listed and (j >= len(toks) or not (name_at(toks, j)[1] or ellipsis_at(toks, j)[1])):
        return _included(toks, j)
    regions: list[Region] = []
    named_with_noun = listed
    while j < len(toks):
        found, n = name_at(toks, j)
        if not n:
            found, n = ellipsis_at(toks, j)  # "West, Central and South Darfur"
            if not n:
                break
        if toks[j + n - 1].possessive or (j + n < len(toks) and toks[j + n].possessive):
            return ()  # "Khartoum State's capital", "the Kharkiv region's north"
        group = len(found) > 1 or any(t.key in generic for t in toks[j : j + n])
        j += n
        with_noun = j < len(toks) and toks[j].key in generic
        j += with_noun
        if j < len(toks) and toks[j].key in _PLACES_IN:
            return ()  # "the Blue Nile state capital, Ed Damazin": a town's fall
        if with_noun:
            named_with_noun = True
        elif n > 1 and (j >= len(toks) or toks[j].key in _ENDS or toks[j].key in _NEXT_PHRASE):
            # "South Darfur", "Blue Nile" alone, ending the phrase: no town has such a name
            named_with_noun = True
        if group:
            named_with_noun = True
        regions.extend(r for r in found if r not in regions)
        while j < len(toks) and toks[j].key in (",", "and", "&", "the", "as", "well", "along"):
            j += 1 + (toks[j].key == "along" and j + 1 < len(toks) and toks[j + 1].key == "with")
    if j + 1 < len(toks) and toks[j].text == "(" and toks[j + 1].text[:1].isdigit():
        return ()  # "holds Darfur (80%)": the share says how much, and of no one unit
    if len(regions) > 1 and not named_with_noun:
        named_with_noun = True  # a list of units: "the RSF holds A, B and C"
    return tuple(regions) if regions and named_with_noun else ()


def _head(toks: list[Token], j: int) -> tuple[int, bool] | None:
    """Past the words before an object's names: "the states of", "four states:", "all five
    Darfur states" (the token the names start at, and whether a unit noun in the plural or "the
    state of" heads them); None for a count of something else ("holds 75 ...")."""
    generic = nouns()

    def key(k: int) -> str:
        return toks[k].key if k < len(toks) else ""

    while key(j) in ("the", "all", "both"):
        j += 1
    counted = bool(re.fullmatch(_NUMBERS, key(j)))
    j += counted
    listed = key(j) in generic and key(j).endswith("s")
    if key(j) in generic and not listed and key(j + 1) == "of":
        return j + 2, True  # "the state of Sennar"
    if listed:
        j += 1
        return j + (key(j) in ("of", ":", ",")), True
    if counted and (j >= len(toks) or not name_at(toks, j)[1]):
        return None
    return j, False


# Prepositions that make a name the place something else is in: not the subject of the verb.
_PLACE_WORDS = frozenset({
    "in", "of", "near", "across", "from", "at", "outside", "around", "inside", "throughout",
    "within", "into",
})  # fmt: skip
# Words that make an object a part of what it names: "parts of Kordofan, including ...".
_PART_WORDS = frozenset({
    "part", "parts", "most", "some", "much", "areas", "pockets", "swathes", "half", "portions",
    "stretches", "bits", "villages", "towns", "outskirts", "edges",
})  # fmt: skip


def _included(toks: list[Token], j: int) -> tuple[Region, ...]:
    """ "the north and east of the country, including Khartoum, Gezira and Sennar states": the
    units an object that is no unit includes, named as :func:`_object` reads units; none where
    the object is a part of something ("parts of Kordofan, including ...") or a count."""
    k = j
    while k + 1 < len(toks) and k - j < 16:
        word = toks[k].key
        if word in _PART_WORDS or word in (";", ".", "but", "while") or word[:1].isdigit():
            return ()
        if word == "," and toks[k + 1].key == "including":
            return _object(toks, toks[k + 1].end)
        k += 1
    return ()


def _subject(
    named: list[Mention], toks: list[Token], at: int, asides: tuple[tuple[int, int], ...] = ()
) -> tuple[Region, ...]:
    """The units named just before a passive verb at document offset ``at``: "Gezira State
    fell to ...", "the Luhansk region is under Russian control", "Sennar State, once held by
    the RSF, is now under army control" (``asides``: the spans, in the document, of the asides
    that may stand between)."""
    generic = nouns()
    before = [m for m in named if m.end <= at and not any(a <= m.start < b for a, b in asides)]
    if not before:
        return ()
    last = before[-1]
    between = [
        t for t in toks
        if last.end <= t.start and t.end <= at and not any(a <= t.start < b for a, b in asides)
    ]  # fmt: skip
    glue = (",", "now", "has", "had", "which")
    if any(t.key not in generic and t.key not in glue for t in between):
        return ()
    own = [t for t in toks if last.start <= t.start and t.end <= last.end]
    preceding = [t for t in toks if t.end <= last.start]
    unit_of = len(preceding) > 1 and preceding[-2].key in generic  # "the state of Sennar"
    if preceding and preceding[-1].key in _PLACE_WORDS and not unit_of:
        return ()  # "El Fasher, the last army stronghold in Darfur, fell to ...": a place in it
    listed = _listed_before(before, toks)
    # a unit noun, a group, a name of several words ("West Kordofan": no town has such a name),
    # or a list of units ("Khartoum, Gezira and Sennar states are ...")
    if not (
        unit_of
        or len(last.regions) > 1
        or len(own) > 1
        or any(t.key in generic for t in between)
        or len(listed) > 1
    ):
        return ()
    return tuple(dict.fromkeys(r for m in listed for r in m.regions))


def _listed_before(before: list[Mention], toks: list[Token]) -> list[Mention]:
    """The mentions of a list that ends with the last of ``before``: "Khartoum, Gezira and
    Sennar (states)", joined by commas and "and" only (unit nouns allowed between)."""
    generic = nouns()
    listed = [before[-1]]
    for m in reversed(before[:-1]):
        glue = [t.key for t in toks if m.end <= t.start and t.end <= listed[0].start]
        if not glue or any(k not in generic and k not in (",", "and", "&") for k in glue):
            break
        listed.insert(0, m)
    return listed
