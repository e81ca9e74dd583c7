"""The timeline (PNG, SVG): each unit's share over time, the measured shares as lines and the
reported figures as marks by hedge, each with the band of measured shares that would agree."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import matplotlib as mpl
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.transforms import offset_copy

from geomap import style
from geomap.render import chart
from geomap.render.page import Page, line_height, wrap

WIDTH = 11.0  # inches, on the standard page
_PLOT_HEIGHT = 0.68 * 7.2  # the plot's inches on the standard page
SMALLEST_PT = 8.0  # the timeline's smallest type


def _spread(values: list[float], *, gap: float) -> list[float]:
    """``values`` moved apart, as little as may be, so that no two are closer than ``gap``;
    in the order given."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    placed = [values[i] for i in order]
    for k in range(1, len(placed)):
        placed[k] = max(placed[k], placed[k - 1] + gap)
    # Pushed above the top: bring the crowd down again, keeping the gaps, moving only those
    # that must move.
    if placed and placed[-1] > 100:
        placed[-1] = 100.0
        for k in range(len(placed) - 2, -1, -1):
            placed[k] = min(placed[k], placed[k + 1] - gap)
    out = [0.0] * len(values)
    for k, i in enumerate(order):
        out[i] = placed[k]
    return out


# How a reported figure's hedge is marked on the timeline.
_MARKERS = {"≈": "o", ">": "^", "≥": "^", "<": "v", "≤": "v", "": "s"}


# Marks of one date whose values are closer than this (percentage points, about a mark's
# height) would hide one another: they stand side by side, this many points apart.
_MARK_SPAN = 2.5


_MARK_STEP_PT = 8.0
# A name at a line's end moved further than this (percentage points) gets a leader line.
_LEAD_FROM = 1.0


def _dodge(marks: list[tuple[object, float]]) -> list[float]:
    """Sideways offsets, in points, for timeline marks given as (date, value): the marks of one
    date that overlap in value, one after another, stand side by side centred on the date."""
    offsets = [0.0] * len(marks)
    by_date: dict[object, list[int]] = {}
    for i, (day, _) in enumerate(marks):
        by_date.setdefault(day, []).append(i)
    for indices in by_date.values():
        indices.sort(key=lambda i: marks[i][1])
        clusters = [[indices[0]]]
        for i in indices[1:]:
            if marks[i][1] - marks[clusters[-1][-1]][1] < _MARK_SPAN:
                clusters[-1].append(i)
            else:
                clusters.append([i])
        for cluster in clusters:
            for j, i in enumerate(cluster):
                offsets[i] = (j - (len(cluster) - 1) / 2) * _MARK_STEP_PT
    return offsets


def _date_axis(ax, timeline: chart.Timeline) -> None:
    """The time axis fitted to the data, with a margin of at least three days either side (one
    date alone, or two close together, still spans a readable stretch); without any data, an
    empty axis that says so."""
    import matplotlib.dates as mdates

    days = [d for line in timeline.lines
            for d in (*line.dates, *(m.as_of for m in (*line.marks, *line.archived)))]  # fmt: skip
    if not days:  # (the snapshots' dates alone are no data to plot)
        ax.set_xticks([])
        ax.text(0.5, 0.5, f"No {style.unit()} has a reported or measured share to plot yet",
                transform=ax.transAxes, ha="center", va="center", fontsize=10,
                color=style.MUTED_TEXT, gid="empty")  # fmt: skip
        return
    # Every snapshot's date is on the axis: a unit held with no share in the latest report has
    # no mark there, but the time it covers is the same.
    days += list(timeline.span)
    first, last = min(days), max(days)
    margin = max(dt.timedelta(days=3), (last - first) * 0.05)
    ax.set_xlim(first - margin, last + margin)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _draw_archived(ax, line: chart.Line, colour) -> None:
    """An archive's reports of one unit: small pale marks by hedge, or where they are many, a
    week's median as a tick on the range of that week's reports."""
    if not line.archived:
        return
    days = [m.as_of for m in line.archived]
    if line.weekly:
        ranges = ax.vlines(days, [m.low for m in line.archived], [m.high for m in line.archived],
                           color=colour, linewidth=0.8, alpha=0.35, zorder=1)  # fmt: skip
        ranges.set_gid(f"archive-range-{line.code}")
        (ticks,) = ax.plot(days, [m.pct for m in line.archived], marker="_", markersize=6,
                           color=colour, alpha=0.7, linestyle="none", zorder=1)  # fmt: skip
        ticks.set_gid(f"archive-{line.code}")
        return
    for k, sign in enumerate(sorted({m.sign for m in line.archived})):
        marks = [m for m in line.archived if m.sign == sign]
        (points,) = ax.plot(
            [m.as_of for m in marks], [m.pct for m in marks], marker=_MARKERS.get(sign, "o"),
            markersize=3.5, color=colour, alpha=0.5, linestyle="none", zorder=1,
        )  # fmt: skip
        points.set_gid(f"archive-{line.code}-{k}")


# From this many units, each gets a panel of its own, on shared axes: lines beyond it cross
# and their names crowd the right edge.
PANELS_FROM = 7
_PANEL_COLUMNS = 3
_COLOURS = mpl.colormaps["tab10"].colors


def _draw_line(ax, fig, line: chart.Line, colour, offsets) -> None:
    """One unit: its measured line (a point for one layer; dotted from report to report with
    none), its reported marks, each on the band of measured shares that would agree, and an
    archive's reports. ``offsets``: each mark's sideways shift, in points (see _dodge)."""

    if line.dates:
        # One layer is one measurement: a point, where a line of one point draws nothing.
        style_one = {"marker": "D", "markersize": 5} if len(line.dates) == 1 else {}
        (drawn,) = ax.plot(line.dates, line.measured, color=colour, linewidth=1.6, zorder=2,
                           **style_one)  # fmt: skip
        drawn.set_gid(f"measured-{line.code}")
    elif len(line.marks) > 1:  # no layer: a thin line leads from report to report
        (drawn,) = ax.plot([m.as_of for m in line.marks], [m.pct for m in line.marks],
                           color=colour, linewidth=0.8, linestyle=":", zorder=2)  # fmt: skip
        drawn.set_gid(f"reported-line-{line.code}")
    for k, mark in enumerate(line.marks):
        shifted = offset_copy(ax.transData, fig=fig, x=next(offsets), units="points")
        bar = ax.vlines(mark.as_of, mark.low, mark.high, color=colour, linewidth=1,
                        alpha=0.6, zorder=3, transform=shifted)  # fmt: skip
        bar.set_gid(f"band-{line.code}-{k}")
        (point,) = ax.plot(
            [mark.as_of], [mark.pct], marker=_MARKERS.get(mark.sign, "o"), markersize=7,
            color=colour, markeredgecolor="black" if mark.agreement == "disagrees" else colour,
            markeredgewidth=1.6 if mark.agreement == "disagrees" else 0.5,
            linestyle="none", zorder=4, transform=shifted,
        )  # fmt: skip
        point.set_gid(f"reported-{line.code}-{k}")
    _draw_archived(ax, line, colour)


def _share_axis(ax, *, label: bool = True) -> None:
    ax.set_ylim(0, 102)
    if label:
        ax.set_ylabel(f"% of the {style.unit()} {style.control_label()}", fontsize=9,
                      color=style.TEXT)  # fmt: skip
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _frame(fig, layout: _Layout) -> None:
    """The title, the legend of marks and the footer of credits, laid out by ``layout``."""
    height = fig.get_figheight()
    legend_y, footer_y = 1 - layout.legend_at / height, (layout.foot - layout.under) / height
    fig.text(0.02, 1 - 0.25 / fig.get_figheight(), layout.title, fontsize=15, fontweight="bold",
             color=style.TEXT, va="top", gid="title", parse_math=False)  # fmt: skip
    legend = fig.legend(handles=layout.handles, loc="upper left", bbox_to_anchor=(0.07, legend_y),
                        ncol=layout.columns, fontsize=8, frameon=False)  # fmt: skip
    legend.set_gid("legend")
    fig.text(0.02, footer_y, layout.footer, fontsize=8, color=style.MUTED_TEXT, va="top",
             linespacing=1.5, gid="footer", parse_math=False)  # fmt: skip


def _handles(timeline: chart.Timeline) -> list:
    """The legend's entries: the kinds of line and mark the timeline draws."""
    from matplotlib.lines import Line2D

    measured = any(line.dates for line in timeline.lines)
    handles = [
        Line2D([], [], color=style.TEXT, linewidth=1.6, label="measured from the control layers"),
        Line2D([], [], color=style.TEXT, marker="o", linestyle="none", label="reported, “about”"),
        Line2D([], [], color=style.TEXT, marker="^", linestyle="none",
               label="reported, “over”/“at least”"),
        Line2D([], [], color=style.TEXT, marker="v", linestyle="none",
               label="reported, “nearly”/“up to”"),
        Line2D([], [], color=style.TEXT, marker="s", linestyle="none", label="reported, no hedge"),
        Line2D([], [], color=style.TEXT, linewidth=1, alpha=0.6,
               label="measured shares that agree with it"),
        Line2D([], [], color="white", marker="o", markeredgecolor="black", markeredgewidth=1.6,
               linestyle="none", label="disagrees with the layer"),
    ]  # fmt: skip
    if any(line.archived for line in timeline.lines):
        weekly = any(line.weekly for line in timeline.lines)
        handles.append(
            Line2D([], [], color=style.TEXT, marker="o", markersize=3.5, alpha=0.5,
                   linestyle="none", label="an archive's reports"
                   + (" (by week where many)" if weekly else ""))
        )  # fmt: skip
    if not measured:  # no control layer: nothing measured, nothing to disagree with
        band = Line2D([], [], color=style.TEXT, linewidth=1, alpha=0.6,
                      label="what its hedge allows")  # fmt: skip
        handles = [*handles[1:-2], band, *handles[7:]]
    return handles


@dataclass(frozen=True)
class _Layout:
    """The timeline's page: its texts wrapped to it, the legend's columns, and the room (in
    inches) its title and legend take above the plot and its footer below (from where the
    legend starts, under the title, and with ``under`` inches for the dates)."""

    page: Page
    title: str
    handles: list
    columns: int
    footer: str
    head: float
    foot: float
    legend_at: float
    under: float

    def height(self, plot: float) -> float:
        """The page's height: the head, ``plot`` inches and the foot; on a page of its own
        height, that height, unless the plot would have less than 40% of it."""
        if self.page.height is None:
            return self.head + plot + self.foot
        return max(self.page.height, self.head + 0.4 * self.page.height + self.foot)


def _layout(fig: Figure, timeline: chart.Timeline, page: Page, *, under: float) -> _Layout:
    """Lay out the frame of the timeline on ``page``, with ``under`` inches between the plot
    and the footer (the dates)."""
    title = wrap(fig, timeline.title, page.width * 0.96, size=15, weight="bold")
    handles = _handles(timeline)
    columns = 4 if page.width >= 10 else 3 if page.width >= 7.5 else 2
    footer = wrap(fig, "\n".join(timeline.notes), page.width * 0.96, size=8)
    legend_at = 0.504 + title.count("\n") * line_height(15)
    head = legend_at + 0.18 * -(-len(handles) // columns)
    foot = max(0.72, (footer.count("\n") + 1) * line_height(8, 1.5) + 0.15) + under
    return _Layout(page, title, handles, columns, footer, head, foot, legend_at, under)


def draw_timeline(timeline: chart.Timeline, page: Page | None = None) -> Figure:
    """Draw the timeline on ``page`` (the standard page: 11 inches wide, as tall as it needs):
    a line of measured shares and marks of reported figures per unit, each mark with the band
    of measured shares that would agree with it; from :data:`PANELS_FROM` units on, one small
    panel per unit on shared axes."""
    page = page or Page(width=WIDTH, height=None, dpi=200)
    if len(timeline.lines) >= PANELS_FROM:
        return _draw_panels(timeline, page)
    fig = Figure(figsize=(page.width, 7.2), dpi=page.dpi, facecolor="white")
    FigureCanvasAgg(fig)
    layout = _layout(fig, timeline, page, under=0.72)
    height = layout.height(_PLOT_HEIGHT)
    fig.set_size_inches(page.width, height)
    # The share's label at the left; the units' names at the right of the plot.
    left, right = 0.77, min(1.87, 0.3 * page.width)
    ax = fig.add_axes((left / page.width, layout.foot / height, 1 - (left + right) / page.width,
                       max(0.05, 1 - (layout.head + layout.foot) / height)))  # fmt: skip
    ends = []
    placed = [(m.as_of, m.pct) for line in timeline.lines for m in line.marks]
    offsets = _dodge(placed)
    shifts = iter(offsets)
    for i, line in enumerate(timeline.lines):
        colour = _COLOURS[i % len(_COLOURS)]
        _draw_line(ax, fig, line, colour, shifts)
        last = (line.dates[-1], line.measured[-1]) if line.dates else None
        shown = line.marks or line.archived
        if last is None and shown:
            last = (shown[-1].as_of, shown[-1].pct)
        # A unit measured at 0% with nothing reported is named nowhere: a pile of names at the
        # bottom of the axis says nothing the empty space does not.
        if last is not None and not np.isnan(last[1]) and (shown or last[1] >= 0.5):
            ends.append((last, line.name, colour))
    # Names at the right end, each level with its line's last value, spread apart where lines
    # end close together.
    end = max((day for (day, _), _, _ in ends), default=None)
    heights = _spread([pct for (_, pct), _, _ in ends], gap=3.2)
    # Past the marks of the last date that stand side by side (see _dodge).
    reach = 8 + max(
        (o for (day, _), o in zip(placed, offsets, strict=True) if day == end), default=0
    )
    beside = offset_copy(ax.transData, fig=fig, x=reach, units="points")
    for ((day, pct), name, colour), y in zip(ends, heights, strict=True):
        # A name moved off its line's level to keep clear of another is led back to it.
        moved = abs(y - pct) > _LEAD_FROM
        label = ax.annotate(
            name, xy=(day, pct) if moved else (end, y), xytext=(end, y), textcoords=beside,
            va="center", fontsize=8.5, color=colour, parse_math=False, annotation_clip=False,
            arrowprops={"arrowstyle": "-", "color": colour, "linewidth": 0.6, "shrinkA": 1,
                        "shrinkB": 2} if moved else None,
        )  # fmt: skip
        label.set_gid(f"end-{name}")
    _date_axis(ax, timeline)
    _share_axis(ax)
    _frame(fig, layout)
    return fig


def _draw_panels(timeline: chart.Timeline, page: Page) -> Figure:
    """One small panel per unit, named above it, on shared date and share axes; the page grows
    with the rows of panels and the lines of its footer (on a page of its own height, the
    panels share what the title and footer leave)."""
    import math

    n = len(timeline.lines)
    columns = max(1, min(_PANEL_COLUMNS, int(page.width // 2.6)))
    rows = math.ceil(n / columns)
    fig = Figure(figsize=(page.width, 7.2), dpi=page.dpi, facecolor="white")
    FigureCanvasAgg(fig)
    layout = _layout(fig, timeline, page, under=0.3)
    head = layout.head + 0.5  # and the panels' names
    height = max(layout.height(rows * 1.75), head + layout.foot + rows * 0.9)
    fig.set_size_inches(page.width, height)
    axes = fig.subplots(
        rows, columns, sharex=True, sharey=True, squeeze=False,
        gridspec_kw={"left": 0.77 / page.width, "right": 0.97, "top": 1 - head / height,
                     "bottom": layout.foot / height, "hspace": 0.55, "wspace": 0.12},
    )  # fmt: skip
    for i, ax in enumerate(axes.flat):
        if i >= n:
            ax.set_visible(False)
            continue
        line = timeline.lines[i]
        colour = _COLOURS[i % len(_COLOURS)]
        ax.set_gid(f"panel-{line.code}")
        _draw_line(ax, fig, line, colour, iter(_dodge([(m.as_of, m.pct) for m in line.marks])))
        ax.set_title(line.name, loc="left", fontsize=9.5, color=colour, pad=3)
        _share_axis(ax, label=False)
        ax.set_yticks([0, 50, 100])
        ax.tick_params(labelsize=8)
        if i + columns >= n:  # nothing below it: its dates are shown
            ax.xaxis.set_tick_params(labelbottom=True)
    _date_axis(axes.flat[0], timeline)
    fig.supylabel(f"% of the {style.unit()} {style.control_label()}", x=0.015, fontsize=9,
                  color=style.TEXT)  # fmt: skip
    _frame(fig, layout)
    return fig
