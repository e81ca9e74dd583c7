"""What a build and `geomap extract` show of their reading: evidence, summaries, explanations."""

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.extract.evidence import COLUMNS
from geomap.figures import COLUMNS as FIGURE_COLUMNS
from geomap.figures import parse_figures

DONETSK = (
    "At the start of the war separatists held 33% of the Donetsk region. "
    "Russia now occupies roughly 81–84% of the Donetsk region, while Ukraine holds 17%. "
    "In the Kherson region, 87% of voters backed joining Russia.\n"
)


def evidence(project) -> list[dict]:
    text = (project / "outputs" / "ukraine_evidence.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_the_build_writes_every_phrase_and_its_decision(run, project):
    (project / "seeds" / "2025-06-01-donetsk.txt").write_text(DONETSK, encoding="utf-8")
    result = run("build", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = evidence(project)
    assert list(rows[0]) == list(COLUMNS)
    mine = {r["phrase"]: r for r in rows if r["document"] == "2025-06-01-donetsk.txt"}
    assert mine["roughly 81–84%"]["decision"] == "used"
    assert "middle" in mine["roughly 81–84%"]["reason"]
    assert mine["33%"]["decision"] == "superseded"
    assert (mine["17%"]["holder"], mine["17%"]["decision"]) == ("Ukraine", "ignored")
    assert mine["87%"]["decision"] == "ignored" and "votes" in mine["87%"]["reason"]
    for row in rows:  # spans point at the phrase in its document
        text = (project / "seeds" / row["document"]).read_text(encoding="utf-8")
        assert text[int(row["start"]) : int(row["end"])] == row["phrase"]
    # One line per text on stderr: figures, claims and percentages passed over
    assert "2025-06-01-donetsk.txt: 1 figure(s), 0 claim(s), 3 percentage(s) passed over" in (
        result.stderr
    )
    stats = (project / "outputs" / "ukraine_control.csv").read_text(encoding="utf-8")
    assert "2025-06-01,UA-14,Donetsk,82.5,roughly,true,reported," in stats


def test_a_curated_row_overrides_and_the_evidence_says_so(run, project):
    path = project / "seeds" / "figures.csv"
    path.write_text(
        ",".join(FIGURE_COLUMNS) + "\n2025-02-18,UA-14,Donetsk,71,,true,manual,me,\n",
        encoding="utf-8",
    )
    assert run("build", "--format", "csv").exit_code == 0
    donetsk = [
        r for r in evidence(project)
        if r["region_code"] == "UA-14" and r["kind"] == "share" and r["decision"] != "ignored"
    ]  # fmt: skip
    assert [(r["decision"], r["reason"]) for r in donetsk] == [
        ("overridden", "a curated row in figures.csv replaces it")
    ]


def test_texts_that_are_not_read_or_give_nothing_are_named(run, project):
    seeds = project / "seeds"
    (seeds / "2025-06-01-notes.odt").write_bytes(b"PK\x03\x04")
    (seeds / "2025-06-02-empty-of-figures.md").write_text(
        "In the Kherson region, 87% of voters backed joining Russia.", encoding="utf-8"
    )
    (seeds / "2025-06-03-upper.TXT").write_text(
        "Russia now occupies 71% of the Donetsk region.", encoding="utf-8"
    )
    result = run("build", "--format", "csv")
    assert result.exit_code == 0, result.output
    err = result.stderr
    assert "seeds/2025-06-01-notes.odt: not read" in err
    assert "seeds/2025-06-02-empty-of-figures.md: no figure or claim found" in err
    assert "1 percentage(s) passed over" in err
    assert "2025-06-03-upper.TXT: 1 figure(s)" in err
    stats = (project / "outputs" / "ukraine_control.csv").read_text(encoding="utf-8")
    assert "2025-06-03,UA-14,Donetsk,71," in stats


def test_extract_explain_prints_every_decision(run, tmp_path):
    path = tmp_path / "2025-06-01-a.txt"
    path.write_text(DONETSK, encoding="utf-8")
    result = run("extract", path, "--explain")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 5  # four shares and one claim phrase
    assert any("roughly 81–84%" in line and "→ used" in line for line in lines)
    assert any("33%" in line and "→ superseded" in line for line in lines)
    assert any(
        "17%" in line and "held by Ukraine" in line and "→ ignored" in line for line in lines
    )
    assert any("claim “joining Russia”" in line and "referendum vote" in line for line in lines)


def test_extract_json_keeps_ranges_and_ukrainian_shares_apart(run, tmp_path):
    path = tmp_path / "2025-06-01-a.txt"
    path.write_text(
        "Russia now occupies roughly 81–84% of the Donetsk region, while Ukraine holds 17%. "
        "Ukraine still holds around 25% of the Zaporizhzhia region.",
        encoding="utf-8",
    )
    data = {
        d["region_code"]: d for d in json.loads(run("extract", path, "--format", "json").stdout)
    }
    assert data["UA-14"]["controlled_pct"] == 82.5
    assert data["UA-14"]["pct_range"] == [81, 84]
    assert data["UA-14"]["defender_pct"] == data["UA-14"]["ukraine_pct"] == 17  # the old key too
    assert (data["UA-23"]["controlled_pct"], data["UA-23"]["defender_pct"]) == (None, 25)
    # The CSV holds what a map can use; the Ukrainian-only share is named on stderr
    result = run("extract", path)
    rows = parse_figures(result.stdout)
    assert [(f.region_code, f.pct_range) for f in rows] == [("UA-14", (81, 84))]
    assert "held by Ukraine in Zaporizhzhia (25%)" in result.stderr


@pytest.mark.parametrize(
    ("cell", "pct", "pct_range"),
    [("83–85", 84, (83, 85)), ("83-85", 84, (83, 85)), ("70", 70, None)],
)
def test_the_figures_file_takes_ranges(cell, pct, pct_range):
    (figure,) = parse_figures(
        ",".join(FIGURE_COLUMNS) + f"\n2025-02-18,UA-14,Donetsk,{cell},about,true,manual,,\n"
    )
    assert (figure.controlled_pct, figure.pct_range) == (pct, pct_range)


@pytest.mark.parametrize("cell", ["85–83", "83–120", "–5"])
def test_a_bad_range_in_the_figures_file_is_an_error(cell):
    from geomap.errors import FiguresError

    with pytest.raises(FiguresError, match="controlled_pct"):
        parse_figures(
            ",".join(FIGURE_COLUMNS) + f"\n2025-02-18,UA-14,Donetsk,{cell},,true,manual,,\n"
        )


def test_explain_lines_up_every_decision():
    from geomap.extract import read_document
    from geomap.extract.evidence import explain

    text = "Russia now occupies 70% of the Donetsk region. Moscow annexed the Kherson region."
    reading = read_document(text, document="t.txt")
    assert explain(reading.evidence) == (
        "t.txt:20  70%                      Donetsk (UA-14) = 70% held by Russia (from “occupies”)  → used\n"
        "t.txt:54  claim “annexed”          Kherson (UA-65) = claimed  → used\n"
    )
    assert explain([]) == ""
    votes = read_document("In the Kherson region 60% of voters backed it.", document="v.txt")
    assert explain(votes.evidence) == (
        "v.txt:22  60%                      no region = 60%  → ignored: "
        "a share of people or votes, not of territory\n"
    )


def test_explain_says_who_holds_a_unit_with_no_share_given():
    from geomap.extract import read_document
    from geomap.extract.evidence import explain

    text = "Russian forces control the Luhansk region. Ukrainian forces still hold the Sumy region."
    reading = read_document(text, document="t.txt")
    assert explain(reading.evidence) == (
        "t.txt:15  held “control”           Luhansk (UA-09) held by Russia, no share given  → used: "
        "held by Russia, no share given\n"
        "t.txt:66  held “hold”              Sumy (UA-59) held by Ukraine, no share given  → used: "
        "held by Ukraine, no share given\n"
    )
    # ... where a share of the unit is given, the share is used
    text = "Russia holds 5% of the Sumy region. Ukrainian forces still hold the Sumy region."
    rows = [(e.decision, e.reason) for e in read_document(text).evidence if e.kind == "held"]
    assert rows == [("superseded", "a share of it held by Russia is given")]
    negated = read_document("Russian forces do not control the Luhansk region.", document="n.txt")
    assert explain(negated.evidence) == (
        "n.txt:22  held “control”           Luhansk (UA-09)  → ignored: negated ('not')\n"
    )


def test_the_json_of_a_figure_has_its_date_span_and_range():
    import datetime as dt

    from geomap.extract import read_document

    text = "Russia now occupies about 81–84% of the Donetsk region."
    (figure,) = read_document(text, as_of=dt.date(2025, 6, 1), document="t.txt").figures
    assert figure.to_json() == {
        "region_code": "UA-14", "region": "Donetsk", "as_of": "2025-06-01",
        "controlled_pct": 82.5, "qualifier": "about", "claimed": None, "basis": "reported",
        "source": "t.txt", "quote": text, "document": "t.txt", "span": [0, len(text)],
        "claim_quote": "", "pct_range": [81.0, 84.0], "defender_pct": None, "ukraine_pct": None,
        "note": "a range, 81–84%: mapped at its middle, 82.5%", "outlet": "", "held": False, "reviewed": "",
        "defender_held": False,
    }  # fmt: skip
    bare = read_document("Russia occupies 70% of the Donetsk region.").figures[0].to_json()
    assert (bare["as_of"], bare["pct_range"]) == (None, None)


@pytest.mark.parametrize(
    ("cell", "pct_range"),
    [("0–100", (0, 100)), ("83%-85%", (83, 85)), ("0.5-1.5", (0.5, 1.5))],
)
def test_ranges_at_the_edges(cell, pct_range):
    (figure,) = parse_figures(
        ",".join(FIGURE_COLUMNS) + f"\n2025-02-18,UA-14,Donetsk,{cell},,true,manual,,\n"
    )
    assert figure.pct_range == pct_range


def test_a_bad_range_says_where_and_how_to_fix_it():
    from geomap.errors import FiguresError

    with pytest.raises(FiguresError) as caught:
        parse_figures(
            ",".join(FIGURE_COLUMNS) + "\n2025-02-18,UA-14,Donetsk,85–83,,true,manual,,\n",
            name="f.csv",
        )
    assert str(caught.value) == (
        "f.csv:2: controlled_pct: '85–83' is not a range within 0–100; "
        "write a range low to high, like 83–85"
    )


def test_figures_without_a_date_name_their_text():
    from geomap.by_date import snapshots
    from geomap.errors import InputError
    from geomap.figures import Figure

    with pytest.raises(InputError) as caught:
        snapshots(
            [
                Figure(
                    region_code="UA-14",
                    region="Donetsk",
                    as_of=None,
                    controlled_pct=70.0,
                    document="undated.txt",
                )
            ]
        )
    assert str(caught.value) == (
        "undated.txt: has figures (UA-14) but no date in its name or its first lines; name the text YYYY-MM-DD-*.txt, or begin it with a line Date: YYYY-MM-DD"
    )


def test_the_evidence_table_row_by_row():
    import datetime as dt

    from geomap.extract import read_document
    from geomap.extract.evidence import evidence_csv

    text = "Russia now holds about 81–84% of the Donetsk region. Moscow annexed the Kherson region."
    reading = read_document(text, as_of=dt.date(2025, 6, 1), document="t.txt")
    assert evidence_csv(reading.evidence).splitlines() == [
        ",".join(COLUMNS),
        "t.txt,2025-06-01,17,29,about 81–84%,share,UA-14,Donetsk,81–84,about,Russia,,used,"
        '"a range, 81–84%: mapped at its middle, 82.5%",'
        "Russia now holds about 81–84% of the Donetsk region.,"
        "Russia now holds about 81–84% of the Donetsk region",
        "t.txt,2025-06-01,60,67,annexed,claim,UA-65,Kherson,,,,true,used,,"
        "Moscow annexed the Kherson region.,",
    ]
    assert evidence_csv([]) == ",".join(COLUMNS) + "\n"


def test_the_evidence_names_the_clause_a_holder_was_read_from():
    from geomap.extract import read_document
    from geomap.extract.evidence import evidence_csv, explain

    text = (
        "Officials met in the capital on Tuesday. Moscow's troops, which entered the region "
        "in 2022, now occupy about 64% of Zaporizhzhia, while Kyiv's forces hold the rest."
    )
    rows = [e for e in read_document(text, document="t.txt").evidence if e.kind == "share"]
    [share] = rows
    assert (share.holder, share.cue, share.decision) == ("Russia", "occupy", "used")
    assert share.clause == "now occupy about 64% of Zaporizhzhia"
    assert evidence_csv(rows).splitlines()[0].endswith(",quote,clause")
    assert "(from “occupy” in “now occupy about 64% of Zaporizhzhia”)" in explain(rows)


@pytest.mark.parametrize(
    ("country", "text", "share"),
    [
        ("testland", "Norland's troops, which crossed the border in 2022, hold about 40% of Alpha.", 40.0),
        ("ukraine", "The Russian army, whose units took the city last year, controls 70% of the Donetsk region.", 70.0),
    ],
)  # fmt: skip
def test_a_time_in_a_relative_clause_is_not_the_figure_s(country, text, share, testland_path):
    """ "which crossed the border in 2022" dates the crossing, not the share held now."""
    import datetime as dt

    from geomap.extract import read_document
    from geomap.profile import load, using

    with using(load(testland_path) if country == "testland" else None):
        figures = read_document(text, as_of=dt.date(2025, 2, 1)).figures
    assert [f.controlled_pct for f in figures] == [share]


def test_the_clause_a_holder_is_read_from_leaves_out_the_asides_around_it():
    from geomap.extract import read_document

    text = (
        "Ukraine holds 30% of the Donetsk region (a strip in the west), while Russian forces, "
        "backed by artillery, occupy 70% of it."
    )
    rows = read_document(text, document="t.txt").evidence
    assert [(e.clause, e.holder) for e in rows] == [
        ("Ukraine holds 30% of the Donetsk region", "Ukraine"),
        ("while Russian forces occupy 70% of it", "Russia"),
    ]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # after the verb, a list and the clause going on are kept whole
        ("In the Zaporizhzhia region, Russia controls about 70 percent of the territory, "
         "including the cities of Melitopol, Berdiansk and Enerhodar.",
         "In the Zaporizhzhia region, Russia controls about 70 percent of the territory, "
         "including the cities of Melitopol, Berdiansk and Enerhodar"),
        ("Russia holds 70% of the Donetsk region, saying these places, like Crimea, are lost.",
         "Russia holds 70% of the Donetsk region, saying these places, like Crimea, are lost"),
    ],
)  # fmt: skip
def test_the_clause_after_the_verb_is_shown_whole(text, clause):
    from geomap.extract import read_document

    (row,) = read_document(text, document="t.txt").evidence
    assert row.clause == clause


def test_the_clause_keeps_the_names_in_brackets_its_figures_are_of():
    from geomap.extract import read_document

    text = "Russia controls 99% (Luhansk), 70% (Donetsk) and 75% (Zaporizhzhia)."
    rows = read_document(text, document="t.txt").evidence
    assert {e.clause for e in rows} == {text.rstrip(".")}


def test_a_possessive_source_names_its_body():
    from geomap.extract import read_document

    text = "According to Ukraine's general staff, Russia occupies 70% of the Donetsk region."
    (figure,) = read_document(text, document="t.txt").figures
    assert figure.source == "Ukraine's general staff"


_SENTENCES = [
    "Russia now occupies roughly 81–84% of the Donetsk region, while Ukraine holds 17%.",
    "Moscow says it holds 90% of the Zaporizhzhia region.",
    "Kyiv disputes this.",
    "Russian forces hold 99% of Luhansk.",
    "Ukraine says Russia holds only 80% of Luhansk.",  # two sources apart: both disputed
    "Russia claims the Kherson region.",
    "Russia annexed Crimea in 2014.",
    "Prices rose 20% last year.",
    "\n\nIn the Kherson region, 87% of voters backed joining Russia.",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=12))
def test_a_reading_without_its_evidence_gives_the_same_figures(sentences):
    """`geomap extract` (without --explain) reads without making evidence rows: its figures,
    their notes and its summary are those of the reading with them."""
    from geomap.extract import read_document

    text = " ".join(sentences)
    full = read_document(text, document="t.txt")
    bare = read_document(text, document="t.txt", evidence=False)
    assert bare.figures == full.figures
    assert [s.line() for s in bare.summaries] == [s.line() for s in full.summaries]
    assert bare.evidence == []


@pytest.mark.parametrize("evidence", [True, False])
def test_the_warnings_of_a_reading_with_or_without_its_evidence(caplog, evidence):
    """What the reading warns of (two sides' figures that cannot both be true, a disputed
    figure) it warns of whether or not it makes evidence rows."""
    from geomap.extract import read_document

    text = (
        "Russia holds 90% of the Donetsk region. Ukraine still holds 40% of the Donetsk region. "
        "Moscow says it holds 80% of Zaporizhzhia, a claim Kyiv denies."
    )
    with caplog.at_level("WARNING"):
        read_document(text, document="t.txt", evidence=evidence)
    assert "cannot both be true, none mapped: Donetsk" in caplog.text
    assert "disputes: Zaporizhzhia" in caplog.text


def test_the_evidence_of_a_statement_of_holding_names_its_clause_and_holder(sudan):
    from geomap.extract import read_document
    from geomap.extract.evidence import evidence_csv, explain

    text = (
        "Talks resumed in Jeddah. The army, backed by allied militias, retook Gezira State in "
        "January, while the RSF holds West Darfur."
    )
    rows = [e for e in read_document(text, document="t.txt").evidence if e.kind == "held"]
    assert [(e.region_code, e.holder, e.cue, e.clause) for e in rows] == [
        ("SD-GZ", "the army", "retook", "The army retook Gezira State in January"),
        ("SD-DW", "RSF", "holds", "while the RSF holds West Darfur"),
    ]
    assert evidence_csv(rows).splitlines()[1].endswith(",The army retook Gezira State in January")
    assert "no share given (from “The army retook Gezira State in January”)" in explain(rows)
