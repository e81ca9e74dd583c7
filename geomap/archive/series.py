"""The reported series: every report of a unit, by date, as ``<stem>_reported.csv``.

One row per report (a figure or claim from one original source, with every site that carried
it). The build reads it back (``--archive DIR``) for the timeline and the reconciliation.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from geomap.archive.syndication import Report
from geomap.errors import InputError
from geomap.figures import Figure

COLUMNS = (
    "as_of", "region_code", "region", "kind", "value", "hedge", "claimed", "source", "outlets",
    "carried_by", "url", "record", "report", "quote",
)  # fmt: skip


def file_name(stem: str) -> str:
    return f"{stem}_reported.csv"


def reported_file(folder: Path, stem: str) -> Path:
    """The reported series in an archive's output folder; none there is an error."""
    path = Path(folder) / file_name(stem)
    if not path.is_file():
        raise InputError(
            f"has no {file_name(stem)}", where=str(folder),
            hint="give the --out folder of `geomap archive` run with the same profile",
        )  # fmt: skip
    return path


class ReportedWriter:
    """The reported series, written a batch of reports at a time (each batch in order of date,
    unit and first appearance, the batches in order of date)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> ReportedWriter:
        self._file = open(self.path, "w", encoding="utf-8", newline="")
        self._csv = csv.DictWriter(self._file, fieldnames=COLUMNS, lineterminator="\n")
        self._csv.writeheader()
        return self

    def write(self, reports: list[Report]) -> None:
        for report in sorted(reports, key=lambda r: (r.first, r.row["region_code"], r.order)):
            self._csv.writerow(_row(report))

    def __exit__(self, *exc) -> None:
        self._file.close()


def _row(report: Report) -> dict:
    first, outlets = report.row, report.outlets
    return {
        "as_of": report.first.isoformat(),
        "region_code": first["region_code"],
        "region": first["region"],
        "kind": first["kind"],
        "value": first["value_text"],
        "hedge": first["hedge"],
        "claimed": {True: "true", False: "false", None: ""}[first["claimed"]],
        "source": first["source"],
        "outlets": len(outlets),
        "carried_by": "; ".join(outlets),
        "url": first["url"],
        "record": first["record"],
        "report": report.id,
        "quote": first["quote"],
    }


def load_reported(folder: Path, stem: str) -> list[Figure]:
    """The reported shares of an archive's output folder, as figures (``outlet``: the first
    that carried it; ``note``: how many did). Claims and statements of holding, which give no
    share, are not among them."""
    path = reported_file(folder, stem)
    found = []
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = set(COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise InputError(
                f"lacks the column {sorted(missing)[0]}", where=str(path),
                hint="run `geomap archive` again to write it anew",
            )  # fmt: skip
        for number, row in enumerate(reader, start=2):
            if row["kind"] != "share" or not row["value"]:
                continue
            try:
                low, _, high = row["value"].partition("–")
                bounds = (float(low), float(high)) if high else None
                value = (bounds[0] + bounds[1]) / 2 if bounds else float(low)
                as_of = dt.date.fromisoformat(row["as_of"])
                outlets = int(row["outlets"] or 1)
            except ValueError as exc:
                raise InputError(
                    f"line {number} is not a report ({exc})",
                    where=str(path),
                    hint="run `geomap archive` again to write it anew",
                ) from exc
            found.append(
                Figure(
                    region_code=row["region_code"],
                    region=row["region"],
                    as_of=as_of,
                    controlled_pct=value,
                    qualifier=row["hedge"],
                    source=row["source"],
                    quote=row["quote"],
                    document=row["record"],
                    pct_range=bounds,
                    outlet=row["carried_by"].split("; ")[0],
                    note=f"carried by {outlets} outlet(s)",
                )
            )
    return found
