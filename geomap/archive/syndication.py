"""Syndicated copies: one report, however many sites carried it.

A wire story carried by 200 sites is one report, not 200 data points. Two rows are the same
report when they give the same figure (the same kind, unit and value, or the same claim) from
the same original source, in the same or a near-identical sentence, within a few days of the
report's first appearance. Same sentences are found by hashing their normalised words; near-
identical ones by MinHash over word shingles with locality-sensitive hashing (datasketch).

The rows are taken in a fixed order (date, record, position), so the same rows give the same
reports whatever order the partitions were read in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from datasketch import MinHash, MinHashLSH

WITHIN_DAYS = 3  # a copy this many days after a report's first appearance is still the report
SIMILARITY = 0.7  # the shingle overlap (Jaccard) from which two sentences are the same text
_PERMUTATIONS = 64
_SHINGLE = 3  # words
_WORD_RE = re.compile(r"\w+")


def _words(quote: str) -> list[str]:
    return _WORD_RE.findall(quote.casefold())


def _shingles(words: list[str]) -> set[bytes]:
    if len(words) <= _SHINGLE:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + _SHINGLE]).encode("utf-8") for i in range(len(words) - 2)}


@dataclass
class Report:
    """One figure from one source, with every copy of it."""

    id: str  # its first row's record, position and unit: "file.jsonl:12@304/UA-14"
    first: dt.date
    order: int  # its place among the reports, by first appearance
    rows: list[dict] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        """The outlets that carried it, in the order they did, each once."""
        return list(dict.fromkeys(r["outlet"] or r["record"] for r in self.rows))


def _key(row: dict) -> tuple:
    return (row["kind"], row["region_code"], row["value_text"], row["claimed"], row["source"])


def reports(rows: Iterable[dict], *, within: int = WITHIN_DAYS) -> list[Report]:
    """Group ``rows`` (used evidence rows, each with ``as_of``, ``record``, ``start``, ``quote``,
    ``outlet`` and the figure's fields) into reports, in the order of their first appearance.
    Each row gets the ``report`` id it belongs to."""
    ordered = sorted(rows, key=lambda r: (r["as_of"], r["record"], r["start"], r["region_code"]))
    window = dt.timedelta(days=within)
    found: list[Report] = []
    exact: dict[tuple, list[Report]] = {}
    near: dict[tuple, tuple[MinHashLSH, dict[str, Report]]] = {}
    for row in ordered:
        key = _key(row)
        words = _words(row["quote"])
        digest = hashlib.sha1(" ".join(words).encode("utf-8")).digest()
        same = exact.setdefault((key, digest), [])
        report = _recent(same, row["as_of"], window)
        if report is None:
            lsh, by_id = near.setdefault(key, (_index(), {}))
            signature = _hashing().copy()  # the same permutations, none drawn again
            signature.update_batch(sorted(_shingles(words)))
            similar = sorted((by_id[i] for i in lsh.query(signature)), key=lambda r: r.order)
            report = _recent(similar, row["as_of"], window)
            if report is None:
                report = Report(f"{row['record']}@{row['start']}/{row['region_code']}",
                                row["as_of"], len(found))  # fmt: skip
                found.append(report)
                lsh.insert(report.id, signature)
                by_id[report.id] = report
        if not same or same[-1] is not report:
            same.append(report)
        row["report"] = report.id
        report.rows.append(row)
    return found


@cache
def _hashing() -> MinHash:
    """A MinHash whose permutations (drawn once) every signature shares."""
    return MinHash(num_perm=_PERMUTATIONS)


@cache
def _bands() -> tuple[int, int]:
    """The LSH's bands and rows for :data:`SIMILARITY`, worked out once (by integration)."""
    lsh = MinHashLSH(threshold=SIMILARITY, num_perm=_PERMUTATIONS)
    return lsh.b, lsh.r


def _index() -> MinHashLSH:
    return MinHashLSH(num_perm=_PERMUTATIONS, params=_bands())


def _recent(candidates: list[Report], day: dt.date, window: dt.timedelta) -> Report | None:
    """The latest of ``candidates`` (in order of first appearance) whose first appearance is
    within ``window`` before ``day``."""
    for report in reversed(candidates):
        if dt.timedelta(0) <= day - report.first <= window:
            return report
    return None
