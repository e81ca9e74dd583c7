"""``geomap archive``: a news archive in every format, read on this machine and on Dask, with
syndicated copies merged, bad records counted, and runs that resume."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from geomap import archive
from geomap.archive.records import Fields
from geomap.cli import main
from tests import corpus

STORY = "Russian forces now control about 61% of the Kharkiv region, according to the Institute for the Study of War."


def _article(i: int, text: str, day: int, outlet: str, year: int = 2024) -> corpus.Article:
    when = dt.date(year, 5, day)
    return corpus.Article(i, text, when, f"https://{outlet}/{i}", outlet, f"T{i}")


def _reported(out: Path, stem: str = "ukraine") -> list[dict]:
    with open(out / f"{stem}_reported.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _files(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and ".parts" not in p.parts
    }


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    """Sixteen small archives of every kind, with a few broken records."""
    folder = tmp_path_factory.mktemp("mixed")
    items = list(corpus.articles(160, words=120, figure_share=0.5))
    writers = [
        (corpus.write_jsonl, ".jsonl"), (corpus.write_jsonl, ".jsonl.gz"),
        (corpus.write_jsonl, ".jsonl.zst"), (corpus.write_parquet, ".parquet"),
        (corpus.write_warc, ".warc"), (corpus.write_warc, ".warc.gz"),
    ]  # fmt: skip
    for k in range(14):
        write, suffix = writers[k % len(writers)]
        chunk = items[k * 10 : k * 10 + 10]
        if write is corpus.write_jsonl:
            write(folder / f"crawl-{k:02d}{suffix}", chunk, bad=k == 0)
        else:
            write(folder / f"crawl-{k:02d}{suffix}", chunk)
    corpus.write_texts(folder / "texts", items[140:])
    return folder


def test_every_format_gives_the_same_figures(tmp_path):
    items = list(corpus.articles(24, seed=3, words=120, figure_share=0.6))
    found = {}
    for name, write in [
        ("a.jsonl", corpus.write_jsonl), ("a.jsonl.gz", corpus.write_jsonl),
        ("a.jsonl.zst", corpus.write_jsonl), ("a.parquet", corpus.write_parquet),
        ("a.warc", corpus.write_warc), ("a.warc.gz", corpus.write_warc),
        ("texts", corpus.write_texts),
    ]:  # fmt: skip
        path = write(tmp_path / "in" / name if name == "texts" else tmp_path / name, items)
        out = tmp_path / f"out-{name}"
        archive.run([path], out, workers=1)
        found[name] = sorted(
            (r["as_of"], r["region_code"], r["kind"], r["value"], r["quote"], r["outlets"])
            for r in _reported(out)
        )
    first = found["a.jsonl"]
    assert len(first) >= 8  # the generator planted figures and claims
    assert any(r[2] == "claim" for r in first) and any(r[2] == "share" for r in first)
    for name, rows in found.items():
        assert rows == first, name


def test_outlets_and_evidence_columns(tmp_path):
    items = [_article(0, f"The mayor opened a bridge.\n\n{STORY}", 2, "wire.example")]
    path = corpus.write_jsonl(tmp_path / "a.jsonl", items)
    archive.run([path], tmp_path / "out", workers=1)
    table = pq.read_table(tmp_path / "out" / "evidence" / "month=2024-05" / "part-0.parquet")
    row = next(r for r in table.to_pylist() if r["decision"] == "used")
    assert row["region_code"] == "UA-63" and row["value"] == 61.0 and row["hedge"] == "about"
    assert row["as_of"] == dt.date(2024, 5, 2)
    assert row["url"] == "https://wire.example/0" and row["outlet"] == "wire.example"
    assert row["source"] == "Institute for the Study of War"
    assert row["record"] == "a.jsonl:1" and row["document"] == "a.jsonl"
    start = len("The mayor opened a bridge.\n\n") + STORY.index("about 61%")
    assert row["start"] == start and row["quote"][row["start"] - 28 :].startswith("about 61%")
    assert row["copies"] == 1 and row["report"] == f"a.jsonl:1@{start}/UA-63"
    assert row["quote"] == STORY


def test_syndicated_copies_are_one_report(tmp_path):
    edited = STORY.replace("Russian forces", "Russia's troops")
    items = [
        _article(0, f"Markets were calm.\n\n{STORY}", 2, "wire.example"),
        _article(1, f"Schools reopened.\n\n{STORY}", 3, "kyiv-daily.example"),
        _article(2, f"A storm passed.\n\n{edited}", 4, "east-post.example"),
        _article(3, f"The harvest began.\n\n{STORY}", 4, "wire.example"),  # the same site again
        _article(4, f"Trains ran late.\n\n{STORY}", 20, "harbour-times.example"),  # weeks later
        # Another source, same words otherwise: another report.
        _article(5, STORY.replace("the Institute for the Study of War", "Ukraine's general staff"), 3, "plains-gazette.example"),
    ]  # fmt: skip
    path = corpus.write_jsonl(tmp_path / "a.jsonl", items)
    archive.run([path], tmp_path / "out", workers=1)
    rows = _reported(tmp_path / "out")
    assert [(r["as_of"], r["outlets"], r["source"]) for r in rows] == [
        ("2024-05-02", "3", "Institute for the Study of War"),
        ("2024-05-03", "1", "Ukraine's general staff"),
        ("2024-05-20", "1", "Institute for the Study of War"),
    ]
    assert rows[0]["carried_by"] == "wire.example; kyiv-daily.example; east-post.example"
    summary = json.loads((tmp_path / "out" / "archive-summary.json").read_text())
    assert summary["figures"] == 6 and summary["reports"] == 3


def test_bad_records_are_skipped_and_counted(tmp_path, caplog):
    items = list(corpus.articles(5, words=60))
    path = corpus.write_jsonl(tmp_path / "a.jsonl.gz", items, bad=True)
    result = CliRunner().invoke(main, ["archive", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    summary = json.loads((tmp_path / "out" / "archive-summary.json").read_text())
    assert summary["records"] == 5
    assert summary["skipped"] == {"no date": 1, "no text": 1, "not a JSON object": 1}
    assert summary["skipped_samples"][0] == "a.jsonl.gz:6: not a JSON object"
    assert "3 skipped" in result.output and "a.jsonl.gz:6" in result.output


def test_an_unknown_file_is_one_line_and_exit_2(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("a,b\n")
    result = CliRunner().invoke(main, ["archive", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"Error: {path}: is not an archive geomap reads; give .jsonl(.gz|.zst), .parquet, "
        ".warc(.gz) files or a folder of texts"
    ]
    assert not (tmp_path / "out").exists()


def test_fields_are_renamed(tmp_path):
    import json as js

    line = {"body": STORY, "published": "2024-05-02T10:00:00Z", "site": "wire.example"}
    path = tmp_path / "a.jsonl"
    path.write_text(js.dumps(line) + "\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["archive", str(path), "--out", str(out), "--field", "text=body",
               "--field", "date=published", "--field", "outlet=site"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert [(r["as_of"], r["value"], r["carried_by"]) for r in _reported(out)] == [
        ("2024-05-02", "61", "wire.example")
    ]
    bad = CliRunner().invoke(main, ["archive", str(path), "--field", "body=text"])
    assert bad.exit_code == 2 and "no field called 'body'" in bad.output
    with pytest.raises(ValueError, match="no field called"):
        Fields.with_renames({"words": "x"})


def test_the_same_bytes_with_any_number_of_workers(mixed, tmp_path):
    archive.run([mixed], tmp_path / "one", workers=1)
    archive.run([mixed], tmp_path / "two", workers=2)
    one, two = _files(tmp_path / "one"), _files(tmp_path / "two")
    assert one == two
    summary = json.loads(one["archive-summary.json"])
    assert summary["files"] == 15 and summary["records"] == 160
    assert summary["skipped"] == {"no date": 1, "no text": 1, "not a JSON object": 1}


def _in_python(code: str) -> None:
    """Run ``code`` in a Python process of its own: Dask's client leaves threads behind in the
    process that ran it, which other tests (forking workers) must not inherit."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
        timeout=600, cwd=Path(__file__).parent.parent,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]


def test_dask_gives_the_same_bytes_as_the_local_engine(mixed, tmp_path):
    archive.run([mixed], tmp_path / "local", workers=2)
    _in_python(
        f"""
        from pathlib import Path
        from geomap import archive
        archive.run([Path({str(mixed)!r})], Path({str(tmp_path / "dask")!r}), engine="dask", workers=2)
        """
    )
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")


def test_a_worker_killed_during_a_dask_run(mixed, tmp_path):
    """One of two workers is killed once the first partition is in; its tasks run again on the
    other (or on the worker its nanny starts anew), and the outputs are whole and the same."""
    archive.run([mixed], tmp_path / "local", workers=1)
    out = tmp_path / "dask"
    _in_python(
        f"""
        import os, signal, threading, time
        from pathlib import Path
        from distributed import Client, LocalCluster
        from geomap import archive

        out = Path({str(out)!r})
        with (
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):
            killed = []

            def kill_one():
                deadline = time.monotonic() + 120
                while time.monotonic() < deadline and not list((out / ".parts").glob("*.json")):
                    time.sleep(0.01)
                pid = next(iter(client.run(os.getpid).values()))
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

            killer = threading.Thread(target=kill_one)
            killer.start()
            archive.run([Path({str(mixed)!r})], out, engine="dask", scheduler=cluster.scheduler_address)
            killer.join()
        assert killed
        """
    )
    assert _files(out) == _files(tmp_path / "local")


def test_a_stopped_run_resumes_with_what_it_had_not_read(mixed, tmp_path, monkeypatch):
    out = tmp_path / "out"
    keep, kept = archive._keep, []

    def stop_after_three(folder, part):
        if len(kept) == 3:
            raise KeyboardInterrupt
        keep(folder, part)
        kept.append(part.key)

    monkeypatch.setattr(archive, "_keep", stop_after_three)
    with pytest.raises(KeyboardInterrupt):
        archive.run([mixed], out, workers=1)
    assert not (out / "ukraine_reported.csv").exists()
    monkeypatch.setattr(archive, "_keep", keep)
    summary = archive.run([mixed], out, workers=1)
    assert summary.read == 15 - 3 and summary.records == 160
    archive.run([mixed], tmp_path / "whole", workers=1)
    assert _files(out) == _files(tmp_path / "whole")
    # A day's crawl added: only it is read.
    day = corpus.write_jsonl(mixed / "crawl-99.jsonl", list(corpus.articles(4, seed=99, words=60)))
    try:
        again = archive.run([mixed], out, workers=1)
    finally:
        day.unlink()
    assert again.read == 1 and again.records == 164


def test_the_last_good_outputs_stay_when_a_run_fails(tmp_path):
    good = corpus.write_jsonl(tmp_path / "a.jsonl", [_article(0, STORY, 2, "wire.example")])
    out = tmp_path / "out"
    archive.run([good], out, workers=1)
    before = _files(out)
    with pytest.raises(ValueError, match="does not exist"):
        archive.run([good, tmp_path / "gone.jsonl"], out, workers=1)
    assert _files(out) == before


def _testland_archive(tmp_path: Path, profile: Path) -> Path:
    """An archive of reports of Alpha around a control layer of 1 May 2025 that holds its
    western half."""
    said = "Norland controls about 50% of Alpha, according to the Testland Monitor."
    items = [
        _article(0, said, 2, "wire.example", 2025),
        _article(1, said, 2, "east-post.example", 2025),  # a copy: the same report
        _article(2, "Norland holds 80% of Alpha.", 3, "east-post.example", 2025),  # disagrees
        _article(3, "Norland controls about 52% of Alpha.", 4, "plains-gazette.example", 2025),
        corpus.Article(4, "Norland controls 10% of Alpha.", dt.date(2024, 1, 5), "", "old.example", ""),
    ]  # fmt: skip
    archive.run([corpus.write_jsonl(tmp_path / "alpha.jsonl", items)], tmp_path / "archive",
                workers=1, profile=str(profile))  # fmt: skip
    return tmp_path / "archive"


def test_a_build_checks_an_archive_against_the_layers_and_draws_it(testland, tmp_path):
    import shapely

    from geomap.build import build
    from geomap.options import BuildOptions
    from tests.test_control_layers import write_layer

    folder = _testland_archive(tmp_path, Path(testland.source))
    rows = _reported(folder, "testland")
    assert [(r["as_of"], r["value"], r["outlets"]) for r in rows if r["kind"] == "share"] == [
        ("2024-01-05", "10", "1"), ("2025-05-02", "50", "2"), ("2025-05-03", "80", "1"),
        ("2025-05-04", "52", "1"),
    ]  # fmt: skip
    seeds = tmp_path / "seeds"
    write_layer(seeds / "control" / "front_20250501.geojson", [shapely.box(9.5, 50.0, 10.5, 51.5)])
    (seeds / "figures.csv").write_text(
        "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,source,quote\n"
        "2025-05-01,TL-01,,50,about,,reported,Desk,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    options = BuildOptions(seeds=seeds, out=out, profile=Path(testland.source), formats=("svg",),
                           archive=folder)  # fmt: skip
    build(options, parallel=False)
    with open(out / "testland_archive_agreement.csv", encoding="utf-8") as handle:
        table = {(r["region_code"], r["outlet"]): r for r in csv.DictReader(handle)}
    every = table[("TL-01", "")]
    assert (every["reports"], every["compared"], every["disagrees"]) == ("4", "3", "1")
    assert every["agreeing_share"] == "0.667"
    assert table[("TL-01", "east-post.example")]["disagrees"] == "1"
    assert table[("TL-01", "wire.example")]["agrees"] == "1"
    assert table[("TL-01", "old.example")]["compared"] == "0"
    svg = (out / "testland_control_timeline.svg").read_text(encoding="utf-8")
    assert 'id="archive-TL-01-0"' in svg and "an archive's reports" in svg
    assert "Small marks: 4 report(s) of an archive by 4 outlet(s)" in svg
    # The reports are an input: changed, they rebuild the outputs.
    again = build(options, parallel=False)
    assert again.skipped
    report = folder / "testland_reported.csv"
    report.write_text(report.read_text(encoding="utf-8").replace(",80,", ",81,"), encoding="utf-8")
    assert not build(options, parallel=False).skipped


def test_a_missing_archive_is_one_line(tmp_path, project):
    from tests.conftest import run_cli

    result = run_cli("build", "--archive", tmp_path / "nowhere", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == (
        f"Error: {tmp_path / 'nowhere'}: has no ukraine_reported.csv; give the --out folder of "
        "`geomap archive` run with the same profile"
    )


def test_many_reports_are_summarised_by_week():
    from geomap.figures import Figure
    from geomap.render.chart import _by_week

    monday = dt.date(2025, 3, 3)
    figures = [
        Figure(region_code="TL-01", region="Alpha", as_of=monday + dt.timedelta(days=d),
               controlled_pct=v)
        for d, v in [(0, 40.0), (2, 50.0), (6, 70.0), (7, 20.0)]
    ]  # fmt: skip
    marks = _by_week(figures)
    assert [(m.as_of, m.pct, m.low, m.high) for m in marks] == [
        (monday, 50.0, 40.0, 70.0), (monday + dt.timedelta(days=7), 20.0, 20.0, 20.0),
    ]  # fmt: skip


@pytest.mark.slow
def test_python_m_geomap_archive_runs_once(tmp_path):
    """Run as ``python -m geomap``: the worker processes import the main module again, which
    must not run the command a second time."""
    path = corpus.write_jsonl(tmp_path / "a.jsonl", [_article(0, STORY, 2, "wire.example")])
    result = subprocess.run(
        [sys.executable, "-m", "geomap", "archive", str(path), "--out", str(tmp_path / "out")],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("record(s)") == 1
    assert [r["value"] for r in _reported(tmp_path / "out")] == ["61"]


def test_an_oversized_record_is_skipped(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_MAX_DOCUMENT_MB", "1")
    big = _article(1, "word " * 250_000, 3, "wire.example")  # 1.25 MB
    path = corpus.write_jsonl(tmp_path / "a.jsonl", [_article(0, STORY, 2, "wire.example"), big])
    summary = archive.run([path], tmp_path / "out", workers=1)
    assert summary.records == 1 and summary.skipped == {"over 1 MB": 1}


def test_a_report_across_the_end_of_a_month_is_one(tmp_path):
    """The copies of a report first seen on the last day of a month, carried on the first days
    of the next, are counted in both months' rows."""
    items = [
        corpus.Article(0, STORY, dt.date(2024, 5, 31), "", "wire.example", ""),
        corpus.Article(1, STORY, dt.date(2024, 6, 1), "", "kyiv-daily.example", ""),
        corpus.Article(2, STORY, dt.date(2024, 6, 2), "", "east-post.example", ""),
    ]
    path = corpus.write_jsonl(tmp_path / "a.jsonl", items)
    archive.run([path], tmp_path / "out", workers=1)
    found = [
        (r["as_of"].isoformat(), r["report"], r["copies"])
        for month in ("2024-05", "2024-06")
        for r in pq.read_table(tmp_path / "out" / "evidence" / f"month={month}").to_pylist()
        if r["decision"] == "used"
    ]
    first = f"a.jsonl:1@{STORY.index('about 61%')}/UA-63"
    assert found == [("2024-05-31", first, 3), ("2024-06-01", first, 3), ("2024-06-02", first, 3)]
    assert [r["outlets"] for r in _reported(tmp_path / "out")] == ["3"]
    bad = CliRunner().invoke(main, ["archive", str(path), "--within", "40"])
    assert bad.exit_code == 2 and "40 is not in the range 0<=x<=28" in bad.output


def test_a_broken_archive_file_is_one_line(tmp_path):
    import pyarrow as pa

    warc = tmp_path / "crawl.warc"
    warc.write_bytes(b"this is no WARC at all\r\n\r\n")
    result = CliRunner().invoke(main, ["archive", str(warc), "--out", str(tmp_path / "o1")])
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {warc}: is not a WARC file (")
    assert result.output.strip().endswith(
        "give WARC files (.warc, .warc.gz) as crawlers write them"
    )
    table = tmp_path / "export.parquet"
    pq.write_table(pa.table({"body": ["text"], "date_publish": ["2024-05-02"]}), table)
    result = CliRunner().invoke(main, ["archive", str(table), "--out", str(tmp_path / "o2")])
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"Error: {table}: has no column 'maintext' for the text; name it with --field "
        "text=NAME (columns: body, date_publish)"
    )
    assert not (tmp_path / "o1" / "ukraine_reported.csv").exists()


@pytest.mark.parametrize("name", ["a.jsonl.gz", "a.jsonl.zst", "a.warc.gz"])
def test_a_file_cut_off_keeps_what_came_before(tmp_path, name):
    """A crawl stopped mid-write: the records before the cut are read, the cut is one skip."""
    items = list(corpus.articles(300, seed=5, words=300, figure_share=0.5))
    write = corpus.write_warc if "warc" in name else corpus.write_jsonl
    path = write(tmp_path / name, items)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.7)])
    summary = archive.run([path], tmp_path / "out", workers=1)
    assert 30 <= summary.records < 300
    assert sum(summary.skipped.values()) == 1
    assert next(iter(summary.skipped)).startswith("the file is cut off or corrupt")


def test_files_of_the_same_name_in_two_folders_are_told_apart(tmp_path):
    crawl = tmp_path / "crawl"
    (crawl / "2024").mkdir(parents=True)
    (crawl / "2025").mkdir()
    corpus.write_jsonl(crawl / "2024" / "day.jsonl", [_article(0, STORY, 2, "wire.example")])
    corpus.write_jsonl(crawl / "2025" / "day.jsonl", [_article(1, STORY, 9, "wire.example", 2025)])
    archive.run([crawl], tmp_path / "out", workers=1)
    assert [r["record"] for r in _reported(tmp_path / "out")] == [
        "2024/day.jsonl:1",
        "2025/day.jsonl:1",
    ]


def test_grouping_by_figure_source_sentence_and_window():
    from geomap.archive.syndication import Grouper, similarity

    def row(day: int, quote: str, record: str, value: str = "61", source: str = "ISW") -> dict:
        return {"as_of": dt.date(2024, 5, day), "record": record, "start": 0, "kind": "share",
                "region_code": "UA-63", "value_text": value, "claimed": None, "source": source,
                "quote": quote, "outlet": record.split(":")[0]}  # fmt: skip

    said = "Russian forces now control about 61% of the Kharkiv region, ISW said on Monday."
    grouper = Grouper(within=3)
    first, new = grouper.add(row(1, said, "a:1"))
    assert new
    assert grouper.add(row(2, said.upper().replace(",", ""), "b:1")) == (first, False)  # same words
    edited = said.replace("on Monday", "late on Monday")  # shingles overlap by 0.67
    assert grouper.add(row(3, edited, "c:1")) == (first, False)
    rewritten = "ISW said on Monday that Russian troops hold about 61% of the Kharkiv region."
    assert similarity(*(frozenset(" ".join(w[i : i + 3]) for i in range(len(w) - 2))
                        for w in (said.casefold().split(), rewritten.casefold().split()))) < 0.6  # fmt: skip
    assert grouper.add(row(3, rewritten, "d:1"))[1]  # rewritten: a report of its own
    assert grouper.add(row(3, said, "e:1", source="Kyiv"))[1]  # another source
    assert grouper.add(row(3, said, "f:1", value="62"))[1]  # another figure
    assert grouper.add(row(5, said, "g:1"))[1]  # four days after the first: another report
    assert (first.copies, first.outlets) == (3, ["a", "b", "c"])
    assert grouper.count == 5
    with pytest.raises(ValueError, match="out of order"):
        grouper.add(row(2, said, "h:1"))


@pytest.mark.slow
def test_an_unreachable_scheduler_is_one_line(tmp_path):
    path = corpus.write_jsonl(tmp_path / "a.jsonl", [_article(0, STORY, 2, "wire.example")])
    result = subprocess.run(
        [sys.executable, "-m", "geomap", "archive", str(path), "--out", str(tmp_path / "out"),
         "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "Error: --scheduler: cannot reach the Dask scheduler at tcp://127.0.0.1:9 (Timed out "
        "trying to connect to tcp://127.0.0.1:9 after 2 s); start it (dask scheduler) or give "
        "its address; --engine local needs none"
    ]
    assert not (tmp_path / "out" / "ukraine_reported.csv").exists()
