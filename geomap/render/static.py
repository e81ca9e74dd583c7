"""The static report map (PNG, SVG, PDF) and the history, drawn with matplotlib.

Each region is its own patch whose SVG id is its ISO code, so editors and stylesheets can address
it. Output is deterministic: the same inputs give byte-identical PNG and SVG files.
:func:`draw` takes a snapshot; underneath, it and :func:`draw_history_scene` draw a scene
(:mod:`geomap.render.scene`), plain data that needs no geopandas to draw.
"""

from __future__ import annotations

import logging
import re
import textwrap
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib as mpl
import numpy as np
from matplotlib import patheffects
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch, PathPatch
from matplotlib.path import Path as MplPath
from matplotlib_scalebar.scalebar import ScaleBar

from geomap import style
from geomap.profile import current
from geomap.render import scene
from geomap.render.scene import Rings

if TYPE_CHECKING:
    import geopandas as gpd
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes

    from geomap.snapshot import Snapshot

log = logging.getLogger(__name__)

# Characters of the 8-point footer that fit across the report map's 11-inch page.
FOOTER_CHARS = 160

FIGSIZE = (11.0, 8.6)  # inches: 2200 px wide at the default 200 dpi
LABEL_SIZE = 8.5  # points, at the output size
LABEL_SIZE_CROWDED = 7.0  # for a label that finds no room at the full size
_SIZES = (LABEL_SIZE, LABEL_SIZE_CROWDED)
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}
# zlib level of the PNGs: 3 encodes the report map about a quarter faster than the default 6,
# for a file a few per cent larger (flat fills compress well at any level).
PNG_COMPRESSION = 3
_HALO = [patheffects.withStroke(linewidth=2.6, foreground="white")]
_HALO_SMALL = [patheffects.withStroke(linewidth=1.6, foreground="white")]
# How a claim is drawn over a region's fill, on the report map and in the history alike.
_CLAIM = dict(facecolor="none", edgecolor=style.CLAIMED, hatch=style.CLAIMED_HATCH, zorder=3)


def rings_path(rings: Rings) -> MplPath:
    """A matplotlib path for a (multi)polygon's rings, holes included."""
    paths = []
    for coords in rings:
        codes = np.full(len(coords), MplPath.LINETO, dtype=np.uint8)
        codes[0], codes[-1] = MplPath.MOVETO, MplPath.CLOSEPOLY
        paths.append(MplPath(coords, codes))
    return MplPath.make_compound_path(*paths)


def _draw_context(ax: Axes, context: tuple[tuple[str, Rings], ...]) -> None:
    for iso, rings in context:
        patch = PathPatch(
            rings_path(rings), facecolor=style.LAND, edgecolor=style.LAND_EDGE,
            linewidth=0.5, zorder=1,
        )  # fmt: skip
        patch.set_gid(f"context-{iso}")
        ax.add_artist(patch)


def _map_axes(ax: Axes, bounds) -> None:
    """A map frame: sea background, true proportions, the given bounds padded, no ticks."""
    minx, miny, maxx, maxy = bounds
    pad_x, pad_y = 0.03 * (maxx - minx), 0.05 * (maxy - miny)
    ax.set_facecolor(style.SEA)
    ax.set_aspect("equal")
    ax.set_xlim(minx - pad_x, maxx + pad_x)
    ax.set_ylim(miny - pad_y, maxy + pad_y)
    ax.set_xticks([])
    ax.set_yticks([])


def _draw_regions(ax: Axes, regions: tuple[scene.Region, ...], *, on_ground: bool) -> None:
    """The regions: filled by their share, claimed ones hatched; over a control layer's ground,
    neutral, claimed ones outlined (the ground hatches only what is claimed and not held)."""
    for region in regions:
        path = rings_path(region.rings)
        fill = style.NO_FIGURE if on_ground else region.fill
        patch = PathPatch(
            path, facecolor=fill, edgecolor=style.REGION_EDGE, linewidth=0.45, zorder=2
        )
        patch.set_gid(region.code)
        ax.add_artist(patch)
        if region.claimed:
            claim = {**_CLAIM, "hatch": None} if on_ground else _CLAIM
            hatch = PathPatch(path, linewidth=1.6, **claim)
            hatch.set_gid(f"claimed-{region.code}")
            ax.add_artist(hatch)


def _draw_ground(ax: Axes, ground: scene.GroundScene) -> None:
    """The controlled territory, the grey zone, the front line and the claimed territory that
    is not held, from the control layer."""
    for gid, rings, kwargs in (
        ("ground-controlled", ground.controlled,
         {"facecolor": style.CONTROLLED, "edgecolor": "none", "zorder": 2.3}),
        ("ground-grey", ground.grey,
         {"facecolor": style.GREY_ZONE, "edgecolor": "none", "alpha": 0.75, "zorder": 2.35}),
        ("ground-open-claim", ground.open_claim,
         {"facecolor": "none", "edgecolor": style.CLAIMED, "hatch": style.CLAIMED_HATCH,
          "linewidth": 0, "zorder": 2.9}),
    ):  # fmt: skip
        if rings:
            patch = PathPatch(rings_path(rings), **kwargs)
            patch.set_gid(gid)
            ax.add_artist(patch)
    for i, line in enumerate(ground.front):
        (artist,) = ax.plot(line[:, 0], line[:, 1], color=style.FRONT, linewidth=1.1,
                            solid_capstyle="round", zorder=3.5)  # fmt: skip
        artist.set_gid(f"ground-front-{i}")


def _draw_raions(ax: Axes, report: scene.Report) -> None:
    """Raion lines inside the regions with a figure; raions with their own figure filled."""
    for i, rings in enumerate(report.outlines):
        patch = PathPatch(
            rings_path(rings), facecolor="none", edgecolor=style.REGION_EDGE, linewidth=0.2,
            alpha=0.8, zorder=2.2,
        )  # fmt: skip
        patch.set_gid(f"raion-line-{i}")
        ax.add_artist(patch)
    for raion in report.raions:
        patch = PathPatch(
            rings_path(raion.rings), facecolor=raion.fill, edgecolor=style.TEXT,
            linewidth=0.6, zorder=2.4,
        )  # fmt: skip
        patch.set_gid(raion.code)
        ax.add_artist(patch)


def _fits(box, placed, frame) -> bool:
    inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
    return inside and not any(box.overlaps(other) for other in placed)


def _overlap(box, other) -> float:
    """The area two display boxes share."""
    width = min(box.x1, other.x1) - max(box.x0, other.x0)
    height = min(box.y1, other.y1) - max(box.y0, other.y0)
    return max(width, 0) * max(height, 0)


class _Shape:
    """A unit's outline in display coordinates, to tell whether a label's box lies inside it."""

    def __init__(self, ax: Axes, rings: Rings) -> None:
        self.rings = [MplPath(ax.transData.transform(r)) for r in rings if len(r)]
        self.lo = np.min([r.vertices.min(axis=0) for r in self.rings], axis=0)
        self.hi = np.max([r.vertices.max(axis=0) for r in self.rings], axis=0)

    def inside(self, points: np.ndarray) -> np.ndarray:
        # Even-odd: inside an odd number of rings (holes are rings too).
        counts = np.zeros(len(points), dtype=int)
        for ring in self.rings:
            counts += ring.contains_points(points)
        return counts % 2 == 1

    def holds(self, box) -> bool:
        """Whether the box lies wholly inside: points along its edges are, and no vertex of the
        outline (where a neighbour would reach in) is within it."""
        xs, ys = np.linspace(box.x0, box.x1, 9), np.linspace(box.y0, box.y1, 5)
        edge = np.concatenate([
            np.column_stack([xs, np.full_like(xs, box.y0)]),
            np.column_stack([xs, np.full_like(xs, box.y1)]),
            np.column_stack([np.full_like(ys, box.x0), ys]),
            np.column_stack([np.full_like(ys, box.x1), ys]),
        ])  # fmt: skip
        return bool(self.inside(edge).all()) and not self.reaches_into(box)

    def reaches_into(self, box) -> bool:
        """Whether a vertex of the outline lies within the box."""
        return any(box.count_contains(ring.vertices) for ring in self.rings)

    def places(self, anchor: np.ndarray, step: float, limit: int) -> list[np.ndarray]:
        """Up to ``limit`` points inside, nearest to ``anchor`` first, on a grid of ``step``
        (display units) or coarser, so that they spread over the whole unit: where a label may
        sit inside it."""
        lo, hi = self.lo, self.hi
        step = max(step, float(np.sqrt(np.prod(hi - lo) / limit)))
        xs, ys = np.arange(lo[0], hi[0], step), np.arange(lo[1], hi[1], step)
        grid = np.column_stack([g.ravel() for g in np.meshgrid(xs, ys)])
        grid = grid[self.inside(grid)] if len(grid) else grid
        order = np.argsort(np.hypot(*(grid - anchor).T), kind="stable")[:limit]
        return [anchor, *grid[order]]

    def meets(self, box) -> bool:
        """Whether the box covers any of it (a corner, a midpoint, or a vertex of it inside)."""
        if box.x1 < self.lo[0] or box.x0 > self.hi[0] or box.y1 < self.lo[1] or box.y0 > self.hi[1]:
            return False
        middle = ((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)
        corners = np.array([(box.x0, box.y0), (box.x1, box.y0), (box.x0, box.y1),
                            (box.x1, box.y1), middle])  # fmt: skip
        return bool(self.inside(corners).any()) or self.reaches_into(box)


# A label that fits nowhere inside its unit goes out on a leader line, this far (points) from
# its anchor; the places inside are tried first, on a grid of this step (points), nearest first.
_INSIDE_STEP, _INSIDE_TRIES = 6, 120
_LEADERS = [
    [(-r, -r), (-1.3 * r, 0), (r, -r), (0, -r), (-r, r), (r, r), (0, r), (1.3 * r, 0)]
    for r in (40, 56, 72, 96, 120)
]  # one ring of places per distance, nearest first


def _draw_labels(ax: Axes, regions: tuple[scene.Region, ...]) -> list:
    """Label every unit with a figure or a claim.

    A label sits wholly inside its unit, nudged from its anchor if need be; one that fits
    nowhere inside (or whose unit is small) is led out on a line, preferably to a place that
    covers no other labelled unit. No two labels overlap.
    """
    renderer = ax.figure.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    placed = [
        a.get_window_extent(renderer)
        for a in ax.get_children()
        if a.get_gid() in ("legend", "scalebar")
    ]
    labelled = [r for r in regions if r.label]
    shapes = {r.code: _Shape(ax, r.rings) for r in labelled}
    texts = []
    # Large units first: their labels sit inside them; small units then find room outside.
    for region in sorted(labelled, key=lambda r: -r.area_km2):
        others = [s for code, s in shapes.items() if code != region.code]
        offset, leader, size = _place(ax, region, shapes[region.code], others, placed, frame)
        texts.append(_label(ax, region, offset, leader=leader, size=size))
        placed.append(_box(ax, region, offset, size))
    return texts


def _box(ax: Axes, region: scene.Region, offset: tuple[float, float], size: float):
    """The display box a label would take, measured without its leader line: the line's extent
    is costly to compute, and only the text must find room."""
    artist = _label(ax, region, offset, leader=False, size=size)
    box = artist.get_window_extent(ax.figure.canvas.get_renderer()).expanded(1.04, 1.08)
    artist.remove()
    return box


def _tries(ax: Axes, region: scene.Region, shape: _Shape, others: list[_Shape]) -> list:
    """Where a label may go, best first: (offset in points, led out, test of its box, size).

    Inside its unit, at the full size and then smaller; else led out as short a way as
    possible, preferably to where it covers no other labelled unit; then smaller still.
    """
    points = 72 / ax.figure.dpi  # per display unit
    anchor = ax.transData.transform(region.anchor)
    within = [] if region.area_km2 < style.SMALL_UNIT_KM2 else [
        tuple((p - anchor) * points)
        for p in shape.places(anchor, _INSIDE_STEP / points, _INSIDE_TRIES)
    ]  # fmt: skip

    def clear(box) -> bool:
        return not any(o.meets(box) for o in others)

    tries: list[tuple[tuple, bool, Callable | None, float]] = [
        (o, False, shape.holds, size) for size in _SIZES for o in within
    ]
    tries += [(o, True, test, LABEL_SIZE) for ring in _LEADERS for test in (clear, None)
              for o in ring]  # fmt: skip
    return tries + [(o, True, None, LABEL_SIZE_CROWDED) for ring in _LEADERS for o in ring]


def _place(ax: Axes, region: scene.Region, shape: _Shape, others: list[_Shape], placed, frame):
    """The first free place of :func:`_tries` (offset, led out, size); if none is free, the
    one on a leader line that covers the least of the labels already placed, with a warning."""
    for offset, leader, test, size in _tries(ax, region, shape, others):
        box = _box(ax, region, offset, size)
        if _fits(box, placed, frame) and (test is None or test(box)):
            return offset, leader, size

    def crowding(offset) -> tuple[bool, float]:
        box = _box(ax, region, offset, LABEL_SIZE_CROWDED)
        return not _fits(box, [], frame), sum(_overlap(box, other) for other in placed)

    log.warning("%s: no free place for its label; it may overlap another", region.code)
    return min((o for ring in _LEADERS for o in ring), key=crowding), True, LABEL_SIZE_CROWDED


def _label(
    ax: Axes, region: scene.Region, offset: tuple[float, float], *, leader: bool, size: float
):
    artist = ax.annotate(
        region.label, xy=region.anchor, xytext=offset, textcoords="offset points",
        ha="center", va="center", fontsize=size, color=style.TEXT, parse_math=False,
        fontweight="bold", linespacing=1.05, zorder=6, path_effects=_HALO,
        arrowprops=(
            {"arrowstyle": "-", "color": style.TEXT, "linewidth": 0.7, "shrinkA": 0, "shrinkB": 0}
            if leader else None
        ),
    )  # fmt: skip
    artist.set_gid(f"label-{region.code}")
    return artist


def _legend_handles(*, darkest_first: bool) -> list[Patch]:
    """Legend entries: the classes, "no reported figure", then the hatch for claims."""
    handles = [
        Patch(facecolor=color, edgecolor=style.REGION_EDGE, linewidth=0.5, label=text)
        for color, text in style.legend_classes()
    ]
    if darkest_first:
        handles.reverse()
    handles.append(
        Patch(facecolor=style.NO_FIGURE, edgecolor=style.REGION_EDGE, linewidth=0.5,
              label=style.NO_FIGURE_LABEL)
    )  # fmt: skip
    handles.append(
        Patch(facecolor="white", edgecolor=style.CLAIMED, hatch=style.CLAIMED_HATCH,
              linewidth=1.4, label=style.claimed_label())
    )  # fmt: skip
    return handles


def _ground_handles(ground: scene.GroundScene) -> list:
    """Legend entries of a control layer's ground."""
    from matplotlib.lines import Line2D

    handles: list[Artist] = [
        Patch(facecolor=style.CONTROLLED, edgecolor="none", label=style.control_label())
    ]
    if ground.grey:
        handles.append(Patch(facecolor=style.GREY_ZONE, alpha=0.75, edgecolor="none",
                             label="contested or of unknown status"))  # fmt: skip
    handles.append(Line2D([], [], color=style.FRONT, linewidth=1.1, label="front line"))
    handles.append(
        Patch(facecolor="white", edgecolor=style.CLAIMED, hatch=style.CLAIMED_HATCH, linewidth=1.4,
              label=f"{style.claimed_label()}, not under its control\n"
                    f"({style.km2(ground.open_claim_km2)}, measured)")
    )  # fmt: skip
    return handles


def _legend(ax: Axes, ground: scene.GroundScene | None = None) -> None:
    handles = _ground_handles(ground) if ground else _legend_handles(darkest_first=True)
    title = style.first_upper(style.control_label())
    if ground:
        source = f" ({ground.source})" if ground.source else ""
        title = f"Control layer of {style.long_date(ground.as_of)}{source}"
    legend = ax.legend(
        handles=handles, title=title, loc="lower left",
        fontsize=8.5, title_fontsize=9, frameon=True, framealpha=0.95, edgecolor="#cccccc",
        handlelength=2.2, handleheight=1.3, borderpad=0.8,
    )  # fmt: skip
    legend.set_gid("legend")
    legend.set_zorder(7)


def draw(snapshot: Snapshot, *, context: gpd.GeoDataFrame | None = None) -> Figure:
    """Draw the report map of a snapshot and return the matplotlib figure."""
    return draw_report(scene.report(snapshot, context=context))


def draw_report(report: scene.Report) -> Figure:
    """Draw a report map scene and return the matplotlib figure."""
    words = report.texts
    # A bare Figure on an Agg canvas: no pyplot state, nothing to close, any backend installed.
    fig = Figure(figsize=FIGSIZE, facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.02, 0.115, 0.96, 0.735))
    _map_axes(ax, report.bounds)
    for spine in ax.spines.values():
        spine.set_edgecolor("#9a9a9a")
        spine.set_linewidth(0.6)

    _draw_context(ax, report.context)
    _draw_regions(ax, report.regions, on_ground=report.ground is not None)
    if report.ground is not None:
        _draw_ground(ax, report.ground)
    _draw_raions(ax, report)
    scalebar = ScaleBar(
        1, "m", location="lower right", length_fraction=0.18, box_alpha=0.85,
        font_properties={"size": 8}, color=style.TEXT,
    )  # fmt: skip
    scalebar.set_gid("scalebar")
    ax.add_artist(scalebar)
    _legend(ax, report.ground)

    fig.text(0.02, 0.965, words.title, fontsize=17, fontweight="bold", color=style.TEXT, va="top",
             gid="title", parse_math=False)  # fmt: skip
    fig.text(0.02, 0.918, words.subtitle, fontsize=11, color=style.MUTED_TEXT, va="top",
             gid="subtitle", parse_math=False)  # fmt: skip
    fig.text(0.02, 0.882, words.headline, fontsize=12.5, fontweight="bold", color=style.CLAIMED,
             va="top", gid="headline", parse_math=False)  # fmt: skip
    # Wrapped here, not by matplotlib: its wrapping measures any "$" as mathtext whatever
    # parse_math says (matplotlib#25692), and input text must never be read as mathtext.
    footer = "\n".join(textwrap.fill(n, width=FOOTER_CHARS) for n in words.notes)
    fig.text(0.02, 0.1, footer, fontsize=8, color=style.MUTED_TEXT,
             va="top", linespacing=1.5, gid="footer", parse_math=False)  # fmt: skip
    _draw_labels(ax, report.regions + report.raions)
    return fig


def _add_svg_titles(path: Path, titles: dict[str, str]) -> None:
    """Give each region's group a ``<title>``, shown as a tooltip by browsers and editors."""
    from xml.sax.saxutils import escape

    svg = path.read_text(encoding="utf-8")

    def add(match: re.Match) -> str:
        title = titles.get(match.group(1))
        return f"{match.group(0)}\n   <title>{escape(title)}</title>" if title else match.group(0)

    path.write_text(re.sub(r'<g id="([^"<>]+)">', add, svg), encoding="utf-8")


def save(
    fig: Figure,
    paths: Iterable[tuple[str, Path]],
    *,
    dpi: int = 200,
    titles: dict[str, str] | None = None,
) -> None:
    """Write ``fig`` once per (format, path); timestamps and random ids are left out.

    ``titles`` (region code → text) become ``<title>`` elements of the SVG's region groups.
    """
    with mpl.rc_context({"svg.hashsalt": "geomap", "svg.fonttype": "none"}):
        for fmt, path in paths:
            extra = {"pil_kwargs": {"compress_level": PNG_COMPRESSION}} if fmt == "png" else {}
            fig.savefig(
                path, format=fmt, dpi=dpi, facecolor="white", metadata=_METADATA[fmt], **extra
            )
            if fmt == "svg" and titles:
                _add_svg_titles(Path(path), titles)


def draw_history_scene(history: scene.History, *, progress=lambda items: items) -> Figure:
    """Draw a history scene. The shapes become paths once; each panel only gets new colours,
    so many snapshots stay cheap."""
    from matplotlib.collections import PatchCollection

    region_paths = [rings_path(r) for r in history.shapes]
    context_paths = [rings_path(r) for r in history.context]

    n = len(history.panels)
    ncols = min(n, 4)
    nrows = -(-n // ncols)
    panel_w, panel_h = 3.3, 2.5
    # Never narrower than a page column, so the title and legend fit with few panels.
    fig = Figure(figsize=(max(ncols * panel_w, 9.0), nrows * panel_h + 1.9), facecolor="white")
    FigureCanvasAgg(fig)
    top = 1 - 1.15 / fig.get_figheight()
    bottom = 0.75 / fig.get_figheight()
    fig.subplots_adjust(left=0.01, right=0.99, top=top, bottom=bottom, wspace=0.03, hspace=0.22)
    fig.text(
        0.01, 1 - 0.12 / fig.get_figheight(),
        current().history_title,
        fontsize=13, fontweight="bold", color=style.TEXT, va="top", gid="title",
    )  # fmt: skip
    fig.text(
        0.01, 1 - 0.45 / fig.get_figheight(),
        f"Share of each region {style.control_label()} (darker = more); hatched: "
        f"{style.claimed_label()}",
        fontsize=9, color=style.MUTED_TEXT, va="top", gid="subtitle",
    )  # fmt: skip

    for k, panel in enumerate(progress(history.panels)):
        ax = fig.add_subplot(nrows, ncols, k + 1)
        ax.set_gid(f"panel-{panel.as_of.isoformat()}")
        _map_axes(ax, history.bounds)
        if context_paths:
            ax.add_collection(PatchCollection(
                [PathPatch(p) for p in context_paths], facecolor=style.LAND,
                edgecolor=style.LAND_EDGE, linewidth=0.3, zorder=1,
            ))  # fmt: skip
        regions = PatchCollection(
            [PathPatch(p) for p in region_paths], facecolor=list(panel.fills),
            edgecolor=style.REGION_EDGE, linewidth=0.25, zorder=2,
        )  # fmt: skip
        regions.set_gid(f"regions-{k}")
        ax.add_collection(regions)
        claimed = [PathPatch(p) for p, c in zip(region_paths, panel.claimed, strict=True) if c]
        if claimed:
            hatch = PatchCollection(claimed, linewidth=0.8, **_CLAIM)
            hatch.set_gid(f"claimed-{k}")
            ax.add_collection(hatch)
        for x, y, text in panel.labels:
            ax.text(x, y, text, fontsize=5.5, ha="center", va="center", color=style.TEXT,
                    fontweight="bold", path_effects=_HALO_SMALL, zorder=5,
                    parse_math=False, gid=f"share-{k}")  # fmt: skip
        ax.set_title(panel.caption, fontsize=8.5, color=style.TEXT, pad=3)
    handles = _legend_handles(darkest_first=False)
    fig.legend(
        handles=handles, loc="lower center", ncol=4, fontsize=8, frameon=False,
        bbox_to_anchor=(0.5, 0.0), handlelength=1.6,
    )  # fmt: skip
    return fig


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


def draw_timeline(timeline: scene.Timeline) -> Figure:
    """Draw the timeline: a line of measured shares and marks of reported figures per region,
    each mark with the band of measured shares that would agree with it."""
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D
    from matplotlib.transforms import offset_copy

    fig = Figure(figsize=(11.0, 7.2), facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.07, 0.2, 0.76, 0.68))
    colours = mpl.colormaps["tab10"].colors
    ends = []
    shifts = iter(_dodge([(m.as_of, m.pct) for line in timeline.lines for m in line.marks]))
    for i, line in enumerate(timeline.lines):
        colour = colours[i % len(colours)]
        if line.dates:
            (drawn,) = ax.plot(line.dates, line.measured, color=colour, linewidth=1.6, zorder=2)
            drawn.set_gid(f"measured-{line.code}")
        elif len(line.marks) > 1:  # no layer: a thin line leads from report to report
            (drawn,) = ax.plot([m.as_of for m in line.marks], [m.pct for m in line.marks],
                               color=colour, linewidth=0.8, linestyle=":", zorder=2)  # fmt: skip
            drawn.set_gid(f"reported-line-{line.code}")
        for k, mark in enumerate(line.marks):
            shifted = offset_copy(ax.transData, fig=fig, x=next(shifts), units="points")
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
        last = (line.dates[-1], line.measured[-1]) if line.dates else None
        if last is None and line.marks:
            last = (line.marks[-1].as_of, line.marks[-1].pct)
        if last is not None and not np.isnan(last[1]):
            ends.append((last, line.name, colour))
    # Names at the right end, each level with its line's last value, spread apart where lines
    # end close together.
    end = max((day for (day, _), _, _ in ends), default=None)
    heights = _spread([pct for (_, pct), _, _ in ends], gap=3.2)
    for (_, name, colour), y in zip(ends, heights, strict=True):
        ax.annotate(
            name, xy=(end, y), xytext=(8, 0), textcoords="offset points", va="center",
            fontsize=8.5, color=colour, parse_math=False, annotation_clip=False,
        )  # fmt: skip
    ax.set_ylim(0, 102)
    ax.set_ylabel(f"% of the region {style.control_label()}", fontsize=9, color=style.TEXT)
    ax.xaxis.set_major_locator(mdates.AutoDateLocator())
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.text(0.02, 0.965, timeline.title, fontsize=15, fontweight="bold", color=style.TEXT,
             va="top", gid="title", parse_math=False)  # fmt: skip
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
    if not measured:  # no control layer: nothing measured, nothing to disagree with
        band = Line2D([], [], color=style.TEXT, linewidth=1, alpha=0.6,
                      label="what its hedge allows")  # fmt: skip
        handles = [*handles[1:-2], band]
    legend = fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.07, 0.93),
                        ncol=4, fontsize=8, frameon=False)  # fmt: skip
    legend.set_gid("legend")
    footer = "\n".join(textwrap.fill(n, width=FOOTER_CHARS) for n in timeline.notes)
    fig.text(0.02, 0.1, footer, fontsize=8, color=style.MUTED_TEXT, va="top", linespacing=1.5,
             gid="footer", parse_math=False)  # fmt: skip
    return fig
