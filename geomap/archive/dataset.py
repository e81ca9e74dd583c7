"""The archive's outputs, assembled from its partitions' rows a month at a time.

* ``evidence/month=YYYY-MM/part-0.parquet``: every share, claim and statement of holding with
  its evidence, where and by whom it was published, and the report it belongs to;
* ``<stem>_reported.csv``: one row per report (see :mod:`geomap.archive.series`);
* ``archive-summary.json``: what was read, what was skipped and why.

The months are taken in order, each from the partitions that hold it: syndication needs only the
reports of the last few days (:class:`~geomap.archive.syndication.Grouper`), and a month's rows
are written once the next month is grouped (its first days may hold copies of the month's
reports). Memory holds two months of rows, whatever the archive's length.

The rows are put in one order (the inputs' order, then the date, stable) before anything is
written: the same inputs give the same bytes on every engine, with any number of workers.
Everything is written beside its place and moved in when whole: the outputs of the last good
run stay as they were until then.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from geomap.archive.parts import SCHEMA
from geomap.archive.series import ReportedWriter, file_name
from geomap.archive.syndication import Grouper, Report

EVIDENCE = "evidence"
SUMMARY = "archive-summary.json"
_REPORTED_KINDS = ("share", "held", "claim")
# The columns syndication and the reported series read (the rest stay in Arrow).
_GROUPED = ["as_of", "record", "start", "region_code", "region", "kind", "value_text", "hedge",
            "claimed", "source", "quote", "outlet", "url"]  # fmt: skip
_ORDER = [("as_of", "ascending"), ("record", "ascending"), ("start", "ascending"),
          ("region_code", "ascending")]  # fmt: skip


def _month(month: str) -> tuple[dt.date, dt.date]:
    first = dt.date.fromisoformat(f"{month}-01")
    return first, (first + dt.timedelta(days=32)).replace(day=1)


def month_rows(parts: Sequence[tuple[Path, set[str]]], month: str) -> pa.Table:
    """The rows of ``month`` from the parts that hold it, in the inputs' order, then by date."""
    first, after = _month(month)
    where = (pc.field("as_of") >= pa.scalar(first)) & (pc.field("as_of") < pa.scalar(after))
    tables = [
        pq.read_table(path, schema=SCHEMA, filters=where)
        for path, months in parts if month in months
    ]  # fmt: skip
    table = pa.concat_tables(tables) if tables else SCHEMA.empty_table()
    return table.take(pc.sort_indices(table, sort_keys=[("as_of", "ascending")]))


class _Month:
    """One month's rows, grouped into reports, waiting for the next month to be written."""

    def __init__(self, name: str, table: pa.Table, grouper: Grouper) -> None:
        self.name, self.table = name, table
        used = pc.and_(
            pc.equal(table["decision"], "used"),
            pc.is_in(table["kind"], pa.array(_REPORTED_KINDS)),
        )
        index = pc.indices_nonzero(used)
        grouped = table.take(index).select(_GROUPED)
        order = pc.sort_indices(grouped, sort_keys=_ORDER).to_pylist()
        rows = grouped.take(order).to_pylist()
        positions = index.take(order).to_pylist()
        self.reports: list[tuple[int, Report]] = []
        self.new: list[Report] = []  # first seen this month
        for position, row in zip(positions, rows, strict=True):
            report, new = grouper.add(row)
            self.reports.append((position, report))
            if new:
                self.new.append(report)

    def table_with_reports(self) -> pa.Table:
        report: list[str | None] = [None] * self.table.num_rows
        copies: list[int | None] = [None] * self.table.num_rows
        for position, found in self.reports:
            report[position], copies[position] = found.id, found.copies
        table = self.table.append_column("report", pa.array(report, pa.string()))
        return table.append_column("copies", pa.array(copies, pa.int32()))


def publish(
    out: Path, parts: Sequence[tuple[Path, set[str]]], *, within: int, summary: dict, stem: str
) -> int:
    """Group the parts' rows into reports and write the outputs into ``out``; the number of
    reports. ``parts``: each part's rows file and the months it holds, in the inputs' order."""
    out.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".{EVIDENCE}-", dir=out))
    grouper = Grouper(within)
    try:
        with ReportedWriter(staged / file_name(stem)) as reported:
            waiting: _Month | None = None
            for month in sorted({m for _, months in parts for m in months}):
                current = _Month(month, month_rows(parts, month), grouper)
                if waiting is not None:
                    _write_month(staged, waiting, reported)
                waiting = current
            if waiting is not None:
                _write_month(staged, waiting, reported)
        summary = {**summary, "reports": grouper.count}
        (staged / SUMMARY).write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
        evidence = staged / EVIDENCE
        evidence.mkdir(exist_ok=True)
        _swap(evidence, out / EVIDENCE)
        # Moved in whole, each with one rename (the series may be large: never read again).
        for name in (file_name(stem), SUMMARY):
            os.chmod(staged / name, 0o644)
            os.replace(staged / name, out / name)
    finally:
        shutil.rmtree(staged, ignore_errors=True)
    return grouper.count


def _write_month(staged: Path, month: _Month, reported: ReportedWriter) -> None:
    folder = staged / EVIDENCE / f"month={month.name}"
    folder.mkdir(parents=True)
    pq.write_table(month.table_with_reports(), folder / "part-0.parquet", compression="zstd")
    reported.write(month.new)


def _swap(staged: Path, target: Path) -> None:
    """Put the folder ``staged`` at ``target``, the old one out of the way first."""
    old = target.with_name(f".{target.name}-old-{os.getpid()}")
    if target.exists():
        target.rename(old)
    staged.rename(target)
    shutil.rmtree(old, ignore_errors=True)
