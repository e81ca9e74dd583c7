"""A map project's settings (geomap.toml), `geomap init`, the classes and the words a user sets."""

import json
import re
from pathlib import Path

import pytest

from geomap import style

from .conftest import run_cli as run
from .conftest import snapshot_files


def manifest_options(project: Path) -> dict:
    return json.loads((project / "outputs" / "manifest.json").read_text("utf-8"))["fingerprint"][
        "options"
    ]


# --- the classes ---------------------------------------------------------------------------------


def test_no_whole_number_share_sits_on_a_default_break():
    # Reporting gives whole numbers, mostly multiples of 5: none is a break, so none is on the
    # edge of a class, and a hedge never has to decide between two classes.
    inner = style.BREAKS[1:-1]
    assert not [n for n in range(101) if n in inner]


@pytest.mark.parametrize(
    ("same", "apart"),
    [((70, 75), (60, 70)), ((99, 100), (85, 90)), ((25, 30), (35, 40)), ((0, 5), (10, 15))],
)
def test_common_figures_share_a_class_with_their_neighbours(same, apart):
    assert style.class_index(same[0]) == style.class_index(same[1])
    assert style.class_index(apart[0]) != style.class_index(apart[1])


def test_the_default_legend_says_each_bound_once():
    assert style.Look().labels() == [
        "under 12.5%", "12.5 to under 37.5%", "37.5 to under 62.5%", "62.5 to under 87.5%",
        "87.5% or more",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("breaks", "palette", "problem"),
    [
        ((0, 50), ("#ffffff",), ("breaks", "must run from 0 to 100")),
        ((10, 50, 100), ("#ffffff", "#000000"), ("breaks", "must run from 0 to 100")),
        ((0, 50, 40, 100), ("#fff000",) * 3, ("breaks", "must rise")),
        ((0, 50, 100), ("#ffffff",), ("palette", "2 classes need 2 colours, not 1")),
        ((0, 50, 100), ("#ffffff", "red"), ("palette", "'red' is not a colour written #rrggbb")),
        ((0, 50, 100), ("#ffffff", "#CCCCCC"), ("palette", "#cccccc is the fill of regions")),
    ],
)
def test_a_look_that_cannot_be_drawn_is_named(breaks, palette, problem):
    name, what = style.Look(breaks=breaks, palette=palette).problem()
    assert name == problem[0] and what.startswith(problem[1])


def test_breaks_and_palette_from_the_options_reach_both_maps(project):
    result = run(
        "build", "--breaks", "0,50,100", "--palette", "#ffeedd,#112233", "--format", "svg,html"
    )
    assert result.exit_code == 0, result.output
    svg = (project / "outputs" / "ukraine_control.svg").read_text(encoding="utf-8")
    assert "#112233" in svg and "50% or more" in svg and "under 50%" in svg
    page = (project / "outputs" / "ukraine_control.html").read_text(encoding="utf-8")
    assert "#112233" in page and "50% or more" in page
    assert "87.5% or more" not in svg and "87.5% or more" not in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--breaks", "0,50,40,100"], "Error: --breaks: must rise from one to the next"),
        (["--breaks", "0,half,100"], "Error: --breaks: '0,half,100' is not a list of numbers"),
        (["--palette", "#fff,#000000,#111111,#222222,#333333"], "Error: --palette: '#fff' is not"),
    ],
)
def test_bad_breaks_or_palette_stop_the_build(project, args, message):
    assert run("build").exit_code == 0
    before = snapshot_files(project / "outputs")
    result = run("build", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1
    assert snapshot_files(project / "outputs") == before


# --- title, subtitle, credit ---------------------------------------------------------------------


def test_title_subtitle_and_credit_are_set_and_the_data_credits_stay(project):
    result = run(
        "build", "--format", "svg,html", "--title", "Occupied Ukraine",
        "--subtitle", "Figures of {date}", "--credit", "Map: The Daily Example",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    svg = (project / "outputs" / "ukraine_control.svg").read_text(encoding="utf-8")
    for text in ("Occupied Ukraine", "Figures of 18 February 2025", "Map: The Daily Example",
                 "OpenStreetMap contributors (ODbL)"):  # fmt: skip
        assert text in svg
    page = (project / "outputs" / "ukraine_control.html").read_text(encoding="utf-8")
    assert "<title>Occupied Ukraine</title>" in page and "Figures of 18 February 2025" in page
    assert "Map: The Daily Example" in page and "OpenStreetMap contributors" in page
    assert manifest_options(project)["credit"] == "Map: The Daily Example"


# --- geomap.toml ---------------------------------------------------------------------------------


def test_the_settings_file_is_read_and_options_win(project):
    (project / "geomap.toml").write_text(
        'title = "From the settings"\ncredit = "Map: Desk"\nformats = ["svg"]\n'
        'breaks = [0, 50, 100]\npalette = ["#ffeedd", "#112233"]\nout = "maps"\ndpi = 100\n',
        encoding="utf-8",
    )
    result = run("build")
    assert result.exit_code == 0, result.output
    svg = (project / "maps" / "ukraine_control.svg").read_text(encoding="utf-8")
    assert "From the settings" in svg and "Map: Desk" in svg and "#112233" in svg
    assert not (project / "maps" / "ukraine_control.png").exists()
    options = json.loads((project / "maps" / "manifest.json").read_text("utf-8"))["fingerprint"]
    assert options["options"]["dpi"] == 100
    # The command line wins, setting by setting.
    result = run("build", "--title", "From the command line", "--format", "svg,csv")
    assert result.exit_code == 0, result.output
    svg = (project / "maps" / "ukraine_control.svg").read_text(encoding="utf-8")
    assert "From the command line" in svg and "Map: Desk" in svg


def test_editing_the_settings_makes_the_outputs_stale(project):
    (project / "geomap.toml").write_text('title = "One"\n', encoding="utf-8")
    assert run("build").exit_code == 0
    assert "Nothing changed" in run("build").stderr
    (project / "geomap.toml").write_text('title = "Two"\n', encoding="utf-8")
    result = run("build")
    assert result.exit_code == 0 and "Nothing changed" not in result.stderr
    assert manifest_options(project)["title"] == "Two"


def test_paths_in_a_settings_file_are_relative_to_it(project, tmp_path, monkeypatch):
    (project / "config").mkdir()
    (project / "config" / "map.toml").write_text(
        'seeds = "../seeds"\nout = "../elsewhere"\nformats = ["csv"]\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    result = run("--settings", project / "config" / "map.toml", "build")
    assert result.exit_code == 0, result.output
    assert (project / "elsewhere" / "ukraine_control.csv").is_file()


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            'titel = "x"\n',
            "Error: geomap.toml: unknown setting 'titel'; did you mean title? the settings are profile, seeds,",
        ),
        ('dpi = "high"\n', "Error: geomap.toml: dpi must be a whole number, not 'high'"),
        ('breaks = "0,50,100"\n', "Error: geomap.toml: breaks must be a list: [..., ...]"),
        ('title = "x\n', "Error: geomap.toml: not valid TOML (Illegal character"),
        (
            "breaks = [0, 60, 50, 100]\n",
            "Error: geomap.toml: breaks: must rise from one to the next",
        ),
        ('palette = ["red"]\n', "Error: geomap.toml: palette: 5 classes need 5 colours, not 1"),
        ('formats = ["png", "jpeg"]\n', "Error: Invalid value for '--format': 'png,jpeg': choose"),
    ],
)
def test_a_bad_settings_file_is_one_line_and_keeps_the_outputs(project, toml, message):
    assert run("build").exit_code == 0
    before = snapshot_files(project / "outputs")
    (project / "geomap.toml").write_text(toml, encoding="utf-8")
    result = run("build")
    assert result.exit_code == 2
    assert result.stderr.startswith(message), result.stderr
    assert result.stderr.count("\n") == 1
    assert snapshot_files(project / "outputs") == before


def test_a_missing_settings_file_given_is_an_error(project):
    result = run("--settings", "nowhere.toml", "build")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: nowhere.toml: no such file; check the path")


def test_other_commands_take_only_the_settings_profile(project):
    (project / "geomap.toml").write_text('profile = "sudan"\ndpi = 1\n', encoding="utf-8")
    result = run("regions")
    assert result.exit_code == 0 and "SD-GZ" in result.stdout  # Sudan's states
    (project / "geomap.toml").write_text("not toml at all", encoding="utf-8")
    result = run("regions")
    assert result.exit_code == 0 and "UA-14" in result.stdout
    assert "geomap.toml: not valid TOML" in result.stderr and "its profile is not used" in (
        result.stderr
    )


# --- geomap init ---------------------------------------------------------------------------------


def test_init_makes_a_project_that_builds(tmp_path, monkeypatch):
    result = run("init", tmp_path / "desk")
    assert result.exit_code == 0, result.output
    desk = tmp_path / "desk"
    assert (desk / "seeds" / "figures.csv").read_text("utf-8") == (
        "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,source,quote\n"
    )
    texts = [p.name for p in (desk / "seeds").glob("*.txt")]
    assert texts and all(re.match(r"\d{4}-\d{2}-\d{2}-", t) for t in texts)
    settings = (desk / "geomap.toml").read_text("utf-8")
    assert "breaks = [0, 12.5, 37.5, 62.5, 87.5, 100]" in settings
    monkeypatch.chdir(desk)
    built = run("build")
    assert built.exit_code == 0, built.output
    assert (desk / "outputs" / "ukraine_control.png").is_file()
    # The template's settings are the build's own defaults: without them, the same maps.
    made = snapshot_files(desk / "outputs")
    assert run("--settings", "/dev/null", "build", "--force").exit_code == 0
    again = snapshot_files(desk / "outputs")
    assert made.pop("manifest.json") != again.pop("manifest.json")
    # The digests a build remembers are of the inputs that had settled when it read them (the
    # seeds written by `init` two seconds before or more): a cache, not a map.
    made.pop(".geomap-digests.json", None)
    again.pop(".geomap-digests.json", None)
    assert made == again


def test_init_copies_the_shipped_example_only(tmp_path):
    """The example is package data of its own: texts a user keeps in the repository's seeds/
    never travel into a new project."""
    from geomap.profile import DATA

    from .conftest import ROOT

    shipped = sorted(p.name for p in (DATA / "example").iterdir())
    assert shipped == ["2025-02-18-riyadh-talks.txt"]
    example = DATA / "example" / shipped[0]
    assert example.read_bytes() == (ROOT / "seeds" / shipped[0]).read_bytes()
    assert not (DATA / "example").is_symlink()
    assert run("init", tmp_path / "desk").exit_code == 0
    assert sorted(p.name for p in (tmp_path / "desk" / "seeds").iterdir()) == [
        "2025-02-18-riyadh-talks.txt",
        "figures.csv",
    ]


def test_init_never_overwrites(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "figures.csv").write_text("curated rows", encoding="utf-8")
    result = run("init", tmp_path)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {tmp_path / 'seeds' / 'figures.csv'}: exists")
    assert (tmp_path / "seeds" / "figures.csv").read_text("utf-8") == "curated rows"
    assert not (tmp_path / "geomap.toml").exists()


# --- formats no longer asked for -----------------------------------------------------------------


def test_outputs_no_longer_asked_for_are_named_before_they_go(project):
    assert run("build", "--format", "png,svg,html").exit_code == 0
    result = run("build", "--format", "pdf")
    assert result.exit_code == 0
    assert (
        "outputs: removing ukraine_control.html, ukraine_control.png, ukraine_control.svg of "
        "the last build, as this one does not make them (--format pdf)"
    ) in result.stderr
    assert not (project / "outputs" / "ukraine_control.png").exists()
    again = run("build", "--format", "pdf,png", "--force")
    assert "removing" not in again.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"title = \"\xff\"\n", "not UTF-8 text (byte 9); save the file as UTF-8"),
        (b"seeds = \"se\\u0000eds\"\n", "seeds holds a control character (a NUL, a line break...); seeds: Folder of dated source texts (a date in each name: 2025-02-18-*.txt) and figures.csv."),
        (b"a = " + b"[" * 5000 + b"]" * 5000 + b"\n", "not valid TOML (maximum recursion depth exceeded)"),
    ],
)  # fmt: skip
def test_a_hostile_settings_file_is_one_line(tmp_path, monkeypatch, content, message):
    (tmp_path / "geomap.toml").write_bytes(content)
    monkeypatch.chdir(tmp_path)
    result = run("build")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: geomap.toml: {message}"), result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_date_setting_may_be_a_toml_date_or_text(tmp_path: Path):
    from geomap.settings import read

    path = tmp_path / "geomap.toml"
    path.write_text("since = 2025-01-15\n", encoding="utf-8")
    assert read(path) == {"since": "2025-01-15"}
    path.write_text('since = "2025-01-15"\n', encoding="utf-8")
    assert read(path) == {"since": "2025-01-15"}
