"""Read news text as an analyst would: control shares and claims, each with its sentence.

:func:`read_files` (and :func:`read_document` for one text) return a :class:`Reading`: the
figures, one per region and date, and the evidence, every share and claim phrase found with the
decision taken on it. :func:`extract_files` and :func:`extract_text` return the figures alone.

The reading itself lives in :mod:`~geomap.extract.shares` (figures, what they are a share of,
who holds them, when) and :mod:`~geomap.extract.claims` (which regions Russia claims).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from geomap import documents
from geomap.dates import date_in_name
from geomap.errors import InputError
from geomap.extract import scan
from geomap.extract.claims import Claim, read_claims
from geomap.extract.claims import cues as claim_cues
from geomap.extract.decisions import (
    Rows,
    claim_decisions,
    held_decisions,
    range_note,
    share_decisions,
)
from geomap.extract.evidence import SUPERSEDED, USED, Evidence
from geomap.extract.held import CUES as held_cues
from geomap.extract.held import Held, read_held, unit_words
from geomap.extract.holders import framed as holders_framed
from geomap.extract.holders import named_sides
from geomap.extract.shares import CUES as share_cues
from geomap.extract.shares import (
    FRACTIONS,
    QUALIFIERS,
    Share,
    read_shares,
)
from geomap.extract.sides import sides
from geomap.extract.text import (
    Mention,
    Sentence,
    according_to,
    attribution,
    list_item,
    mentions,
    split_sentences,
    tokens,
)
from geomap.figures import Figure
from geomap.regions import Region

log = logging.getLogger(__name__)

__all__ = [
    "FRACTIONS",
    "QUALIFIERS",
    "Reading",
    "extract_files",
    "extract_text",
    "read_document",
    "read_files",
    "read_text",
    "split_sentences",
]

_LOOKBACK = 3  # sentences "the region" may reach back to find the region it means


@dataclass
class Summary:
    """What one text gave: for the line a build prints per text."""

    document: str
    as_of: dt.date | None
    figures: int = 0
    claims: int = 0
    passed_over: int = 0
    held: int = 0  # units held with no share given

    def line(self) -> str:
        held = f"{self.held} held with no share given, " if self.held else ""
        return (
            f"{self.document}: {self.figures} figure(s), {held}{self.claims} claim(s), "
            f"{self.passed_over} percentage(s) passed over"
        )


@dataclass
class Reading:
    """Figures, one per region and date, and the evidence behind them."""

    figures: list[Figure] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    summaries: list[Summary] = field(default_factory=list)


class _Document:
    """The sentences of one text, analysed on demand."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._mentions: dict[int, tuple[list, list[Mention]]] = {}

    @cached_property
    def sentences(self) -> list[Sentence]:
        # Split when first asked: most of an archive's articles hold no cue at all.
        return list(split_sentences(self.text))

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _lower(self) -> str | None:
        """The text in lower case, where every character keeps its place and folds one way."""
        return scan.in_lower_case(self.text)

    def hits(self, pattern: re.Pattern, among: set[int] | None = None) -> set[int]:
        """The indices of the sentences where ``pattern`` matches: one scan of the text that
        moves on to the next sentence at the first match in one; with ``among``, only those
        sentences are searched, each on its own. A pattern that ignores case scans the text in
        lower case with a pattern in lower case that does not (several times faster)."""
        if among is not None:
            return {k for k in among if pattern.search(self.sentences[k].text)}
        found = set()
        pos, text = 0, self.text
        if self._lower is not None and (lowered := scan.folded(pattern)) is not None:
            pattern, text = lowered, self._lower
        while (match := pattern.search(text, pos)) is not None:
            k = bisect_right(self._starts, match.start()) - 1
            if k >= 0 and match.end() <= self.sentences[k].end:
                found.add(k)
                pos = self.sentences[k].end
            else:
                pos = match.start() + 1
        return found

    def credit(self, sentence: Sentence) -> str:
        """Whom a sentence's statement is attributed to: its own "according to X" or "X said",
        else an "according to X" of the sentence before it in the same paragraph
        ("According to ISW, the front barely moved. Russia holds 70% of ...")."""
        own = attribution(sentence.text)
        if own or not self.goes_on(sentence):
            return own  # the first sentence, or the first of its paragraph: its own or none
        return according_to(self.sentences[sentence.index - 1].text)

    def goes_on(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` follows another in the same paragraph."""
        if not sentence.index:
            return False
        before = self.sentences[sentence.index - 1]
        return "\n\n" not in self.text[before.end : sentence.start]

    def side_before(self, sentence: Sentence) -> str | None:
        """The side the sentence before ``sentence``, in the same paragraph, names as an actor:
        "" where it names both (an "it" after it is unclear), None where it names neither or
        there is no such sentence."""
        if not self.goes_on(sentence):
            return None
        before = self.sentences[sentence.index - 1].text
        named = {side for _, side in named_sides(before, sides())}
        return named.pop() if len(named) == 1 else ("" if named else None)

    def analyse(self, index: int):
        if index not in self._mentions:
            toks = tokens(self.sentences[index])
            self._mentions[index] = (toks, mentions(toks))
        return self._mentions[index]

    def antecedent(self, sentence: Sentence, own: list[Mention]):
        """The regions "the region" means at a position of ``sentence``."""

        def find(pos: int) -> tuple[tuple[Region, ...], str]:
            before = [m for m in own if m.end <= pos]
            if before:
                return before[-1].regions, ""
            for k in range(sentence.index - 1, max(-1, sentence.index - 1 - _LOOKBACK), -1):
                found = self.analyse(k)[1]
                if found:
                    kinds = {m.codes for m in found}
                    if len(kinds) == 1:
                        return found[0].regions, ""
                    names = sorted({r.name for m in found for r in m.regions})
                    return (), f"'the region' could be {' or '.join(names)}"
            return (), "'the region' refers to no region named before it"

        return find


def read_document(text: str, *, as_of: dt.date | None = None, document: str = "") -> Reading:
    """Read one text: its figures (one per region) and the evidence for every phrase."""
    doc = _Document(text)
    shares: list[Share] = []
    claims: list[Claim] = []
    header: Sentence | None = None
    previous_claims: list[Claim] = []
    helds: list[Held] = []
    last_held = ""  # who the last statement of holding named, for "it" after it
    carried = (-1, "")  # a sentence read, and whom its "it" stood for
    share_hits, claim_hits = doc.hits(share_cues), doc.hits(claim_cues())
    framed = bool(share_hits) and holders_framed(text, sides())
    # A statement of holding names a unit as one: its verb, and a unit noun or a group.
    held_hits = doc.hits(unit_words(), among=doc.hits(sides().pattern(held_cues)))
    if not (share_hits or claim_hits or held_hits):  # nothing to read: no sentence split
        return _decide([], [], [], as_of=as_of, document=document, doc=doc)
    for sentence in doc.sentences:
        has_shares = sentence.index in share_hits
        has_claims = sentence.index in claim_hits
        found: list[Claim] = []
        if has_shares or has_claims or previous_claims or sentence.index in held_hits:
            toks, own = doc.analyse(sentence.index)
            read: list[Share] = []
            # "It"/"they": the one side the sentence before names, in the same paragraph;
            # else who held the last share or statement of holding read.
            context = doc.side_before(sentence)
            if context is None and carried[0] == sentence.index - 1 and doc.goes_on(sentence):
                context = carried[1]  # "Russia ... . In the east, it holds ... . Its troops ..."
            if context is None:
                context = next((s.holder for s in reversed(shares) if s.holder), last_held)
            carried = (sentence.index, context)
            if has_shares:
                read = read_shares(
                    sentence, toks, antecedent=doc.antecedent(sentence, own),
                    as_of=as_of, header=header, context=context, named=own, framed=framed,
                )  # fmt: skip
                shares += read
            if sentence.index in held_hits:
                shared = {r.code for s in read for r in s.regions}
                statements = read_held(sentence, toks, own, shared, context=context, as_of=as_of)
                helds += statements
                last_held = next((h.holder for h in statements if h.holder), last_held)
            if has_claims or previous_claims:
                previous = doc.analyse(sentence.index - 1)[1] if sentence.index else []
                before = doc.sentences[sentence.index - 1].text if sentence.index else ""
                found = read_claims(
                    sentence, own, previous=previous, previous_claims=previous_claims,
                    previous_text=before,
                )  # fmt: skip
                claims += found
        previous_claims = found
        # A line that ends with a colon heads the list below it: "Russia controls:".
        if sentence.text.endswith(":"):
            header = sentence
        elif header is not None and not list_item(text, sentence):
            header = None
    return _decide(shares, claims, helds, as_of=as_of, document=document, doc=doc)


def _decide(
    shares: list[Share], claims: list[Claim], helds: list[Held], *,
    as_of: dt.date | None, document: str, doc: _Document | None = None,
) -> Reading:  # fmt: skip
    """Pick each region's figure and claim, and record the decision on every phrase."""
    rows = Rows(document, as_of)
    items: list[Share | Claim | Held] = [*shares, *claims, *helds]
    regions = {r.code: r for item in items for r in item.regions}
    chosen, held = share_decisions(shares, rows)
    claimed, inferred = claim_decisions(claims, rows, chosen)
    statements, defended_whole = held_decisions(helds, rows, {*chosen, *inferred})
    figures = []
    summary = Summary(document, as_of)
    codes = chosen.keys() | claimed.keys() | held.keys() | statements.keys() | defended_whole.keys()
    for code in sorted(codes):
        share, claim, defended = chosen.get(code), claimed.get(code), held.get(code)
        statement = statements.get(code)
        main = share or claim or defended or statement or defended_whole.get(code)
        if main is None:  # every code comes from one of the decisions
            continue
        pct, basis, note = None, "reported", ""
        if share is not None:
            pct, basis, note = share.value, share.basis, range_note(share) or share.note
        elif code in inferred:
            pct, basis, note = 100.0, "inferred", inferred[code].note
        quote, span = main.sentence.excerpt(main.start, main.end)
        figures.append(
            Figure(
                region_code=code,
                region=regions[code].name,
                as_of=as_of,
                controlled_pct=pct,
                qualifier=share.hedge if share else "",
                claimed=claim.claimed if claim else None,
                basis=basis,
                # An inferred figure is the rule's, not the words of whoever the sentence quotes.
                source=(doc.credit(main.sentence) if doc and basis != "inferred" else "")
                or document,
                quote=quote,
                document=document,
                span=span,
                claim_quote=claim.sentence.excerpt(claim.start, claim.end)[0] if claim else "",
                pct_range=share.pct_range if share else None,
                defender_pct=defended.value if defended else None,
                note=note,
                held=statement is not None and share is None,
                defender_held=code in defended_whole,
            )
        )
        summary.figures += pct is not None
        summary.held += pct is None and statement is not None
        summary.claims += claim is not None
    evidence = sorted(rows.rows, key=lambda e: (e.start, e.kind != "share", e.region_code))
    used = {(e.start, e.end) for e in evidence if e.decision == USED}
    summary.passed_over = sum(1 for s in shares if s.numeric and (s.start, s.end) not in used)
    return Reading(figures, evidence, [summary])


def extract_text(text: str, *, as_of: dt.date | None = None, document: str = "") -> list[Figure]:
    """The figures of one text, one per region: :func:`read_document` without the evidence."""
    return read_document(text, as_of=as_of, document=document).figures


def read_text(path: str | Path) -> str:
    """The text of a document: plain text (UTF-8, or Windows-1252 with a warning), a saved
    web page, a PDF or a DOCX (see :mod:`geomap.documents`)."""
    return documents.read(path)


def read_files(paths: Iterable[str | Path], *, as_of: dt.date | None = None) -> Reading:
    """Read texts; each file's date is ``as_of``, or its name's ``YYYY-MM-DD`` prefix, or the
    date the text or its page's metadata gives (see :func:`geomap.documents.load`).

    Figures of texts with the same date are merged, one per region: the first text's share
    wins (texts are read in the order given), and the evidence says so.
    """
    reading = Reading()
    for path in paths:
        path = Path(path)
        document = documents.load(path)
        date = as_of or _date(path, document)
        one = read_document(document.text, as_of=date, document=path.name)
        if document.outlet:
            one.figures = [replace(f, outlet=document.outlet) for f in one.figures]
        reading.figures += one.figures
        reading.evidence += one.evidence
        reading.summaries += one.summaries
    reading.figures, reading.evidence = _merge_documents(reading.figures, reading.evidence)
    return reading


def _date(path: Path, document: documents.Document) -> dt.date | None:
    """A text's date: its name's, else its own; a date in the future, or before 1900, is an
    error."""
    named = date_in_name(path)
    if document.unread_date:
        # Harmless beside a date in the name; without one, the text has no date at all.
        if not named:
            raise InputError(
                f"its date line says {document.unread_date!r}, which is not a date",
                where=str(path), hint="write it as Date: YYYY-MM-DD, or name the file YYYY-MM-DD-*",
            )  # fmt: skip
        log.warning(
            "%s: its date line says %r, which is not a date; the name's date is used",
            path, document.unread_date,
        )  # fmt: skip
    if named and document.published and named != document.published:
        log.warning(
            "%s: its name says %s, %s %s; the name's date is used (rename the file if the "
            "figures are of %s)", path, named.isoformat(), document.dated_by,
            document.published.isoformat(), document.published.isoformat(),
        )  # fmt: skip
    date = named or document.published
    if date is not None and date > dt.date.today():
        source = "its name" if named else document.dated_by
        raise InputError(
            f"is dated {date.isoformat()} by {source}, in the future", where=str(path),
            hint="give the date its figures were reported",
        )  # fmt: skip
    if date is not None and date.year < 1900:
        raise InputError(
            f"is dated {date.isoformat()} by {document.dated_by}, before 1900", where=str(path),
            hint="check the year of its date line",
        )  # fmt: skip
    return date


def extract_files(paths: Iterable[str | Path], *, as_of: dt.date | None = None) -> list[Figure]:
    """The figures of text files: :func:`read_files` without the evidence."""
    return read_files(paths, as_of=as_of).figures


def _merge_documents(
    figures: list[Figure], evidence: list[Evidence]
) -> tuple[list[Figure], list[Evidence]]:
    """One figure per date and region across documents; the first document's share wins."""
    merged: dict[tuple, Figure] = {}
    lost: dict[tuple, str] = {}  # (date, region, document) whose share lost → winner
    for figure in figures:
        key = (figure.as_of, figure.region_code)
        current = merged.get(key)
        if current is None:
            merged[key] = figure
            continue
        claimed = current.claimed if current.claimed is not None else figure.claimed
        if current.controlled_pct is None and figure.controlled_pct is not None:
            merged[key] = replace(figure, claimed=claimed)
            lost[(*key, current.document)] = figure.document
        else:
            merged[key] = replace(current, claimed=claimed)
            if figure.controlled_pct is not None:
                lost[(*key, figure.document)] = current.document
    if lost:
        evidence = [
            e.decided(SUPERSEDED, f"the figure of {lost[k]} (same date) is used instead")
            if e.decision == USED and e.kind == "share"
            and (k := (e.as_of, e.region_code, e.document)) in lost
            else e
            for e in evidence
        ]  # fmt: skip
    figures = sorted(merged.values(), key=lambda f: (f.as_of or dt.date.min, f.region_code))
    return figures, evidence
