"""The reported series: every report of a unit, by date, as ``<stem>_reported.csv``.

One row per report (a figure or claim from one original source, with every site that carried
it). The build reads it back (``--archive DIR``) for the timeline and the reconciliation.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from geomap.archive.syndication import Report
from geomap.errors import InputError

COLUMNS = (
    "as_of", "region_code", "region", "kind", "value", "hedge", "claimed", "source", "outlets",
    "carried_by", "url", "record", "report", "quote",
)  # fmt: skip


def file_name(stem: str) -> str:
    return f"{stem}_reported.csv"


def reported_csv(reports: list[Report]) -> str:
    """The reports as CSV, by unit, date and first appearance."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for report in sorted(reports, key=lambda r: (r.rows[0]["region_code"], r.first, r.order)):
        first, outlets = report.rows[0], report.outlets
        writer.writerow(
            {
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
        )
    return buffer.getvalue()


@dataclass(frozen=True)
class Reported:
    """One report of a unit's share, as the build reads it back."""

    as_of: dt.date
    region_code: str
    value: float  # a range's middle
    hedge: str
    source: str
    outlet: str  # the first outlet that carried it
    outlets: int
    quote: str


def load_reported(folder: Path, stem: str) -> list[Reported]:
    """The reported shares of an archive's output folder (claims and statements of holding,
    which give no share, are not among them)."""
    path = Path(folder) / file_name(stem)
    if not path.is_file():
        raise InputError(
            f"has no {file_name(stem)}", where=str(folder),
            hint="give the --out folder of `geomap archive` run with the same profile",
        )  # fmt: skip
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
                value = (float(low) + float(high or low)) / 2
                as_of = dt.date.fromisoformat(row["as_of"])
            except ValueError as exc:
                raise InputError(
                    f"line {number} is not a report ({exc})",
                    where=str(path),
                    hint="run `geomap archive` again to write it anew",
                ) from exc
            found.append(
                Reported(
                    as_of,
                    row["region_code"],
                    value,
                    row["hedge"],
                    row["source"],
                    row["carried_by"].split("; ")[0],
                    int(row["outlets"] or 1),
                    row["quote"],
                )
            )
    return found
