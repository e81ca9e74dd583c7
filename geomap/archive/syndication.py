"""Syndicated copies: one report, however many sites carried it.

A wire story carried by 200 sites is one report, not 200 data points. Two rows are the same
report when they give the same figure (the same kind, unit and value, or the same claim) from
the same original source, in the same or a near-identical sentence, within a few days of the
report's first appearance.

The rows are blocked first: only reports of the same figure and source, first seen within the
window, are candidates, a handful even for a wire story carried everywhere (its copies are one
report). A row whose sentence (its words, case and punctuation aside) is a candidate's joins it
by a hash lookup; else it joins the latest candidate whose three-word shingles overlap its own by
:data:`SIMILARITY` or more (Jaccard, computed exactly: over so few candidates, exact sets cost
less than MinHash signatures and never miss). Reports older than the window leave the
candidates as the rows move on, so time and memory grow with the rows, not with their square.

The rows are taken in a fixed order (date, record, position), so the same rows give the same
reports whatever order the partitions were read in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import deque
from dataclasses import dataclass, field

WITHIN_DAYS = 3  # a copy this many days after a report's first appearance is still the report
# At most this: a month's reports are whole once the next month is grouped.
MAX_WITHIN_DAYS = 28
SIMILARITY = 0.6  # the shingle overlap (Jaccard) from which two sentences are the same text;
# one word put in or changed in a sentence of fourteen leaves 0.67, a rewording 0.2–0.35
_SHINGLE = 3  # words
_WORD_RE = re.compile(r"\w+")


def _words(quote: str) -> list[str]:
    return _WORD_RE.findall(quote.casefold())


def _shingles(words: list[str]) -> frozenset[str]:
    if len(words) <= _SHINGLE:
        return frozenset({" ".join(words)})
    return frozenset(" ".join(words[i : i + _SHINGLE]) for i in range(len(words) - 2))


def similarity(a: frozenset, b: frozenset) -> float:
    """The Jaccard overlap of two shingle sets."""
    return len(a & b) / len(a | b) if a or b else 1.0


@dataclass
class Report:
    """One figure from one source, with every copy of it."""

    id: str  # its first row's record, position and unit: "file.jsonl:12@304/UA-14"
    first: dt.date
    order: int  # its place among the reports, by first appearance
    row: dict  # its first row
    copies: int = 0  # rows
    carriers: dict[str, None] = field(default_factory=dict)  # outlets, in order, each once
    # The shingles and hashes of its sentences (its copies' too), while it is a candidate.
    shingles: list[frozenset] = field(default_factory=list, repr=False)
    digests: set[bytes] = field(default_factory=set, repr=False)

    @property
    def outlets(self) -> list[str]:
        """The outlets that carried it, in the order they did, each once."""
        return list(self.carriers)

    def add(self, row: dict) -> None:
        self.copies += 1
        self.carriers.setdefault(row["outlet"] or row["record"])


def _key(row: dict) -> tuple:
    return (row["kind"], row["region_code"], row["value_text"], row["claimed"], row["source"])


class Grouper:
    """Rows into reports, one row at a time, the rows in order (date, record, position, unit).

    Only the reports first seen within the window before the current row's date are kept as
    candidates: time and memory grow with the rows of a few days, not the archive's.
    """

    def __init__(self, within: int = WITHIN_DAYS) -> None:
        self.window = dt.timedelta(days=within)
        self.count = 0
        self._candidates: dict[tuple, deque[Report]] = {}  # by key, by first appearance
        self._last: dt.date | None = None

    def add(self, row: dict) -> tuple[Report, bool]:
        """The report ``row`` belongs to, and whether it is a new one."""
        day = row["as_of"]
        if self._last is not None and day < self._last:
            raise ValueError(f"rows out of order: {day} after {self._last}")
        self._last = day
        key = _key(row)
        recent = self._candidates.setdefault(key, deque())
        while recent and day - recent[0].first > self.window:
            gone = recent.popleft()  # out of the window for this row, and for every later one
            gone.shingles, gone.digests = [], set()
        words = _words(row["quote"])
        digest = hashlib.sha1(" ".join(words).encode("utf-8")).digest()
        report = next((r for r in reversed(recent) if digest in r.digests), None)
        shingles = None
        if report is None:
            shingles = _shingles(words)
            report = next(
                (r for r in reversed(recent)
                 if any(similarity(shingles, s) >= SIMILARITY for s in r.shingles)),
                None,
            )  # fmt: skip
        new = report is None
        if report is None:
            report = Report(f"{row['record']}@{row['start']}/{row['region_code']}", day,
                            self.count, row)  # fmt: skip
            self.count += 1
            recent.append(report)
        if digest not in report.digests:
            report.digests.add(digest)
            report.shingles.append(shingles or _shingles(words))
        report.add(row)
        return report, new
