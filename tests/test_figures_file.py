"""The curated figures file: what it accepts, and the exact one-line error for what it refuses.

In-process (no CLI), so each case is judged in milliseconds; tests/test_bad_input.py runs the same
kinds of mistakes through the command line.
"""

import datetime as dt
from pathlib import Path

import pytest

from geomap.dates import parse_date
from geomap.errors import FiguresError, InputError
from geomap.figures import (
    COLUMNS,
    Figure,
    figures_to_csv,
    load_figures,
    parse_figures,
)

HEADER = ",".join(COLUMNS)
DAY = dt.date(2025, 2, 18)
MUST = "the header must be " + HEADER


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("as_of,region_code\n", "figures.csv:1: missing column(s) region, controlled_pct, "
         "qualifier, claimed, basis, source, quote; " + MUST),
        (HEADER + ",note\n", "figures.csv:1: unknown column(s) 'note'; " + MUST),
        (HEADER + ",quote\n", "figures.csv:1: column(s) given twice: quote; " + MUST),
        ("as_of,region_code,region,extra\n", "figures.csv:1: missing column(s) controlled_pct, "
         "qualifier, claimed, basis, source, quote; unknown column(s) 'extra'; " + MUST),
        ('"as_of,region_code\n', "figures.csv:1: malformed CSV header (unexpected end of data)"),
        (HEADER + '\n2025-02-18,UA-09,Luhansk,"70,,,,,\n',
         "figures.csv:2: malformed CSV (unexpected end of data); check the quotes"),
        (HEADER + "\n2025-02-18,UA-09,Luhansk,70,,,guess,,\n",
         "figures.csv:2: basis: 'guess' is not a known basis; use reported, inferred, manual"),
        (HEADER + "\n2025-02-18,UA-14,Donetsk,85–85,,,,,\n",
         "figures.csv:2: controlled_pct: '85–85' is not a range within 0–100; "
         "write a range low to high, like 83–85"),
        (HEADER + "\n2025-02-18,UA-14,Donetsk,90–101,,,,,\n",
         "figures.csv:2: controlled_pct: '90–101' is not a range within 0–100; "
         "write a range low to high, like 83–85"),
    ],
)  # fmt: skip
def test_each_mistake_has_its_message(tmp_path: Path, body, message):
    path = tmp_path / "figures.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(FiguresError) as info:
        load_figures(path)
    assert str(info.value) == f"{tmp_path}/{message}"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.mkdir(), "is a folder, not a figures file; give a CSV file"),
        (
            lambda p: p.write_bytes(b"\x00\x01binary\x00"),
            "is a binary file, not CSV; give a CSV file",
        ),
    ],
)
def test_a_file_that_is_not_a_csv_is_named(tmp_path: Path, make, message):
    path = tmp_path / "figures.csv"
    make(path)
    with pytest.raises(InputError) as info:
        load_figures(path)
    assert str(info.value) == f"{path}: {message}"


def test_percent_signs_ranges_and_blank_lines_are_read(tmp_path: Path):
    path = tmp_path / "figures.csv"
    path.write_text(
        HEADER + "\n2025-02-18,UA-09,Luhansk,70%,,,,,\n,,,,,,,,\n\n"
        "2025-02-18,UA-14,Donetsk,83%–85%,about,,,,\n",
        encoding="utf-8",
    )
    figures = load_figures(path)
    assert [(f.region_code, f.controlled_pct, f.pct_range) for f in figures] == [
        ("UA-09", 70.0, None),
        ("UA-14", 84.0, (83.0, 85.0)),
    ]
    assert figures[1].pct_text == "83–85"


def test_an_undated_figure_has_no_date_in_its_row_or_json():
    figure = Figure(region_code="UA-09", region="Luhansk", controlled_pct=70.0)
    assert figure.to_row()["as_of"] == ""
    data = figure.to_json()
    assert (data["as_of"], data["span"], data["pct_range"]) == (None, None, None)
    spanned = Figure(region_code="UA-09", region="Luhansk", as_of=dt.date(2025, 2, 18), span=(3, 9))
    assert (spanned.to_json()["as_of"], spanned.to_json()["span"]) == ("2025-02-18", [3, 9])


@pytest.mark.parametrize("text", ["2025-2-18", "2025-02-18T00", "2025-W07-2", "20250218"])
def test_a_date_not_written_yyyy_mm_dd_is_refused(text):
    with pytest.raises(ValueError, match=f"^{text}$"):
        parse_date(text)


def test_minus_zero_is_zero():
    from geomap.figures import format_pct

    assert [format_pct(v) for v in (-0.0, 0.0, -0.04, 66.66, 99.0)] == ["0", "0", "0", "66.7", "99"]


@pytest.mark.parametrize(("cell", "written"), [("66.7", "66.7"), ("99.5", "99.5"), ("0", "0")])
def test_shares_keep_their_decimals_and_zero_is_a_share(cell, written):
    (figure,) = parse_figures(f"{HEADER}\n2025-02-18,UA-09,Luhansk,{cell},,,manual,,\n")
    assert figure.controlled_pct == float(cell)
    assert figures_to_csv([figure]).splitlines()[1].split(",")[3] == written


def test_an_empty_basis_is_manual():
    (figure,) = parse_figures(f"{HEADER}\n2025-02-18,UA-09,Luhansk,99,,,,,\n")
    assert figure.basis == "manual"


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
        "source": "ISW", "quote": "Russia holds it, all", "reviewed": "",
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
         "f.csv:2: the row has neither a controlled_pct nor a claimed value; give a share (or "
         "held, or defended), say true or false under claimed, or delete the row"),
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
    from geomap.by_date import merge

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
    ("row", "warning"),
    [
        ("2025-02-18,UA-14,,0.05,,,manual,,", "controlled_pct 0.05 is read as 0.05%; if the source said 5%, write 5"),
        ("2025-02-18,UA-14,,75,about,,reported,ISW,Russia holds about 70% of the region.", "the quote gives 70%, the row 75%; is the quote this figure's?"),
    ],
)  # fmt: skip
def test_a_row_that_is_valid_but_doubtful_is_warned_of(row, warning, caplog):
    import logging

    with caplog.at_level(logging.WARNING):
        (figure,) = parse_figures(f"{HEADER}\n{row}\n", name="f.csv")
    assert figure.region_code == "UA-14"
    assert f"f.csv:2: {warning}" in caplog.messages


@pytest.mark.parametrize(
    "row",
    [
        "2025-02-18,UA-14,,1,,,manual,,",  # one per cent, written as such
        "2025-02-18,UA-14,,75,about,,reported,ISW,Russia holds about 75 per cent of it.",
        "2025-02-18,UA-14,,84,,,reported,ISW,Russia holds 83–85% of it.",
    ],
)
def test_a_row_that_agrees_with_itself_is_not_warned_of(row, caplog):
    import logging

    with caplog.at_level(logging.WARNING):
        parse_figures(f"{HEADER}\n{row}\n", name="f.csv")
    assert caplog.messages == []
