"""The country is data: a made-up profile builds a complete map, and no output names Ukraine.

Testland (tests/data/testland/) has three regions with their own shapes, its own sides (Norland
holds and claims, Testland defends), titles, projection and file names.
"""

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from geomap.build import BuildOptions, build
from geomap.extract import read_document
from geomap.profile import DATA as PACKAGE_DATA
from geomap.profile import current, load, shipped, using

from .conftest import DATA

TESTLAND = DATA / "testland"
REPORT = (
    "Norlandic forces now occupy about 40% of the Alpha region, the Regent said. "
    "Norland annexed the Beta region last year. "
    "Testlandic forces hold 30% of the Gamma region. "
    "Norland holds 80% of the Marches."
)


@pytest.fixture
def testland(testland_path: Path, tmp_path: Path) -> Path:
    """The made-up country's profile path, with a report of it in SEEDS."""
    folder = testland_path.parent
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "2025-05-01-report.txt").write_text(REPORT, encoding="utf-8")
    return folder / "testland.json"


def test_the_shipped_profile_is_ukraine_unless_another_is_used(testland: Path):
    assert current() is shipped() and current().name == "Ukraine"
    other = load(testland)
    with using(other):
        assert current() is other
        assert [r.code for r in current().gazetteer] == ["TL-01", "TL-02", "TL-03"]
    assert current() is shipped()


def test_the_reading_follows_the_profile(testland: Path):
    with using(load(testland)):
        reading = read_document(REPORT, as_of=dt.date(2025, 5, 1), document="r.txt")
    rows = {(e.region_code, e.kind): e for e in reading.evidence}
    assert (rows["TL-01", "share"].value, rows["TL-01", "share"].holder) == (40.0, "Norland")
    assert rows["TL-01", "share"].hedge == "about"
    assert rows["TL-02", "claim"].decision == "used"
    assert rows["TL-03", "share"].holder == "Testland"
    assert rows["TL-03", "share"].reason.startswith("held by Testland: reported as such")
    marches = next(e for e in reading.evidence if e.phrase == "80%")
    assert marches.reason == "a share of the Marches (Beta and Gamma together), not of one region"
    # Under the shipped profile the same text names no known region.
    assert read_document(REPORT, as_of=dt.date(2025, 5, 1), document="r.txt").figures == []


def test_a_made_up_country_builds_a_complete_map(testland: Path, tmp_path: Path):
    out = tmp_path / "out"
    options = BuildOptions(
        seeds=tmp_path / "seeds", out=out, profile=testland,
        formats=("png", "svg", "pdf", "html"), dpi=60,
    )  # fmt: skip
    result = build(options, parallel=False)
    assert sorted(p.name for p in result.paths) == [
        "CHANGES.md", "testland_control.csv", "testland_control.html", "testland_control.pdf",
        "testland_control.png", "testland_control.svg", "testland_control_alt.txt",
        "testland_evidence.csv",
    ]  # fmt: skip
    with (out / "testland_control.csv").open(encoding="utf-8") as f:
        stats = list(csv.DictReader(f))
    assert [r["region_code"] for r in stats] == ["TL-01", "TL-02", "TL-03", "TL"]
    assert (stats[0]["controlled_pct"], stats[0]["qualifier"]) == ("40", "about")
    assert stats[1]["claimed"] == "true"
    assert stats[-1]["region"] == "Testland"
    svg = (out / "testland_control.svg").read_text(encoding="utf-8")
    assert "<title>Alpha (TL-01); ≈40% under Norlandic control; source: Regent</title>" in svg
    assert "<title>Beta (TL-02); no reported figure; claimed by Norland; source: " in svg
    html = (out / "testland_control.html").read_text(encoding="utf-8")
    assert "Testland: the land Norland claims and the land it holds" in html
    assert "claimed by Norland but not under its control" in html
    for path in result.paths:
        if path.suffix in (".csv", ".md", ".svg", ".html"):
            text = path.read_text(encoding="utf-8")
            assert "Ukrain" not in text and "Russia" not in text, path.name
    # The profile is an input: editing it makes the outputs stale.
    assert build(options, parallel=False).skipped
    testland.write_text(
        testland.read_text(encoding="utf-8").replace("drawn for the tests", "redrawn"),
        encoding="utf-8",
    )
    assert not build(options, parallel=False).skipped


HINT = "name a built-in profile (ukraine, sudan), or see docs/profiles.md to write one"


def _spoilt(change) -> str:
    import json

    raw = json.loads((TESTLAND / "testland.json").read_text(encoding="utf-8"))
    change(raw)
    return json.dumps(raw)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read the profile (No such file or directory); check --profile"),
        ("not json", f"not a geomap profile (not JSON: Expecting value: line 1 column 1 (char 0)); {HINT}"),
        ("[1, 2]", f"not a geomap profile (a JSON object is needed); {HINT}"),
        ("[" * 100_000 + "]" * 100_000, f"not a geomap profile (not JSON: maximum recursion depth exceeded while decoding a JSON array from a unicode string); {HINT}"),
        ('{"name": "X"}', f"code: missing, or not a text; {HINT}"),
        (_spoilt(lambda r: r["regions"][0].pop("name")), f"regions[0].name: missing, or not a text; {HINT}"),
        (_spoilt(lambda r: r["regions"][1].update(area_km2=0)), f"regions[1].area_km2: 0 is not an area in km² (a number above 0); {HINT}"),
        (_spoilt(lambda r: r["regions"][1].update(area_km2="big")), f"regions[1].area_km2: 'big' is not an area in km² (a number above 0); {HINT}"),
        (_spoilt(lambda r: r["regions"][1].update(officials="Varga")), f"regions[1].officials: not a list of texts; {HINT}"),
        (_spoilt(lambda r: r["regions"][2].update(aliases=[1])), f"regions[2].aliases: not a list of texts; {HINT}"),
        (_spoilt(lambda r: r.update(regions=[])), f"regions: missing, or empty: a profile maps at least one unit; {HINT}"),
        (_spoilt(lambda r: r.update(projection="+proj=nowhere")), f"projection: not a projection PROJ knows ('+proj=nowhere'); {HINT}"),
        (_spoilt(lambda r: r.update(stem="../x")), f"stem: '../x' is not a file name stem (letters, digits, - and _); {HINT}"),
        (_spoilt(lambda r: r.update(stem="/tmp/x")), f"stem: '/tmp/x' is not a file name stem (letters, digits, - and _); {HINT}"),
        (_spoilt(lambda r: r.update(stem="")), f"stem: missing, or not a text; {HINT}"),
        (_spoilt(lambda r: r.update(stem="a\nb")), f"stem: 'a\\nb' is not a file name stem (letters, digits, - and _); {HINT}"),
        (_spoilt(lambda r: r["controller"].pop("adjective")), f"controller: needs a name and an adjective; {HINT}"),
        (_spoilt(lambda r: r.update(cities=["TL-99"])), f"cities: not a list of the profile's unit codes (TL-99); {HINT}"),
        (_spoilt(lambda r: r.update(government="TL-01")), f"government: not a list of the profile's unit codes; {HINT}"),
        (_spoilt(lambda r: r.update(began="2014-13")), f"began: '2014-13' is not a year and month such as \"2014-02\"; {HINT}"),
        (_spoilt(lambda r: r.update(began=2014)), f"began: 2014 is not a year and month such as \"2014-02\"; {HINT}"),
    ],
)  # fmt: skip
def test_a_bad_profile_is_one_line_and_exit_2(tmp_path: Path, content, message):
    from click.testing import CliRunner

    from geomap.cli import main

    path = tmp_path / "profile.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["--profile", str(path), "regions"])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {path}: {message}\n"


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_a_profile_that_is_a_pipe_or_a_device_is_refused_before_it_is_read(tmp_path, special):
    import os

    from click.testing import CliRunner

    from geomap.cli import main

    path = Path(special)
    if special == "fifo":
        path = tmp_path / "profile.json"
        os.mkfifo(path)
    result = CliRunner().invoke(main, ["--profile", str(path), "regions"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path}: is not a regular file (a pipe, a socket or a device); give a profile "
        "saved as a file\n"
    )


def test_every_field_of_the_shipped_profile():
    import json

    import geomap
    from geomap.profile import Inferred, parse

    data = Path(geomap.__file__).parent / "data" / "ukraine.json"
    # Parsed here, not taken from shipped()'s cache: a change to parse() must show.
    p = parse(json.loads(data.read_text(encoding="utf-8")), source="ukraine", folder=data.parent)
    assert p.gazetteer.codes == shipped().gazetteer.codes
    assert (p.name, p.code, p.stem, p.source) == ("Ukraine", "UA", "ukraine", "ukraine")
    assert p.projection.startswith("+proj=lcc +lat_1=45 +lat_2=51 ")
    assert p.title == "Ukraine: territory Russia claims and territory it controls"
    assert (
        p.history_title == "Ukraine: territory Russia claims and controls, by date of the figures"
    )
    assert p.credit == (
        "Boundaries © OpenStreetMap contributors (ODbL); Sevastopol: OCHA COD-AB (CC BY-IGO); "
        "other countries: Natural Earth; places: GeoNames (CC BY 4.0)"
    )
    assert p.places == data.parent / "boundaries" / "ukraine_places.geojson"
    c, d = p.controller, p.defender
    assert (c.name, c.adjective, c.capital, c.state) == (
        "Russia", "Russian", "Moscow", "Russian Federation",
    )  # fmt: skip
    assert c.names == (
        "Russia", "Russian Federation", "Moscow", "the Kremlin", "Kremlin", "Putin", "Shoigu",
        "Belousov", "Gerasimov", "Pushilin", "Pasechnik", "Balitsky", "Saldo", "Aksyonov",
        "Razvozhayev",
    )  # fmt: skip
    assert c.framing == (
        "people's republic", "DPR", "LPR", "DNR", "LNR", "Kiev regime", "Kyiv regime",
    )  # fmt: skip
    assert c.outlets == ("TASS", "RIA Novosti", "Sputnik")
    assert (c.abbreviations, c.forces) == (
        (),
        ("DPR", "LPR", "DNR", "LNR", "Donetsk People's Republic", "Luhansk People's Republic",
         "Lugansk People's Republic"),
    )  # fmt: skip
    assert c.bare == (
        "rebels", "the rebels", "rebel forces", "rebel", "insurgents", "the insurgents",
        "separatists", "the separatists", "separatist forces", "separatist fighters", "separatist",
        "insurgent", "militants",
        "the militants", "illegal armed groups", "ruscists",
        "the ruscists", "rashists", "the rashists", "the aggressor state", "aggressor state",
        "the aggressor country", "aggressor country",
    )  # fmt: skip
    assert (d.name, d.adjective, d.capital, d.state) == ("Ukraine", "Ukrainian", "Kyiv", "")
    assert d.names == (
        "Ukraine", "Kyiv", "Kiev", "Zelensky", "Zelenskyy", "Zelenskiy", "Syrskyi", "Zaluzhnyi",
        "Zaluzhny", "Filashkin", "Lysogor", "Lysohor", "Haidai", "Prokudin", "Starukh",
        "Syniehubov",
    )  # fmt: skip
    officials = {r["code"]: r["officials"] for r in p.regions if "officials" in r}
    assert officials == {
        "UA-09": ["Pasechnik", "Pasechnyk", "Haidai", "Gaidai", "Lysogor", "Lysohor"],
        "UA-14": ["Pushilin", "Filashkin", "Pavlo Kyrylenko"],
        "UA-23": ["Balitsky", "Balytskyi", "Ivan Fedorov", "Starukh"],
        "UA-40": ["Razvozhayev", "Razvozhaev"],
        "UA-43": ["Aksyonov", "Aksenov"],
        "UA-63": ["Syniehubov", "Synegubov"],
        "UA-65": ["Saldo", "Prokudin", "Yanushevych"],
    }
    assert (d.abbreviations, d.forces, d.framing, d.bare) == (
        ("AFU", "ZSU"),
        ("Armed Forces of Ukraine",),
        (),
        ("government forces", "government troops", "the Defence Forces", "the Defense Forces"),
    )
    assert (p.government, p.cities) == (frozenset({"UA-30"}), frozenset())
    assert isinstance(p.inferred, Inferred)
    assert (p.inferred.group, p.inferred.year, p.inferred.words) == ("Crimea", 2014, ("peninsula",))
    assert p.inferred.map_note == "held by Russia since it annexed Crimea in 2014"
    assert p.began == (2014, 2)
    assert (
        p.inferred.reading_note == "Crimea, annexed in 2014: held by Russia since (100%, inferred)"
    )
    assert p.wholes == {
        "Donbas": "Donbas (Donetsk and Luhansk together)",
        "Donbass": "Donbas (Donetsk and Luhansk together)",
    }
    assert p.groups == {
        "Crimea": ("UA-43", "UA-40"),
        "Crimean peninsula": ("UA-43", "UA-40"),
        "Black Sea peninsula": ("UA-43", "UA-40"),
        "Donbas": ("UA-14", "UA-09"),
        "Donbass": ("UA-14", "UA-09"),
    }
    assert p.bounds == (22.1, 44.3, 40.3, 52.4)
    # The shapes ship in the package, found wherever it is installed and whatever the cwd.
    assert p.default_boundaries == PACKAGE_DATA / "boundaries" / "ukraine_regions.geojson"
    assert p.default_neighbours == PACKAGE_DATA / "boundaries" / "neighbours.geojson"
    assert p.default_raions == PACKAGE_DATA / "boundaries" / "ukraine_raions.geojson"
    assert p.default_boundaries.is_file() and p.default_neighbours.is_file()
    assert len(p.gazetteer) == 27 and p.gazetteer.get("UA-14").name_local == "Донецька область"


def test_a_minimal_profile_takes_the_defaults(tmp_path: Path):
    from geomap.profile import parse

    side = {"name": "North", "adjective": "Northern"}
    raw = {
        "name": "Land", "code": "LD", "stem": "land", "projection": "EPSG:3035",
        "title": "T", "history_title": "H", "controller": side,
        "defender": {"name": "South", "adjective": "Southern"},
        "regions": [{"code": "LD-1", "name": "One", "area_km2": 10}],
    }  # fmt: skip
    p = parse(raw)
    assert (p.credit, p.source, p.inferred, p.bounds) == ("", "", None, None)
    assert (p.groups, p.wholes, p.government) == ({}, {}, frozenset())
    assert (p.boundaries, p.neighbours) == (None, None)
    assert p.default_boundaries == Path("boundaries/land_regions.geojson")
    c = p.controller
    assert (c.names, c.capital, c.state, c.framing, c.abbreviations, c.forces) == (
        ("North",), "", "", (), (), (),
    )  # fmt: skip
    (region,) = p.gazetteer
    assert (region.code, region.name, region.name_local, region.area_km2, region.aliases) == (
        "LD-1", "One", "", 10.0, (),
    )  # fmt: skip
    placed = parse({**raw, "boundaries": "r.geojson", "neighbours": "n.geojson"}, folder=tmp_path)
    assert (placed.boundaries, placed.neighbours) == (
        tmp_path / "r.geojson",
        tmp_path / "n.geojson",
    )
    assert parse({**raw, "boundaries": "r.geojson"}).boundaries == Path("r.geojson")
    assert parse({**raw, "wholes": {"_about": "x", "Big": "One and Two"}}).wholes == {
        "Big": "One and Two"
    }


def test_the_sides_words_become_patterns():
    from geomap.extract.sides import _alternation, sides

    assert _alternation(["Russia", "the Kremlin"], stem=True) == r"the\s+Kremlin\w*|Russia\w*"
    assert _alternation(["people's republic"]) == r"people['’]s\s+republic"
    assert _alternation([]) == "(?!)"  # no words: matches nothing, not even ""
    assert re.compile(f"a(?:{_alternation([])})|b").findall("a b ab") == ["b", "b"]
    two = sides()
    assert (two.controller, two.defender) == ("Russia", "Ukraine")
    assert (two.controller_adjective, two.defender_adjective) == ("Russian", "Ukrainian")
    assert two.country == frozenset({"ukraine", "ukraines", "ukrainian", "country", "nation"})
    assert two.wholes == {
        "donbas": "Donbas (Donetsk and Luhansk together)",
        "donbass": "Donbas (Donetsk and Luhansk together)",
    }
    assert (two.inferred_year, two.inferred_group) == (2014, "Crimea")
    assert two.inferred_words.search("the Peninsula") and two.inferred_words.search("CRIMEA")
    assert not two.inferred_words.search("peninsulas")
    assert two.pattern(r"«CA»\s+forces").fullmatch("russian   forces")
    assert two.pattern(r"«D»").fullmatch("Kiev") and not two.pattern(r"«D»").fullmatch("Kievan")
    assert two.pattern(r"«C»").fullmatch("Kremlin's") is None
    assert two.pattern(r"«C»").fullmatch("Russians")
