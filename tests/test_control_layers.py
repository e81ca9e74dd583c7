"""Control layers: read with their dates and grey zones, measured against the units, and
compared with reporting. The layers are synthetic, made so that their answers are known:
Testland's regions are longitude/latitude rectangles, so a cut along a meridian halves one
exactly (an area between two meridians grows linearly with the longitude)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from geomap.boundaries import load_regions
from geomap.build import BuildOptions, build
from geomap.dates import date_in_name
from geomap.errors import InputError
from geomap.figures import Figure
from geomap.hedges import agreement
from geomap.layers import read_layer, read_layers
from geomap.measure import Units, measure
from geomap.snapshot import snapshot

DATA = Path(__file__).parent / "data"
DAY = dt.date(2025, 5, 1)
# Alpha (TL-01) is 10–11° E, 50–51° N; Beta (TL-02) 11–12.5° E, 50–51° N; Gamma (TL-03)
# 10–12.5° E, 49.3–50° N.
ALPHA_WEST = shapely.box(9.5, 50.0, 10.5, 51.5)  # over the border: only Testland counts
ALPHA = shapely.box(10.0, 50.0, 11.0, 51.0)


def write_layer(path: Path, geometries, *, crs="EPSG:4326", **columns) -> Path:
    frame = gpd.GeoDataFrame(columns, geometry=list(geometries), crs=crs)
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_file(path)
    return path


def regions():
    return load_regions()


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("deepstatemap_data_20250218.geojson", dt.date(2025, 2, 18)),
        ("2025-02-18-front.kml", dt.date(2025, 2, 18)),
        ("front 2024-12-31 v2.gpkg", dt.date(2024, 12, 31)),
        ("front_20251340.geojson", None),  # no 40th of the 13th month
        ("front-2025-0218.geojson", None),  # one separator, not two
        ("front.geojson", None),
    ],
)
def test_the_date_in_a_file_name(name, day):
    assert date_in_name(Path(name)) == day


def test_a_layer_keeps_contested_polygons_apart(testland, tmp_path):
    path = write_layer(
        tmp_path / "front_20250501.geojson",
        [ALPHA_WEST, shapely.box(10.5, 50.0, 10.75, 51.0)],
        status=["occupied", "contested"],
    )
    layer = read_layer(path, source="Test desk")
    assert layer.as_of == DAY and layer.source == "Test desk"
    assert layer.controlled.equals(ALPHA_WEST)
    assert layer.grey.equals(shapely.box(10.5, 50.0, 10.75, 51.0))
    measured = measure(layer, Units.of(regions()))
    assert measured.pct["TL-01"] == pytest.approx(50, abs=0.05)
    assert measured.pct["TL-02"] == 0 and measured.pct["TL-03"] == pytest.approx(0, abs=1e-9)
    grey = measured.grey_km2["TL-01"]
    assert grey == pytest.approx(measured.km2["TL-01"] / 2, rel=2e-3)
    # The grey zone's km² are reported with the shares.
    rows = snapshot([], regions(), as_of=DAY, measurements=[measured]).frame.set_index("code")
    assert rows.loc["TL-01", "grey_km2"] == pytest.approx(grey)


def test_a_layer_in_another_crs_measures_the_same(testland, tmp_path):
    plain = write_layer(tmp_path / "a" / "x_20250501.geojson", [ALPHA])
    other = gpd.GeoSeries([ALPHA], crs=4326).to_crs(3857)
    mercator = write_layer(tmp_path / "b" / "x_20250501.gpkg", other, crs="EPSG:3857")
    units = Units.of(regions())
    one, two = (measure(read_layer(p), units) for p in (plain, mercator))
    assert one.pct["TL-01"] == pytest.approx(100) and one.pct["TL-02"] == 0
    assert two.pct["TL-01"] == pytest.approx(one.pct["TL-01"], abs=1e-6)


def _halves(code: str, box, *, west: float, overlap: float = 0.0) -> gpd.GeoDataFrame:
    """Two sub-units of a unit's box, cut at longitude ``west`` (overlapping by ``overlap``)."""
    minx, miny, maxx, maxy = box
    parts = [shapely.box(minx, miny, west + overlap, maxy), shapely.box(west, miny, maxx, maxy)]
    return gpd.GeoDataFrame({"code": [f"{code}-a", f"{code}-b"], "parent": [code, code]},
                            geometry=parts, crs=4326)  # fmt: skip


@pytest.mark.parametrize("overlap", [0.0, 0.1])
def test_a_unit_its_parts_tile_is_their_sum_and_one_they_do_not_is_measured(testland, overlap):
    # A front along 10.7° E: Alpha (10–11° E) is cut by it, and so is its western half's twin.
    front = shapely.box(10.7, 49.0, 13.0, 52.0)
    alpha = regions().set_index("code").loc["TL-01", "geometry"]
    halves = _halves("TL-01", alpha.bounds, west=10.5, overlap=overlap)
    alone, together = Units.of(regions()), Units.of(regions(), halves)
    index = together.codes.index("TL-01")
    # The halves tile Alpha only when they do not overlap: otherwise Alpha is measured itself.
    assert (index in together.tiled) == (overlap == 0)
    layer = read_layer.__globals__["ControlLayer"](DAY, Path("x"), "", front, shapely.Polygon())
    km2 = dict(zip(together.codes, together.covered_km2(front), strict=True))
    assert km2["TL-01"] == pytest.approx(measure(layer, alone).km2["TL-01"], rel=1e-9)
    assert km2["TL-01"] == pytest.approx(0.3 * alpha_km2(alpha), rel=2e-3)
    assert km2["TL-01-a"] == 0 and km2["TL-01-b"] == pytest.approx(km2["TL-01"], rel=1e-9)


def test_the_tiling_is_checked_once_and_kept_with_the_measurements(testland, tmp_path, monkeypatch):
    from geomap.layers import LayerFile
    from geomap.measure import MeasurementCache, measure_files

    alpha = regions().set_index("code").loc["TL-01", "geometry"]
    halves = _halves("TL-01", alpha.bounds, west=10.5)
    path = write_layer(tmp_path / "front_20250501.geojson", [shapely.box(10.7, 49.0, 13.0, 52.0)])
    files, cache_path = [LayerFile(DAY, path)], tmp_path / "cache.json"
    first = measure_files(files, Units.of(regions(), halves), MeasurementCache(cache_path))
    monkeypatch.setattr(shapely, "coverage_is_valid", lambda *a: pytest.fail("checked again"))
    units = Units.of(regions(), halves)
    again = measure_files(files, units, MeasurementCache(cache_path))
    assert list(units.tiled) == [0] and again[0].km2 == first[0].km2
    # A new layer is measured with the tiling that was kept.
    other = write_layer(tmp_path / "front_20250502.geojson", [shapely.box(10.2, 49, 13, 52)])
    [_, measured] = measure_files([*files, LayerFile(dt.date(2025, 5, 2), other)], units,
                                  MeasurementCache(cache_path))  # fmt: skip
    assert measured.km2["TL-01"] == pytest.approx(0.8 * alpha_km2(alpha), rel=2e-3)
    assert measured.km2["TL-01"] == pytest.approx(
        measured.km2["TL-01-a"] + measured.km2["TL-01-b"], rel=1e-12
    )


def test_a_damaged_measurement_is_measured_again(testland, tmp_path):
    from geomap.layers import LayerFile
    from geomap.measure import MeasurementCache, measure_files

    path = write_layer(tmp_path / "front_20250501.geojson", [ALPHA_WEST])
    files, cache_path = [LayerFile(DAY, path)], tmp_path / "cache.json"
    [first] = measure_files(files, Units.of(regions()), MeasurementCache(cache_path))
    raw = json.loads(cache_path.read_text(encoding="utf-8"))
    for entry in raw["entries"].values():
        entry["km2"] = entry["km2"][:8]  # a value short
    cache_path.write_text(json.dumps(raw), encoding="utf-8")
    [again] = measure_files(files, Units.of(regions()), MeasurementCache(cache_path))
    assert again.km2 == first.km2 and again.pct["TL-01"] == pytest.approx(50, abs=0.05)


def test_parts_that_leave_a_gap_do_not_tile_their_unit(testland):
    alpha = regions().set_index("code").loc["TL-01", "geometry"]
    minx, miny, maxx, maxy = alpha.bounds
    halves = _halves("TL-01", (minx, miny, maxx - 0.01, maxy), west=10.5)
    assert Units.of(regions(), halves).tiled == {}


def test_the_shipped_regions_are_measured_as_the_sum_of_their_raions():
    from geomap.boundaries import load_raions

    units = Units.of(load_regions(), load_raions())
    assert {units.codes[i] for i in units.tiled} == set(load_regions()["code"])


def alpha_km2(alpha) -> float:
    return float(gpd.GeoSeries([alpha], crs=4326).to_crs("+proj=cea").area.iloc[0] / 1e6)


def _error(path: Path, **kwargs) -> str:
    with pytest.raises(InputError) as info:
        read_layers(path, **kwargs)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_bad_layers_are_one_line_errors(testland, tmp_path):
    nodate = write_layer(tmp_path / "1" / "front.geojson", [ALPHA])
    assert "front.geojson: no date in its name" in _error(nodate)
    points = write_layer(tmp_path / "2" / "x_20250501.geojson", [shapely.Point(10.5, 50.5)])
    assert "has no polygons" in _error(points)
    far = write_layer(tmp_path / "3" / "x_20250501.geojson", [shapely.box(100, 10, 101, 11)])
    assert "not on Testland" in _error(far)
    folder = tmp_path / "4"
    write_layer(folder / "a_20250501.geojson", [ALPHA])
    write_layer(folder / "b_2025-05-01.geojson", [ALPHA])
    assert "a second control layer for 2025-05-01" in _error(folder)
    assert "a date given for 2 files" in _error(folder, as_of=DAY)
    raw = tmp_path / "5" / "x_20250501.geojson"
    raw.parent.mkdir()
    raw.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {},
        "geometry": {"type": "Polygon", "coordinates": [[[1e6, 1e6], [2e6, 1e6], [2e6, 2e6],
                                                         [1e6, 1e6]]]},
    }], "crs": None}))  # fmt: skip
    assert "not on Testland" in _error(raw) or "not longitude/latitude" in _error(raw)
    assert "no such file or folder" in _error(tmp_path / "missing")


def test_an_invalid_ring_is_repaired_with_a_warning(testland, tmp_path, caplog):
    bowtie = shapely.Polygon([(10, 50), (11, 51), (11, 50), (10, 51), (10, 50)])
    layer = read_layer(write_layer(tmp_path / "x_20250501.geojson", [bowtie]))
    assert "repaired 1 invalid polygon" in caplog.text
    assert layer.controlled.is_valid and layer.controlled.area == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("reported", "qualifier", "measured", "verdict"),
    [
        (70, "", 71.5, "agrees"),
        (70, "", 73, "disagrees"),
        (75, "about", 71, "loosely agrees"),  # within what "about" allows, not its rounding
        (75, "about", 73, "agrees"),
        (75, "roughly", 70.2, "loosely agrees"),
        (75, "roughly", 69, "disagrees"),
        (75, "nearly", 72, "agrees"),
        (75, "nearly", 76, "disagrees"),
        (75, "nearly", 69, "disagrees"),
        (70, "over", 78, "loosely agrees"),
        (70, "over", 72, "agrees"),
        (70, "over", 69, "disagrees"),
        (70, "at least", 70, "agrees"),
        (70, "up to", 71, "disagrees"),
        (70, "up to", 65, "loosely agrees"),
        (70, "up to", 68, "agrees"),
    ],
)
def test_agreement_by_hedge(reported, qualifier, measured, verdict):
    figure = Figure(region_code="UA-14", region="Donetsk", controlled_pct=reported,
                    qualifier=qualifier)  # fmt: skip
    assert agreement(figure, measured) == verdict


def test_a_range_agrees_within_it():
    figure = Figure(region_code="UA-14", region="Donetsk", controlled_pct=84.0,
                    pct_range=(83.0, 85.0))  # fmt: skip
    assert agreement(figure, 85.9) == "agrees" and agreement(figure, 86.5) == "disagrees"


def test_a_snapshot_takes_measured_shares_where_none_is_reported(testland, tmp_path):
    layer = read_layer(write_layer(tmp_path / "x_20250501.geojson", [ALPHA_WEST]))
    measured = [measure(layer, Units.of(regions()))]
    reported = [Figure(region_code="TL-01", region="Alpha", as_of=dt.date(2025, 5, 10),
                       controlled_pct=60.0, qualifier="about", source="Desk")]  # fmt: skip
    snap = snapshot(reported, regions(), as_of=dt.date(2025, 5, 10), measurements=measured)
    rows = snap.frame.set_index("code")
    alpha, beta = rows.loc["TL-01"], rows.loc["TL-02"]
    assert (alpha["basis"], alpha["controlled_pct"]) == ("reported", 60.0)
    assert alpha["measured_pct"] == pytest.approx(50, abs=0.05)
    assert alpha["measured_on"] == DAY
    assert alpha["difference_pp"] == pytest.approx(10, abs=0.05)
    assert alpha["agreement"] == "disagrees"
    assert (beta["basis"], beta["controlled_pct"], beta["agreement"]) == ("measured", 0.0, "")
    from geomap.render.interactive import tooltip_html

    frame = snap.frame
    alpha_tip = tooltip_html(next(frame[frame.code == "TL-01"].itertuples()))
    assert "Measured on the control layer of 1 May 2025: 50% (disagrees with the report)" in (
        alpha_tip
    )
    beta_tip = tooltip_html(next(frame[frame.code == "TL-02"].itertuples()))
    assert "Figure: measured from the control layer of 1 May 2025" in beta_tip
    # Up to 14 days after the layer, its shares fill the gaps and check the figures; later, not.
    for day, basis in ((dt.date(2025, 5, 15), "measured"), (dt.date(2025, 5, 16), "")):
        figure = [Figure(region_code="TL-01", region="Alpha", as_of=day, controlled_pct=60.0)]
        rows = snapshot(figure, regions(), as_of=day, measurements=measured).frame.set_index("code")
        assert rows.loc["TL-02", "basis"] == basis
        assert rows.loc["TL-01", "agreement"] == ("disagrees" if basis else "")
        assert rows.loc["TL-01", "measured_on"] == (DAY if basis else None)


def test_changes_compare_like_with_like(testland, tmp_path):
    first = read_layer(write_layer(tmp_path / "a_20250501.geojson", [ALPHA_WEST]))
    second = read_layer(write_layer(tmp_path / "b_20250508.geojson", [ALPHA]))
    units = Units.of(regions())
    measured = [measure(first, units), measure(second, units)]
    day2 = dt.date(2025, 5, 8)
    reported = Figure(region_code="TL-02", region="Beta", as_of=day2, controlled_pct=10.0)
    snap = snapshot([reported], regions(), as_of=day2, previous=(DAY, []),
                    measurements=measured)  # fmt: skip
    rows = snap.frame.set_index("code")
    assert rows.loc["TL-01", "change_pp"] == pytest.approx(50, abs=0.1)  # measured, measured
    assert rows.loc["TL-02", "basis"] == "reported"
    assert str(rows.loc["TL-02", "change_pp"]) == "nan"  # reported against measured: no change


def test_a_build_from_a_control_layer_alone(testland, tmp_path):
    seeds = tmp_path / "seeds"
    write_layer(seeds / "control" / "front_20250501.geojson", [ALPHA_WEST],
                status=["occupied"])  # fmt: skip
    out = tmp_path / "out"
    options = BuildOptions(seeds=seeds, out=out, profile=Path(testland.source),
                           formats=("csv",), control_source="Test desk")  # fmt: skip
    result = build(options, parallel=False)
    assert result.as_of == DAY
    with (out / "testland_control.csv").open(encoding="utf-8") as f:
        stats = list(csv.DictReader(f))
    alpha = stats[0]
    assert (alpha["region_code"], alpha["basis"], alpha["controlled_pct"]) == (
        "TL-01", "measured", "50",
    )  # fmt: skip
    assert (alpha["measured_pct"], alpha["measured_on"]) == ("50", "2025-05-01")
    total = stats[3]
    assert total["region_code"] == "TL" and total["measured_on"] == "2025-05-01"
    assert float(total["measured_pct"]) == pytest.approx(
        100 * float(alpha["measured_km2"]) / (7892 + 11838 + 14054), abs=0.2
    )
    # The layer is an input: a new layer makes the outputs stale.
    assert build(options, parallel=False).skipped
    write_layer(seeds / "control" / "front_20250508.geojson", [ALPHA])
    assert build(options, parallel=False).as_of == dt.date(2025, 5, 8)


def test_changes_list_every_reported_figure_the_layers_contradict(testland, tmp_path, caplog):
    seeds = tmp_path / "seeds"
    write_layer(seeds / "control" / "front_20250501.geojson", [ALPHA_WEST])
    (seeds / "figures.csv").write_text(
        "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,source,quote\n"
        "2025-05-03,TL-01,,60,about,,reported,Desk,Norland holds about 60% of Alpha | so it says\n"
        "2025-05-03,TL-02,,1,,,reported,Desk,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    options = BuildOptions(seeds=seeds, out=out, profile=Path(testland.source),
                           formats=("csv",), control_source="Test desk")  # fmt: skip
    build(options, parallel=False)
    # ... and the terminal says so, in one line.
    assert "1 of 2 reported figure(s) disagree with the control layer of their date" in (
        caplog.text
    )
    text = (out / "CHANGES.md").read_text(encoding="utf-8")
    section = text.split("## Reporting against the control layers")[1]
    assert "1 of 2 reported figures lie outside what their hedge allows" in section
    assert (
        "| Alpha (TL-01) | 2025-05-03 | ≈60% | Desk | 50.0% | 2025-05-01, Test desk | +10.0 pp (disagrees) "
        "| Norland holds about 60% of Alpha \\| so it says |"
    ) in section
    assert "Beta" not in section  # 1% against 0% measured: within 2 points


def _layered_build(tmp_path: Path, testland, formats=("svg", "html")) -> Path:
    seeds = tmp_path / "seeds"
    write_layer(
        seeds / "control" / "front_20250501.geojson",
        [ALPHA_WEST, shapely.box(10.5, 50.0, 10.75, 51.0)],
        status=["occupied", "contested"],
    )
    (seeds / "figures.csv").write_text(
        "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,source,quote\n"
        "2025-05-01,TL-01,,,,true,reported,Desk,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(BuildOptions(seeds=seeds, out=out, profile=Path(testland.source), formats=formats,
                       dpi=60, control_source="Test desk"), parallel=False)  # fmt: skip
    return out


def test_the_report_map_draws_the_ground(testland, tmp_path):
    from geomap.render import scene

    layer = read_layer(write_layer(tmp_path / "x_20250501.geojson", [ALPHA_WEST]))
    claim = Figure(region_code="TL-01", region="Alpha", as_of=DAY, claimed=True)
    snap = snapshot([claim], regions(), as_of=DAY, layers=[layer],
                    measurements=[measure(layer, Units.of(regions()))])  # fmt: skip
    ground = snap.ground
    # Controlled: Alpha's western half; not held of the claim: its eastern half.
    assert ground.controlled.equals(shapely.box(10.0, 50.0, 10.5, 51.0).normalize()) or (
        ground.controlled.symmetric_difference(shapely.box(10.0, 50.0, 10.5, 51.0)).area < 1e-9
    )
    assert ground.open_claim.symmetric_difference(shapely.box(10.5, 50.0, 11.0, 51.0)).area < 1e-9
    # The front is where the held half meets the rest of Testland (the meridian at 10.5° and
    # the edge of Gamma), not the border.
    assert ground.front.length == pytest.approx(1.5, abs=1e-4)
    assert shapely.box(10.4999, 50.0, 10.5001, 51.0).intersection(ground.front).length == (
        pytest.approx(1.0, abs=1e-4)
    )
    assert ground.front.distance(shapely.Point(10.0, 50.5)) > 0.4  # the western border
    report = scene.report(snap)
    assert report.ground.open_claim_km2 == pytest.approx(
        measure(layer, Units.of(regions())).km2["TL-01"], rel=5e-3
    )


def test_the_geopackage_has_the_regions_raions_and_ground(testland, tmp_path):
    import pyogrio

    out = _layered_build(tmp_path, testland, formats=("gpkg",))
    path = out / "testland_control.gpkg"
    names = [name for name, _ in pyogrio.list_layers(path)]
    assert names == ["regions", "controlled", "grey_zone", "claimed_not_controlled"]
    regions = gpd.read_file(path, layer="regions").set_index("region_code")
    assert list(regions.index) == ["TL-01", "TL-02", "TL-03"]
    assert regions.loc["TL-01", "measured_pct"] == pytest.approx(50, abs=0.05)
    assert regions.loc["TL-02", "basis"] == "measured" and regions.crs.to_epsg() == 4326
    # Numbers, yes/no and dates as GIS reads them; the share as the source gave it, as text.
    info = pyogrio.read_info(path, layer="regions")
    types = dict(zip(info["fields"], info["dtypes"], strict=True))
    assert types["controlled_value"] == "float64" and types["measured_pct"] in ("float64", "int64")
    assert types["claimed"] == "bool" and types["held"] == "bool"
    assert types["as_of"].startswith("datetime") and types["controlled_pct"] == "object"
    assert regions.loc["TL-02", "controlled_value"] == pytest.approx(
        regions.loc["TL-02", "measured_pct"], abs=0.05
    )
    controlled = gpd.read_file(path, layer="controlled")
    assert controlled.geometry[0].symmetric_difference(shapely.box(10, 50, 10.5, 51)).area < 1e-9
    assert controlled.loc[0, "source"] == "Test desk"
    assert controlled.loc[0, "as_of"] == "2025-05-01"
    open_claim = gpd.read_file(path, layer="claimed_not_controlled").geometry[0]
    assert open_claim.symmetric_difference(shapely.box(10.75, 50, 11, 51)).area < 1e-9


def test_the_geopackages_raions_carry_their_measured_shares(tmp_path):
    from geomap.boundaries import load_raions

    seeds = tmp_path / "seeds"
    front = shapely.box(37.0, 47.5, 38.5, 48.5)  # in and around Donetsk region
    layer_path = write_layer(seeds / "control" / "front_20250501.geojson", [front])
    write_layer(seeds / "control" / "front_20250301.geojson", [shapely.box(37.0, 47.5, 37.2, 47.7)])
    (seeds / "figures.csv").write_text(
        "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,source,quote\n"
        "2025-05-01,UA-14,,,,true,reported,Desk,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(BuildOptions(seeds=seeds, out=out, formats=("gpkg",), control_source="Desk"),
          parallel=False)  # fmt: skip
    raions = gpd.read_file(out / "ukraine_control.gpkg", layer="raions")
    assert list(raions.columns) == ["code", "name", "parent", "measured_pct", "measured_km2",
                                    "grey_km2", "measured_on", "geometry"]  # fmt: skip
    shipped = load_raions()
    assert list(raions.code) == list(shipped.code) and list(raions.name) == list(shipped.name)
    assert list(raions.parent) == list(shipped.parent)
    # The shares are those of the newest layer on or before the snapshot's date.
    units = Units.of(load_regions())
    measured = measure(read_layer(layer_path), units)
    by_code = raions.set_index("code")
    for code, pct in measured.pct.items():
        if code in by_code.index:
            assert by_code.loc[code, "measured_pct"] == pytest.approx(pct, abs=1e-6), code
            assert by_code.loc[code, "measured_km2"] == pytest.approx(measured.km2[code], rel=1e-6)
            assert by_code.loc[code, "grey_km2"] == pytest.approx(measured.grey_km2[code], abs=1e-6)
    assert (by_code["measured_pct"] > 0).sum() >= 3
    assert (raions["measured_on"] == "2025-05-01").all()


def test_both_maps_carry_the_ground(testland, tmp_path):
    out = _layered_build(tmp_path, testland)
    svg = (out / "testland_control.svg").read_text(encoding="utf-8")
    for gid in ("ground-controlled", "ground-grey", "ground-open-claim", "ground-front-0"):
        assert f'id="{gid}"' in svg, gid
    assert "Control layer of 1 May 2025 (Test desk)" in svg
    assert "† measured from the control layer of 1 May 2025 (Test desk)" in svg
    html = (out / "testland_control.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r"geomapStory\([^{]*(\{.*\})\);", html).group(1))
    ground = data["grounds"]["2025-05-01"]
    assert ground["controlled"] and ground["grey"] and ground["open"] and ground["front"]
    assert "Control layer of 1 May 2025 (Test desk)" in html
    assert "Controlled share (layer off until switched on)" in html


def test_a_bad_layer_stops_the_build_with_one_line_and_touches_nothing(tmp_path, project):
    from click.testing import CliRunner

    from geomap.cli import main

    runner = CliRunner()
    assert runner.invoke(main, ["build", "--format", "csv"]).exit_code == 0
    before = {p.name: p.read_bytes() for p in (project / "outputs").iterdir()}
    write_layer(project / "front.geojson", [shapely.box(35, 47, 36, 48)])
    result = runner.invoke(main, ["build", "--format", "csv", "--control", "front.geojson"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "front.geojson: no date in its name" in lines[0], result.output
    assert {p.name: p.read_bytes() for p in (project / "outputs").iterdir()} == before
    dated = ["build", "--format", "csv,gpkg", "--control", "front.geojson", "--control-date",
             "2025-02-18", "--control-source", "Test desk"]  # fmt: skip
    result = runner.invoke(main, dated)
    assert result.exit_code == 0, result.output
    stats = (project / "outputs" / "ukraine_control.csv").read_text(encoding="utf-8")
    assert ",measured," in stats and "2025-02-18" in stats
    raions = gpd.read_file(project / "outputs" / "ukraine_control.gpkg", layer="raions")
    assert len(raions) == 138 and (raions["measured_on"] == "2025-02-18").all()
    assert raions["measured_km2"].sum() == pytest.approx(
        sum(measure(read_layer(project / "front.geojson", as_of=dt.date(2025, 2, 18)),
                    Units.of(load_regions())).km2.values()), rel=1e-3,
    )  # fmt: skip


def test_names_at_the_end_of_the_timeline_are_spread_apart():
    from geomap.render.timeline import _spread

    assert _spread([100, 100, 99, 76.5, 7.3], gap=3.2) == pytest.approx(
        [96.8, 100.0, 93.6, 76.5, 7.3]
    )
    assert _spread([10, 50], gap=3) == [10, 50]  # far apart: left where they are


def test_marks_of_one_date_that_would_hide_each_other_stand_side_by_side(tmp_path):
    from geomap.render import chart, static
    from geomap.render import timeline as drawing

    day, later = dt.date(2025, 2, 18), dt.date(2025, 3, 1)
    assert drawing._dodge([(day, 75), (day, 75), (day, 70), (later, 75), (day, 99), (day, 100)]) == [
        -4, 4, 0, 0, -4, 4,
    ]  # fmt: skip

    def line(code: str, pct: float) -> chart.Line:
        mark = chart.Mark(day, pct, "≈", pct - 5, pct + 5, "")
        return chart.Line(code, code, (), (), (mark, chart.Mark(later, 60, "", 58, 62, "")))

    timeline = chart.Timeline((line("TL-01", 75), line("TL-02", 75), line("TL-03", 40)), "t", ())
    path = tmp_path / "timeline.svg"
    static.save(drawing.draw_timeline(timeline), [("svg", path)], dpi=50)
    svg = path.read_text(encoding="utf-8")

    def x(gid: str) -> float:
        group = re.search(rf'<g id="{gid}">(.*?)</g>', svg, re.S).group(1)
        return float(re.search(r'<use [^>]*x="([\d.]+)"', group).group(1))

    # The two 75% marks of 18 February apart, the 40% one in place; the three 60% marks of
    # 1 March side by side.
    assert x("reported-TL-02-0") - x("reported-TL-01-0") == pytest.approx(8, abs=0.5)
    assert x("reported-TL-03-0") == pytest.approx(
        (x("reported-TL-01-0") + x("reported-TL-02-0")) / 2, abs=0.5
    )
    assert x("reported-TL-02-1") - x("reported-TL-01-1") == pytest.approx(8, abs=0.5)
    assert x("reported-TL-03-1") - x("reported-TL-02-1") == pytest.approx(8, abs=0.5)


def test_the_timeline_shows_measurements_and_reports(testland, tmp_path):
    from geomap.build import collect_figures, prepare
    from geomap.by_date import carry_forward
    from geomap.render import chart

    seeds = tmp_path / "seeds"
    write_layer(seeds / "control" / "a_20250501.geojson", [ALPHA_WEST])
    write_layer(seeds / "control" / "b_20250508.geojson", [ALPHA])
    (seeds / "figures.csv").write_text(
        "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,source,quote\n"
        "2025-05-03,TL-01,,60,about,,reported,Desk,\n"
        "2025-05-09,TL-01,,100,nearly,,reported,Wire,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(BuildOptions(seeds=seeds, out=out, profile=Path(testland.source), dpi=50,
                       formats=("png", "svg")), parallel=False)  # fmt: skip
    svg = (out / "testland_control_timeline.svg").read_text(encoding="utf-8")
    assert 'id="measured-TL-01"' in svg and 'id="reported-TL-01-1"' in svg
    assert 'id="measured-TL-02"' not in svg  # never measured above 0, never reported
    assert "Testland: share of each region under Norlandic control, over time" in svg
    options = BuildOptions(seeds=seeds, out=out, profile=Path(testland.source))
    layers = options.control_layers()
    by_date, reading = collect_figures(options, layers=layers)
    atlas = prepare(options, carry_forward(by_date), reading.evidence, layers)
    [line] = chart.timeline(atlas).lines
    assert line.code == "TL-01" and line.dates == (DAY, dt.date(2025, 5, 8))
    assert line.measured == pytest.approx((50, 100), abs=0.05)
    first, second = line.marks
    assert (first.pct, first.sign, first.low, first.high, first.agreement) == (
        60, "≈", 55, 65, "disagrees",
    )  # fmt: skip
    assert (second.pct, second.sign, second.agreement) == (100, "<", "agrees")
    # Credited: the figures of every snapshot (the newest map shows only Wire's), every layer.
    assert chart.timeline(atlas).notes == (
        "Figures: Desk; Wire",
        "Lines: measured from 2 control layer(s), 1 May 2025 to 8 May 2025 "
        "(“a_20250501.geojson”; “b_20250508.geojson”)",
        "Boundaries: drawn for the tests",
    )
    assert atlas.latest.texts.source == "Figures: Wire"


def test_measurements_are_reused_from_the_cache(testland, tmp_path, monkeypatch):
    import geomap.layers

    seeds = tmp_path / "seeds"
    for day in range(1, 6):
        write_layer(seeds / "control" / f"front_202505{day:02d}.geojson",
                    [shapely.box(10.0, 50.0, 10.0 + day / 10, 51.0)])  # fmt: skip
    out = tmp_path / "out"
    options = BuildOptions(seeds=seeds, out=out, profile=Path(testland.source),
                           formats=("csv",), control_source="Test desk")  # fmt: skip
    read = []
    real = geomap.layers.read_layer
    monkeypatch.setattr(geomap.layers, "read_layer",
                        lambda path, **kw: read.append(path.name) or real(path, **kw))  # fmt: skip
    build(options, parallel=False)
    names = [p.name for p in (seeds / "control").iterdir()]
    # Each read once: the newest, drawn on the map of its date, is measured from that reading.
    assert sorted(read) == sorted(names)
    assert (out / ".geomap-measurements.json").is_file()
    read.clear()
    write_layer(seeds / "control" / "front_20250506.geojson", [shapely.box(10, 50, 10.6, 51)])
    result = build(options, parallel=False)
    assert read == ["front_20250506.geojson"]
    assert result.as_of == dt.date(2025, 5, 6)
    # An edited file is measured again; its old measurement is not used.
    read.clear()
    write_layer(seeds / "control" / "front_20250501.geojson", [shapely.box(10, 50, 11, 51)])
    build(options, parallel=False)
    assert read.count("front_20250501.geojson") == 1
    # A cache that cannot be read is started afresh.
    (out / ".geomap-measurements.json").write_text("{not json", encoding="utf-8")
    read.clear()
    build(options, parallel=False, force=True)
    assert sorted(read) == sorted(p.name for p in (seeds / "control").iterdir())


def test_the_watch_covers_the_control_layers(tmp_path):
    from geomap.cli import watched

    layers = tmp_path / "layers"
    layers.mkdir()
    (layers / "front_20250501.geojson").write_text("{}", encoding="utf-8")
    plain = watched(BuildOptions(seeds=tmp_path / "seeds"))
    assert layers not in plain
    assert layers in watched(BuildOptions(seeds=tmp_path / "seeds", control=layers))
    one = BuildOptions(seeds=tmp_path / "seeds", control=layers / "front_20250501.geojson")
    assert layers in watched(one)


def test_every_layer_of_a_file_is_read_and_a_contested_one_is_grey(testland, tmp_path):
    path = tmp_path / "front_20250501.gpkg"
    held = gpd.GeoDataFrame(geometry=[ALPHA_WEST], crs=4326)
    held.to_file(path, layer="Occupied", driver="GPKG")
    contested = gpd.GeoDataFrame(geometry=[shapely.box(10.5, 50.0, 10.75, 51.0)], crs=4326)
    contested.to_crs(3857).to_file(path, layer="Contested areas", driver="GPKG")
    layer = read_layer(path)
    assert layer.controlled.equals(ALPHA_WEST)
    assert layer.grey.symmetric_difference(shapely.box(10.5, 50.0, 10.75, 51.0)).area < 1e-9


def test_a_kml_with_folders(testland, tmp_path):
    path = tmp_path / "front_20250501.kml"
    gpd.GeoDataFrame({"name": ["held"]}, geometry=[ALPHA_WEST], crs=4326).to_file(
        path, layer="Occupied", driver="KML"
    )
    grey = shapely.box(10.5, 50.0, 10.75, 51.0)
    gpd.GeoDataFrame({"name": ["strip"]}, geometry=[grey], crs=4326).to_file(
        path, layer="Grey zone", driver="KML", mode="a"
    )
    layer = read_layer(path)
    assert layer.controlled.symmetric_difference(ALPHA_WEST).area < 1e-9
    assert layer.grey.symmetric_difference(grey).area < 1e-9


def _one_report(tmp_path, testland, layer_days: list[str], claimed: str = "") -> Path:
    """A build (SVG) of one report of Alpha on 2025-05-01 over control layers of those days."""
    seeds = tmp_path / "seeds"
    for day in layer_days:
        write_layer(seeds / "control" / f"front_{day}.geojson", [ALPHA_WEST])
    (seeds / "figures.csv").write_text(
        "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,source,quote\n"
        f"2025-05-01,TL-01,,60,about,{claimed},reported,Desk,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    options = BuildOptions(seeds=seeds, out=out, profile=Path(testland.source),
                           formats=("svg",))  # fmt: skip
    build(options, parallel=False)
    return out


def test_the_headline_gives_the_measured_total_the_legend_gives(testland, tmp_path):
    """With a control layer of the date the map shows where the territory is: the headline's
    claimed-not-controlled area is the measured one, the same as the legend's."""
    out = _one_report(tmp_path, testland, ["20250501"], claimed="true")
    svg = (out / "testland_control.svg").read_text(encoding="utf-8")
    flat = re.sub(r"</text>\s*<text[^>]*>", " ", svg)  # a headline wrapped to the page, whole
    headline = re.search(r"About ([\d,]+) km² claimed by Norland but not under its control, "
                         r"measured on the control layer of 1 May 2025", flat)  # fmt: skip
    assert headline, "the headline gives the measured area"
    assert f"({headline.group(1).join(['about ', ' km²'])}, measured)" in svg


def test_two_control_layers_and_one_report_make_a_timeline(testland, tmp_path):
    out = _one_report(tmp_path, testland, ["20250401", "20250501"])
    assert (out / "testland_control_timeline.svg").is_file()


def test_a_layer_reporting_contradicts_is_said_so_and_not_trusted_alone(testland, tmp_path, caplog):
    layer = read_layer(write_layer(tmp_path / "x_20250501.geojson", [ALPHA_WEST]))
    measurements = [measure(layer, Units.of(regions()))]  # Alpha: its western half held

    def alpha(pct: float, hedge: str) -> list[Figure]:
        return [Figure(region_code="TL-01", region="Alpha", as_of=DAY, controlled_pct=pct,
                       qualifier=hedge, claimed=True)]  # fmt: skip

    snap = snapshot(alpha(95.0, "over"), regions(), as_of=DAY, layers=[layer],
                    measurements=measurements)  # fmt: skip
    # Reported held at over 95%, measured at half: its eastern half is not drawn as claimed and
    # not under control on the layer's word alone; the map and the terminal say why.
    assert snap.ground.open_claim.is_empty
    note = snap.texts.layer_note
    assert note.startswith("The control layer of 1 May 2025 leaves Alpha, reported at 90% or "
                           "more, largely uncovered")  # fmt: skip
    assert "1 of 1 reported figures disagree with the control layer of 1 May 2025" in note
    assert "reported figures imply" in note  # 5% of Alpha against the layer's 0 km²
    assert note in snap.texts.notes and note in caplog.text
    # The figure is marked on the map, and the footer says against what.
    from geomap.style import label

    row = next(snap.frame[snap.frame["code"] == "TL-01"].itertuples())
    assert label(row) == "Alpha\n>95%‡"
    assert snap.texts.agreement_note.startswith(
        "‡ not in agreement with the control layer: Alpha (>95% reported, 50.0% measured on "
        "2025-05-01: disagrees)"
    )
    # Where reporting agrees, the layer is drawn as it is, without a word.
    agreeing = snapshot(alpha(50.0, "about"), regions(), as_of=DAY, layers=[layer],
                        measurements=measurements)  # fmt: skip
    assert agreeing.ground.open_claim.area == pytest.approx(0.5, rel=1e-3)  # Alpha's east half
    assert agreeing.texts.layer_note == "" and agreeing.texts.agreement_note == ""
    assert "‡" not in label(next(agreeing.frame[agreeing.frame["code"] == "TL-01"].itertuples()))
