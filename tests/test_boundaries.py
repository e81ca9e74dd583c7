import json
import os
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from geomap.boundaries import load_context, load_regions
from geomap.errors import BoundaryError

from .conftest import SHAPES

REGIONS = SHAPES / "ukraine_regions.geojson"


@pytest.fixture(scope="module")
def default_regions():
    return load_regions(REGIONS)


def test_default_shapes_are_a_clean_coverage_of_27_units(default_regions):
    assert len(default_regions) == 27
    assert default_regions.crs.to_epsg() == 4326
    assert default_regions.geometry.is_valid.all()
    assert shapely.coverage_is_valid(default_regions.geometry.values)
    outline = shapely.union_all(default_regions.geometry.values)
    holes = [len(p.interiors) for p in getattr(outline, "geoms", [outline])]
    assert sum(holes) == 0


def test_context_has_the_neighbours():
    context = load_context(SHAPES / "neighbours.geojson")
    neighbours = set(context.loc[context["neighbour"], "iso"])
    assert neighbours == {"RUS", "BLR", "POL", "SVK", "HUN", "ROU", "MDA"}


def _user_file(tmp_path, default_regions, *, names, driver="GeoJSON", suffix=".geojson", crs=None):
    frame = gpd.GeoDataFrame(
        {"shapeName": names}, geometry=default_regions.geometry.values, crs=4326
    )
    if crs:
        frame = frame.to_crs(crs)
    path = tmp_path / f"user{suffix}"
    frame.to_file(path, driver=driver)
    return path


def test_user_shapes_by_other_spellings_in_another_crs(tmp_path, default_regions):
    spellings = {"UA-09": "Luhans'ka Oblast'", "UA-23": "Zaporozhye", "UA-51": "Odessa"}
    names = [
        spellings.get(c, n) for c, n in zip(default_regions.code, default_regions.name, strict=True)
    ]
    path = _user_file(
        tmp_path, default_regions, names=names, driver="GPKG", suffix=".gpkg", crs=3857
    )
    loaded = load_regions(path)
    assert sorted(loaded.code) == sorted(default_regions.code)
    assert loaded.crs.to_epsg() == 4326
    luhansk = loaded.set_index("code").geometry["UA-09"]
    original = default_regions.set_index("code").geometry["UA-09"]
    assert luhansk.symmetric_difference(original).area < 1e-6 * original.area


def test_unmatched_names_are_listed_with_suggestions(tmp_path, default_regions):
    names = list(default_regions.name)
    names[2] = "Luhanks"
    path = _user_file(tmp_path, default_regions, names=names)
    with pytest.raises(BoundaryError, match=r"1 feature\(s\) .* 'Luhanks' \(did you mean Luhansk"):
        load_regions(path, name_field="shapeName")


def test_missing_regions_are_listed(tmp_path, default_regions):
    subset = default_regions[default_regions.code != "UA-14"]
    path = tmp_path / "subset.geojson"
    subset.to_file(path, driver="GeoJSON")
    with pytest.raises(BoundaryError, match=r"no shape for 1 region: Donetsk \(UA-14\)"):
        load_regions(path)


def test_unknown_name_field(tmp_path, default_regions):
    with pytest.raises(BoundaryError, match="no column 'NAME_9'"):
        load_regions(REGIONS, name_field="NAME_9")


def test_corrupt_and_missing_files(tmp_path):
    bad = tmp_path / "bad.geojson"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(BoundaryError, match=r"bad\.geojson: cannot read shapes"):
        load_regions(bad)
    with pytest.raises(BoundaryError, match=r"nope\.geojson: no such file"):
        load_regions(tmp_path / "nope.geojson")


def test_invalid_geometry_is_repaired_with_a_warning(tmp_path, default_regions, caplog):
    data = json.loads(REGIONS.read_text(encoding="utf-8"))
    # A bow-tie ring in place of Chernivtsi: invalid, but repairable.
    feature = next(f for f in data["features"] if f["properties"]["code"] == "UA-77")
    feature["geometry"] = {
        "type": "Polygon",
        "coordinates": [[[25, 48], [27, 49], [27, 48], [25, 49], [25, 48]]],
    }
    path = tmp_path / "bowtie.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_regions(path)
    assert loaded.geometry.is_valid.all()
    assert "repaired 1 invalid geometries" in caplog.text


def _spoiled(tmp_path: Path, name: str, spoil) -> Path:
    data = json.loads(REGIONS.read_text(encoding="utf-8"))
    spoil(data["features"])
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _swap(coords):
    if isinstance(coords[0], int | float):
        return [coords[1], coords[0]]
    return [_swap(c) for c in coords]


def _east(coords):
    """100 degrees further east."""
    if isinstance(coords[0], int | float):
        return [coords[0] + 100, coords[1]]
    return [_east(c) for c in coords]


def _set(index: int, geometry):
    def spoil(features):
        features[index]["geometry"] = geometry

    return spoil


def _all(change):
    def spoil(features):
        for f in features:
            f["geometry"]["coordinates"] = change(f["geometry"]["coordinates"])

    return spoil


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (_set(0, {"type": "Point", "coordinates": [30, 50]}),
         "feature 1 is a Point, not a polygon; region boundaries must be polygons"),
        (_set(2, {"type": "LineString", "coordinates": [[30, 50], [31, 51]]}),
         "feature 3 is a LineString, not a polygon; region boundaries must be polygons"),
        (_set(1, None), "feature 2 has no geometry; region boundaries must be polygons"),
        (_all(_swap), "the shapes lie at 44.39..52.38 E, 22.14..40.23 N, not on Ukraine; "
         "latitude and longitude look swapped"),
        (_all(_east), "the shapes lie at 122.1..140.2 E, 44.39..52.38 N, not on Ukraine; "
         "is its CRS declared right?"),
    ],
)  # fmt: skip
def test_shapes_that_are_not_region_polygons_on_the_country(tmp_path, spoil, message):
    path = _spoiled(tmp_path, "bad.geojson", spoil)
    with pytest.raises(BoundaryError) as info:
        load_regions(path)
    assert str(info.value) == f"{path}: {message}"


def test_lon_lat_shapes_declared_as_web_mercator_are_refused(tmp_path):
    data = json.loads(REGIONS.read_text(encoding="utf-8"))
    data["crs"] = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}}
    path = tmp_path / "merc.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BoundaryError, match="not on Ukraine; is its CRS declared right"):
        load_regions(path)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("a,b\n1,2\n", encoding="utf-8"),
         "has no geometry: not a file of shapes; give a GeoJSON, GeoPackage or Shapefile"),
        (lambda p: os.mkfifo(p), "is not a regular file; give a GeoJSON, GeoPackage or Shapefile"),
    ],
)  # fmt: skip
def test_files_that_are_not_shapes(tmp_path, make, message):
    path = tmp_path / "regions.csv"
    make(path)
    with pytest.raises(BoundaryError) as info:
        load_regions(path)
    assert str(info.value) == f"{path}: {message}"
