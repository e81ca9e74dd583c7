import json

import geopandas as gpd
import pytest
import shapely

from geomap.boundaries import load_context, load_regions
from geomap.errors import BoundaryError

from .conftest import ROOT

REGIONS = ROOT / "boundaries" / "ukraine_regions.geojson"


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
    context = load_context(ROOT / "boundaries" / "neighbours.geojson")
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
    with pytest.raises(BoundaryError, match=r"no shape for 1 region\(s\): Donetsk \(UA-14\)"):
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
