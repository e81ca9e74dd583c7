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

from geomap.errors import InputError
from geomap.profile import current

if TYPE_CHECKING:
    import geopandas as gpd
    from shapely.geometry.base import BaseGeometry

log = logging.getLogger(__name__)

SUFFIXES = (".geojson", ".json", ".gpkg", ".shp", ".kml", ".fgb", ".gml")
# Columns that may give a polygon's status (``layer``: the name of the file's layer or KML
# folder it is in), and the values that mean it is not controlled.
STATUS_COLUMNS = ("status", "state", "control", "type", "category", "layer")
GREY = re.compile(r"contest|disput|unknown|uncertain|unclear|gr[ae]y", re.IGNORECASE)
_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>-?)(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?!\d)"
)
_HINT = "give polygons of the territory under control (GeoJSON, KML, GeoPackage, Shapefile)"


@dataclass(frozen=True, eq=False)
class ControlLayer:
    """One date's territory under the controlling side, in lon/lat."""

    as_of: dt.date
    path: Path
    source: str  # whom to credit, as the user named it
    controlled: BaseGeometry  # (multi)polygon
    grey: BaseGeometry  # contested or of unknown status: not counted as controlled


def date_in_name(path: Path) -> dt.date | None:
    """The date in a file's name: ``2025-02-18`` or ``20250218`` anywhere in it."""
    for match in _DATE.finditer(path.stem):
        try:
            return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            continue
    return None


def _date_of(path: Path, given: dt.date | None) -> dt.date:
    day = given or date_in_name(path)
    if day is None:
        raise InputError(
            "no date in its name", where=str(path),
            hint="put its date in its name (2025-02-18 or 20250218) or give --control-date",
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


def _status_column(frame: gpd.GeoDataFrame) -> str | None:
    for column in frame.columns:
        if (
            column.casefold() in STATUS_COLUMNS
            and frame[column].astype(str).str.contains(GREY).any()
        ):
            return column
    return None


def _read_frame(path: Path) -> gpd.GeoDataFrame:
    """Every layer of the file (a KML's folders, a GeoPackage's tables), in one frame, each
    feature with its layer's name in a ``layer`` column (a folder named "Contested" marks its
    polygons as grey), reprojected to one CRS."""
    import geopandas as gpd
    import pandas as pd
    import pyogrio
    import pyogrio.errors

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            warnings.simplefilter("ignore", RuntimeWarning)
            names = [name for name, kind in pyogrio.list_layers(path) if kind]
            frames = []
            for name in names or [None]:
                frame = gpd.read_file(path, engine="pyogrio", layer=name)
                if name is not None and len(names) > 1:
                    frame["layer"] = name
                frames.append(frame)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, ValueError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"cannot read the control layer ({first})", where=str(path),
                         hint=_HINT) from exc  # fmt: skip
    if len(frames) == 1:
        return frames[0]
    crs = next((f.crs for f in frames if f.crs is not None), None)
    frames = [f.to_crs(crs) if f.crs is not None and crs is not None else f for f in frames]
    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=crs)


def _to_lonlat(frame: gpd.GeoDataFrame, path: Path) -> gpd.GeoDataFrame:
    if frame.crs is None:
        minx, miny, maxx, maxy = frame.total_bounds
        if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
            raise InputError(
                "has no CRS and its coordinates are not longitude/latitude", where=str(path),
                hint="save it with its coordinate reference system",
            )  # fmt: skip
        log.warning("%s: no CRS given; assuming longitude/latitude (EPSG:4326)", path)
        return frame.set_crs(4326)
    return frame.to_crs(4326)


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
    frame = _read_frame(path)
    if frame.empty or frame.geometry.isna().all():
        raise InputError("has no shapes", where=str(path), hint=_HINT)
    frame = _to_lonlat(frame, path)
    polygons = [_polygons(g) for g in frame.geometry]
    dropped = sum(1 for p, g in zip(polygons, frame.geometry, strict=True) if p is None and g)
    if all(p is None for p in polygons):
        raise InputError("has no polygons (only points or lines)", where=str(path), hint=_HINT)
    if dropped:
        log.warning("%s: %d feature(s) that are not polygons left out", path, dropped)
    invalid = [p is not None and not p.is_valid for p in polygons]
    if any(invalid):
        log.warning("%s: repaired %d invalid polygon(s)", path, sum(invalid))
        polygons = [_polygons(shapely.make_valid(p)) if bad else p
                    for p, bad in zip(polygons, invalid, strict=True)]  # fmt: skip
    status = _status_column(frame)
    grey_rows = (
        frame[status].astype(str).str.contains(GREY).tolist() if status else [False] * len(frame)
    )
    controlled = shapely.union_all([p for p, g in zip(polygons, grey_rows, strict=True)
                                    if p is not None and not g])  # fmt: skip
    grey = shapely.union_all([p for p, g in zip(polygons, grey_rows, strict=True)
                              if p is not None and g])  # fmt: skip
    # What is both is contested: it counts as neither controlled nor twice.
    controlled = _polygons(controlled.difference(grey)) or shapely.MultiPolygon()
    grey = _polygons(grey) or shapely.MultiPolygon()
    whole = shapely.union(controlled, grey)
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
