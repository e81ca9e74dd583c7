"""geomap installed and run from any folder: its data ship inside the package."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SHAPES
from .conftest import run_cli as run


def _neighbours_drawn(svg: Path) -> set[str]:
    import re

    return set(re.findall(r'id="context-([A-Z]{2,3})"', svg.read_text(encoding="utf-8")))


@pytest.fixture
def elsewhere(tmp_path, monkeypatch) -> Path:
    """A folder with seeds and nothing else: no boundaries/ beside them."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_builds_in_a_folder_without_boundaries(elsewhere):
    result = run("build", "--format", "svg")
    assert result.exit_code == 0, result.output
    assert "not found" not in result.stderr
    assert {"RUS", "BLR", "POL", "MDA"} <= _neighbours_drawn(
        elsewhere / "outputs" / "ukraine_control.svg"
    )


def test_user_boundaries_elsewhere_keep_the_neighbours(elsewhere):
    own = elsewhere / "shapes" / "oblasts.geojson"
    own.parent.mkdir()
    shutil.copy(SHAPES / "ukraine_regions.geojson", own)
    result = run("build", "--format", "svg", "--boundaries", own)
    assert result.exit_code == 0, result.output
    # The shipped boundaries' sources are not credited for a file of the user's own.
    svg = (elsewhere / "outputs" / "ukraine_control.svg").read_text(encoding="utf-8")
    assert "Boundaries: “oblasts.geojson”; other countries: Natural Earth" in svg
    assert "OpenStreetMap" not in svg
    assert {"RUS", "BLR", "POL", "MDA"} <= _neighbours_drawn(
        elsewhere / "outputs" / "ukraine_control.svg"
    )


def test_a_profile_whose_neighbours_are_missing_says_so(elsewhere):
    import json

    from geomap.profile import DATA

    raw = json.loads((DATA / "ukraine.json").read_text(encoding="utf-8"))
    raw["boundaries"] = str(SHAPES / "ukraine_regions.geojson")
    raw["neighbours"] = "nowhere.geojson"
    raw["raions"] = str(DATA / "ukraine_raions.json")
    (elsewhere / "country.json").write_text(json.dumps(raw), encoding="utf-8")
    result = run("--profile", "country.json", "build", "--format", "svg")
    assert result.exit_code == 0, result.output
    assert "nowhere.geojson: not found; maps are drawn without neighbouring countries" in (
        result.stderr
    )
    assert not _neighbours_drawn(elsewhere / "outputs" / "ukraine_control.svg")


@pytest.mark.slow
def test_an_installed_wheel_maps_from_any_folder(tmp_path):
    """Not an editable install: a wheel built from the project, installed on its own."""
    wheels, target = tmp_path / "wheels", tmp_path / "site"
    # Built from a copy: setuptools leaves build/ and *.egg-info in the folder it builds.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis", "outputs",
    ))  # fmt: skip
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", wheels, source],
        check=True, capture_output=True,
    )  # fmt: skip
    assert "LICENSE" in {p.name for p in source.glob("*")}
    (wheel,) = wheels.glob("geomap-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", target, wheel], check=True)
    work = tmp_path / "work"
    shutil.copytree(ROOT / "seeds", work / "seeds")
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run(
        [sys.executable, "-c", "import geomap; print(geomap.__file__)"],
        cwd=work, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert Path(where.stdout.strip()).is_relative_to(target)  # the wheel's, not the checkout's
    store = subprocess.run(
        [sys.executable, "-c", "from geomap import derived; print(derived.store_path().is_file())"],
        cwd=work, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert store.stdout == "True\n"  # the shapes derived from the shipped ones ship too
    shipped = {p.relative_to(target / "geomap").as_posix() for p in (target / "geomap").rglob("*")}
    assert {
        "py.typed",
        "data/boundaries/NOTICE.md",
        "data/example/2025-02-18-riyadh-talks.txt",
    } <= shipped
    assert not any(p.endswith(".py") for p in shipped if p.startswith("data/boundaries"))
    done = subprocess.run(
        [sys.executable, "-m", "geomap", "build", "--format", "svg,csv"],
        cwd=work, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "not found" not in done.stderr
    svg = work / "outputs" / "ukraine_control.svg"
    assert {"RUS", "BLR", "POL"} <= _neighbours_drawn(svg)
    assert "Luhansk" in (work / "outputs" / "ukraine_control.csv").read_text(encoding="utf-8")
