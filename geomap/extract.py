"""Turn news text into :class:`~geomap.figures.Figure` rows, each with the sentence it came from.

Three kinds of statement are recognised, sentence by sentence:

* control shares: "Russia occupies about 99% of the Luhansk region, 70% of Donetsk ...",
  "two-thirds of the Kherson region", "Luhansk (99%), Donetsk (70%)";
* claims: "cede control of the entirety of the A, B and C regions", "irrevocably lost",
  "joined the Russian Federation", annexation;
* Crimea "annexed in 2014": claimed and 100% controlled, marked ``inferred``.

A percentage counts only when it is a share *of a named region* in a sentence about control or
occupation; vote shares, economic figures and shares of the whole country are ignored.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from geomap.errors import InputError
from geomap.figures import Figure, parse_date
from geomap.files import read_user_text
from geomap.regions import Region, gazetteer, normalize
from geomap.style import HEDGES

# The hedges a source may put before a share ("about 99%"); each has its sign on the map.
QUALIFIERS = tuple(HEDGES)
FRACTIONS = {
    "half": 50.0, "one half": 50.0, "a third": 33.3, "one third": 33.3, "two thirds": 66.7,
    "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0, "a fifth": 20.0,
    "one fifth": 20.0, "two fifths": 40.0, "three fifths": 60.0, "four fifths": 80.0,
}  # fmt: skip

_QUAL = "|".join(re.escape(q) for q in sorted(set(QUALIFIERS), key=len, reverse=True))
_FRAC = "|".join(k.replace(" ", r"[\s-]+") for k in sorted(FRACTIONS, key=len, reverse=True))
_SHARE_RE = re.compile(
    rf"(?:(?<!\w)(?P<qual>{_QUAL})\s*)?"
    rf"(?:(?P<num>(?<![\w.,])\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b|pct\b)"
    rf"|\b(?P<frac>{_FRAC})\b)",
    re.IGNORECASE,
)
_CONTROL_RE = re.compile(
    r"\b(?:occup\w*|control\w*|hold\w*|held|seiz\w*|captur\w*|conquer\w*|taken|took"
    r"|in russian hands|under russian)\b",
    re.IGNORECASE,
)
_RUSSIAN_ACTOR_RE = re.compile(r"\b(?:russia\w*|moscow|kremlin)\b", re.IGNORECASE)
_UKRAINIAN_ACTOR_RE = re.compile(
    r"\b(?:ukrain\w*|kyiv)\s+(?:forces|troops|army|military|still\s+\w+|holds|controls)\b",
    re.IGNORECASE,
)
_CLAIM_RE = re.compile(
    r"\b(?:cede\w*|entirety|irrevocably\s+lost|joined\s+the\s+russian\s+federation|annex\w*"
    r"|lay\s+claim|laid\s+claim|claims?\s+(?:to|all|the\s+whole|as\s+(?:its|part))"
    r"|part\s+of\s+russia|recogni[sz]\w*\s+as\s+russian)\b",
    re.IGNORECASE,
)
_ANNEXED_2014_RE = re.compile(r"\bannex\w*\b.*?\b2014\b|\b2014\b.*?\bannex\w*\b", re.IGNORECASE)
_ACCORDING_RE = re.compile(
    r"\b(?i:according to) (?:the )?"
    r"(?P<src>[A-Z][\w’'.&-]*(?:\s+(?:of|for|the|and|on|[A-Z][\w’'.&-]*))*)"
)
_SAID_RE = re.compile(
    r"(?P<src>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s+"
    r"(?:said|says|estimated|estimates|reported|reports|told|stated)\b"
)
_TOKEN_RE = re.compile(r"[^\W\d_](?:[\w'’ʼ-]*[^\W_])?|\d+|[(),;:&]")
_SENTENCE_END_RE = re.compile(r"[.!?]+[”\"’)\]]*(?=\s+[“\"‘(\[]?[A-Z0-9])|\n")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "no", "vs",
                  "u.s", "u.n", "e.g", "i.e", "approx", "jan", "feb", "aug", "sept", "oct",
                  "nov", "dec", "gov", "prof", "sgt", "capt", "maj"}  # fmt: skip

_DETERMINERS = {"the", "both", "all", "of", "entire", "whole"}
_SEPARATORS = {",", "and", "&", "or", "the", "both", "as", "well"}
_GENERIC = {"region", "regions", "oblast", "oblasts", "province", "provinces"}
_AREA_NOUNS = {"territory", "territories", "land", "area", "surface"}
# Nouns after a region name that make a share one of people or money, not of territory.
_NOT_AREA_NOUNS = {
    "residents", "population", "people", "voters", "inhabitants", "economy", "gdp", "budget",
    "industry", "exports", "output", "households", "citizens", "children", "workers", "vote",
    "votes", "ballots", "electorate", "schools", "hospitals", "homes", "housing", "power",
    "electricity", "grain", "harvest", "farmland", "businesses", "jobs", "men", "women",
}  # fmt: skip
_MAX_NAME_WORDS = 4
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.start + len(self.text))


class _Token(NamedTuple):  # a tuple: made for every word of every sentence, so cheap to make
    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        return normalize(self.text)

    @property
    def possessive(self) -> bool:
        return bool(_POSSESSIVE.search(self.text))


def split_sentences(text: str) -> Iterator[Sentence]:
    """Yield the sentences of ``text`` with their offsets; each is an exact substring."""
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        end = match.end()
        word = re.search(r"([\w.]+)[.!?]+[^\w]*$", text[start:end])
        if word and match.group().startswith(".") and word.group(1).casefold() in _ABBREVIATIONS:
            continue
        yield from _trimmed(text, start, end)
        start = end
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[Sentence]:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        yield Sentence(stripped, start + len(chunk) - len(chunk.lstrip()))


def _tokens(sentence: Sentence) -> list[_Token]:
    return [
        _Token(m.group(), sentence.start + m.start(), sentence.start + m.end())
        for m in _TOKEN_RE.finditer(sentence.text)
    ]


def _name_at(tokens: list[_Token], i: int) -> tuple[tuple[Region, ...], int]:
    """The longest region name starting at token ``i``: (regions, tokens used)."""
    gaz = gazetteer()
    first = tokens[i]
    if not first.text[0].isupper():
        return (), 0
    head = normalize(_POSSESSIVE.sub("", first.text)) if first.possessive else first.key
    if head.split(" ", 1)[0] not in gaz.first_words:
        return (), 0
    for n in range(min(_MAX_NAME_WORDS, len(tokens) - i), 0, -1):
        words = tokens[i : i + n]
        if any(not w.text[0].isalpha() for w in words):
            continue
        # A name is capitalised in running text; "the whole" or "half" are not places.
        if not words[0].text[0].isupper():
            continue
        name = " ".join(w.text for w in words)
        if words[-1].possessive:
            name = _POSSESSIVE.sub("", name)
        regions = gaz.expand(name)
        if regions:
            return regions, n
    return (), 0


def _region_list(tokens: list[_Token]) -> tuple[Region, ...]:
    """Regions named by a list such as "the Kherson and Zaporizhzhia regions"."""
    i = 0
    while i < len(tokens) and tokens[i].key in _DETERMINERS:
        i += 1
    found: list[Region] = []
    while i < len(tokens):
        regions, n = _name_at(tokens, i)
        if not n:
            break
        i += n
        possessive = tokens[i - 1].possessive
        if i < len(tokens) and tokens[i].key in _GENERIC:
            possessive = tokens[i].possessive
            i += 1
        following = tokens[i].key if i < len(tokens) else ""
        if possessive and following not in _AREA_NOUNS:
            return ()
        if following in _NOT_AREA_NOUNS:
            return ()
        found.extend(regions)
        while i < len(tokens) and tokens[i].key in _SEPARATORS:
            i += 1
    return tuple(found)


def _name_before(tokens: list[_Token]) -> tuple[Region, ...]:
    """The region named right at the end of ``tokens``, as in "Luhansk (99%)"."""
    if tokens and tokens[-1].key in _GENERIC:
        tokens = tokens[:-1]
    for n in range(min(_MAX_NAME_WORDS, len(tokens)), 0, -1):
        regions, used = _name_at(tokens, len(tokens) - n)
        if used == n:
            return regions
    return ()


def _source(sentence: str) -> str:
    for pattern in (_ACCORDING_RE, _SAID_RE):
        match = pattern.search(sentence)
        if match:
            words = match.group("src").split()
            while words and words[-1].islower():
                words.pop()
            if words:
                return " ".join(words).rstrip(",.")
    return ""


@dataclass
class _Finding:
    region: Region
    pct: float | None
    qualifier: str
    claimed: bool
    basis: str
    sentence: Sentence
    source: str


def _shares(sentence: Sentence) -> Iterator[_Finding]:
    text = sentence.text
    if not _CONTROL_RE.search(text):
        return
    if _UKRAINIAN_ACTOR_RE.search(text) and not _RUSSIAN_ACTOR_RE.search(text):
        return
    matches = list(_SHARE_RE.finditer(text))
    if not matches:
        return
    tokens = _tokens(sentence)
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    source = _source(text)
    for k, match in enumerate(matches):
        if match.group("num") is not None:
            pct = float(match.group("num"))
        else:
            pct = FRACTIONS[" ".join(re.split(r"[\s-]+", match.group("frac").casefold()))]
        if not 0 <= pct <= 100:
            continue
        qualifier = (match.group("qual") or "").casefold()
        stop = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        first = bisect_left(starts, sentence.start + match.end())
        last = bisect_right(ends, sentence.start + stop)
        after = tokens[first:last]
        regions: tuple[Region, ...] = ()
        if after and after[0].key == "of":
            regions = _region_list(after[1:])
        elif text[: match.start()].rstrip().endswith(("(", ":")):
            before = tokens[: bisect_right(ends, sentence.start + match.start())]
            before = [t for t in before if t.text not in "(:"]
            regions = _name_before(before)
        for region in regions:
            yield _Finding(region, pct, qualifier, False, "reported", sentence, source)


def _claims(sentence: Sentence) -> Iterator[_Finding]:
    text = sentence.text
    if not _CLAIM_RE.search(text):
        return
    tokens = _tokens(sentence)
    annexed_2014 = bool(_ANNEXED_2014_RE.search(text))
    source = _source(text)
    seen: set[str] = set()
    i = 0
    while i < len(tokens):
        regions, n = _name_at(tokens, i)
        if not n:
            i += 1
            continue
        following = tokens[i + n].key if i + n < len(tokens) else ""
        i += n
        # Bare "Kyiv" in news text is Ukraine's government, not territory.
        if [r.code for r in regions] == ["UA-30"] and following not in _GENERIC:
            continue
        for region in regions:
            if region.code in seen:
                continue
            seen.add(region.code)
            if annexed_2014 and region.code in ("UA-43", "UA-40"):
                yield _Finding(region, 100.0, "", True, "inferred", sentence, source)
            else:
                yield _Finding(region, None, "", True, "reported", sentence, source)


def extract_text(text: str, *, as_of: dt.date | None = None, document: str = "") -> list[Figure]:
    """Extract one figure per region from ``text``.

    A control share and a claim for the same region become one figure. Where a text gives a
    region two shares, the first reported one is kept.

    Parameters
    ----------
    text
        The article or passage.
    as_of
        The date the figures describe.
    document
        Name of the text, used as the source where no sentence attributes the figure.
    """
    findings: list[_Finding] = []
    for sentence in split_sentences(text):
        findings.extend(_shares(sentence))
        findings.extend(_claims(sentence))
    return _combine(findings, as_of=as_of, document=document)


def _combine(findings: list[_Finding], *, as_of: dt.date | None, document: str) -> list[Figure]:
    share: dict[str, _Finding] = {}
    claim: dict[str, _Finding] = {}
    for f in findings:
        code = f.region.code
        if f.claimed and code not in claim:
            claim[code] = f
        if f.pct is None:
            continue
        # The first reported share wins; an inferred one only stands in until one is reported.
        current = share.get(code)
        if current is None or (current.basis == "inferred" and f.basis == "reported"):
            share[code] = f
    figures = []
    for code in sorted(share.keys() | claim.keys()):
        main = share.get(code) or claim[code]
        claimed = claim.get(code)
        figures.append(
            Figure(
                region_code=code,
                region=main.region.name,
                as_of=as_of,
                controlled_pct=main.pct,
                qualifier=main.qualifier,
                claimed=True if claimed else None,
                basis=main.basis,
                source=main.source or document,
                quote=main.sentence.text,
                document=document,
                span=main.sentence.span,
                claim_quote=claimed.sentence.text if claimed else "",
            )
        )
    return figures


def date_from_name(path: str | Path) -> dt.date | None:
    """The date in a ``YYYY-MM-DD-...`` file name, or ``None``."""
    match = re.match(r"(\d{4}-\d{2}-\d{2})", Path(path).name)
    if not match:
        return None
    try:
        return parse_date(match.group(1))
    except ValueError:
        return None


def read_text(path: str | Path) -> str:
    """Read a text file as UTF-8; Windows-1252 text is decoded with a warning."""
    text = read_user_text(
        path, kind="text file", content="text", hint="give a .txt file", windows_1252=True
    )
    if not text.strip():
        raise InputError("is empty", where=str(path), hint="give a text with figures in it")
    return text


def extract_files(paths: Iterable[str | Path], *, as_of: dt.date | None = None) -> list[Figure]:
    """Extract figures from text files; each file's date is ``as_of`` or its name's prefix."""
    figures: list[Figure] = []
    for path in paths:
        path = Path(path)
        date = as_of or date_from_name(path)
        figures.extend(extract_text(read_text(path), as_of=date, document=path.name))
    return _merge_documents(figures)


def _merge_documents(figures: list[Figure]) -> list[Figure]:
    """One figure per date and region across documents; the first document's share wins."""
    merged: dict[tuple, Figure] = {}
    for figure in figures:
        key = (figure.as_of, figure.region_code)
        current = merged.get(key)
        if current is None:
            merged[key] = figure
        elif current.controlled_pct is None and figure.controlled_pct is not None:
            merged[key] = replace(figure, claimed=current.claimed or figure.claimed or None)
        else:
            merged[key] = replace(current, claimed=current.claimed or figure.claimed or None)
    return sorted(merged.values(), key=lambda f: (f.as_of or dt.date.min, f.region_code))
