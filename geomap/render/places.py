"""Places for orientation, on both maps: the profile's capital, cities and seas (its ``places``
file, from GeoNames) and the names of the neighbouring countries.

A place is drawn only where it hides nothing that matters: on the report map a city or a name
that would overlap a unit's label, the legend, the scale bar or another place is left out (the
most populous first: the capital, then the largest cities, then seas and countries).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import folium
    import geopandas as gpd
    from matplotlib.axes import Axes

KINDS = ("capital", "city", "sea", "country")  # in the order they are placed
# A neighbour is named where at least this share of the view is its land.
COUNTRY_SHARE = 0.015
_CITY_COLOUR = "#333333"
# On the HTML map, a city this near a unit's label anchor or a city named before it (shares of
# the view's width and height: about a label's half width and height at the zoom the map opens
# at) is not named.
_NEAR = (0.085, 0.055)
_COLOURS = {"sea": "#4f7389", "country": "#8a8a8a"}


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # capital, city, sea or country
    x: float  # in the map's coordinates (projected metres, or degrees for the web)
    y: float
    population: int = 0


def _order(place: Place) -> tuple[int, int]:
    return KINDS.index(place.kind), -place.population


def places(
    rows: list[dict], context: gpd.GeoDataFrame | None, bounds, transform=None
) -> tuple[Place, ...]:
    """The places within ``bounds`` (of the map's coordinates): the profile's ``rows`` (name,
    kind, population, lon, lat) placed by ``transform`` (lon, lat → the map's x, y; none: as
    they are), and the neighbours of ``context`` (in the map's coordinates) that fill enough of
    the view, named at the point of their visible land farthest from its edges."""
    import shapely
    from shapely.geometry import box
    from shapely.ops import polylabel

    view = box(*bounds)
    found = []
    for row in rows:
        x, y = transform(row["lon"], row["lat"]) if transform else (row["lon"], row["lat"])
        if view.contains(shapely.Point(x, y)):
            found.append(Place(row["name"], row["kind"], float(x), float(y), row["population"]))
    if context is not None and "neighbour" in context:
        for row in context[context["neighbour"].astype(bool)].itertuples():
            seen = row.geometry.intersection(view)
            if seen.is_empty or seen.area < COUNTRY_SHARE * view.area:
                continue
            largest = max(getattr(seen, "geoms", [seen]), key=lambda g: g.area)
            point = polylabel(largest, tolerance=largest.length / 500)
            # "Moldova, Republic of" (an ISO-style name) is "Moldova" on a map.
            found.append(Place(str(row.name).split(",")[0], "country", point.x, point.y))
    return tuple(sorted(found, key=_order))


def draw_places(ax: Axes, found: tuple[Place, ...]) -> list:
    """Draw the places that hide nothing: a dot and a name for a city (a ringed dot for the
    capital), a name alone for a sea or a country. Returns the texts drawn."""
    from matplotlib import patheffects

    renderer = ax.figure.canvas.get_renderer()  # type: ignore[attr-defined]  # an Agg canvas's
    frame = ax.get_window_extent(renderer)
    taken = [t.get_window_extent(renderer) for t in ax.texts if t.get_visible()]
    taken += [a.get_window_extent(renderer) for a in ax.get_children()
              if a.get_gid() in ("legend", "scalebar")]  # fmt: skip
    halo = [patheffects.withStroke(linewidth=2, foreground="white")]
    drawn = []
    for place in found:
        town = place.kind in ("capital", "city")
        sides = [(4, "left"), (-4, "right")] if town else [(0, "center")]
        for dx, align in sides:
            text = ax.annotate(
                place.name.upper() if place.kind == "country" else place.name,
                (place.x, place.y), xytext=(dx, 0), textcoords="offset points", ha=align,
                va="center", fontsize=7.5 if town else 8, zorder=4, annotation_clip=False,
                color=_COLOURS.get(place.kind, _CITY_COLOUR),
                fontstyle="italic" if place.kind == "sea" else "normal",
                fontweight="bold" if place.kind == "capital" else "normal",
                path_effects=halo, parse_math=False, gid=f"place-{place.kind}",
            )  # fmt: skip
            box = text.get_window_extent(renderer).expanded(1.05, 1.15)
            boxes = [box, _dot_box(ax, place)] if town else [box]
            inside = frame.contains(box.x0, box.y0) and frame.contains(box.x1, box.y1)
            if inside and not any(b.overlaps(other) for b in boxes for other in taken):
                taken += boxes
                drawn.append(text)
                if town:
                    ax.plot([place.x], [place.y], marker="o", linestyle="none", zorder=4,
                            markersize=5 if place.kind == "capital" else 3.2,
                            markerfacecolor="white" if place.kind == "capital" else _CITY_COLOUR,
                            markeredgecolor=_CITY_COLOUR, markeredgewidth=1.2,
                            gid=f"place-dot-{place.kind}")  # fmt: skip
                break
            text.remove()
    return drawn


def _dot_box(ax: Axes, place: Place):
    """The display box of a city's dot, and a little room around it."""
    from matplotlib.transforms import Bbox

    x, y = ax.transData.transform((place.x, place.y))
    r = 4 * ax.figure.dpi / 72
    return Bbox.from_extents(x - r, y - r, x + r, y + r)


def places_layer(
    found: tuple[Place, ...], labels: list[tuple[float, float]], bounds
) -> folium.FeatureGroup:
    """The places as a layer of the HTML map (x, y in degrees), on by default: a dot and a name
    for a city, a name for a sea or a country. A city near the anchor of a unit's label
    (``labels``, lon and lat) or near a city named before it, where its name would run into the
    other, is left out; near is measured against the view (``bounds``) the map opens on."""
    import folium

    minx, miny, maxx, maxy = bounds
    near_x, near_y = _NEAR[0] * (maxx - minx), _NEAR[1] * (maxy - miny)
    taken = list(labels)
    layer = folium.FeatureGroup(name="Places")
    for place in found:
        town = place.kind in ("capital", "city")
        if town and any(abs(place.x - x) < near_x and abs(place.y - y) < near_y
                        for x, y in taken):  # fmt: skip
            continue
        if town:
            taken.append((place.x, place.y))
        name = html.escape(place.name.upper() if place.kind == "country" else place.name)
        dot = "<i></i>" if town else ""
        css = f"geomap-place geomap-place-{place.kind}"
        folium.Marker(
            [place.y, place.x], interactive=False,
            icon=folium.DivIcon(html=f'<span class="{css}">{dot}{name}</span>', icon_size=(0, 0),
                                class_name="geomap-place-icon"),
        ).add_to(layer)  # fmt: skip
    return layer
