"""The static maps at every size: the pixels a size asks for, type never under 9 px on a size in
pixels, and every text on the page, whatever the footer holds."""

import dataclasses
import datetime as dt

import pytest
from matplotlib.text import Text
from PIL import Image

from geomap import style
from geomap.boundaries import load_context, load_regions
from geomap.extract import extract_files
from geomap.figures import Figure
from geomap.render import chart, scene, static
from geomap.render import timeline as drawing
from geomap.render.page import MIN_TEXT_PX, Page, page_for, wrap
from geomap.sizes import size_pixels
from geomap.snapshot import snapshot

from .conftest import SEED, SHAPES
from .test_control_layers import ALPHA_WEST, measure, read_layer, regions, write_layer

DAY = dt.date(2025, 2, 18)
SIZES = ["report", "social", "square", "640x480"]


@pytest.fixture(scope="module")
def ukraine():
    regions = load_regions(SHAPES / "ukraine_regions.geojson")
    context = load_context(SHAPES / "neighbours.geojson")
    snap = snapshot(extract_files([SEED]), regions, as_of=DAY)
    return scene.report(snap, context=context)


def _texts_on_the_page(fig) -> list[Text]:
    """Every visible text of ``fig`` with its box; asserts each lies on the page."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    page = fig.bbox
    undrawn = set()  # the labels of ticks outside their axis's limits, which are not drawn
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            low, high = sorted(axis.get_view_interval())
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                if not low - 1e-9 <= tick.get_loc() <= high + 1e-9:
                    undrawn |= {id(tick.label1), id(tick.label2)}
    shown = [
        t
        for t in fig.findobj(Text)
        if t.get_visible() and t.get_text().strip() and id(t) not in undrawn
    ]
    for text in shown:
        box = text.get_window_extent(renderer)  # an annotation's with its leader line
        assert page.x0 - 1 <= box.x0 and box.x1 <= page.x1 + 1, text.get_text()[:50]
        assert page.y0 - 1 <= box.y0 and box.y1 <= page.y1 + 1, text.get_text()[:50]
    return shown


def _legible(texts: list[Text], dpi: float) -> None:
    small = [(t.get_text()[:30], t.get_fontsize() * dpi / 72) for t in texts]
    assert [s for s in small if s[1] < MIN_TEXT_PX - 1e-6] == []


def _with_notes(report: scene.Report, lines: int) -> scene.Report:
    """The report with a footer of ``lines`` notes beside its own (snapshots carried forward,
    a desk's credit, ...), the licence credit last."""
    earlier = " ".join(
        f"Not in the latest report: unit {k} carried forward from an earlier snapshot of a long "
        "run of reporting, as the desk keeps it."
        for k in range(lines)
    )
    texts = dataclasses.replace(report.texts, earlier_note=earlier)
    return dataclasses.replace(report, texts=texts)


def test_sizes_are_presets_or_pixels():
    assert size_pixels("report") is None
    assert size_pixels("social") == (1200, 675)
    assert size_pixels("square") == (1080, 1080)
    assert size_pixels("800x600") == (800, 600)
    assert size_pixels(" 800×600 ") == (800, 600)
    for bad in ("huge", "800", "800x", "x600", "100x100", "800x90000", "-800x600"):
        with pytest.raises(ValueError):
            size_pixels(bad)
    assert style.Look(size="huge").problem()[0] == "size"
    assert style.Look(size="social").problem() is None


def test_a_page_in_pixels_scales_the_type_not_the_pixels():
    assert page_for("report", width=11, smallest_pt=6.5, dpi=150) == Page(11, None, 150)
    social = page_for("social", width=11, smallest_pt=6.5, dpi=150)
    assert int(social.width * social.dpi) == 1200 and int(social.height * social.dpi) == 675
    assert 6.5 * social.dpi / 72 >= MIN_TEXT_PX
    assert social.width == pytest.approx(11, abs=0.01)  # wide enough: the design's width
    small = page_for("640x480", width=11, smallest_pt=6.5, dpi=150)
    assert int(small.width * small.dpi) == 640
    assert 6.5 * small.dpi / 72 == pytest.approx(MIN_TEXT_PX)
    assert small.width < 7  # a narrower page: the type covers more of the pixels


def test_text_is_wrapped_to_the_width_as_measured():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as MplFigure

    fig = MplFigure(figsize=(3, 2), dpi=100)
    FigureCanvasAgg(fig)
    text = "one two three four five six seven eight nine ten eleven twelve thirteen"
    lines = wrap(fig, text, 2.0, size=10).split("\n")
    assert len(lines) > 1 and " ".join(lines) == text
    renderer = fig.canvas.get_renderer()
    drawn = [fig.text(0, 0, line, fontsize=10) for line in lines]
    assert all(t.get_window_extent(renderer).width <= 200 for t in drawn)
    assert wrap(fig, "short\nlines kept", 2.0, size=10) == "short\nlines kept"
    assert wrap(fig, "", 2.0, size=10) == ""


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("notes", [0, 2, 8])
def test_the_report_map_keeps_every_text_on_a_page_of_each_size(
    ukraine, tmp_path, caplog, size, notes
):
    report = _with_notes(ukraine, notes)
    page = page_for(size, width=static.FIGSIZE[0], smallest_pt=static.SMALLEST_PT["report"],
                    dpi=60)  # fmt: skip
    fig = static.draw_report(report, page)
    shown = _texts_on_the_page(fig)
    footer = next(t for t in shown if t.get_gid() == "footer")
    # The licence credit closes the footer, whole.
    assert " ".join(footer.get_text().split()).endswith(" ".join(report.texts.attribution.split()))
    assert "OpenStreetMap contributors (ODbL)" in report.texts.attribution
    map_box = fig.axes[0].get_window_extent(fig.canvas.get_renderer())
    assert map_box.y0 > footer.get_window_extent(fig.canvas.get_renderer()).y1
    static.save(fig, [("png", tmp_path / "map.png")], dpi=page.dpi)
    with Image.open(tmp_path / "map.png") as png:
        width, height = png.size
    if page.fixed:
        _legible(shown, page.dpi)
        assert width == size_pixels(size)[0]
        # The page keeps its height unless the text leaves the map too little of it, and says so.
        grown = "leave too little room for the map" in caplog.text
        assert (height == size_pixels(size)[1]) is not grown
        assert not grown or notes > 0
    else:
        assert width == 660  # 11 inches at 60 dpi


@pytest.mark.parametrize("size", SIZES)
def test_the_report_map_with_a_control_layer_at_each_size(testland, tmp_path, size):
    from geomap.measure import Units

    layer = read_layer(write_layer(tmp_path / "x_20250501.geojson", [ALPHA_WEST]))
    may = dt.date(2025, 5, 1)  # the layer's date
    claim = Figure(region_code="TL-01", region="Alpha", as_of=may, claimed=True)
    snap = snapshot([claim], regions(), as_of=may, layers=[layer],
                    measurements=[measure(layer, Units.of(regions()))])  # fmt: skip
    report = _with_notes(scene.report(snap), 2)
    page = page_for(size, width=static.FIGSIZE[0], smallest_pt=static.SMALLEST_PT["report"],
                    dpi=60)  # fmt: skip
    fig = static.draw_report(report, page)
    shown = _texts_on_the_page(fig)
    assert any(t.get_text().startswith("Control layer of") for t in shown)  # the legend's title
    if page.fixed:
        _legible(shown, page.dpi)


def _lines(n: int) -> tuple[chart.Line, ...]:
    may, june = dt.date(2025, 5, 1), dt.date(2025, 6, 1)
    return tuple(
        chart.Line(code=f"UA-{k:02d}", name=f"Unit number {k}", dates=(may, june),
                   measured=(9.0 * k, 9.0 * k + 5), marks=(chart.Mark(june, 9.0 * k, "≈", 0, 0, ""),))
        for k in range(1, n + 1)
    )  # fmt: skip


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("units", [1, 3, 8])
def test_the_timeline_keeps_every_text_on_a_page_of_each_size(size, units):
    notes = tuple(f"Figures: credit {k} long enough to wrap on a small page " * 3 for k in range(6))
    timeline = chart.Timeline(lines=_lines(units), title="Share of each unit held over time",
                              notes=(*notes, "Boundaries: the shapes' credit"),
                              span=(dt.date(2025, 5, 1), dt.date(2025, 6, 1)))  # fmt: skip
    page = page_for(size, width=drawing.WIDTH, smallest_pt=drawing.SMALLEST_PT, dpi=60)
    fig = drawing.draw_timeline(timeline, page)
    shown = _texts_on_the_page(fig)
    assert any("Boundaries: the shapes' credit" in t.get_text() for t in shown)
    if page.fixed:
        _legible(shown, page.dpi)
        assert int(fig.get_figwidth() * page.dpi) == size_pixels(size)[0]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("panels", [1, 2, 6])
def test_the_history_keeps_the_width_and_every_text(ukraine, shapes_for_history, size, panels):
    history = shapes_for_history(panels)
    page = page_for(size, width=static.history_width(panels),
                    smallest_pt=static.SMALLEST_PT["history"], dpi=60)  # fmt: skip
    fig = static.draw_history_scene(history, page=page)
    shown = _texts_on_the_page(fig)
    footer = next(t for t in shown if t.get_gid() == "footer")
    assert "OpenStreetMap contributors (ODbL)" in footer.get_text()
    if page.fixed:
        _legible(shown, page.dpi)
        assert int(fig.get_figwidth() * page.dpi) == size_pixels(size)[0]


@pytest.fixture(scope="module")
def shapes_for_history():
    regions = load_regions(SHAPES / "ukraine_regions.geojson")

    def history(n: int) -> scene.History:
        snaps = [
            snapshot([Figure(region_code="UA-14", region="Donetsk", as_of=DAY + dt.timedelta(k),
                             controlled_pct=60.0 + k, claimed=True)],
                     regions, as_of=DAY + dt.timedelta(k))
            for k in range(n)
        ]  # fmt: skip
        return scene.history(snaps)

    return history


def test_a_bad_size_is_one_line(tmp_path, project, run):
    result = run("build", "--size", "huge")
    assert result.exit_code == 2
    assert "--size" in result.stderr and "WIDTHxHEIGHT" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
