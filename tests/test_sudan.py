"""Sudan, the second built-in profile: its boundaries, its words everywhere, and a project made
for it with `geomap init --profile sudan` that builds a complete map set with no word of the
other war in it (and the other way round)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from geomap.control import geodesic_area_km2
from geomap.profile import BUILT_IN, DATA, built_in, named

from .conftest import ROOT
from .conftest import run_cli as run
from .test_boundary_data import SOURCES, _builder

SHAPES = DATA / "boundaries"
UKRAINE_WORDS = re.compile(r"ukrain|russia|oblast|raion|crimea|kyiv|moscow", re.IGNORECASE)
SUDAN_WORDS = re.compile(r"sudan|\bRSF\b|darfur|kordofan|localit", re.IGNORECASE)


@pytest.fixture(scope="module")
def states():
    return gpd.read_file(SHAPES / "sudan_regions.geojson")


@pytest.fixture(scope="module")
def localities():
    return gpd.read_file(SHAPES / "sudan_localities.geojson")


def test_the_built_in_profiles_are_named():
    assert BUILT_IN == ("ukraine", "sudan")
    sudan = named("sudan")
    assert (sudan.name, sudan.units.plural, sudan.subunits.plural) == (
        "Sudan", "states", "localities"
    )  # fmt: skip
    assert sudan.claims is False and sudan.language == "ar"
    assert len(sudan.gazetteer) == 18 and len(sudan.gazetteer.raions) == 188


def test_the_states_are_a_clean_coverage_with_their_areas(states, localities):
    profile = built_in("sudan")
    assert sorted(states.code) == sorted(r["code"] for r in profile.regions)
    assert shapely.coverage_is_valid(states.geometry.values)
    assert shapely.coverage_is_valid(localities.geometry.values)
    for state in states.itertuples():
        official = profile.gazetteer.get(state.code).area_km2  # OCHA's area_sqkm
        assert abs(geodesic_area_km2(state.geometry) / official - 1) < 0.01, state.code
        inside = localities[localities.parent == state.code]
        assert len(inside)
        union = shapely.union_all(inside.geometry.values)
        assert union.symmetric_difference(state.geometry).area < 1e-6, state.code


def test_abyei_is_apart_from_the_states_and_the_neighbours(states):
    disputed = gpd.read_file(SHAPES / "sudan_disputed.geojson")
    assert list(disputed.code) == ["SD19"] and "disputed" in disputed.note[0]
    abyei = disputed.geometry[0]
    neighbours = gpd.read_file(SHAPES / "sudan_neighbours.geojson")
    for frame in (states, neighbours):
        assert all(abyei.intersection(g).area < 1e-6 for g in frame.geometry)
    # The neighbours are fitted to the states and Abyei: no sliver of sea along the borders.
    land = shapely.union_all([*states.geometry, abyei, *neighbours.geometry])
    holes = [shapely.Polygon(r) for p in shapely.get_parts(land) for r in p.interiors]
    assert all(geodesic_area_km2(h) < 1 for h in holes)
    assert {"SSD", "TCD", "EGY"} <= set(neighbours.iso[neighbours.neighbour])


def test_news_spellings_of_the_states():
    gaz = built_in("sudan").gazetteer
    for name, code in [("Gezira", "SD-GZ"), ("Al Jazirah", "SD-GZ"), ("Gedaref", "SD-GD"),
                       ("Al Qadarif", "SD-GD"), ("Sennar", "SD-SI"), ("Northern State", "SD-NO"),
                       ("North Darfur", "SD-DN"), ("West Kordofan", "SD-GK")]:  # fmt: skip
        assert gaz.find(name).code == code, name
    assert gaz.find("Northern") is None  # "northern Sudan" is no state
    assert gaz.find("El Fasher") is None  # a city: its locality only with "locality"
    assert [r.code for r in gaz.expand("Darfur")] == ["SD-DC", "SD-DE", "SD-DN", "SD-DS", "SD-DW"]


@pytest.mark.skipif(not SOURCES.is_dir(), reason="the boundary sources are not at hand")
@pytest.mark.slow
def test_the_build_script_makes_the_shipped_sudanese_files_byte_for_byte():
    build = _builder("sudan")
    root = build.fetch_sources(build.SOURCES, SOURCES, SOURCES)  # checks every checksum
    regions, localities, _ = build.build(root)
    assert build.feature_collection(regions, ["code", "pcode", "name", "name_local"]) == (
        SHAPES / "sudan_regions.geojson"
    ).read_text(encoding="utf-8")
    assert build.locality_names(localities) == (DATA / "sudan_localities.json").read_text("utf-8")
    assert build.profile_with_areas(regions) == (DATA / "sudan.json").read_text("utf-8")


def _words_of(out: Path) -> str:
    texts = [p.read_text("utf-8", errors="replace") for p in sorted(out.iterdir())
             if p.suffix in (".csv", ".html", ".svg", ".md", ".json", ".txt")]  # fmt: skip
    return "\n".join(texts)


@pytest.mark.build
def test_init_for_sudan_makes_a_project_with_no_word_of_the_other_war(tmp_path, monkeypatch):
    desk = tmp_path / "desk"
    result = run("init", "--profile", "sudan", desk)
    assert result.exit_code == 0, result.output
    assert 'profile = "sudan"' in (desk / "geomap.toml").read_text("utf-8")
    seeds = sorted(p.name for p in (desk / "seeds").iterdir())
    assert seeds == ["2025-11-05-who-holds-what.txt", "figures.csv"]
    monkeypatch.chdir(desk)
    built = run("build", "--format", "png,svg,html,csv,pdf")
    assert built.exit_code == 0, built.output
    out = desk / "outputs"
    words = _words_of(out)
    assert not UKRAINE_WORDS.search(words), UKRAINE_WORDS.search(words)
    svg = (out / "sudan_control.svg").read_text("utf-8")
    assert "5 of 18 states held by RSF, no share given" in svg
    assert "claimed" not in svg.casefold()  # the RSF claims no territory: no claimed layer
    assert "OCHA COD-AB (CC BY-IGO)" in svg
    assert "Abyei Area" in svg
    html = (out / "sudan_control.html").read_text("utf-8")
    assert "lang=\\u0027ar\\u0027" in html and "Localities" in html  # the tooltips' Arabic
    assert "Abyei Area (disputed)" in html
    rows = (out / "sudan_control.csv").read_text("utf-8").splitlines()
    darfur = [r for r in rows if ",SD-DN," in r]
    assert darfur and darfur[0].endswith(",true,")  # held, no share given
    # ... and the units the army is said to hold: a class of their own, in the legend too
    gezira = [r for r in rows if ",SD-GZ," in r]
    assert gezira and gezira[0].endswith(",,true")
    assert "held by the army, no share given" in svg and "held by the army, no share given" in html
    # no unit has a share: no scale of shares in either legend, and a subtitle that says so
    assert "87.5% or more" not in svg and "87.5% or more" not in html
    assert "Who holds each state, figures as of 5 November 2025" in svg
    # Other commands in the project take its profile.
    assert "SD-GZ" in run("regions").stdout


@pytest.mark.build
def test_the_ukrainian_outputs_have_no_word_of_sudan():
    assert not SUDAN_WORDS.search(_words_of(ROOT / "outputs"))


def test_an_unknown_profile_name_is_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("--profile", "sudn", "regions")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "Error: --profile: no built-in profile named 'sudn'; did you mean sudan? the built-in "
        "profiles are ukraine, sudan; or give a profile file"
    )
    listed = run("profiles").stdout
    assert "sudan\tSudan: 18 states, RSF against the army" in listed


def test_the_sudan_profile_is_valid_json_with_its_comments():
    raw = json.loads((DATA / "sudan.json").read_text("utf-8"))
    assert raw["units"]["plural"] == "states" and raw["claims"] is False
    assert all(
        set(r) >= {"code", "pcode", "name", "name_local", "area_km2"} for r in raw["regions"]
    )


@pytest.mark.parametrize("choice", ["error", "context", "drop"])
def test_features_that_match_no_unit(testland, testland_path, tmp_path, caplog, choice):
    """A boundaries file with a feature that is no unit (a lake, a disputed area): stop, draw it
    as surroundings, or leave it out; the last two name it."""
    from geomap.boundaries import load_context, load_regions
    from geomap.errors import BoundaryError

    raw = json.loads((testland_path.parent / "regions.geojson").read_text("utf-8"))
    lake = {"type": "Feature", "properties": {"code": "Lake Mirror", "name": "Lake Mirror"},
            "geometry": {"type": "Polygon", "coordinates": [[[12.6, 50], [12.9, 50], [12.9, 50.2],
                                                             [12.6, 50.2], [12.6, 50]]]}}  # fmt: skip
    raw["features"].append(lake)
    path = tmp_path / "with-lake.geojson"
    path.write_text(json.dumps(raw), encoding="utf-8")
    if choice == "error":
        with pytest.raises(BoundaryError, match=r"'Lake Mirror'.*--unmatched context"):
            load_regions(path, name_field="name", unmatched=choice)
        return
    frame = load_regions(path, name_field="name", unmatched=choice)
    assert list(frame.code) == ["TL-01", "TL-02", "TL-03"]
    assert "'Lake Mirror'" in caplog.text
    extra = frame.attrs.get("context")
    if choice == "drop":
        assert extra is None
    else:
        context = load_context(testland_path.parent / "neighbours.geojson", extra=extra)
        assert len(context) == len(load_context(testland_path.parent / "neighbours.geojson")) + 1


def test_an_unknown_choice_for_unmatched_is_one_line(run, testland_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    result = run("--profile", testland_path, "build", "--unmatched", "keep")
    assert result.exit_code == 2
    assert "--unmatched: 'keep' is not one of error, context, drop" in result.stderr


def test_localities_as_news_spells_them():
    gaz = built_in("sudan").gazetteer
    assert gaz.find("El Fasher locality").name == "Al Fasher"
    assert gaz.find("the El Geneina district").name == "Ag Geneina"
    assert gaz.find("El Fasher") is None  # the city: a locality only with "locality"


def test_statements_of_holding_point_at_their_words_and_a_leading_negation_counts():
    """Each held statement's evidence row points at the words it was read from; a negation that
    opens the sentence ("Never has ...") negates it as one inside it would."""
    from geomap.extract import read_document
    from geomap.profile import using

    text = (
        "The RSF controls four states: North Darfur, South Darfur, West Darfur and Central "
        "Darfur. Never has Gezira State fallen to the RSF. Kassala State has fallen to the RSF."
    )
    with using(named("sudan")):
        reading = read_document(text, document="t.txt")
    rows = [e for e in reading.evidence if e.kind == "held"]
    assert {e.region for e in rows} == {"North Darfur", "South Darfur", "West Darfur",
                                        "Central Darfur", "Kassala"}  # fmt: skip
    for e in rows:
        assert text[e.start : e.end] == e.phrase
    assert {e.phrase for e in rows} == {"controls", "has fallen to"}
