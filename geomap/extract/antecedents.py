"""Which regions words that name none mean: "the region" (the one named before in the sentence,
its official's (named with it, or one the profile lists), or that of the last sentences that
name just one), "of each" (the list the sentence before names), and "it" or "them" after a
verb of holding."""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING, Protocol

from geomap.extract.gains import MONTHS
from geomap.extract.named import named_sides
from geomap.extract.officials import officials_unit
from geomap.extract.sides import sides
from geomap.extract.text import (
    IT_WORDS,
    NUMBER_WORDS,
    TOWN_WORDS,
    Mention,
    Sentence,
    Token,
    name_at,
    nouns,
    token_at,
)
from geomap.extract.unit_words import no_city
from geomap.patterns import compiled
from geomap.profile import current, gazetteer
from geomap.regions import Region

if TYPE_CHECKING:
    from geomap.extract.document import Document


# Anaphora: the regions "the region" refers to, given the sentence's own mentions before a
# position; returns (regions, reason-if-unclear).
class Antecedent(Protocol):
    """The regions "the region" means at a position of a sentence (and why none, where none);
    with ``several``, the regions of a list named in the sentence before ("... of each")."""

    def __call__(
        self, pos: int, several: bool = False, order: str = "", noun: str = ""
    ) -> tuple[tuple[Region, ...], str]: ...


_BORDER_WITH_RE = compiled(r"\b(?:border|borders|boundary)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
_LOOKBACK = 3  # sentences "the region" may reach back to find the region it means


# A region's name called a town ("Donetsk city", "the city of Zaporizhzhia"): no mention of the
# region, but "the region" after it in the sentence is the town's.
_TOWN_NAMED_RE = compiled(
    rf"\b(?:{'|'.join(sorted(TOWN_WORDS))})\s+of\s+(?P<of>[A-Z][\w'’-]+)"
    rf"|\b(?!(?:The|A|An|This|That|Its)\b)(?P<name>[A-Z][\w'’-]+)\s+(?:{'|'.join(sorted(TOWN_WORDS))})\b"
)


def _town_region(text: str, noun: str) -> tuple[Region, ...]:
    """The region of the last town in ``text`` called by a region's name ("shelling Donetsk
    city" → Donetsk), or, for the unit's own ``noun``, named as the profile's city of a unit's
    name ("In Sennar, ... the state": the city's, Sennar State), where the name is one
    region's; else ()."""
    for found in reversed(list(_TOWN_NAMED_RE.finditer(text))):
        regions = gazetteer().expand(found["of"] or found["name"])
        if len(regions) == 1:
            return regions
    cities = current().cities if noun == current().units.singular else ()
    for word in reversed(_CAPITALISED_RE.findall(text) if cities else []):
        regions = gazetteer().expand(word)
        if len(regions) == 1 and regions[0].code in cities:
            return regions
    return ()


_CAPITALISED_RE = compiled(r"\b[A-Z][\w'’-]+")


def antecedent(doc: Document, sentence: Sentence, own: list[Mention]) -> Antecedent:
    """The regions "the region" means at a position of ``sentence`` (``own``: the regions it
    names); with ``several``, those of the list the sentence before names ("... of each")."""

    def find(
        pos: int, several: bool = False, order: str = "", noun: str = ""
    ) -> tuple[tuple[Region, ...], str]:
        return _at_its_level(*means(pos, several, order, noun), noun)

    def means(pos: int, several: bool, order: str, noun: str) -> tuple[tuple[Region, ...], str]:
        if several:
            return _list_before(doc, sentence)
        if order:
            return _former_or_latter(doc, sentence, [m for m in own if m.end <= pos], order)
        s0 = sentence.start
        # not a unit named as the border another lies on ("near the border with Kharkiv")
        before = [
            m for m in own
            if m.end <= pos and not _BORDER_WITH_RE.search(sentence.text, 0, m.start - s0)
        ]  # fmt: skip
        if (
            len(before) > 1
            and before[-1].codes != before[-2].codes
            and LISTED_RE.fullmatch(sentence.text, before[-2].end - s0, before[-1].start - s0)
            and not _ON_THE_LAST_RE.match(sentence.text, before[-1].end - s0)
        ):  # "In A and B, Russia controls around 75% of the territory": which one?
            # (not "... Luhansk and the Donetsk region, which is now 75% occupied": the last's)
            if _BOTH_BEFORE_RE.search(sentence.text, 0, before[-2].start - s0):
                # "In both A and B, ... three-quarters of the territory": of each
                return (*before[-2].regions, *before[-1].regions), ""
            names = sorted({r.name for m in before[-2:] for r in m.regions})
            return (), f"'the region' could be {' or '.join(names)}"
        if before:
            return before[-1].regions, ""
        if place := _place_framed(sentence.text, pos - sentence.start):
            return (), f"a share of {place}, which is no region"  # "In Pokrovsk, ... 90%"
        if town := _town_region(sentence.text[: pos - s0], noun):
            return town, ""  # "shelling Donetsk city, hold 25% of the region"
        # '"60% of the region is occupied," the Kherson governor said': its official's
        text, s0 = sentence.text, sentence.start
        official = [
            m for m in own
            if m.start >= pos and (_OFFICIAL_AFTER_RE.match(text, m.end - s0)
                                   or _OFFICIAL_BEFORE_RE.search(text, 0, m.start - s0))
        ]  # fmt: skip
        if official and len({m.codes for m in official}) == 1:
            return official[0].regions, ""
        after = [
            m for m in own
            if m.start >= pos and not _BORDER_WITH_RE.search(text, 0, m.start - s0)
        ]  # fmt: skip
        back = _looked_back(doc, sentence, own, after, noun)
        if unit := officials_unit(text):  # "Pushilin said 60% of the republic ...": his unit,
            # unless the text names another just before (the profile's officials may be stale)
            if back[0] and set(back[0]) != set(unit):
                names = sorted(r.name for r in {*back[0], *unit})
                return (), f"'the region' could be {' or '.join(names)}"
            return unit, ""
        return back

    return find


def _looked_back(
    doc: Document, sentence: Sentence, own: list[Mention], after: list[Mention], noun: str
) -> tuple[tuple[Region, ...], str]:
    """The regions "the region" means from the last sentences before ``sentence``: those of the
    nearest that names just one (or a town by a region's name, where ``sentence`` names none);
    ``after``: the mentions after "the region" in its own sentence."""
    later = {m.codes for m in after}
    back = range(sentence.index - 1, max(-1, sentence.index - 1 - _LOOKBACK), -1)
    for k in back:
        found = doc.analyse(k)[1]
        if not found and (town := _town_region(doc.sentences[k].text, noun)) and not own:
            return town, ""  # "Kherson city was liberated. Russia holds 73% of the region."
        if found:
            kinds = {m.codes for m in found}
            # a group named beside one of its units is no other region: "North Darfur is
            # the last Darfur state where ..." is of North Darfur
            inner = {c for c in kinds if any(set(c) < set(g) for g in kinds)}
            widest = set().union(*kinds)
            if len(inner) == 1 and any(set(c) == widest for c in kinds):
                kinds = inner
                found = [m for m in found if m.codes in inner]
            # a group named later that holds the region is no other region ("In North
            # Darfur ... . The RSF holds the other four Darfur states"), nor a unit of the group
            # named before ("Darfur is ... . It holds four of its five states; only North
            # Darfur is contested")
            first = set(found[0].codes)
            others = {c for c in later - kinds if not (first <= set(c) or set(c) < first)}
            if len(kinds) == 1 and not others:
                return found[0].regions, ""
            # "... of the region, near Kherson" after a sentence naming another region
            names = sorted({r.name for m in (*found, *after) for r in m.regions})
            return (), f"'the region' could be {' or '.join(names)}"
    # none named: the unit of an official named ("Saldo spoke on Tuesday. He said 75% of the
    # region is ...")
    for k in back:
        if unit := officials_unit(doc.sentences[k].text):
            return unit, ""
    return (), "'the region' refers to no region named before it"


def _at_its_level(
    regions: tuple[Region, ...], reason: str, noun: str
) -> tuple[tuple[Region, ...], str]:
    """The regions "the region" (``noun``) means, of those named before: "the region" after a
    raion the unit it lies in ("... in the Kupiansk district of Kharkiv region. Under 2% of the
    region's land"), "the district" a raion ("... 40% of the district"), none where it is not."""
    if noun in nouns():
        return tuple(dict.fromkeys(_its_unit(r) for r in regions)), reason
    if noun and noun in current().subunits.nouns and not all(r.parent for r in regions):
        return (), reason or f"'the {noun}' refers to no raion named before it"
    return regions, reason


def _its_unit(region: Region) -> Region:
    """The unit a raion lies in; a unit itself."""
    return gazetteer().get(region.parent) if region.parent else region


def named_before(doc: Document, sentence: Sentence, own: list[Mention]) -> list[Mention]:
    """The regions the sentence before names, for a claim that refers to them; where it names
    none, the region "the region" means here ("Luhansk" as a heading, "Russia holds the entire
    region.", "Moscow annexed it in 2022.")."""
    if not sentence.index:
        return []
    previous = doc.analyse(sentence.index - 1)[1]
    if previous:
        return previous
    means = antecedent(doc, sentence, own)(sentence.start)[0]
    return [Mention(means, sentence.start, sentence.start)] if means else []


def _former_or_latter(
    doc: Document, sentence: Sentence, before: list[Mention], order: str
) -> tuple[tuple[Region, ...], str]:
    """ "the former" (``order``) or "the latter": the first or the last of the two regions the
    sentence names before it, with those of the sentence before where it names fewer; "the
    latter two" ("latter 2"): the last two of more named."""
    if len({m.codes for m in before}) < 2 and sentence.index and doc.goes_on(sentence):
        before = [*doc.analyse(sentence.index - 1)[1], *before]
    order, _, counted = order.partition(" ")  # "latter two"
    if count := NUMBER_WORDS.get(counted, 0):
        listed = list(dict.fromkeys(m.regions for m in before))
        if len(listed) <= count or any(len(regions) > 1 for regions in listed):
            return (), f"'the {order} {counted}': which, not said"
        chosen = listed[:count] if order == "former" else listed[-count:]
        return tuple(r for regions in chosen for r in regions), ""
    # A group of the regions named singly ("A and B make up the Donbas") names none more.
    singles = {r for m in before if len(m.regions) == 1 for r in m.regions}
    before = [m for m in before if len(m.regions) == 1 or not set(m.regions) <= singles]
    two = list(dict.fromkeys(r for m in before for r in m.regions))
    if len(two) != 2 or any(len(m.regions) > 1 for m in before):
        named = " or ".join(sorted(r.name for r in two)) or "no region named before it"
        return (), f"'the {order}' could be {named}"
    return (two[0] if order == "former" else two[1],), ""


# Before the first of two names, what makes "the territory" each one's: "In both A and B".
_BOTH_BEFORE_RE = compiled(r"\b(?:both|each\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# Between two names of a list: "A and B", "A, B", "A or B".
LISTED_RE = compiled(r"\s*(?:,|,?\s*(?:and|or|&))\s*(?:the\s+)?", re.IGNORECASE)


# A relative clause on the last name of a list, told by its verb's number: "... Luhansk and the
# Donetsk region, which is now 75% occupied" (not "in A and B, where Russia holds 75%": either,
# or both).
_ON_THE_LAST_RE = compiled(
    r"(?:\s+\w+)?\s*,\s*(?:which|that)\s+(?:(?:now|still|currently|already)\s+)?"
    r"(?:is|was|has|remains|lies|sits)\b",
    re.IGNORECASE,
)


def _list_before(doc: Document, sentence: Sentence) -> tuple[tuple[Region, ...], str]:
    """The regions of the sentence before ``sentence`` in its paragraph, where it names
    several and no group ("Russia claims the Kherson and Zaporizhzhia regions. It occupies
    about 70% of each.")."""
    if doc.goes_on(sentence):
        found = doc.analyse(sentence.index - 1)[1]
        regions = tuple(dict.fromkeys(r for m in found if len(m.regions) == 1 for r in m.regions))
        if len(regions) > 1 and all(len(m.regions) == 1 for m in found):
            return regions, ""
    return (), "'each' refers to no list of regions named before it"


# Who speaks for a region: "the Kherson governor", "the governor of Kherson", "Zaporizhzhia's
# Russian-installed authorities".
_OFFICIAL_AFTER_RE = compiled(
    r"(?:['’]s)?\s+(?:region(?:al)?\s+|oblast\s+|state\s+)?(?:[\w-]+\s+)?(?:governor|authorities"
    r"|administration|officials?|head|council|leader)\b",
    re.IGNORECASE,
)
_OFFICIAL_BEFORE_RE = compiled(
    r"\b(?:governor|head|authorities|officials?|administration)\s+(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def the_others(toks: list[Token], at: int) -> tuple[int, tuple[Region, ...]]:
    """ "the other four Darfur states", "the remaining four states of Darfur" at document offset
    ``at``: how many, and the group's units they are counted from; (0, ()) for other words."""

    def key(i: int) -> str:
        return toks[i].key if i < len(toks) else ""

    k = token_at(toks, at)
    k += key(k) == "the"
    count = NUMBER_WORDS.get(key(k + 1), 0)
    if key(k) not in ("other", "remaining") or not count:
        return 0, ()
    k += 2
    plural = {n for n in nouns() if n.endswith("s")}
    if key(k) in plural and key(k + 1) in ("of", "in"):  # "the other four states of Darfur"
        k += 2 + (key(k + 2) == "the")
        found, n = name_at(toks, k)
    else:  # "the other four Darfur states"
        found, n = name_at(toks, k)
        n = n if key(k + n) in plural else 0
        if not n and (key(k) in plural or key(k) in ("", ".", ",", ";")):
            return count, ()  # "the other four (states)": the group of the units named before
    return (count, found) if n and len(found) > count else (0, ())


# A name before the verb that "it" may stand for as well ("The RSF attacked Atbara and took
# it"): a capital after the first word that is no side's, unit's, month's or title's.
_OTHER_PLACE_RE = compiled(
    r"(?<![.!?:]\s)\b(?!(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|The|In|On|By|After|Since)\b)[A-Z][a-z]"
)


_A_PLACES_UNIT_RE = compiled(r"\b(?:in|near|outside)\s+(?:the\s+)?$", re.IGNORECASE)
# A unit named as a town's ("the capital of Gezira State", "Gezira's capital"): "it" after it
# is the town, maybe ("The army recaptured the capital of Gezira State, a year after the RSF
# overran it")
_A_TOWNS_UNIT_RE = compiled(
    r"\b(?:capital|city|town|centre|center|seat|outskirts|heart)\s+(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# (with the profile's unit nouns: sides().pattern)
_UNITS_TOWN = r"(?:\s+«UNIT»)?(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:capital|city|town)\b"


def _a_towns_unit(text: str, start: int, end: int) -> bool:
    """Whether a unit's name at ``start``-``end`` names the unit a town is of ("the capital of
    Gezira State", "Gezira's capital"), so that "it" after it may be the town."""
    return bool(_A_TOWNS_UNIT_RE.search(text, max(0, start - 40), start)) or bool(
        sides().pattern(_UNITS_TOWN).match(text, end)
    )


def it_stands_for(
    word: str, sentence: Sentence, at: int, named: list[Mention], units_before, actors
) -> tuple[Region, ...]:
    """The units "it" (one) or "them" (several) after a verb at ``at`` stands for, where no
    statement before it in the sentence has any: those the sentence names before it ("The RSF
    attacked Gezira State but the army still holds it"), else ``units_before``, those of the
    statements of the sentence before ("The RSF seized Gezira State in 2023. The army retook it
    in 2025."); none where a name before the verb may be what it is ("The RSF attacked Atbara
    and took it")."""
    s0 = sentence.start
    own = [m for m in named if m.end <= s0 + at]
    if not all(_a_units_name(sentence.text, m.start - s0, m.end - s0, m.regions) for m in own):
        return ()  # "Russia shelled Kherson but Ukraine still holds it": the city, maybe
    if own and _a_towns_unit(sentence.text, own[-1].start - s0, own[-1].end - s0):
        return ()  # "recaptured the capital of Gezira State ... after the RSF overran it"
    units = tuple(dict.fromkeys(r for m in own for r in m.regions)) or units_before
    count = len(own) if own else len(units)
    said = word.lower()
    if said == "both":  # two taken before, of which one or two are units ("seized most of
        # Khartoum and took Gezira State. The army has since recaptured both": Gezira State)
        if count > 2 or (own and count != 2):
            return ()
    elif (count == 1) != (said == "it"):
        return ()
    taken = {a - s0 for m in own for a in range(m.start, m.end)} | {a for a, _ in actors}
    # a place named before the last unit is no nearer antecedent ("With the fall of Nyala, the
    # RSF took Gezira State; the army won it back": Gezira State's)
    since = max((m.start - s0 for m in own), default=1)
    if _A_PLACES_UNIT_RE.search(sentence.text, 0, since):
        since = 1  # "attacked El Fasher in North Darfur ... holds it": the town, maybe
    others = (m.start() for m in _OTHER_PLACE_RE.finditer(sentence.text, since, at))
    return () if any(a not in taken for a in others) else units


def it_of(
    doc: Document, sentence: Sentence, held_units: tuple[int, tuple[Region, ...]]
) -> tuple[Region, ...]:
    """The units an "it" or "them" after a verb of holding may stand for: in its paragraph,
    those of the statements of holding of the sentence before (``held_units``: its index and
    their units; "The RSF seized Gezira State in 2023. The army retook it in 2025."), else the
    units it names, each by a unit's name, not a town's ("The RSF swept into Gezira State")."""
    if not sentence.index or not _IT_RE.search(sentence.text) or not doc.goes_on(sentence):
        return ()
    if held_units[0] == sentence.index - 1 and held_units[1]:
        return held_units[1]
    before = doc.sentences[sentence.index - 1]
    found = doc.analyse(sentence.index - 1)[1]
    s0, text = before.start, before.text
    if not all(_a_units_name(text, m.start - s0, m.end - s0, m.regions) for m in found):
        return ()
    if found and _a_towns_unit(text, found[-1].start - s0, found[-1].end - s0):
        return ()  # "The army recaptured the capital of Gezira State. The RSF had seized it"
    # a place it names that is no unit may be what "it" is ("... after the RSF seized Wad Madani")
    named = {a - s0 for m in found for a in range(m.start, m.end)}
    named |= {a for a, _ in named_sides(text, sides())}
    if any(m.start() not in named for m in _OTHER_PLACE_RE.finditer(text, 1)):
        return ()
    return tuple(dict.fromkeys(r for m in found for r in m.regions))


_IT_RE = compiled(rf"\b(?:{IT_WORDS}|they)\b", re.IGNORECASE)  # ("They were retaken by")


def _a_units_name(text: str, start: int, end: int, regions: tuple[Region, ...]) -> bool:
    """Whether a name at ``start``-``end`` is a unit's, not a town's of the same name: it has
    a unit noun ("Gezira State", "the Kharkiv region") or more words than one ("South Darfur"),
    or the profile lists the units named after a city and this is not one of them."""
    noun = re.match(r"\s+(\w+)", text[end:])
    return (
        " " in text[start:end]
        or bool(noun and noun.group(1).lower() in nouns())
        or no_city(regions)
    )


# A place the sentence opens on, that it names no region in: "In Pokrovsk, Russian troops now
# control about 90%" (the town's share, not the region's of the sentence before).
_PLACE_FRAME_RE = compiled(
    r"(?:In|Around|Near|Inside|Within|At)\s+(?:and\s+around\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,2})\s*,"
)
_CALENDAR = {w.lower() for w in (*MONTHS.split("|"), *calendar.day_name) if w}


def _place_framed(text: str, at: int) -> str:
    """The place a sentence opens on before ``at`` ("In Pokrovsk, ..."), neither a time nor a
    side (the regions it names are looked for before), in a sentence that goes on with no unit
    noun ("the region"); else ""."""
    frame = _PLACE_FRAME_RE.match(text)
    if frame is None or frame.end() > at:
        return ""
    if any(w.lower() in nouns() for w in re.findall(r"\w+", text[frame.end() :])):
        return ""  # "In Brussels, officials said Russia holds 70% of the region": a region's
    place = frame.group("place")
    if place.split()[0].lower() in _CALENDAR or sides().pattern(
        r"\b(?:«C»|«D»|«CS»|«CF»|«DF»|«CA»|«DA»)\b"
    ).search(place):
        return ""
    return place
