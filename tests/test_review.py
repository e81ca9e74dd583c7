"""Review before print: pending figures, accepted, corrected and rejected ones, and the build's
``publish = "reviewed"``."""

import csv
import datetime as dt
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap import review
from geomap.errors import FiguresError
from geomap.extract.evidence import USED, Evidence
from geomap.figures import Figure, load_figures, parse_figures

DAY = dt.date(2025, 2, 18)
QUOTE = "Norland's army now holds about 60% of Alpha and 20% of Beta, a monitor said."


def _read(code: str, name: str, pct: float, qualifier: str = "about") -> Figure:
    return Figure(region_code=code, region=name, as_of=DAY, controlled_pct=pct,
                  qualifier=qualifier, source="A monitor", quote=QUOTE,
                  document="2025-02-18-alpha.txt")  # fmt: skip


def _evidence(figure: Figure) -> Evidence:
    return Evidence(
        document=figure.document, as_of=figure.as_of, start=0, end=3, phrase="60%",
        kind="share", region_code=figure.region_code, region=figure.region,
        value=figure.controlled_pct, pct_range=None, hedge=figure.qualifier, holder="Norland",
        claimed=None, decision=USED, reason="", quote=figure.quote,
    )  # fmt: skip


def invoke(*args, input: str | None = None):
    from geomap.cli import main

    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def test_a_figure_is_known_by_what_was_read():
    alpha = _read("UA-09", "Luhansk", 60.0)
    assert review.figure_key(alpha) == review.figure_key(_read("UA-09", "Luhansk", 60.0))
    assert len(review.figure_key(alpha)) == 10
    others = [_read("UA-09", "Luhansk", 61.0), _read("UA-14", "Donetsk", 60.0),
              _read("UA-09", "Luhansk", 60.0, qualifier="over")]  # fmt: skip
    assert len({review.figure_key(f) for f in [alpha, *others]}) == 4


def test_accepting_adds_a_reviewed_row_and_keeps_the_others(tmp_path: Path):
    figures = tmp_path / "figures.csv"
    figures.write_text(
        "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,source,quote\n"
        "2025-01-01,UA-14,,70,,,manual,Desk,\n", encoding="utf-8",
    )  # fmt: skip
    read = _read("UA-09", "Luhansk", 60.0)
    review.accept(figures, read, dt.date(2026, 1, 2))
    rows = list(csv.DictReader(figures.read_text(encoding="utf-8").splitlines()))
    assert [r["region_code"] for r in rows] == ["UA-14", "UA-09"]
    assert rows[0]["reviewed"] == "" and rows[0]["source"] == "Desk"
    assert rows[1]["reviewed"] == "2026-01-02" and rows[1]["quote"] == QUOTE
    loaded = load_figures(figures)
    assert [(f.region_code, f.controlled_pct, f.reviewed) for f in loaded] == [
        ("UA-14", 70.0, ""), ("UA-09", 60.0, "2026-01-02")
    ]  # fmt: skip
    # A second row for the same unit and date would make the file invalid: refused.
    with pytest.raises(FiguresError, match="already has a row for Luhansk on 2025-02-18"):
        review.accept(figures, read, dt.date(2026, 1, 3))
    # A new figures file is made with the standard header.
    fresh = tmp_path / "new.csv"
    review.accept(fresh, read, dt.date(2026, 1, 2))
    assert fresh.read_text(encoding="utf-8").splitlines()[0].endswith(",quote,reviewed")


def test_a_rejected_figure_never_comes_back(tmp_path: Path):
    alpha, beta = _read("UA-09", "Luhansk", 60.0), _read("UA-14", "Donetsk", 20.0)
    assert review.pending([alpha, beta], [], tmp_path) == [alpha, beta]
    review.reject(tmp_path, alpha, "the monitor meant the city", dt.date(2026, 1, 2))
    review.reject(tmp_path, beta, 'a second, with a "quote"', dt.date(2026, 1, 3))
    rejections = review.load_rejections(tmp_path)
    assert rejections[review.figure_key(alpha)].reason == "the monitor meant the city"
    assert rejections[review.figure_key(beta)].rejected == "2026-01-03"
    assert review.pending([alpha, beta], [], tmp_path) == []
    # The same sentence read another way is another figure: it is reviewed again.
    again = _read("UA-09", "Luhansk", 62.0)
    assert review.pending([again], [], tmp_path) == [again]


def test_a_row_of_the_figures_file_settles_the_figure_it_replaces(tmp_path: Path):
    alpha = _read("UA-09", "Luhansk", 60.0)
    curated = Figure(region_code="UA-09", region="Luhansk", as_of=DAY, controlled_pct=58.0)
    assert review.pending([alpha], [curated], tmp_path) == []


def test_screening_keeps_rejected_figures_off_the_maps_and_says_why(tmp_path: Path):
    alpha, beta = _read("UA-09", "Luhansk", 60.0), _read("UA-14", "Donetsk", 20.0)
    review.reject(tmp_path, alpha, "misread", DAY)
    kept, evidence = review.screened(
        [alpha, beta], [_evidence(alpha), _evidence(beta)], [], seeds=tmp_path, publish="all"
    )
    assert kept == [beta]
    assert [(e.decision, e.reason) for e in evidence] == [
        ("rejected", "rejected in review: misread"), ("used", "")
    ]  # fmt: skip


def test_publishing_reviewed_figures_only_names_the_pending_ones(tmp_path: Path, caplog):
    alpha, beta = _read("UA-09", "Luhansk", 60.0), _read("UA-14", "Donetsk", 20.0)
    accepted = Figure(region_code="UA-14", region="Donetsk", as_of=DAY, controlled_pct=20.0,
                      reviewed="2026-01-02")  # fmt: skip
    with caplog.at_level(logging.WARNING):
        kept, evidence = review.screened(
            [alpha, beta], [_evidence(alpha), _evidence(beta)], [accepted], seeds=tmp_path,
            publish="reviewed",
        )  # fmt: skip
    assert kept == [beta]  # (the reviewed row replaces it in the merge)
    assert evidence[0].decision == "pending"
    assert "1 figure(s) read from the texts await review" in caplog.text
    assert "Luhansk ≈60%, 2025-02-18 (2025-02-18-alpha.txt)" in caplog.text
    # By default every figure reaches the maps.
    kept, _ = review.screened([alpha, beta], [], [], seeds=tmp_path, publish="all")
    assert kept == [alpha, beta]


def test_a_reviewed_row_may_correct_its_quote_s_number_without_a_warning(caplog):
    header = "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,source,quote"
    row = '2025-02-18,UA-09,,65,about,,reported,A monitor,"holds about 60% of Luhansk"'
    with caplog.at_level(logging.WARNING):
        parse_figures(f"{header}\n{row}\n")
    assert "is the quote this figure's?" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        (figure,) = parse_figures(f"{header},reviewed\n{row},2026-01-02\n")
    assert figure.reviewed == "2026-01-02" and caplog.text == ""
    with pytest.raises(FiguresError, match="reviewed: 'yesterday' is not a date"):
        parse_figures(f"{header},reviewed\n{row},yesterday\n")


def test_a_rejections_file_without_its_columns_is_one_line(tmp_path: Path):
    (tmp_path / "rejected.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(FiguresError, match=r"rejected\.csv:1: has no key and reason columns"):
        review.load_rejections(tmp_path)


def _rows(path: str, by: str | None = "region"):
    rows = list(csv.DictReader(Path(path).read_text(encoding="utf-8").splitlines()))
    return {r[by]: r for r in rows} if by else rows


def _pending_keys(output: str) -> dict[str, str]:
    lines = output.splitlines()
    assert lines[0].split("\t")[:5] == ["key", "as_of", "region_code", "region", "value"]
    return {line.split("\t")[3]: line.split("\t")[0] for line in lines[1:]}


def test_review_from_the_command_line(project: Path):
    (project / "seeds" / "figures.csv").unlink()  # nothing checked yet
    listed = invoke("review", "--list")
    assert listed.exit_code == 0, listed.output
    keys = _pending_keys(listed.stdout)
    assert {"Luhansk", "Donetsk", "Kherson", "Zaporizhzhia", "Crimea"} <= set(keys)
    assert invoke("review", "--reject", keys["Donetsk"]).exit_code == 2  # no reason
    unknown = invoke("review", "--accept", "0123456789")
    assert unknown.exit_code == 2 and "--list" in unknown.stderr
    assert invoke("review", "--accept", keys["Luhansk"]).exit_code == 0
    rejected = invoke("review", "--reject", keys["Donetsk"], "--why", "the wrong oblast")
    assert rejected.exit_code == 0 and "rejected: Donetsk" in rejected.stderr
    assert set(_pending_keys(invoke("review", "--list").stdout)) == set(keys) - {
        "Luhansk", "Donetsk"
    }  # fmt: skip
    (row,) = load_figures(project / "seeds" / "figures.csv")
    assert (row.region, row.controlled_pct, row.reviewed) == (
        "Luhansk", 99.0, dt.date.today().isoformat()
    )  # fmt: skip

    # Published: the rejected figure is off the map, said so in the evidence; the accepted one
    # is a row of the figures file; with publish = reviewed, the others wait and are named.
    built = invoke("build", "--publish", "reviewed")
    assert built.exit_code == 0, built.output
    assert "await review and are not on the maps" in built.stderr
    stats = _rows("outputs/ukraine_control.csv")
    assert stats["Luhansk"]["controlled_pct"] == "99"
    assert stats["Donetsk"]["controlled_pct"] == "" and stats["Kherson"]["controlled_pct"] == ""
    decisions = {(r["region"], r["decision"]) for r in _rows("outputs/ukraine_evidence.csv", None)}
    assert {("Donetsk", "rejected"), ("Kherson", "pending"), ("Luhansk", "overridden")} <= decisions
    bad = invoke("build", "--publish", "some")
    assert bad.exit_code == 2 and "publish" in bad.stderr


def test_review_one_at_a_time(project: Path):
    (project / "seeds" / "figures.csv").unlink()
    keys = _pending_keys(invoke("review", "--list").stdout)
    # Accept the first shown, correct the second to another unit (claimed: none), reject the
    # third, quit.
    session = invoke("review", input="a\nc\nKharkiv\n40\nabout\n-\nr\nnot a share\nq\n")
    assert session.exit_code == 0, session.output
    assert "[1/" in session.stdout and "changes:" in session.stdout
    assert "1 accepted, 1 corrected, 1 rejected;" in session.stderr
    rows = load_figures(project / "seeds" / "figures.csv")
    assert len(rows) == 2
    assert [r.region for r in rows][-1] == "Kharkiv"
    assert (rows[-1].controlled_pct, rows[-1].qualifier, rows[-1].claimed) == (40.0, "about", None)
    # The reading the correction moved to another unit never comes back; nor does the rejected.
    rejections = review.load_rejections(project / "seeds")
    assert len(rejections) == 2
    assert any(r.reason.startswith("corrected to Kharkiv") for r in rejections.values())
    assert len(_pending_keys(invoke("review", "--list").stdout)) == len(keys) - 3
