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
from geomap.profile import DATA, current
from geomap.writers import FORMATS, WRITERS, chosen


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    return folder


def test_the_seed_texts_are_documents_in_any_case_in_name_order(seeds, caplog):
    names = ("b.TXT", "a.txt", "c.md", "d.Markdown", ".hidden.txt", "figures.csv", "e.docx",
             "f.PDF", "g.htm", "h.odt")  # fmt: skip
    for name in names:
        (seeds / name).write_text("x", encoding="utf-8")
    (seeds / "control").mkdir()
    with caplog.at_level(logging.WARNING):
        texts = seed_texts(seeds)
    assert [p.name for p in texts] == [
        "a.txt", "b.TXT", "c.md", "d.Markdown", "e.docx", "f.PDF", "g.htm",
    ]  # fmt: skip
    assert caplog.messages == [
        f"{seeds / 'h.odt'}: not read; geomap reads texts saved as .txt, .md, .markdown, .html, .htm, .pdf or .docx "
        "(save it as one of those to use it)"
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
    with pytest.raises(InputError) as info:
        seed_texts(path)
    assert str(info.value) == f"{path}: {message}; pass the folder of source texts with --seeds"


def test_the_inputs_are_the_texts_figures_boundaries_and_neighbours(seeds):
    text = seeds / "2025-01-01-a.txt"
    text.write_text("x", encoding="utf-8")
    options = BuildOptions(seeds=seeds)
    raions = current().default_raions
    profile = DATA / "ukraine.json"  # the profile in use: its words and areas
    assert input_files(options, [text]) == [
        text, default_regions(), raions, default_context(), profile
    ]  # fmt: skip
    (seeds / "figures.csv").write_text("x", encoding="utf-8")
    assert input_files(options, [text]) == [
        text, seeds / "figures.csv", default_regions(), raions, default_context(), profile,
    ]  # fmt: skip
    # A user's own boundaries have no raions.
    own = BuildOptions(seeds=seeds, boundaries=default_regions())
    assert raions not in input_files(own, [text])


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
    from geomap.style import Look

    look = Look(breaks=(0, 50, 100), palette=("#ffffff", "#000000"), title="T", subtitle="S",
                credit="C", font="DejaVu Serif", size="square")  # fmt: skip
    options = BuildOptions(seeds=seeds, formats=("png",), dpi=100, tiles="X", cdn=True,
                           name_field="name", look=look)  # fmt: skip
    assert _fingerprint(options, [])["options"] == {
        "formats": ["png"], "dpi": 100, "tiles": "X", "cdn": True, "name_field": "name",
        "unmatched": "error", "control_source": "", "control_date": None, "breaks": [0, 50, 100],
        "palette": ["#ffffff", "#000000"], "title": "T", "subtitle": "S", "credit": "C",
        "font": "DejaVu Serif", "extent": "country", "size": "square", "publish": "all",
        "since": None,
    }  # fmt: skip
    layered = BuildOptions(seeds=seeds, control_source="Desk", control_date=dt.date(2025, 5, 1))
    assert _fingerprint(layered, [])["options"]["control_source"] == "Desk"
    assert _fingerprint(layered, [])["options"]["control_date"] == "2025-05-01"


@pytest.mark.parametrize(
    ("formats", "snapshots", "expected"),
    [
        (("png", "svg", "html"), 1, ["png", "svg", "html"]),
        (("png",), 2, ["png", "history", "timeline"]),
        (("png",), 24, ["png", "history", "timeline"]),
        (("png",), 25, ["png", "timeline"]),  # too many for small maps: the timeline alone
        (("png",), 1, ["png"]),
        (("svg", "pdf"), 3, ["svg", "pdf", "timeline-svg"]),
        (("html",), 3, ["html"]),
        (("csv",), 3, []),
    ],
)
def test_the_formats_choose_the_writers(formats, snapshots, expected):
    always = ["csv", "changes", "evidence"]
    described = ["alt"] if formats != ("csv",) else []  # every map gets its description
    keys = [w.key for w in chosen(formats, snapshots)]
    assert keys == [k for k in [*expected, "csv", "changes", *described, "evidence"]]
    assert [k for k in keys if k != "alt"] == expected + always
    assert [w.key for w in chosen(formats, snapshots) if w.matplotlib] == [
        k for k in expected if k != "html"
    ]
    # Given an archive, the build checks it against the layers besides.
    with_archive = [w.key for w in chosen(formats, snapshots, archive=True)]
    assert with_archive == [*keys[:-1], "archive", "evidence"]


def test_the_registry_names_every_output():
    assert FORMATS == ("png", "svg", "pdf", "html", "csv", "gpkg")
    assert {k: w.file_name for k, w in WRITERS.items()} == {
        "png": "ukraine_control.png", "svg": "ukraine_control.svg",
        "pdf": "ukraine_control.pdf", "history": "ukraine_control_history.png",
        "timeline": "ukraine_control_timeline.png", "timeline-svg": "ukraine_control_timeline.svg",
        "html": "ukraine_control.html", "csv": "ukraine_control.csv",
        "changes": "CHANGES.md", "gpkg": "ukraine_control.gpkg",
        "alt": "ukraine_control_alt.txt", "archive": "ukraine_archive_agreement.csv",
        "evidence": "ukraine_evidence.csv",
    }  # fmt: skip
    # A writer either writes its file or is drawn from a scene with matplotlib, not both.
    assert all((w.write is None) == w.matplotlib for w in WRITERS.values())


def test_the_statistics_csv_has_its_header():
    assert statistics_csv([]) == (
        "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,reported_on,area_km2,"
        "controlled_km2,claimed_not_controlled_km2,measured_pct,measured_km2,measured_on,"
        "grey_km2,difference_pp,agreement,held,defended\n"
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
    assert caplog.messages == [
        f"{seeds / '2025-06-02-b.txt'}: no figure or claim found (0 percentage(s) passed over); "
        "`geomap extract --explain` shows why"
    ]
    # The curated Kherson row replaces nothing read; a curated Donetsk row would.
    assert [e.decision for e in reading.evidence if e.region_code == "UA-14"] == ["used"]


def test_a_curated_row_overrides_exactly_the_figure_it_replaces(seeds):
    (seeds / "2025-06-01-a.txt").write_text(
        "Russia now occupies 70% of the Donetsk region and 20% of the Kharkiv region. "
        "Russia held 60% of the Donetsk region in 2024.",
        encoding="utf-8",
    )
    (seeds / "mine.csv").write_text(
        ",".join(COLUMNS) + "\n2025-06-01,UA-14,Donetsk,71,,,manual,me,\n"
        "2025-05-01,UA-63,Kharkiv,19,,,manual,me,\n",
        encoding="utf-8",
    )
    history, reading = collect_figures(BuildOptions(seeds=seeds, figures=seeds / "mine.csv"))
    rows = [(e.phrase, e.region_code, e.decision, e.reason) for e in reading.evidence]
    assert rows == [
        ("70%", "UA-14", "overridden", "a curated row in mine.csv replaces it"),
        ("20%", "UA-63", "used", ""),  # the curated Kharkiv row is of another date
        ("60%", "UA-14", "superseded", "70% (the text presents it as current) is used instead"),
    ]
    assert {f.region_code: f.controlled_pct for f in history[dt.date(2025, 6, 1)]} == {
        "UA-14": 71, "UA-63": 20,
    }  # fmt: skip


def test_no_figures_at_all_is_an_error(seeds):
    (seeds / "2025-06-02-b.txt").write_text("Nothing about regions.", encoding="utf-8")
    with pytest.raises(InputError) as info:
        collect_figures(BuildOptions(seeds=seeds))
    assert str(info.value) == (
        f"{seeds}: no figures found in the texts or the figures file; "
        "add a dated text or rows to figures.csv"
    )


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
        ".geomap-digests.json", ".geomap.lock", "CHANGES.md", "manifest.json", "ukraine_control.csv",
        "ukraine_evidence.csv",
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
    assert (
        "2025-03-01,UA-14,Donetsk,72,,false,reported,2025-03-01,26517.0,19092.2,0.0,,,,,,,,"
        in stats[29:]
    )
    # Unknown, not 0.
    # Carried forward: reported on 2025-02-18.
    assert "2025-03-01,UA-65,Kherson,,,true,reported,2025-02-18,28461.0,,,,,,,,,," in stats[29:]
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
        "ukraine_control.png", "ukraine_control.svg", "ukraine_control_alt.txt",
        "ukraine_control_history.png", "ukraine_control_timeline.png",
        "ukraine_control_timeline.svg", "ukraine_evidence.csv",
    ]  # fmt: skip
    assert (out / "ukraine_control.png").read_bytes().startswith(b"\x89PNG")
    timeline = (out / "ukraine_control_timeline.svg").read_text(encoding="utf-8")
    assert 'id="reported-UA-14-0"' in timeline and 'id="reported-UA-14-1"' in timeline
    assert (out / "ukraine_control_history.png").read_bytes().startswith(b"\x89PNG")
    assert (out / "ukraine_control.pdf").read_bytes().startswith(b"%PDF")
    svg = (out / "ukraine_control.svg").read_text(encoding="utf-8")
    assert '<g id="UA-14">' in svg and "72% under Russian control" in svg
    html = (out / "ukraine_control.html").read_text(encoding="utf-8")
    assert '"order":["2025-02-18","2025-03-01"]' in html


def _png_dpi(path: Path) -> float:
    """The resolution a PNG records (its pHYs chunk), in dots per inch."""
    data = path.read_bytes()
    at = data.index(b"pHYs") + 4
    return int.from_bytes(data[at : at + 4], "big") * 0.0254


def test_the_maps_are_drawn_at_the_dpi_asked_with_progress(texts, tmp_path: Path):
    from geomap.build import build

    calls = []

    def progress(items, length, label):
        calls.append((length, label))
        return items

    out = tmp_path / "out"
    build(BuildOptions(seeds=texts, out=out, formats=("png",), dpi=40), progress=progress,
          parallel=False)  # fmt: skip
    assert round(_png_dpi(out / "ukraine_control.png")) == 40
    assert round(_png_dpi(out / "ukraine_control_history.png")) == 40
    assert calls == [(2, "maps")]


def test_the_scenes_asked_for_and_only_those(texts):
    from geomap.build import collect_figures, prepare
    from geomap.by_date import carry_forward
    from geomap.render.jobs import static_scenes

    by_date, reading = collect_figures(BuildOptions(seeds=texts))
    atlas = prepare(BuildOptions(seeds=texts), carry_forward(by_date), reading.evidence)
    assert atlas.context is not None and len(atlas.snapshots) == 2
    assert atlas.evidence == reading.evidence
    report, history, timeline = static_scenes(atlas, ["history"])
    assert report is None and timeline is None and len(history.panels) == 2 and history.context
    report, history, timeline = static_scenes(atlas, ["png", "svg"])
    assert history is None and timeline is None
    assert report.context and report.texts == atlas.latest.texts
    report, history, timeline = static_scenes(atlas, ["timeline-svg"])
    assert report is None and history is None and timeline.lines


def test_prepare_reads_the_boundaries_and_name_field_given(texts, tmp_path: Path):
    import geopandas as gpd

    from geomap.build import collect_figures, prepare
    from geomap.by_date import carry_forward

    shipped = gpd.read_file(default_regions())
    mine = shipped.rename(columns={"code": "ISO"})
    # A decoy column of names in the wrong order: only the column named joins correctly.
    mine["name"] = list(shipped["name"].iloc[::-1])
    # Moved a little, to tell these shapes from the shipped ones.
    mine["geometry"] = mine.geometry.translate(0.01, 0)
    path = tmp_path / "mine.geojson"
    mine.to_file(path)
    by_date, _ = collect_figures(BuildOptions(seeds=texts))
    options = BuildOptions(seeds=texts, boundaries=path, name_field="ISO")
    frame = prepare(options, carry_forward(by_date)).latest.frame.set_index("code")
    expected = mine.set_index("ISO")
    for code in ("UA-14", "UA-65"):
        got = frame.loc[code, "geometry"].centroid
        assert got.distance(expected.loc[code, "geometry"].centroid) < 1e-4, code


@pytest.mark.parametrize("target", ["nowhere.csv", "figures.csv"])  # dangling, and a loop
def test_a_figures_file_that_links_to_nothing_is_an_error(seeds, target):
    (seeds / "figures.csv").symlink_to(seeds / target)
    with pytest.raises(InputError) as info:
        input_files(BuildOptions(seeds=seeds), [])
    assert str(info.value) == (
        f"{seeds / 'figures.csv'}: is a link to nothing (dangling, or a loop); "
        "point it at the figures file or remove it"
    )


def test_a_seed_text_that_links_to_nothing_is_an_error(seeds):
    (seeds / "2025-01-01-a.txt").symlink_to(seeds / "gone.txt")
    with pytest.raises(InputError, match=r"2025-01-01-a\.txt: is a link to nothing"):
        seed_texts(seeds)


def test_the_html_map_follows_the_build_options(texts, tmp_path: Path):
    from geomap.build import build

    plain = tmp_path / "plain"
    build(BuildOptions(seeds=texts, out=plain, formats=("html",)), parallel=False)
    html = (plain / "ukraine_control.html").read_text(encoding="utf-8")
    assert '"context":[{' in html  # the neighbours, drawn without tiles
    assert "cdn.jsdelivr.net/npm/leaflet" not in html and "tile.openstreetmap.org" not in html
    online = tmp_path / "online"
    options = BuildOptions(seeds=texts, out=online, formats=("html",), cdn=True,
                           tiles="OpenStreetMap.Mapnik")  # fmt: skip
    build(options, parallel=False)
    html = (online / "ukraine_control.html").read_text(encoding="utf-8")
    assert "cdn.jsdelivr.net/npm/leaflet" in html and "tile.openstreetmap.org" in html
    assert '"context":[]' in html  # tiles show the neighbours instead


@pytest.mark.parametrize(
    ("formats", "processes", "drawn"),
    [
        (("png", "svg"), 2, ["_draw_history", "_draw_report", "_draw_timeline"]),
        (("pdf",), 1, ["_draw_report"]),  # the history and the timeline come with png or svg
        (("csv",), 1, []),
    ],
)
def test_the_maps_are_drawn_by_two_workers_where_there_are_several(
    texts, tmp_path, monkeypatch, formats, processes, drawn
):
    from geomap import build as pipeline

    asked, jobs = [], []
    real = pipeline.start_worker

    def spy(*args, **kwargs):
        asked.append(kwargs["processes"])
        worker = real(*args, **kwargs)
        submit = worker.submit
        worker.submit = lambda job: jobs.append(job.func.__name__) or submit(job)
        return worker

    monkeypatch.setattr(pipeline, "start_worker", spy)
    options = BuildOptions(seeds=texts, out=tmp_path / "out", formats=formats, dpi=40)
    pipeline.build(options, parallel=False)
    assert asked == [processes] and sorted(jobs) == drawn


def test_every_build_option_is_declared_once():
    """A field of BuildOptions or of the Look that is not declared would be missing from the
    command line, the settings and the fingerprint: a changed value would leave stale outputs
    looking current."""
    import dataclasses

    from geomap.options import DECLARED, LOOK
    from geomap.settings import SETTINGS
    from geomap.style import Look

    declared = [o.name for o in DECLARED]
    assert len(declared) == len(set(declared))
    fields = {f.name for f in dataclasses.fields(BuildOptions)} - {"look", "wait", "profile"}
    assert fields | {f.name for f in dataclasses.fields(Look)} == set(declared)
    assert set(LOOK) == {f.name for f in dataclasses.fields(Look)}
    assert set(SETTINGS) == {o.name for o in DECLARED if o.setting}
    # Every option but the paths (whose files are inputs) is in the fingerprint.
    fingerprinted = set(_fingerprint(BuildOptions(), [])["options"])
    assert fingerprinted == {o.name for o in DECLARED if o.kind != "path"}


def test_the_command_line_and_the_settings_template_come_from_the_declaration():
    from click.testing import CliRunner

    from geomap.cli import main
    from geomap.options import DECLARED
    from geomap.settings import template

    help_text = CliRunner().invoke(main, ["build", "--help"]).output
    text = template()
    for option in DECLARED:
        assert option.flag in help_text
        assert (f"{option.name} = " in text) == option.setting
