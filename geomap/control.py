"""The join of one snapshot of figures to the region shapes, and its area statistics."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import logging
import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

from geomap.figures import Figure, format_pct
from geomap.hedges import no_clear_change
from geomap.profile import current
from geomap.style import share_text

if TYPE_CHECKING:
    import geopandas as gpd

    from geomap.snapshot import Snapshot

log = logging.getLogger(__name__)

# Shapes whose geodesic area differs from the official area by more than this are reported.
AREA_TOLERANCE = 0.10
STATS_COLUMNS = (
    "as_of",
    "region_code",
    "region",
    "controlled_pct",
    "qualifier",
    "claimed",
    "basis",
    "reported_on",
    "area_km2",
    "controlled_km2",
    "claimed_not_controlled_km2",
    "measured_pct",
    "measured_km2",
    "measured_on",
    "grey_km2",
    "difference_pp",
    "agreement",
    "held",
    "defended",
)


def geodesic_area_km2(geometry) -> float:
    """Area of a lon/lat geometry on the WGS84 ellipsoid, in km².

    pyproj signs each ring's area by its orientation, so the parts of a multipolygon drawn in
    opposite directions would cancel out: the rings are oriented first (outer rings
    anticlockwise, positive; holes clockwise, negative) and their areas added up.
    """
    import shapely

    total = 0.0
    for polygon in shapely.get_parts(shapely.orient_polygons(geometry)):
        for ring in (polygon.exterior, *polygon.interiors):
            xy = shapely.get_coordinates(ring)
            area, _ = _geod().polygon_area_perimeter(xy[:, 0], xy[:, 1])
            total += area
    return total / 1e6


@functools.cache
def _geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


def with_shape_areas(regions: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Add each shape's geodesic area (km²) and report shapes far from the official area.

    Done once per set of shapes, not per snapshot.
    """
    from geomap.profile import gazetteer

    gaz = gazetteer()
    regions = regions.copy()
    regions["shape_area_km2"] = [geodesic_area_km2(g) for g in regions.geometry]
    for code, name, shape_area in zip(
        regions["code"], regions["name"], regions["shape_area_km2"], strict=True
    ):
        official = gaz.get(code).area_km2
        off = shape_area / official - 1
        if abs(off) > AREA_TOLERANCE:
            log.warning(
                "%s %s: shape area %.0f km² differs from the official %.0f km² by %+.0f%%",
                code, name, shape_area, official, off * 100,
            )  # fmt: skip
    return regions


def join(
    figures: Iterable[Figure],
    regions: gpd.GeoDataFrame,
    *,
    as_of: dt.date,
    previous: tuple[dt.date, Iterable[Figure]] | None = None,
    measurements: Iterable = (),
) -> gpd.GeoDataFrame:
    """Join one snapshot's figures to the region shapes: the ControlMap.

    Returns one row per region with the columns of :data:`geomap.snapshot.FRAME_COLUMNS` and
    the boundaries' own. Regions without a figure have ``controlled_pct`` NaN, ``claimed``
    False and an empty ``basis``. ``previous`` (date, figures) gives ``change_pp``, the
    change of the controlled share in percentage points since that snapshot. Pass regions
    from :func:`with_shape_areas` to compute shape areas once for many snapshots. Most
    callers want :func:`geomap.snapshot.snapshot`, which also checks the result.
    """
    from geomap.profile import gazetteer

    gaz = gazetteer()
    by_code = {f.region_code: f for f in figures}
    control = regions.copy()
    rows = [by_code.get(code) for code in control.code]
    control["controlled_pct"] = [
        f.controlled_pct if f and f.controlled_pct is not None else math.nan for f in rows
    ]
    control["qualifier"] = [f.qualifier if f else "" for f in rows]
    # The share as the source gave it: "70", or a range "83–85" (mapped at its middle).
    control["pct_label"] = [f.pct_text if f else "" for f in rows]
    control["claimed"] = [bool(f and f.claimed) for f in rows]
    control["held"] = [bool(f and f.held_only) for f in rows]
    control["defended"] = [bool(f and f.defended_only) for f in rows]
    control["basis"] = [f.basis if f else "" for f in rows]
    control["source"] = [f.source if f else "" for f in rows]
    control["quote"] = [f.quote if f else "" for f in rows]
    control["document"] = [f.document if f else "" for f in rows]
    control["outlet"] = [f.outlet if f else "" for f in rows]
    control["as_of"] = as_of
    control["reported_on"] = [f.as_of if f and f.as_of else as_of for f in rows]
    control["area_km2"] = [gaz.get(c).area_km2 for c in control.code]
    if "shape_area_km2" not in control:
        control = with_shape_areas(control)
    share = control["controlled_pct"] / 100
    # A region without a figure has an unknown controlled area, not zero.
    control["controlled_km2"] = control["area_km2"] * share
    control["claimed_not_controlled_km2"] = (control["area_km2"] * (1 - share)).where(
        control["claimed"], 0.0
    )
    # Like with like: a reported figure against the previous report, a measured share against
    # the previous measurement; a report against a measurement is the reconciliation instead.
    before = {f.region_code: f for f in previous[1]} if previous else {}

    unclear: dict[str, str] = {}  # code → the earlier figure, where the change is not clear

    def change(code: str, pct: float, basis: str) -> float:
        old, new = before.get(code), by_code.get(code)
        if old is None or old.controlled_pct is None:
            return math.nan
        if (old.basis == "measured") != (basis == "measured"):
            return math.nan
        # "roughly 75%", then "about 73%": what both hedges allow overlaps, so no source
        # reported a change; only figures that cannot both be right are a change.
        if (
            basis != "measured" and new is not None and new.controlled_pct is not None
            and no_clear_change(old, new)
        ):  # fmt: skip
            if (old.controlled_pct, old.qualifier) != (new.controlled_pct, new.qualifier):
                shown = share_text(old.controlled_pct, old.qualifier, label=old.pct_text)
                unclear[code] = f"{shown} on {old.as_of}" if old.as_of else shown
            return math.nan
        return pct - old.controlled_pct

    control["change_pp"] = [
        change(code, pct, basis)
        for code, pct, basis in zip(
            control["code"], control["controlled_pct"], control["basis"], strict=True
        )
    ]
    # A change is measured from the date the earlier figure was reported, which for a figure
    # carried forward is older than the previous snapshot.
    control["previous_as_of"] = [
        before[code].as_of if code in before and not math.isnan(change_pp) else None
        for code, change_pp in zip(control["code"], control["change_pp"], strict=True)
    ]
    control["unclear_change"] = [unclear.get(code, "") for code in control["code"]]
    from geomap.reconcile import reconcile

    reconcile(control, [f for f in rows if f is not None], list(measurements))
    for row in control.itertuples():
        if row.claimed and math.isnan(row.controlled_pct):
            log.warning("%s %s: claimed, but no controlled share is known", row.code, row.name)
    return control


def statistics(snapshot: Snapshot) -> list[dict[str, str]]:
    """Rows of the statistics table: one per region, then the country's total (code ``UA``),
    then one per raion with a figure of its own (its KATOTTH code; its area is its shape's)."""

    def km2(value: float) -> str:
        return "" if math.isnan(value) else f"{value:.1f}"

    as_of = snapshot.as_of.isoformat()

    def row(r) -> dict[str, str]:
        return {
            "as_of": as_of,
            "region_code": r.code,
            "region": r.name,
            "controlled_pct": format_pct(
                None if math.isnan(r.controlled_pct) else r.controlled_pct
            ),
            "qualifier": r.qualifier,
            "claimed": "true" if r.claimed else "false",
            "basis": r.basis,
            # The date the figure was reported: earlier than as_of for one carried forward.
            "reported_on": r.reported_on.isoformat() if r.basis and r.reported_on else "",
            "area_km2": km2(r.area_km2),
            "controlled_km2": km2(r.controlled_km2),
            "claimed_not_controlled_km2": km2(r.claimed_not_controlled_km2),
            "measured_pct": pct(r.measured_pct),
            "measured_km2": km2(r.measured_km2),
            "measured_on": r.measured_on.isoformat() if r.measured_on else "",
            "grey_km2": km2(r.grey_km2),
            "difference_pp": "" if math.isnan(r.difference_pp) else f"{r.difference_pp:+.1f}",
            "agreement": r.agreement,
            "held": "true" if r.held else "",
            "defended": "true" if r.defended else "",
        }

    def pct(value: float) -> str:
        return format_pct(None if math.isnan(value) else value)

    rows = [row(r) for r in snapshot.frame.itertuples()]
    total = snapshot.totals
    profile = current()
    rows.append(
        {
            "as_of": as_of,
            "region_code": profile.code,
            "region": profile.name,
            "controlled_pct": format_pct(round(total["controlled_pct"], 1)),
            "qualifier": "",
            "claimed": "",
            "basis": "sum",
            "reported_on": "",
            "area_km2": km2(total["area_km2"]),
            "controlled_km2": km2(total["controlled_km2"]),
            "claimed_not_controlled_km2": km2(total["claimed_not_controlled_km2"]),
            **dict.fromkeys(STATS_COLUMNS[STATS_COLUMNS.index("measured_pct") :], ""),
            **_measured_total(snapshot.frame),
        }
    )
    # Raions with a figure of their own come after the total, which they are not part of.
    if snapshot.raions is not None:
        rows += [row(r) for r in snapshot.raions.itertuples()]
    return rows


def _measured_total(frame) -> dict[str, str]:
    """The country's measured share and km², where every region was measured on one date."""
    dates = set(frame["measured_on"])
    if None in dates or len(dates) != 1:
        return {}
    measured = float(frame["measured_km2"].sum())
    return {
        "measured_pct": format_pct(round(100 * measured / frame["shape_area_km2"].sum(), 1)),
        "measured_km2": f"{measured:.1f}",
        "measured_on": dates.pop().isoformat(),
        "grey_km2": f"{float(frame['grey_km2'].sum()):.1f}",
    }


def statistics_csv(snapshots: Iterable[Snapshot]) -> str:
    """The statistics table of every snapshot, oldest first, as CSV text."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=STATS_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for snapshot in snapshots:
        writer.writerows(statistics(snapshot))
    return buffer.getvalue()


def totals(control: gpd.GeoDataFrame) -> dict[str, float]:
    """Country totals: areas in km² and the controlled share of the whole, in %."""
    area = float(control["area_km2"].sum())
    controlled = float(control["controlled_km2"].sum(skipna=True))
    return {
        "area_km2": area,
        "controlled_km2": controlled,
        "controlled_pct": 100 * controlled / area,
        "claimed_km2": float(control.loc[control["claimed"], "area_km2"].sum()),
        "claimed_not_controlled_km2": float(control["claimed_not_controlled_km2"].sum(skipna=True)),
    }
