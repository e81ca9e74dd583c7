import datetime as dt
import json
import math
import os
import re
import tempfile
from pathlib import Path

import pytest
import shapely

from geomap import style
from geomap.boundaries import load_context, load_regions
from geomap.by_date import carry_forward
from geomap.control import join
from geomap.errors import InputError
from geomap.extract import extract_files
from geomap.figures import Figure
from geomap.render import encoding, interactive
from geomap.snapshot import series, snapshot

from .conftest import SEED, SHAPES, control_map

DAY = dt.date(2025, 2, 18)
# Screenshots to look at: in GEOMAP_ARTIFACTS when set, else in a temporary folder (the suite
# writes nothing in the checkout).
ARTIFACTS = Path(os.environ.get("GEOMAP_ARTIFACTS") or tempfile.mkdtemp(prefix="geomap-shots-"))
CHROMIUM = "/usr/lib/chromium/chromium"
EVIL = 'He said <script>window.__pwned = 1</script> & "{{ 7*7 }}" {% if x %}'


@pytest.fixture(scope="module")
def shapes():
    return (
        load_regions(SHAPES / "ukraine_regions.geojson"),
        load_context(SHAPES / "neighbours.geojson"),
    )


def _render(path: Path, figures, shapes, **kwargs) -> str:
    """The HTML map of ``figures``, named and described as a build does."""
    from geomap.reports import alt_text

    regions, context = shapes
    snap = snapshot(figures, regions, as_of=DAY)
    fmap = interactive.build_map([snap], context=context, description=alt_text(snap), **kwargs)
    interactive.save(fmap, path, label=snap.texts.title)
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_html(tmp_path_factory, shapes) -> Path:
    path = tmp_path_factory.mktemp("html") / "seed.html"
    _render(path, extract_files([SEED]), shapes)
    return path


@pytest.fixture(scope="module")
def evil_html(tmp_path_factory, shapes) -> Path:
    path = tmp_path_factory.mktemp("html") / "evil.html"
    figures = [
        Figure(
            region_code="UA-09",
            region="Luhansk",
            as_of=DAY,
            controlled_pct=99.0,
            qualifier="about",
            claimed=True,
            basis="reported",
            source=EVIL,
            quote=EVIL,
            document="<b>doc</b>",
        ),
        Figure(
            region_code="UA-14",
            region="Donetsk",
            as_of=DAY,
            controlled_pct=70.0,
            claimed=True,
            source="ISW",
            quote="Plain.",
        ),
    ]
    _render(path, figures, shapes)
    return path


def test_nothing_is_loaded_from_outside(seed_html):
    text = seed_html.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link)[^>]+(src|href)=", text)
    assert "L.map(" in text and "leaflet-container" in text  # Leaflet JS and CSS inlined
    assert "images/layers.png" not in text  # CSS images are data URIs
    assert "$(" not in text  # no jQuery
    assert len(text.encode()) < 400_000


def test_cdn_keeps_folium_links(tmp_path, shapes):
    text = _render(tmp_path / "cdn.html", extract_files([SEED]), shapes, cdn=True)
    assert re.search(
        r'<script src="https://cdn\.jsdelivr\.net/npm/leaflet@1\.9\.3/dist/leaflet\.js"', text
    )
    assert len(text.encode()) < 200_000


def test_tiles_by_provider_name(tmp_path, shapes):
    text = _render(
        tmp_path / "tiles.html", extract_files([SEED]), shapes, tiles="OpenStreetMap.Mapnik"
    )
    assert "tile.openstreetmap.org" in text
    with pytest.raises(
        InputError, match=r"unknown tile provider 'CartoDB\.Positrn'.*CartoDB\.Positron"
    ):
        _render(tmp_path / "bad.html", extract_files([SEED]), shapes, tiles="CartoDB.Positrn")


def test_same_inputs_same_file(tmp_path, shapes):
    a = _render(tmp_path / "a.html", extract_files([SEED]), shapes)
    b = _render(tmp_path / "b.html", extract_files([SEED]), shapes)
    assert a == b


def test_input_text_is_escaped(evil_html):
    text = evil_html.read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in text
    # Template syntax in the input is neither evaluated nor an error: it stays text.
    assert "&#123;&#123; 7*7 &#125;&#125;" in text and "&#123;% if x %&#125;" in text


def test_the_map_is_named_and_described_for_screen_readers(tmp_path, shapes):
    regions, context = shapes
    snap = snapshot(extract_files([SEED]), regions, as_of=DAY)
    words = 'Map of <Ukraine> & "friends": Luhansk ≈99%.'
    fmap = interactive.build_map([snap], context=context, description=words)
    interactive.save(fmap, tmp_path / "m.html", label='Title "quoted" <b>')
    page = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert page.count('role="region"') == 1
    assert ('role="region" aria-label="Title &quot;quoted&quot; &lt;b&gt;" '
            'aria-describedby="geomap-description">') in page  # fmt: skip
    assert ('<p class="geomap-description" id="geomap-description">Map of &lt;Ukraine&gt; '
            "&amp; &quot;friends&quot;: Luhansk ≈99%.</p>") in page  # fmt: skip
    # Without a description, nothing points at one.
    bare = tmp_path / "bare.html"
    interactive.save(interactive.build_map([snap], context=context), bare, label="T")
    assert 'id="map_00000000" role="region" aria-label="T">' in bare.read_text(encoding="utf-8")


def test_tooltip_tells_everything():
    regions = load_regions(SHAPES / "ukraine_regions.geojson")
    control = join(extract_files([SEED]), regions, as_of=DAY).set_index("code", drop=False)
    luhansk = interactive.tooltip_html(next(control.loc[["UA-09"]].itertuples()))
    lines = luhansk.split("<br>")
    # Each fact on its own line: "about 99%" must be the share's, not a word of the quote.
    for line in ("Under Russian control: <b>about 99%</b>", "Claimed by Russia: <b>yes</b>",
                 "Controlled: about 26,000 km²", "Claimed, not controlled: about 270 km²"):  # fmt: skip
        assert line in lines
    for part in ("Луганська область", "reported", "Institute for the Study of War",
                 "roughly 75% of both the Kherson"):  # fmt: skip
        assert part in luhansk
    crimea = interactive.tooltip_html(next(control.loc[["UA-43"]].itertuples()))
    assert "<b>100%</b> (inferred)" in crimea and "inferred, not reported" in crimea
    lviv = interactive.tooltip_html(next(control.loc[["UA-46"]].itertuples()))
    assert "no reported figure" in lviv and "Claimed by Russia: no" in lviv


def test_web_geometry_is_a_clean_coverage_close_to_the_full_shapes(shapes):
    regions, _ = shapes
    web = interactive.web_shapes(regions)
    assert shapely.coverage_is_valid(web.geometry.values)
    outline = shapely.union_all(web.geometry.values)
    assert sum(len(p.interiors) for p in getattr(outline, "geoms", [outline])) == 0
    equal_area = "+proj=laea +lat_0=48.5 +lon_0=31.5"
    ratio = web.to_crs(equal_area).area / regions.to_crs(equal_area).area
    assert ((ratio - 1).abs() < 0.005).all()
    # Coordinates rounded to 4 decimals.
    coords = shapely.get_coordinates(web.geometry.values)
    assert (abs(coords * 1e4 - (coords * 1e4).round()) < 1e-6).all()


# --- in a real browser -------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("GEOMAP_REQUIRE_BROWSER"):
            pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"],
        )  # fmt: skip
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    page.outbound, page.errors = [], []

    def block(route):
        page.outbound.append(route.request.url)
        route.abort()

    context.route(re.compile(r"^(https?|wss?|ftp)://"), block)
    page.on("request", lambda r: r.url.startswith(("http", "ws")) and page.outbound.append(r.url))
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


@pytest.mark.browser
def test_map_in_a_browser(page, seed_html):
    page.goto(seed_html.as_uri())
    page.wait_for_selector("path.geomap-region")
    assert page.locator("path.geomap-region").count() == 27

    page.locator("path.geomap-region-UA-09").hover()
    tooltip = page.locator(".geomap-tooltip")
    tooltip.wait_for()
    text = tooltip.inner_text()
    assert "Luhansk" in text and "99" in text
    assert "Russia currently occupies about 99% of the Luhansk region" in text

    claimed = page.locator("path.geomap-claimed")
    assert claimed.count() == 6
    toggle = page.get_by_label("Claimed territory")
    toggle.uncheck()
    assert claimed.count() == 0
    toggle.check()
    assert claimed.count() == 6
    assert page.locator(".geomap-label").count() == 6
    page.get_by_label("Labels").uncheck()
    assert page.locator(".geomap-label").count() == 0
    page.get_by_label("Labels").check()

    assert "18 February 2025" in page.locator("#geomap-title").inner_text()
    assert "no reported figure" in page.locator("#geomap-legend").inner_text()
    # The map as a screen reader finds it: a named region, and its description, not shown.
    region = page.get_by_role("region", name="Ukraine: territory Russia claims")
    assert region.count() == 1
    assert "Luhansk" in page.locator("#geomap-description").inner_text()
    assert page.locator("#geomap-description").bounding_box()["width"] <= 1
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "interactive.png")
    assert page.outbound == []
    assert page.errors == []


@pytest.mark.browser
def test_map_on_a_phone(browser, seed_html):
    context = browser.new_context(
        viewport={"width": 390, "height": 760}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.goto(seed_html.as_uri())
    page.wait_for_selector("path.geomap-region")
    legend = page.locator("#geomap-legend")
    assert legend.get_attribute("open") is None  # collapsed: the map stays visible
    box = legend.bounding_box()
    assert box["height"] < 60
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "interactive-phone.png")
    context.close()


@pytest.fixture(scope="module")
def history_html(tmp_path_factory, shapes) -> Path:

    regions, context = shapes
    later = dt.date(2025, 3, 20)
    history = carry_forward(
        {
            DAY: extract_files([SEED]),
            later: [
                Figure(
                    region_code="UA-65",
                    region="Kherson",
                    as_of=later,
                    controlled_pct=96.0,
                    qualifier="roughly",
                    source="ISW",
                    quote="Q96.",
                )
            ],
        }
    )
    fmap = interactive.build_map(series(history, regions), context=context)
    path = tmp_path_factory.mktemp("html") / "history.html"
    interactive.save(fmap, path)
    return path


@pytest.mark.browser
def test_snapshot_switcher(page, history_html):
    page.goto(history_html.as_uri())
    page.wait_for_selector("path.geomap-region")
    assert "20 March 2025" in page.locator("#geomap-title").inner_text()
    kherson = page.locator(".geomap-label[data-code='UA-65']")
    assert kherson.inner_text().split("\n") == ["Kherson", "≈96%", "(+21 pp)"]
    notes = page.locator("#geomap-notes").inner_text()
    assert "(±pp): change since the region's previous figure, of 18 February 2025" in notes
    region = page.locator("path.geomap-region-UA-65")
    assert region.get_attribute("fill") == style.PALETTE[4]

    page.get_by_label("2025-02-18").check()
    assert "18 February 2025" in page.locator("#geomap-title").inner_text()
    assert kherson.inner_text().split("\n") == ["Kherson", "≈75%"]
    assert region.get_attribute("fill") == style.PALETTE[3]
    region.hover()
    assert "roughly 75%" in page.locator(".geomap-tooltip").inner_text()
    assert page.locator("path.geomap-claimed").count() == 6
    page.mouse.move(5, 400)  # hover off: the restored style keeps the snapshot's fill
    assert region.get_attribute("fill") == style.PALETTE[3]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "interactive-history.png")
    assert page.errors == [] and page.outbound == []


def test_one_snapshot_has_no_switcher(seed_html):
    assert '"order":["2025-02-18"]' in seed_html.read_text(encoding="utf-8")


@pytest.mark.browser
def test_one_snapshot_shows_no_switcher(page, seed_html):
    page.goto(seed_html.as_uri())
    page.wait_for_selector("path.geomap-region")
    assert page.locator("#geomap-snapshots").count() == 0
    assert page.errors == [] and page.outbound == []


def test_the_page_data_is_compact_json_in_utf8(seed_html):
    page = seed_html.read_text(encoding="utf-8")
    data = re.search(r'(\{"anchors":.*\})\);$', page, re.M).group(1)  # geomapStory's last argument
    assert json.loads(data)["order"] == ["2025-02-18"]
    assert '": ' not in data and '", "' not in data  # no padding after separators
    assert "Луганська область" in data  # UTF-8, not \u escapes


@pytest.mark.browser
def test_injected_script_does_not_run(page, evil_html):
    page.goto(evil_html.as_uri())
    page.wait_for_selector("path.geomap-region")
    page.locator("path.geomap-region-UA-09").hover()
    tooltip = page.locator(".geomap-tooltip")
    tooltip.wait_for()
    assert "<script>window.__pwned = 1</script>" in tooltip.inner_text()
    assert '"{{ 7*7 }}" {% if x %}' in tooltip.inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.errors == []


def test_encoded_geometry_decodes_to_the_rounded_coordinates(shapes):
    import numpy as np

    regions, _ = shapes
    web = interactive.web_shapes(regions)
    for geometry in web.geometry:
        encoded = interactive.encode_geometry(geometry)
        polygons = list(getattr(geometry, "geoms", [geometry]))
        assert len(encoded) == len(polygons)
        for rings, polygon in zip(encoded, polygons, strict=True):
            originals = [polygon.exterior, *polygon.interiors]
            assert len(rings) == len(originals)
            for ring, original in zip(rings, originals, strict=True):
                assert isinstance(ring, str) and re.fullmatch(r"[A-Za-z0-9+/]*", ring)
                deltas = np.asarray(_vlq_numbers(ring)).reshape(-1, 2)
                decoded = np.cumsum(deltas, axis=0) * interactive.GRID_DEG
                expected = shapely.get_coordinates(original)[:-1]
                assert np.allclose(decoded, expected, atol=1e-9)


def _vlq_numbers(text: str) -> list[int]:
    """The integers of an encoded string, read as source maps' Base64 VLQ is described."""
    digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    numbers, value, shift = [], 0, 0
    for char in text:
        digit = digits.index(char)
        value |= (digit & 0x1F) << shift
        shift += 5
        if digit < 0x20:
            numbers.append(-(value >> 1) if value & 1 else value >> 1)
            value, shift = 0, 0
    return numbers


@pytest.mark.parametrize(
    "numbers", [[0, 0], [1, -1], [-16, 15], [2**31, -(2**31) - 5], [7, -123456]]
)
def test_a_ring_encodes_every_difference_exactly(numbers):
    import numpy as np

    points = np.cumsum(np.asarray(numbers).reshape(-1, 2), axis=0) * interactive.GRID_DEG
    assert _vlq_numbers(encoding.encode_ring(points)) == numbers


@pytest.fixture(scope="module")
def raion_html(tmp_path_factory, shapes) -> Path:
    from geomap.boundaries import load_raions

    regions, context = shapes
    raions = load_raions(SHAPES / "ukraine_raions.geojson")
    figures = [
        Figure(region_code="UA-14", region="Donetsk", as_of=DAY, controlled_pct=70.0),
        Figure(
            region_code="UA14160000000061982",
            region="Pokrovsk Raion",
            as_of=DAY,
            controlled_pct=60.0,
            qualifier="about",
            source="Raion desk",
        ),
    ]
    snap = snapshot(figures, regions, as_of=DAY, raions=raions)
    path = tmp_path_factory.mktemp("html") / "raions.html"
    interactive.save(interactive.build_map([snap], context=context, raions=raions), path)
    return path


@pytest.mark.browser
def test_raions_in_a_browser(page, raion_html):
    page.goto(raion_html.as_uri())
    page.wait_for_selector("path.geomap-region")
    assert page.locator("path.geomap-region").count() == 27
    # The raion with a figure is filled; the raions of Donetsk oblast are outlined.
    assert page.locator("path.geomap-subunit").count() == 1
    assert page.locator("path.geomap-subunit-line").count() == 8
    assert page.locator(".geomap-label").count() == 2
    page.locator("path.geomap-subunit").hover()
    tooltip = page.locator(".geomap-tooltip")
    tooltip.wait_for()
    assert "Pokrovsk Raion" in tooltip.inner_text() and "60%" in tooltip.inner_text()
    # Every raion, by name, on a layer that is off until switched on.
    assert page.locator("path.geomap-subunit-layer").count() == 0
    page.get_by_label("Raions").check()
    assert page.locator("path.geomap-subunit-layer").count() == 138
    assert page.errors == [] and page.outbound == []


@pytest.fixture(scope="module")
def ground_html(tmp_path_factory, shapes) -> Path:
    from geomap.layers import ControlLayer
    from geomap.measure import Units, measure

    regions, context = shapes
    by_code = regions.set_index("code").geometry
    # Luhansk whole, Donetsk east of 37.5° E, and a contested strip west of it.
    held = shapely.union(by_code["UA-09"], shapely.box(37.5, 46.5, 39.5, 49.5))
    grey = shapely.box(37.3, 47.5, 37.5, 48.5)
    layer = ControlLayer(DAY, Path("front_20250218.geojson"), "Test desk", held, grey)
    measured = [measure(layer, Units.of(regions))]
    snap = snapshot(extract_files([SEED]), regions, as_of=DAY, layers=[layer],
                    measurements=measured)  # fmt: skip
    path = tmp_path_factory.mktemp("html") / "ground.html"
    interactive.save(interactive.build_map([snap], context=context), path)
    return path


@pytest.mark.browser
def test_the_ground_in_a_browser(page, ground_html):
    page.goto(ground_html.as_uri())
    page.wait_for_selector("path.geomap-region")
    for css in ("controlled", "grey", "front"):
        assert page.locator(f"path.geomap-ground-{css}").count() >= 1, css
    assert page.locator("path.geomap-open-claim").count() == 1
    luhansk = page.locator("path.geomap-region-UA-09")
    # The shares are a layer to switch on; the regions stay, with their tooltips.
    assert luhansk.get_attribute("fill") == style.NO_FIGURE
    page.get_by_label("Controlled share").check()
    assert luhansk.get_attribute("fill") == style.PALETTE[-1]
    page.get_by_label("Controlled share").uncheck()
    assert luhansk.get_attribute("fill") == style.NO_FIGURE
    page.locator("path.geomap-region-UA-74").hover()  # in the north, clear of the legend
    tooltip = page.locator(".geomap-tooltip")
    tooltip.wait_for()
    assert "Chernihiv" in tooltip.inner_text()
    assert "measured from the control layer of 18 February 2025" in tooltip.inner_text()
    assert (
        "Control layer of 18 February 2025 (Test desk)"
        in page.locator("#geomap-legend").inner_text()
    )
    page.get_by_label("Control layer").uncheck()
    assert page.locator("path.geomap-ground-controlled").count() == 0
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "interactive-ground.png")
    assert page.errors == [] and page.outbound == []


@pytest.mark.browser
def test_html_labels_sit_inside_their_regions_or_are_led_out(page, seed_html):
    """At the opening zoom every label lies over its own region (its corners hit the region's
    path), except the small units', which are led out on a line."""
    page.goto(seed_html.as_uri())
    page.wait_for_selector(".geomap-label")
    found = page.evaluate(
        """() => Array.from(document.querySelectorAll('.geomap-label')).map(label => {
            const code = label.dataset.code, r = label.getBoundingClientRect();
            const corners = [[r.left + 1, r.top + 1], [r.right - 1, r.top + 1],
                             [r.left + 1, r.bottom - 1], [r.right - 1, r.bottom - 1]];
            const over = corners.map(([x, y]) => document.elementsFromPoint(x, y).some(
                e => e.classList && e.classList.contains('geomap-region-' + code)));
            const next = corners.map(([x, y]) => document.elementsFromPoint(x, y).some(
                e => e.classList && e.classList.contains('geomap-region-UA-14')));
            return [code, label.classList.contains('geomap-small'), over.every(Boolean),
                    next.some(Boolean)];
        })"""
    )
    # The check can tell: no corner of Luhansk's label lies over Donetsk, its neighbour.
    assert [over_donetsk for code, *_, over_donetsk in found if code == "UA-09"] == [False]
    found = [(code, small, inside) for code, small, inside, _ in found]
    assert len(found) == 6
    assert {code for code, small, _ in found if small} == {"UA-40"}  # Sevastopol
    assert [code for code, small, inside in found if not small and not inside] == []


def test_no_tooltip_drops_the_hedge(regions):
    from geomap.render.interactive import tooltip_html

    control = control_map(
        regions,
        [
            Figure(
                region_code="UA-09",
                region="Luhansk",
                as_of=DAY,
                controlled_pct=99.0,
                qualifier="about",
                quote="q",
            )
        ],
    )
    row = next(r for r in control.itertuples() if r.code == "UA-09")
    lines = tooltip_html(row).split("<br>")
    assert "Under Russian control: <b>about 99%</b>" in lines
    assert not math.isnan(row.controlled_pct)


def test_the_tooltips_of_a_three_snapshot_history():
    from geomap.boundaries import load_regions
    from geomap.render.interactive import tooltip_html
    from geomap.snapshot import series

    first, second, third = dt.date(2025, 2, 18), dt.date(2025, 6, 1), dt.date(2025, 9, 1)
    history = carry_forward({
        first: [Figure(region_code="UA-14", region="Donetsk", as_of=first, controlled_pct=70.0),
                Figure(region_code="UA-09", region="Luhansk", as_of=first, controlled_pct=99.0)],
        second: [Figure(region_code="UA-65", region="Kherson", as_of=second, controlled_pct=75.0)],
        third: [Figure(region_code="UA-14", region="Donetsk", as_of=third, controlled_pct=75.0,
                       qualifier="nearly")],
    })  # fmt: skip
    frame = series(history, load_regions())[-1].frame.set_index("code", drop=False)
    donetsk = tooltip_html(next(frame.loc[["UA-14"]].itertuples()))
    assert "Change: +5 pp since 2025-02-18" in donetsk and "carried forward" not in donetsk
    luhansk = tooltip_html(next(frame.loc[["UA-09"]].itertuples()))
    assert "Reported on 18 February 2025, carried forward" in luhansk and "Change" not in luhansk
    kherson = tooltip_html(next(frame.loc[["UA-65"]].itertuples()))
    assert "Reported on 1 June 2025, carried forward" in kherson


def test_the_page_is_in_the_font_set(tmp_path, shapes):
    from geomap import style

    with style.using(style.Look(font="DejaVu Serif")):
        page = _render(tmp_path / "serif.html", extract_files([SEED]), shapes)
    assert "font-family: 'DejaVu Serif', system-ui, sans-serif;" in page
    plain = _render(tmp_path / "plain.html", extract_files([SEED]), shapes)
    assert "DejaVu Serif" not in plain


@pytest.fixture(scope="module")
def sudan_html(tmp_path_factory) -> Path:
    from geomap.profile import DATA, load, using

    with using(load(DATA / "sudan.json")):
        regions = load_regions(DATA / "boundaries" / "sudan_regions.geojson")
        context = load_context(DATA / "boundaries" / "sudan_neighbours.geojson")
        figures = [Figure(region_code="SD-DN", region="North Darfur", as_of=DAY, held=True)]
        snap = snapshot(figures, regions, as_of=DAY)
        path = tmp_path_factory.mktemp("html") / "sudan.html"
        interactive.save(interactive.build_map([snap], context=context), path)
    return path


@pytest.mark.browser
def test_a_disputed_area_is_hatched_and_named_as_on_the_static_map(page, sudan_html):
    page.goto(sudan_html.as_uri())
    page.wait_for_selector("path.geomap-region")
    # Drawn in a pane over the neighbours (drawn later in the page), hatched, not plain land.
    area = page.locator(".leaflet-geomap-disputed-pane path")
    assert area.count() == 1
    assert area.get_attribute("fill") == "url(#geomap-disputed-hatch)"
    assert page.locator("pattern#geomap-disputed-hatch").count() == 1
    assert page.locator(".geomap-disputed").inner_text() == "Abyei Area\n(disputed)"
    assert page.errors == [] and page.outbound == []
