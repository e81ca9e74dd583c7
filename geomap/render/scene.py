"""What the static maps show, as plain data: projected outlines, colours and words.

Making a scene takes a snapshot (its ControlMap is geopandas) and does all the geometry:
simplifying the coverage, projecting, clipping the neighbours, placing label anchors. Drawing a
scene (:mod:`geomap.render.static`) needs only matplotlib and numpy. A scene pickles small and fast,
so a build can hand it to a process that imported matplotlib while this one read the shapes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np

from geomap import map_texts, style
from geomap.boundaries import load_places, projected_crs, simplify_coverage
from geomap.profile import current
from geomap.render.places import Place
from geomap.render.places import places as find_places

if TYPE_CHECKING:
    import geopandas as gpd

    from geomap.snapshot import Snapshot

# 250 m is below a pixel at print size; simplifying the coverage as a whole keeps shared
# borders shared and makes drawing and the SVG lighter.
REPORT_TOLERANCE_M = 250
# At the size of a history panel, 3 km is below a pixel.
HISTORY_TOLERANCE_M = 3_000
# Neighbours are clipped to the regions' bounds widened by this share of their width.
CONTEXT_MARGIN = 0.25

Rings = tuple[np.ndarray, ...]  # a (multi)polygon's rings, each an (n, 2) array of x, y


def rings(geometry) -> Rings:
    """The exterior and interior rings of a (multi)polygon, as coordinate arrays."""
    return tuple(
        np.asarray(ring.coords)[:, :2]
        for polygon in getattr(geometry, "geoms", [geometry])
        for ring in (polygon.exterior, *polygon.interiors)
    )


@dataclass(frozen=True)
class Region:
    """One region as the report map draws it."""

    code: str
    rings: Rings
    fill: str
    claimed: bool
    label: str  # "" for no label
    anchor: tuple[float, float]  # a point inside the region, where its label points
    area_km2: float  # official area: big regions are labelled first, small ones beside


@dataclass(frozen=True)
class GroundScene:
    """Where a control layer puts the controlled territory, in projected metres."""

    as_of: dt.date
    source: str
    controlled: Rings
    grey: Rings
    open_claim: Rings
    open_claim_km2: float  # measured, geodesic
    front: tuple[np.ndarray, ...]  # lines, each an (n, 2) array


@dataclass(frozen=True)
class Report:
    """The report map: regions, neighbours, frame and words, in projected metres."""

    regions: tuple[Region, ...]
    context: tuple[tuple[str, Rings], ...]  # (ISO code, rings) of neighbouring countries
    bounds: tuple[float, float, float, float]  # of the regions
    texts: map_texts.Texts
    titles: dict[str, str]  # region code → tooltip text for the SVG
    raions: tuple[Region, ...] = ()  # raions with a figure of their own, drawn over regions
    outlines: tuple[Rings, ...] = ()  # raions of the regions with a figure, as thin lines
    ground: GroundScene | None = None
    # (name, rings, label point) of areas apart from every unit and neighbour (Abyei)
    disputed: tuple[tuple[str, Rings, tuple[float, float]], ...] = ()
    places: tuple[Place, ...] = ()  # cities, seas and neighbours named for orientation
    legend_loc: Corner = "lower left"  # the corner of the frame where the legend hides least
    scalebar_loc: Corner = "lower right"  # of the corners left, the one where the scale bar does


@dataclass(frozen=True)
class Panel:
    """One snapshot in the history: a colour and a claim per shape, and its caption."""

    as_of: dt.date
    fills: tuple[str, ...]
    claimed: tuple[bool, ...]
    caption: str
    # The shares as labels, so that 75 → 80% shows although both are in one class.
    labels: tuple[tuple[float, float, str], ...] = ()  # x, y (projected), text


@dataclass(frozen=True)
class History:
    """Small multiples: shapes drawn once, then coloured per snapshot, oldest first."""

    shapes: tuple[Rings, ...]
    context: tuple[Rings, ...]
    bounds: tuple[float, float, float, float]
    panels: tuple[Panel, ...]
    credits: tuple[str, ...] = ()  # the footer: the figures of every panel, the boundaries'


def _bounds(frame: gpd.GeoDataFrame) -> tuple[float, float, float, float]:
    minx, miny, maxx, maxy = frame.total_bounds
    return float(minx), float(miny), float(maxx), float(maxy)


def _projected(context: gpd.GeoDataFrame | None) -> gpd.GeoDataFrame | None:
    return None if context is None else context.to_crs(projected_crs())


def _context(projected: gpd.GeoDataFrame | None, bounds=None) -> list[tuple[str, Rings]]:
    """The neighbouring countries (already in the map's projection) as (ISO code, rings),
    clipped around ``bounds`` if given."""
    if projected is None:
        return []
    if bounds is not None:
        minx, miny, maxx, maxy = bounds
        margin_x = margin_y = CONTEXT_MARGIN * (maxx - minx)
        if style.look().size != "report":  # a page of its own proportions shows more around
            width, height = maxx - minx, maxy - miny  # (a frame up to 2.5 times as wide or tall)
            margin_x = max(margin_x, (2.5 * height - width) / 2)
            margin_y = max(margin_y, (2.5 * width - height) / 2)
        clip = (minx - margin_x, miny - margin_y, maxx + margin_x, maxy + margin_y)
        projected = projected.clip(clip)
    return [
        (row.iso, rings(row.geometry))
        for row in projected.itertuples()
        if row.geometry is not None and not row.geometry.is_empty
    ]


# The legend's share of the map frame, about: the corner it takes is chosen by what it would hide.
LEGEND_BOX = (0.34, 0.44)
Corner = Literal["lower left", "upper left", "upper right", "lower right"]


SCALEBAR_BOX = (0.22, 0.08)


def corners(geometries, bounds) -> tuple[Corner, Corner]:
    """The corners of the map frame where the legend, then the scale bar, would hide the least
    of the units: lower left and lower right unless another hides clearly less."""
    import shapely

    land = shapely.union_all(shapely.make_valid(np.asarray(geometries, dtype=object)))

    def pick(size: tuple[float, float], preferred: Corner, taken: str = "") -> Corner:
        minx, miny, maxx, maxy = bounds
        width, height = (maxx - minx) * size[0], (maxy - miny) * size[1]
        boxes: dict[Corner, tuple[float, float]] = {
            "lower left": (minx, miny), "upper left": (minx, maxy - height),
            "upper right": (maxx - width, maxy - height), "lower right": (maxx - width, miny),
        }  # fmt: skip
        hidden = {
            corner: land.intersection(shapely.box(x, y, x + width, y + height)).area
            for corner, (x, y) in boxes.items()
            if corner != taken
        }
        best = min(hidden, key=lambda c: hidden[c])
        if preferred in hidden and hidden[preferred] <= hidden[best] + 0.05 * width * height:
            return preferred
        return best

    legend = pick(LEGEND_BOX, "lower left")
    return legend, pick(SCALEBAR_BOX, "lower right", taken=legend)


def _disputed(context: gpd.GeoDataFrame | None) -> list[tuple[str, Rings, tuple[float, float]]]:
    if context is None or "disputed" not in context:
        return []
    areas = context[context["disputed"] != ""].to_crs(projected_crs())
    return [
        (row.disputed, rings(row.geometry), (row.geometry.centroid.x, row.geometry.centroid.y))
        for row in areas.itertuples()
    ]


def svg_titles(control: gpd.GeoDataFrame) -> dict[str, str]:
    """A tooltip text per region for the SVG: name, share, claim, source."""
    titles = {}
    for row in control.itertuples():
        parts = [f"{row.name} ({row.code})"]
        share = style.share_text(row.controlled_pct, row.qualifier, row.basis, row.pct_label)
        if share:
            parts.append(f"{share} {style.control_label()}")
        else:
            parts.append(style.held_by_label(row) or style.NO_FIGURE_LABEL)
        if row.claimed:
            parts.append(style.claimed_label())
        if row.source:
            parts.append(f"source: {row.source}")
        titles[row.code] = "; ".join(parts)
    return titles


def _polygon_rings(geometry) -> Rings:
    import shapely

    parts = [p for p in shapely.get_parts(geometry) if p.geom_type == "Polygon" and not p.is_empty]
    return tuple(ring for part in parts for ring in rings(part))


def ground_scene(snapshot: Snapshot) -> GroundScene | None:
    """The snapshot's :class:`~geomap.snapshot.Ground`, projected and lightly simplified."""
    import geopandas as gpd
    import shapely

    ground = snapshot.ground
    if ground is None:
        return None
    shapes = gpd.GeoSeries(
        [ground.controlled, ground.grey, ground.open_claim, ground.front], crs=4326
    ).to_crs(projected_crs())
    shapes = shapely.simplify(shapes.values, REPORT_TOLERANCE_M / 2)
    lines = [
        np.asarray(line.coords)[:, :2]
        for line in shapely.get_parts(shapely.line_merge(shapes[3]))
        if not line.is_empty and line.geom_type == "LineString"
    ]
    return GroundScene(
        as_of=ground.as_of,
        source=ground.source,
        controlled=_polygon_rings(shapes[0]),
        grey=_polygon_rings(shapes[1]),
        open_claim=_polygon_rings(shapes[2]),
        open_claim_km2=ground.open_claim_km2,
        front=tuple(lines),
    )


# The view of the units with figures (--extent figures): padded by this share of its size, and
# never narrower or lower than this share of the whole country's.
VIEW_PAD = 0.08
VIEW_MIN = 0.25
# The report map's frame, width over height: 0.96 of its 11 in by 0.735 of its 8.6 in (see
# geomap.render.static.draw_report, whose layout a test checks against it).
REPORT_FRAME_ASPECT = (0.96 * 11.0) / (0.735 * 8.6)


def view(frame: gpd.GeoDataFrame, aspect: float | None = None) -> tuple[float, float, float, float]:
    """What a map of ``frame`` opens on, in its CRS: the whole, or with ``--extent figures`` the
    units with a figure or a claim (their labels), padded, at least a quarter of the whole's
    width and height, within the whole; the whole when no unit has one. With ``aspect`` (a
    frame's width over its height) the view of the figures is widened or heightened about its
    middle to fill such a frame."""
    whole = _bounds(frame)
    shown = [row.code for row in frame.itertuples() if style.label(row)]
    if style.look().extent != "figures" or not shown:
        return whole
    minx, miny, maxx, maxy = _bounds(frame[frame["code"].isin(shown)])
    pad = VIEW_PAD * max(maxx - minx, maxy - miny)
    box = [minx - pad, miny - pad, maxx + pad, maxy + pad]
    for low, high in ((0, 2), (1, 3)):  # x, then y
        least = VIEW_MIN * (whole[high] - whole[low])
        if box[high] - box[low] < least:
            middle = (box[high] + box[low]) / 2
            box[low], box[high] = middle - least / 2, middle + least / 2
        box[low], box[high] = max(box[low], whole[low]), min(box[high], whole[high])
    if aspect:
        width, height = box[2] - box[0], box[3] - box[1]
        grow = (
            (0, 2, height * aspect - width)
            if width < height * aspect
            else (1, 3, width / aspect - height)
        )
        low, high, more = grow
        box[low], box[high] = box[low] - more / 2, box[high] + more / 2
    return box[0], box[1], box[2], box[3]


def report(snapshot: Snapshot, *, context: gpd.GeoDataFrame | None = None) -> Report:
    """The report map of a snapshot."""
    import shapely

    control = snapshot.frame
    projected = simplify_coverage(control, tolerance_m=REPORT_TOLERANCE_M).to_crs(projected_crs())
    bounds = view(projected, REPORT_FRAME_ASPECT)
    minx, miny, maxx, maxy = bounds
    # The labels point where the HTML map's do: the snapshot's anchors, projected.
    from pyproj import Transformer

    to_map = Transformer.from_crs("EPSG:4326", projected_crs(), always_xy=True)

    def units(frame) -> list[Region]:
        out = []
        for row in frame.itertuples():
            point = to_map.transform(*snapshot.anchors[row.code])
            # A unit whose label would stand outside the view is drawn, not labelled.
            seen = minx <= point[0] <= maxx and miny <= point[1] <= maxy
            out.append(
                Region(
                    code=row.code,
                    rings=rings(row.geometry),
                    fill=style.row_fill(row),
                    claimed=bool(row.claimed),
                    label=style.label(row) if seen else "",
                    anchor=(float(point[0]), float(point[1])),
                    area_km2=float(row.area_km2),
                )
            )
        return out

    raions, outlines, titles = [], [], svg_titles(control)
    if snapshot.raions is not None and len(snapshot.raions):
        raions = units(snapshot.raions.to_crs(projected_crs()))
        titles |= svg_titles(snapshot.raions)
    if snapshot.outlines is not None:
        outlines = [rings(g) for g in snapshot.outlines.to_crs(projected_crs()).geometry]
    visible = shapely.clip_by_rect(projected.geometry.values, *bounds)
    around = _projected(context)  # the neighbours, projected once for their shapes and names
    legend_loc, scalebar_loc = corners(visible, bounds)
    return Report(
        regions=tuple(units(projected)),
        context=tuple(_context(around, bounds)),
        disputed=tuple(_disputed(context)),
        places=find_places(load_places(), around, bounds, to_map.transform),
        legend_loc=legend_loc,
        scalebar_loc=scalebar_loc,
        bounds=bounds,
        texts=snapshot.texts,
        titles=titles,
        raions=tuple(raions),
        outlines=tuple(outlines),
        ground=ground_scene(snapshot),
    )


def history(
    snapshots: list[Snapshot],
    *,
    context: gpd.GeoDataFrame | None = None,
) -> History:
    """The history of a list of snapshots (oldest first, same regions)."""
    latest = snapshots[-1].frame
    shapes = simplify_coverage(latest[["code", "geometry"]], tolerance_m=HISTORY_TOLERANCE_M)
    shapes = shapes.to_crs(projected_crs())
    order = {code: i for i, code in enumerate(shapes["code"])}
    from pyproj import Transformer

    to_map = Transformer.from_crs("EPSG:4326", projected_crs(), always_xy=True)
    anchors = {code: to_map.transform(*xy) for code, xy in snapshots[-1].anchors.items()}
    panels = []
    for snapshot in snapshots:
        rows = sorted(snapshot.frame.itertuples(), key=lambda r: order[r.code])
        day = snapshot.as_of
        lost = snapshot.totals["claimed_not_controlled_km2"]
        labels = []
        for r in rows:
            # The share alone (the label without the region's name and change).
            text = style.label(r).split("\n")[1] if "\n" in style.label(r) else ""
            if text and not text.startswith("(") and r.code in anchors:  # not "(RSF)", "(claimed)"
                x, y = anchors[r.code]
                labels.append((float(x), float(y), text))
        panels.append(
            Panel(
                as_of=day,
                fills=tuple(style.row_fill(r) for r in rows),
                claimed=tuple(bool(r.claimed) for r in rows),
                caption=style.long_date(day)
                + (f"\n{style.km2(lost)} claimed, not controlled" if current().claims else ""),
                labels=tuple(labels),
            )
        )
    import pandas as pd

    latest = snapshots[-1].texts
    marked = any(style.AGREEMENT_MARK in text for p in panels for _, _, text in p.labels)
    key = f"{style.AGREEMENT_MARK} not in agreement with the control layer of its date"
    credits = (map_texts.figures_line(pd.concat([s.frame for s in snapshots])),
               key if marked else "", latest.credit, latest.attribution)  # fmt: skip
    return History(
        shapes=tuple(rings(g) for g in shapes.geometry),
        context=tuple(r for _, r in _context(_projected(context))),
        bounds=_bounds(shapes),
        panels=tuple(panels),
        credits=tuple(c for c in credits if c),
    )
