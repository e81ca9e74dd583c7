"""One date's figures joined to the shapes, and everything derived from them, made once.

A :class:`Snapshot` is what every writer is handed: the ControlMap (one row per region), the
country totals, the words around the map and the label anchors. Writers read it; none of them
computes a figure again, so the PNG, the HTML map, the statistics and CHANGES.md always agree.
An :class:`Atlas` is a build's whole input to its writers: every snapshot, oldest first, the
neighbouring countries and the evidence of what the texts gave.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from geomap import map_texts, style
from geomap.figures import Figure
from geomap.profile import current
from geomap.reconcile import RECONCILIATION_COLUMNS

if TYPE_CHECKING:
    import geopandas as gpd
    from shapely.geometry.base import BaseGeometry

    from geomap.extract.evidence import Evidence
    from geomap.layers import ControlLayer
    from geomap.measure import Measurement

log = logging.getLogger(__name__)

# How close to the true pole of inaccessibility a label's anchor is found, in metres.
ANCHOR_TOLERANCE_M = 500

# The ControlMap's columns, each with what its values must be.
FRAME_COLUMNS = {
    "code": "ISO 3166-2 code, one row per region",
    "name": "English name",
    "geometry": "(multi)polygon in lon/lat",
    "controlled_pct": "share under the controlling side, 0–100, NaN where no figure is known",
    "qualifier": "the source's hedge ('about'), or ''",
    "pct_label": "the share as the source gave it ('70', '83–85'), or ''",
    "claimed": "True where the controlling side claims the whole region",
    "held": "True where a source says the controlling side holds it, giving no share",
    "defended": "True where a source says the defending side holds it, giving no share",
    "basis": "reported, inferred or manual; '' where no figure is known",
    "source": "who gave the figure",
    "quote": "the sentence it came from",
    "document": "the text it came from",
    "outlet": "who published that text, or ''",
    "as_of": "the snapshot's date",
    "reported_on": "the date the figure was reported (earlier where carried forward)",
    "area_km2": "official area",
    "shape_area_km2": "geodesic area of the shape",
    "controlled_km2": "area it controls, NaN where unknown",
    "claimed_not_controlled_km2": "claimed area it does not control",
    "change_pp": "change of the share since the previous snapshot's figure, NaN if none",
    "previous_as_of": "the date the figure change_pp compares with was reported, or None",
    "unclear_change": "the previous figure ('≈75% on 2025-02-18') where this one differs from it "
    "only within what both hedges allow (no clear change), else ''",
    **RECONCILIATION_COLUMNS,
}


def validate(frame: gpd.GeoDataFrame) -> None:
    """Check a ControlMap's columns and values; raise ``ValueError`` naming what is wrong."""
    missing = [c for c in FRAME_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"ControlMap: missing column(s) {', '.join(missing)}")
    if not frame["code"].is_unique:
        raise ValueError("ControlMap: more than one row for a region")
    if frame.crs is None or not frame.crs.equals("EPSG:4326"):
        raise ValueError(f"ControlMap: geometry must be in lon/lat (EPSG:4326), not {frame.crs}")
    pct = frame["controlled_pct"]
    if ((pct < 0) | (pct > 100)).any():
        raise ValueError("ControlMap: controlled_pct outside 0–100")
    if frame["as_of"].nunique() != 1:
        raise ValueError("ControlMap: rows of more than one date")


def _inherit_claims(raions: gpd.GeoDataFrame, regions: gpd.GeoDataFrame) -> None:
    """A claim is of a whole region: every raion of a claimed region is claimed too, and its
    claimed area not controlled counted as the region's is."""
    claimed = dict(zip(regions["code"], regions["claimed"], strict=True))
    inherit = raions["parent"].map(claimed).fillna(False).astype(bool) & ~raions["claimed"]
    if inherit.any():
        raions.loc[inherit, "claimed"] = True
        share = raions["controlled_pct"] / 100
        raions["claimed_not_controlled_km2"] = (raions["area_km2"] * (1 - share)).where(
            raions["claimed"], 0.0
        )


def anchors(frame: gpd.GeoDataFrame) -> dict[str, tuple[float, float]]:
    """A point inside each region (lon, lat), where its label points: the point of its largest
    part farthest from the edges (the pole of inaccessibility, in the map's projection), so the
    label has the most room around it."""
    from geomap import derived
    from geomap.boundaries import projected_crs

    params = {"projection": projected_crs(), "tolerance_m": ANCHOR_TOLERANCE_M}
    points = derived.derived("anchors", params, [frame.geometry.values], lambda: _poles(frame))
    return {code: (p.x, p.y) for code, p in zip(frame["code"], points, strict=True)}


def _poles(frame: gpd.GeoDataFrame):
    import geopandas as gpd
    from shapely.ops import polylabel

    from geomap.boundaries import projected_crs

    projected = frame.geometry.to_crs(projected_crs())
    points = []
    for shape in projected:
        part = max(getattr(shape, "geoms", [shape]), key=lambda p: p.area)
        points.append(polylabel(part, tolerance=ANCHOR_TOLERANCE_M))
    return gpd.GeoSeries(points, crs=projected.crs).to_crs(frame.crs).values


def _union(geometries):
    """The union of the regions: fast for a clean coverage (the shipped shapes), robust for any."""
    import shapely

    try:
        return shapely.coverage_union_all(geometries)
    except shapely.errors.GEOSException:
        return shapely.union_all(geometries)


@dataclass(frozen=True, eq=False)
class Ground:
    """Where a control layer puts the controlled territory, clipped to the country (lon/lat).

    ``front`` is the line where the controlled territory ends inside the country (not the
    border); ``open_claim`` is the claimed territory that is neither controlled nor grey.
    """

    as_of: dt.date  # the layer's date
    source: str
    controlled: BaseGeometry
    grey: BaseGeometry
    front: BaseGeometry
    open_claim: BaseGeometry
    open_claim_km2: float  # measured on the ellipsoid


@functools.lru_cache(maxsize=2)
def _border(country: BaseGeometry) -> BaseGeometry:
    """Where the country ends, not the front: its boundary with a metre's margin."""
    return country.boundary.buffer(1e-5)


# A claimed unit reported held at this share or more, which the control layer leaves largely
# uncovered (the figure disagrees with it), is not drawn as "not under control" on its word.
DOUBT_FROM = 90.0


def doubted(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The claimed units reported at :data:`DOUBT_FROM` % or more that the control layer
    disagrees with: rows of ``frame``."""
    reported = ~frame["basis"].isin(("", "measured")) & (frame["controlled_pct"] >= DOUBT_FROM)
    return frame[frame["claimed"] & reported & (frame["agreement"] == "disagrees")]


def ground(layer: ControlLayer, frame: gpd.GeoDataFrame, country: BaseGeometry) -> Ground:
    """The :class:`Ground` of ``layer`` over a ControlMap's regions: the claimed territory it
    leaves open is not that of the units it is :func:`doubted` on."""
    import shapely

    controlled = shapely.intersection(layer.controlled, country)
    grey = shapely.intersection(layer.grey, country)
    front = shapely.difference(controlled.boundary, _border(country))
    trusted = frame["claimed"] & ~frame["code"].isin(set(doubted(frame)["code"]))
    claimed = shapely.union_all(frame.geometry[trusted].values)
    open_claim = shapely.difference(claimed, shapely.union(controlled, grey))
    from geomap.control import geodesic_area_km2

    return Ground(
        layer.as_of, layer.source, controlled, grey, front, open_claim,
        geodesic_area_km2(open_claim),
    )  # fmt: skip


@dataclass(frozen=True, eq=False)
class Snapshot:
    """The figures of one date, joined to the shapes: see :func:`snapshot`."""

    as_of: dt.date
    frame: gpd.GeoDataFrame  # the ControlMap, checked by :func:`validate`
    figures: tuple[Figure, ...]
    totals: dict[str, float]
    texts: map_texts.Texts
    anchors: dict[str, tuple[float, float]]  # lon, lat; of the regions and the raions shown
    previous_as_of: dt.date | None = None
    # Raions with a figure of their own, as a ControlMap of their own (empty where none), and
    # the shapes of every raion of the regions that have a figure, drawn as thin lines.
    raions: gpd.GeoDataFrame | None = None
    outlines: gpd.GeoDataFrame | None = None
    ground: Ground | None = None  # where the control layer of the date puts the territory

    def __post_init__(self) -> None:
        validate(self.frame)
        if self.raions is not None and len(self.raions):
            validate(self.raions)


def snapshot(
    figures: Iterable[Figure],
    regions: gpd.GeoDataFrame,
    *,
    as_of: dt.date,
    previous: tuple[dt.date, Iterable[Figure]] | None = None,
    raions: gpd.GeoDataFrame | None = None,
    measurements: Iterable[Measurement] = (),
    layers: Iterable[ControlLayer] = (),
    country: BaseGeometry | None = None,
) -> Snapshot:
    """Join ``figures`` to ``regions`` (see :func:`geomap.control.join`) and derive the rest.

    A figure for a raion changes nothing of its region's: it is joined to ``raions`` (the
    raion shapes, :func:`geomap.boundaries.load_raions`) on its own. Without raion shapes,
    raion figures are left off the map with a warning. With ``measurements`` (of control
    layers, :mod:`geomap.measure`), a region without a share takes the measured one of the
    date (basis ``measured``), and every row says how its figure compares with measurement;
    with the ``layers`` themselves, the snapshot has their :class:`Ground` (``country``, the
    regions' union, is computed when not given).
    """
    from geomap.control import join, totals
    from geomap.measure import applicable
    from geomap.profile import gazetteer
    from geomap.reconcile import with_measured

    measurements = list(measurements)
    codes = list(regions["code"])
    figures = tuple(with_measured(list(figures), applicable(measurements, as_of), codes))
    if previous is not None:
        day, earlier = previous
        previous = (day, with_measured(list(earlier), applicable(measurements, day), codes))
    frame = join(figures, regions, as_of=as_of, previous=previous, measurements=measurements)
    sums = totals(frame)
    gaz = gazetteer()
    own = {f.region_code for f in figures if gaz.is_raion(f.region_code)}
    raion_frame = outlines = None
    if own and raions is None:
        names = ", ".join(sorted(gaz.get(c).name for c in own))
        log.warning("%s: raion figures (%s) not drawn: no raion shapes", as_of, names)
    if raions is not None:
        raion_frame = join(figures, raions[raions["code"].isin(own)], as_of=as_of,
                           previous=previous, measurements=measurements)  # fmt: skip
        _inherit_claims(raion_frame, frame)
        # A region measured at 0% has nothing to show at raion level.
        shown = frame["controlled_pct"].notna() & (
            (frame["basis"] != "measured") | (frame["controlled_pct"] > 0)
        )
        with_figure = frame.loc[shown | frame["claimed"], "code"]
        outlines = raions[raions["parent"].isin(set(with_figure) | set(raion_frame["parent"]))]
    layer = applicable(list(layers), as_of)
    on_ground = None
    if layer is not None:
        if country is None:
            country = _union(regions.geometry.values)
        on_ground = ground(layer, frame, country)
    measured = (on_ground.open_claim_km2, on_ground.as_of) if on_ground else None
    layer_note = _layer_note(frame, sums, on_ground) if on_ground else ""
    points, worded = anchors(frame), frame
    if raion_frame is not None and len(raion_frame):
        import pandas as pd

        points |= anchors(raion_frame)
        worded = pd.concat([frame, raion_frame])  # the credits name the raions' sources too
    words = map_texts.texts(worded, sums, measured=measured)
    words = dataclasses.replace(words, layer_note=layer_note, agreement_note=_agreement_note(frame))
    return Snapshot(
        as_of=as_of,
        frame=frame,
        figures=figures,
        totals=sums,
        texts=words,
        anchors=points,
        previous_as_of=previous[0] if previous else None,
        raions=raion_frame,
        outlines=outlines,
        ground=on_ground,
    )


def baseline(dates: list[dt.date], since: dt.date | None = None) -> dt.date | None:
    """The snapshot the newest of ``dates`` is compared with: the one before it, or with
    ``since`` the one in force on that date (the newest on or before it); None where there is
    none (one snapshot, ``since`` before the first, or on or after the newest)."""
    dates = sorted(dates)
    if since is None:
        return dates[-2] if len(dates) > 1 else None
    earlier = [d for d in dates[:-1] if d <= since]
    return earlier[-1] if earlier and since < dates[-1] else None


def series(
    history: dict[dt.date, list[Figure]],
    regions: gpd.GeoDataFrame,
    *,
    raions: gpd.GeoDataFrame | None = None,
    measurements: Iterable[Measurement] = (),
    layers: Iterable[ControlLayer] = (),
    since: dt.date | None = None,
) -> list[Snapshot]:
    """A snapshot per date of ``history``, oldest first, each with the one before it; the
    newest with the one in force on ``since``, if given (:func:`baseline`)."""
    measurements, layers = list(measurements), list(layers)
    country = None
    if layers:
        country = _union(regions.geometry.values)
    dates = sorted(history)
    base = baseline(dates, since)
    if since is not None and base is None and len(dates) > 1:
        log.warning(
            "--since %s: no snapshot to compare with (the first is of %s, the newest of %s); "
            "no change is shown", since, dates[0], dates[-1],
        )  # fmt: skip

    def previous(i: int) -> tuple[dt.date, list[Figure]] | None:
        day = (base if i == len(dates) - 1 else dates[i - 1]) if i else None
        return (day, history[day]) if day is not None else None

    return [
        snapshot(
            history[day],
            regions,
            as_of=day,
            previous=previous(i),
            raions=raions,
            measurements=measurements,
            layers=layers,
            country=country,
        )
        for i, day in enumerate(dates)
    ]


def _agreement_note(frame: gpd.GeoDataFrame) -> str:
    """The footer's key to the figures marked as not agreeing with the control layer of their
    date: each with its reported and measured shares, and how far apart they are."""
    rows = frame[frame["agreement"].isin(("loosely agrees", "disagrees"))]
    if not len(rows):
        return ""
    parts = [
        f"{r.name} ({style.share_text(r.controlled_pct, r.qualifier, label=r.pct_label)} "
        f"reported, {r.measured_pct:.1f}% measured on {r.measured_on}: {r.agreement})"
        for r in rows.itertuples()
    ]
    return f"{style.AGREEMENT_MARK} not in agreement with the control layer: " + "; ".join(parts)


def _layer_note(frame: gpd.GeoDataFrame, sums: dict, on_ground: Ground) -> str:
    """What the map says of a control layer that reporting contradicts: the units it is
    :func:`doubted` on, a layer most reported figures disagree with, and the total reporting
    implies where it differs from the measured one in the headline. Said on the terminal too."""
    day = style.long_date(on_ground.as_of)
    parts = []
    doubts = doubted(frame)
    if len(doubts):
        parts.append(
            f"The control layer of {day} leaves {', '.join(doubts['name'])}, reported at "
            f"{DOUBT_FROM:g}% or more, largely uncovered: not drawn as not under control on "
            "its word alone"
        )
    verdicts = frame.loc[frame["agreement"] != "", "agreement"]
    wrong = int((verdicts == "disagrees").sum())
    if wrong and wrong * 2 > len(verdicts):
        parts.append(f"{wrong} of {len(verdicts)} reported figures disagree with the control "
                     f"layer of {day}")  # fmt: skip
    implied = sums.get("claimed_not_controlled_km2", 0.0)
    if current().claims and abs(implied - on_ground.open_claim_km2) > 0.1 * max(implied, 1.0):
        parts.append(
            f"reported figures imply {style.km2(implied)} claimed but not controlled; the "
            f"layer measures {style.km2(on_ground.open_claim_km2)}, as the headline says"
        )
    if not parts:
        return ""
    note = "; ".join(parts)
    note = note[:1].upper() + note[1:]
    log.warning("%s: %s", on_ground.as_of, note)
    return note


@dataclass(frozen=True, eq=False)
class Atlas:
    """Everything a build's writers are handed."""

    snapshots: list[Snapshot]  # oldest first
    context: gpd.GeoDataFrame | None = None  # the neighbouring countries
    raions: gpd.GeoDataFrame | None = None  # every raion's shape, for the HTML map's layer
    evidence: list[Evidence] = field(default_factory=list)
    layers: list[ControlLayer] = field(default_factory=list)  # the user's, oldest first
    measurements: list[Measurement] = field(default_factory=list)  # one per layer
    reported: list[Figure] = field(default_factory=list)  # an archive's reports (--archive)

    @property
    def latest(self) -> Snapshot:
        return self.snapshots[-1]

    @property
    def history(self) -> dict[dt.date, list[Figure]]:
        return {s.as_of: list(s.figures) for s in self.snapshots}
