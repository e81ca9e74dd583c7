"""The shipped boundaries: two clean coverages that nest, small enough, close to official areas.

The area table in ``boundaries/SOURCES.md`` is recomputed from the shipped file and checked
against the bounds it promises. Where the sources are at hand (``../shared/data``, where geomap
is developed), the build script is run and must give the shipped files byte for byte.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys

import geopandas as gpd
import pytest
import shapely

from geomap.control import geodesic_area_km2
from geomap.profile import gazetteer

from .conftest import ROOT, SHAPES

BOUNDARIES = ROOT / "boundaries"  # the build scripts and SOURCES.md
SOURCES = ROOT.parent / "shared" / "data" / "boundaries-src"


@pytest.fixture(scope="module")
def regions():
    return gpd.read_file(SHAPES / "ukraine_regions.geojson")


@pytest.fixture(scope="module")
def raions():
    return gpd.read_file(SHAPES / "ukraine_raions.geojson")


def _builder(name: str = "build"):
    if str(BOUNDARIES) not in sys.path:
        sys.path.insert(0, str(BOUNDARIES))  # the scripts import boundaries/common.py
    spec = importlib.util.spec_from_file_location(f"boundaries_{name}", BOUNDARIES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _gaps_km2(frame) -> list[float]:
    outline = shapely.coverage_union_all(frame.geometry.values)
    return [
        geodesic_area_km2(shapely.Polygon(ring))
        for part in shapely.get_parts(outline)
        for ring in part.interiors
    ]


def test_both_files_are_clean_coverages_without_gaps(regions, raions):
    for frame in (regions, raions):
        assert frame.is_valid.all()
        assert shapely.coverage_is_valid(frame.geometry.values)  # no overlaps
        assert all(gap < 0.01 for gap in _gaps_km2(frame))


def test_the_raions_nest_in_their_regions(regions, raions):
    assert set(raions.parent) == set(regions.code)
    for region in regions.itertuples():
        members = raions[raions.parent == region.code]
        union = shapely.coverage_union_all(members.geometry.values)
        assert geodesic_area_km2(union.symmetric_difference(region.geometry)) < 0.01, region.code


def test_the_units_and_their_codes(regions, raions):
    assert sorted(regions.code) == sorted(gazetteer().codes)
    assert len(raions) == 138 and raions.code.is_unique
    assert all(re.fullmatch(r"UA\d{17}", code) for code in raions.code)
    # The two cities are one unit each at the raion level too.
    assert (raions.parent == "UA-30").sum() == 1 and (raions.parent == "UA-40").sum() == 1
    assert raions.name.str.endswith(" Raion").sum() == 136
    assert raions.name_uk.str.len().min() > 0


def test_the_files_together_stay_under_2_5_mb():
    size = sum((SHAPES / f"ukraine_{k}.geojson").stat().st_size for k in ("regions", "raions"))
    assert size < 2.5e6


def _area_table() -> list[dict]:
    text = (BOUNDARIES / "SOURCES.md").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 6 and re.fullmatch(r"UA-\d\d", cells[0]):
            number = lambda c: float(c.replace(",", "").removesuffix("%"))  # noqa: E731
            rows.append(
                {
                    "code": cells[0], "official": number(cells[2]), "shipped": number(cells[3]),
                    "difference": number(cells[4]), "simplification": number(cells[5]),
                }
            )  # fmt: skip
    return rows


def test_the_area_table_is_the_shipped_files_and_meets_its_bounds(regions):
    table = {row["code"]: row for row in _area_table()}
    assert sorted(table) == sorted(regions.code)
    for region in regions.itertuples():
        row = table[region.code]
        shipped = geodesic_area_km2(region.geometry)
        assert abs(shipped - row["shipped"]) <= 0.5, region.code
        assert row["official"] == gazetteer().get(region.code).area_km2
        assert row["difference"] == pytest.approx(100 * (shipped / row["official"] - 1), abs=0.006)
        assert abs(row["simplification"]) < 0.5
    differences = [abs(row["difference"]) for row in table.values()]
    assert max(differences) <= 4
    assert sum(d <= 1 for d in differences) >= 24


def test_the_raion_names_are_the_shipped_raions(raions):
    names = json.loads((ROOT / "geomap" / "data" / "ukraine_raions.json").read_text("utf-8"))
    entries = {r["code"]: r for r in names["raions"]}
    assert set(entries) == set(raions.code)
    for raion in raions.itertuples():
        entry = entries[raion.code]
        assert (entry["name"], entry["parent"]) == (raion.name, raion.parent)
        assert entry["area_km2"] == pytest.approx(geodesic_area_km2(raion.geometry), abs=0.1)


def test_spellings_of_a_raion():
    spellings = _builder().spellings(
        "Kupiansk Raion", "Куп’янський район", "Купянский район", "Kupyansk"
    )
    for name in ("Kupiansk raion", "Kupiansk district", "Kupyansk district",
                 "Kupianskyi raion", "Kupyanskiy district", "Kupyansky district"):  # fmt: skip
        assert name in spellings
    assert all(re.search(r" (raion|rayon|district)$", s) for s in spellings)


@pytest.mark.skipif(not SOURCES.is_dir(), reason="the boundary sources are not at hand")
@pytest.mark.slow
def test_the_build_script_makes_the_shipped_ukrainian_files_byte_for_byte():
    build = _builder()
    root = build.fetch_sources(build.SOURCES, SOURCES, SOURCES)  # checks every checksum
    regions, raions = build.ukraine(root)
    assert build.feature_collection(regions, ["code", "name", "name_uk"]) == (
        SHAPES / "ukraine_regions.geojson"
    ).read_text(encoding="utf-8")
    assert build.feature_collection(raions, ["code", "name", "name_uk", "parent"]) == (
        SHAPES / "ukraine_raions.geojson"
    ).read_text(encoding="utf-8")
    assert build.raion_names(raions) == (
        ROOT / "geomap" / "data" / "ukraine_raions.json"
    ).read_text(encoding="utf-8")
