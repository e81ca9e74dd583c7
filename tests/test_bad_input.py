"""A catalogue of bad input, each run through the CLI.

Every case must exit with 2 (1 where it is not the input's fault), print exactly one line on
stderr that names the file and says what to do, print no traceback, and leave the outputs of the
last good build byte-for-byte as they were.
"""

import json
import os
import shutil
import warnings
from pathlib import Path

import geopandas as gpd
import pytest
from click.testing import CliRunner

from geomap.cli import main

from .conftest import ROOT, SHAPES, snapshot_files

HEADER = "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,source,quote"


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """A project copy with the outputs of a good build, made once."""
    base = tmp_path_factory.mktemp("built")
    shutil.copytree(ROOT / "seeds", base / "seeds")
    shutil.copytree(SHAPES, base / "boundaries")
    import os

    old = Path.cwd()
    os.chdir(base)
    try:
        assert CliRunner().invoke(main, ["build", "--format", "png,svg,html"]).exit_code == 0
    finally:
        os.chdir(old)
    return base


@pytest.fixture
def project(built, tmp_path, monkeypatch) -> Path:
    shutil.copytree(built, tmp_path / "p")
    monkeypatch.chdir(tmp_path / "p")
    return tmp_path / "p"


def figures_edit(old: str, new: str):
    def setup(p: Path) -> list[str]:
        path = p / "seeds" / "figures.csv"
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return []

    return setup


def write(relative: str, data: bytes | str, *args: str):
    def setup(p: Path) -> list[str]:
        path = p / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
        return list(args)

    return setup


def args(*values: str):
    return lambda p: list(values)


def user_boundaries(transform, suffix=".geojson", driver="GeoJSON", *extra: str):
    def setup(p: Path) -> list[str]:
        frame = gpd.read_file(p / "boundaries" / "ukraine_regions.geojson")
        frame = transform(frame)
        path = p / f"user{suffix}"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # on purpose: a file without a CRS
            frame.to_file(path, driver=driver)
        return ["--boundaries", str(path.name), *extra]

    return setup


def spoiled_boundaries(spoil):
    """The shipped boundaries as GeoJSON, with ``spoil`` applied to their features."""

    def setup(p: Path) -> list[str]:
        data = json.loads((p / "boundaries" / "ukraine_regions.geojson").read_text("utf-8"))
        spoil(data)
        (p / "user.geojson").write_text(json.dumps(data), encoding="utf-8")
        return ["--boundaries", "user.geojson"]

    return setup


def _geometry(index: int, geometry):
    def spoil(data):
        data["features"][index]["geometry"] = geometry

    return spoil


def _coords(change):
    def walk(c):
        return change(c) if isinstance(c[0], int | float) else [walk(x) for x in c]

    def spoil(data):
        for f in data["features"]:
            f["geometry"]["coordinates"] = walk(f["geometry"]["coordinates"])

    return spoil


def _declared(crs: str):
    def spoil(data):
        data["crs"] = {"type": "name", "properties": {"name": crs}}

    return spoil


def link(relative: str, target: str, *extra: str):
    def setup(p: Path) -> list[str]:
        path = p / relative
        path.unlink(missing_ok=True)
        path.symlink_to(p / target)
        return list(extra)

    return setup


def fifo(relative: str, *extra: str):
    def setup(p: Path) -> list[str]:
        os.mkfifo(p / relative)
        return list(extra)

    return setup


def in_outputs(make, *extra: str):
    def setup(p: Path) -> list[str]:
        make(p / "outputs")
        return list(extra)

    return setup


def _no_crs_shapefile(frame):
    frame = frame.to_crs(3857)
    return frame.set_crs(None, allow_override=True)


CASES = [
    # the figures file
    ("missing column", figures_edit(",quote\n", "\n"), 2, "figures.csv:1: missing column(s) quote"),
    (
        "extra column",
        figures_edit(",quote\n", ",quote,note\n"),
        2,
        "figures.csv:1: unknown column(s) 'note'",
    ),
    (
        "bad quoting",
        write(
            "seeds/figures.csv", HEADER + '\n2025-02-18,UA-09,Luhansk,99,,true,reported,ISW,"open\n'
        ),
        2,
        "figures.csv:2: malformed CSV",
    ),
    (
        "too many fields",
        figures_edit("UA-14,Donetsk,70,,true,reported,", "UA-14,Donetsk,70,,true,reported,x,"),
        2,
        "figures.csv:3: expected 9 fields",
    ),
    (
        "share over 100",
        figures_edit("UA-14,Donetsk,70,", "UA-14,Donetsk,170,"),
        2,
        "figures.csv:3: controlled_pct: 170 is outside 0–100",
    ),
    (
        "share below 0",
        figures_edit("UA-14,Donetsk,70,", "UA-14,Donetsk,-5,"),
        2,
        "figures.csv:3: controlled_pct: -5 is outside 0–100",
    ),
    (
        "share not a number",
        figures_edit("UA-14,Donetsk,70,", "UA-14,Donetsk,lots,"),
        2,
        "figures.csv:3: controlled_pct: 'lots' is not a number",
    ),
    (
        "unknown region code",
        figures_edit("UA-14,Donetsk,70,", "UA-99,Donetsk,70,"),
        2,
        "figures.csv:3: region_code: unknown region code 'UA-99'",
    ),
    (
        "unknown region name",
        figures_edit("UA-14,Donetsk,70,", ",Donetks,70,"),
        2,
        "figures.csv:3: region: unknown region 'Donetks'; did you mean Donetsk (UA-14)?",
    ),
    (
        "duplicate region and date",
        figures_edit("UA-14,Donetsk,70,", "UA-09,Luhansk,70,"),
        2,
        "figures.csv:3: region_code: UA-09 appears twice for 2025-02-18 (first on line 2)",
    ),
    (
        "bad date",
        figures_edit("2025-02-18,UA-14", "18.02.2025,UA-14"),
        2,
        "figures.csv:3: as_of: '18.02.2025' is not a date; write it as YYYY-MM-DD",
    ),
    (
        "bad boolean",
        figures_edit("UA-14,Donetsk,70,,true", "UA-14,Donetsk,70,,maybe"),
        2,
        "figures.csv:3: claimed: 'maybe' is not a boolean; write true or false",
    ),
    (
        "bad basis",
        figures_edit("UA-14,Donetsk,70,,true,reported", "UA-14,Donetsk,70,,true,rumour"),
        2,
        "figures.csv:3: basis: 'rumour' is not a known basis",
    ),
    (
        "binary figures file",
        write("seeds/figures.csv", b"\x89PNG\r\n\x1a\n\x00\x00"),
        2,
        "figures.csv: is a binary file, not CSV",
    ),
    (
        "figures not UTF-8",
        write(
            "seeds/figures.csv",
            (HEADER + "\n2025-02-18,UA-09,Luhansk,99,,true,reported,Städte,\n").encode("latin-1"),
        ),
        2,
        "figures.csv: not UTF-8 text",
    ),
    ("empty figures file", write("seeds/figures.csv", ""), 2, "figures.csv:1: missing column(s)"),
    (
        "missing figures file",
        args("--figures", "seeds/nope.csv"),
        2,
        "seeds/nope.csv: no such file",
    ),
    ("folder as figures file", args("--figures", "seeds"), 2, "seeds: is not a file"),
    # the texts
    ("empty text", write("seeds/2025-03-01-empty.txt", ""), 2, "2025-03-01-empty.txt: is empty"),
    (
        "whitespace-only text",
        write("seeds/2025-03-01-blank.txt", " \n\t\n"),
        2,
        "2025-03-01-blank.txt: is empty",
    ),
    (
        "binary file as text",
        write("seeds/2025-03-01-photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"),
        2,
        "2025-03-01-photo.txt: is a binary file, not text",
    ),
    (
        "text without a date",
        write("seeds/notes.txt", "Russia occupies 70% of the Donetsk region."),
        2,
        "notes.txt: has figures (UA-14) but no date in its name or its first lines; name the text YYYY-MM-DD-*.txt, or begin it with a line Date: YYYY-MM-DD",
    ),
    ("missing seeds folder", args("--seeds", "nowhere"), 2, "nowhere: no such folder"),
    (
        "file as seeds folder",
        args("--seeds", "seeds/figures.csv"),
        2,
        "seeds/figures.csv: is not a folder",
    ),
    (
        "no figures at all",
        write("empty/readme.txt", "Nothing to see.", "--seeds", "empty"),
        2,
        "empty: no figures found",
    ),
    # the boundaries
    ("missing boundaries", args("--boundaries", "nope.geojson"), 2, "nope.geojson: no such file"),
    (
        "corrupt boundaries",
        write(
            "bad.geojson",
            '{"type": "FeatureCollection", "features": [',
            "--boundaries",
            "bad.geojson",
        ),
        2,
        "bad.geojson: cannot read shapes",
    ),
    (
        "projected boundaries without a CRS",
        user_boundaries(_no_crs_shapefile, ".shp", "ESRI Shapefile"),
        2,
        "user.shp: has no CRS and its coordinates are not longitude/latitude",
    ),
    (
        "boundaries with no matching names",
        user_boundaries(
            lambda f: f.assign(name=[f"Zone {i}" for i in range(len(f))], name_uk="x", code="x")
        ),
        2,
        "user.geojson: no column holds Ukrainian region names or ISO codes",
    ),
    (
        "boundaries missing a region",
        user_boundaries(lambda f: f[f["code"] != "UA-14"]),
        2,
        "user.geojson: no shape for 1 region: Donetsk (UA-14)",
    ),
    (
        "boundaries with a misspelt region",
        user_boundaries(
            lambda f: f.assign(name=f["name"].replace("Luhansk", "Luhanks")).drop(
                columns=["code", "name_uk"]
            )
        ),
        2,
        "user.geojson: 1 feature(s) in column 'name' match no region: 'Luhanks' (did you mean Luhansk (UA-09)?)",
    ),
    (
        "unknown name field",
        args("--name-field", "NAME_9"),
        2,
        "ukraine_regions.geojson: no column 'NAME_9'",
    ),
    # options and outputs
    (
        "unknown tile provider",
        args("--tiles", "Nowhere.Maps"),
        2,
        "Invalid value for '--tiles': unknown tile provider 'Nowhere.Maps'",
    ),
    (
        "unknown format",
        args("--format", "png,gif"),
        2,
        "'png,gif': choose from png, svg, pdf, html, csv",
    ),
    (
        "output folder that cannot be made",
        args("--out", "/proc/geomap-outputs"),
        1,
        "/proc/geomap-outputs: cannot write outputs here",
    ),
    # hostile boundaries
    ("boundary points", spoiled_boundaries(_geometry(0, {"type": "Point", "coordinates": [30, 50]})),
     2, "user.geojson: feature 1 is a Point, not a polygon"),
    ("boundary line", spoiled_boundaries(
        _geometry(3, {"type": "LineString", "coordinates": [[30, 50], [31, 51]]})),
     2, "user.geojson: feature 4 is a LineString, not a polygon"),
    ("boundary collection", spoiled_boundaries(_geometry(5, {"type": "GeometryCollection",
     "geometries": [{"type": "Point", "coordinates": [30, 50]}]})),
     2, "user.geojson: feature 6 is a GeometryCollection, not a polygon"),
    ("boundary without geometry", spoiled_boundaries(_geometry(2, None)),
     2, "user.geojson: feature 3 has no geometry"),
    ("boundary ring not closed", spoiled_boundaries(
        _geometry(0, {"type": "Polygon", "coordinates": [[[30, 50], [31, 50], [31, 51]]]})),
     2, "user.geojson: cannot read shapes"),
    ("boundaries with swapped axes", spoiled_boundaries(_coords(lambda c: [c[1], c[0]])),
     2, "not on Ukraine; latitude and longitude look swapped"),
    ("lon/lat declared as web mercator", spoiled_boundaries(_declared("urn:ogc:def:crs:EPSG::3857")),
     2, "not on Ukraine; is its CRS declared right?"),
    ("boundaries far away", spoiled_boundaries(_coords(lambda c: [c[0] + 100, c[1]])),
     2, "not on Ukraine; is its CRS declared right?"),
    ("boundaries as a CSV", write("user.csv", "a,b\n1,2\n", "--boundaries", "user.csv"),
     2, "user.csv: has no geometry: not a file of shapes"),
    ("boundaries a FIFO", fifo("user.geojson", "--boundaries", "user.geojson"),
     2, "user.geojson: is not a regular file"),
    # links and dates
    ("figures a dangling link", link("seeds/figures.csv", "seeds/gone.csv"),
     2, "figures.csv: is a link to nothing (dangling, or a loop)"),
    ("figures a link loop", link("seeds/figures.csv", "seeds/figures.csv"),
     2, "figures.csv: is a link to nothing (dangling, or a loop)"),
    ("text a dangling link", link("seeds/2025-03-01-x.txt", "seeds/gone.txt"),
     2, "2025-03-01-x.txt: is a link to nothing"),
    ("ISO week date", figures_edit("2025-02-18,UA-14", "2025-W08-2,UA-14"),
     2, "figures.csv:3: as_of"),
    ("column given twice", figures_edit(",quote\n", ",quote,quote\n"),
     2, "figures.csv:1: column(s) given twice: quote"),
    # options
    ("boundary coordinates not numbers", spoiled_boundaries(
        _coords(lambda c: [float("nan"), c[1]])), 2, "user.geojson: "),
    ("boundary polygon of one point", spoiled_boundaries(
        _geometry(0, {"type": "Polygon", "coordinates": [[[30, 50], [30, 50], [30, 50], [30, 50]]]})),
     2, "user.geojson: feature 1 has no area once repaired"),
    ("boundaries with no features", write("user.geojson", '{"type": "FeatureCollection", '
     '"features": []}', "--boundaries", "user.geojson"), 2, "user.geojson: "),
    ("date with a time", figures_edit("2025-02-18,UA-14", "2025-02-18T10:00,UA-14"),
     2, "figures.csv:3: as_of"),
    ("text name with a newline", write("seeds/2025-03-01-a\nb.txt", b"\x00binary"),
     2, "2025-03-01-a\\nb.txt: is a binary file"),
    ("figures a link to a folder", link("seeds/figures.csv", "seeds"),
     2, "figures.csv: is not a file"),
    ("dpi too high", args("--dpi", "1200"), 2, "Invalid value for '--dpi'"),
    ("dpi too low", args("--dpi", "10"), 2, "Invalid value for '--dpi'"),
    # the output folder
    ("output in the way", in_outputs(lambda o: (o / "ukraine_control.csv").unlink()
                                     or (o / "ukraine_control.csv").mkdir()),
     1, "ukraine_control.csv: is in the way of an output (not a regular file)"),
    ("another tool's manifest", in_outputs(lambda o: (o / "manifest.json").write_text(
        '{"name": "site"}', encoding="utf-8")),
     1, "manifest.json: is another tool's manifest; geomap does not overwrite it"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("setup", "code", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_input(project, setup, code, message):
    extra = setup(project)
    before = snapshot_files(project / "outputs")
    result = CliRunner().invoke(main, ["build", "--force", *extra])
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == code, result.output
    errors = [line for line in lines if not line.startswith("WARNING: ")]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith("Error: ")
    assert message in errors[0]
    assert "Traceback" not in result.output
    assert snapshot_files(project / "outputs") == before
    assert not [q for q in (project / "outputs").iterdir() if q.name.startswith(".geomap-tmp-")]


def test_the_catalogue_is_large():
    assert len(CASES) >= 60


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (["extract", "nope.txt"], "nope.txt: no such file"),
        (["extract", "seeds"], "seeds: is a folder, not a text file"),
        (["extract", "seeds/figures.csv", "--as-of", "soon"], "'soon' is not a date"),
        (["open", "--out", "nowhere"], "nowhere/ukraine_control.html: no HTML map here"),
    ],
)
def test_bad_input_to_other_commands(project, command, message):
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr


def test_text_in_windows_1252_is_read_with_a_warning(project):
    text = "Russia occupies roughly 80% of the Kherson region \u2013 ISW."
    (project / "seeds" / "2025-03-20-cp1252.txt").write_bytes(text.encode("cp1252"))
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 0
    assert "2025-03-20-cp1252.txt: not UTF-8; read as Windows-1252" in result.stderr
    stats = (project / "outputs" / "ukraine_control.csv").read_text(encoding="utf-8")
    assert "2025-03-20,UA-65,Kherson,80,roughly," in stats


def test_boundaries_in_another_crs_are_reprojected(project):
    assert CliRunner().invoke(main, ["build", "--format", "csv"]).exit_code == 0
    default = (project / "outputs" / "ukraine_control.csv").read_text(encoding="utf-8")
    frame = gpd.read_file(project / "boundaries" / "ukraine_regions.geojson").to_crs(3857)
    frame.to_file(project / "mercator.gpkg", driver="GPKG")
    result = CliRunner().invoke(
        main, ["build", "--boundaries", "mercator.gpkg", "--format", "csv", "--out", "merc"]
    )
    assert result.exit_code == 0, result.output
    # The same statistics: official areas, and the shapes matched region by region.
    assert (project / "merc" / "ukraine_control.csv").read_text(encoding="utf-8") == default


def test_invalid_geometries_are_repaired_with_a_warning(project):
    data = json.loads(
        (project / "boundaries" / "ukraine_regions.geojson").read_text(encoding="utf-8")
    )
    feature = next(f for f in data["features"] if f["properties"]["code"] == "UA-77")
    feature["geometry"] = {
        "type": "Polygon",
        "coordinates": [[[25, 48], [27, 49], [27, 48], [25, 49], [25, 48]]],
    }
    (project / "bowtie.geojson").write_text(json.dumps(data), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["build", "--boundaries", "bowtie.geojson", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert "bowtie.geojson: repaired 1 invalid geometries" in result.stderr
