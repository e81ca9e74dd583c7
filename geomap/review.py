"""Review before print: the figures read from texts that nobody has checked, and what a reviewer
decided of them.

A figure read from a text is *pending* until a reviewer accepts it (it becomes a row of the
figures file, with the date of the review under ``reviewed``), corrects it (the same, with the
reviewer's values) or rejects it (a row of ``rejected.csv`` beside the texts, with the reason, so
that it never comes back). A figure is known by :func:`figure_key`, a hash of what was read: the
same reading of the same sentence has the same key in every build; a different reading of it
(another value, another unit) is another figure, and is reviewed again.

With ``publish = "reviewed"`` only reviewed figures reach the maps; the build names the pending
ones. By default every figure does, as before review existed.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.errors import FiguresError
from geomap.figures import COLUMNS, REVIEWED, Figure
from geomap.files import read_user_text
from geomap.store import write_atomic

if TYPE_CHECKING:  # (the reading is imported only where a build reads texts)
    from geomap.extract.evidence import Evidence

log = logging.getLogger(__name__)

REJECTED_FILE = "rejected.csv"  # beside the texts
REJECTED_COLUMNS = (
    "key", "document", "as_of", "region_code", "controlled_pct", "qualifier", "quote", "reason",
    "rejected",
)  # fmt: skip
PUBLISH = ("all", "reviewed")
# The evidence's decisions for a figure review took out of the maps.
REJECTED, PENDING = "rejected", "pending"


def figure_key(figure: Figure) -> str:
    """A figure read from a text, known by what was read: its text, date, unit, value, hedge,
    claim and quote (ten hex digits of their SHA-256)."""
    parts = (
        figure.document, figure.as_of.isoformat() if figure.as_of else "", figure.region_code,
        "held" if figure.held_only else "defended" if figure.defended_only else figure.pct_text,
        figure.qualifier, str(figure.claimed),
        figure.quote,
    )  # fmt: skip
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True)
class Rejection:
    key: str
    reason: str
    rejected: str  # the date (ISO)


def rejected_path(seeds: Path) -> Path:
    return seeds / REJECTED_FILE


def load_rejections(seeds: Path) -> dict[str, Rejection]:
    """The rejections kept beside the texts, by figure key (none without the file)."""
    path = rejected_path(seeds)
    if not path.exists():
        return {}
    text = read_user_text(path, kind="rejections file", content="CSV",
                          hint="it is written by `geomap review`; move it away to start afresh",
                          error=FiguresError)  # fmt: skip
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not set(reader.fieldnames or ()) >= {"key", "reason"}:
        raise FiguresError(
            "has no key and reason columns", where=f"{path}:1",
            hint=f"it is written by `geomap review`: {','.join(REJECTED_COLUMNS)}",
        )  # fmt: skip
    rejections = {}
    for row in reader:
        key = (row.get("key") or "").strip()
        if key:
            rejections[key] = Rejection(key, row.get("reason") or "", row.get("rejected") or "")
    return rejections


def pending(extracted: list[Figure], curated: list[Figure], seeds: Path) -> list[Figure]:
    """The figures read from texts that nobody has checked: not rejected, and not replaced by a
    row of the figures file (for the same date and unit), oldest first."""
    rejections = load_rejections(seeds)
    return _unsettled([f for f in extracted if figure_key(f) not in rejections], curated)


def _unsettled(figures: list[Figure], curated: list[Figure]) -> list[Figure]:
    """The ``figures`` no row of the figures file settles (one for the same date and unit)."""
    settled = {(f.as_of, f.region_code) for f in curated}
    return [f for f in figures if (f.as_of, f.region_code) not in settled]


def screened(
    extracted: list[Figure],
    evidence: list[Evidence],
    curated: list[Figure],
    *,
    seeds: Path,
    publish: str,
) -> tuple[list[Figure], list[Evidence]]:
    """The figures read from texts that may reach the maps, and the evidence saying what became
    of the others: rejected ones never; with ``publish = "reviewed"``, pending ones neither
    (named in a warning)."""
    from geomap.extract.evidence import USED

    rejections = load_rejections(seeds)
    held_back: dict[tuple, tuple[str, str]] = {}  # (document, date, unit) → decision, reason
    kept = []
    for figure in extracted:
        rejection = rejections.get(figure_key(figure))
        where = (figure.document, figure.as_of, figure.region_code)
        if rejection is not None:
            held_back[where] = (REJECTED, f"rejected in review: {rejection.reason}")
        else:
            kept.append(figure)
    if publish == "reviewed":
        waiting = _unsettled(kept, curated)  # (the rejected are out already)
        for figure in waiting:
            held_back[(figure.document, figure.as_of, figure.region_code)] = (
                PENDING, "awaits review (publish = reviewed)"
            )  # fmt: skip
        if waiting:
            log.warning(
                "%d figure(s) read from the texts await review and are not on the maps "
                "(publish = reviewed): %s; `geomap review` shows them", len(waiting),
                "; ".join(describe(f) for f in waiting[:5]) + ("; ..." if len(waiting) > 5 else ""),
            )  # fmt: skip
        kept = [f for f in kept if f not in waiting]
    marked = [
        e.decided(*held_back[(e.document, e.as_of, e.region_code)])
        if e.decision == USED and (e.document, e.as_of, e.region_code) in held_back
        else e
        for e in evidence
    ]
    return kept, marked


def value_text(figure: Figure) -> str:
    """What a figure says, as the map's label would: "≈75%", "held", "held by the army",
    "claimed", "not claimed"."""
    from geomap.style import share_text

    label = figure.pct_text if figure.pct_range else ""
    share = share_text(figure.controlled_pct, figure.qualifier, figure.basis, label=label)
    claim = {True: "claimed", False: "not claimed", None: ""}[figure.claimed]
    from geomap.profile import current

    held = "held" if figure.held else ""
    if figure.defended_only:
        held = f"held by {current().defender.name}"
    return ", ".join(t for t in (share or held, claim) if t)


def describe(figure: Figure) -> str:
    """ "Kherson ≈75%, claimed, 2025-02-18 (2025-02-18-talks.txt)" """
    return f"{figure.region} {value_text(figure)}, {figure.as_of} ({figure.document})"


def accept(figures_file: Path, figure: Figure, today: dt.date) -> Figure:
    """Add ``figure`` (as read, or as corrected) to the figures file, marked reviewed on
    ``today``; the file is written whole or not at all, its other rows as they were."""
    from geomap.figures import load_figures

    reviewed = replace(figure, reviewed=today.isoformat())
    if figures_file.exists() and any(
        (f.as_of, f.region_code) == (figure.as_of, figure.region_code)
        for f in load_figures(figures_file)
    ):
        raise FiguresError(
            f"already has a row for {figure.region} on {figure.as_of}", where=str(figures_file),
            hint="correct that row by hand, or reject this figure",
        )  # fmt: skip
    header, rows = _rows(figures_file)
    if REVIEWED not in header:
        header.append(REVIEWED)
    rows.append(reviewed.to_row())
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    write_atomic(figures_file, buffer.getvalue())
    return reviewed


def reject(seeds: Path, figure: Figure, reason: str, today: dt.date) -> None:
    """Record that ``figure`` was rejected, and why, so that it never comes back."""
    path = rejected_path(seeds)
    text = read_user_text(path, kind="rejections file", content="CSV", hint="",
                          error=FiguresError) if path.exists() else ""  # fmt: skip
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=REJECTED_COLUMNS, lineterminator="\n")
    if not text:
        writer.writeheader()
    writer.writerow({
        "key": figure_key(figure), "document": figure.document,
        "as_of": figure.as_of.isoformat() if figure.as_of else "",
        "region_code": figure.region_code, "controlled_pct": figure.to_row()["controlled_pct"],
        "qualifier": figure.qualifier, "quote": figure.quote, "reason": reason,
        "rejected": today.isoformat(),
    })  # fmt: skip
    write_atomic(
        path, (text if not text or text.endswith("\n") else text + "\n") + buffer.getvalue()
    )


def _rows(figures_file: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The figures file's header and rows as they are (a new file: the standard header)."""
    if not figures_file.exists():
        return list(COLUMNS), []
    text = read_user_text(figures_file, kind="figures file", content="CSV",
                          hint="give a figures CSV file", error=FiguresError)  # fmt: skip
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = [dict(row) for row in reader]
    return list(reader.fieldnames or COLUMNS), rows
