"""The words a statement of holding uses for a unit it does not name: "the state" or "the
region" for the unit named before ("The army retook the state in January"), and a unit's name
that the profile says is its capital city's ("Khartoum"); where a unit's name ends, and the
items of a list of units ("..., River Nile, Northern, Kassala and ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geomap.dates import MONTH_NAMES
from geomap.extract.each import COMPASS, says_who_speaks
from geomap.extract.ellipses import ellipsis_at
from geomap.extract.sides import sides
from geomap.extract.text import (
    COUNT_WORDS,
    NUMBER_WORDS,
    Mention,
    Token,
    name_at,
    nouns,
    token_at,
    with_a_noun,
)
from geomap.patterns import compiled
from geomap.profile import current, gazetteer
from geomap.regions import Region

if TYPE_CHECKING:
    from geomap.extract.text import Mention

_ENDS = frozenset({".", ",", ";", ":", ")", "!", "?", "and", "&", "«", "“", '"', "'"})
# Words that start the next phrase after a name: "controls North Darfur after taking El Fasher".
_NEXT_PHRASE = frozenset({
    "after", "since", "before", "following", "until", "in", "on", "at", "for", "from", "by",
    "with", "while", "as", "amid", "despite", "during", "when", "where", "which", "but", "or", "to",
    "except", "excluding", "save", "bar",  # "all five states of Darfur except for parts of ..."
    "throughout", "through", "ever", "last", "this", "again", "now", "still", "today",
    "into", "towards", "toward", "across",  # "fled RSF-held West Darfur into Chad"
    "under", "back", "firmly", "squarely", "effectively",  # "placed X (firmly) under RSF control"
    # when: "retook Gezira two months later", "took North Darfur weeks ago"
    "later", "earlier", "ago", "shortly", "soon", "recently", "yesterday", "overnight", "early",
    "late", "within", "then", "once", "quickly", "finally", "eventually", "days", "weeks",
    "months", "years", "a", "several", "few", "one", "two", "three", "four", "five", "six",
    # a verb after the name: "RSF-held South Darfur is calm"
    "is", "was", "are", "were", "has", "have", "had", "remains", "remained", "also",
    "will", "would", "can", "could", "may", "might", "must", "should",
    "hosts", "hosted", "houses", "borders", "lies", "saw", "sees", "faces", "faced", "became",
    "remain", "face", "host", "house", "border", "lie", "see",  # ("RSF-held A and B face ...")
    # how much of it: "controls East Darfur entirely", "holds Kherson only partly"
    "entirely", "completely", "fully", "wholly", "totally", "outright", "partly", "partially",
    "largely", "mostly", "mainly", "almost", "nearly", "virtually", "practically", "only",
    # how: "rules West Darfur unchallenged"
    "unchallenged", "uncontested", "unopposed", "securely", "undisputed",
})  # fmt: skip
# Prepositions that make a name the place something else is in: not the subject of the verb.
PLACE_WORDS = frozenset({
    "in", "of", "near", "across", "from", "at", "outside", "around", "inside", "throughout",
    "within", "into",
})  # fmt: skip


def a_town_before(preceding: list[Token]) -> bool:
    """Whether the tokens before a unit's name (in its sentence) end with a town that is where
    something is, or that opens the sentence, and a comma: "the army's division in Babanusa,
    West Kordofan, fell ...", "Nyala, South Darfur, remains ..." (with the comma after the
    name, the unit is the town's, not what is said of it)."""
    if len(preceding) < 2 or preceding[-1].key != ",":
        return False
    k = len(preceding) - 2
    while k >= 0 and len(preceding) - k <= 4 and preceding[k].text[:1].isupper():
        k -= 1
    return k < len(preceding) - 2 and (k < 0 or preceding[k].key in PLACE_WORDS)


def the_unit(toks: list[Token], at: int, *, before_of: bool = False) -> str:
    """ "the state", "the region" at document offset ``at``, ending its phrase ("The army retook
    the state in January"; ``before_of``: or before "of", "cleared the state of RSF fighters"):
    the words, for the unit named before; else ""."""
    k = token_at(toks, at)
    if k + 1 >= len(toks) or toks[k].key != "the" or toks[k + 1].key not in nouns():
        return ""
    noun = toks[k + 1].key
    ends = ends_a_name(toks, k + 2) or (before_of and k + 2 < len(toks) and toks[k + 2].key == "of")
    if noun.endswith("s") or not ends or toks[k + 1].possessive:
        return ""
    return f"the {noun}"


def all_counted(toks: list[Token], at: int, *, after: bool) -> tuple[int, str]:
    """ "all five states", "all five", "the five states" right after a verb at document offset
    ``at`` (``after``), or just before it as its subject ("All five states are ..."): the count
    and the words, for the group named before; else (0, "")."""
    k = token_at(toks, at)
    if after:
        j = k + (k < len(toks) and toks[k].key in ("all", "the"))
        j += j < len(toks) and toks[j].key == "the"  # "all the five states"
        count = NUMBER_WORDS.get(toks[j].key, 0) if j < len(toks) else 0
        end = j + 1 + (j + 1 < len(toks) and toks[j + 1].key in nouns())
        end = _of_the_regions(toks, j + 1) or end  # "all five of the region's states"
        if not count or not ends_a_name(toks, end) or j == k:
            return 0, ""
        return count, " ".join(t.text for t in toks[k:end])
    i = k - 1 - (k > 0 and toks[k - 1].key in nouns() and toks[k - 1].key.endswith("s"))
    count = NUMBER_WORDS.get(toks[i].key, 0) if i >= 1 else 0
    if not count or toks[i - 1].key not in ("all", "the") or (i > 1 and toks[i - 2].key != ","):
        return 0, ""
    return count, " ".join(t.text for t in toks[i - 1 : k])


def _of_the_regions(toks: list[Token], j: int) -> int:
    """Where "of the region's states" (the area's), from token ``j``, ends; else 0."""
    m = j + 1 + (j + 1 < len(toks) and toks[j + 1].key == "the")
    if not (m + 1 < len(toks) and toks[j].key == "of" and toks[m].possessive):
        return 0
    region = toks[m].key.rstrip("s") in ("region", "area")
    return m + 2 if region and toks[m + 1].key in nouns() and toks[m + 1].key.endswith("s") else 0


def the_unit_before(toks: list[Token], at: int) -> str:
    """ "the state", "the region" just before document offset ``at``, as a passive verb's
    subject ("..., but the state remains under army control"): the words; else ""."""
    k = token_at(toks, at)
    if k < 2 or toks[k - 2].key != "the" or toks[k - 1].key not in nouns():
        return ""
    if toks[k - 1].key.endswith("s") or (k > 2 and toks[k - 3].key in PLACE_WORDS):
        return ""  # "the states", "in the state"
    return f"the {toks[k - 1].key}"


def city_of(word: str) -> str:
    """The unit whose name ``word`` is, where the profile reads that name alone as a city
    ("Khartoum": "Khartoum"); else ""."""
    found = gazetteer().expand(word)
    return found[0].name if len(found) == 1 and found[0].code in current().cities else ""


def no_city(found: tuple[Region, ...]) -> bool:
    """Whether ``found`` is one unit whose name, the profile says, is no city's: the profile
    lists the units named after a city (``cities``) and this is not one of them."""
    cities = current().cities
    return bool(cities) and len(found) == 1 and found[0].code not in cities


def city_named(found: tuple[Region, ...]) -> bool:
    """Whether ``found`` is one unit the profile lists as named after a city (``cities``)."""
    return len(found) == 1 and found[0].code in current().cities


def ends_a_name(toks: list[Token], j: int) -> bool:
    """Whether token ``j`` ends the name before it: the sentence, a phrase or a list goes on."""
    return j >= len(toks) or toks[j].key in _ENDS or toks[j].key in _NEXT_PHRASE


def past_a_relative(toks: list[Token], j: int) -> int:
    """Token ``j``, or the comma that closes a relative clause opening at it (", which it
    retook in March,"), with no figure in it."""
    if not (j + 1 < len(toks) and toks[j].key == "," and toks[j + 1].key in ("which", "where")):
        return j
    for c in range(j + 2, min(j + 14, len(toks))):
        if toks[c].key in (";", ":", "%", "per", "percent") or toks[c].key == ".":
            return j
        if toks[c].key == ",":
            return c
    return j


_TIME_OPENERS = frozenset({"in", "on", "during", "since", "by"})
_TIME_WORDS = frozenset({"early", "late", "mid", "mid-", "-"})
_MONTH_KEYS = frozenset(m.lower() for m in MONTH_NAMES)


def past_a_time(toks: list[Token], j: int) -> int:
    """Token ``j``, or the token after a time that opens at it ("in January", "in late 2023",
    "in March 2024", "last year")."""
    key = toks[j].key if j < len(toks) else ""
    if key == "last" and j + 1 < len(toks) and toks[j + 1].key in ("year", "month", "week"):
        return j + 2
    if key not in _TIME_OPENERS:
        return j
    k = j + 1
    while k < len(toks) and k - j < 4 and toks[k].key in _TIME_WORDS:
        k += 1
    if k < len(toks) and (toks[k].key in _MONTH_KEYS or _YEAR_RE.fullmatch(toks[k].key)):
        k += 1
        return k + (k < len(toks) and _YEAR_RE.fullmatch(toks[k].key) is not None)
    return j


_YEAR_RE = compiled(r"(?:19|20)\d\d")
# The words of a place's name that is no unit's: "the capital, Khartoum", "the port city of X".
_PLACE_NOUNS = frozenset({"capital", "city", "port", "town"})
# A place in a unit named by the unit: "the Gezira state capital", "the North Darfur city of".
PLACES_IN = frozenset(
    {"capital", "capitals", "city", "town", "towns", "cities", "village", "villages"}
)
_A_PLACES_WORDS = frozenset({"the", "of", ",", *_PLACE_NOUNS})


def of_a_place(toks: list[Token], k: int, j: int) -> bool:
    """Whether token ``j`` of an object from token ``k`` is a word of a place's name that is
    no unit's ("Port Sudan", "the port city of", "the capital Khartoum")."""
    word, upper = toks[j].key, toks[j].text[:1].isupper()
    if word in _A_PLACES_WORDS:
        follows = toks[j + 1].key if j + 1 < len(toks) else ""
        # "the capital and the states of A and B": a place's noun ends its name
        return follows not in ("", "which", "where") and (follows != "and" or word in _PLACE_NOUNS)
    return (
        upper
        and (
            not name_at(toks, j)[1]
            # "the capital Khartoum": the city the profile says the name alone means
            or (
                any(t.key in ("capital", "city") for t in toks[k:j]) and bool(city_of(toks[j].text))
            )
        )
    )


# A time between a verb's objects: "... Gezira State in January and Khartoum State in March".
_TIME_AND_RE = compiled(
    r"\s+(?:(?:in|on|by|during|since)\s+(?:early\s+|late\s+|mid-?)?(?:[A-Z][a-z]+|\d{4})(?:\s+\d{4})?"
    r"|last\s+(?:year|month|week|spring|summer|autumn|winter|[A-Z][a-z]+)|this\s+year"
    # "since the early months of the war"
    r"|(?:in|during|since)\s+the\s+(?:early|first|opening|last|final)\s+(?:months|weeks|days"
    r"|year|stages?|phase)\s+of\s+the\s+(?:war|conflict|fighting))"
    # "... in November, and Gezira State", "..., then Gezira State", "... and then Gezira State",
    # "..., as well as South Darfur"
    r"(?:,?\s+and\s+(?:then\s+|later\s+)?|,\s*(?:then|later)\s+|,?\s+as\s+well\s+as\s+"
    # "... in November, Gezira State in January and ...": a comma, before another time
    r"|,\s+(?=(?:the\s+)?(?-i:[A-Z])[^;.]{0,40}?\s(?:in|on|by)\s+(?:early\s+|late\s+|mid-?)?"
    r"(?:[A-Z][a-z]+|\d{4})\b))"
)


_WORD_AFTER_RE = compiled(r"\s+(\w+)")


def and_later(text: str, s0: int, named: list[Mention], regions, verb_end: int) -> int | None:
    """Where a second object starts after the first and a time ("took back A in January and B
    in March"), as a sentence offset; else None."""
    first = [m for m in named if m.start >= s0 + verb_end and set(m.regions) & set(regions)]
    if not first:
        return None
    end = first[-1].end - s0
    word = _WORD_AFTER_RE.match(text, end)  # "Gezira State", where the name is "Gezira"
    noun = word is not None and word.group(1).lower() in nouns()
    more = _TIME_AND_RE.match(text, word.end() if word and noun else end)
    return more.end() if more else None


# Words that make an object a part of what it names: "parts of Kordofan, including ...".
PART_WORDS = frozenset({
    "part", "parts", "most", "some", "much", "areas", "pockets", "swathes", "half", "portions",
    "stretches", "bits", "villages", "towns", "outskirts", "edges",
})  # fmt: skip


def of_the_country(toks: list[Token], k: int) -> bool:
    """Whether the words from token ``k`` are "of the country" ("of Sudan", "of western
    Sudan"): parts of the whole country, the units of which are named whole."""
    keys = [t.key for t in toks[k : k + 4]]
    keys = keys[:1] + keys[2:] if keys[1:2] == ["the"] else keys
    keys = keys[:1] + keys[2:] if keys[1:2] and keys[1] in _COMPASS_WORDS else keys
    return keys[:1] == ["of"] and len(keys) > 1 and keys[1] in sides().country


# The compass's adjectives: "the western states of", "the eastern and central parts"
DIRECTIONS = frozenset({"western", "eastern", "northern", "southern", "central", "far-western"})
# ... and for "of western Sudan", "of central Sudan", a part of the country, the compound ones
_COMPASS_WORDS = DIRECTIONS | {
    "northwestern", "north-western", "northeastern", "north-eastern", "southwestern",
    "south-western", "southeastern", "south-eastern",
}  # fmt: skip


def of_the_compass(toks: list[Token], k: int) -> bool:
    """Whether the words from token ``k`` are "of the north" (the country's part by the compass,
    not "of the north of Kordofan")."""
    keys = [t.key for t in toks[k : k + 4]]
    part = keys[2] if keys[:2] == ["of", "the"] and len(keys) > 2 else ""
    return (part in COMPASS or part in ("centre", "center")) and keys[3:] != ["of"]


def past_compass_points(toks: list[Token], j: int) -> int:
    """The colon that ends the compass points from token ``j`` ("the north and east:", "the
    country's west:"), or 0."""
    for i in range(j, min(j + 8, len(toks))):
        key = toks[i].key
        if key == ":":
            return i if i > j else 0
        if not (key in COMPASS or key in _OF_THE_COMPASS):
            return 0
    return 0


_OF_THE_COMPASS = frozenset({"the", "and", "far", "centre", "center", "country", "country's"})


def counts_units(after: str) -> bool:
    """Whether a number before the word ``after`` counts units: "11 of", "18 states"."""
    return after == "of" or (after not in ("%", "per", "percent") and after in nouns())


# The whole of the units after a verb, passed over: "took control of all of Gezira State" in a
# month before the text's is held (its share on the text's date is not given; see held.py).
_WHOLE_OF = (("all", "of"), ("the", "whole", "of"), ("the", "entirety", "of"), ("the", "entire"))


def whole_of(toks: list[Token], k: int) -> int:
    """How many tokens from the ``k``-th say "all of" (or "the whole of"): 0 for none."""
    keys = tuple(t.key for t in toks[k : k + 3])
    return next((len(w) for w in _WHOLE_OF if keys[: len(w)] == w), 0)


def all_but_a_part(toks: list[Token], k: int) -> int:
    """How many tokens from the ``k``-th say "all but a sliver of" ("all but a small corner of",
    "all except a few villages of"): what follows is held, but not whole; 0 for none (not "all
    but 1% of", a share)."""
    if k + 3 >= len(toks) or toks[k].key != "all" or toks[k + 1].key not in ("but", "except"):
        return 0
    if toks[k + 2].key in COUNT_WORDS:
        return 0  # "all but one of Darfur's five states": which one, not said
    for j in range(k + 2, min(k + 7, len(toks))):
        if toks[j].key == "of":
            return j + 1 - k if j > k + 2 else 0
        if not toks[j].text[:1].isalpha() or toks[j].key in ("and", "or"):
            return 0  # a figure, a comma: no part named
    return 0


def its_capital(between: list[Token]) -> bool:
    """Whether the tokens between a unit's name and a verb name the unit's capital, and nothing
    else ("North Darfur and its capital El Fasher are held by ...": the verb is the unit's and
    its capital's)."""
    keys = [t.key for t in between]
    if keys[:2] != ["and", "its"] or "capital" not in keys[2:4]:
        return False
    rest = between[keys.index("capital") + 1 :]
    named = [t for t in rest if t.key not in (",", "city", "the", "of")]
    return all(any(c.isupper() for c in t.text) for t in named)


def a_relative_at(toks: list[Token], at: int) -> bool:
    """Whether a relative clause ("which", "that") starts at document offset ``at``."""
    k = token_at(toks, at)
    return k < len(toks) and toks[k].key in ("which", "that")


def an_apposition_of_a_unit(toks: list[Token], at: int) -> bool:
    """Whether an apposition that calls what it is on a unit ("..., a state the RSF has held")
    starts at document offset ``at``."""
    k = token_at(toks, at)
    return k + 1 < len(toks) and toks[k].key in ("a", "an") and toks[k + 1].key in nouns()


def of_a_place_between(toks: list[Token], last: Mention, between: list[Token], generic) -> bool:
    """Whether the "which" of a relative clause before the verb is on a place named after the
    unit, in words that read as an aside: "In North Kordofan, fighting goes on around El Obeid,
    which remains in army hands" (the town's)."""
    which = next((t for t in between if t.key in ("which", "that", "where")), None)
    return which is not None and any(
        t.key not in generic and t.key != ","
        for t in toks
        if last.end <= t.start and t.end <= which.start
    )


def a_list_of(toks: list[Token], j: int) -> bool:
    """Whether token ``j`` is a unit's name without its noun that opens a list: "Northern, River
    Nile, Red Sea" (a name the profile gives with its noun, "Northern State")."""
    return (
        j + 1 < len(toks)
        and toks[j + 1].key == ","
        and toks[j].text[:1].isupper()
        and bool(with_a_noun(toks[j].text))
    )


def list_item_at(toks: list[Token], j: int, more: bool) -> tuple[tuple[Region, ...], int]:
    """The units a list's item from token ``j`` names and its tokens; ``more``: items came
    before ((), 0 where none does)."""
    found, n = name_at(toks, j)
    if not n:
        found, n = ellipsis_at(toks, j)  # "West, Central and South Darfur"
    if not n and (
        (more and toks[j].text[:1].isupper() and ends_a_name(toks, j + 1)) or a_list_of(toks, j)
    ):
        found = with_a_noun(toks[j].text)  # "..., River Nile, Northern, Kassala and ..."
        n = 1 if found else 0
    if more and n and says_who_speaks(toks, j, n):
        return (), 0  # "... North Darfur, the South Darfur governor said": who speaks
    return found, n


def nothing_between(toks: list[Token], last: Mention, between: list[Token], count: int) -> bool:
    """Whether the words ``between`` a unit named (``last``, ``count`` named) and a verb say
    nothing of what the verb is of: its capital ("North Darfur and its capital El Fasher fell"),
    or, where the one unit opens the sentence, a predicate of its own joined to the verb's
    ("Gezira State changed hands twice and is now held by the army")."""
    return its_capital(between) or (
        count == 1
        and bool(between)
        and between[-1].key == "and"
        and len(between) <= 14
        and not any(t.key in (",", ";", ":", "(") for t in between)
        and all(t.key == "the" for t in toks if t.end <= last.start)
    )


_PLACES = frozenset({"capital", "capitals", "city", "cities", "town", "towns", "port", "ports"})


def of_places(toks: list[Token], j: int) -> bool:
    """Whether token ``j`` is a word of a phrase of towns: "the capital's three cities"."""
    return toks[j].base in _PLACES or toks[j].key in NUMBER_WORDS


def past_bracketed_names(toks: list[Token], j: int) -> int:
    """Token ``j``, or the one after the bracket that closes names opening at it ("(Khartoum,
    Omdurman and Bahri)")."""
    if j >= len(toks) or toks[j].key != "(":
        return j
    for c in range(j + 1, min(j + 16, len(toks))):
        if toks[c].key == ")":
            return c + 1
        if not (toks[c].text[:1].isupper() or toks[c].key in (",", "and")):
            return j
    return j
