"""The interactive map: one self-contained HTML file, drawn with folium (Leaflet).

By default nothing leaves the page: Leaflet's JS and CSS are inlined from the ``xstatic-leaflet``
package (its images as data URIs), folium's CDN assets (jQuery, Bootstrap, awesome-markers) are
dropped, nothing that needs them is used, and the background is drawn from the shipped shapes
instead of web tiles. ``tiles`` opts into a web basemap; ``cdn=True`` keeps folium's CDN links.
"""

from __future__ import annotations

import base64
import functools
import html
import json
import math
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import folium
import numpy as np
import shapely
from branca.element import Element, MacroElement
from jinja2 import Template
from jinja2.utils import htmlsafe_json_dumps

from geomap import style
from geomap.boundaries import simplify_coverage
from geomap.figures import format_pct
from geomap.tiles import tile_provider

if TYPE_CHECKING:
    import geopandas as gpd

    from geomap.snapshot import Snapshot

# Simplification of the region coverage for the web, in metres of the projected CRS: every
# region's area stays within 0.5% of the full shape (see benchmarks/).
TOLERANCE_M = 1_500
# Coordinates are rounded to 1e-4° (about 10 m): finer digits only add bytes.
GRID_DEG = 1e-4
# The neighbouring countries are only a backdrop: simplified in degrees (about 8 km) and
# rounded to 1e-3° (about 100 m).
CONTEXT_TOLERANCE_DEG = 0.08
CONTEXT_GRID_DEG = 1e-3
# How far (degrees) neighbouring countries are widened into the seam along the country's borders.
SEAM_DEG = 0.05
HATCH_ID = "geomap-claimed-hatch"
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


def _share_words(pct: float, qualifier: str, label: str = "") -> str:
    if math.isnan(pct):
        return "no reported figure"
    share = f"{label or format_pct(pct)}%"
    if label and label != format_pct(pct):
        share += f" (mapped at {format_pct(pct)}%)"
    return f"{qualifier} {share}" if qualifier else share


def escape(text: str) -> str:
    """HTML-escape text from the input, braces included.

    folium re-reads each rendered layer script as a Jinja template, so a ``{{`` or ``{%`` in a
    quote would be evaluated (or break the build) unless written as entities.
    """
    return html.escape(text).replace("{", "&#123;").replace("}", "&#125;")


def tooltip_html(row) -> str:
    """The hover text of one region; every value from the input is escaped."""
    e = escape
    share = _share_words(row.controlled_pct, row.qualifier, row.pct_label)
    lines = [
        f"<b>{e(row.name)}</b> <span lang='uk'>{e(row.name_uk)}</span>",
        f"{style.first_upper(style.control_label())}: <b>{e(share)}</b>"
        + (" (inferred)" if row.basis == "inferred" else ""),
        f"{style.first_upper(style.claimed_label())}: " + ("<b>yes</b>" if row.claimed else "no"),
    ]
    if row.basis:
        # Rounded to what the share supports: "roughly 75%" is not 21,346 km².
        area = functools.partial(style.area_text, area=row.area_km2, pct=row.controlled_pct,
                                 qualifier=row.qualifier, label=row.pct_label)  # fmt: skip
        lines.append(f"Controlled: {area(row.controlled_km2)}")
        if row.claimed:
            lines.append(f"Claimed, not controlled: {area(row.claimed_not_controlled_km2)}")
        basis = {
            "reported": "reported",
            "inferred": "inferred, not reported",
            "manual": "entered by hand",
            "measured": "measured from the control layer of "
            + (style.long_date(row.reported_on) if row.reported_on else "?"),
        }
        lines.append(f"Figure: {e(basis.get(row.basis, row.basis))}")
        if row.basis != "measured" and row.reported_on and row.reported_on != row.as_of:
            lines.append(f"Reported on {e(style.long_date(row.reported_on))}, carried forward")
        change = style.change_text(row.change_pp, row.previous_as_of)
        if change:
            lines.append(f"Change: {e(change)}")
        if row.source:
            lines.append(f"Source: {e(row.source)}")
        measured_on = getattr(row, "measured_on", None)
        if row.basis != "measured" and measured_on and row.agreement:
            lines.append(
                f"Measured on the control layer of {e(style.long_date(measured_on))}: "
                f"{format_pct(round(row.measured_pct, 1))}% ({e(row.agreement)} with the report)"
            )
        if row.quote:
            lines.append(f"<q class='geomap-quote'>{e(row.quote)}</q>")
    return "<br>".join(lines)


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


def encode_geometry(geometry, grid: float = GRID_DEG) -> list:
    """A (multi)polygon as compact JSON: per polygon, per ring, a string (:func:`encode_ring`).

    The closing point of each ring is left out. Decoded in the page, this gives back the
    coordinates rounded to ``grid`` degrees exactly, in about a quarter of GeoJSON's bytes.
    """
    return [
        [encode_ring(shapely.get_coordinates(ring)[:-1], grid)
         for ring in (polygon.exterior, *polygon.interiors)]
        for polygon in getattr(geometry, "geoms", [geometry])
    ]  # fmt: skip


# Base64 digits, as source maps write their numbers ("Base64 VLQ"): no character that JSON,
# HTML or folium's second reading of a script as a Jinja template would treat specially.
_VLQ_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def encode_ring(coords: np.ndarray, grid: float = GRID_DEG) -> str:
    """Points (lon, lat) as one string: in units of ``grid`` degrees, the first point absolute
    and every later one the difference from the point before, each number written as source
    maps write theirs (Base64 VLQ: the sign in the lowest bit, then five bits to a base64
    digit, lowest first, with 32 added to every digit but a number's last)."""
    units = (np.asarray(coords) / grid).round().astype("int64")
    deltas = units.copy()
    deltas[1:] -= units[:-1]
    chars = []
    for value in deltas.ravel().tolist():
        value = (-value << 1) | 1 if value < 0 else value << 1
        while value >= 0x20:
            chars.append(_VLQ_DIGITS[0x20 | (value & 0x1F)])
            value >>= 5
        chars.append(_VLQ_DIGITS[value])
    return "".join(chars)


def _unit_data(row) -> dict:
    return {
        "fill": style.fill(row.controlled_pct, row.qualifier),
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
            "raions": raions,
            "outlined": sorted(snapshot.outlines["code"]) if snapshot.outlines is not None else [],
        }
    return {
        "order": list(data),
        "snapshots": data,
        "anchors": anchors,
        "hatch": HATCH_ID,
    }


# The HTML map carries the grounds of older snapshots too, for the switcher, up to this much.
GROUND_BUDGET = 1_000_000  # bytes of encoded geometry
GROUND_TOLERANCE_DEG = 0.003  # about 250 m: the front line at the web map's zooms


def encode_lines(geometry, grid: float = GRID_DEG) -> list:
    """Lines as compact JSON: per line, a string (see :func:`encode_ring`)."""
    return [
        encode_ring(shapely.get_coordinates(line), grid)
        for line in shapely.get_parts(shapely.line_merge(geometry))
        if not line.is_empty and line.geom_type == "LineString"
    ]


def _polygons_of(geometry) -> list:
    parts = [p for p in shapely.get_parts(geometry) if p.geom_type == "Polygon" and not p.is_empty]
    return encode_geometry(shapely.MultiPolygon(parts)) if parts else []


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
            "controlled": _polygons_of(simple[0]),
            "grey": _polygons_of(simple[1]),
            "open": _polygons_of(simple[2]),
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


def _legend_html(words: style.Texts, ground: dict | None = None) -> str:
    e = escape
    rows = [
        f"<li><i style='background:{c}'></i>{e(t)}</li>"
        for c, t in reversed(style.legend_classes())
    ]
    rows.append(f"<li><i style='background:{style.NO_FIGURE}'></i>{e(style.NO_FIGURE_LABEL)}</li>")
    rows.append(f"<li><i class='geomap-hatch'></i>{e(style.claimed_label())}</li>")
    if ground:
        # Over a control layer the shares are a layer to switch on; the ground comes first.
        shares = "".join(rows)
        rows = [
            f"<li><i style='background:{style.CONTROLLED}'></i>{e(style.control_label())}</li>",
            f"<li><i style='background:{style.GREY_ZONE};opacity:0.75'></i>contested or of "
            "unknown status</li>",
            "<li><i class='geomap-front'></i>front line</li>",
            f"<li><i class='geomap-hatch'></i><span id='geomap-open-label'>"
            f"{ground['open_label']}</span></li>",
            "<li class='geomap-sub'>Controlled share (layer off until switched on):</li>",
            shares,
        ]
    notes = words.notes
    summary = ground["title"] if ground else e(style.first_upper(style.control_label()))
    return f"""
<div class="geomap-title" id="geomap-title">
  <h1>{e(words.title)}</h1>
  <p id="geomap-subtitle">{e(words.subtitle)}</p>
  <p class="geomap-headline" id="geomap-headline">{e(words.headline)}</p>
</div>
<details class="geomap-legend" id="geomap-legend" open>
  <summary id="geomap-legend-title">{summary}</summary>
  <ul>{"".join(rows)}</ul>
  <p class="geomap-notes" id="geomap-notes">{"<br>".join(e(n) for n in notes)}</p>
</details>
<script>
  if (window.innerWidth < 640) document.getElementById("geomap-legend").removeAttribute("open");
</script>
"""


_CSS = f"""
.folium-map {{ background: {style.SEA}; }}
.geomap-title, .geomap-legend {{
  position: absolute; z-index: 1000; background: rgba(255,255,255,0.94);
  font: 13px/1.35 system-ui, sans-serif; color: {style.TEXT};
  box-shadow: 0 1px 4px rgba(0,0,0,0.3); border-radius: 4px;
}}
.geomap-title {{ top: 10px; left: 56px; right: 200px; max-width: 560px; padding: 6px 10px; }}
.geomap-title h1 {{ font-size: 16px; margin: 0 0 2px; }}
.geomap-title p {{ margin: 0; color: {style.MUTED_TEXT}; }}
.geomap-title .geomap-headline {{ color: {style.CLAIMED}; font-weight: bold; }}
.geomap-legend {{ bottom: 52px; left: 10px; padding: 6px 10px; max-width: 320px; }}
.geomap-legend summary {{ font-weight: bold; cursor: pointer; }}
.geomap-legend ul {{ list-style: none; margin: 6px 0; padding: 0; }}
.geomap-legend li {{ display: flex; align-items: center; margin: 2px 0; }}
.geomap-legend i {{
  display: inline-block; width: 22px; height: 14px; margin-right: 6px;
  border: 1px solid {style.REGION_EDGE};
}}
.geomap-legend i.geomap-hatch {{
  border: 2px solid {style.CLAIMED}; background: repeating-linear-gradient(
    45deg, {style.CLAIMED} 0 1.5px, #fff 1.5px 5px);
}}
.geomap-legend i.geomap-front {{ height: 0; border: none; border-top: 2px solid {style.FRONT}; }}
.geomap-legend li.geomap-sub {{ margin-top: 6px; color: {style.MUTED_TEXT}; }}
.geomap-snapshots {{
  background: rgba(255,255,255,0.94); padding: 6px 10px; border-radius: 4px;
  box-shadow: 0 1px 4px rgba(0,0,0,0.3); font: 13px/1.5 system-ui, sans-serif;
  max-height: 40vh; overflow-y: auto;
}}
.geomap-snapshots label {{ display: block; cursor: pointer; }}
.geomap-notes {{ margin: 4px 0 0; font-size: 11px; color: {style.MUTED_TEXT}; }}
.geomap-label {{
  font: bold 12px/1.15 system-ui, sans-serif; color: {style.TEXT}; text-align: center;
  white-space: nowrap; text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 3px #fff;
  position: absolute; width: max-content; transform: translate(-50%, -50%);
  pointer-events: none;
}}
.geomap-zoomed-out .geomap-label {{ display: none; }}
.geomap-label.geomap-small {{ transform: translate(calc(-100% - 14px), -50%); }}
.geomap-label.geomap-small::after {{
  content: ""; position: absolute; right: -14px; top: 50%; width: 12px;
  border-top: 1px solid {style.TEXT};
}}
.geomap-tooltip {{
  width: max-content; max-width: min(320px, 80vw); white-space: normal;
  font: 12px/1.35 system-ui, sans-serif;
}}
.geomap-quote {{ display: block; margin-top: 4px; font-style: italic; color: {style.MUTED_TEXT}; }}
@media (max-width: 640px) {{
  .geomap-title {{ top: auto; bottom: 92px; left: 10px; right: 10px; padding: 4px 8px; }}
  .geomap-title h1 {{ font-size: 14px; }}
  .geomap-legend {{ max-width: 70vw; }}
}}
"""


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
) -> folium.Map:
    """Build the interactive map of the newest of ``snapshots`` (oldest first); with more than
    one, the map gets a switcher between them. With ``raions`` (every raion's shape), the map
    has a layer of them, off until the reader switches it on, and draws the raions that have a
    figure and the raion lines of the regions that do."""
    control = snapshots[-1].frame
    words = snapshots[-1].texts
    web = web_shapes(control)
    minx, miny, maxx, maxy = control.total_bounds

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
    fmap.get_root().header.add_child(_raw(f"<style>{_CSS}</style>"), name="geomap_css")
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
    grounds = _ground_data(snapshots)
    on_ground = snapshots[-1].as_of.isoformat() in grounds
    ground = None
    if grounds:
        ground = folium.FeatureGroup(name="Control layer").add_to(fmap)
    # Over a control layer, the shares are a layer the reader switches on.
    share = folium.FeatureGroup(name="Controlled share", show=not on_ground).add_to(fmap)
    claimed = folium.FeatureGroup(name="Claimed territory").add_to(fmap)
    labels = folium.FeatureGroup(name="Labels").add_to(fmap)
    raion_layer = None
    data = _snapshot_data(snapshots)
    data["raions"] = []
    if raions is not None:
        raion_layer = folium.FeatureGroup(name="Raions", show=False).add_to(fmap)
        data["raions"] = [
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
        "raion": {"fillOpacity": 1, "color": style.TEXT, "weight": 1.2},
        "raionLine": {"fill": False, "color": style.REGION_EDGE, "weight": 0.5, "opacity": 0.8},
        "raionLayer": {"fillOpacity": 0, "color": style.MUTED_TEXT, "weight": 0.6},
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
    fmap.get_root().html.add_child(_raw(_legend_html(words, latest)), name="geomap_legend")
    # Open fitted to the country at once: an animated zoom from the initial view would make the
    # page shift under the reader's first click.
    fit = folium.map.FitBounds([[miny, minx], [maxy, maxx]])
    fit.options["animate"] = False
    fmap.add_child(fit)
    _fix_ids(fmap)
    return fmap


def save(fmap: folium.Map, path: Path) -> None:
    """Write the map as one HTML file."""
    path.write_text(fmap.get_root().render(), encoding="utf-8")


def web_shapes(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The region shapes as the HTML map carries them: simplified as a coverage, rounded."""
    return simplify_coverage(frame, tolerance_m=TOLERANCE_M, grid_deg=GRID_DEG)
