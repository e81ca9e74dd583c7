import json
import re
import subprocess
import sys

import pytest

from geomap.cli import main

from .conftest import snapshot_files


def test_version(run):
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.startswith("geomap, version ")


def test_python_dash_m(project):
    out = subprocess.run(
        [sys.executable, "-m", "geomap", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith("geomap, version")


def test_regions_lists_all(run):
    result = run("regions", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert len(data) == 27
    assert {"code": "UA-40", "name": "Sevastopol"}.items() <= data[12].items()
    table = run("regions").stdout
    assert "UA-23  Zaporizhzhia" in table and "Zaporozhye" in table


def test_regions_lists_the_raions(run):
    data = json.loads(run("regions", "--raions", "--format", "json").stdout)
    assert len(data) == 138
    pokrovsk = next(r for r in data if r["name"] == "Pokrovsk Raion")
    assert pokrovsk["parent"] == "UA-14" and "Pokrovsky district" in pokrovsk["aliases"]
    rows = run("regions", "--raions", "--format", "csv").stdout.splitlines()
    assert rows[0] == "code,name,name_local,parent,area_km2,aliases" and len(rows) == 139
    table = run("regions", "--raions").stdout
    assert re.search(r"UA14160000000061982  UA-14  Pokrovsk Raion +4,00\d km²", table)


def test_extract_json_of_the_seed(run, project):
    result = run("extract", "seeds/2025-02-18-riyadh-talks.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["region_code"] for d in data] == [
        "UA-09",
        "UA-14",
        "UA-23",
        "UA-40",
        "UA-43",
        "UA-65",
    ]
    for key in ("region_code", "region", "controlled_pct", "qualifier", "claimed", "basis",
                "source", "quote", "as_of"):  # fmt: skip
        assert key in data[0]


def test_extract_without_figures_warns_and_prints_empty_list(run, tmp_path):
    path = tmp_path / "talks.txt"
    path.write_text("The talks lasted four hours.", encoding="utf-8")
    result = run("extract", path, "--format", "json")
    assert result.exit_code == 0
    assert result.stdout == "[]\n"
    assert "no figures found" in result.stderr


def test_extract_to_a_file_with_a_date(run, tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Russia occupies 70% of Donetsk.", encoding="utf-8")
    out = tmp_path / "figures.csv"
    result = run("extract", text, "-o", out, "--as-of", "2025-03-01")
    assert result.exit_code == 0
    assert (
        out.read_text(encoding="utf-8").splitlines()[1].startswith("2025-03-01,UA-14,Donetsk,70,")
    )


def test_extract_writes_a_unit_the_defending_side_holds_and_names_its_shares(run, tmp_path):
    text = tmp_path / "a.txt"
    text.write_text(
        "Ukrainian forces hold the Sumy region. Ukraine still holds 25% of Donetsk.",
        encoding="utf-8",
    )
    result = run("extract", text, "--as-of", "2025-03-01")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:] == [
        "2025-03-01,UA-59,Sumy,defended,,,reported,a.txt,Ukrainian forces hold the Sumy region."
    ]
    assert "not in the CSV: held by Ukraine in Donetsk (25%)" in result.stderr


def test_extract_bad_date(run, tmp_path):
    result = run("extract", "x.txt", "--as-of", "March")
    assert result.exit_code == 2
    assert "'March' is not a date" in result.stderr


def test_build_writes_the_statistics(run, project):
    result = run("build")
    assert result.exit_code == 0, result.output
    lines = (project / "outputs" / "ukraine_control.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == (
        "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,reported_on,"
        "area_km2,controlled_km2,claimed_not_controlled_km2,"
        "measured_pct,measured_km2,measured_on,grey_km2,difference_pp,agreement,held,defended"
    )
    assert len(lines) == 29
    assert lines[-1].startswith("2025-02-18,UA,Ukraine,")
    assert lines[-1].endswith(",22132.9,,,,,,,,")


def test_curated_figures_override_extracted(run, project):
    figures = project / "seeds" / "figures.csv"
    text = figures.read_text(encoding="utf-8").replace("UA-14,Donetsk,70,", "UA-14,Donetsk,72,")
    figures.write_text(text, encoding="utf-8")
    assert run("build").exit_code == 0
    stats = (project / "outputs" / "ukraine_control.csv").read_text(encoding="utf-8")
    assert "2025-02-18,UA-14,Donetsk,72," in stats


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            ("UA-14,Donetsk,70,", "UA-14,Donetsk,170,"),
            "figures.csv:3: controlled_pct: 170 is outside 0–100",
        ),
        (
            ("UA-14,Donetsk,70,", "UA-99,Donetsk,70,"),
            "figures.csv:3: region_code: unknown region code",
        ),
        (
            ("2025-02-18,UA-14", "2025-02-31,UA-14"),
            "figures.csv:3: as_of: '2025-02-31' is not a date",
        ),
        (
            ("UA-14,Donetsk,70,,true", "UA-14,Donetsk,70,,sure"),
            "figures.csv:3: claimed: 'sure' is not a boolean",
        ),
        (("UA-14,Donetsk", "UA-09,Luhansk"), "figures.csv:3: region_code: UA-09 appears twice"),
    ],
)
def test_bad_figures_stop_the_build_and_keep_the_outputs(run, project, edit, message):
    assert run("build").exit_code == 0
    before = snapshot_files(project / "outputs")
    figures = project / "seeds" / "figures.csv"
    figures.write_text(figures.read_text(encoding="utf-8").replace(*edit), encoding="utf-8")
    result = run("build")
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("Error: ")
    assert "Traceback" not in result.output
    assert snapshot_files(project / "outputs") == before


def test_build_with_missing_seeds_folder(run, project):
    result = run("build", "--seeds", "nowhere")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "Error: nowhere: no such folder; pass the folder of source texts with --seeds"
    )


def test_build_with_user_boundaries(run, project):
    import geopandas as gpd

    assert run("build", "--format", "csv").exit_code == 0
    default = (project / "outputs" / "ukraine_control.csv").read_text(encoding="utf-8")
    # Shapes of the user's own, named in a column of their own in another spelling.
    frame = gpd.read_file(project / "boundaries" / "ukraine_regions.geojson")
    spelling = {"Luhansk": "Lugansk", "Donetsk": "Donetska oblast", "Kherson": "Khersonska"}
    frame["oblast"] = [spelling.get(n, n) for n in frame["name"]]
    frame[["oblast", "geometry"]].to_file(project / "mine.gpkg", driver="GPKG")
    result = run(
        "build", "--boundaries", "mine.gpkg", "--name-field", "oblast", "--format", "csv",
        "--out", "mine",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (project / "mine" / "ukraine_control.csv").read_text(encoding="utf-8") == default


def test_build_writes_all_default_outputs(run, project):
    result = run("build")
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == [
        "outputs/CHANGES.md",
        "outputs/ukraine_control.csv",
        "outputs/ukraine_control.html",
        "outputs/ukraine_control.png",
        "outputs/ukraine_control.svg",
        "outputs/ukraine_control_alt.txt",
        "outputs/ukraine_evidence.csv",
    ]
    assert sorted(p.name for p in (project / "outputs").iterdir()) == [
        ".geomap-digests.json", ".geomap.lock", "CHANGES.md", "manifest.json",
        "ukraine_control.csv", "ukraine_control.html", "ukraine_control.png", "ukraine_control.svg",
        "ukraine_control_alt.txt", "ukraine_evidence.csv",
    ]  # fmt: skip
    # One line per text read, on stderr
    assert "2025-02-18-riyadh-talks.txt: 6 figure(s), 6 claim(s), 0 percentage(s) passed over" in (
        result.stderr
    )


def test_build_formats(run, project):
    result = run("build", "--format", "pdf")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (project / "outputs").iterdir()) == [
        ".geomap-digests.json",
        ".geomap.lock",
        "CHANGES.md",
        "manifest.json",
        "ukraine_control.csv",
        "ukraine_control.pdf",
        "ukraine_control_alt.txt",
        "ukraine_evidence.csv",
    ]
    bad = run("build", "--format", "png,gif")
    assert bad.exit_code == 2
    assert "'png,gif': choose from png, svg, pdf, html, csv" in bad.stderr


def test_bad_tiles_name_is_bad_input(run, project):
    result = run("build", "--tiles", "NoSuch.Provider")
    assert result.exit_code == 2
    assert "unknown tile provider 'NoSuch.Provider'" in result.stderr
    assert not (project / "outputs").exists()  # checked before anything is written


def test_open_and_build_open(run, project, monkeypatch):
    opened = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    missing = run("open")
    assert missing.exit_code == 2
    assert "outputs/ukraine_control.html: no HTML map here" in missing.stderr
    assert run("build", "--format", "html", "--open").exit_code == 0
    assert opened == [(project / "outputs" / "ukraine_control.html").resolve().as_uri()]
    monkeypatch.setattr("webbrowser.open", lambda url: False)
    result = run("open")
    assert result.exit_code == 0
    assert "open this file: outputs/ukraine_control.html" in result.stdout


def test_the_command_reference_is_written_from_the_commands():
    from geomap.cli import reference

    from .conftest import ROOT

    shipped = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert shipped == reference.markdown(), (
        "docs/cli.md is stale: python -m geomap.cli.reference > docs/cli.md"
    )
    for name in main.commands:
        assert f"## `geomap {name}`" in shipped


def test_the_readme_is_short_and_leads_to_every_page_of_the_docs():
    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 250
    pages = {p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").glob("*.md")}
    linked = set(re.findall(r"\]\(((?:docs/)?[\w./-]+\.md)(?:#[\w-]+)?\)", readme))
    assert pages <= linked, pages - linked
    assert all((ROOT / page).is_file() for page in linked)


@pytest.mark.slow
def test_a_reader_that_leaves_early_gets_no_error(tmp_path):
    """`geomap regions | head -1`: the pipe closes early; no traceback, no "unexpected failure"."""
    import os
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "geomap", "regions", "--raions"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
    )  # fmt: skip
    assert proc.stdout is not None and os.read(proc.stdout.fileno(), 1) == b"U"
    proc.stdout.close()  # the reader leaves with most of the output unread
    _, err = proc.communicate(timeout=60)
    assert err == b""
    assert proc.returncode in (0, 1)  # 1 where a write met the closed pipe
