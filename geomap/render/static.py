"""The static report map (PNG, SVG, PDF), drawn with matplotlib.

Each region is its own patch whose SVG id is its ISO code, so editors and stylesheets can address
it. Output is deterministic: the same inputs give byte-identical PNG and SVG files.
"""

from __future__ import annotations

import logging
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
from geomap.boundaries import PROJECTED_CRS

if TYPE_CHECKING:
    import geopandas as gpd
    from matplotlib.axes import Axes

log = logging.getLogger(__name__)

FIGSIZE = (11.0, 8.6)  # inches: 2200 px wide at the default 200 dpi
LABEL_SIZE = 8.5  # points, at the output size
FORMATS = ("png", "svg", "pdf")
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}
_HALO = [patheffects.withStroke(linewidth=2.6, foreground="white")]


def geometry_path(geometry) -> MplPath:
    """A matplotlib path for a (multi)polygon, holes included."""
    polygons = getattr(geometry, "geoms", [geometry])
    paths = []
    for polygon in polygons:
        for ring in (polygon.exterior, *polygon.interiors):
            coords = np.asarray(ring.coords)[:, :2]
            codes = np.full(len(coords), MplPath.LINETO, dtype=np.uint8)
            codes[0], codes[-1] = MplPath.MOVETO, MplPath.CLOSEPOLY
            paths.append(MplPath(coords, codes))
    return MplPath.make_compound_path(*paths)


def _draw_context(ax: Axes, context: gpd.GeoDataFrame | None) -> None:
    if context is None:
        return
    for row in context.itertuples():
        patch = PathPatch(
            geometry_path(row.geometry), facecolor=style.LAND, edgecolor=style.LAND_EDGE,
            linewidth=0.5, zorder=1,
        )  # fmt: skip
        patch.set_gid(f"context-{row.iso}")
        ax.add_patch(patch)


def _draw_regions(ax: Axes, control: gpd.GeoDataFrame) -> dict[str, PathPatch]:
    patches = {}
    for row in control.itertuples():
        path = geometry_path(row.geometry)
        patch = PathPatch(
            path, facecolor=style.fill(row.controlled_pct), edgecolor=style.REGION_EDGE,
            linewidth=0.45, zorder=2,
        )  # fmt: skip
        patch.set_gid(row.code)
        ax.add_patch(patch)
        patches[row.code] = patch
        if row.claimed:
            hatch = PathPatch(
                path, facecolor="none", edgecolor=style.CLAIMED, hatch=style.CLAIMED_HATCH,
                linewidth=1.6, zorder=3,
            )  # fmt: skip
            hatch.set_gid(f"claimed-{row.code}")
            ax.add_patch(hatch)
    return patches


def _fits(box, placed, frame) -> bool:
    inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
    return inside and not any(box.overlaps(other) for other in placed)


def _draw_labels(ax: Axes, control: gpd.GeoDataFrame) -> list:
    """Label every region with a figure or a claim; no two labels overlap."""
    renderer = ax.figure.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    placed = [
        a.get_window_extent(renderer)
        for a in ax.get_children()
        if a.get_gid() in ("legend", "scalebar")
    ]
    texts = []
    rows = [
        r
        for r in control.itertuples()
        if style.label(r.name, r.controlled_pct, r.qualifier, r.claimed, r.basis)
    ]
    # Large units first: their labels sit inside them; small units then find room outside.
    rows.sort(key=lambda r: -r.area_km2)
    for row in rows:
        text = style.label(row.name, row.controlled_pct, row.qualifier, row.claimed, row.basis)
        point = row.geometry.representative_point()
        small = row.area_km2 < style.SMALL_UNIT_KM2
        anchor = (point.x, point.y)
        offsets = [(0, 0)] if not small else []
        offsets += [
            (dx, dy)
            for r in (40, 56, 72)
            for dx, dy in ((-r, -r), (-1.3 * r, 0), (r, -r), (0, -r), (-r, r), (r, r), (0, r))
        ]
        artist = None
        for dx, dy in offsets:
            if artist is not None:
                artist.remove()
            leader = (dx, dy) != (0, 0)
            artist = ax.annotate(
                text, xy=anchor, xytext=(dx, dy), textcoords="offset points",
                ha="center", va="center", fontsize=LABEL_SIZE, color=style.TEXT,
                fontweight="bold", linespacing=1.05, zorder=6, path_effects=_HALO,
                arrowprops=(
                    {"arrowstyle": "-", "color": style.TEXT, "linewidth": 0.7,
                     "shrinkA": 0, "shrinkB": 0}
                    if leader else None
                ),
            )  # fmt: skip
            artist.set_gid(f"label-{row.code}")
            box = artist.get_window_extent(renderer).expanded(1.04, 1.08)
            if _fits(box, placed, frame):
                break
        else:
            log.warning("%s: no free place for its label; it may overlap another", row.code)
        placed.append(artist.get_window_extent(renderer).expanded(1.04, 1.08))
        texts.append(artist)
    return texts


def _legend(ax: Axes, control: gpd.GeoDataFrame) -> None:
    handles = [
        Patch(facecolor=color, edgecolor=style.REGION_EDGE, linewidth=0.5, label=text)
        for color, text in zip(style.PALETTE, style.class_labels(), strict=True)
    ]
    handles.reverse()
    handles.append(
        Patch(facecolor=style.NO_FIGURE, edgecolor=style.REGION_EDGE, linewidth=0.5,
              label=style.NO_FIGURE_LABEL)
    )  # fmt: skip
    handles.append(
        Patch(facecolor="white", edgecolor=style.CLAIMED, hatch=style.CLAIMED_HATCH,
              linewidth=1.4, label=style.CLAIMED_LABEL)
    )  # fmt: skip
    legend = ax.legend(
        handles=handles, title="Under Russian control", loc="lower left",
        fontsize=8.5, title_fontsize=9, frameon=True, framealpha=0.95, edgecolor="#cccccc",
        handlelength=2.2, handleheight=1.3, borderpad=0.8,
    )  # fmt: skip
    legend.set_gid("legend")
    legend.set_zorder(7)


def draw(
    control: gpd.GeoDataFrame,
    *,
    totals: dict[str, float],
    context: gpd.GeoDataFrame | None = None,
) -> Figure:
    """Draw the report map of a ControlMap and return the matplotlib figure."""
    projected = control.to_crs(PROJECTED_CRS)
    ctx = context.to_crs(PROJECTED_CRS) if context is not None else None
    words = style.texts(control, totals)

    # A bare Figure on an Agg canvas: no pyplot state, nothing to close, any backend installed.
    fig = Figure(figsize=FIGSIZE, facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.02, 0.115, 0.96, 0.735))
    ax.set_facecolor(style.SEA)
    ax.set_aspect("equal")
    minx, miny, maxx, maxy = projected.total_bounds
    pad_x, pad_y = 0.03 * (maxx - minx), 0.05 * (maxy - miny)
    ax.set_xlim(minx - pad_x, maxx + pad_x)
    ax.set_ylim(miny - pad_y, maxy + pad_y)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_edgecolor("#9a9a9a")
        spine.set_linewidth(0.6)

    _draw_context(ax, ctx)
    _draw_regions(ax, projected)
    scalebar = ScaleBar(
        1, "m", location="lower right", length_fraction=0.18, box_alpha=0.85,
        font_properties={"size": 8}, color=style.TEXT,
    )  # fmt: skip
    scalebar.set_gid("scalebar")
    ax.add_artist(scalebar)
    _legend(ax, projected)

    fig.text(0.02, 0.965, words.title, fontsize=17, fontweight="bold", color=style.TEXT, va="top",
             gid="title")  # fmt: skip
    fig.text(0.02, 0.918, words.subtitle, fontsize=11, color=style.MUTED_TEXT, va="top",
             gid="subtitle")  # fmt: skip
    fig.text(0.02, 0.882, words.headline, fontsize=12.5, fontweight="bold", color=style.CLAIMED,
             va="top", gid="headline")  # fmt: skip
    footer = [words.source, words.inferred_note, words.attribution]
    fig.text(0.02, 0.1, "\n".join(t for t in footer if t), fontsize=8, color=style.MUTED_TEXT,
             va="top", linespacing=1.5, gid="footer", wrap=True)  # fmt: skip
    _draw_labels(ax, projected)
    return fig


def save(fig: Figure, paths: Iterable[tuple[str, Path]], *, dpi: int = 200) -> None:
    """Write ``fig`` once per (format, path); timestamps and random ids are left out."""
    with mpl.rc_context({"svg.hashsalt": "geomap", "svg.fonttype": "none"}):
        for fmt, path in paths:
            fig.savefig(path, format=fmt, dpi=dpi, facecolor="white", metadata=_METADATA[fmt])
