"""The build's parts that decide what is read and what is written, tested without a build."""

import datetime as dt
import logging
from pathlib import Path

import pytest

from geomap.boundaries import DEFAULT_CONTEXT, DEFAULT_REGIONS
from geomap.build import (
    BuildOptions,
    _fingerprint,
    collect_figures,
    input_files,
    seed_texts,
    static_outputs,
    stats_csv,
)
from geomap.errors import InputError
from geomap.figures import COLUMNS


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
    assert input_files(options, [text]) == [text, DEFAULT_REGIONS, DEFAULT_CONTEXT]
    (seeds / "figures.csv").write_text("x", encoding="utf-8")
    assert input_files(options, [text]) == [
        text, seeds / "figures.csv", DEFAULT_REGIONS, DEFAULT_CONTEXT,
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
        (
            ("png", "svg", "html"),
            1,
            [("png", "ukraine_control.png"), ("svg", "ukraine_control.svg")],
        ),
        (("png",), 2, [("png", "ukraine_control.png"), ("history", "ukraine_control_history.png")]),
        (("svg", "pdf"), 3, [("svg", "ukraine_control.svg"), ("pdf", "ukraine_control.pdf")]),
        (("csv",), 3, []),
    ],
)
def test_the_static_outputs_follow_the_formats(formats, snapshots, expected):
    assert static_outputs(BuildOptions(formats=formats), snapshots) == expected


def test_the_statistics_csv_has_its_header():
    assert stats_csv([]) == (
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
