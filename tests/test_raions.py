"""Raions: found by the names reporting gives them, read from the curated CSV and from texts,
and drawn on both maps at their own level without changing their region's figure."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re

import pytest
import shapely

from geomap import style
from geomap.boundaries import load_raions, load_regions
from geomap.control import geodesic_area_km2, with_shape_areas
from geomap.errors import FiguresError
from geomap.extract import extract_text
from geomap.figures import Figure, parse_figures
from geomap.profile import gazetteer
from geomap.render import interactive, scene
from geomap.snapshot import snapshot

from .conftest import SHAPES

DAY = dt.date(2025, 3, 1)
POKROVSK = "UA14160000000061982"
KHERSON_RAION = "UA65100000000029736"
HEADER = "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,source,quote\n"


@pytest.fixture(scope="module")
def regions():
    return with_shape_areas(load_regions(SHAPES / "ukraine_regions.geojson"))


@pytest.fixture(scope="module")
def raions():
    return load_raions(SHAPES / "ukraine_raions.geojson")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Pokrovsk raion", POKROVSK),
        ("Pokrovsk Raion", POKROVSK),
        ("the Pokrovsk district", POKROVSK),
        ("Pokrovsky district", POKROVSK),
        ("Pokrovskyi rayon", POKROVSK),
        ("Kupyansk district", "UA63080000000032022"),
        ("Kherson district", KHERSON_RAION),
        ("Gorlovsky district", "UA14060000000024357"),
        (POKROVSK, POKROVSK),
        # A bare name, or a name with region/oblast, is the region.
        ("Kherson", "UA-65"),
        ("the Kherson region", "UA-65"),
        ("Kherson Oblast", "UA-65"),
        ("Donetsk", "UA-14"),
        # A town's name alone is no place the gazetteer knows.
        ("Pokrovsk", None),
        ("Kupiansk", None),
    ],
)
def test_names_of_raions_and_of_the_regions_they_share_them_with(name, code):
    found = gazetteer().find(name)
    assert (found.code if found else None) == code


def test_the_gazetteer_lists_regions_and_keeps_raions_apart():
    gaz = gazetteer()
    assert len(gaz) == 27 and len(gaz.codes) == 27
    assert len(gaz.raions) == 138
    assert gaz.is_raion(POKROVSK) and not gaz.is_raion("UA-14") and not gaz.is_raion("XX")
    assert gaz.get(POKROVSK).parent == "UA-14"
    assert gaz.get(POKROVSK).area_km2 == pytest.approx(4002, abs=5)


def test_a_curated_row_names_a_raion_by_name_or_code():
    rows = parse_figures(
        HEADER
        + "2025-03-01,,Pokrovsky district,60,about,,manual,Desk,\n"
        + f"2025-03-01,{KHERSON_RAION},,20,,,manual,Desk,\n"
    )
    assert [(f.region_code, f.region) for f in rows] == [
        (POKROVSK, "Pokrovsk Raion"),
        (KHERSON_RAION, "Kherson Raion"),
    ]
    with pytest.raises(FiguresError, match="did you mean Pokrovsk Raion"):
        parse_figures(HEADER + "2025-03-01,,Pokrovsk raoin,60,,,manual,,\n")


def test_a_text_gives_a_raion_its_own_figure():
    reading = extract_text(
        "Russian forces control about 60% of the Pokrovsk district. "
        "Russia occupies roughly 70% of the Donetsk region.",
        as_of=DAY,
    )
    figures = {f.region_code: f.controlled_pct for f in reading}
    assert figures == {POKROVSK: 60.0, "UA-14": 70.0}


@pytest.mark.parametrize(
    "text",
    [
        "Shelling hit the Pokrovsk district of the Donetsk region. Russia holds about 70% of the "
        "region.",
        "Fighting goes on in the Pokrovsk district of the Donetsk region. The region is about 70% "
        "occupied.",
        "Fighting goes on in the Pokrovsk district. About 70% of the oblast's territory is "
        "occupied.",
    ],
)
def test_the_region_after_a_raion_is_the_region_it_lies_in(text):
    # "the region", "the oblast": a unit's noun, of the unit the raion named before lies in
    assert {f.region_code: f.controlled_pct for f in extract_text(text, as_of=DAY)} == {
        "UA-14": 70.0
    }


def test_the_district_after_a_raion_is_the_raion():
    # "the district" (a raion's noun): the raion named before; none after a region alone
    text = "Fighting goes on in the Pokrovsk district. Russia holds about 40% of the district."
    assert {f.region_code: f.controlled_pct for f in extract_text(text, as_of=DAY)} == {
        POKROVSK: 40.0
    }
    text = "Fighting goes on in the Donetsk region. Russia holds about 40% of the district."
    assert extract_text(text, as_of=DAY) == []


def test_the_state_after_a_locality_is_the_state_it_lies_in(sudan):
    text = ("The RSF shelled the Bara locality of North Kordofan State. The RSF controls about 40% "
            "of the state, the governor said.")  # fmt: skip
    assert {f.region_code: f.controlled_pct for f in extract_text(text, as_of=DAY)} == {
        "SD-KN": 40.0
    }
    held = "The RSF shelled the Bara locality of North Kordofan. The state remains in army hands."
    assert [(f.region_code, f.defender_held) for f in extract_text(held, as_of=DAY)] == [
        ("SD-KN", True)
    ]


def _figures():
    return [
        Figure(region_code="UA-14", region="Donetsk", as_of=DAY, controlled_pct=70.0),
        Figure(
            region_code=POKROVSK,
            region="Pokrovsk Raion",
            as_of=DAY,
            controlled_pct=60.0,
            qualifier="about",
            source="Raion desk",
        ),
    ]


def test_a_raion_figure_leaves_its_region_and_the_totals_alone(regions, raions):
    alone = snapshot(_figures()[:1], regions, as_of=DAY, raions=raions)
    both = snapshot(_figures(), regions, as_of=DAY, raions=raions)
    columns = ["code", "controlled_pct", "controlled_km2", "claimed_not_controlled_km2"]
    assert both.frame[columns].equals(alone.frame[columns])
    assert both.totals == alone.totals
    assert list(both.raions["code"]) == [POKROVSK]
    row = both.raions.iloc[0]
    assert (row["controlled_pct"], row["qualifier"], row["parent"]) == (60.0, "about", "UA-14")
    assert row["controlled_km2"] == pytest.approx(0.6 * gazetteer().get(POKROVSK).area_km2)
    assert "Raion desk" in " ".join(both.texts.notes)
    assert alone.raions.empty


def test_raion_lines_are_drawn_in_the_regions_with_a_figure(regions, raions):
    snap = snapshot(_figures(), regions, as_of=DAY, raions=raions)
    assert set(snap.outlines["parent"]) == {"UA-14"}
    assert len(snap.outlines) == (raions["parent"] == "UA-14").sum() == 8
    none = snapshot([], regions, as_of=DAY, raions=raions)
    assert none.outlines.empty


def test_without_raion_shapes_a_raion_figure_is_left_off_with_a_warning(regions, caplog):
    with caplog.at_level(logging.WARNING):
        snap = snapshot(_figures(), regions, as_of=DAY)
    assert snap.raions is None and "Pokrovsk Raion" in caplog.text
    assert "not drawn" in caplog.text


def test_the_report_map_fills_and_labels_the_raion(regions, raions):
    report = scene.report(snapshot(_figures(), regions, as_of=DAY, raions=raions))
    [raion] = report.raions
    assert raion.code == POKROVSK and raion.label == "Pokrovsk Raion\n≈60%"
    assert raion.fill == style.fill(60.0, "about") != style.fill(70.0)  # its own, not Donetsk's
    assert len(report.outlines) == 8
    assert "Pokrovsk Raion (UA14160000000061982); ≈60%" in report.titles[POKROVSK]


def test_the_html_map_carries_the_raion_and_a_raion_layer_switched_off(regions, raions):
    figures = _figures()
    plain = interactive.build_map([snapshot(figures[:1], regions, as_of=DAY)])
    fmap = interactive.build_map(
        [snapshot(figures, regions, as_of=DAY, raions=raions)], raions=raions
    )
    page = fmap.get_root().render()
    data = json.loads(re.search(r"geomapStory\([^{]*(\{.*\})\);", page).group(1))
    snap = data["snapshots"][DAY.isoformat()]
    assert list(snap["subunits"]) == [POKROVSK]
    assert "≈60%" in snap["subunits"][POKROVSK]["label"]
    assert len(snap["outlined"]) == 8
    assert len(data["subunits"]) == 138
    assert {r["name"] for r in data["subunits"]} >= {"Pokrovsk Raion", "Kupiansk Raion"}
    layer = next(c for c in fmap._children.values() if getattr(c, "layer_name", "") == "Raions")
    assert layer.show is False
    growth = len(page.encode()) - len(plain.get_root().render().encode())
    assert 0 < growth < 600_000


def test_web_raions_stay_a_clean_coverage(raions):
    web = interactive.web_shapes(raions)
    assert shapely.coverage_is_valid(web.geometry.values)


def test_areas_of_multipolygons_drawn_in_either_direction():
    square = shapely.box(30, 48, 31, 49)
    clockwise = shapely.Polygon(list(square.exterior.coords)[::-1])
    other = shapely.box(32, 48, 33, 49)
    mixed = shapely.MultiPolygon([clockwise, other])
    assert geodesic_area_km2(mixed) == pytest.approx(2 * geodesic_area_km2(square), rel=1e-3)
    assert geodesic_area_km2(clockwise) == pytest.approx(geodesic_area_km2(square))


def test_the_statistics_list_the_raion_after_the_total(regions, raions):
    from geomap.control import statistics

    rows = statistics(snapshot(_figures(), regions, as_of=DAY, raions=raions))
    assert [r["region_code"] for r in rows[-2:]] == ["UA", POKROVSK]
    raion = rows[-1]
    assert (raion["region"], raion["controlled_pct"], raion["qualifier"]) == (
        "Pokrovsk Raion", "60", "about",
    )  # fmt: skip
    area = gazetteer().get(POKROVSK).area_km2
    assert float(raion["controlled_km2"]) == pytest.approx(0.6 * area, abs=0.1)
    plain = statistics(snapshot(_figures()[:1], regions, as_of=DAY, raions=raions))
    assert rows[:-1] == plain  # the total is the regions' alone


def test_changes_list_a_raion_after_the_regions():
    from geomap.reports import changes_markdown

    earlier = dt.date(2025, 2, 1)
    history = {
        earlier: [
            Figure(
                region_code=POKROVSK, region="Pokrovsk Raion", as_of=earlier, controlled_pct=40.0
            )
        ],
        DAY: _figures(),
    }
    lines = changes_markdown(history).splitlines()
    assert lines[-2].startswith("| Donetsk (UA-14) | no figure | 70% |")
    assert lines[-1].startswith(f"| Pokrovsk Raion ({POKROVSK}) | 40% | ≈60% |")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In the Kupiansk district of the Kharkiv region, Russian troops hold roughly 20% of the "
         "territory.", {"UA63080000000032022": 20.0}),
        ("In the Donetsk region's Pokrovsk district, Russia holds 40%.", {POKROVSK: 40.0}),
        ("Russia holds 40% of the Pokrovsk district (Donetsk region).", {POKROVSK: 40.0}),
        ("Russian forces control 40% of the Donetsk region's Pokrovsk district.",
         {POKROVSK: 40.0}),
        ("Russian forces control 40% of Kharkiv oblast's Kupiansk district.",
         {"UA63080000000032022": 40.0}),
        ("Russia occupies 70% of the Donetsk region, including most of the Pokrovsk district.",
         {"UA-14": 70.0}),
        ("Russia controls about 30% of the Kherson district and 75% of the Kherson region.",
         {KHERSON_RAION: 30.0, "UA-65": 75.0}),
    ],
)  # fmt: skip
def test_a_region_that_only_says_where_a_raion_is(sentence, expected):
    figures = {f.region_code: f.controlled_pct for f in extract_text(sentence, as_of=DAY)}
    assert figures == expected


def test_a_raion_of_a_claimed_region_is_claimed(regions, raions):
    day = dt.date(2025, 3, 1)
    figures = [
        Figure(region_code="UA-14", region="Donetsk", as_of=day, controlled_pct=70.0,
               claimed=True),
        Figure(region_code=POKROVSK, region="Pokrovsk Raion", as_of=day, controlled_pct=60.0),
    ]  # fmt: skip
    snap = snapshot(figures, regions, as_of=day, raions=raions)
    row = snap.raions.set_index("code").loc[POKROVSK]
    assert bool(row["claimed"]) is True
    assert row["claimed_not_controlled_km2"] == pytest.approx(0.4 * row["area_km2"])
