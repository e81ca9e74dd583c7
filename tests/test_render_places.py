"""Places for orientation: the profile's cities and seas and the neighbours' names, drawn where
they hide nothing, on both maps."""

import datetime as dt
import json
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as MplFigure
from matplotlib.text import Text

from geomap.boundaries import load_context, load_places, load_regions
from geomap.errors import BoundaryError
from geomap.extract import extract_files
from geomap.render import scene, static
from geomap.render.places import Place, draw_places, places, places_layer
from geomap.snapshot import snapshot

from .conftest import SEED, SHAPES

ROWS = [
    {"name": "Alphaville", "kind": "capital", "population": 900, "lon": 10.2, "lat": 50.5},
    {"name": "Betatown", "kind": "city", "population": 500, "lon": 10.8, "lat": 50.5},
    {"name": "Far Away", "kind": "city", "population": 5000, "lon": 30.0, "lat": 10.0},
    {"name": "Inner Sea", "kind": "sea", "population": 0, "lon": 11.5, "lat": 50.2},
]


def _neighbours() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"name": ["Norland, Republic of", "Tiny"], "neighbour": [True, True]},
        geometry=[shapely.box(9.0, 51.0, 12.0, 52.0), shapely.box(11.9, 49.9, 12.0, 50.0)],
        crs=4326,
    )


def test_places_within_the_view_in_order_and_the_neighbours_that_fill_it():
    found = places(ROWS, _neighbours(), (9.5, 49.5, 12.0, 51.5))
    assert [(p.name, p.kind) for p in found] == [
        ("Alphaville", "capital"), ("Betatown", "city"), ("Inner Sea", "sea"),
        ("Norland", "country"),  # its ISO-style name shortened; Tiny fills too little
    ]  # fmt: skip
    norland = found[-1]
    assert 9.5 <= norland.x <= 12.0 and 51.0 <= norland.y <= 51.5  # on its visible land
    # Placed by a transform into the map's coordinates.
    moved = places(ROWS[:1], None, (0, 0, 100, 100), lambda lon, lat: (lon * 2, lat))
    assert (moved[0].x, moved[0].y) == (20.4, 50.5)


def _axes():
    fig = MplFigure(figsize=(4, 4), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    return ax


def test_a_place_that_would_hide_a_label_or_another_place_is_left_out():
    ax = _axes()
    ax.text(50, 50, "Unit label\n70%", ha="center", va="center", fontsize=9)
    found = (
        Place("Capital", "capital", 20, 80, 1000),
        Place("Under the label", "city", 48, 50, 500),  # both sides run into the label
        Place("Capital Twin", "city", 21, 80, 400),  # beside the capital, on either side
        Place("Open Sea", "sea", 70, 20),
    )
    drawn = draw_places(ax, found)
    assert [t.get_text() for t in drawn] == ["Capital", "Open Sea"]
    dots = [line.get_gid() for line in ax.lines]
    assert dots == ["place-dot-capital"]  # a city left out leaves no dot either
    renderer = ax.figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def test_a_place_falls_back_to_the_other_side_of_its_dot():
    ax = _axes()
    ax.text(60, 50, "Blocker", ha="left", va="center", fontsize=9)
    (drawn,) = draw_places(ax, (Place("Town", "city", 58, 50, 100),))
    assert drawn.get_ha() == "right"


@pytest.fixture(scope="module")
def report():
    regions = load_regions(SHAPES / "ukraine_regions.geojson")
    context = load_context(SHAPES / "neighbours.geojson")
    snap = snapshot(extract_files([SEED]), regions, as_of=dt.date(2025, 2, 18))
    return scene.report(snap, context=context), snap


def test_the_report_map_names_the_capital_cities_seas_and_neighbours(report):
    drawn_report, _ = report
    kinds = {p.kind for p in drawn_report.places}
    assert kinds == {"capital", "city", "sea", "country"}
    assert drawn_report.places[0].name == "Kyiv"
    fig = static.draw_report(drawn_report)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    named = {t.get_text(): t for t in ax.texts if (t.get_gid() or "").startswith("place-")}
    assert {"Kyiv", "Lviv", "Black Sea", "POLAND"} <= set(named)
    assert named["Kyiv"].get_fontweight() == "bold"
    # No place runs into a unit's label, the legend or the scale bar.
    labels = [t.get_window_extent(renderer) for t in ax.texts
              if (t.get_gid() or "").startswith("label-")]  # fmt: skip
    furniture = [a.get_window_extent(renderer) for a in ax.get_children()
                 if a.get_gid() in ("legend", "scalebar")]  # fmt: skip
    for text in named.values():
        box = Text.get_window_extent(text, renderer)
        assert not any(box.overlaps(other) for other in labels + furniture), text.get_text()
    assert "places: GeoNames (CC BY 4.0)" in drawn_report.texts.attribution


def test_the_html_map_names_places_but_not_over_a_unit_s_label(report):
    _, snap = report
    found = (Place("Kyiv", "capital", 30.52, 50.45, 3), Place("Kherson", "city", 32.61, 46.64, 1),
             Place("<b>Sea</b>", "sea", 31.0, 45.1))  # fmt: skip
    found += (Place("Kyiv's twin", "city", 30.6, 50.5),)  # beside Kyiv: it would cover it
    view = (22.1, 44.3, 40.3, 52.4)
    layer = places_layer(found, [snap.anchors["UA-65"]], view)  # Kherson's label anchor
    html = "".join(m.icon.options.get("html", "") for m in layer._children.values())
    assert "Kyiv" in html and "geomap-place-capital" in html
    assert "Kherson" not in html  # beside Kherson's label
    assert "twin" not in html
    assert "&lt;b&gt;Sea&lt;/b&gt;" in html and "<b>Sea" not in html


def test_a_places_file_that_is_not_one_is_one_line(tmp_path: Path, testland_path: Path):
    from geomap.profile import load, using

    bad = tmp_path / "places.geojson"
    bad.write_text(json.dumps({"features": [{"properties": {"name": "X"}}]}), encoding="utf-8")
    raw = json.loads(testland_path.read_text(encoding="utf-8"))
    raw["places"] = str(bad)
    profile_path = tmp_path / "profile.json"
    profile_path.write_text(json.dumps(raw), encoding="utf-8")
    with using(load(profile_path)), pytest.raises(BoundaryError, match="is not a places file"):
        load_places()
    del raw["places"]
    profile_path.write_text(json.dumps(raw), encoding="utf-8")
    with using(load(profile_path)):
        assert load_places() == []  # a profile without places draws none
