"""Library callers catch geomap's errors by kind, with where and how to fix, and their cause."""

from pathlib import Path

import pytest

from geomap.errors import FiguresError, InputError, OutputError
from geomap.figures import load_figures
from geomap.outputs import code_digest, ensure_writable


def test_a_bad_figures_file_is_a_value_error_that_says_where(tmp_path: Path):
    path = tmp_path / "figures.csv"
    path.write_text(
        "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,source,quote\n"
        "2025-02-18,UA-09,Luhansk,lots,,,,,\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError) as info:
        load_figures(path)
    error = info.value
    assert isinstance(error, FiguresError) and isinstance(error, InputError)
    assert error.where == f"{path}:2"
    assert error.hint == "give a share from 0 to 100, or leave it empty"
    assert error.message == "controlled_pct: 'lots' is not a number"
    assert isinstance(error.__cause__, ValueError)  # the parser's own error is kept


def test_an_output_folder_that_cannot_be_written_is_an_os_error(tmp_path: Path):
    blocker = tmp_path / "outputs"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    with pytest.raises(OSError) as info:
        ensure_writable(blocker)
    error = info.value
    assert isinstance(error, OutputError)
    assert (error.where, error.hint) == (
        str(blocker),
        "choose another folder with --out or fix its permissions",
    )
    assert str(error).startswith(f"{blocker}: cannot write outputs here (")
    assert isinstance(error.__cause__, OSError)


def test_the_code_digest_changes_with_any_code_or_data_file(tmp_path: Path):
    package = tmp_path / "pkg"
    (package / "data").mkdir(parents=True)
    (package / "a.py").write_text("x = 1\n", encoding="utf-8")
    (package / "data" / "regions.json").write_text("{}", encoding="utf-8")
    (package / "notes.txt").write_text("not code", encoding="utf-8")
    before = code_digest(package)
    (package / "notes.txt").write_text("edited", encoding="utf-8")
    assert code_digest(package) == before
    (package / "data" / "regions.json").write_text('{"a": 1}', encoding="utf-8")
    after_data = code_digest(package)
    assert after_data != before
    (package / "a.py").write_text("x = 2\n", encoding="utf-8")
    assert code_digest(package) != after_data
    (package / "a.py").rename(package / "b.py")
    assert code_digest(package) not in (before, after_data)
