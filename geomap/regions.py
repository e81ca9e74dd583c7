"""Gazetteer of a country's first-level units and their raions: codes, names, aliases, areas.

The data lives in the profile (:mod:`geomap.profile`; Ukraine's 27 units in
``geomap/data/ukraine.json``); this module resolves names against it.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from geomap.errors import UnknownRegionError

# Apostrophe-like characters seen in transliterations (Luhans'k, Luhans’k, Luhansʹk).
_APOSTROPHES = "'’‘ʼʹ`´"
# Generic words that may follow a unit's name without changing which unit is meant; a profile
# gives its own ("state", "locality").
NOUNS = frozenset(("region", "regions", "oblast", "oblasts", "province", "provinces", "obl"))


@dataclass(frozen=True)
class Region:
    """One first-level unit of the country."""

    code: str
    name: str
    name_local: str  # in the country's own language (the profile's ``language``)
    area_km2: float
    aliases: tuple[str, ...]
    parent: str = ""  # a raion's region (its ISO code); "" for a region

    @property
    def name_uk(self) -> str:
        """The name in the country's language, by its old name (until geomap 0.3)."""
        return self.name_local


_DROP_APOSTROPHES = {ord(ch): None for ch in _APOSTROPHES}
_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """Fold a place name for matching: case, accents, apostrophes, hyphens and spacing.

    Cached: the extractor asks for the same words again and again.

    >>> normalize("Luhans’k Oblast'")
    'luhansk oblast'
    """
    text = unicodedata.normalize("NFKD", name)
    if not text.isascii():
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(_DROP_APOSTROPHES)
    return " ".join(_NON_WORD.sub(" ", text).split())


class Gazetteer:
    """All regions, with lookup by code or any alias; and the raions within them.

    A raion is found by its code or by a name that says it is one ("Pokrovsk raion",
    "Pokrovsky district"): a bare name ("Pokrovsk", "Kherson") is the town or the region.
    Iterating a gazetteer, or its :attr:`codes`, gives the regions only.
    """

    def __init__(
        self,
        regions: list[Region],
        groups: dict[str, list[str]],
        raions: list[Region] | tuple[Region, ...] = (),
        *,
        nouns: frozenset[str] = NOUNS,
    ) -> None:
        self.regions = regions
        self.nouns = nouns
        words = "|".join(re.escape(n) for n in sorted(nouns, key=lambda n: (-len(n), n)))
        self._generic_re = re.compile(rf"\s+(?:{words})$" if words else r"(?!x)x")
        self.raions = tuple(raions)
        self._by_code = {r.code: r for r in (*regions, *raions)}
        self._by_key: dict[str, str] = {}
        for region in regions:
            for alias in (region.name, region.code, *region.aliases):
                self._add_key(alias, region.code)
        self._raion_by_key: dict[str, str] = {}
        for raion in self.raions:
            if raion.parent not in self._by_code:
                raise ValueError(f"raion {raion.code}: no region {raion.parent!r}")
            for alias in raion.aliases:
                key = normalize(alias)
                if self._raion_by_key.setdefault(key, raion.code) != raion.code:
                    raise ValueError(f"alias {alias!r} names two raions")
            self._raion_by_key.setdefault(normalize(raion.code), raion.code)
        self._groups = {normalize(k): tuple(v) for k, v in groups.items()}
        keys = [*self._by_key, *self._groups, *self._raion_by_key]
        # First words of every known name (and of the prefixes find() drops): a word not in
        # this set cannot start a region's name, which lets a scan of a text skip it at once.
        self.first_words = frozenset(k.split()[0] for k in keys) | {"the", "city"}

    def _add_key(self, alias: str, code: str) -> None:
        key = normalize(alias)
        if self._by_key.setdefault(key, code) != code:
            raise ValueError(f"alias {alias!r} names both {self._by_key[key]} and {code}")

    def __iter__(self):
        return iter(self.regions)

    def __len__(self) -> int:
        return len(self.regions)

    @property
    def codes(self) -> list[str]:
        return [r.code for r in self.regions]

    def is_raion(self, code: str) -> bool:
        """Whether ``code`` is a raion's (its KATOTTH code), not a region's."""
        unit = self._by_code.get(code)
        return bool(unit and unit.parent)

    def get(self, code: str) -> Region:
        """Return the region with ISO 3166-2 ``code`` (e.g. ``"UA-14"``), or the raion with
        KATOTTH ``code``."""
        try:
            return self._by_code[code.strip().upper()]
        except KeyError as exc:
            raise UnknownRegionError(
                f"unknown region code {code!r}", hint=self._suggest(code)
            ) from exc

    def find(self, name: str) -> Region | None:
        """Return the region a name or code stands for, or ``None``."""
        key = normalize(name)
        if not key:
            return None
        # An exact alias wins over a name found by dropping a generic suffix:
        # "Kyiv region" is the oblast although plain "Kyiv" is the city.
        code = self._by_key.get(key)
        if code is None:
            # "the Kyiv region" is "Kyiv region" (the oblast) before it is "Kyiv" (the city).
            bare = re.sub(r"^(?:the|city of)\s+", "", key)
            code = self._by_key.get(bare) or self._by_key.get(self._generic_re.sub("", bare))
        if code is None:  # "the Pokrovsk district", "Pokrovsky raion"
            code = self._raion_by_key.get(re.sub(r"^the\s+", "", key))
        return self._by_code[code] if code else None

    def resolve(self, name: str) -> Region:
        """Like :meth:`find`, but an unknown name raises an error suggesting close names."""
        region = self.find(name)
        if region is None:
            raise UnknownRegionError(f"unknown region {name!r}", hint=self._suggest(name))
        return region

    def expand(self, name: str) -> tuple[Region, ...]:
        """Regions a place name covers: a group ("Crimea" = UA-43 + UA-40) or one region."""
        group = self._groups.get(normalize(name))
        if group:
            return tuple(self._by_code[c] for c in group)
        region = self.find(name)
        return (region,) if region else ()

    def _suggest(self, name: str) -> str:
        by_key = {**self._raion_by_key, **self._by_key}
        close = difflib.get_close_matches(normalize(name), list(by_key), n=3, cutoff=0.6)
        names = []
        for key in close:
            region = self._by_code[by_key[key]]
            label = f"{region.name} ({region.code})"
            if label not in names:
                names.append(label)
        if names:
            return "did you mean " + " or ".join(names) + "?"
        return "run `geomap regions` to list the known names"


def check_unit(key: str, region: object, bad: Callable[[str, str], Exception]) -> None:
    """A unit of a profile's ``regions`` (at ``key``): an object with a code, a name, an area,
    and lists of texts for its words; else ``bad(key, what is wrong)``, raised."""
    if not isinstance(region, dict):
        raise bad(key, "not an object")
    for name in ("code", "name"):
        if not isinstance(region.get(name), str) or not region[name].strip():
            raise bad(f"{key}.{name}", "missing, or not a text")
    area = region.get("area_km2")
    if isinstance(area, bool) or not isinstance(area, int | float) or not 0 < area < 1e8:
        raise bad(f"{key}.area_km2", f"{area!r} is not an area in km² (a number above 0)")
    for words in ("aliases", "officials"):
        if not is_texts(region.get(words, [])):
            raise bad(f"{key}.{words}", "not a list of texts")


def is_texts(value: object) -> bool:
    """Whether ``value`` is a list of texts."""
    return isinstance(value, list) and all(isinstance(v, str) for v in value)
