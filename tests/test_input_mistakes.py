"""Mistakes in the input that used to pass in silence: each is now an error that says what to do,
and a curated file is never overwritten without being asked."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from geomap.cli import main
from geomap.errors import FiguresError
from geomap.figures import parse_figures

HEADER = "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,source,quote\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (HEADER + "2025-02-18,UA-63,Sumy,70,,,manual,,\n",
         "<figures>:2: region_code UA-63 is Kharkiv, but region says 'Sumy' (UA-59); make them "
         "name the same region, or empty one"),
        (HEADER + "2031-01-01,UA-14,,70,,,manual,,\n",
         "<figures>:2: as_of: 2031-01-01 is in the future; give the date the figure was "
         "reported"),
        (HEADER + "2025-02-18,UA-14,,75,5,about,,manual,,\n",
         "<figures>:2: expected 9 fields; use a dot for decimals (75.5), not a comma"),
        (HEADER + '2025-02-18,UA-14,,"75,5",about,,manual,,\n',
         "<figures>:2: controlled_pct: '75,5' is not a number; use a dot for decimals (75.5)"),
        (HEADER.replace(",", ";") + "2025-02-18;UA-14;;70;;;manual;;\n",
         "<figures>:1: fields are separated by semicolons; use commas (save it as CSV with "
         "commas, not semicolons)"),
    ],
)  # fmt: skip
def test_a_mistake_in_the_figures_file_says_what_to_do(text, message):
    with pytest.raises(FiguresError) as info:
        parse_figures(text)
    assert str(info.value) == message


def test_the_same_region_by_code_and_name_is_fine():
    [figure] = parse_figures(HEADER + "2025-02-18,UA-63,Kharkiv Oblast,70,,,manual,,\n")
    assert figure.region_code == "UA-63"
    today = dt.date.today().isoformat()
    assert parse_figures(HEADER + f"{today},UA-63,,70,,,manual,,\n")[0].as_of == dt.date.today()


def test_extract_never_overwrites_a_curated_file_unless_asked(project):
    runner = CliRunner()
    curated = project / "seeds" / "figures.csv"
    curated.write_text(
        HEADER + "2025-02-18,UA-14,,71,,,manual,Desk,checked by hand\n"
        "2024-12-01,UA-23,,70,,,manual,Desk,\n",
        encoding="utf-8",
    )
    before = curated.read_bytes()
    text = "seeds/2025-02-18-riyadh-talks.txt"
    result = runner.invoke(main, ["extract", text, "-o", str(curated)])
    assert result.exit_code == 2
    assert "figures.csv: exists; give --append to add the rows it lacks, or --force" in (
        result.output
    )
    assert curated.read_bytes() == before
    # --append keeps the hand-entered rows and adds only what the file lacks.
    result = runner.invoke(main, ["extract", text, "-o", str(curated), "--append"])
    assert result.exit_code == 0, result.output
    rows = curated.read_text(encoding="utf-8").splitlines()
    assert rows[:3] == before.decode().splitlines()
    assert sum(",UA-14," in r for r in rows) == 1  # Donetsk was there: not added again
    assert any(r.startswith("2025-02-18,UA-09,") for r in rows)  # Luhansk was not: added
    assert "5 row(s) added, 1 already there" in result.output
    again = runner.invoke(main, ["extract", text, "-o", str(curated), "--append"])
    assert "0 row(s) added, 6 already there" in again.output
    result = runner.invoke(main, ["extract", text, "-o", str(curated), "--force"])
    assert result.exit_code == 0 and "checked by hand" not in curated.read_text()
