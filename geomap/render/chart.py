"""What the timeline shows, as plain data: per unit, the measured shares of the control layers
as a line, the figures of the texts as marks, and the reports of an archive (``--archive``) as
small marks, or, where they are many, one mark per week.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from geomap import map_texts, style
from geomap.profile import current

if TYPE_CHECKING:
    from geomap.figures import Figure

# More reports of a unit than this are summarised by week: the median, and the range of values.
WEEKLY_FROM = 60


@dataclass(frozen=True)
class Mark:
    """A reported figure on the timeline, with the band of measured shares that agree with it."""

    as_of: dt.date
    pct: float
    sign: str  # the hedge's sign: "≈", ">", "<", "≥", "≤" or ""
    low: float
    high: float
    agreement: str  # "agrees", "disagrees" or "" (no layer to compare with)


@dataclass(frozen=True)
class Line:
    """One region on the timeline: its measured shares and its reported figures."""

    code: str
    name: str
    dates: tuple[dt.date, ...]  # of the control layers
    measured: tuple[float, ...]
    marks: tuple[Mark, ...]
    # The archive's reports: one mark each, or one per week (its median; low and high: the
    # week's range) where they are many.
    archived: tuple[Mark, ...] = ()
    weekly: bool = False


@dataclass(frozen=True)
class Timeline:
    """Measured shares over time as lines, reported figures as marks, per region."""

    lines: tuple[Line, ...]
    title: str
    notes: tuple[str, ...]
    # The dates of the snapshots: the axis spans them, whatever the lines hold.
    span: tuple[dt.date, ...] = ()


def timeline(atlas) -> Timeline:
    """The timeline of an atlas: every region with a reported figure, or a measured share of
    at least half a percent, oldest to newest."""
    from geomap.profile import gazetteer

    gaz = gazetteer()
    measurements = sorted(atlas.measurements, key=lambda m: m.as_of)
    reported: dict[str, dict[dt.date, Figure]] = {}
    by_unit: dict[str, list[Figure]] = {}
    for figure in atlas.reported:
        by_unit.setdefault(figure.region_code, []).append(figure)
    for snap in atlas.snapshots:
        for figure in snap.figures:
            if figure.basis == "measured" or figure.controlled_pct is None:
                continue
            if gaz.is_raion(figure.region_code):
                continue
            reported.setdefault(figure.region_code, {})[figure.as_of] = figure
    lines = []
    for region in gaz:
        measured = [m.pct.get(region.code, float("nan")) for m in measurements]
        figures = reported.get(region.code, {})
        archived = by_unit.get(region.code, [])
        if not figures and not archived and not any(v >= 0.5 for v in measured):
            continue
        marks = [_mark(figure, measurements) for _, figure in sorted(figures.items())]
        weekly = len(archived) > WEEKLY_FROM
        lines.append(
            Line(
                region.code,
                region.name,
                tuple(m.as_of for m in measurements),
                tuple(measured),
                tuple(marks),
                _by_week(archived) if weekly else tuple(_mark(f, measurements) for f in archived),
                weekly,
            )
        )
    return Timeline(
        lines=tuple(lines),
        title=f"{current().name}: share of each {style.unit()} {style.control_label()}, over time",
        notes=_timeline_notes(atlas, measurements),
        span=tuple(s.as_of for s in atlas.snapshots) + tuple(f.as_of for f in atlas.reported),
    )


def _mark(figure: Figure, measurements: Sequence) -> Mark:
    """A reported figure as a mark: its hedge's sign, the measured shares that agree with it,
    and how the control layer of its date (if any) compares."""
    from geomap import hedges, measure

    low, high = hedges.tolerance(figure)
    found = measure.applicable(measurements, figure.as_of) if figure.as_of else None
    verdict = ""
    if found is not None and figure.region_code in found.pct:
        verdict = hedges.agreement(figure, found.pct[figure.region_code])
    return Mark(
        figure.as_of,  # type: ignore[arg-type]  # a report always has its date
        float(figure.controlled_pct or 0.0),  # never None: only shares are marks
        style.hedge_sign(figure.qualifier),
        max(0.0, low),
        min(100.0, high),
        verdict,
    )


def _by_week(figures: list[Figure]) -> tuple[Mark, ...]:
    """One mark per ISO week of reports: the median share, and the range from the lowest to the
    highest report of that week."""
    weeks: dict[tuple[int, int], list[Figure]] = {}
    for figure in figures:
        if figure.as_of is not None and figure.controlled_pct is not None:
            weeks.setdefault(figure.as_of.isocalendar()[:2], []).append(figure)
    marks = []
    for (year, week), found in sorted(weeks.items()):
        values = [float(f.controlled_pct or 0.0) for f in found]
        monday = dt.date.fromisocalendar(year, week, 1)
        marks.append(Mark(monday, statistics.median(values), "", min(values), max(values), ""))
    return tuple(marks)


def _timeline_notes(atlas, measurements) -> tuple[str, ...]:
    """The timeline's credits: of every snapshot's figures, not only the newest's (a figure
    reported once and replaced later is a mark on it too), and of every control layer."""
    import pandas as pd

    frames = [s.frame for s in atlas.snapshots]
    notes = [map_texts.figures_line(pd.concat(frames))]
    if atlas.reported:
        outlets = len({f.outlet for f in atlas.reported})
        notes.append(
            f"Small marks: {len(atlas.reported):,} report(s) of an archive by {outlets:,} "
            "outlet(s), syndicated copies counted once"
        )
    if measurements:
        first, last = (style.long_date(m.as_of) for m in (measurements[0], measurements[-1]))
        who = sorted({m.source or f"“{m.document}”" for m in measurements})
        credit = "; ".join(who[:3]) + (f" and {len(who) - 3} more" if len(who) > 3 else "")
        span = first if first == last else f"{first} to {last}"
        notes.append(
            f"Lines: measured from {len(measurements)} control layer(s), {span} ({credit})"
        )
    notes.append(atlas.latest.texts.attribution)
    return tuple(n for n in notes if n)
