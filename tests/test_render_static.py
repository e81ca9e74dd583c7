import datetime as dt
import re
from pathlib import Path

import pytest
from matplotlib.colors import to_rgb
from matplotlib.patches import PathPatch

from geomap import style
from geomap.boundaries import load_context, load_regions
from geomap.extract import extract_files
from geomap.figures import Figure
from geomap.render import chart, scene, static
from geomap.snapshot import snapshot

from .conftest import SEED, SHAPES

DAY = dt.date(2025, 2, 18)


@pytest.fixture(scope="module")
def shapes():
    return (
        load_regions(SHAPES / "ukraine_regions.geojson"),
        load_context(SHAPES / "neighbours.geojson"),
    )


@pytest.fixture
def seed_map(shapes):
    regions, context = shapes
    snap = snapshot(extract_files([SEED]), regions, as_of=DAY)
    return static.draw(snap, context=context), snap.frame


def _patches(fig):
    ax = fig.axes[0]
    return {p.get_gid(): p for p in ax.patches if isinstance(p, PathPatch) and p.get_gid()}


def _luminance(color) -> float:
    r, g, b = to_rgb(color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_darker_means_more_controlled(seed_map):
    fig, _ = seed_map
    patches = _patches(fig)
    lum = {
        code: _luminance(patches[code].get_facecolor())
        for code in ("UA-09", "UA-65", "UA-23", "UA-14", "UA-46")
    }
    # 70% and "roughly 75%" share the class around three quarters; their labels tell them apart.
    assert lum["UA-09"] < lum["UA-65"] == lum["UA-23"] == lum["UA-14"] < lum["UA-46"]
    assert to_rgb(patches["UA-46"].get_facecolor()) == to_rgb(style.NO_FIGURE)


def test_hatch_on_exactly_the_claimed_regions(seed_map):
    fig, _ = seed_map
    hatched = {gid.removeprefix("claimed-") for gid, p in _patches(fig).items() if p.get_hatch()}
    assert hatched == {"UA-09", "UA-14", "UA-23", "UA-65", "UA-43", "UA-40"}


def test_labels_carry_the_hedge_and_do_not_overlap(seed_map):
    fig, _ = seed_map
    ax = fig.axes[0]
    labels = {t.get_gid(): t for t in ax.texts if (t.get_gid() or "").startswith("label-")}
    texts = {gid.removeprefix("label-"): t.get_text() for gid, t in labels.items()}
    assert texts == {
        "UA-09": "Luhansk\n≈99%",
        "UA-14": "Donetsk\n70%",
        "UA-23": "Zaporizhzhia\n≈75%",
        "UA-65": "Kherson\n≈75%",
        "UA-43": "Crimea\n100%*",
        "UA-40": "Sevastopol\n100%*",
    }
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in labels.values()]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b)
    frame = ax.get_window_extent(renderer)
    assert all(
        frame.x0 <= b.x0 and b.x1 <= frame.x1 and frame.y0 <= b.y0 and b.y1 <= frame.y1
        for b in boxes
    )
    # Readable in print: at least 8 pt at the output size.
    assert all(t.get_fontsize() >= 8 for t in labels.values())
    # Sevastopol is too small to hold its label: it sits on a leader line.
    assert labels["label-UA-40"].arrow_patch is not None
    assert labels["label-UA-09"].arrow_patch is None


def test_legend_lists_classes_no_figure_and_claimed(seed_map):
    fig, _ = seed_map
    legend = fig.axes[0].get_legend()
    entries = [t.get_text() for t in legend.get_texts()]
    assert entries == [
        "87.5% or more",
        "62.5 to under 87.5%",
        "37.5 to under 62.5%",
        "12.5 to under 37.5%",
        "under 12.5%",
        "no reported figure",
        "claimed by Russia",
    ]
    assert legend.legend_handles[-1].get_hatch() == style.CLAIMED_HATCH


def test_titles_and_footer(seed_map):
    fig, _ = seed_map
    texts = {t.get_gid(): t.get_text() for t in fig.texts}
    assert "18 February 2025" in texts["subtitle"]
    assert texts["headline"] == "About 22,100 km² claimed by Russia but not under its control"
    assert (
        "Institute for the Study of War, as reported in “2025-02-18-riyadh-talks.txt”"
        in texts["footer"]
    )
    assert "* inferred, not reported: Crimea, Sevastopol" in texts["footer"]
    assert "© OpenStreetMap contributors (ODbL)" in texts["footer"]


def test_a_region_with_only_a_claim(shapes):
    regions, _ = shapes
    figures = [
        Figure(
            region_code="UA-65",
            region="Kherson",
            as_of=DAY,
            controlled_pct=None,
            claimed=True,
            document="x.txt",
        )
    ]
    fig = static.draw(snapshot(figures, regions, as_of=DAY))
    labels = [t.get_text() for t in fig.axes[0].texts if (t.get_gid() or "").startswith("label-")]
    assert labels == ["Kherson\n(claimed)"]


def test_files_are_deterministic_and_addressable(seed_map, tmp_path: Path):
    fig, _ = seed_map
    first = [("png", tmp_path / "a.png"), ("svg", tmp_path / "a.svg")]
    second = [("png", tmp_path / "b.png"), ("svg", tmp_path / "b.svg")]
    static.save(fig, first)
    static.save(fig, second)
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "b.png").read_bytes()
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()
    svg = (tmp_path / "a.svg").read_text(encoding="utf-8")
    ids = set(re.findall(r'<g id="(UA-\d\d)"', svg))
    assert len(ids) == 27
    assert "<dc:date>" not in svg
    from PIL import Image

    with Image.open(tmp_path / "a.png") as png:
        assert png.width >= 2000


def test_pdf(seed_map, tmp_path: Path):
    fig, _ = seed_map
    static.save(fig, [("pdf", tmp_path / "a.pdf")])
    pdf = (tmp_path / "a.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    # TrueType fonts embedded (Type 42), never Type 3 bitmaps-of-glyphs.
    assert b"/FontFile2" in pdf and b"/Type3" not in pdf


def test_text_from_the_input_is_escaped_and_never_mathtext(shapes, tmp_path: Path):
    import xml.etree.ElementTree as ET

    regions, _ = shapes
    evil = 'Costs $5 to $7 <script>alert(1)</script> & "{{ x }}" {% y %}'
    figures = [
        Figure(
            region_code="UA-09",
            region="Luhansk",
            as_of=DAY,
            controlled_pct=99.0,
            qualifier="about",
            claimed=True,
            basis="reported",
            source=evil,
            quote=evil,
            document="a<b>.txt",
        ),
    ]
    snap = snapshot(figures, regions, as_of=DAY)
    fig = static.draw(snap)
    path = tmp_path / "evil.svg"
    static.save(
        fig, [("svg", path), ("png", tmp_path / "evil.png")], titles=scene.svg_titles(snap.frame)
    )
    svg = path.read_text(encoding="utf-8")
    root = ET.fromstring(svg)  # still well-formed XML
    ns = {"svg": "http://www.w3.org/2000/svg"}
    titles = {
        g.get("id"): g.find("svg:title", ns).text
        for g in root.iter("{http://www.w3.org/2000/svg}g")
        if g.find("svg:title", ns) is not None
    }
    assert len(titles) == 27
    assert (
        titles["UA-09"]
        == f"Luhansk (UA-09); ≈99% under Russian control; claimed by Russia; source: {evil}"
    )
    assert "<script>" not in svg
    footer = next(t for t in fig.texts if t.get_gid() == "footer")
    assert evil in footer.get_text()
    # Shown as typed: no text from the input is parsed as mathtext ("$5 to $7").
    assert all(t.get_parse_math() is False for t in fig.texts)
    assert all(t.get_parse_math() is False for ax in fig.axes for t in ax.texts)


def test_a_scene_drawn_after_pickling_gives_the_same_files(shapes, tmp_path: Path):
    # A build pickles the scenes to the process that draws them: nothing may be lost on the way.
    import pickle

    regions, context = shapes
    report = scene.report(snapshot(extract_files([SEED]), regions, as_of=DAY), context=context)
    copy = pickle.loads(pickle.dumps(report))
    for name, drawn in (("direct", report), ("pickled", copy)):
        fig = static.draw_report(drawn)
        static.save(fig, [("svg", tmp_path / f"{name}.svg")], titles=drawn.titles)
    direct = (tmp_path / "direct.svg").read_bytes()
    assert direct == (tmp_path / "pickled.svg").read_bytes()
    assert b"<title>Luhansk (UA-09); \xe2\x89\x8899% under Russian control" in direct


def test_the_history_hatches_exactly_the_claimed_regions_of_each_snapshot(shapes):
    regions, _ = shapes
    later = dt.date(2025, 3, 1)
    first = snapshot(
        [
            Figure(
                region_code="UA-14", region="Donetsk", as_of=DAY, controlled_pct=70.0, claimed=True
            )
        ],
        regions,
        as_of=DAY,
    )
    second = snapshot(
        [Figure(region_code="UA-14", region="Donetsk", as_of=later, controlled_pct=72.0, claimed=True),
         Figure(region_code="UA-65", region="Kherson", as_of=later, controlled_pct=75.0, claimed=True),
         Figure(region_code="UA-63", region="Kharkiv", as_of=later, controlled_pct=5.0)],
        regions, as_of=later,
    )  # fmt: skip
    history = scene.history([first, second])
    assert [sum(p.claimed) for p in history.panels] == [1, 2]
    assert [len(p.claimed) for p in history.panels] == [27, 27]
    assert [p.fills.count(style.NO_FIGURE) for p in history.panels] == [26, 24]
    assert history.panels[0].caption.startswith("18 February 2025\n")
    # The history credits the boundaries and the figures, under its legend, on the page.
    assert history.credits[-1].startswith("Boundaries © OpenStreetMap contributors (ODbL)")
    fig = static.draw_history_scene(history)
    footer = next(t for t in fig.texts if t.get_gid() == "footer")
    assert "OpenStreetMap contributors (ODbL)" in footer.get_text()
    assert footer.get_window_extent(fig.canvas.get_renderer()).y0 >= 0


def test_input_text_with_dollar_signs_is_drawn_as_typed(shapes, tmp_path: Path):
    regions, _ = shapes
    figures = [
        Figure(region_code="UA-14", region="Donetsk", as_of=DAY, controlled_pct=70.0,
               source="$\\frac{1}{$ analysts", document="2025-02-18-$\\frac{1}{$.txt"),
    ]  # fmt: skip
    fig = static.draw(snapshot(figures, regions, as_of=DAY))
    static.save(fig, [("png", tmp_path / "map.png")], dpi=60)  # mathtext would raise here
    footer = next(t for t in fig.texts if t.get_gid() == "footer")
    assert footer.get_text().startswith("Figures: $\\frac{1}{$ analysts, as reported in")
    assert footer.get_wrap() is False


def _label_places(fig, frame):
    """Each label: (code, its box in the map's metres, led out on a line, its anchor)."""
    from matplotlib.text import Text
    from shapely.geometry import box

    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    to_data = ax.transData.inverted()
    for text in ax.texts:
        gid = text.get_gid() or ""
        if gid.startswith("label-"):
            text.update_positions(renderer)
            extent = Text.get_window_extent(text, renderer)  # the text, not its leader line
            (x0, y0), (x1, y1) = to_data.transform([(extent.x0, extent.y0), (extent.x1, extent.y1)])
            yield gid[6:], box(x0, y0, x1, y1), text.arrow_patch is not None, text.xy


def _check_label_places(fig, frame, crowded=()) -> tuple[int, int]:
    """Every label lies inside its unit, or is led out on a line from a point inside it; no two
    labels overlap but those of the ``crowded`` units. Returns (inside, led out)."""
    from shapely.geometry import Point

    from geomap.boundaries import projected_crs

    shapes = dict(zip(frame["code"], frame.to_crs(projected_crs()).geometry, strict=True))
    inside = led = 0
    boxes = []
    for code, box, leader, anchor in _label_places(fig, frame):
        shape = shapes[code]
        assert shape.buffer(1_000).contains(Point(anchor)), code
        if leader:
            led += 1
        else:
            # Outlines are drawn simplified to 250 m: a sliver that thin is no crossing.
            outside = box.difference(shape).area / box.area
            assert outside < 0.01, f"{code}: {outside:.1%} of its label lies outside it"
            inside += 1
        if code not in crowded:
            overlaps = [c for c, other in boxes if other.intersection(box).area > 0.05 * box.area]
            assert not overlaps, code
        boxes.append((code, box))
    return inside, led


def test_the_seed_map_s_labels_sit_inside_their_regions(seed_map):
    fig, frame = seed_map
    assert _check_label_places(fig, frame) == (5, 1)  # Sevastopol is too small: led out


def test_a_crowded_map_keeps_every_label_inside_its_region_or_leads_it_out(shapes, caplog):
    """All 27 regions with a figure and a change: a label too big for its region is led out,
    never left straddling the border into a neighbour."""
    from geomap.by_date import carry_forward
    from geomap.profile import gazetteer
    from geomap.snapshot import series

    regions, context = shapes
    before, after = dt.date(2025, 2, 18), dt.date(2025, 6, 1)
    history = {
        day: [
            Figure(region_code=r.code, region=r.name, as_of=day, qualifier="about",
                   controlled_pct=float((7 * i + shift) % 100), claimed=i % 3 == 0)
            for i, r in enumerate(gazetteer())
        ]
        for day, shift in ((before, 0), (after, 5))
    }  # fmt: skip
    latest = series(carry_forward(history), regions)[-1]
    fig = static.draw(latest, context=context)
    # A label with no free place at all is drawn smaller where it covers the least, and said.
    crowded = re.findall(r"(UA-\d\d): no free place for its label", caplog.text)
    assert len(crowded) <= 2
    inside, led = _check_label_places(fig, latest.frame, crowded)
    assert inside + led == 27 and inside >= 19  # most of them inside
    labels = {t.get_gid(): t.get_text() for t in fig.axes[0].texts}
    assert labels["label-UA-14"] == "Donetsk\n≈33%\n(+5 pp)"


@pytest.mark.parametrize("extra_notes", [0, 6, 14])
def test_the_footer_never_runs_off_the_page(shapes, extra_notes):
    """However many footer lines (snapshots carried forward, a control layer, a desk's credit),
    the last, the boundaries' licence credit, is on the page."""
    import dataclasses

    regions, context = shapes
    report = scene.report(snapshot(extract_files([SEED]), regions, as_of=DAY), context=context)
    credit = "; ".join(f"Map desk credit number {k}, with a long line of words" for k in
                       range(extra_notes * 2))  # fmt: skip
    words = dataclasses.replace(report.texts, credit=credit)
    fig = static.draw_report(dataclasses.replace(report, texts=words))
    renderer = fig.canvas.get_renderer()
    footer = next(t for t in fig.texts if t.get_gid() == "footer")
    assert "OpenStreetMap contributors (ODbL)" in footer.get_text().splitlines()[-1]
    box = footer.get_window_extent(renderer)
    assert box.y0 >= 0  # in the figure, not below it
    title = next(t for t in fig.texts if t.get_gid() == "title")
    # The title keeps its place from the top of the page.
    assert fig.bbox.height - title.get_window_extent(renderer).y1 == pytest.approx(
        0.035 * static.FIGSIZE[1] * fig.dpi, abs=2
    )
    map_box = fig.axes[0].get_window_extent(renderer)
    assert map_box.y0 > box.y1  # the footer is below the map, not over it


def test_the_timeline_spans_every_snapshot_even_where_no_share_is_marked():
    import matplotlib.dates as mdates

    from geomap.render.timeline import draw_timeline

    june, november = dt.date(2025, 6, 20), dt.date(2025, 11, 5)
    mark = chart.Mark(as_of=june, pct=60.0, sign="≈", low=55.0, high=65.0, agreement="")
    line = chart.Line(code="UA-09", name="Luhansk", dates=(), measured=(), marks=(mark,))
    fig = draw_timeline(chart.Timeline(lines=(line,), title="T", notes=(), span=(june, november)))
    low, high = (mdates.num2date(x).date() for x in fig.axes[0].get_xlim())
    assert low < june and high > november


def test_one_control_layer_is_drawn_as_points_and_zero_lines_are_not_named():
    from geomap.render.timeline import draw_timeline

    may = dt.date(2025, 5, 1)
    lines = (
        chart.Line(code="UA-09", name="Luhansk", dates=(may,), measured=(98.0,), marks=()),
        chart.Line(code="UA-05", name="Vinnytsia", dates=(may,), measured=(0.0,), marks=()),
    )
    fig = draw_timeline(chart.Timeline(lines=lines, title="T", notes=(), span=(may,)))
    ax = fig.axes[0]
    drawn = {line.get_gid(): line for line in ax.lines}
    assert drawn["measured-UA-09"].get_marker() == "D"  # a point, not an invisible line
    names = [t.get_text() for t in ax.texts]
    assert "Luhansk" in names and "Vinnytsia" not in names


def test_seven_units_or_more_get_a_panel_each_and_every_text_fits():
    from matplotlib.text import Text

    from geomap.render.timeline import PANELS_FROM, draw_timeline

    may, june = dt.date(2025, 5, 1), dt.date(2025, 6, 1)
    lines = tuple(
        chart.Line(code=f"UA-{k:02d}", name=f"Unit {k}", dates=(may, june),
                   measured=(10.0 * k, 10.0 * k + 5), marks=(chart.Mark(june, 10.0 * k, "≈", 0, 0, ""),))
        for k in range(1, PANELS_FROM + 1)
    )  # fmt: skip
    notes = ("Figures: a credit long enough to wrap " * 8, "Boundaries: the shapes' credit")
    fig = draw_timeline(chart.Timeline(lines=lines, title="T", notes=notes, span=(may, june)))
    panels = [ax for ax in fig.axes if ax.get_visible()]
    assert [ax.get_gid() for ax in panels] == [f"panel-UA-{k:02d}" for k in range(1, 8)]
    assert [ax.get_title(loc="left") for ax in panels] == [f"Unit {k}" for k in range(1, 8)]
    # Each panel draws its own unit alone.
    assert all({line.get_gid() for line in ax.lines} >= {f"measured-{ax.get_gid()[6:]}"}
               and all(ax.get_gid()[6:] in (line.get_gid() or "") for line in ax.lines)
               for ax in panels)  # fmt: skip
    # Dates under every panel with nothing below it; shared share axes.
    shown = [
        ax for ax in panels if any(t.get_visible() and t.get_text() for t in ax.get_xticklabels())
    ]
    assert [ax.get_gid() for ax in shown][-3:] == ["panel-UA-05", "panel-UA-06", "panel-UA-07"]
    fig.canvas.draw()  # places the legend's texts
    renderer = fig.canvas.get_renderer()
    page = fig.bbox
    for text in fig.findobj(Text):
        if text.get_visible() and text.get_text():
            box = Text.get_window_extent(text, renderer)
            assert page.x0 - 1 <= box.x0 and box.x1 <= page.x1 + 1, text.get_text()[:40]
            assert page.y0 - 1 <= box.y0 and box.y1 <= page.y1 + 1, text.get_text()[:40]
    fewer = draw_timeline(chart.Timeline(lines=lines[:6], title="T", notes=(), span=(may, june)))
    assert len(fewer.axes) == 1  # six share one axis, named at the ends of their lines


def test_extent_figures_opens_on_the_units_with_figures(shapes):
    regions, context = shapes
    snap = snapshot(extract_files([SEED]), regions, as_of=DAY)
    whole = scene.report(snap, context=context)
    with style.using(style.Look(extent="figures")):
        zoomed = scene.report(snap, context=context)
    (wx0, wy0, wx1, wy1), (x0, y0, x1, y1) = whole.bounds, zoomed.bounds
    assert (x1 - x0) * (y1 - y0) < 0.75 * (wx1 - wx0) * (wy1 - wy0)  # closer in
    assert (x1 - x0) / (y1 - y0) == pytest.approx(scene.REPORT_FRAME_ASPECT)  # fills the frame
    # Every unit with a figure is wholly in view; a unit whose label would fall outside is
    # drawn unlabelled.
    for region in zoomed.regions:
        if region.label:
            xs = [p for ring in region.rings for p in ring[:, 0]]
            ys = [p for ring in region.rings for p in ring[:, 1]]
            assert x0 <= min(xs) and max(xs) <= x1 and y0 <= min(ys) and max(ys) <= y1
    labelled = {r.code for r in zoomed.regions if r.label}
    assert labelled == {r.code for r in whole.regions if r.label}  # the seed's: all in the east
    # Without a figure anywhere, the whole country.
    empty = snapshot([], regions, as_of=DAY)
    country = scene.view(empty.frame)
    with style.using(style.Look(extent="figures")):
        assert scene.view(empty.frame) == country
        assert scene.view(snap.frame) != country


def test_the_report_frame_has_the_aspect_the_view_fills(seed_map):
    fig, _ = seed_map
    box = fig.axes[0].get_position(original=True)
    aspect = box.width * fig.get_figwidth() / (box.height * fig.get_figheight())
    assert aspect == pytest.approx(scene.REPORT_FRAME_ASPECT)


def test_a_bad_extent_is_one_line(tmp_path, project):
    from tests.conftest import run_cli

    result = run_cli("build", "--extent", "world", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == (
        "Error: --extent: 'world' is not one of country, figures; see `geomap build --help` for --extent"
    )


def test_names_moved_apart_at_the_lines_ends_are_led_back():
    from geomap.render.timeline import draw_timeline

    may, june = dt.date(2025, 5, 1), dt.date(2025, 6, 1)
    lines = tuple(
        chart.Line(code=f"UA-{k:02d}", name=name, dates=(may, june), measured=(50.0, pct), marks=())
        for k, (name, pct) in enumerate([("Close A", 70.0), ("Close B", 70.5), ("Apart", 20.0)])
    )  # fmt: skip
    fig = draw_timeline(chart.Timeline(lines=lines, title="T", notes=(), span=(may, june)))
    labels = {t.get_gid(): t for t in fig.axes[0].texts}
    led = {gid for gid, t in labels.items() if t.arrow_patch is not None}
    # One of the two that end close together moves; the one alone stays level with its line.
    assert len(led & {"end-Close A", "end-Close B"}) >= 1 and "end-Apart" not in led
    from matplotlib.text import Text

    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    # The names themselves, not their leaders.
    a, b = (Text.get_window_extent(labels[g], renderer) for g in ("end-Close A", "end-Close B"))
    assert not a.overlaps(b)
