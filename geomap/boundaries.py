"""Boundary shapes: the shipped defaults in ``boundaries/`` or a user's own file.

Shapes are joined to the gazetteer by ISO code or by name, so a file keyed either way works.
Every loader returns a GeoDataFrame in EPSG:4326 with the columns ``code, name, name_local,
geometry``, one row per region, all 27 present.
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.errors import BoundaryError, InputError
from geomap.profile import current, gazetteer

if TYPE_CHECKING:
    import geopandas as gpd

log = logging.getLogger(__name__)


def default_regions() -> Path:
    """The profile's region shapes (the shipped ``boundaries/ukraine_regions.geojson``)."""
    return current().default_boundaries


def default_context() -> Path:
    """The profile's neighbouring countries (``boundaries/neighbours.geojson``)."""
    return current().default_neighbours


def load_places() -> list[dict]:
    """The profile's places for orientation (name, kind, population, lon, lat); none when it
    names no places file or the file is absent."""
    import json

    from geomap import limits
    from geomap.files import read_user_text

    path = current().places
    if path is None or not path.exists():
        return []
    text = read_user_text(
        path, kind="places file", content="GeoJSON", error=BoundaryError,
        hint="rebuild it with boundaries/places.py", limit=limits.SMALL_FILE_MB,
    )  # fmt: skip
    try:
        return [
            {**{k: f["properties"][k] for k in ("name", "kind")},
             "population": int(f["properties"].get("population") or 0),
             "lon": float(f["geometry"]["coordinates"][0]),
             "lat": float(f["geometry"]["coordinates"][1])}
            for f in json.loads(text)["features"]
            if f["properties"]["kind"] in ("capital", "city", "sea")
        ]  # fmt: skip
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise BoundaryError(
            f"is not a places file ({exc!r})", where=str(path),
            hint="points with name and kind (capital, city or sea): see boundaries/places.py",
        ) from exc  # fmt: skip


def projected_crs() -> str:
    """The profile's projection for the static maps, in metres."""
    return current().projection


_NAME_FIELDS = ("code", "iso_3166_2", "iso", "name", "name_en", "shapeName", "NAME_1", "ADM1_EN")


def _read(path: Path) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pyogrio.errors
    import shapely

    if not path.exists():
        raise BoundaryError("no such file", where=str(path), hint="check the --boundaries path")
    if path.is_dir() and not path.suffix:
        raise BoundaryError("is a folder, not a boundary file", where=str(path))
    if not path.is_dir() and not path.is_file():  # a FIFO or a device would block the read
        raise BoundaryError("is not a regular file", where=str(path), hint=_FORMATS_HINT)
    try:
        with warnings.catch_warnings():
            # pyogrio warns about layers without a CRS; _to_wgs84 says so more plainly.
            warnings.simplefilter("ignore", UserWarning)
            warnings.simplefilter("ignore", RuntimeWarning)
            frame = gpd.read_file(path, engine="pyogrio")
    except (
        pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError,
        shapely.errors.GEOSException, ValueError,
    ) as exc:  # fmt: skip
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise BoundaryError(
            f"cannot read shapes ({first})", where=str(path), hint=_FORMATS_HINT
        ) from exc
    if not isinstance(frame, gpd.GeoDataFrame) or frame.geometry.name not in frame:
        raise BoundaryError("has no geometry: not a file of shapes", where=str(path),
                            hint=_FORMATS_HINT)  # fmt: skip
    if frame.empty or frame.geometry.isna().all():
        raise BoundaryError("has no shapes", where=str(path))
    return frame


_FORMATS_HINT = "give a GeoJSON, GeoPackage or Shapefile"


def _check_polygons(frame: gpd.GeoDataFrame, path: Path, *, repaired: bool = False) -> None:
    """Every feature a polygon with finite coordinates: one line naming the first that is not."""
    import numpy as np
    import shapely

    for i, geometry in enumerate(frame.geometry):
        what = None
        if geometry is None or geometry.is_empty:
            what = "has no area once repaired" if repaired else "has no geometry"
        elif geometry.geom_type not in ("Polygon", "MultiPolygon"):
            what = f"is a {geometry.geom_type}, not a polygon"
        elif not np.isfinite(shapely.get_coordinates(geometry)).all():
            what = "has coordinates that are not numbers"
        if what:
            raise BoundaryError(
                f"feature {i + 1} {what}", where=str(path),
                hint="region boundaries must be polygons",
            )  # fmt: skip


def _check_lands(frame: gpd.GeoDataFrame, path: Path) -> None:
    """The shapes, in longitude/latitude, lie where the profile's country is."""
    bounds = current().bounds
    if not bounds:
        return
    minx, miny, maxx, maxy = frame.total_bounds
    west, south, east, north = bounds
    margin = 2.0  # degrees
    if (
        west - margin <= minx
        and maxx <= east + margin
        and south - margin <= miny
        and (maxy <= north + margin)
    ):
        return
    swapped = (
        west - margin <= miny and maxy <= east + margin
        and south - margin <= minx and maxx <= north + margin
    )  # fmt: skip
    raise BoundaryError(
        f"the shapes lie at {minx:.4g}..{maxx:.4g} E, {miny:.4g}..{maxy:.4g} N, not on "
        f"{current().name}",
        where=str(path),
        hint="latitude and longitude look swapped" if swapped
        else "is its CRS declared right?",
    )  # fmt: skip


def _to_wgs84(frame: gpd.GeoDataFrame, path: Path) -> gpd.GeoDataFrame:
    if frame.crs is None:
        minx, miny, maxx, maxy = frame.total_bounds
        if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
            raise BoundaryError(
                "has no CRS and its coordinates are not longitude/latitude",
                where=str(path),
                hint="save it with its coordinate reference system",
            )
        log.warning("%s: no CRS given; assuming longitude/latitude (EPSG:4326)", path)
        return frame.set_crs(4326)
    return frame.to_crs(4326) if not frame.crs.equals("EPSG:4326") else frame


def _repair(frame: gpd.GeoDataFrame, path: Path) -> gpd.GeoDataFrame:
    invalid = ~frame.geometry.is_valid
    if invalid.any():
        log.warning("%s: repaired %d invalid geometries", path, int(invalid.sum()))
        frame = frame.copy()
        # A polygon repaired may be a polygon again, or collapse to lines and points: keep the
        # polygonal part; a feature with none left is an error.
        frame.loc[invalid, "geometry"] = frame.geometry[invalid].make_valid().apply(_polygonal)
        _check_polygons(frame, path, repaired=True)
    return frame


def _polygonal(geometry):
    import shapely

    if geometry is None or geometry.geom_type in ("Polygon", "MultiPolygon"):
        return geometry
    parts = [g for g in getattr(geometry, "geoms", [geometry]) if g.geom_type == "Polygon"]
    parts += [p for g in getattr(geometry, "geoms", []) if g.geom_type == "MultiPolygon"
              for p in g.geoms]  # fmt: skip
    return shapely.MultiPolygon(parts) if parts else shapely.Polygon()


def _pick_field(frame: gpd.GeoDataFrame, name_field: str | None, path: Path) -> str:
    gaz = gazetteer()
    if name_field:
        if name_field not in frame.columns:
            raise BoundaryError(
                f"no column {name_field!r}",
                where=str(path),
                hint="columns are " + ", ".join(c for c in frame.columns if c != "geometry"),
            )
        return name_field
    from pandas.api.types import is_object_dtype, is_string_dtype

    candidates = [
        c
        for c in frame.columns
        if c != frame.geometry.name and (is_string_dtype(frame[c]) or is_object_dtype(frame[c]))
    ]
    candidates.sort(key=lambda c: (c not in _NAME_FIELDS, list(frame.columns).index(c)))
    best, best_hits = None, 0
    for column in candidates:
        hits = sum(1 for v in frame[column] if isinstance(v, str) and gaz.find(v))
        if hits > best_hits:
            best, best_hits = column, hits
    if best is None:
        raise BoundaryError(
            f"no column holds {current().defender.adjective} region names or ISO codes",
            where=str(path),
            hint="name the column with --name-field",
        )
    return best


UNMATCHED = ("error", "context", "drop")


def load_regions(
    path: str | Path | None = None, *, name_field: str | None = None, unmatched: str = "error"
) -> gpd.GeoDataFrame:
    """Load region shapes and key them by ISO 3166-2 code.

    Parameters
    ----------
    path
        Any file pyogrio reads; the shipped ``boundaries/ukraine_regions.geojson`` by default.
    name_field
        Column holding region names or codes; detected when omitted.
    unmatched
        What to do with features that match no region: ``error``; ``context``, kept in
        ``frame.attrs["context"]`` to be drawn as surroundings; or ``drop``. Either of the last
        two names them in a warning.

    Raises
    ------
    BoundaryError
        When the file cannot be read, a feature matches no region, or a region has no shape.
    """
    import geopandas as gpd

    path = Path(path) if path else default_regions()
    if unmatched not in UNMATCHED:
        raise InputError(
            f"--unmatched: {unmatched!r} is not one of {', '.join(UNMATCHED)}",
            hint="error stops the build; context draws them as surroundings; drop leaves them out",
        )
    frame = _read(path)
    _check_polygons(frame, path)
    frame = _to_wgs84(frame, path)
    _check_lands(frame, path)
    frame = _repair(frame, path)
    field = _pick_field(frame, name_field, path)
    gaz = gazetteer()
    codes, strays = [], []
    for value in frame[field]:
        region = gaz.find(str(value)) if value is not None else None
        codes.append(region.code if region else None)
        if region is None:
            strays.append(str(value))
    extra = None
    if strays and unmatched != "error":
        kept = [c is not None for c in codes]
        extra = frame.loc[[not k for k in kept]]
        extra = gpd.GeoDataFrame(
            {"name": [str(v) for v in extra[field]], "geometry": extra.geometry.values}, crs=4326
        )
        log.warning(
            "%s: %d feature(s) match no %s and are %s: %s", path, len(strays),
            current().units.singular,
            "drawn as surroundings" if unmatched == "context" else "left out",
            ", ".join(repr(v) for v in strays[:10]) + (" ..." if len(strays) > 10 else ""),
        )  # fmt: skip
        frame = frame.loc[kept]
        codes = [c for c in codes if c is not None]
        strays = []
    if strays:
        details = []
        for value in strays[:5]:
            hint = gaz._suggest(value)
            details.append(f"{value!r} ({hint})" if hint.startswith("did") else repr(value))
        more = f" and {len(strays) - 5} more" if len(strays) > 5 else ""
        raise BoundaryError(
            f"{len(strays)} feature(s) in column {field!r} match no {current().units.singular}: "
            + "; ".join(details)
            + more,
            where=str(path),
            hint="fix the names, pick another column with --name-field, or draw them as "
            "surroundings with --unmatched context",
        )
    frame = gpd.GeoDataFrame({"code": codes, "geometry": frame.geometry}, crs=4326)
    twice = sorted(set(frame.code[frame.code.duplicated()]))
    if twice:
        log.warning(
            "%s: %s given by several features each; their shapes are joined into one",
            path, ", ".join(f"{gaz.get(c).name} ({c})" for c in twice),
        )  # fmt: skip
        frame = frame.dissolve(by="code", as_index=False)
    missing = sorted(set(gaz.codes) - set(frame.code))
    if missing:
        names = ", ".join(f"{gaz.get(c).name} ({c})" for c in missing)
        units = current().units
        raise BoundaryError(
            f"no shape for {len(missing)} {units.singular if len(missing) == 1 else units.plural}:"
            f" {names}", where=str(path),
            hint=f"every one of the {len(gaz.codes)} {units.plural} of {current().name} needs a "
            "shape",
        )  # fmt: skip
    frame["name"] = [gaz.get(c).name for c in frame.code]
    frame["name_local"] = [gaz.get(c).name_local for c in frame.code]
    order = {c: i for i, c in enumerate(gaz.codes)}
    frame = frame.sort_values("code", key=lambda s: s.map(order)).reset_index(drop=True)
    frame = frame[["code", "name", "name_local", "geometry"]]
    if extra is not None and unmatched == "context":
        frame.attrs["context"] = extra
    return frame


def load_raions(path: str | Path | None = None) -> gpd.GeoDataFrame | None:
    """The raions' shapes (``code, name, name_local, parent, geometry``), or ``None`` where the
    profile has none (a profile without raions, or its file missing)."""
    gaz = gazetteer()
    path = Path(path) if path else current().default_raions
    if not gaz.raions or not path.exists():
        return None
    frame = _to_wgs84(_read(path), path)
    _check_polygons(frame, path)
    known = {r.code for r in gaz.raions}
    if "code" not in frame or not set(frame["code"]) <= known:
        raise BoundaryError(
            "its raions are not the profile's (by KATOTTH code)", where=str(path),
            hint="rebuild it with boundaries/build.py",
        )  # fmt: skip
    frame["name"] = [gaz.get(c).name for c in frame["code"]]
    frame["name_local"] = [gaz.get(c).name_local for c in frame["code"]]
    frame["parent"] = [gaz.get(c).parent for c in frame["code"]]
    return frame[["code", "name", "name_local", "parent", "geometry"]]


def load_context(
    path: str | Path | None = None, *, extra: gpd.GeoDataFrame | None = None
) -> gpd.GeoDataFrame | None:
    """Neighbouring countries for map context, or ``None`` when the file is absent; with the
    profile's disputed areas, and ``extra`` features of the user's boundaries drawn as
    surroundings (see :func:`load_regions`)."""
    path = Path(path) if path else default_context()
    if not path.exists():
        log.warning("%s: not found; maps are drawn without neighbouring countries", path)
        return None
    import pandas as pd

    context = _to_wgs84(_read(path), path)
    context["disputed"] = ""
    added = []
    disputed = current().disputed
    if disputed is not None and disputed.exists():
        # Areas apart from every unit and every neighbour (Abyei): drawn apart, named.
        areas = _to_wgs84(_read(disputed), disputed)
        added.append(areas.assign(iso=areas["code"], neighbour=False, disputed=areas["name"]))
    if extra is not None and len(extra):
        added.append(extra.assign(iso=[f"extra-{i}" for i in range(len(extra))],
                                  neighbour=False, disputed=""))  # fmt: skip
    if added:
        columns = list(context.columns)
        context = pd.concat([context, *(a[columns] for a in added)], ignore_index=True)
    return context


def simplify_coverage(
    frame: gpd.GeoDataFrame, *, tolerance_m: float, grid_deg: float | None = None
) -> gpd.GeoDataFrame:
    """Simplify region polygons as one coverage, so neighbours keep their shared edges.

    Simplifying each polygon alone would open gaps and slivers between neighbours; coverage
    simplification moves each shared edge once, for both sides. ``tolerance_m`` is in metres
    of :func:`projected_crs`; ``grid_deg`` rounds the result's lon/lat coordinates. For the
    shipped shapes the result is read from :mod:`geomap.derived`.
    """
    from geomap import derived

    params = {"tolerance_m": tolerance_m, "grid_deg": grid_deg, "projection": projected_crs(),
              "crs": frame.crs.to_string() if frame.crs else None}  # fmt: skip
    out = frame.copy()
    out["geometry"] = derived.derived(
        "simplify_coverage", params, [frame.geometry.values],
        lambda: _simplify_coverage(frame, tolerance_m=tolerance_m, grid_deg=grid_deg),
    )  # fmt: skip
    return out


def _simplify_coverage(frame: gpd.GeoDataFrame, *, tolerance_m: float, grid_deg: float | None):
    import numpy as np
    import shapely

    if grid_deg:
        # Snapped to the grid first, the simplified vertices (a subset of the input's) come
        # back from the projection a rounding error away from it: rounding them there again
        # moves no shared edge, so the coverage stays clean.
        frame = frame.copy()
        frame["geometry"] = shapely.set_precision(frame.geometry.values, grid_deg)
    projected = frame.to_crs(projected_crs())
    projected["geometry"] = shapely.coverage_simplify(projected.geometry.values, tolerance_m)
    out = projected.to_crs(frame.crs)
    if grid_deg:
        digits = round(-np.log10(grid_deg))
        return shapely.transform(out.geometry.values, lambda xy: np.round(xy, digits))
    return out.geometry.values
