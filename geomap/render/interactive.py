"""The interactive map: one self-contained HTML file, drawn with folium (Leaflet).

By default nothing leaves the page: Leaflet's JS and CSS are inlined from the ``xstatic-leaflet``
package (its images as data URIs), folium's CDN assets (jQuery, Bootstrap, awesome-markers) are
dropped, nothing that needs them is used, and the background is drawn from the shipped shapes
instead of web tiles. ``tiles`` opts into a web basemap; ``cdn=True`` keeps folium's CDN links.
"""

from __future__ import annotations

import base64
import html
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import folium
import shapely
from branca.element import Element, MacroElement
from jinja2 import Template
from jinja2.utils import htmlsafe_json_dumps

from geomap import style
from geomap.boundaries import load_places, projected_crs, simplify_coverage
from geomap.errors import OutputError
from geomap.profile import current
from geomap.render.encoding import (
    GRID_DEG,
    encode_geometry,
    encode_lines,
    polygons_of,
)
from geomap.render.markup import CSS, escape, legend_html, tooltip_html
from geomap.render.places import places as find_places
from geomap.render.places import places_layer
from geomap.render.scene import corners, view
from geomap.tiles import tile_provider

if TYPE_CHECKING:
    import geopandas as gpd

    from geomap.snapshot import Snapshot

# Simplification of the region coverage for the web, in metres of the projected CRS: every
# region's area stays within 0.5% of the full shape (see benchmarks/).
TOLERANCE_M = 1_500
# The neighbouring countries are only a backdrop: simplified in degrees (about 8 km) and
# rounded to 1e-3° (about 100 m).
CONTEXT_TOLERANCE_DEG = 0.08
CONTEXT_GRID_DEG = 1e-3
# How far (degrees) neighbouring countries are widened into the seam along the country's borders.
SEAM_DEG = 0.05
HATCH_ID = "geomap-claimed-hatch"
DISPUTED_HATCH_ID = "geomap-disputed-hatch"
DISPUTED_PANE = "geomap-disputed"
# Below this zoom the labels would overlap each other; the tooltips still tell everything.
LABEL_MIN_ZOOM = 5.5


@cache
def _leaflet_assets() -> tuple[str, str]:
    """Leaflet's JS and CSS from xstatic-leaflet, CSS images inlined as data URIs."""
    import xstatic.pkg.leaflet as xleaflet

    base = Path(xleaflet.BASE_DIR)
    js = (base / "leaflet.js").read_text(encoding="utf-8")
    css = (base / "leaflet.css").read_text(encoding="utf-8")

    def inline(match: re.Match) -> str:
        data = base64.b64encode((base / match.group(1)).read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{data})"

    css = re.sub(r"url\((images/[\w.-]+\.png)\)", inline, css)
    # The source map comment would make devtools fetch a file that is not there.
    js = re.sub(r"//# sourceMappingURL=\S+", "", js)
    return js, css


def _disputed_layer(context: gpd.GeoDataFrame, fmap: folium.Map) -> folium.FeatureGroup:
    """Areas apart from every unit and neighbour (Abyei): hatched grey and outlined dashed, as
    on the static map, and named "(disputed)" on the map and on hover."""
    layer = folium.FeatureGroup(name="Disputed areas", control=False)
    # A pane of its own, over the overlays: the neighbours drawn in the page come after it.
    folium.map.CustomPane(DISPUTED_PANE, z_index=405, pointer_events=True).add_to(fmap)
    for row in context[context["disputed"] != ""].itertuples():
        name = f"{row.disputed} (disputed)"
        folium.GeoJson(
            row.geometry.__geo_interface__, name=name, tooltip=escape(name), pane=DISPUTED_PANE,
            style_function=lambda _: {"fillColor": f"url(#{DISPUTED_HATCH_ID})", "fillOpacity": 1,
                                      "color": style.MUTED_TEXT, "weight": 1.2,
                                      "dashArray": "4 3"},
        ).add_to(layer)  # fmt: skip
        point = row.geometry.representative_point()
        label = f"<div class='geomap-disputed'>{escape(row.disputed)}<br>(disputed)</div>"
        folium.Marker(
            [point.y, point.x], interactive=False,
            icon=folium.DivIcon(html=label, icon_size=(0, 0), class_name="geomap-label-icon"),
        ).add_to(layer)  # fmt: skip
    return layer


def _backdrop(context: gpd.GeoDataFrame, regions: gpd.GeoDataFrame) -> list:
    """Neighbouring countries, simplified, with no sea showing between them or along the country.

    The countries are simplified as one coverage, so they keep meeting each other. They and
    the regions are simplified apart (and a user's regions may come from anywhere), so their
    shared borders do not quite meet: each country is widened into the seam next to the
    regions (the regions are drawn over it), and only there, so coastlines stay where they are.
    """
    from geomap import derived

    params = {"seam": SEAM_DEG, "tolerance": CONTEXT_TOLERANCE_DEG, "grid": CONTEXT_GRID_DEG}
    inputs = [context.geometry.values, regions.geometry.values]
    return list(derived.derived("backdrop", params, inputs, lambda: _land(*inputs)))


def _land(geometries, regions) -> list:
    near_regions = shapely.union_all(regions).buffer(SEAM_DEG)
    if shapely.coverage_is_valid(geometries):
        simple = shapely.coverage_simplify(geometries, CONTEXT_TOLERANCE_DEG)
    else:  # a user's context file that is not a clean coverage
        simple = shapely.simplify(geometries, CONTEXT_TOLERANCE_DEG)
    land = []
    for full, simplified in zip(geometries, simple, strict=True):
        seam = shapely.intersection(full.buffer(SEAM_DEG), near_regions)
        # A tenth of the seam's width: it still reaches under the regions on one side.
        seam = shapely.simplify(seam, SEAM_DEG / 10)
        land.append(shapely.set_precision(shapely.union(simplified, seam), CONTEXT_GRID_DEG))
    return land


@cache
def _story_js() -> str:
    return resources.files("geomap.render").joinpath("story.js").read_text(encoding="utf-8")


def _raw(markup: str) -> Element:
    """An element that writes ``markup`` as it is.

    branca treats an Element's text as a Jinja template; text from the input (a quote with
    ``{{`` or ``{%``) must never be evaluated, so it goes in as a variable instead.
    """
    element = Element("{{ this.markup }}")
    element.markup = markup
    return element


class _Story(MacroElement):
    """Calls ``geomapStory`` (``story.js``) with the map, its layer groups and the data.

    The shapes travel once, compactly encoded (see :func:`encode_geometry`), and are decoded
    into Leaflet layers in the page; each snapshot only adds its fills and texts. The claimed
    hatch reuses the region shapes, filled with an SVG pattern added to the overlay pane.
    With more than one snapshot a control switches between them.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        geomapStory({{ this.map.get_name() }}, {{ this.share.get_name() }},
            {{ this.claimed.get_name() }}, {{ this.labels.get_name() }},
            {{ this.backdrop.get_name() if this.backdrop else "null" }},
            {{ this.raions.get_name() if this.raions else "null" }},
            {{ this.ground.get_name() if this.ground else "null" }}, {{ this.data_json }});
        {# Leaflet's credit without the flag its prefix carries since 1.9: a map of a war
           credits its sources, not a side. #}
        {{ this.map.get_name() }}.attributionControl.setPrefix(
            '<a href="https://leafletjs.com">Leaflet</a>');
        {% endmacro %}
        """
    )

    def __init__(self, fmap, share, claimed, labels, backdrop, raions, ground, data) -> None:
        super().__init__()
        self.map, self.share, self.claimed, self.labels = fmap, share, claimed, labels
        self.backdrop, self.raions, self.ground = backdrop, raions, ground
        # Jinja's own JSON for a <script>, with "<", ">", "&" and "'" as \u escapes, written
        # compactly: no spaces, and local names as UTF-8 rather than \u escapes.
        self.data_json = htmlsafe_json_dumps(
            data, separators=(",", ":"), ensure_ascii=False, sort_keys=True
        )


def _unit_data(row) -> dict:
    return {
        "fill": style.row_fill(row),
        "tooltip": tooltip_html(row),
        "label": "<br>".join(escape(line) for line in style.label(row).split("\n") if line),
        "claimed": bool(row.claimed),
    }


def _snapshot_data(snapshots: list[Snapshot]) -> dict:
    """Colours and escaped texts of every snapshot, keyed by date and region code."""
    # Label anchors depend only on the shapes, the same in every snapshot.
    latest = snapshots[-1]
    anchors = {
        code: [round(lat, 4), round(lon, 4), bool(area < style.SMALL_UNIT_KM2)]
        for code, area in zip(latest.frame["code"], latest.frame["area_km2"], strict=True)
        for lon, lat in [latest.anchors[code]]
    }
    data = {}
    for snapshot in snapshots:
        words = snapshot.texts
        regions, raions = {}, {}
        for row in snapshot.frame.itertuples():
            regions[row.code] = _unit_data(row)
        if snapshot.raions is not None:
            for row in snapshot.raions.itertuples():
                raions[row.code] = _unit_data(row)
                # A raion's label is led out of it, clear of its region's label.
                lon, lat = snapshot.anchors[row.code]
                anchors[row.code] = [round(lat, 4), round(lon, 4), True]
        data[snapshot.as_of.isoformat()] = {
            "subtitle": escape(words.subtitle),
            "headline": escape(words.headline),
            "notes": "<br>".join(escape(n) for n in words.notes),
            "regions": regions,
            "subunits": raions,
            "outlined": sorted(snapshot.outlines["code"]) if snapshot.outlines is not None else [],
        }
    return {
        "order": list(data),
        "snapshots": data,
        "anchors": anchors,
        "hatch": HATCH_ID,
        "disputedHatch": [DISPUTED_HATCH_ID, style.MUTED_TEXT, style.LAND],
    }


def _tile_layer(name: str) -> folium.TileLayer:
    provider = tile_provider(name)
    return folium.TileLayer(tiles=provider, name=provider.name, control=False)


def _fix_ids(root) -> None:
    """Give every element a stable id, so the same inputs give the same file."""
    counter = 0

    def visit(element) -> None:
        nonlocal counter
        element._id = f"{counter:08x}"
        counter += 1
        for child in element._children.values():
            visit(child)

    visit(root)


def build_map(
    snapshots: list[Snapshot],
    *,
    context: gpd.GeoDataFrame | None = None,
    raions: gpd.GeoDataFrame | None = None,
    tiles: str | None = None,
    cdn: bool = False,
    description: str = "",
) -> folium.Map:
    """Build the interactive map of the newest of ``snapshots`` (oldest first); with more than
    one, the map gets a switcher between them. With ``raions`` (every raion's shape), the map
    has a layer of them, off until the reader switches it on, and draws the raions that have a
    figure and the raion lines of the regions that do. ``description`` (the map in words, see
    :func:`geomap.reports.alt_text`) is what a screen reader says of the map."""
    control = snapshots[-1].frame
    words = snapshots[-1].texts
    web = web_shapes(control)
    minx, miny, maxx, maxy = view(control)  # the whole, or the units with figures

    fmap = folium.Map(
        location=[(miny + maxy) / 2, (minx + maxx) / 2], zoom_start=6, tiles=None,
        control_scale=True, zoom_snap=0.25, min_zoom=4,
    )  # fmt: skip
    if not cdn:
        # Instance attributes shadow folium's CDN lists: the page loads nothing from outside.
        fmap.default_js = []
        fmap.default_css = []
        js, css = _leaflet_assets()
        fmap.get_root().header.add_child(_raw(f"<style>{css}</style>"), name="leaflet_css")
        fmap.get_root().header.add_child(_raw(f"<script>{js}</script>"), name="leaflet_js")
    fmap.get_root().header.add_child(_raw(f"<style>{CSS}</style>"), name="geomap_css")
    fmap.get_root().header.add_child(
        _raw(f"<title>{html.escape(words.title)}</title>"), name="geomap_title"
    )
    if tiles:
        _tile_layer(tiles).add_to(fmap)

    backdrop = None
    shapes_context = []
    if context is not None and not tiles:
        shapes_context = [
            {"geometry": encode_geometry(g, CONTEXT_GRID_DEG)}
            for g in _backdrop(context, web)
            if not g.is_empty
        ]
        backdrop = folium.FeatureGroup(name="Neighbouring countries", control=False).add_to(fmap)
        if "disputed" in context and (context["disputed"] != "").any():
            _disputed_layer(context, fmap).add_to(fmap)
    grounds = _ground_data(snapshots)
    on_ground = snapshots[-1].as_of.isoformat() in grounds
    ground = None
    if grounds:
        ground = folium.FeatureGroup(name="Control layer").add_to(fmap)
    # Over a control layer, the shares are a layer the reader switches on.
    share = folium.FeatureGroup(name="Controlled share", show=not on_ground).add_to(fmap)
    # A side that claims no territory has no claimed layer to switch on.
    claimed = folium.FeatureGroup(name="Claimed territory", control=current().claims).add_to(fmap)
    labels = folium.FeatureGroup(name="Labels").add_to(fmap)
    around = (minx - 1, miny - 1, maxx + 1, maxy + 1)  # (degrees)
    anchors = [snapshots[-1].anchors[row.code] for row in control.itertuples() if style.label(row)]
    places_layer(
        find_places(load_places(), context, around), anchors, (minx, miny, maxx, maxy)
    ).add_to(fmap)
    raion_layer = None
    data = _snapshot_data(snapshots)
    data["subunits"] = []
    if raions is not None:
        name = current().subunits.plural.capitalize()  # "Raions", "Localities"
        raion_layer = folium.FeatureGroup(name=name, show=False).add_to(fmap)
        data["subunits"] = [
            {"code": code, "name": escape(name), "geometry": encode_geometry(g)}
            for code, name, g in zip(
                raions["code"], raions["name"], web_shapes(raions).geometry, strict=True
            )
        ]
    data["shapes"] = [
        {"code": code, "geometry": encode_geometry(g)}
        for code, g in zip(web["code"], web.geometry, strict=True)
    ]
    data["context"] = shapes_context
    data["scale"] = round(1 / GRID_DEG)
    data["context_scale"] = round(1 / CONTEXT_GRID_DEG)
    data["styles"] = {
        "region": {"fillOpacity": 0.8 if tiles else 1, "color": style.REGION_EDGE, "weight": 0.8},
        "highlight": {"weight": 2.5, "color": style.TEXT},
        "subunit": {"fillOpacity": 1, "color": style.TEXT, "weight": 1.2},
        "subunitLine": {"fill": False, "color": style.REGION_EDGE, "weight": 0.5, "opacity": 0.8},
        "subunitLayer": {"fillOpacity": 0, "color": style.MUTED_TEXT, "weight": 0.6},
        "controlled": {"fillColor": style.CONTROLLED, "fillOpacity": 1, "stroke": False},
        "grey": {"fillColor": style.GREY_ZONE, "fillOpacity": 0.75, "stroke": False},
        "front": {"color": style.FRONT, "weight": 2, "fill": False},
        "claimed": {"fillOpacity": 1, "color": style.CLAIMED, "weight": 2.5},
        "land": {
            "fillColor": style.LAND,
            "fillOpacity": 1,
            "color": style.LAND_EDGE,
            "weight": 0.8,
        },
    }
    data["labelMinZoom"] = LABEL_MIN_ZOOM
    data["grounds"] = grounds
    data["noFigure"] = style.NO_FIGURE
    fmap.get_root().header.add_child(_raw(f"<script>{_story_js()}</script>"), name="geomap_js")
    fmap.add_child(_Story(fmap, share, claimed, labels, backdrop, raion_layer, ground, data))

    folium.LayerControl(collapsed=False, position="topright").add_to(fmap)
    latest = grounds.get(snapshots[-1].as_of.isoformat())
    fills = {u["fill"] for s in data["snapshots"].values() for u in s["regions"].values()}
    web_frame = snapshots[-1].frame.to_crs(projected_crs())
    corner, _ = corners(web_frame.geometry.values, tuple(web_frame.total_bounds))
    legend = legend_html(words, latest, fills=fills, right=corner.endswith("right"))
    fmap.get_root().html.add_child(_raw(legend), name="geomap_legend")
    font = style.look().font  # a plain name (style.font_problem): safe in CSS
    if font:
        fmap.get_root().header.add_child(
            _raw(f"<style>.geomap-title, .geomap-legend, .geomap-tooltip, .geomap-label "
                 f"{{ font-family: '{font}', system-ui, sans-serif; }}</style>"),
            name="geomap_font",
        )  # fmt: skip
    if description:
        # Read by screen readers, not shown: the map's element points at it (see save).
        fmap.get_root().html.add_child(
            _raw(f'<p class="geomap-description" id="geomap-description">{escape(description)}'
                 "</p>"), name="geomap_description",
        )  # fmt: skip
    # Open fitted to the country at once: an animated zoom from the initial view would make the
    # page shift under the reader's first click.
    fit = folium.map.FitBounds([[miny, minx], [maxy, maxx]])
    fit.options["animate"] = False
    fmap.add_child(fit)
    _fix_ids(fmap)
    return fmap


def save(fmap: folium.Map, path: Path, *, label: str = "") -> None:
    """Write the map as one HTML file; the map's element is named for screen readers (a region
    with the ``label``, the map's title, described by the map in words where it has them)."""
    page = fmap.get_root().render()
    element = f'<div class="folium-map" id="{fmap.get_name()}" >'
    if page.count(element) != 1:
        raise OutputError(
            f"folium wrote the map's element otherwise than {element!r}", where=str(path),
            hint="report it: geomap names it for screen readers",
        )  # fmt: skip
    has_words = 'id="geomap-description"' in page
    described = ' aria-describedby="geomap-description"' if has_words else ""
    named = (f'<div class="folium-map" id="{fmap.get_name()}" role="region" '
             f'aria-label="{escape(label)}"{described}>')  # fmt: skip
    path.write_text(page.replace(element, named), encoding="utf-8")


def web_shapes(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The region shapes as the HTML map carries them: simplified as a coverage, rounded."""
    return simplify_coverage(frame, tolerance_m=TOLERANCE_M, grid_deg=GRID_DEG)


# The HTML map carries the grounds of older snapshots too, for the switcher, up to this much.
GROUND_BUDGET = 1_000_000  # bytes of encoded geometry


GROUND_TOLERANCE_DEG = 0.003  # about 250 m: the front line at the web map's zooms


def _ground_data(snapshots: list[Snapshot]) -> dict:
    """The control layer's ground of each snapshot that has one, newest first, within
    :data:`GROUND_BUDGET`: controlled, grey and open-claim polygons, and the front line."""

    out: dict[str, dict] = {}
    size = 0
    for snapshot in reversed(snapshots):
        ground = snapshot.ground
        if ground is None:
            continue
        simple = shapely.simplify(
            [ground.controlled, ground.grey, ground.open_claim, ground.front],
            GROUND_TOLERANCE_DEG,
        )
        entry = {
            "controlled": polygons_of(simple[0]),
            "grey": polygons_of(simple[1]),
            "open": polygons_of(simple[2]),
            "front": encode_lines(simple[3]),
            "title": escape(
                f"Control layer of {style.long_date(ground.as_of)}"
                + (f" ({ground.source})" if ground.source else "")
            ),
            "open_label": escape(
                f"{style.claimed_label()}, not under its control "
                f"({style.km2(ground.open_claim_km2)}, measured)"
            ),
        }
        size += len(json.dumps(entry, separators=(",", ":")))
        if out and size > GROUND_BUDGET:
            break
        out[snapshot.as_of.isoformat()] = entry
    return out
