"""The build's parts that decide what is read and what is written, tested without a build."""

import datetime as dt
import logging
from pathlib import Path

import pytest

from geomap.boundaries import default_context, default_regions
from geomap.build import (
    BuildOptions,
    _fingerprint,
    collect_figures,
    input_files,
    seed_texts,
)
from geomap.control import statistics_csv
from geomap.errors import InputError
from geomap.figures import COLUMNS
from geomap.writers import FORMATS, WRITERS, chosen


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    return folder


def test_the_seed_texts_are_txt_and_md_in_any_case_in_name_order(seeds, caplog):
    for name in ("b.TXT", "a.txt", "c.md", "d.Markdown", ".hidden.txt", "figures.csv", "e.docx"):
        (seeds / name).write_text("x", encoding="utf-8")
    (seeds / "control").mkdir()
    with caplog.at_level(logging.WARNING):
        texts = seed_texts(seeds)
    assert [p.name for p in texts] == ["a.txt", "b.TXT", "c.md", "d.Markdown"]
    assert caplog.messages == [
        f"{seeds / 'e.docx'}: not read; geomap reads news texts saved as .txt or .md "
        "(save it as text to use it)"
    ]


def test_a_figures_file_given_elsewhere_is_not_called_unread(seeds, caplog):
    (seeds / "mine.csv").write_text("x", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        seed_texts(seeds, figures=Path("elsewhere/mine.csv"))
    assert caplog.messages == []


@pytest.mark.parametrize(
    ("make", "message"), [(None, "no such folder"), ("file", "is not a folder")]
)
def test_the_seeds_must_be_a_folder(tmp_path: Path, make, message):
    path = tmp_path / "seeds"
    if make:
        path.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        seed_texts(path)


def test_the_inputs_are_the_texts_figures_boundaries_and_neighbours(seeds):
    text = seeds / "2025-01-01-a.txt"
    text.write_text("x", encoding="utf-8")
    options = BuildOptions(seeds=seeds)
    assert input_files(options, [text]) == [text, default_regions(), default_context()]
    (seeds / "figures.csv").write_text("x", encoding="utf-8")
    assert input_files(options, [text]) == [
        text, seeds / "figures.csv", default_regions(), default_context(),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (dict(figures=Path("nope.csv")), "nope.csv: no such file; check the --figures path"),
        (dict(boundaries=Path("nope.gpkg")), "nope.gpkg: no such file; check the --boundaries"),
    ],
)
def test_missing_inputs_are_named(seeds, options, message):
    with pytest.raises(InputError, match=message):
        input_files(BuildOptions(seeds=seeds, **options), [])


def test_a_figures_path_that_is_a_folder_is_named(seeds):
    with pytest.raises(InputError, match="is not a file; check the --figures path"):
        input_files(BuildOptions(seeds=seeds, figures=seeds), [])


def test_the_fingerprint_holds_every_option_that_changes_an_output(seeds):
    options = BuildOptions(seeds=seeds, formats=("png",), dpi=100, tiles="X", cdn=True,
                           name_field="name")  # fmt: skip
    assert _fingerprint(options, [])["options"] == {
        "formats": ["png"], "dpi": 100, "tiles": "X", "cdn": True, "name_field": "name",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("formats", "snapshots", "expected"),
    [
        (("png", "svg", "html"), 1, ["png", "svg", "html"]),
        (("png",), 2, ["png", "history"]),
        (("png",), 1, ["png"]),
        (("svg", "pdf"), 3, ["svg", "pdf"]),
        (("html",), 3, ["html"]),
        (("csv",), 3, []),
    ],
)
def test_the_formats_choose_the_writers(formats, snapshots, expected):
    always = ["csv", "changes", "evidence"]
    assert [w.key for w in chosen(formats, snapshots)] == expected + always
    assert [w.key for w in chosen(formats, snapshots) if w.matplotlib] == [
        k for k in expected if k != "html"
    ]


def test_the_registry_names_every_output():
    assert FORMATS == ("png", "svg", "pdf", "html", "csv")
    assert {k: w.file_name for k, w in WRITERS.items()} == {
        "png": "ukraine_control.png", "svg": "ukraine_control.svg",
        "pdf": "ukraine_control.pdf", "history": "ukraine_control_history.png",
        "html": "ukraine_control.html", "csv": "ukraine_control.csv",
        "changes": "CHANGES.md", "evidence": "ukraine_evidence.csv",
    }  # fmt: skip
    # A writer either writes its file or is drawn from a scene with matplotlib, not both.
    assert all((w.write is None) == w.matplotlib for w in WRITERS.values())


def test_the_statistics_csv_has_its_header():
    assert statistics_csv([]) == (
        "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,area_km2,"
        "controlled_km2,claimed_not_controlled_km2\n"
    )


def test_collect_figures_merges_texts_and_curated_rows(seeds, caplog):
    (seeds / "2025-06-01-a.txt").write_text(
        "Russia now occupies 70% of the Donetsk region. Ukraine holds 25% of the Sumy region.",
        encoding="utf-8",
    )
    (seeds / "2025-06-02-b.txt").write_text("Nothing about regions.", encoding="utf-8")
    (seeds / "figures.csv").write_text(
        ",".join(COLUMNS) + "\n2025-06-01,UA-65,Kherson,75,,true,manual,me,\n", encoding="utf-8"
    )
    with caplog.at_level(logging.WARNING):
        history, reading = collect_figures(BuildOptions(seeds=seeds))
    day = dt.date(2025, 6, 1)
    assert list(history) == [day]
    assert [(f.region_code, f.controlled_pct) for f in history[day]] == [
        ("UA-14", 70),
        ("UA-65", 75),
    ]  # fmt: skip  (the Sumy share Ukraine holds is evidence, not a figure)
    assert [s.document for s in reading.summaries] == ["2025-06-01-a.txt", "2025-06-02-b.txt"]
    assert "2025-06-02-b.txt: no figure or claim found" in caplog.text
    assert "2025-06-01-a.txt: no figure" not in caplog.text


def test_no_figures_at_all_is_an_error(seeds):
    (seeds / "2025-06-02-b.txt").write_text("Nothing about regions.", encoding="utf-8")
    with pytest.raises(InputError, match="no figures found in the texts or the figures file"):
        collect_figures(BuildOptions(seeds=seeds))


@pytest.fixture
def texts(seeds: Path) -> Path:
    (seeds / "2025-02-18-a.txt").write_text(
        "Russia now occupies 70% of the Donetsk region. Moscow annexed the Kherson region.",
        encoding="utf-8",
    )
    (seeds / "2025-03-01-b.txt").write_text(
        "Russia now occupies 72% of the Donetsk region.", encoding="utf-8"
    )
    return seeds


def test_a_statistics_only_build_and_its_result(texts, tmp_path: Path):
    from geomap.build import build

    out = tmp_path / "out"
    result = build(BuildOptions(seeds=texts, out=out, formats=("csv",)), parallel=False)
    assert not result.skipped
    assert sorted(p.name for p in result.paths) == [
        "CHANGES.md", "ukraine_control.csv", "ukraine_evidence.csv",
    ]  # fmt: skip
    assert sorted(p.name for p in out.iterdir()) == [
        "CHANGES.md", "manifest.json", "ukraine_control.csv", "ukraine_evidence.csv",
    ]  # fmt: skip
    assert (result.as_of, result.snapshots) == (dt.date(2025, 3, 1), 2)
    # Kherson is claimed with no known share: its part is unknown and left out of the total.
    assert result.totals["claimed_not_controlled_km2"] == 0
    assert [s.document for s in result.reading.summaries] == [
        "2025-02-18-a.txt",
        "2025-03-01-b.txt",
    ]
    stats = (out / "ukraine_control.csv").read_text(encoding="utf-8").splitlines()
    assert stats[0].startswith("as_of,region_code,")
    assert len(stats) == 1 + 2 * 28  # a block of 27 regions and a total per snapshot
    assert "2025-03-01,UA-14,Donetsk,72,,false,reported,26517.0,19092.2,0.0" in stats[29:]
    assert "2025-03-01,UA-65,Kherson,,,true,reported,28461.0,," in stats[29:]  # unknown, not 0
    changes = (out / "CHANGES.md").read_text(encoding="utf-8")
    assert changes.startswith("# Changes from 2025-02-18 to 2025-03-01")
    assert "| Donetsk (UA-14) | 70% | 72% |" in changes
    evidence = (out / "ukraine_evidence.csv").read_text(encoding="utf-8")
    assert evidence.count("\n") == 1 + 3  # header and three phrases

    again = build(BuildOptions(seeds=texts, out=out, formats=("csv",)), parallel=False)
    assert again.skipped and sorted(again.paths) == sorted(result.paths)
    forced = build(BuildOptions(seeds=texts, out=out, formats=("csv",)), force=True, parallel=False)
    assert not forced.skipped


def test_a_build_with_a_bad_figures_file_writes_nothing(texts, tmp_path: Path):
    from geomap.build import build
    from geomap.errors import FiguresError

    (texts / "figures.csv").write_text("not,a,header\n", encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(FiguresError):
        build(BuildOptions(seeds=texts, out=out, formats=("csv",)), parallel=False)
    assert not out.exists()


def test_a_build_with_every_map_in_one_process(texts, tmp_path: Path):
    from geomap.build import build

    out = tmp_path / "out"
    options = BuildOptions(seeds=texts, out=out, formats=("png", "svg", "pdf", "html"), dpi=50)
    result = build(options, parallel=False)
    assert sorted(p.name for p in result.paths) == [
        "CHANGES.md", "ukraine_control.csv", "ukraine_control.html", "ukraine_control.pdf",
        "ukraine_control.png", "ukraine_control.svg", "ukraine_control_history.png",
        "ukraine_evidence.csv",
    ]  # fmt: skip
    assert (out / "ukraine_control.png").read_bytes().startswith(b"\x89PNG")
    assert (out / "ukraine_control_history.png").read_bytes().startswith(b"\x89PNG")
    assert (out / "ukraine_control.pdf").read_bytes().startswith(b"%PDF")
    svg = (out / "ukraine_control.svg").read_text(encoding="utf-8")
    assert '<g id="UA-14">' in svg and "72% under Russian control" in svg
    html = (out / "ukraine_control.html").read_text(encoding="utf-8")
    assert '"order":["2025-02-18","2025-03-01"]' in html
