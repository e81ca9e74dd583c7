import datetime as dt

import pytest

from geomap.by_date import merge, snapshots
from geomap.errors import FiguresError
from geomap.figures import COLUMNS, Figure, figures_to_csv, parse_figures

HEADER = ",".join(COLUMNS)
GOOD = "2025-02-18,UA-09,Luhansk,99,about,true,reported,ISW,quote"


def test_round_trip():
    figures = parse_figures(f"{HEADER}\n{GOOD}\n2025-02-18,,Kherson,75,roughly,yes,manual,,\n")
    assert [(f.region_code, f.controlled_pct, f.claimed) for f in figures] == [
        ("UA-09", 99.0, True),
        ("UA-65", 75.0, True),
    ]
    assert parse_figures(figures_to_csv(figures)) == figures


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            "2025-02-18,UA-99,Nowhere,50,,false,reported,,",
            r"<f>:2: region_code: unknown region code",
        ),
        ("2025-02-18,,Luhanks,50,,false,reported,,", r"<f>:2: region: .*did you mean Luhansk"),
        (
            "2025-02-18,UA-09,Luhansk,120,,false,reported,,",
            r"<f>:2: controlled_pct: 120 is outside 0–100",
        ),
        ("2025-02-18,UA-09,Luhansk,-1,,false,reported,,", r"<f>:2: controlled_pct: -1 is outside"),
        (
            "2025-02-18,UA-09,Luhansk,lots,,false,reported,,",
            r"<f>:2: controlled_pct: 'lots' is not a number",
        ),
        (
            "2025-02-18,UA-09,Luhansk,nan,,false,reported,,",
            r"<f>:2: controlled_pct: 'nan' is not a number",
        ),
        (
            "18/02/2025,UA-09,Luhansk,50,,false,reported,,",
            r"<f>:2: as_of: '18/02/2025' is not a date",
        ),
        (
            "2025-02-30,UA-09,Luhansk,50,,false,reported,,",
            r"<f>:2: as_of: '2025-02-30' is not a date",
        ),
        (
            "2025-02-18,UA-09,Luhansk,50,,maybe,reported,,",
            r"<f>:2: claimed: 'maybe' is not a boolean",
        ),
        (
            "2025-02-18,UA-09,Luhansk,50,,true,guessed,,",
            r"<f>:2: basis: 'guessed' is not a known basis",
        ),
        ("2025-02-18,UA-09,Luhansk,,,,reported,,", r"<f>:2: the row has neither"),
        ("2025-02-18,UA-09,Luhansk,50,,true,reported,,,extra", r"<f>:2: expected 9 fields"),
        ("2025-02-18,UA-09,Luhansk,50", r"<f>:2: expected 9 fields"),
    ],
)
def test_bad_rows_name_file_line_and_field(row, message):
    with pytest.raises(FiguresError, match=message):
        parse_figures(f"{HEADER}\n{row}\n", name="<f>")


def test_duplicate_region_and_date():
    text = f"{HEADER}\n{GOOD}\n2025-02-18,UA-09,Lugansk,98,,true,manual,,\n"
    with pytest.raises(FiguresError, match=r"<f>:3: region_code: UA-09 appears twice .*line 2"):
        parse_figures(text, name="<f>")


def test_same_region_on_two_dates_is_fine():
    text = f"{HEADER}\n{GOOD}\n2025-03-18,UA-09,Luhansk,99.5,,true,manual,,\n"
    assert len(parse_figures(text)) == 2


def test_missing_and_unknown_columns():
    with pytest.raises(
        FiguresError, match=r"<f>:1: missing column\(s\) quote; unknown column\(s\) 'note'"
    ):
        parse_figures(HEADER.replace("quote", "note") + "\n", name="<f>")


def test_bad_quoting():
    with pytest.raises(FiguresError, match="<f>:2"):
        parse_figures(
            f'{HEADER}\n2025-02-18,UA-09,Luhansk,99,,true,reported,ISW,"open\n', name="<f>"
        )


def test_curated_rows_override_extracted_ones():
    day = dt.date(2025, 2, 18)
    extracted = [
        Figure(region_code="UA-09", region="Luhansk", as_of=day, controlled_pct=99.0),
        Figure(region_code="UA-14", region="Donetsk", as_of=day, controlled_pct=70.0),
    ]
    curated = [
        Figure(
            region_code="UA-14", region="Donetsk", as_of=day, controlled_pct=72.0, basis="manual"
        )
    ]
    merged = {f.region_code: f.controlled_pct for f in merge(extracted, curated)}
    assert merged == {"UA-09": 99.0, "UA-14": 72.0}


def test_a_unit_held_by_either_side_with_no_share_given_round_trips():
    rows = (
        f"{HEADER}\n2025-02-18,UA-09,Luhansk,held,,,reported,,\n"
        "2025-02-18,UA-63,Kharkiv,Defended,,,reported,,\n"
    )
    figures = parse_figures(rows)
    assert [(f.region_code, f.held, f.defender_held, f.mappable) for f in figures] == [
        ("UA-09", True, False, True),
        ("UA-63", False, True, True),
    ]
    assert figures_to_csv(figures).splitlines()[2].startswith("2025-02-18,UA-63,Kharkiv,defended,")
    assert parse_figures(figures_to_csv(figures)) == figures


def test_a_later_statement_of_who_holds_a_unit_is_not_hidden_by_an_earlier_share():
    from geomap.by_date import carry_forward

    old, new = dt.date(2025, 1, 1), dt.date(2025, 2, 1)
    history = {
        old: [Figure(region_code="UA-63", region="Kharkiv", as_of=old, controlled_pct=20.0)],
        new: [Figure(region_code="UA-63", region="Kharkiv", as_of=new, defender_held=True)],
    }
    latest = carry_forward(history)[new][0]
    assert (latest.controlled_pct, latest.defended_only) == (None, True)


def test_snapshots_group_by_date_oldest_first():
    a, b = dt.date(2025, 1, 1), dt.date(2025, 2, 1)
    groups = snapshots(
        [
            Figure(region_code="UA-09", region="Luhansk", as_of=b, controlled_pct=99.0),
            Figure(region_code="UA-14", region="Donetsk", as_of=a, controlled_pct=70.0),
        ]
    )
    assert list(groups) == [a, b]


def test_a_curated_row_with_the_same_quote_keeps_the_document():
    day = dt.date(2025, 2, 18)
    extracted = [
        Figure(
            region_code="UA-14",
            region="Donetsk",
            as_of=day,
            controlled_pct=70.0,
            quote="Q",
            document="a.txt",
            span=(1, 2),
        )
    ]
    same = [
        Figure(region_code="UA-14", region="Donetsk", as_of=day, controlled_pct=72.0, quote="Q")
    ]
    other = [
        Figure(region_code="UA-14", region="Donetsk", as_of=day, controlled_pct=72.0, quote="R")
    ]
    assert merge(extracted, same)[0].document == "a.txt"
    assert merge(extracted, other)[0].document == ""
