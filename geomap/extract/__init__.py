"""Read news text as an analyst would: control shares and claims, each with its sentence.

:func:`read_files` (and :func:`read_document` for one text) return a :class:`Reading`: the
figures, one per region and date, and the evidence, every share and claim phrase found with the
decision taken on it. :func:`extract_files` and :func:`extract_text` return the figures alone.

The reading itself lives in :mod:`~geomap.extract.shares` (figures, what they are a share of,
who holds them, when) and :mod:`~geomap.extract.claims` (which regions Russia claims).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import logging
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from geomap import documents
from geomap.dates import date_in_name
from geomap.errors import InputError
from geomap.extract.claims import Claim
from geomap.extract.decisions import (
    APART,
    Rows,
    claim_decisions,
    disputed_note,
    mark_conflicting,
    mark_disputed,
    range_note,
    share_decisions,
)
from geomap.extract.document import Document, unseen
from geomap.extract.evidence import SUPERSEDED, USED, Evidence
from geomap.extract.exceptions import set_against_next
from geomap.extract.hedged import QUALIFIERS
from geomap.extract.held import Held
from geomap.extract.held_decisions import held_decisions
from geomap.extract.reader import PARALLEL_CHARS, Reader
from geomap.extract.sentences import split_sentences
from geomap.extract.share_words import FRACTIONS
from geomap.extract.shares import Share
from geomap.figures import Figure

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


@dataclass
class Summary:
    """What one text gave: for the line a build prints per text."""

    document: str
    as_of: dt.date | None
    figures: int = 0
    claims: int = 0
    passed_over: int = 0
    held: int = 0  # units held with no share given, by either side
    disputed: list[str] = field(default_factory=list)  # "West Darfur ('a claim ... denies')"

    def line(self) -> str:
        held = f"{self.held} held with no share given, " if self.held else ""
        disputed = f", {len(self.disputed)} the text says are disputed" if self.disputed else ""
        return (
            f"{self.document}: {self.figures} figure(s), {held}{self.claims} claim(s), "
            f"{self.passed_over} percentage(s) passed over{disputed}"
        )


@dataclass
class Reading:
    """Figures, one per region and date, and the evidence behind them."""

    figures: list[Figure] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    summaries: list[Summary] = field(default_factory=list)


def read_document(
    text: str, *, as_of: dt.date | None = None, document: str = "", workers: int = 1,
    evidence: bool = True,
) -> Reading:  # fmt: skip
    """Read one text: its figures (one per region) and the evidence for every phrase.

    ``workers``: a long text is read in parts on as many processes (the reading is the same).
    ``evidence``: False for a reader that wants the figures alone (the reading is the same,
    its evidence rows are not made).
    """
    with _fewer_collections():
        return _read_document(text, as_of, document, workers, evidence)


_readers = [0]  # texts being read in this process now (threads may read several at once)
_pace: list[tuple[int, ...]] = []  # the collector's pace when the first of them started
_readers_lock = threading.Lock()


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Reading a long text makes hundreds of thousands of small objects that live until it is
    read: at the collector's default pace (a young collection every 700 of them) it would look
    through them again and again. Young collections are made rarer while texts are read, and
    the pace is put back when the last one is."""
    with _readers_lock:
        if not _readers[0]:
            _pace[:] = [gc.get_threshold()]
            gc.set_threshold(max(_pace[0][0], 50_000), *_pace[0][1:])
        _readers[0] += 1
    try:
        yield
    finally:
        with _readers_lock:
            _readers[0] -= 1
            if not _readers[0]:
                gc.set_threshold(*_pace[0])


def _read_document(
    text: str, as_of: dt.date | None, document: str, workers: int, evidence: bool
) -> Reading:
    reader = Reader(Document(text), as_of)
    rows = Rows(document, as_of, keep=evidence)
    if len(text) < PARALLEL_CHARS and reader.empty:  # nothing to read (a long text's cues
        # are found by the parts that read it, in parallel: read, it gives nothing as well)
        return _decide([], [], [], rows, doc=reader.doc)
    part = reader.read_all(workers)
    reading = _decide(part.shares, part.claims, part.helds, rows, doc=reader.doc)
    if len(reader.doc.text) != len(text):  # characters no reader sees were taken out
        _offsets_of_the_text(reading, text)
    return reading


def _offsets_of_the_text(reading: Reading, text: str) -> None:
    """Spans read in the text without its unseen characters, put back as offsets of ``text``."""
    kept = [k for k, c in enumerate(text) if not unseen(c)] + [len(text)]
    for row in reading.evidence:
        row.start, row.end = kept[row.start], kept[row.end - 1] + 1 if row.end else kept[0]
    reading.figures = [
        dataclasses.replace(f, span=(kept[f.span[0]], kept[f.span[1] - 1] + 1)) if f.span else f
        for f in reading.figures
    ]


def _set_against_next(shares: list[Share], doc: Document) -> list[Held]:
    """Each whole ("all of Darfur") whose next sentence in the paragraph sets a part of it
    against it ("Only El Fasher remains in army hands."): read once the whole text is, whichever
    part of it each sentence was read in. The units no longer held whole are held, with no
    share given."""
    held = []
    for share in shares:
        index = share.sentence.index + 1
        if not (share.totality and share.regions and share.holder) or share.reason:
            continue
        following = doc.sentences[index] if index < len(doc.sentences) else None
        if following is None or not doc.goes_on(following):
            continue
        if units := set_against_next(share, following, doc.analyse(index)[1]):
            said = " ".join(following.text.split())
            note = f"not all of it: '{said[:77] + '...' if len(said) > 80 else said}'"
            held.append(Held(share.sentence, share.start, share.end, units, share.holder,
                             note=note, date=share.dated))  # fmt: skip
    return held


def _decide(
    shares: list[Share], claims: list[Claim], helds: list[Held], rows: Rows, *,
    doc: Document | None = None,
) -> Reading:  # fmt: skip
    """Pick each region's figure and claim, and record the decision on every phrase in
    ``rows`` (the text's name and date)."""
    document, as_of = rows.document, rows.as_of
    # (what is read is marked disputed as it is read: see Reader.read)
    if doc is not None:
        against = _set_against_next(shares, doc)
        mark_disputed(against, doc)
        helds = [*helds, *against]
    mark_conflicting(shares, doc)
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
        # a figure of either side, or a statement of holding, that the text says is disputed
        read = next((r for r in (share, statement, defended) if r and r.disputed), None)
        if read is not None:
            note = "; ".join(n for n in (note, disputed_note(read)) if n)
            summary.disputed.append(f"{regions[code].name} ('{read.disputed}')")
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
        summary.held += pct is None and (statement is not None or code in defended_whole)
        summary.claims += claim is not None
    if summary.disputed:
        log.warning("%s: figures the text says someone disputes: %s", document or "text",
                    "; ".join(summary.disputed))  # fmt: skip
    if contradicted := sorted(rows.contradicted):
        log.warning("%s: figures of the two sides that cannot both be true, none mapped: %s",
                    document or "text", ", ".join(contradicted))  # fmt: skip
    evidence = sorted(rows.rows, key=lambda e: (e.start, e.kind != "share", e.region_code))
    summary.passed_over = sum(1 for s in shares if s.numeric and (s.start, s.end) not in rows.used)
    return Reading(figures, evidence, [summary])


def extract_text(text: str, *, as_of: dt.date | None = None, document: str = "") -> list[Figure]:
    """The figures of one text, one per region: :func:`read_document` without the evidence."""
    return read_document(text, as_of=as_of, document=document, evidence=False).figures


def read_text(path: str | Path) -> str:
    """The text of a document: plain text (UTF-8, or Windows-1252 with a warning), a saved
    web page, a PDF or a DOCX (see :mod:`geomap.documents`)."""
    return documents.read(path)


def read_files(
    paths: Iterable[str | Path], *, as_of: dt.date | None = None, workers: int = 1,
    evidence: bool = True,
) -> Reading:  # fmt: skip
    """Read texts; each file's date is ``as_of``, or its name's ``YYYY-MM-DD`` prefix, or the
    date the text or its page's metadata gives (see :func:`geomap.documents.load`). A long
    text is read in parts on ``workers`` processes; ``evidence``: False for the figures alone.

    Figures of texts with the same date are merged, one per region: the first text's share
    wins (texts are read in the order given), and the evidence says so.
    """
    reading = Reading()
    for path in paths:
        path = Path(path)
        document = documents.load(path)
        date = as_of or _date(path, document)
        one = read_document(
            document.text, as_of=date, document=path.name, workers=workers, evidence=evidence
        )
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
    return read_files(paths, as_of=as_of, evidence=False).figures


def _say_apart(kept: Figure, others: list[Figure]) -> None:
    """Warn where texts of one date give a region figures far apart (``APART``) from the one
    mapped: the first text's figure is mapped, and the terminal says so."""
    a = kept.controlled_pct
    apart = [f for f in others if a is not None and abs((f.controlled_pct or 0) - a) > APART]
    if not apart:
        return
    log.warning(
        "%s on %s: texts of that date disagree; %g%% (%s) is mapped, not %s (texts of one date "
        "are taken in the order of their names; a row of figures.csv settles it)",
        kept.region or kept.region_code, kept.as_of, a, kept.document,
        ", ".join(f"{f.controlled_pct:g}% ({f.document})" for f in apart),
    )  # fmt: skip


def _merge_documents(
    figures: list[Figure], evidence: list[Evidence]
) -> tuple[list[Figure], list[Evidence]]:
    """One figure per date and region across documents; the first document's share wins."""
    merged: dict[tuple, Figure] = {}
    lost: dict[tuple, str] = {}  # (date, region, document) whose share lost → winner
    losers: dict[tuple, list[Figure]] = {}  # (date, region) → the figures that lost
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
                losers.setdefault(key, []).append(figure)
    for key, figures_lost in losers.items():
        _say_apart(merged[key], figures_lost)
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
