"""A sentence, its tokens and the region names in them (a text is split into sentences in
:mod:`geomap.extract.sentences`).

Everything here keeps character offsets into the original text, so every quote the extractor
returns is an exact substring of what the user gave it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from re import IGNORECASE
from typing import NamedTuple

from geomap.patterns import compiled
from geomap.profile import current, gazetteer
from geomap.regions import Region, normalize

# A plural's possessive apostrophe before a word in lower case stays: "the A and B regions' north"
_TOKEN_RE = compiled(r"[^\W\d_](?:[\w'’ʼ-]*[^\W_])?(?:(?<=s)['’](?=\s[a-z]))?|\d+|[(),;:&]")
_POSSESSIVE = compiled(r"['’]s$|(?<=s)['’]$")
_MAX_NAME_WORDS = 4


def nouns() -> frozenset[str]:
    """Words that may follow a unit's name without changing which unit is meant: the profile's
    ("region", "oblast", "province"; "state", "locality"), normalised."""
    return gazetteer().nouns


# A quote longer than this is cut to the words around its figure.
QUOTE_CHARS = 400


@dataclass(frozen=True)
class Sentence:
    """A sentence: its text, its offset in the document, and its index among the sentences."""

    text: str
    start: int
    index: int = 0

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def excerpt(self, start: int, end: int) -> tuple[str, tuple[int, int]]:
        """The quote for a phrase at ``start:end`` (document offsets): the whole sentence, or
        for a very long one (a text with no full stops) the :data:`QUOTE_CHARS` around the
        phrase, cut at spaces and marked "…". Returns (quote, its span without the marks)."""
        if len(self.text) <= QUOTE_CHARS:
            return self.text, self.span
        middle = (start + end) // 2 - self.start
        lo = max(0, min(middle - QUOTE_CHARS // 2, len(self.text) - QUOTE_CHARS))
        hi = lo + QUOTE_CHARS
        if lo > 0:
            space = self.text.find(" ", lo, min(start - self.start, hi))
            lo = space + 1 if space >= 0 else lo
        if hi < len(self.text):
            space = self.text.rfind(" ", max(end - self.start, lo), hi)
            hi = space if space >= 0 else hi
        lo += len(self.text[lo:hi]) - len(self.text[lo:hi].lstrip())
        hi = lo + len(self.text[lo:hi].strip())
        quote = ("…" if lo > 0 else "") + self.text[lo:hi] + ("…" if hi < len(self.text) else "")
        return quote, (self.start + lo, self.start + hi)


class Token(NamedTuple):  # a tuple: made for every word of every sentence, so cheap to make
    text: str
    start: int
    end: int
    key: str  # the word folded for matching; punctuation as it is

    @property
    def base(self) -> str:
        """The key without a possessive 's: "region's" → "region"."""
        return normalize(_POSSESSIVE.sub("", self.text)) if self.possessive else self.key

    @property
    def possessive(self) -> bool:
        return bool(_POSSESSIVE.search(self.text))


class Mention(NamedTuple):
    """A region named in a sentence: the regions it stands for and where the name is."""

    regions: tuple[Region, ...]
    start: int  # offsets in the document
    end: int

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.regions)


def token_at(toks: list[Token], at: int) -> int:
    """The index of the first token that starts at or after document offset ``at``."""
    return bisect_left(toks, at, key=attrgetter("start"))


def tokens(sentence: Sentence) -> list[Token]:
    s0, make, fold = sentence.start, tuple.__new__, normalize  # (a NamedTuple's own way to
    # make one, less a call)
    return [
        make(Token, (word, s0 + m.start(), s0 + m.end(), fold(word) or word))
        for m in _TOKEN_RE.finditer(sentence.text)
        if (word := m.group())  # (every token has a word: the name is what is wanted)
    ]


@lru_cache(maxsize=1 << 16)
def _could_start_in(gaz, word: str) -> bool:
    """Whether a region's name can start with ``word``: most words are ruled out at once."""
    if not word[0].isalpha():
        return False
    head = normalize(_POSSESSIVE.sub("", word))
    # "Kherson's" starts "Kherson"; "People's" starts "People's Republic of Luhansk".
    return head.split(" ", 1)[0] in gaz.first_words or normalize(word) in gaz.first_words


def expand(name: str) -> tuple[Region, ...]:
    """The units a name means in the profile's gazetteer."""
    return _expand_in(gazetteer(), name)


@lru_cache(maxsize=1 << 16)
def _expand_in(gaz, name: str) -> tuple[Region, ...]:
    return gaz.expand(name)


_EVERY_WORDS = frozenset({"every", "each", "any", "no"})  # "every Darfur state": the group's
_ARTICLE_RE = compiled(r"(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z]")  # "al-Jazira", "el-Fasher"


def name_at(toks: list[Token], i: int) -> tuple[tuple[Region, ...], int]:
    """The longest region name starting at token ``i``: (regions, tokens used). Names are
    capitalised in running text ("the whole" and "half" are not places); a name in lower case
    counts only when a unit noun ("region", "oblast") follows it ("the entire kyiv region")."""
    first = toks[i]
    profile = current()
    gaz = profile.gazetteer  # once: asked for every word a name may start with
    if not _could_start_in(gaz, first.text):
        return (), 0
    lower = not (first.text[0].isupper() or _ARTICLE_RE.match(first.text))
    generic = gaz.nouns
    words = []  # the run of words from i: a name has no digits or punctuation in it
    for w in toks[i : i + _MAX_NAME_WORDS]:
        if not w.text[0].isalpha():
            break
        words.append(w)
    for n in range(len(words), 0, -1):
        if lower and not (
            words[n - 1].key in generic or (i + n < len(toks) and toks[i + n].key in generic)
        ):
            continue
        name = " ".join(w.text for w in words[:n])
        if words[n - 1].possessive:
            name = _POSSESSIVE.sub("", name)
        last = words[n - 1].key
        plural = last in generic and last.endswith("s")  # "the A and B regions"
        regions = (plural and _expand_in(gaz, name[:-1])) or _expand_in(gaz, name)
        if not regions:
            continue
        if len(regions) > 1 and _one_of_its_units(toks, i, i + n, name, regions, generic):
            return (), 0  # "Darfur state": one of Darfur's states, which is not said
        if profile.cities and _a_city(toks, i, n, regions, generic):
            return (), 0  # "Khartoum" alone: the city, not Khartoum State
        if _called_a_town(toks, i, n) and not a_city_region(regions, name):
            return (), 0  # "Kherson city", "the city of Zaporizhzhia" (not "the city of Kyiv")
        if last not in generic and _other_with_a_noun(gaz, name):
            # "the Kyiv and Chernihiv regions": "Kyiv region", not the city
            noun = _closing_noun(toks, i + n, generic)
            with_noun = _expand_in(gaz, f"{name} {noun[:-1]}") if noun else ()
            return (with_noun if len(with_noun) == 1 else regions), n
        return regions, n
    return (), 0


def _one_of_its_units(toks: list[Token], i: int, j: int, name: str, regions, generic) -> bool:
    """Whether a group's ``name`` at token ``i`` followed at ``j`` by a unit's noun in the
    singular names one of its units, not the group: "Darfur state" (North Darfur, South Darfur,
    ...; not "every Darfur state", nor "the Donbas region", whose units' names lack it)."""
    noun = toks[j].key if j < len(toks) else ""
    every = i > 0 and toks[i - 1].key in _EVERY_WORDS
    single = noun in generic and not noun.endswith("s") and not every
    return single and any(name.casefold() in r.name.casefold().split() for r in regions)


# What a town is called: "the town of X", "the regional capital", "X, a city in the Y region".
TOWN_NOUNS = ("town", "city", "village", "settlement", "port", "capital")
TOWN_NOUN = "(?:" + "|".join(TOWN_NOUNS) + ")"
# ... and what calls a region's name a town's: "Kherson city", "the city of Zaporizhzhia"
TOWN_WORDS = frozenset({"city", "town", "village", "port"})


def a_city_region(regions: tuple[Region, ...], name: str) -> bool:
    """Whether ``regions`` is a city that is a region of its own ("City of Kyiv", "Sevastopol
    City"), as ``name`` with "city" names it."""
    called = {normalize(f"city of {name}"), normalize(f"{name} city")}
    return any(called & {normalize(a) for a in (r.name, *r.aliases)} for r in regions)


def _called_a_town(toks: list[Token], i: int, n: int) -> bool:
    """Whether the name of ``n`` tokens at ``i`` is called a town: "Kherson city", "the city of
    Zaporizhzhia", "the port of Berdiansk"."""
    after = i + n < len(toks) and toks[i + n].text.lower() in TOWN_WORDS
    return after or (i >= 2 and toks[i - 1].key == "of" and toks[i - 2].text.lower() in TOWN_WORDS)


def _a_city(toks: list[Token], i: int, n: int, regions, generic: frozenset[str]) -> bool:
    """Whether the name of ``n`` tokens at ``i`` is the profile's city of a unit's name: without
    the unit noun after it, "the state of" before it, or a list it closes ("Khartoum and Gezira
    states")."""
    if len(regions) != 1 or regions[0].code not in current().cities:
        return False
    noun_after = toks[i + n - 1].key in generic or (
        i + n < len(toks) and toks[i + n].key in generic
    )
    unit_of = i >= 2 and toks[i - 2].key in generic and toks[i - 1].key == "of"
    listed = _beside_a_unit(toks, i, n)  # "Kassala, Northern, Red Sea and Gedaref"
    return not (noun_after or unit_of or listed or _closing_noun(toks, i + n, generic))


_GLUE = (",", "and", "&")


def abbreviation(name: str) -> bool:
    """Whether a unit's name is written as capitals ("LPR", "DNR"): no town has such a name."""
    return 2 <= len(name) <= 5 and name.isalpha() and name.isupper()


def with_a_noun(word: str) -> tuple[Region, ...]:
    """The unit a word names with a unit noun after it ("Northern" for "Northern State"), where
    it names one; ()."""
    gaz = gazetteer()
    for noun in sorted(n for n in gaz.nouns if not n.endswith("s")):
        found = _expand_in(gaz, f"{word} {noun}")
        if len(found) == 1:
            return found
    return ()


def _beside_a_unit(toks: list[Token], i: int, n: int) -> bool:
    """Whether the name of ``n`` tokens at ``i`` is in a list ("A, B and C") with a unit's name
    that is no city's: the list is of units."""
    gaz, cities = gazetteer(), current().cities

    def unit(lo: int, hi: int) -> tuple[Region, ...]:
        if lo < 0 or hi > len(toks):
            return ()
        name = " ".join(t.text for t in toks[lo:hi])  # "Gezira", "Northern" (State)
        return _expand_in(gaz, name) or with_a_noun(name)

    for step in (1, -1):  # the items after it, then those before it
        edge = i + n if step == 1 else i - 1
        for _ in range(8):
            k = edge
            while 0 <= k < len(toks) and toks[k].key in _GLUE:
                k += step
            if k == edge:
                break  # no list goes on here
            spans = [(k, k + m) if step == 1 else (k + 1 - m, k + 1) for m in (1, 2, 3)]
            found, (lo, hi) = next(((f, s) for s in spans if (f := unit(*s))), ((), (k, k)))
            if not found:
                break
            if not {r.code for r in found} & cities:
                return True
            edge = hi if step == 1 else lo - 1
    return False


@lru_cache(maxsize=1 << 12)
def _other_with_a_noun(gaz, name: str) -> bool:
    """Whether a unit noun after ``name`` names another unit ("Kyiv", "Kyiv region")."""
    alone = _expand_in(gaz, name)
    return any(_expand_in(gaz, f"{name} {noun}") not in ((), alone) for noun in gaz.nouns)


def _closing_noun(toks: list[Token], k: int, generic: frozenset[str]) -> str:
    """The unit noun in the plural that closes a list going on, or ending, at token ``k``
    ("..., Chernihiv and Sumy regions"), or ""."""
    if k >= len(toks) or (toks[k].key not in (",", "and", "&") and toks[k].key not in generic):
        return ""
    for word in toks[k : k + 24]:
        if word.key in generic and word.key.endswith("s"):
            return word.key
        if not (word.key in (",", "and", "&") or word.text[:1].isupper()):
            return ""
    return ""


def mentions(toks: list[Token]) -> list[Mention]:
    """Every region named in a sentence, in order.

    Plain "Kyiv" is left out: in news text it stands for Ukraine's government.
    """
    found = []
    generic = nouns()
    gaz = gazetteer()  # once: most tokens start no name, and are ruled out by it at once
    i = 0
    while i < len(toks):
        regions, n = name_at(toks, i) if _could_start_in(gaz, toks[i].text) else ((), 0)
        if not n:
            i += 1
            continue
        if not the_government(toks, i, regions, n, generic):
            found.append(Mention(regions, toks[i].start, toks[i + n - 1].end))
        i += n
    return _without_locators(found, toks)


def the_government(
    toks: list[Token], i: int, regions: tuple[Region, ...], n: int, generic: frozenset[str]
) -> bool:
    """Whether the name of ``regions`` at token ``i`` (``n`` tokens) stands for the government:
    "Kyiv" on its own in news text ("talks that excluded Kyiv"); the city is "Kyiv city", "the
    city of Kyiv", the oblast "Kyiv region"."""
    if n != 1 or not {r.code for r in regions} <= current().government:
        return False
    following = toks[i + n].key if i + n < len(toks) else ""
    before = " ".join(t.key for t in toks[max(0, i - 2) : i])
    return following not in generic and not before.endswith("city of")


# Words that may stand between a raion and the region that says where it is.
_LOCATING = {"of", "in", "the", ",", "("}


def _without_locators(found: list[Mention], toks: list[Token]) -> list[Mention]:
    """Drop a region named only to say where a raion is: "the Kupiansk district of the Kharkiv
    region", "the Donetsk region's Pokrovsk district", "Pokrovsk district (Donetsk region)"."""

    def locates(region: Mention, raion: Mention, before: bool) -> bool:
        if len(region.regions) != 1 or len(raion.regions) != 1:
            return False
        if raion.regions[0].parent != region.regions[0].code:
            return False
        lo, hi = (region.end, raion.start) if before else (raion.end, region.start)
        return all(t.key in _LOCATING for t in toks if lo <= t.start and t.end <= hi)

    kept = []
    for i, mention in enumerate(found):
        earlier = found[i - 1] if i else None
        later = found[i + 1] if i + 1 < len(found) else None
        if (earlier and locates(mention, earlier, before=False)) or (
            later and locates(mention, later, before=True)
        ):
            continue
        kept.append(mention)
    return kept


# Counts in words: "four of Darfur's five states", "all four regions".
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
# ... and every count a phrase may leave out of a group: "all but one (two) of"
COUNT_WORDS = ("one", *NUMBER_WORDS, "nine", "ten")
# Words after a verb that stand for units named before: "retook it", "recaptured them", "has
# since recaptured both" ("both" ending its phrase; not "both towns")
IT_WORDS = (
    r"(?:it|them|both(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|on|by|since|last|this|after|before|within"
    r"|again|back|from|during)\b))"
)
# A count that sets its units apart from others: "the other two", "the two southern regions"
# (which of those named before, if any, the words do not say)
SET_APART_RE = compiled(
    r"\b(?:two|three|four|five)\s+(?:other|remaining|southern|northern|eastern|western|central"
    r"|south-?eastern|north-?eastern|south-?western|north-?western)\b"
    r"|\b(?:other|remaining)\s+(?:two|three|four|five)\b"
    r"|\bboth\s+(?:other|remaining|southern|northern|eastern|western|central)\b",
    IGNORECASE,
)


# "45% over the summer", "over the past year": a time, not what the share is of
_TIMES = frozenset({
    "past", "last", "summer", "winter", "spring", "autumn", "fall", "year", "years", "months",
    "weeks", "course", "period", "weekend", "decade", "month", "week", "decades",
})  # fmt: skip


def starts_a_time(toks: list[Token], j: int) -> bool:
    """Whether "over" at token ``j`` starts a time ("over the summer", "over two years")."""
    words = [t.key for t in toks[j + 1 : j + 4]]
    if words[:1] == ["the"]:
        words = words[1:]
    if words[:1] and (words[0] in NUMBER_WORDS or words[0].isdigit() or words[0] in ("a", "an")):
        words = words[1:]  # "over two years", "over 18 months", "over a year"
    return bool(words) and words[0] in _TIMES


def join(a: str, b: str) -> str:
    """Two notes of an evidence row, the first kept first (an empty one left out)."""
    return f"{a}; {b}" if a and b else a or b
