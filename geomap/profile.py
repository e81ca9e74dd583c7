"""The country a map is of, as data: its units, the two sides, its projection, titles and rules.

Everything geomap knows about Ukraine lives in ``geomap/data/ukraine.json``, the shipped
profile; the code names no country. Another profile (a JSON file of the same shape, with its
own boundaries) maps another conflict: ``geomap build --profile FILE``. The profile in use is
the one :func:`current` returns: Ukraine unless a caller chose another with :func:`using`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import re
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from geomap import limits
from geomap.errors import InputError
from geomap.files import read_user_text
from geomap.regions import Gazetteer, Region, check_unit, is_texts


@dataclass(frozen=True, eq=False)
class Side:
    """One side: the one that controls and claims territory, or the one whose territory it is."""

    name: str  # "Russia"
    adjective: str  # "Russian"
    names: tuple[str, ...]  # words naming it as an actor: its capital, its leader
    capital: str = ""
    state: str = ""  # its state's full name ("Russian Federation")
    framing: tuple[str, ...] = ()  # words that show a text speaks in this side's terms
    outlets: tuple[str, ...] = ()  # news agencies that speak for it, as a dateline names them
    abbreviations: tuple[str, ...] = ()  # of its armed forces
    forces: tuple[str, ...] = ()  # its armed forces' full names
    # Words that name this side alone, with no name or adjective: "the army" where only one
    # side has one ("the paramilitaries", "the rebels"); never words both sides use.
    bare: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class Inferred:
    """Regions annexed in an earlier year and held since: a share of 100%, inferred."""

    group: str  # the name of the regions, a group of the gazetteer ("Crimea")
    year: int
    words: tuple[str, ...]  # that stand for the group in a sentence ("the peninsula")
    reading_note: str  # how the evidence explains it
    map_note: str  # how the map's footer explains it


@dataclass(frozen=True)
class Units:
    """What a level of units is called: in prose ("region", "regions") and every word that may
    follow a unit's name in a text without changing which unit is meant ("oblast", "province")."""

    singular: str = "region"
    plural: str = "regions"
    words: tuple[str, ...] = ()

    @cached_property
    def nouns(self) -> frozenset[str]:
        """The words, normalised, singular and plural: for matching tokens."""
        from geomap.regions import normalize

        return frozenset(normalize(w) for w in (self.singular, self.plural, *self.words) if w)


@dataclass(frozen=True, eq=False)
class Profile:
    """A country, its sides and its words: see the module's docstring."""

    name: str
    code: str  # of the country: the code of the total row of the statistics
    stem: str  # of the output files: STEM_control.png, STEM_evidence.csv
    projection: str  # for the static maps: a conformal projection fitted to the country
    title: str
    history_title: str
    credit: str  # of the shipped boundaries
    controller: Side
    defender: Side
    regions: tuple[dict, ...]
    raions: tuple[dict, ...] = ()  # second-level units: code, parent, name, name_local, aliases
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    government: frozenset[str] = frozenset()  # codes whose plain name means the government
    cities: frozenset[str] = frozenset()  # codes whose plain name means a city ("Khartoum")
    inferred: Inferred | None = None
    wholes: dict[str, str] = field(default_factory=dict)  # "Donbas" → what it is made of
    bounds: tuple[float, float, float, float] | None = None  # west, south, east, north (degrees)
    boundaries: Path | None = None  # default boundaries; None: boundaries/STEM_regions.geojson
    neighbours: Path | None = None
    source: str = ""  # where the profile was read from
    neighbours_credit: str = ""  # of the neighbouring countries alone
    language: str = ""  # BCP 47 tag of the units' local names ("uk"), "" if not known
    example: Path | None = None  # a folder of example texts, for `geomap init`
    disputed: Path | None = None  # areas apart from every unit and neighbour (Abyei), drawn apart
    places: Path | None = None  # cities and seas named for orientation (points: name, kind)
    units: Units = Units("region", "regions", ("oblast", "oblasts", "province", "provinces"))
    subunits: Units = Units("raion", "raions", ("district", "districts"))
    # Names of the whole country, when they are not the defending side's ("Sudan", where the
    # defender is the army): a share "of Sudan" is of the country, not of a unit.
    country_names: tuple[str, ...] = ()
    # Whether the controlling side claims territory as its own (annexation): without claims,
    # the maps have no claimed layer and no claimed headline.
    claims: bool = True
    # The year and month the war began ("2014-02"): a side's taking "since" then is all it holds.
    began: tuple[int, int] | None = None

    def with_own_boundaries(self, path: Path) -> Profile:
        """The profile with a user's boundaries in ``path``: the credit names their file (the
        shipped boundaries' sources are not theirs) and the neighbours' source."""
        own = f"Boundaries: “{path.name}”"
        credit = f"{own}; {self.neighbours_credit}" if self.neighbours_credit else own
        return dataclasses.replace(self, credit=credit)

    @cached_property
    def gazetteer(self) -> Gazetteer:
        regions = [
            Region(
                code=r["code"],
                name=r["name"],
                name_local=r.get("name_local", r.get("name_uk", "")),
                area_km2=float(r["area_km2"]),
                # An official code of another scheme (OCHA's P-code) names the unit too.
                aliases=(*r.get("aliases", ()), *([r["pcode"]] if r.get("pcode") else [])),
            )
            for r in self.regions
        ]
        raions = [
            Region(
                code=r["code"],
                name=r["name"],
                name_local=r.get("name_local", r.get("name_uk", "")),
                area_km2=float(r.get("area_km2", "nan")),
                aliases=tuple(r.get("aliases", ())),
                parent=r["parent"],
            )
            for r in self.raions
        ]
        groups = {k: list(v) for k, v in self.groups.items()}
        return Gazetteer(regions, groups, raions, nouns=self.units.nouns)

    @property
    def default_boundaries(self) -> Path:
        return self.boundaries or Path("boundaries") / f"{self.stem}_regions.geojson"

    @property
    def default_raions(self) -> Path:
        """The raions' shapes that go with the default boundaries."""
        return self.default_boundaries.with_name(f"{self.stem}_{self.subunits.plural}.geojson")

    @property
    def default_neighbours(self) -> Path:
        return self.neighbours or Path("boundaries") / "neighbours.geojson"


def _side(raw: dict) -> Side:
    return Side(
        name=raw["name"],
        adjective=raw["adjective"],
        names=tuple(raw.get("names", (raw["name"],))),
        capital=raw.get("capital", ""),
        state=raw.get("state", ""),
        framing=tuple(raw.get("framing", ())),
        outlets=tuple(raw.get("outlets", ())),
        abbreviations=tuple(raw.get("abbreviations", ())),
        forces=tuple(raw.get("forces", ())),
        bare=tuple(raw.get("bare", ())),
    )


def _units(raw: dict | None, default: Units) -> Units:
    if not raw:
        return default
    return Units(
        singular=raw.get("singular", default.singular),
        plural=raw.get("plural", default.plural),
        words=tuple(raw.get("words", ())),
    )


def parse(raw: dict, *, source: str = "", folder: Path | None = None) -> Profile:
    """A profile from its JSON data; paths in it are relative to ``folder``."""

    def path(key: str) -> Path | None:
        value = raw.get(key)
        if not value:
            return None
        return (folder / value) if folder is not None else Path(value)

    inferred = raw.get("inferred")
    raions: tuple[dict, ...] = ()
    raions_path = path("raions")  # a JSON file of the raions' names, next to the profile
    if raions_path is not None:
        text = read_user_text(raions_path, kind="raions file", content="the raions' names (JSON)",
                              hint=_PROFILE_HINT, limit=limits.SMALL_FILE_MB)  # fmt: skip
        raions = tuple(json.loads(text)["raions"])
    return Profile(
        name=raw["name"],
        code=raw["code"],
        stem=raw["stem"],
        projection=raw["projection"],
        title=raw["title"],
        history_title=raw["history_title"],
        credit=raw.get("credit", ""),
        neighbours_credit=raw.get("neighbours_credit", ""),
        language=str(raw.get("language", "")),
        units=_units(raw.get("units"), Profile.units),
        subunits=_units(raw.get("subunits"), Profile.subunits),
        country_names=tuple(raw.get("country_names", ())),
        claims=bool(raw.get("claims", True)),
        began=_began(raw["began"]) if raw.get("began") else None,
        controller=_side(raw["controller"]),
        defender=_side(raw["defender"]),
        regions=tuple(raw["regions"]),
        raions=raions,
        groups={k: tuple(v) for k, v in raw.get("groups", {}).items() if not k.startswith("_")},
        government=frozenset(raw.get("government", ())),
        cities=frozenset(raw.get("cities", ())),
        inferred=Inferred(
            group=inferred["group"],
            year=int(inferred["year"]),
            words=tuple(inferred.get("words", ())),
            reading_note=inferred["reading_note"],
            map_note=inferred["map_note"],
        )
        if inferred
        else None,
        wholes={k: v for k, v in raw.get("wholes", {}).items() if not k.startswith("_")},
        bounds=_bounds(raw["bounds"]) if raw.get("bounds") else None,
        boundaries=path("boundaries"),
        neighbours=path("neighbours"),
        example=path("example"),
        disputed=path("disputed"),
        places=path("places"),
        source=source,
    )


def _began(value: str) -> tuple[int, int]:
    year, _, month = value.partition("-")
    return int(year), int(month or 1)


def _bounds(values: list) -> tuple[float, float, float, float]:
    """A profile's bounds: west, south, east, north."""
    west, south, east, north = (float(v) for v in values)
    return west, south, east, north


# The installed package's data: the shipped profile, and the shipped boundaries beside it.
DATA = Path(str(resources.files("geomap.data")))


# The profiles geomap ships, by name: each a JSON file in the package's data.
BUILT_IN = ("ukraine", "sudan")


@cache
def built_in(name: str) -> Profile:
    """A profile geomap ships, with its boundaries in the installed package."""
    text = (DATA / f"{name}.json").read_text(encoding="utf-8")
    return parse(json.loads(text), source=name, folder=DATA)


def shipped() -> Profile:
    """The default profile: Ukraine, with the boundaries in the installed package."""
    return built_in("ukraine")


def _built_in_name(value: str | Path) -> bool:
    """Whether a user names a built-in profile: its name, and no file of that name here."""
    return str(value) in BUILT_IN and not Path(value).is_file()


def profile_file(value: str | Path) -> Path:
    """The file of the profile a user names (a built-in one's in the package's data)."""
    return DATA / f"{value}.json" if _built_in_name(value) else Path(value)


def named(value: str | Path) -> Profile:
    """The profile a user names: a built-in one by its name ("sudan"), else a profile file."""
    if _built_in_name(value):
        return built_in(str(value))
    if not Path(value).suffix and "/" not in str(value) and not Path(value).exists():
        import difflib

        close = difflib.get_close_matches(str(value), BUILT_IN, n=1)
        raise InputError(
            f"no built-in profile named {str(value)!r}", where="--profile",
            hint=(f"did you mean {close[0]}? " if close else "")
            + f"the built-in profiles are {', '.join(BUILT_IN)}; or give a profile file",
        )  # fmt: skip
    return load(value)


_BEGAN_RE = re.compile(r"(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2]))?")
_STEM_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")
_PROFILE_HINT = (
    f"name a built-in profile ({', '.join(BUILT_IN)}), or see docs/profiles.md to write one"
)


def check(raw: object, where: str) -> None:
    """Refuse a profile that would fail later, or write where it should not: one line naming
    the profile file and the key."""

    def bad(key: str, what: str) -> InputError:
        return InputError(f"{key}: {what}", where=where, hint=_PROFILE_HINT)

    if not isinstance(raw, dict):
        raise InputError("not a geomap profile (a JSON object is needed)", where=where,
                         hint=_PROFILE_HINT)  # fmt: skip
    for key in ("name", "code", "stem", "projection", "title", "history_title"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise bad(key, "missing, or not a text")
    if not _STEM_RE.fullmatch(raw["stem"]):
        raise bad("stem", f"{raw['stem']!r} is not a file name stem (letters, digits, - and _)")
    for side in ("controller", "defender"):
        value = raw.get(side)
        if not isinstance(value, dict) or not all(
            isinstance(value.get(k), str) and value[k].strip() for k in ("name", "adjective")
        ):
            raise bad(side, "needs a name and an adjective")
    _check_vocabulary(raw, bad)
    regions = raw.get("regions")
    if not isinstance(regions, list) or not regions:
        raise bad("regions", "missing, or empty: a profile maps at least one unit")
    for i, region in enumerate(regions):
        check_unit(f"regions[{i}]", region, bad)
    try:
        from pyproj import CRS

        CRS.from_user_input(raw["projection"])
    except Exception as exc:  # pyproj's CRSError, or anything its parser raises
        raise bad(
            "projection", f"not a projection PROJ knows ({raw['projection'][:60]!r})"
        ) from exc


def _check_vocabulary(raw: dict, bad) -> None:
    """The profile's words for its sides and units: lists of texts where lists are asked for."""
    for side in ("controller", "defender"):
        for key in ("names", "framing", "outlets", "abbreviations", "forces", "bare"):
            if not is_texts(raw[side].get(key, [])):
                raise bad(f"{side}.{key}", "not a list of texts")
    for level in ("units", "subunits"):
        value = raw.get(level, {})
        if (
            not isinstance(value, dict)
            or not is_texts(value.get("words", []))
            or not all(
                isinstance(value.get(k, "x"), str) and value.get(k, "x").strip()
                for k in ("singular", "plural")
            )
        ):
            raise bad(level, 'not {"singular": TEXT, "plural": TEXT, "words": [TEXT, ...]}')
    if not is_texts(raw.get("country_names", [])):
        raise bad("country_names", "not a list of texts")
    if not isinstance(raw.get("claims", True), bool):
        raise bad("claims", f"{raw['claims']!r} is not true or false")
    if "began" in raw and not (isinstance(raw["began"], str) and _BEGAN_RE.fullmatch(raw["began"])):
        raise bad("began", f'{raw["began"]!r} is not a year and month such as "2014-02"')
    groups = raw.get("groups", {})
    if not isinstance(groups, dict) or not all(
        is_texts(v) for k, v in groups.items() if not k.startswith("_")
    ):
        raise bad("groups", "not an object of names and lists of unit codes")
    codes = {r.get("code") for r in raw["regions"] if isinstance(r, dict)}
    for key in ("government", "cities"):
        listed = raw.get(key, [])
        if not is_texts(listed) or set(listed) - codes:
            unknown = ", ".join(sorted(set(listed) - codes)) if is_texts(listed) else ""
            raise bad(
                key, f"not a list of the profile's unit codes{f' ({unknown})' if unknown else ''}"
            )


@cache
def _load(path: Path, stamp: tuple[int, int]) -> Profile:
    text = read_user_text(path, kind="profile", content="a profile (JSON)", hint=_PROFILE_HINT,
                          limit=limits.SMALL_FILE_MB)  # fmt: skip
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise InputError(
            f"not a geomap profile (not JSON: {str(exc)[:120]})", where=str(path),
            hint=_PROFILE_HINT,
        ) from exc  # fmt: skip
    check(raw, str(path))
    try:
        return parse(raw, source=str(path), folder=path.parent)
    except OSError as exc:
        raise InputError(
            f"cannot read the profile ({exc.strerror})", where=str(path), hint="check --profile"
        ) from exc
    except (ValueError, KeyError, TypeError) as exc:
        what = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
        raise InputError(
            f"not a geomap profile ({what})",
            where=str(path),
            hint="start from a shipped profile (geomap/data/*.json)",
        ) from exc


def load(path: Path | str) -> Profile:
    """The profile in the JSON file at ``path`` (loaded again only when the file changed)."""
    path = Path(path).resolve()
    try:
        stat = path.stat()
    except OSError as exc:
        raise InputError(
            f"cannot read the profile ({exc.strerror})", where=str(path), hint="check --profile"
        ) from exc
    return _load(path, (stat.st_mtime_ns, stat.st_size))


_current: ContextVar[Profile | None] = ContextVar("geomap_profile", default=None)


def current() -> Profile:
    """The profile in use."""
    return _current.get() or shipped()


def gazetteer() -> Gazetteer:
    """The gazetteer of the profile in use (made once per profile)."""
    return current().gazetteer


@contextlib.contextmanager
def using(profile: Profile | None) -> Iterator[Profile]:
    """Use ``profile`` (None: the one in use) within the ``with`` block."""
    token = _current.set(profile or current())
    try:
        yield current()
    finally:
        _current.reset(token)
