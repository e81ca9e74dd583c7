"""Labels of the report map: each wholly inside its unit (at its pole of inaccessibility, or
wherever else inside fits, smaller if need be), or led out on a short line to where it covers
no other label or labelled unit."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import numpy as np
from matplotlib import patheffects
from matplotlib.path import Path as MplPath

from geomap import style
from geomap.render import scene
from geomap.render.scene import Rings

if TYPE_CHECKING:
    from collections.abc import Callable

    from matplotlib.axes import Axes

log = logging.getLogger(__name__)

_HALO = [patheffects.withStroke(linewidth=2.6, foreground="white")]


LABEL_SIZE = 8.5  # points, at the output size


LABEL_SIZE_CROWDED = 7.0  # for a label that finds no room at the full size


_SIZES = (LABEL_SIZE, LABEL_SIZE_CROWDED)


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


def draw_labels(ax: Axes, regions: tuple[scene.Region, ...]) -> list:
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
        if a.get_gid() in ("legend", "scalebar", "disputed")
    ]
    labelled = [r for r in regions if r.label]
    shapes = {r.code: _Shape(ax, r.rings) for r in labelled}
    texts = []
    leaders: list[tuple[np.ndarray, np.ndarray]] = []  # (anchor, label's middle), display units
    # Large units first: their labels sit inside them; small units then find room outside.
    for region in sorted(labelled, key=lambda r: -r.area_km2):
        others = [s for code, s in shapes.items() if code != region.code]
        offset, leader, size = _place(
            ax, region, shapes[region.code], others, placed, frame, leaders
        )
        texts.append(_label(ax, region, offset, leader=leader, size=size))
        placed.append(_box(ax, region, offset, size))
        if leader:
            leaders.append(_leader(ax, region, offset))
    return texts


def _leader(ax: Axes, region: scene.Region, offset) -> tuple[np.ndarray, np.ndarray]:
    anchor = ax.transData.transform(region.anchor)
    return anchor, anchor + np.asarray(offset) * ax.figure.dpi / 72


def _crosses(line, leaders, boxes) -> bool:
    """Whether a leader line crosses another, or runs through a label placed before."""
    (ax_, ay), (bx, by) = line

    def side(px, py, qx, qy, rx, ry) -> float:
        return (qx - px) * (ry - py) - (qy - py) * (rx - px)

    for (cx, cy), (dx, dy) in leaders:
        if (side(ax_, ay, bx, by, cx, cy) * side(ax_, ay, bx, by, dx, dy) < 0
                and side(cx, cy, dx, dy, ax_, ay) * side(cx, cy, dx, dy, bx, by) < 0):  # fmt: skip
            return True
    # Its part outside its own label: the line up to a fifth short of the label's middle.
    points = np.linspace(line[0], line[0] + 0.8 * (line[1] - line[0]), 12)
    return any(box.count_contains(points) for box in boxes)


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


def _place(
    ax: Axes, region: scene.Region, shape: _Shape, others: list[_Shape], placed, frame,
    leaders=(),
):  # fmt: skip
    """The first free place of :func:`_tries` (offset, led out, size) whose leader line, if it
    has one, crosses no other and no label; if none is free, the one on a leader line that
    covers the least of the labels already placed, with a warning."""
    for offset, leader, test, size in _tries(ax, region, shape, others):
        box = _box(ax, region, offset, size)
        if _fits(box, placed, frame) and (test is None or test(box)):
            if leader and _crosses(_leader(ax, region, offset), leaders, placed):
                continue
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
