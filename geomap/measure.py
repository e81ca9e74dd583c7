"""Measured shares: how much of each unit a control layer covers (:mod:`geomap.reconcile` compares
reporting with them).

Areas are measured in an Albers equal-area projection fitted to the profile's country, where
a polygon's planar area is its area on the ground (within a fraction of a percent across
Ukraine). The units are projected once; each layer is projected once and intersected only with
the units its outline crosses: a unit wholly inside is wholly controlled, one wholly outside
not at all.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

import numpy as np

from geomap import limits
from geomap.errors import InputError
from geomap.profile import current
from geomap.store import read_record, write_record

if TYPE_CHECKING:
    import geopandas as gpd
    import shapely

    from geomap.layers import ControlLayer, LayerFile


class _HasDate(Protocol):
    @property
    def as_of(self) -> dt.date: ...


_Dated = TypeVar("_Dated", bound=_HasDate)  # anything with an ``as_of`` date

# A reported figure is compared with the layer of its date, or the closest earlier one up to
# this many days before it.
MAX_AGE = dt.timedelta(days=14)


def equal_area_crs() -> str:
    """An Albers equal-area projection fitted to the profile's bounds."""
    west, south, east, north = current().bounds or (-180.0, -60.0, 180.0, 80.0)
    span = north - south
    return (
        f"+proj=aea +lat_1={south + span / 6:.2f} +lat_2={north - span / 6:.2f} "
        f"+lat_0={(south + north) / 2:.2f} +lon_0={(west + east) / 2:.2f} "
        "+datum=WGS84 +units=m +no_defs"
    )


# Long edges are split into pieces of at most this many degrees before projecting: an edge is a
# straight line in longitude/latitude (as GeoJSON has it), a curve in the equal-area plane.
SEGMENT_DEG = 0.01


def _project(geometries, transformer):
    import shapely

    geometries = shapely.segmentize(geometries, SEGMENT_DEG)

    def forward(xy: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geometries, forward)


@dataclass(frozen=True, eq=False)
class Units:
    """The units measured against (regions and raions), projected once.

    A unit that its sub-units tile exactly (a region and its raions, cut from one coverage) is
    measured as the sum of them rather than intersected again: the area it shares with a layer
    is the sum of what its parts share, and the intersections are the expensive step.
    """

    codes: tuple[str, ...]
    geometries: np.ndarray  # equal-area, prepared
    areas_km2: np.ndarray
    transformer: object = field(repr=False)
    lonlat: np.ndarray = field(repr=False)  # the shapes as given, for the tiling check
    parents: tuple[str | None, ...] = ()  # each unit's parent's code, if it has one
    digest: str = ""  # of the units' shapes and the way they are measured

    @classmethod
    def of(cls, *frames: gpd.GeoDataFrame | None) -> Units:
        """The units of lon/lat frames with ``code`` and ``geometry`` columns (and, for
        sub-units, ``parent``)."""
        import shapely
        from pyproj import Transformer

        transformer = Transformer.from_crs("EPSG:4326", equal_area_crs(), always_xy=True)
        codes, geoms, parents = [], [], []
        for frame in frames:
            if frame is not None:
                codes += list(frame["code"])
                geoms += list(frame.geometry.values)
                parents += list(frame["parent"]) if "parent" in frame else [None] * len(frame)
        lonlat = np.asarray(geoms, dtype=object)
        digest = hashlib.sha256(f"{equal_area_crs()}|{SEGMENT_DEG}|{codes}|{parents}".encode())
        for wkb in shapely.to_wkb(lonlat):
            digest.update(wkb)
        projected = _project(lonlat, transformer)
        shapely.prepare(projected)
        return cls(
            codes=tuple(codes),
            geometries=projected,
            areas_km2=shapely.area(projected) / 1e6,
            transformer=transformer,
            lonlat=lonlat,
            parents=tuple(parents),
            digest=digest.hexdigest(),
        )

    @cached_property
    def tiled(self) -> dict[int, np.ndarray]:
        """The units (by index) that their sub-units tile, each with its sub-units' indices.

        Checked, not assumed: the sub-units form a valid coverage (no overlaps, no gaps between
        them), their union is the unit itself, vertex for vertex, and their areas add up to its
        area. A unit that fails any test is intersected directly, which is slower, never wrong.
        """
        import shapely

        out = {}
        for unit in self._deepest_first(self._children):
            parts = self._children[unit]
            shapes = self.lonlat[parts]
            if not shapely.coverage_is_valid(shapes):
                continue
            # Compared vertex for vertex, once points in the middle of straight edges are gone.
            union, whole = (
                shapely.normalize(shapely.simplify(g, 0))
                for g in (shapely.coverage_union_all(shapes), self.lonlat[unit])
            )
            if not shapely.equals_exact(union, whole):
                continue
            total = self.areas_km2[parts].sum()
            if abs(total - self.areas_km2[unit]) <= 1e-9 * self.areas_km2[unit]:
                out[unit] = parts
        return out

    @property
    def tiling_checked(self) -> bool:
        """Whether :attr:`tiled` is known (checked or adopted)."""
        return "tiled" in self.__dict__

    def adopt_tiling(self, tiled: list[int]) -> None:
        """Take the :attr:`tiled` units found for units of the same digest before (by a
        :class:`MeasurementCache`) rather than check them again."""
        units = [i for i in tiled if i in self._children]
        self.__dict__["tiled"] = {i: self._children[i] for i in self._deepest_first(units)}

    @cached_property
    def _children(self) -> dict[int, np.ndarray]:
        """The units that have sub-units, each with their indices."""
        index = {code: i for i, code in enumerate(self.codes)}
        children: dict[int, list[int]] = {}
        for i, parent in enumerate(self.parents):
            if parent is not None and parent in index:
                children.setdefault(index[parent], []).append(i)
        return {unit: np.asarray(parts) for unit, parts in children.items()}

    def _deepest_first(self, units) -> list[int]:
        """``units`` ordered so that a unit's parts come before it (they are summed first)."""
        parent_of = {int(p): unit for unit, parts in self._children.items() for p in parts}

        def depth(unit: int) -> int:
            n = 0
            while unit in parent_of and n < len(self.codes):
                unit, n = parent_of[unit], n + 1
            return n

        return sorted(units, key=lambda unit: -depth(unit))

    @cached_property
    def _direct(self) -> tuple[np.ndarray, shapely.STRtree]:
        """The units intersected with a layer (all but the tiled ones), and their tree."""
        import shapely

        direct = np.asarray([i for i in range(len(self.codes)) if i not in self.tiled], dtype=int)
        return direct, shapely.STRtree(self.geometries[direct])

    def covered_km2(self, geometry, *, where: str = "") -> np.ndarray:
        """The km² of each unit that a lon/lat ``geometry`` (of the file ``where``) covers."""
        import shapely

        out = np.zeros(len(self.codes))
        if geometry is None or geometry.is_empty:
            return out
        direct, tree = self._direct
        # The vertices the outline grows to once its edges are followed every SEGMENT_DEG,
        # counted before it is grown: a saw-toothed outline of long edges grows many times over.
        xy = shapely.get_coordinates(geometry)
        steps = np.hypot(*np.diff(xy, axis=0).T) / SEGMENT_DEG if len(xy) > 1 else np.zeros(0)
        work = len(xy) + int(np.floor(steps).sum())
        if work > limits.MEASURED_VERTICES.value:
            raise InputError(
                f"is too jagged to measure: {work:,} vertices once its edges are followed "
                f"every {SEGMENT_DEG}°", where=where or None,
                hint="simplify it in a GIS; " + limits.hint(limits.MEASURED_VERTICES),
            )  # fmt: skip
        shape = _project(geometry, self.transformer)
        shapely.prepare(shape)
        candidates = direct[tree.query(shape, predicate="intersects")]
        if len(candidates):
            inside = shapely.contains_properly(shape, self.geometries[candidates])
            out[candidates[inside]] = self.areas_km2[candidates[inside]]
            crossing = candidates[~inside]
            # Cut the layer to each unit's box first: the intersection then handles a few
            # hundred vertices, not the whole front line.
            boxes = shapely.bounds(self.geometries[crossing])
            pieces = [shapely.clip_by_rect(shape, *b) for b in boxes]
            out[crossing] = (
                shapely.area(shapely.intersection(self.geometries[crossing], pieces)) / 1e6
            )
        for unit, parts in self.tiled.items():
            out[unit] = out[parts].sum()
        return out


@dataclass(frozen=True, eq=False)
class Measurement:
    """What one control layer covers of each unit."""

    as_of: dt.date
    source: str
    document: str  # the layer's file name
    km2: dict[str, float]
    pct: dict[str, float]
    grey_km2: dict[str, float]


def measure(layer: ControlLayer, units: Units) -> Measurement:
    """The controlled km² and share of each unit, and its grey zone's km²."""
    controlled = units.covered_km2(layer.controlled, where=str(layer.path))
    grey = units.covered_km2(layer.grey, where=str(layer.path))
    return _measurement(layer.as_of, layer.source, layer.path.name, units, controlled, grey)


def _measurement(as_of, source, document, units: Units, controlled, grey) -> Measurement:
    pct = np.minimum(100.0, 100.0 * controlled / units.areas_km2)
    return Measurement(
        as_of=as_of,
        source=source,
        document=document,
        km2=dict(zip(units.codes, controlled.tolist(), strict=True)),
        pct=dict(zip(units.codes, pct.tolist(), strict=True)),
        grey_km2=dict(zip(units.codes, grey.tolist(), strict=True)),
    )


def applicable(dated: Iterable[_Dated], day: dt.date) -> _Dated | None:
    """Of dated things (measurements, layers, layer files), the one of ``day``, or the closest
    earlier one within :data:`MAX_AGE`."""
    earlier = [m for m in dated if m.as_of <= day and day - m.as_of <= MAX_AGE]
    return max(earlier, key=lambda m: m.as_of) if earlier else None


# The cache's file in the output folder: measurements of control files, kept between builds.
CACHE_NAME = ".geomap-measurements.json"


class MeasurementCache:
    """Measurements of control files already measured, keyed by the file's bytes, its date and
    source, and the units (their shapes and this module's method): an archive of hundreds of
    daily files is read and measured once, and a new day costs one file. The units' tiling
    (which units their parts tile, see :attr:`Units.tiled`) is kept too, by the units' digest.

    Kept as JSON in the output folder (``.geomap-measurements.json``), each measurement's km²
    as the float64 array itself (base64), in the units' order; a cache that cannot be read is
    started afresh.
    """

    VERSION = 3

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[str, dict] = {}
        self.tilings: dict[str, list[int]] = {}
        self.changed = False
        record = read_record(path, self.VERSION)
        entries, tilings = record.get("entries"), record.get("tilings")
        if isinstance(entries, dict):
            self.entries = entries
            self.tilings = dict(tilings) if isinstance(tilings, dict) else {}

    @staticmethod
    def key(file: LayerFile, units: Units) -> str:
        from geomap.digests import file_digest

        text = f"{file_digest(file.path)}|{file.as_of}|{file.source}|{units.digest}"
        return hashlib.sha256(text.encode()).hexdigest()

    def get(self, key: str, units: Units) -> Measurement | None:
        entry = self.entries.get(key)
        if entry is None:
            return None
        try:
            km2, grey = (_array(entry[k], len(units.codes)) for k in ("km2", "grey_km2"))
            # A cache is no evidence: km² that no unit could hold are measured again.
            ceiling = units.areas_km2 * 1.001 + 1e-6
            if not all(np.isfinite(a).all() and (a >= 0).all() and (a <= ceiling).all()
                       for a in (km2, grey)):  # fmt: skip
                return None
            return _measurement(dt.date.fromisoformat(entry["as_of"]), entry["source"],
                                entry["document"], units, km2, grey)  # fmt: skip
        except (KeyError, TypeError, ValueError):
            return None  # measured again

    def put(self, key: str, measurement: Measurement, units: Units) -> None:
        self.entries[key] = {
            "as_of": measurement.as_of.isoformat(), "source": measurement.source,
            "document": measurement.document,
            "km2": _text([measurement.km2[c] for c in units.codes]),
            "grey_km2": _text([measurement.grey_km2[c] for c in units.codes]),
        }  # fmt: skip
        self.changed = True

    def adopt_tiling(self, units: Units) -> None:
        """Give ``units`` the tiling found for them before, or keep the one they find now."""
        known = self.tilings.get(units.digest)
        if isinstance(known, list) and all(isinstance(i, int) for i in known):
            units.adopt_tiling(known)
        elif units.tiling_checked:
            self.tilings[units.digest] = sorted(int(i) for i in units.tiled)
            self.changed = True

    def save(self) -> None:
        if self.path is None or not self.changed:
            return
        write_record(self.path, self.VERSION, {"entries": self.entries, "tilings": self.tilings})
        self.changed = False


def _text(values: list[float]) -> str:
    return base64.b64encode(np.asarray(values, dtype="<f8").tobytes()).decode("ascii")


def _array(text: str, n: int) -> np.ndarray:
    values = np.frombuffer(base64.b64decode(text, validate=True), dtype="<f8")
    if len(values) != n:
        raise ValueError(f"{len(values)} values for {n} units")
    return values.astype(float)


def measure_files(
    files: list[LayerFile],
    units: Units,
    cache: MeasurementCache | None = None,
    *,
    read: dict[LayerFile, ControlLayer] | None = None,
) -> list[Measurement]:
    """The measurement of every control file, from ``cache`` where it has it; files already
    ``read`` are measured without being read again."""
    cache = cache or MeasurementCache(None)
    cache.adopt_tiling(units)
    out = []
    for file in files:
        key = cache.key(file, units)
        found = cache.get(key, units)
        if found is None:
            layer = (read or {}).get(file) or file.read()
            found = measure(layer, units)
            cache.put(key, found, units)
        out.append(found)
    cache.adopt_tiling(units)  # keeps the tiling if it was found just now
    cache.save()
    return out
