"""Control layers: the user's dated polygon files of territory under the controlling side.

Analysts keep control polygons (DeepStateMap exports, ISW/CTP layers, daily archives, polygons
they drew). geomap ships none: it reads the user's files, in any format pyogrio reads, from
``seeds/control/`` or ``--control PATH``. Each file is one date, taken from its name
(``YYYY-MM-DD`` or ``YYYYMMDD`` anywhere in it) unless the caller gives one. Polygons whose
status column says they are contested or unknown are kept apart, as a grey zone.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from geomap import limits
from geomap.dates import date_in_name
from geomap.errors import InputError
from geomap.profile import current

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

log = logging.getLogger(__name__)

SUFFIXES = (".geojson", ".json", ".gpkg", ".shp", ".kml", ".fgb", ".gml")
# Formats that hold one layer a file: no need to list the layers before reading.
SINGLE_LAYER = (".geojson", ".shp", ".fgb")
# Columns that may give a polygon's status (``layer``: the name of the file's layer or KML
# folder it is in), and the values that mean it is not controlled.
STATUS_COLUMNS = ("status", "state", "control", "type", "category", "layer")
GREY = re.compile(r"contest|disput|unknown|uncertain|unclear|gr[ae]y", re.IGNORECASE)
_HINT = "give polygons of the territory under control (GeoJSON, KML, GeoPackage, Shapefile)"


@dataclass(frozen=True, eq=False)
class ControlLayer:
    """One date's territory under the controlling side, in lon/lat."""

    as_of: dt.date
    path: Path
    source: str  # whom to credit, as the user named it
    controlled: BaseGeometry  # (multi)polygon
    grey: BaseGeometry  # contested or of unknown status: not counted as controlled


def _date_of(path: Path, given: dt.date | None) -> dt.date:
    day = given or date_in_name(path)
    if day is None:
        raise InputError(
            "no date in its name", where=str(path),
            hint="put its date in its name (2025-02-18 or 20250218) or give --control-date",
        )  # fmt: skip
    if day > dt.date.today():
        raise InputError(
            f"is dated {day.isoformat()}, in the future", where=str(path),
            hint="check the date in its name (or --control-date)",
        )  # fmt: skip
    return day


def layer_files(path: Path) -> list[Path]:
    """The control files at ``path``: the file itself, or the layer files in a folder."""
    if not path.exists():
        raise InputError("no such file or folder", where=str(path), hint="check --control")
    if path.is_file():
        return [path]
    return sorted(
        p for p in path.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix.casefold() in SUFFIXES
    )  # fmt: skip


def _polygons(geometry) -> BaseGeometry | None:
    import shapely

    if geometry is None or geometry.is_empty:
        return None
    parts = [p for p in shapely.get_parts(geometry) if p.geom_type in ("Polygon", "MultiPolygon")]
    parts = [q for p in parts for q in shapely.get_parts(p)]
    return shapely.MultiPolygon(parts) if parts else None


@dataclass
class _Features:
    """A file's features: their shapes in lon/lat (None where a feature has none) and their
    attributes by column."""

    geometries: list
    columns: dict[str, list]


def _status_column(features: _Features) -> str | None:
    for column, values in features.columns.items():
        if column.casefold() in STATUS_COLUMNS and any(GREY.search(str(v)) for v in values):
            return column
    return None


def _read_features(path: Path) -> _Features:
    """Every layer of the file (a KML's folders, a GeoPackage's tables) in lon/lat, each
    feature with its layer's name in a ``layer`` column where there are several (a folder
    named "Contested" marks its polygons as grey)."""
    import pyogrio
    import pyogrio.errors
    import pyogrio.raw

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            warnings.simplefilter("ignore", RuntimeWarning)
            single = path.suffix.casefold() in SINGLE_LAYER
            names = [] if single else [name for name, kind in pyogrio.list_layers(path) if kind]
            count = sum(
                max(0, pyogrio.read_info(path, layer=n)["features"]) for n in names or [None]
            )
            if count > limits.LAYER_FEATURES.value:
                raise InputError(f"has {count:,} features", where=str(path),
                                 hint=limits.hint(limits.LAYER_FEATURES))  # fmt: skip
            layers = [(name, pyogrio.raw.read(path, layer=name)) for name in names or [None]]
    except InputError:
        raise
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, ValueError,
            IndexError, KeyError, RuntimeError, OverflowError) as exc:  # fmt: skip
        # A damaged file may fail anywhere in its driver (a FlatGeobuf header: IndexError).
        first = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise InputError(f"cannot read the control layer ({first})", where=str(path),
                         hint=_HINT) from exc  # fmt: skip
    features = _Features([], {})
    for name, (meta, _fids, wkb, fields) in layers:
        columns = {str(k): list(v) for k, v in zip(meta["fields"], fields, strict=True)}
        if name is not None and len(names) > 1:
            columns["layer"] = [name] * len(wkb)
        before = len(features.geometries)
        for column in columns.keys() - features.columns.keys():
            features.columns[column] = [None] * before
        for column, values in features.columns.items():
            values += columns.get(column, [None] * len(wkb))
        features.geometries += _to_lonlat(wkb, meta["crs"], path)
    return features


def _to_lonlat(wkb, crs: str | None, path: Path) -> list:
    import numpy as np
    import shapely
    from pyproj import CRS, Transformer

    with np.errstate(invalid="ignore"):  # a NaN vertex is named below, not warned of
        shapes = shapely.from_wkb(wkb)
    _check_finite(shapely.get_coordinates(shapes), path, "")
    if crs is None:
        minx, miny, maxx, maxy = shapely.total_bounds(shapes)
        if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
            raise InputError(
                "has no CRS and its coordinates are not longitude/latitude", where=str(path),
                hint="save it with its coordinate reference system",
            )  # fmt: skip
        log.warning("%s: no CRS given; assuming longitude/latitude (EPSG:4326)", path)
        lonlat, after = shapes, ""
    elif (given := CRS.from_user_input(crs)).equals("EPSG:4326", ignore_axis_order=True):
        lonlat, after = shapes, ""
    else:
        transformer = Transformer.from_crs(given, "EPSG:4326", always_xy=True)

        def forward(xy):
            return np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))

        lonlat, after = shapely.transform(shapes, forward), f" once taken from {crs}"
        _check_finite(shapely.get_coordinates(lonlat), path, after)
    _check_near(shapely.get_coordinates(lonlat), path, after)
    return list(lonlat)


def _check_finite(xy, path: Path, after: str) -> None:
    """Every vertex a finite number, and no more of them than the limit."""
    import numpy as np

    if len(xy) > limits.LAYER_VERTICES.value:
        raise InputError(f"has {len(xy):,} vertices", where=str(path),
                         hint=limits.hint(limits.LAYER_VERTICES))  # fmt: skip
    if not np.isfinite(xy).all():
        raise InputError(
            f"has a vertex that is not a finite number{after} (NaN or infinite)",
            where=str(path), hint="repair or remove that vertex in a GIS",
        )  # fmt: skip


def _check_near(lonlat, path: Path, after: str) -> None:
    """Every vertex (lon/lat) near the profile's country: a single vertex far away would make
    a share that nobody drew."""
    bounds = current().bounds or (-180.0, -90.0, 180.0, 90.0)
    if not len(lonlat):
        return
    west, south, east, north = bounds
    far = (lonlat[:, 0] < west - FAR_DEG) | (lonlat[:, 0] > east + FAR_DEG)
    far |= (lonlat[:, 1] < south - FAR_DEG) | (lonlat[:, 1] > north + FAR_DEG)
    if far.any() and not far.all():  # all of them far: the whole layer is elsewhere (see below)
        x, y = lonlat[far][0]
        raise InputError(
            f"has a vertex at {x:.4g} E, {y:.4g} N{after}, far from {current().name}",
            where=str(path), hint="repair or remove that vertex, or check the file's CRS",
        )  # fmt: skip


# How far (degrees) past the profile's bounds a vertex may lie: layers often draw a little of
# the neighbours, never a continent away.
FAR_DEG = 15.0


def _check_lands(geometry, path: Path) -> None:
    import shapely

    bounds = current().bounds
    if bounds and not geometry.intersects(shapely.box(*bounds)):
        minx, miny, maxx, maxy = geometry.bounds
        raise InputError(
            f"the polygons lie at {minx:.4g}..{maxx:.4g} E, {miny:.4g}..{maxy:.4g} N, "
            f"not on {current().name}", where=str(path),
            hint="is its CRS declared right? are latitude and longitude swapped?",
        )  # fmt: skip


def read_layer(path: Path, *, as_of: dt.date | None = None, source: str = "") -> ControlLayer:
    """Read one control file; its date from its name unless ``as_of`` is given.

    Raises
    ------
    InputError
        No date, unreadable, no CRS that can be inferred, no polygons, outside the country,
        or nothing left once repaired: one line naming the file.
    """
    import shapely

    day = _date_of(path, as_of)
    features = _read_features(path)
    if all(g is None for g in features.geometries):
        raise InputError("has no shapes", where=str(path), hint=_HINT)
    polygons = [_polygons(g) for g in features.geometries]
    dropped = sum(1 for p, g in zip(polygons, features.geometries, strict=True)
                  if p is None and g is not None)  # fmt: skip
    if all(p is None for p in polygons):
        raise InputError("has no polygons (only points or lines)", where=str(path), hint=_HINT)
    if dropped:
        log.warning("%s: %d feature(s) that are not polygons left out", path, dropped)
    invalid = [p is not None and not p.is_valid for p in polygons]
    if any(invalid):
        log.warning("%s: repaired %d invalid polygon(s)", path, sum(invalid))
        polygons = [_polygons(shapely.make_valid(p)) if bad else p
                    for p, bad in zip(polygons, invalid, strict=True)]  # fmt: skip
    status = _status_column(features)
    values = features.columns[status] if status else [None] * len(polygons)
    grey_rows = [status is not None and bool(GREY.search(str(v))) for v in values]
    controlled = shapely.union_all([p for p, g in zip(polygons, grey_rows, strict=True)
                                    if p is not None and not g])  # fmt: skip
    grey = shapely.union_all([p for p, g in zip(polygons, grey_rows, strict=True)
                              if p is not None and g])  # fmt: skip
    # What is both is contested: it counts as neither controlled nor twice.
    if not grey.is_empty:
        controlled = controlled.difference(grey)
    controlled = _polygons(controlled) or shapely.MultiPolygon()
    grey = _polygons(grey) or shapely.MultiPolygon()
    whole = controlled if grey.is_empty else shapely.union(controlled, grey)
    if whole.is_empty or whole.area == 0:
        raise InputError("has no area once repaired", where=str(path), hint=_HINT)
    _check_lands(whole, path)
    return ControlLayer(day, path, source, controlled, grey)


@dataclass(frozen=True)
class LayerFile:
    """A control file and its date, before it is read."""

    as_of: dt.date
    path: Path
    source: str = ""

    def read(self) -> ControlLayer:
        return read_layer(self.path, as_of=self.as_of, source=self.source)


def dated_files(path: Path, *, as_of: dt.date | None = None, source: str = "") -> list[LayerFile]:
    """The control files at ``path`` (a file or a folder) with their dates, oldest first, one
    per date; nothing is read yet."""
    files = layer_files(path)
    if as_of is not None and len(files) > 1:
        raise InputError(
            f"a date given for {len(files)} files", where=str(path),
            hint="give --control-date with a single file, or put the dates in the names",
        )  # fmt: skip
    dated = []
    for file in files:
        dated.append(LayerFile(_date_of(file, as_of), file, source))
    dated.sort(key=lambda f: f.as_of)
    for before, after in itertools.pairwise(dated):
        if before.as_of == after.as_of:
            raise InputError(
                f"a second control layer for {after.as_of} (the first is {before.path.name})",
                where=str(after.path), hint="keep one file per date",
            )  # fmt: skip
    return dated


def read_layers(
    path: Path, *, as_of: dt.date | None = None, source: str = ""
) -> list[ControlLayer]:
    """Every control layer at ``path`` (a file or a folder), oldest first, one per date."""
    return [f.read() for f in dated_files(path, as_of=as_of, source=source)]
