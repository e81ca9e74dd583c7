"""The shipped outputs are what a clean checkout builds: a change that alters a map is seen.

When a change alters an output on purpose, rebuild the shipped ones (`geomap build --force`)
and commit ``outputs/`` with it.
"""

import json
import re
from pathlib import Path

import pytest
from matplotlib.testing.compare import compare_images

from geomap.build import BuildOptions, build

SHIPPED = Path(__file__).resolve().parent.parent / "outputs"
REBUILD = "the shipped outputs are stale: run `geomap build --force` and commit outputs/"


@pytest.fixture
def fresh(project: Path) -> Path:
    build(BuildOptions(), force=True, parallel=False)
    return project / "outputs"


def test_the_shipped_outputs_are_what_a_build_makes(fresh: Path):
    for name in (
        "ukraine_control.csv",
        "CHANGES.md",
        "ukraine_evidence.csv",
        "ukraine_control.html",
    ):
        assert (fresh / name).read_bytes() == (SHIPPED / name).read_bytes(), f"{name}: {REBUILD}"
    result = compare_images(
        str(SHIPPED / "ukraine_control.png"), str(fresh / "ukraine_control.png"), tol=2
    )
    assert result is None, f"{result}\n{REBUILD}"


def test_the_shipped_svg_has_the_same_regions_and_titles(fresh: Path):
    def structure(path: Path) -> list[str]:
        svg = path.read_text(encoding="utf-8")
        return re.findall(r'<g id="(UA-\d\d)">\s*<title>([^<]*)</title>', svg)

    shipped = structure(SHIPPED / "ukraine_control.svg")
    assert len(shipped) == 27
    assert structure(fresh / "ukraine_control.svg") == shipped, REBUILD


def test_a_fresh_clone_finds_its_outputs_current(fresh: Path):
    made = json.loads((fresh / "manifest.json").read_text(encoding="utf-8"))
    shipped = json.loads((SHIPPED / "manifest.json").read_text(encoding="utf-8"))
    assert made["fingerprint"] == shipped["fingerprint"], REBUILD
    assert sorted(made["outputs"]) == sorted(shipped["outputs"])
