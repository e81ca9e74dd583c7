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
from collections.abc import Iterable
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
# The footer's lines: 8 pt at a line spacing of 1.5, in inches; the room the layout keeps for
# them below the map, as a share of the standard page's height.
FOOTER_LINE_IN = 8 * 1.5 / 72
FOOTER_ROOM = 0.1
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
                parse_math=False)  # fmt: skip


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


def _legend_handles(*, darkest_first: bool, held: bool = False) -> list[Patch]:
    """Legend entries: the classes, "no reported figure", then the hatch for claims."""
    handles = [
        Patch(facecolor=color, edgecolor=style.REGION_EDGE, linewidth=0.5, label=text)
        for color, text in style.legend_classes()
    ]
    if darkest_first:
        handles.reverse()
    if held:
        handles.append(
            Patch(facecolor=style.HELD, edgecolor=style.REGION_EDGE, linewidth=0.5,
                  label=style.held_label())
        )  # fmt: skip
    handles.append(
        Patch(facecolor=style.NO_FIGURE, edgecolor=style.REGION_EDGE, linewidth=0.5,
              label=style.NO_FIGURE_LABEL)
    )  # fmt: skip
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
    held: bool = False,
    loc: scene.Corner = "lower left",
) -> None:
    handles = _ground_handles(ground) if ground else _legend_handles(darkest_first=True, held=held)
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


def draw_report(report: scene.Report) -> Figure:
    """Draw a report map scene and return the matplotlib figure."""
    words = report.texts
    # A bare Figure on an Agg canvas: no pyplot state, nothing to close, any backend installed.
    # Wrapped here, not by matplotlib: its wrapping measures any "$" as mathtext whatever
    # parse_math says (matplotlib#25692), and input text must never be read as mathtext.
    footer = "\n".join(textwrap.fill(n, width=FOOTER_CHARS) for n in words.notes)
    # The footer never runs off the page: the page grows by what its lines need beyond the
    # room the layout keeps for them, and everything above keeps its place from the top.
    width, height = FIGSIZE
    extra = max(0.0, (footer.count("\n") + 1) * FOOTER_LINE_IN + 0.15 - FOOTER_ROOM * height)
    total = height + extra

    def top(y: float) -> float:  # a position laid out on the standard page, from its top
        return 1 - (1 - y) * height / total

    fig = Figure(figsize=(width, total), facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.02, top(0.115), 0.96, 0.735 * height / total))
    _map_axes(ax, report.bounds)
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
    held = any(r.fill == style.HELD for r in report.regions)
    _legend(ax, report.ground, held=held, loc=report.legend_loc)

    fig.text(0.02, top(0.965), words.title, fontsize=17, fontweight="bold", color=style.TEXT,
             va="top", gid="title", parse_math=False)  # fmt: skip
    fig.text(0.02, top(0.918), words.subtitle, fontsize=11, color=style.MUTED_TEXT, va="top",
             gid="subtitle", parse_math=False)  # fmt: skip
    fig.text(0.02, top(0.882), words.headline, fontsize=12.5, fontweight="bold",
             color=style.CLAIMED, va="top", gid="headline", parse_math=False)  # fmt: skip
    fig.text(0.02, top(0.1), footer, fontsize=8, color=style.MUTED_TEXT,
             va="top", linespacing=1.5, gid="footer", parse_math=False)  # fmt: skip
    draw_labels(ax, report.regions + report.raions)
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
    # TrueType fonts in the PDF (Type 42), not Type 3: what print workflows and editors expect.
    with mpl.rc_context({"svg.hashsalt": "geomap", "svg.fonttype": "none", "pdf.fonttype": 42}):
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
    width = max(ncols * panel_w, 9.0)
    # The credits under the legend, wrapped to the page: never cut, however many.
    chars = int(width * 15)
    credits = "\n".join(textwrap.fill(c, width=chars) for c in history.credits)
    credit_in = (credits.count("\n") + 1) * FOOTER_LINE_IN if credits else 0.0
    fig = Figure(figsize=(width, nrows * panel_h + 1.9 + credit_in), facecolor="white")
    FigureCanvasAgg(fig)
    top = 1 - 1.15 / fig.get_figheight()
    bottom = (0.75 + credit_in) / fig.get_figheight()
    fig.subplots_adjust(left=0.01, right=0.99, top=top, bottom=bottom, wspace=0.03, hspace=0.22)
    fig.text(
        0.01, 1 - 0.12 / fig.get_figheight(),
        current().history_title,
        fontsize=13, fontweight="bold", color=style.TEXT, va="top", gid="title",
    )  # fmt: skip
    fig.text(
        0.01, 1 - 0.45 / fig.get_figheight(),
        f"Share of each {style.unit()} {style.control_label()} (darker = more)"
        + (f"; hatched: {style.claimed_label()}" if current().claims else ""),
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
    held = any(style.HELD in panel.fills for panel in history.panels)
    handles = _legend_handles(darkest_first=False, held=held)
    fig.legend(
        handles=handles, loc="lower center", ncol=4, fontsize=8, frameon=False,
        bbox_to_anchor=(0.5, (credit_in + 0.05) / fig.get_figheight()), handlelength=1.6,
    )  # fmt: skip
    if credits:
        fig.text(0.01, (credit_in + 0.02) / fig.get_figheight(), credits, fontsize=7,
                 color=style.MUTED_TEXT, va="top", linespacing=1.5, gid="footer",
                 parse_math=False)  # fmt: skip
    return fig
