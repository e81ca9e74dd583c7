"""The country is data: a made-up profile builds a complete map, and no output names Ukraine.

Testland (tests/data/testland/) has three regions with their own shapes, its own sides (Norland
holds and claims, Testland defends), titles, projection and file names.
"""

import csv
import datetime as dt
import shutil
from pathlib import Path

import pytest

from geomap.build import BuildOptions, build
from geomap.extract import read_document
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
def testland(tmp_path: Path) -> Path:
    folder = tmp_path / "testland"
    shutil.copytree(TESTLAND, folder)
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
        "testland_control.png", "testland_control.svg", "testland_evidence.csv",
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


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read the profile (No such file or directory); check --profile"),
        (
            "not json",
            "not a geomap profile (Expecting value: line 1 column 1 (char 0)); "
            "start from geomap/data/ukraine.json",
        ),
        (
            '{"name": "X"}',
            "not a geomap profile (missing 'code'); start from geomap/data/ukraine.json",
        ),
    ],
)
def test_a_bad_profile_is_one_line_and_exit_2(tmp_path: Path, content, message):
    from click.testing import CliRunner

    from geomap.cli import main

    path = tmp_path / "profile.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["--profile", str(path), "regions"])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {path}: {message}\n"
