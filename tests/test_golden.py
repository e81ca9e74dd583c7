"""The shipped outputs are what a clean checkout builds: a change that alters a map is seen.

What geomap itself writes is compared exactly: the CSVs and CHANGES.md byte for byte, the SVG's
regions, titles and texts, the HTML map's data and visible text. What a dependency draws (the
PNG's pixels, the HTML's scripts from folium) is compared loosely or not at all, so that a new
matplotlib or folium release cannot fail this for the wrong reason.

When a change alters an output on purpose, rebuild the shipped ones (`geomap build --force`)
and commit ``outputs/`` with it.
"""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from matplotlib.testing.compare import compare_images

from geomap.build import BuildOptions, build

SHIPPED = Path(__file__).resolve().parent.parent / "outputs"
# A whole project is built: not a quick test (mutation testing leaves these out).
pytestmark = pytest.mark.build
REBUILD = "the shipped outputs are stale: run `geomap build --force` and commit outputs/"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    """The shipped example built in a copy of the project, as from its root (the manifest
    names inputs as the command line does)."""
    import os
    import shutil

    from .conftest import ROOT

    folder = tmp_path_factory.mktemp("golden")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    here = Path.cwd()
    os.chdir(folder)
    try:
        build(BuildOptions(), force=True, parallel=False)
    finally:
        os.chdir(here)
    return folder / "outputs"


@pytest.mark.parametrize("name", ["ukraine_control.csv", "CHANGES.md", "ukraine_evidence.csv"])
def test_the_shipped_tables_are_what_a_build_makes(fresh: Path, name: str):
    assert (fresh / name).read_bytes() == (SHIPPED / name).read_bytes(), f"{name}: {REBUILD}"


def test_the_shipped_png_looks_like_what_a_build_draws(fresh: Path):
    # RMS over the pixels: a font hinting change stays under it, a changed fill does not.
    result = compare_images(
        str(SHIPPED / "ukraine_control.png"), str(fresh / "ukraine_control.png"), tol=8
    )
    assert result is None, f"{result}\n{REBUILD}"


def _svg_structure(path: Path) -> tuple[list, list]:
    svg = path.read_text(encoding="utf-8")
    regions = re.findall(r'<g id="(UA-\d\d)">\s*<title>([^<]*)</title>', svg)
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    return regions, texts


def test_the_shipped_svg_has_the_same_regions_titles_and_texts(fresh: Path):
    regions, texts = _svg_structure(SHIPPED / "ukraine_control.svg")
    assert len(regions) == 27 and texts
    assert _svg_structure(fresh / "ukraine_control.svg") == (regions, texts), REBUILD


class _Page(HTMLParser):
    """The visible text of a page (outside scripts and styles), and geomap's data in it."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        self._hidden += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._hidden -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._hidden and data.strip():
            self.texts.append(" ".join(data.split()))


def _page(path: Path) -> tuple[list[str], dict]:
    html = path.read_text(encoding="utf-8")
    parser = _Page()
    parser.feed(html)
    call = html.index("geomapStory(map_")
    data, _ = json.JSONDecoder().raw_decode(html, html.index("{", call))
    return parser.texts, data


def test_the_shipped_html_has_the_same_data_and_text(fresh: Path):
    shipped_texts, shipped_data = _page(SHIPPED / "ukraine_control.html")
    assert "Ukraine: territory Russia claims and territory it controls" in shipped_texts
    assert shipped_data["shapes"]
    fresh_texts, fresh_data = _page(fresh / "ukraine_control.html")
    assert fresh_texts == shipped_texts, REBUILD
    assert fresh_data == shipped_data, REBUILD


def test_the_shipped_manifest_was_made_by_this_code(fresh: Path):
    """The manifest's fingerprint covers geomap's own code and data: a fresh clone then finds
    its outputs current. Any change to the code fails this until the outputs are rebuilt."""
    made = json.loads((fresh / "manifest.json").read_text(encoding="utf-8"))
    shipped = json.loads((SHIPPED / "manifest.json").read_text(encoding="utf-8"))
    assert made["fingerprint"]["code"] == shipped["fingerprint"]["code"], REBUILD


def test_the_shipped_manifest_names_the_same_inputs_options_and_outputs(fresh: Path):
    made = json.loads((fresh / "manifest.json").read_text(encoding="utf-8"))
    shipped = json.loads((SHIPPED / "manifest.json").read_text(encoding="utf-8"))
    assert {k: v for k, v in made["fingerprint"].items() if k != "code"} == {
        k: v for k, v in shipped["fingerprint"].items() if k != "code"
    }, REBUILD
    assert sorted(made["outputs"]) == sorted(shipped["outputs"])
