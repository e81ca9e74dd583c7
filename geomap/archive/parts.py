"""One partition of an archive (one input file, or one folder of texts) read into rows.

A partition is read by a worker, here or on a Dask cluster: :func:`read_part` takes a
:class:`Task` of plain data and gives back a :class:`Part`, the rows as Parquet bytes and the
counts of what was read and skipped. The reading is the same as a build's: every share, claim
and statement of holding with the sentence it came from and the decision taken on it.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from geomap.archive.records import Fields, Record, Skip, records

# The columns of the evidence CSV (geomap.extract.evidence.COLUMNS) with types, then where the
# record was published and by whom it was first said.
SCHEMA = pa.schema(
    [
        ("document", pa.string()),  # the archive file (or the folder) the record is in
        ("as_of", pa.date32()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("phrase", pa.string()),
        ("kind", pa.string()),
        ("region_code", pa.string()),
        ("region", pa.string()),
        ("value", pa.float64()),  # a range's middle
        ("value_text", pa.string()),  # as the text gave it: "70", "83–85"
        ("hedge", pa.string()),
        ("holder", pa.string()),
        ("claimed", pa.bool_()),
        ("decision", pa.string()),
        ("reason", pa.string()),
        ("quote", pa.string()),
        ("clause", pa.string()),  # what the holder was read from
        ("record", pa.string()),
        ("url", pa.string()),
        ("outlet", pa.string()),
        ("title", pa.string()),
        ("source", pa.string()),  # the original source ("according to ISW"), "" if none
    ]
)
SAMPLES = 5  # skipped records named per partition


@dataclass(frozen=True)
class Task:
    """What a worker needs to read one partition: plain data, sent to any process."""

    path: str
    kind: str
    key: str  # the partition's content hash with the reading's options
    fields: Fields
    profile: str | None = None  # a built-in profile's name or a profile file
    name: str = ""  # what its records' ids begin with: its path within the folder given


@dataclass
class Part:
    """A partition's rows (Parquet bytes) and what was read."""

    key: str
    rows: bytes = b""
    records: int = 0
    size: int = 0  # bytes of the records read
    figures: int = 0  # shares and statements of holding used
    claims: int = 0
    skipped: Counter = field(default_factory=Counter)  # reason → count
    samples: list[str] = field(default_factory=list)  # "RECORD: reason"
    months: list[str] = field(default_factory=list)  # "YYYY-MM" of its rows

    def stats(self) -> dict:
        return {
            "records": self.records, "size": self.size, "figures": self.figures,
            "claims": self.claims, "skipped": dict(sorted(self.skipped.items())),
            "samples": self.samples, "months": self.months,
        }  # fmt: skip

    @classmethod
    def from_stats(cls, key: str, stats: dict) -> Part:
        """A part read before, by its stats (its rows stay on disk)."""
        return cls(
            key, b"", stats["records"], stats["size"], stats["figures"], stats["claims"],
            Counter(stats["skipped"]), list(stats["samples"]), list(stats["months"]),
        )  # fmt: skip


def read_part(task: Task) -> Part:
    """Read one partition, in the profile it names."""
    from geomap.profile import named, using

    with using(named(task.profile) if task.profile else None):
        return _read(task)


def _read(task: Task) -> Part:
    from geomap.extract import read_document

    part = Part(task.key)
    columns: dict[str, list] = {name: [] for name in SCHEMA.names}
    document = task.name or Path(task.path).name
    for item in records(Path(task.path), task.kind, task.fields, document):
        part.size += item.size
        if isinstance(item, Skip):
            part.skipped[item.reason] += 1
            if len(part.samples) < SAMPLES:
                part.samples.append(f"{item.id}: {item.reason}")
            continue
        part.records += 1
        reading = read_document(item.text, as_of=item.date, document=item.id)
        credits = {f.region_code: f.source for f in reading.figures if f.source != item.id}
        for e in reading.evidence:
            used = e.decision == "used"
            part.figures += used and e.kind in ("share", "held")
            part.claims += used and e.kind == "claim"
            _append(columns, document, item, e, credits.get(e.region_code, "") if used else "")
    table = pa.table(columns, schema=SCHEMA)
    part.months = sorted({day.strftime("%Y-%m") for day in set(columns["as_of"])})
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    part.rows = buffer.getvalue()
    return part


def _append(columns: dict[str, list], document: str, record: Record, e, source: str) -> None:
    values = (
        document, e.as_of, e.start, e.end, e.phrase, e.kind, e.region_code, e.region, e.value,
        e.value_text, e.hedge, e.holder, e.claimed, e.decision, e.reason, e.quote, e.clause,
        record.id,
        record.url, record.outlet, record.title, source,
    )  # fmt: skip
    for name, value in zip(SCHEMA.names, values, strict=True):
        columns[name].append(value)
