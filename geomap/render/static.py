"""The static report map (PNG, SVG, PDF) and the history, drawn with matplotlib.

Each region is its own patch whose SVG id is its ISO code, so editors and stylesheets can address
it. Output is deterministic: the same inputs give byte-identical PNG and SVG files.
:func:`draw` takes a snapshot; underneath, it and :func:`draw_history_scene` draw a scene
(:mod:`geomap.render.scene`), plain data that needs no geopandas to draw.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Iterable
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
from geomap.render.labels import draw_labels
from geomap.render.page import Page, line_height, wrap
from geomap.render.places import draw_places
from geomap.render.scene import Rings

if TYPE_CHECKING:
    import geopandas as gpd
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes

    from geomap.snapshot import Snapshot

log = logging.getLogger(__name__)

FIGSIZE = (11.0, 8.6)  # inches: 2200 px wide at the default 200 dpi
# The footer's lines: 8 pt at a line spacing of 1.5, in inches.
FOOTER_LINE_IN = 8 * 1.5 / 72
# The report map's layout, in inches: the tops of the title block's lines and of the map from
# the top of the page; below the map a gap, then the room kept for the footer (which grows with
# its lines); the map's height on the standard page, and the least share of a page of a size
# in pixels it may have before the page grows to keep it.
_TITLE_AT, _SUBTITLE_AT, _HEADLINE_AT, _MAP_TOP = 0.301, 0.705, 1.015, 1.29
_MAP_GAP, _FOOTER_ROOM = 0.129, 0.86
_MAP_HEIGHT = 0.735 * FIGSIZE[1]
_MIN_MAP = 0.4
# The history's panels: width and height in inches on the standard page; the least width a
# page of a size in pixels gives a panel (fewer to a row where it would be less).
_PANEL = (3.3, 2.5)
_PANEL_LEAST = 2.6
# The smallest type of each drawing, in points: a size in pixels keeps it legible.
SMALLEST_PT = {"report": 6.5, "history": 5.5}
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}
# zlib level of the PNGs: 3 encodes the report map about a quarter faster than the default 6,
# for a file a few per cent larger (flat fills compress well at any level).
PNG_COMPRESSION = 3
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


def _draw_disputed(ax: Axes, areas) -> None:
    """Areas apart from every unit and neighbour (Abyei): hatched grey, named as disputed."""
    for name, rings, (x, y) in areas:
        patch = PathPatch(
            rings_path(rings), facecolor=style.LAND, edgecolor=style.MUTED_TEXT, hatch="xxx",
            linewidth=0.6, zorder=2,
        )  # fmt: skip
        patch.set_gid(f"disputed-{name}")
        ax.add_artist(patch)
        ax.text(x, y, f"{name}\n(disputed)", fontsize=6.5, ha="center", va="center",
                style="italic", color=style.TEXT, path_effects=_HALO_SMALL, zorder=6,
                parse_math=False, gid="disputed")  # fmt: skip


def _map_axes(ax: Axes, bounds, *, fill: bool = False) -> None:
    """A map frame: sea background, true proportions, the given bounds padded, no ticks; with
    ``fill``, the frame keeps its box and shows more around the bounds to fill it."""
    minx, miny, maxx, maxy = bounds
    pad_x, pad_y = 0.03 * (maxx - minx), 0.05 * (maxy - miny)
    minx, maxx, miny, maxy = minx - pad_x, maxx + pad_x, miny - pad_y, maxy + pad_y
    if fill:  # widened or heightened about the middle to the box's proportions
        box = ax.get_position()
        aspect = box.width * ax.figure.get_figwidth() / (box.height * ax.figure.get_figheight())
        grow_x = max(0.0, (maxy - miny) * aspect - (maxx - minx)) / 2
        grow_y = max(0.0, (maxx - minx) / aspect - (maxy - miny)) / 2
        minx, maxx, miny, maxy = minx - grow_x, maxx + grow_x, miny - grow_y, maxy + grow_y
    ax.set_facecolor(style.SEA)
    ax.set_aspect("equal")
    ax.set_xlim(minx, maxx)
    ax.set_ylim(miny, maxy)
    ax.set_xticks([])
    ax.set_yticks([])
    # The frame shrinks to the map's proportions now, not when drawn: the labels and places
    # are placed against the legend and the scale bar where they will be.
    ax.apply_aspect()


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


def _legend_handles(*, darkest_first: bool, fills: Collection[str] = ()) -> list[Patch]:
    """Legend entries: the classes, the units held with no share given (of those among the
    ``fills`` drawn), "no reported figure", then the hatch for claims."""
    classes = style.drawn_classes(fills)
    if darkest_first:
        classes.reverse()
    handles = [
        Patch(facecolor=color, edgecolor=style.REGION_EDGE, linewidth=0.5, label=text)
        for color, text in (*classes, *style.holder_classes(fills), style.NO_FIGURE_CLASS)
    ]
    if current().claims:
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


def _legend(
    ax: Axes,
    ground: scene.GroundScene | None = None,
    fills: Collection[str] = (),
    loc: scene.Corner = "lower left",
) -> None:
    handles = (
        _ground_handles(ground) if ground else _legend_handles(darkest_first=True, fills=fills)
    )
    title = style.first_upper(style.control_label())
    if ground:
        source = f" ({ground.source})" if ground.source else ""
        title = f"Control layer of {style.long_date(ground.as_of)}{source}"
    legend = ax.legend(
        handles=handles, title=title, loc=loc,
        fontsize=8.5, title_fontsize=9, frameon=True, framealpha=0.95, edgecolor="#cccccc",
        handlelength=2.2, handleheight=1.3, borderpad=0.8,
    )  # fmt: skip
    legend.set_gid("legend")
    legend.set_zorder(7)


def draw(snapshot: Snapshot, *, context: gpd.GeoDataFrame | None = None) -> Figure:
    """Draw the report map of a snapshot and return the matplotlib figure."""
    return draw_report(scene.report(snapshot, context=context))


def draw_report(report: scene.Report, page: Page | None = None) -> Figure:
    """Draw a report map scene on ``page`` (the standard page: 11 inches wide, as tall as its
    text needs) and return the matplotlib figure."""
    words = report.texts
    page = page or Page(width=FIGSIZE[0], height=None, dpi=200)
    # A bare Figure on an Agg canvas: no pyplot state, nothing to close, any backend installed.
    fig = Figure(figsize=(page.width, page.height or FIGSIZE[1]), dpi=page.dpi, facecolor="white")
    FigureCanvasAgg(fig)
    # Wrapped here, not by matplotlib: its wrapping measures any "$" as mathtext whatever
    # parse_math says (matplotlib#25692), and input text must never be read as mathtext.
    room = page.width * 0.96
    texts = {
        name: wrap(fig, text, room, size=size, weight=weight)
        for name, text, size, weight in (
            ("title", words.title, 17, "bold"), ("subtitle", words.subtitle, 11, "normal"),
            ("headline", words.headline, 12.5, "bold"),
            ("footer", "\n".join(words.notes), 8, "normal"),
        )
    }  # fmt: skip
    # From the top: each line of the title block beyond its first moves what follows down.
    below = {"title": 0.0}
    below["subtitle"] = (texts["title"].count("\n")) * line_height(17)
    below["headline"] = below["subtitle"] + texts["subtitle"].count("\n") * line_height(11)
    head = _MAP_TOP + below["headline"] + texts["headline"].count("\n") * line_height(12.5)
    # From the bottom: the footer never runs off the page.
    footer_room = max(_FOOTER_ROOM, (texts["footer"].count("\n") + 1) * FOOTER_LINE_IN + 0.15)
    bottom = footer_room + _MAP_GAP
    total = head + _MAP_HEIGHT + bottom
    if page.height is not None:
        total = max(page.height, head + _MIN_MAP * page.height + bottom)
        if total > page.height:
            log.warning(
                "the report map's title and footer leave too little room for the map at "
                "%.0fx%.0f px: drawn %.0f px tall", page.width * page.dpi,
                page.height * page.dpi, total * page.dpi,
            )  # fmt: skip
    fig.set_size_inches(page.width, total)
    ax = fig.add_axes((0.02, bottom / total, 0.96, (total - head - bottom) / total))
    _map_axes(ax, report.bounds, fill=page.fixed)
    for spine in ax.spines.values():
        spine.set_edgecolor("#9a9a9a")
        spine.set_linewidth(0.6)

    _draw_context(ax, report.context)
    _draw_disputed(ax, report.disputed)
    _draw_regions(ax, report.regions, on_ground=report.ground is not None)
    if report.ground is not None:
        _draw_ground(ax, report.ground)
    _draw_raions(ax, report)
    scalebar = ScaleBar(
        1, "m", location=report.scalebar_loc, length_fraction=0.18, box_alpha=0.85,
        font_properties={"size": 8}, color=style.TEXT,
    )  # fmt: skip
    scalebar.set_gid("scalebar")
    ax.add_artist(scalebar)
    _legend(ax, report.ground, fills={r.fill for r in report.regions}, loc=report.legend_loc)

    for name, at, size, weight, colour in (
        ("title", _TITLE_AT, 17, "bold", style.TEXT),
        ("subtitle", _SUBTITLE_AT, 11, "normal", style.MUTED_TEXT),
        ("headline", _HEADLINE_AT, 12.5, "bold", style.CLAIMED),
    ):
        fig.text(0.02, 1 - (at + below[name]) / total, texts[name], fontsize=size,
                 fontweight=weight, color=colour, va="top", gid=name, parse_math=False)  # fmt: skip
    fig.text(0.02, footer_room / total, texts["footer"], fontsize=8, color=style.MUTED_TEXT,
             va="top", linespacing=1.5, gid="footer", parse_math=False)  # fmt: skip
    draw_labels(ax, report.regions + report.raions)
    draw_places(ax, report.places)
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
    dpi: float = 200,
    titles: dict[str, str] | None = None,
) -> None:
    """Write ``fig`` once per (format, path); timestamps and random ids are left out.

    ``titles`` (region code → text) become ``<title>`` elements of the SVG's region groups.
    """
    # TrueType fonts in the PDF (Type 42), not Type 3: what print workflows and editors expect.
    with mpl.rc_context({"svg.hashsalt": "geomap", "svg.fonttype": "none", "pdf.fonttype": 42}):
        for fmt, path in paths:
            extra = {"pil_kwargs": {"compress_level": PNG_COMPRESSION}} if fmt == "png" else {}
            fig.savefig(
                path, format=fmt, dpi=dpi, facecolor="white", metadata=_METADATA[fmt], **extra
            )
            if fmt == "svg" and titles:
                _add_svg_titles(Path(path), titles)


def history_width(panels: int) -> float:
    """The history's width in inches on the standard page: four panels to a row, never
    narrower than a page column, so the title and legend fit with few panels."""
    return max(min(panels, 4) * _PANEL[0], 9.0)


def draw_history_scene(
    history: scene.History, *, progress=lambda items: items, page: Page | None = None
) -> Figure:
    """Draw a history scene on ``page`` (its width; the height follows the panels). The shapes
    become paths once; each panel only gets new colours, so many snapshots stay cheap."""
    from matplotlib.collections import PatchCollection

    region_paths = [rings_path(r) for r in history.shapes]
    context_paths = [rings_path(r) for r in history.context]

    n = len(history.panels)
    width = page.width if page else history_width(n)
    ncols = min(n, 4, max(1, int(width // _PANEL_LEAST)))
    nrows = -(-n // ncols)
    panel_h = _PANEL[1] * min(1.0, width / ncols / _PANEL[0])
    fig = Figure(figsize=(width, 1.0), dpi=page.dpi if page else 100, facecolor="white")
    FigureCanvasAgg(fig)
    subtitle = f"Share of each {style.unit()} {style.control_label()} (darker = more)" + (
        f"; hatched: {style.claimed_label()}" if current().claims else ""
    )
    title = wrap(fig, current().history_title, width * 0.98, size=13, weight="bold")
    subtitle = wrap(fig, subtitle, width * 0.98, size=9)
    head = 1.15 + title.count("\n") * line_height(13) + subtitle.count("\n") * line_height(9)
    # The credits under the legend, wrapped to the page: never cut, however many.
    credits = wrap(fig, "\n".join(history.credits), width * 0.98, size=7)
    credit_in = (credits.count("\n") + 1) * FOOTER_LINE_IN if credits else 0.0
    fills = {fill for panel in history.panels for fill in panel.fills}
    handles = _legend_handles(darkest_first=False, fills=fills)
    legend_cols = 4 if width >= 9 else 2
    # The legend's rows of 8-point entries and the room under the panels' dates.
    legend_in = 0.37 + 0.19 * -(-len(handles) // legend_cols)
    fig.set_size_inches(width, nrows * panel_h + head + legend_in + credit_in)
    top = 1 - head / fig.get_figheight()
    bottom = (legend_in + credit_in) / fig.get_figheight()
    fig.subplots_adjust(left=0.01, right=0.99, top=top, bottom=bottom, wspace=0.03, hspace=0.22)
    fig.text(
        0.01, 1 - 0.12 / fig.get_figheight(), title,
        fontsize=13, fontweight="bold", color=style.TEXT, va="top", gid="title", parse_math=False,
    )  # fmt: skip
    fig.text(
        0.01, 1 - (0.45 + title.count("\n") * line_height(13)) / fig.get_figheight(), subtitle,
        fontsize=9, color=style.MUTED_TEXT, va="top", gid="subtitle", parse_math=False,
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
    fig.legend(
        handles=handles, loc="lower center", ncol=legend_cols, fontsize=8, frameon=False,
        bbox_to_anchor=(0.5, (credit_in + 0.05) / fig.get_figheight()), handlelength=1.6,
    )  # fmt: skip
    if credits:
        fig.text(0.01, (credit_in + 0.02) / fig.get_figheight(), credits, fontsize=7,
                 color=style.MUTED_TEXT, va="top", linespacing=1.5, gid="footer",
                 parse_math=False)  # fmt: skip
    return fig
