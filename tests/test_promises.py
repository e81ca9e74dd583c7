"""Promises the README makes and rules of cartographic honesty, each checked directly.

Quick, in-process tests through the public functions: mutation testing judges each mutant of
the core by tests like these (see the README's development section).
"""

import datetime as dt
import hashlib
import json
import logging
import math
import os
import stat
import time
from pathlib import Path

import pytest

from geomap import style
from geomap.extract import extract_text, read_files
from geomap.figures import COLUMNS, Figure, carry_forward, figures_to_csv, parse_figures
from geomap.outputs import OutputSet, fingerprint, up_to_date
from geomap.reports import changes_markdown

from .conftest import SHAPES

DAY = dt.date(2025, 2, 18)
HEADER = ",".join(COLUMNS)


# --- extraction -------------------------------------------------------------------------


def test_a_reported_100_percent_share_is_kept():
    (figure,) = extract_text("Russia occupies 100% of the Luhansk region.")
    assert (figure.controlled_pct, figure.basis) == (100, "reported")


def test_a_control_share_is_not_a_claim():
    (figure,) = extract_text("Russia occupies 70% of the Donetsk region.")
    assert figure.claimed is None and figure.claim_quote == ""


def test_of_two_texts_of_one_date_the_first_gives_the_figure(tmp_path: Path):
    a, b = tmp_path / "2025-06-01-a.txt", tmp_path / "2025-06-01-b.txt"
    a.write_text("Russia now occupies 70% of the Donetsk region.", encoding="utf-8")
    b.write_text("Russia now occupies 72% of the Donetsk region.", encoding="utf-8")
    reading = read_files([a, b])
    assert [f.controlled_pct for f in reading.figures] == [70]
    assert [f.document for f in reading.figures] == [a.name]
    decisions = {e.document: (e.decision, e.reason) for e in reading.evidence}
    assert decisions[a.name] == ("used", "")
    assert decisions[b.name] == (
        "superseded",
        f"the figure of {a.name} (same date) is used instead",
    )
    reversed_reading = read_files([b, a])
    assert [f.controlled_pct for f in reversed_reading.figures] == [72]


@pytest.mark.parametrize("claim_first", [True, False])
def test_a_share_and_a_claim_from_two_texts_of_one_date_join(tmp_path: Path, claim_first):
    share = "Russia now occupies 72% of the Donetsk region."
    claim = "Moscow claims to have annexed the Donetsk region."
    a, b = tmp_path / "2025-06-01-a.txt", tmp_path / "2025-06-01-b.txt"
    a.write_text(claim if claim_first else share, encoding="utf-8")
    b.write_text(share if claim_first else claim, encoding="utf-8")
    (figure,) = read_files([a, b]).figures
    sharing = b if claim_first else a
    assert (figure.controlled_pct, figure.claimed, figure.document) == (72, True, sharing.name)


# --- figures ----------------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "written"), [("66.7", "66.7"), ("99.5", "99.5"), ("0", "0")])
def test_shares_keep_their_decimals_and_zero_is_a_share(cell, written):
    (figure,) = parse_figures(f"{HEADER}\n2025-02-18,UA-09,Luhansk,{cell},,,manual,,\n")
    assert figure.controlled_pct == float(cell)
    assert figures_to_csv([figure]).splitlines()[1].split(",")[3] == written


def test_an_empty_basis_is_manual():
    (figure,) = parse_figures(f"{HEADER}\n2025-02-18,UA-09,Luhansk,99,,,,,\n")
    assert figure.basis == "manual"


# --- statistics -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def regions():
    from geomap.boundaries import load_regions

    return load_regions(SHAPES / "ukraine_regions.geojson")


def test_the_country_total_is_a_percentage(regions):
    from geomap.control import join, totals

    figures = [
        Figure(region_code="UA-09", region="Luhansk", as_of=DAY, controlled_pct=100.0),
        Figure(region_code="UA-14", region="Donetsk", as_of=DAY, controlled_pct=50.0),
    ]
    total = totals(join(figures, regions, as_of=DAY))
    expected = 100 * (26_684 + 26_517 / 2) / total["area_km2"]
    assert total["controlled_pct"] == pytest.approx(expected)
    assert 5 < total["controlled_pct"] < 10


def test_a_claim_without_a_share_is_not_zero_percent(regions, caplog):
    from geomap.control import statistics, totals
    from geomap.snapshot import snapshot

    figures = [
        Figure(
            region_code="UA-23", region="Zaporizhzhia", as_of=DAY, controlled_pct=None, claimed=True
        )
    ]
    snap = snapshot(figures, regions, as_of=DAY)
    control = snap.frame
    row = next(r for r in statistics(snap) if r["region_code"] == "UA-23")
    assert (row["controlled_pct"], row["controlled_km2"], row["claimed_not_controlled_km2"]) == (
        "",
        "",
        "",
    )
    assert totals(control)["claimed_not_controlled_km2"] == 0
    assert "UA-23 Zaporizhzhia: claimed, but no controlled share is known" in caplog.text


def test_a_shape_far_too_small_is_reported(regions, caplog):
    from shapely import affinity

    from geomap.control import with_shape_areas

    shrunk = regions.copy()
    i = shrunk.index[shrunk["code"] == "UA-14"][0]
    shrunk.loc[i, "geometry"] = affinity.scale(shrunk.loc[i, "geometry"], 0.9, 0.9)
    with caplog.at_level(logging.WARNING):
        with_shape_areas(shrunk)
    assert "UA-14 Donetsk: shape area" in caplog.text
    assert "by -19%" in caplog.text


# --- style ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hedge", "sign"),
    [("about", "≈"), ("nearly", "<"), ("almost", "<"), ("over", ">"), ("more than", ">"),
     ("at least", "≥"), ("up to", "≤"), ("reportedly", "≈"), ("", "")],
)  # fmt: skip
def test_each_hedge_has_its_sign_and_an_unknown_one_never_reads_as_exact(hedge, sign):
    assert style.hedge_sign(hedge) == sign
    assert style.share_text(70.0, hedge) == f"{sign}70%"


def _control(regions, figures, *, as_of=DAY, previous=None):
    from geomap.control import join

    return join(figures, regions, as_of=as_of, previous=previous)


def test_the_footer_explains_crimea_and_names_only_carried_figures(regions):
    from geomap.control import totals

    old = dt.date(2025, 1, 1)
    figures = [
        Figure(
            region_code="UA-43",
            region="Crimea",
            as_of=DAY,
            controlled_pct=100.0,
            basis="inferred",
            claimed=True,
        ),
        Figure(
            region_code="UA-40",
            region="Sevastopol",
            as_of=DAY,
            controlled_pct=100.0,
            basis="inferred",
            claimed=True,
        ),
        Figure(
            region_code="UA-14",
            region="Donetsk",
            as_of=DAY,
            controlled_pct=70.0,
            document="new.txt",
        ),
        Figure(
            region_code="UA-65",
            region="Kherson",
            as_of=old,
            controlled_pct=75.0,
            document="old.txt",
        ),
    ]
    control = _control(regions, figures)
    words = style.texts(control, totals(control))
    assert words.inferred_note == (
        "* inferred, not reported: Crimea, Sevastopol (held by Russia since it annexed Crimea "
        "in 2014)"
    )
    assert words.earlier_note == (
        "Not in the latest report, shown with their last reported figure: Kherson (2025-01-01)"
    )
    assert "Donetsk" not in words.earlier_note


def test_a_range_is_labelled_as_given_and_footnoted(regions):
    from geomap.control import totals

    control = _control(regions, [Figure(region_code="UA-14", region="Donetsk", as_of=DAY, controlled_pct=84.0, qualifier="about",
                                        pct_range=(83.0, 85.0))])  # fmt: skip
    row = next(r for r in control.itertuples() if r.code == "UA-14")
    assert style.label(row) == "Donetsk\n≈83–85%"
    words = style.texts(control, totals(control))
    assert words.range_note == "Ranges are mapped at their middle: Donetsk 83–85% as 84%"
    assert words.range_note in words.notes


# --- changes ----------------------------------------------------------------------------


def test_changes_compare_the_last_two_snapshots():
    days = [dt.date(2025, 1, 1), dt.date(2025, 2, 1), dt.date(2025, 3, 1)]
    history = carry_forward(
        {
            d: [Figure(region_code="UA-14", region="Donetsk", as_of=d, controlled_pct=pct)]
            for d, pct in zip(days, (60.0, 70.0, 75.0), strict=True)
        }
    )
    text = changes_markdown(history)
    assert text.startswith("# Changes from 2025-02-01 to 2025-03-01\n")
    assert "| Donetsk (UA-14) | 70% | 75% |" in text
    assert "60%" not in text


# --- outputs ----------------------------------------------------------------------------


def test_outputs_are_renamed_into_place_and_readable_by_all(tmp_path: Path):
    with OutputSet(tmp_path) as outputs:
        staged = outputs.path("a.csv")
        staged.write_text("x", encoding="utf-8")
        inode = staged.stat().st_ino
    final = tmp_path / "a.csv"
    assert final.stat().st_ino == inode  # moved, not copied
    assert stat.S_IMODE(final.stat().st_mode) == 0o644
    assert not staged.exists()


def test_a_failed_build_publishes_nothing(tmp_path: Path):
    (tmp_path / "a.csv").write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), OutputSet(tmp_path) as outputs:
        outputs.write_text("a.csv", "new")
        outputs.write_text("b.csv", "new")
        raise RuntimeError("the renderer crashed")
    assert (tmp_path / "a.csv").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv"]


def test_the_fingerprint_changes_with_version_options_and_every_input(tmp_path: Path, monkeypatch):
    a, b = tmp_path / "a.txt", tmp_path / "neighbours.geojson"
    a.write_text("a", encoding="utf-8")
    b.write_text("b", encoding="utf-8")
    base = fingerprint([a, b], {"name_field": None})
    assert fingerprint([a, b], {"name_field": "name"}) != base
    b.write_text("b2", encoding="utf-8")
    assert fingerprint([a, b], {"name_field": None}) != base
    monkeypatch.setattr("geomap.version.__version__", "9.9.9")
    assert fingerprint([a, b], {"name_field": None})["geomap"] == "9.9.9"


def test_remembered_digests_spare_unchanged_files_and_never_hide_a_change(tmp_path, monkeypatch):
    from geomap import outputs

    monkeypatch.setattr(outputs, "_known", {})
    monkeypatch.setattr(outputs, "_SETTLED_NS", -(10**12))  # every file counts as settled
    layer, out = tmp_path / "front.geojson", tmp_path / "out"
    layer.write_text("one", encoding="utf-8")
    out.mkdir()
    first = outputs.file_digest(layer)
    outputs.remember_digests(out, [layer])
    # A later build (another process: nothing in memory) takes the digest up without reading.
    monkeypatch.setattr(outputs, "_known", {})
    read = []
    monkeypatch.setattr(outputs, "_sha256", lambda *a: read.append(a) or "fresh")
    outputs.recall_digests(out)
    assert outputs.file_digest(layer) == first and read == []
    # The same size, the same time of modification, other bytes: the change time tells.
    before = layer.stat()
    # Written until the change time moves on: past the file system clock's tick (what
    # _SETTLED_NS guards against), however coarse it is.
    while layer.stat().st_ctime_ns == before.st_ctime_ns:
        time.sleep(0.01)
        layer.write_text("two", encoding="utf-8")
    os.utime(layer, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert layer.stat().st_size == before.st_size
    assert layer.stat().st_mtime_ns == before.st_mtime_ns
    assert outputs.file_digest(layer) == "fresh" and len(read) == 1


@pytest.mark.parametrize("text", ["", "[]", '{"version": 1, "files": {"x": [1, 2]}}', "{"])
def test_a_record_of_digests_that_cannot_be_read_is_none(tmp_path, monkeypatch, text):
    from geomap import outputs

    monkeypatch.setattr(outputs, "_known", {})
    (tmp_path / outputs.DIGESTS).write_text(text, encoding="utf-8")
    outputs.recall_digests(tmp_path)
    assert outputs._known == {}


def test_a_file_changed_just_before_it_was_hashed_is_not_remembered(tmp_path, monkeypatch):
    from geomap import outputs

    monkeypatch.setattr(outputs, "_known", {})
    fresh = tmp_path / "front.geojson"
    fresh.write_text("one", encoding="utf-8")
    outputs.file_digest(fresh)
    assert outputs._known == {}  # it could change again within the same tick of the clock


def test_an_output_edited_by_hand_makes_the_build_stale(tmp_path: Path):
    fp = {"geomap": "1", "inputs": {}, "options": {}}
    with OutputSet(tmp_path, fingerprint=fp) as outputs:
        outputs.write_text("a.csv", "x")
    assert up_to_date(tmp_path, fp) == [tmp_path / "a.csv"]
    assert up_to_date(tmp_path, {**fp, "geomap": "2"}) is None
    (tmp_path / "a.csv").write_text("edited", encoding="utf-8")
    assert up_to_date(tmp_path, fp) is None
    os.remove(tmp_path / "a.csv")
    assert up_to_date(tmp_path, fp) is None


def test_no_tooltip_drops_the_hedge(regions):
    from geomap.render.interactive import tooltip_html

    control = _control(
        regions,
        [
            Figure(
                region_code="UA-09",
                region="Luhansk",
                as_of=DAY,
                controlled_pct=99.0,
                qualifier="about",
                quote="q",
            )
        ],
    )
    row = next(r for r in control.itertuples() if r.code == "UA-09")
    lines = tooltip_html(row).split("<br>")
    assert "Under Russian control: <b>about 99%</b>" in lines
    assert not math.isnan(row.controlled_pct)


def test_changes_in_full():
    first, second = dt.date(2025, 1, 1), dt.date(2025, 2, 1)
    assert changes_markdown(
        {first: [Figure(region_code="UA-14", region="Donetsk", as_of=first, controlled_pct=60.0)]}
    ) == ("# Changes\n\nOnly one snapshot of figures (2025-01-01): nothing to compare yet.\n")
    history = carry_forward(
        {
            first: [
                Figure(region_code="UA-14", region="Donetsk", as_of=first, controlled_pct=60.0),
                Figure(region_code="UA-09", region="Luhansk", as_of=first, controlled_pct=99.0),
            ],
            second: [
                Figure(
                    region_code="UA-14",
                    region="Donetsk",
                    as_of=second,
                    controlled_pct=70.0,
                    qualifier="about",
                    claimed=True,
                    source="ISW",
                    quote="q|x",
                ),
                Figure(
                    region_code="UA-65",
                    region="Kherson",
                    as_of=second,
                    controlled_pct=None,
                    claimed=True,
                    quote="claimed",
                ),
            ],
        }
    )
    assert changes_markdown(history) == (
        "# Changes from 2025-01-01 to 2025-02-01\n"
        "\n"
        "| region | 2025-01-01 | 2025-02-01 | source |\n"
        "| --- | --- | --- | --- |\n"
        "| Donetsk (UA-14) | 60% | ≈70%, claimed | ISW: “q\\|x” |\n"
        "| Kherson (UA-65) | no figure | no share, claimed | “claimed” |\n"
    )
    same = {first: history[second], second: history[second]}
    assert changes_markdown(same) == (
        "# Changes from 2025-01-01 to 2025-02-01\n\nNo region's figure changed.\n"
    )


def test_publishing_removes_only_the_outputs_no_longer_made(tmp_path: Path):
    fp = {"geomap": "1", "inputs": {}, "options": {}}
    with OutputSet(tmp_path, fingerprint=fp) as outputs:
        outputs.write_text("a.csv", "a")
        outputs.write_text("old.pdf", "old")
    (tmp_path / "mine.txt").write_text("the user's", encoding="utf-8")
    with OutputSet(tmp_path, fingerprint=fp) as outputs:
        outputs.write_text("a.csv", "a2")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "manifest.json", "mine.txt"]
    manifest = (tmp_path / "manifest.json").read_text(encoding="utf-8")
    assert json.loads(manifest) == {
        "fingerprint": fp,
        "outputs": {"a.csv": hashlib.sha256(b"a2").hexdigest()},
    }
    assert manifest.startswith('{\n  "fingerprint": {\n    "geomap": "1",')  # sorted, indented
    assert stat.S_IMODE((tmp_path / "manifest.json").stat().st_mode) == 0o644


def test_publish_returns_the_published_paths(tmp_path: Path):
    outputs = OutputSet(tmp_path)
    with outputs:
        outputs.write_text("b.csv", "b")
        outputs.write_text("a.csv", "a")
        assert outputs.names == ["b.csv", "a.csv"]
    assert not (tmp_path / "manifest.json").exists()  # no fingerprint, no manifest
    with OutputSet(tmp_path) as again:
        again.write_text("c.csv", "c")
        assert again.publish() == [tmp_path / "c.csv"]


def test_a_curated_row_is_read_field_by_field():
    (figure,) = parse_figures(
        f'{HEADER}\n2025-02-18,,Lugansk,100,about,yes,reported,ISW,"Russia holds it, all"\n'
    )
    assert figure == Figure(
        region_code="UA-09", region="Luhansk", as_of=DAY, controlled_pct=100.0,
        qualifier="about", claimed=True, basis="reported", source="ISW",
        quote="Russia holds it, all",
    )  # fmt: skip
    assert figure.to_row() == {
        "as_of": "2025-02-18", "region_code": "UA-09", "region": "Luhansk",
        "controlled_pct": "100", "qualifier": "about", "claimed": "true", "basis": "reported",
        "source": "ISW", "quote": "Russia holds it, all",
    }  # fmt: skip
    (unclaimed,) = parse_figures(f"{HEADER}\n2025-02-18,UA-09,,,,no,,,\n")
    assert (unclaimed.claimed, unclaimed.controlled_pct, unclaimed.to_row()["claimed"]) == (
        False, None, "false",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("2025-02-30,UA-09,,99,,,,,",
         "f.csv:2: as_of: '2025-02-30' is not a date; write it as YYYY-MM-DD"),
        ("2025-02-18,UA-09,,101,,,,,",
         "f.csv:2: controlled_pct: 101 is outside 0–100; give a share from 0 to 100, or leave it empty"),
        ("2025-02-18,UA-09,,x,,,,,",
         "f.csv:2: controlled_pct: 'x' is not a number; give a share from 0 to 100, or leave it empty"),
        ("2025-02-18,UA-09,,99,,maybe,,,",
         "f.csv:2: claimed: 'maybe' is not a boolean; write true or false"),
        ("2025-02-18,UA-09,,,,,,,",
         "f.csv:2: the row has neither a controlled_pct nor a claimed value; give a share, say "
         "true or false under claimed, or delete the row"),
        ("2025-02-18,UA-09,,99,,,,,\n2025-02-18,UA-09,,98,,,,,",
         "f.csv:3: region_code: UA-09 appears twice for 2025-02-18 (first on line 2); keep one "
         "row per region and date"),
        ("2025-02-18,UA-09,,99,,,,",
         "f.csv:2: expected 9 fields; check the commas and quotes on that line"),
    ],
)  # fmt: skip
def test_every_bad_row_is_named_with_its_fix(body, message):
    from geomap.errors import FiguresError

    with pytest.raises(FiguresError) as caught:
        parse_figures(f"{HEADER}\n{body}\n", name="f.csv")
    assert str(caught.value) == message


def test_a_binary_figures_file_is_named():
    from geomap.errors import FiguresError

    with pytest.raises(FiguresError) as caught:
        parse_figures("a\x00b", name="f.csv")
    assert str(caught.value) == "f.csv: is a binary file, not CSV; give a figures CSV file"


def test_a_curated_row_with_the_extracted_quote_keeps_its_place_in_the_text():
    from geomap.figures import merge

    extracted = Figure(region_code="UA-14", region="Donetsk", as_of=DAY, controlled_pct=70.0, quote="q", document="a.txt", span=(3, 9),
                       claim_quote="c")  # fmt: skip
    kept = merge(
        [extracted],
        [
            Figure(
                region_code="UA-14",
                region="Donetsk",
                as_of=DAY,
                controlled_pct=71.0,
                basis="manual",
                quote="q",
            )
        ],
    )
    assert [(f.controlled_pct, f.document, f.span, f.claim_quote) for f in kept] == [
        (71.0, "a.txt", (3, 9), "c")
    ]
    other = merge(
        [extracted],
        [
            Figure(
                region_code="UA-14", region="Donetsk", as_of=DAY, controlled_pct=71.0, quote="other"
            )
        ],
    )
    assert [(f.document, f.span) for f in other] == [("", None)]


@pytest.mark.parametrize(
    ("change", "since", "text"),
    [
        (5.0, DAY, "+5 pp since 2025-02-18"),
        (-3.46, DAY, "−3.5 pp since 2025-02-18"),
        (0.04, DAY, ""),
        (0.4, DAY, "+0.4 pp since 2025-02-18"),
        (0.6, DAY, "+0.6 pp since 2025-02-18"),
        (-0.6, DAY, "−0.6 pp since 2025-02-18"),
        (float("nan"), DAY, ""),
        (None, DAY, ""),
        (5.0, None, ""),
    ],
)
def test_a_change_says_how_much_and_since_when(change, since, text):
    assert style.change_text(change, since) == text


def test_a_label_with_its_change_and_a_claim_without_a_share(regions):
    previous = (
        dt.date(2025, 1, 1),
        [
            Figure(
                region_code="UA-65",
                region="Kherson",
                as_of=dt.date(2025, 1, 1),
                controlled_pct=70.0,
            )
        ],
    )
    control = _control(
        regions,
        [Figure(region_code="UA-65", region="Kherson", as_of=DAY, controlled_pct=75.0, qualifier="about"), Figure(region_code="UA-23", region="Zaporizhzhia", as_of=DAY,
                                                                controlled_pct=None, claimed=True)],
        previous=previous,
    )  # fmt: skip
    rows = {r.code: r for r in control.itertuples()}
    assert style.label(rows["UA-65"]) == "Kherson\n≈75%\n(+5 pp)"
    # The footer says since when: the date the earlier figure was reported.
    from geomap.control import totals

    assert style.texts(control, totals(control)).change_note == (
        "(±pp): change since the region's previous figure, of 1 January 2025"
    )
    assert style.label(rows["UA-23"]) == "Zaporizhzhia\n(claimed)"
    assert style.label(rows["UA-46"]) == ""


def test_the_footer_names_who_gave_the_figures(regions):
    from geomap.control import totals

    figures = [
        Figure(
            region_code="UA-14",
            region="Donetsk",
            as_of=DAY,
            controlled_pct=70.0,
            source="ISW",
            document="a.txt",
        ),
        Figure(
            region_code="UA-09",
            region="Luhansk",
            as_of=DAY,
            controlled_pct=99.0,
            source="ISW",
            document="b.txt",
        ),
        Figure(
            region_code="UA-65",
            region="Kherson",
            as_of=DAY,
            controlled_pct=75.0,
            source="c.txt",
            document="c.txt",
        ),
    ]
    control = _control(regions, figures)
    words = style.texts(control, totals(control))
    assert words.source == (
        "Figures: ISW, as reported in “b.txt” and “a.txt”; “c.txt” (unattributed)"
    )
    assert words.title == "Ukraine: territory Russia claims and territory it controls"
    assert (
        words.subtitle
        == "Share of each region under Russian control, figures as of 18 February 2025"
    )
    assert words.earlier_note == "" and words.inferred_note == "" and words.range_note == ""
    none = _control(
        regions,
        [
            Figure(
                region_code="UA-65", region="Kherson", as_of=DAY, controlled_pct=None, claimed=True
            )
        ],
    )
    assert style.texts(none, totals(none)).source == "Figures: none reported"


@pytest.mark.parametrize(
    ("pct", "index"),
    [(0.0, 0), (12.4, 0), (12.5, 1), (37.4, 1), (37.5, 2), (62.4, 2), (62.5, 3), (87.4, 3),
     (87.5, 4), (100.0, 4), (None, None), (float("nan"), None)],
)  # fmt: skip
def test_each_share_falls_in_its_class(pct, index):
    assert style.class_index(pct) == index
    assert style.fill(pct) == (style.NO_FIGURE if index is None else style.PALETTE[index])


def test_the_fingerprint_in_full(tmp_path: Path):
    from importlib.metadata import version

    import geomap
    from geomap.outputs import code_digest

    a = tmp_path / "a.txt"
    a.write_text("a", encoding="utf-8")
    assert fingerprint([a], {"dpi": 200}) == {
        "geomap": version("geomap"),
        "code": code_digest(Path(geomap.__file__).parent),
        "inputs": {str(a): hashlib.sha256(b"a").hexdigest()},
        "options": {"dpi": 200},
    }


def test_outputs_go_into_a_new_nested_folder_or_say_why_not(tmp_path: Path):
    from geomap.errors import OutputError
    from geomap.outputs import ensure_writable

    ensure_writable(tmp_path / "a" / "b")
    assert (tmp_path / "a" / "b").is_dir() and not list((tmp_path / "a" / "b").iterdir())
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        ensure_writable(blocker / "out")
    assert str(caught.value).endswith(
        "cannot write outputs here (Not a directory); choose another folder with --out or fix "
        "its permissions"
    )
    assert str(caught.value).startswith(f"{blocker / 'out'}: ")


def test_changes_name_a_figure_that_is_gone_an_inferred_one_and_a_range():
    first, second = dt.date(2025, 1, 1), dt.date(2025, 2, 1)
    history = {
        first: [
            Figure(region_code="UA-09", region="Luhansk", as_of=first, controlled_pct=99.0,
                   source="ISW", quote="q"),
        ],
        second: [
            Figure(region_code="UA-43", region="Crimea", as_of=second, controlled_pct=100.0,
                   basis="inferred", claimed=True),
            Figure(region_code="UA-14", region="Donetsk", as_of=second, controlled_pct=84.0,
                   pct_range=(83.0, 85.0)),
        ],
    }  # fmt: skip
    assert changes_markdown(history).splitlines()[4:] == [
        "| Luhansk (UA-09) | 99% | no figure |  |",
        "| Donetsk (UA-14) | no figure | 83–85% |  |",
        "| Crimea (UA-43) | no figure | 100%*, claimed |  |",
    ]


def test_changes_show_input_text_as_typed():
    first, second = dt.date(2025, 1, 1), dt.date(2025, 2, 1)
    history = {
        first: [Figure(region_code="UA-14", region="Donetsk", as_of=first, controlled_pct=60.0)],
        second: [
            Figure(region_code="UA-14", region="Donetsk", as_of=second, controlled_pct=70.0,
                   source="<b>ISW</b> & co", quote="<img src=x onerror=alert(1)>"),
        ],
    }  # fmt: skip
    assert changes_markdown(history).splitlines()[-1] == (
        "| Donetsk (UA-14) | 60% | 70% | &lt;b&gt;ISW&lt;/b&gt; &amp; co: "
        "“&lt;img src=x onerror=alert(1)&gt;” |"
    )


def test_a_change_is_measured_from_the_date_the_earlier_figure_was_reported(tmp_path):
    from geomap.boundaries import load_regions
    from geomap.figures import carry_forward
    from geomap.reports import changes_markdown
    from geomap.snapshot import series
    from geomap.style import label

    first, second, third = dt.date(2025, 2, 18), dt.date(2025, 6, 1), dt.date(2025, 9, 1)
    history = carry_forward({
        first: [Figure(region_code="UA-14", region="Donetsk", as_of=first, controlled_pct=70.0)],
        second: [Figure(region_code="UA-65", region="Kherson", as_of=second, controlled_pct=75.0)],
        third: [Figure(region_code="UA-14", region="Donetsk", as_of=third, controlled_pct=75.0,
                       qualifier="nearly")],
    })  # fmt: skip
    snaps = series(history, load_regions())
    donetsk = next(snaps[-1].frame[snaps[-1].frame.code == "UA-14"].itertuples())
    assert label(donetsk) == "Donetsk\n<75%\n(+5 pp)"
    # Since the date the 70% was reported, not the snapshot it was carried into.
    assert snaps[-1].texts.change_note == (
        "(±pp): change since the region's previous figure, of 18 February 2025"
    )
    # In the second snapshot Donetsk's figure is carried forward: no change is shown.
    carried = next(snaps[1].frame[snaps[1].frame.code == "UA-14"].itertuples())
    assert label(carried) == "Donetsk\n70%"
    text = changes_markdown(history)
    assert "| Donetsk (UA-14) | 70% (reported 2025-02-18) | &lt;75% |" in text


def test_the_tooltips_of_a_three_snapshot_history():
    from geomap.boundaries import load_regions
    from geomap.figures import carry_forward
    from geomap.render.interactive import tooltip_html
    from geomap.snapshot import series

    first, second, third = dt.date(2025, 2, 18), dt.date(2025, 6, 1), dt.date(2025, 9, 1)
    history = carry_forward({
        first: [Figure(region_code="UA-14", region="Donetsk", as_of=first, controlled_pct=70.0),
                Figure(region_code="UA-09", region="Luhansk", as_of=first, controlled_pct=99.0)],
        second: [Figure(region_code="UA-65", region="Kherson", as_of=second, controlled_pct=75.0)],
        third: [Figure(region_code="UA-14", region="Donetsk", as_of=third, controlled_pct=75.0,
                       qualifier="nearly")],
    })  # fmt: skip
    frame = series(history, load_regions())[-1].frame.set_index("code", drop=False)
    donetsk = tooltip_html(next(frame.loc[["UA-14"]].itertuples()))
    assert "Change: +5 pp since 2025-02-18" in donetsk and "carried forward" not in donetsk
    luhansk = tooltip_html(next(frame.loc[["UA-09"]].itertuples()))
    assert "Reported on 18 February 2025, carried forward" in luhansk and "Change" not in luhansk
    kherson = tooltip_html(next(frame.loc[["UA-65"]].itertuples()))
    assert "Reported on 1 June 2025, carried forward" in kherson


@pytest.mark.parametrize(
    ("pct", "qualifier", "cls"),
    [
        (75, "", 3), (75, "about", 3), (75, "over", 3), (75, "at least", 3),
        (75, "nearly", 2), (75, "almost", 2), (75, "under", 2), (75, "up to", 2),
        (74, "", 2), (95, "nearly", 3), (25, "less than", 0), (100, "nearly", 4), (0, "", 0),
    ],
)  # fmt: skip
def test_a_hedged_share_is_classed_by_what_the_hedge_says(pct, qualifier, cls):
    from geomap import style

    # Breaks on common figures (the default ones sit between them), where the hedge decides.
    with style.using(style.Look(breaks=(0, 25, 50, 75, 95, 100))):
        assert style.class_index(pct, qualifier) == cls
        assert style.fill(pct, qualifier) == style.PALETTE[cls]


def test_the_label_and_the_fill_agree_on_the_map():
    from geomap.boundaries import load_regions
    from geomap.render import scene
    from geomap.snapshot import snapshot
    from geomap.style import PALETTE, Look, using

    day = dt.date(2025, 9, 1)
    nearly = Figure(region_code="UA-14", region="Donetsk", as_of=day, controlled_pct=75.0,
                    qualifier="nearly")  # fmt: skip
    with using(Look(breaks=(0, 25, 50, 75, 95, 100))):
        report = scene.report(snapshot([nearly], load_regions(), as_of=day))
    donetsk = next(r for r in report.regions if r.code == "UA-14")
    assert donetsk.label == "Donetsk\n<75%" and donetsk.fill == PALETTE[2]  # 50 to under 75


@pytest.mark.parametrize(
    ("value", "area", "pct", "qualifier", "label", "text"),
    [
        (21345.75, 28461, 75, "roughly", "", "about 21,000 km²"),
        (266.8, 26684, 99, "about", "", "about 270 km²"),
        (18561.9, 26517, 70, "", "", "about 18,600 km²"),
        (17687.0, 26517, 66.7, "", "66.7", "about 17,690 km²"),
        (22341.0, 26517, 84, "", "83–85", "about 22,000 km²"),
        (26081.0, 26081, 100, "", "", "26,081 km²"),
        (0.0, 26684, 0, "", "", "0 km²"),
        (float("nan"), 26684, float("nan"), "", "", "unknown"),
    ],
)
def test_km2_are_rounded_to_what_the_share_supports(value, area, pct, qualifier, label, text):
    from geomap.style import area_text

    assert area_text(value, area, pct, qualifier, label) == text


def test_the_small_maps_carry_the_shares_so_a_change_within_a_class_shows():
    from geomap.boundaries import load_regions
    from geomap.figures import carry_forward
    from geomap.render import scene
    from geomap.snapshot import series

    first, second = dt.date(2025, 2, 18), dt.date(2025, 3, 1)
    history = carry_forward({
        day: [Figure(region_code="UA-65", region="Kherson", as_of=day, controlled_pct=pct)]
        for day, pct in ((first, 75.0), (second, 80.0))
    })  # fmt: skip
    panels = scene.history(series(history, load_regions())).panels
    assert panels[0].fills == panels[1].fills  # one class: the fill alone would not show it
    assert [text for _, _, text in panels[0].labels] == ["75%"]
    assert [text for _, _, text in panels[1].labels] == ["80%"]
