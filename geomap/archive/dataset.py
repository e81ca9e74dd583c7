"""The archive's outputs, assembled from its partitions' rows.

* ``evidence/month=YYYY-MM/part-0.parquet``: every share, claim and statement of holding with
  its evidence, where and by whom it was published, and the report it belongs to;
* ``<stem>_reported.csv``: one row per report (see :mod:`geomap.archive.series`);
* ``archive-summary.json``: what was read, what was skipped and why.

The rows are put in one order (the inputs' order, then the date, stable) before anything is
written: the same inputs give the same bytes on every engine, with any number of workers.
Everything is written beside its place and moved in when whole: the outputs of the last good
run stay as they were until then.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from geomap.archive.parts import SCHEMA, table_of
from geomap.archive.series import file_name, reported_csv
from geomap.archive.syndication import reports
from geomap.store import write_all

EVIDENCE = "evidence"
SUMMARY = "archive-summary.json"
_REPORTED_KINDS = ("share", "held", "claim")


def assemble(parts: Sequence[bytes], *, within: int) -> tuple[pa.Table, list]:
    """The rows of all parts, in order, with the report each used row belongs to."""
    tables = [table_of(rows) for rows in parts]
    table = pa.concat_tables(tables) if tables else SCHEMA.empty_table()
    table = table.take(pc.sort_indices(table, sort_keys=[("as_of", "ascending")]))
    used = pc.and_(
        pc.equal(table["decision"], "used"), pc.is_in(table["kind"], pa.array(_REPORTED_KINDS))
    )
    index = pc.indices_nonzero(used).to_pylist()
    rows = table.filter(used).to_pylist()
    for row, position in zip(rows, index, strict=True):
        row["position"] = position
    found = reports(rows, within=within)
    report: list[str | None] = [None] * table.num_rows
    copies: list[int | None] = [None] * table.num_rows
    for item in found:
        for row in item.rows:
            report[row["position"]] = item.id
            copies[row["position"]] = len(item.rows)
    table = table.append_column("report", pa.array(report, pa.string()))
    table = table.append_column("copies", pa.array(copies, pa.int32()))
    return table, found


def write(out: Path, table: pa.Table, found: list, summary: dict, stem: str) -> None:
    """Write the dataset, the reported series and the summary into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".{EVIDENCE}-", dir=out))
    try:
        months = pc.strftime(table["as_of"], format="%Y-%m") if table.num_rows else None
        for month in sorted(set(months.to_pylist())) if months is not None else []:
            folder = staged / f"month={month}"
            folder.mkdir()
            rows = table.filter(pc.equal(months, month))
            pq.write_table(rows, folder / "part-0.parquet", compression="zstd")
        _swap(staged, out / EVIDENCE)
    finally:
        shutil.rmtree(staged, ignore_errors=True)
    write_all(
        {
            out / file_name(stem): reported_csv(found),
            out / SUMMARY: json.dumps(summary, indent=2, ensure_ascii=False) + "\n",
        }
    )


def _swap(staged: Path, target: Path) -> None:
    """Put the folder ``staged`` at ``target``, the old one out of the way first."""
    old = target.with_name(f".{target.name}-old-{os.getpid()}")
    if target.exists():
        target.rename(old)
    staged.rename(target)
    shutil.rmtree(old, ignore_errors=True)
