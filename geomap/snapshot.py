"""One date's figures joined to the shapes, and everything derived from them, made once.

A :class:`Snapshot` is what every writer is handed: the ControlMap (one row per region), the
country totals, the words around the map and the label anchors. Writers read it; none of them
computes a figure again, so the PNG, the HTML map, the statistics and CHANGES.md always agree.
An :class:`Atlas` is a build's whole input to its writers: every snapshot, oldest first, the
neighbouring countries and the evidence of what the texts gave.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from geomap import style
from geomap.figures import Figure

if TYPE_CHECKING:
    import geopandas as gpd

    from geomap.extract.evidence import Evidence

# The ControlMap's columns, each with what its values must be.
FRAME_COLUMNS = {
    "code": "ISO 3166-2 code, one row per region",
    "name": "English name",
    "geometry": "(multi)polygon in lon/lat",
    "controlled_pct": "share under the controlling side, 0–100, NaN where no figure is known",
    "qualifier": "the source's hedge ('about'), or ''",
    "pct_label": "the share as the source gave it ('70', '83–85'), or ''",
    "claimed": "True where the controlling side claims the whole region",
    "basis": "reported, inferred or manual; '' where no figure is known",
    "source": "who gave the figure",
    "quote": "the sentence it came from",
    "document": "the text it came from",
    "as_of": "the snapshot's date",
    "reported_on": "the date the figure was reported (earlier where carried forward)",
    "area_km2": "official area",
    "shape_area_km2": "geodesic area of the shape",
    "controlled_km2": "area it controls, NaN where unknown",
    "claimed_not_controlled_km2": "claimed area it does not control",
    "change_pp": "change of the share since the previous snapshot, NaN if none",
    "previous_as_of": "the previous snapshot's date, or None",
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


def anchors(frame: gpd.GeoDataFrame) -> dict[str, tuple[float, float]]:
    """A point inside each region (lon, lat), where its label points."""
    points = frame.geometry.representative_point()
    return {code: (p.x, p.y) for code, p in zip(frame["code"], points, strict=True)}


@dataclass(frozen=True, eq=False)
class Snapshot:
    """The figures of one date, joined to the shapes: see :func:`snapshot`."""

    as_of: dt.date
    frame: gpd.GeoDataFrame  # the ControlMap, checked by :func:`validate`
    figures: tuple[Figure, ...]
    totals: dict[str, float]
    texts: style.Texts
    anchors: dict[str, tuple[float, float]]  # lon, lat
    previous_as_of: dt.date | None = None

    def __post_init__(self) -> None:
        validate(self.frame)


def snapshot(
    figures: Iterable[Figure],
    regions: gpd.GeoDataFrame,
    *,
    as_of: dt.date,
    previous: tuple[dt.date, Iterable[Figure]] | None = None,
) -> Snapshot:
    """Join ``figures`` to ``regions`` (see :func:`geomap.control.join`) and derive the rest."""
    from geomap.control import join, totals

    figures = tuple(figures)
    frame = join(figures, regions, as_of=as_of, previous=previous)
    sums = totals(frame)
    return Snapshot(
        as_of=as_of,
        frame=frame,
        figures=figures,
        totals=sums,
        texts=style.texts(frame, sums),
        anchors=anchors(frame),
        previous_as_of=previous[0] if previous else None,
    )


def series(history: dict[dt.date, list[Figure]], regions: gpd.GeoDataFrame) -> list[Snapshot]:
    """A snapshot per date of ``history``, oldest first, each with the one before it."""
    dates = sorted(history)
    return [
        snapshot(
            history[day],
            regions,
            as_of=day,
            previous=(dates[i - 1], history[dates[i - 1]]) if i else None,
        )
        for i, day in enumerate(dates)
    ]


@dataclass(frozen=True, eq=False)
class Atlas:
    """Everything a build's writers are handed."""

    snapshots: list[Snapshot]  # oldest first
    context: gpd.GeoDataFrame | None = None  # the neighbouring countries
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def latest(self) -> Snapshot:
        return self.snapshots[-1]

    @property
    def history(self) -> dict[dt.date, list[Figure]]:
        return {s.as_of: list(s.figures) for s in self.snapshots}
