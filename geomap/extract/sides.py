"""The two sides as the reader of a text meets them: the profile's words, made into patterns.

Patterns that name a side are written once, with placeholders for the profile's words:

* ``«C»``: the controlling side as an actor ("Russia", "Moscow", "the Kremlin", "Putin");
* ``«CA»``: its adjective ("Russian"); ``«CS»`` its state ("Russia", "the Russian Federation");
  ``«CCAP»`` its capital ("Moscow-backed"); ``«FRAMING»`` words that show a text speaks in its
  terms ("people's republic", "DPR"); ``«OUTLETS»`` news agencies that speak for it ("TASS");
* ``«D»``, ``«DA»``, ``«DCAP»``: the same for the defending side; ``«DF»`` its armed forces'
  names and abbreviations ("Armed Forces of Ukraine", "AFU"), ``«CF»`` the controlling side's;
* ``«CB»``, ``«DB»``: words that name one side alone ("the army", "the paramilitaries");
  ``«DBH»`` the defending side's without "the", as a headline starts ("Army regains ...");
* ``«CH»``, ``«DH»``: the words before "hands" or "control" that name a side ("in army hands",
  "under RSF control", "in government hands"): its adjective, abbreviations and bare words;
* ``«COUNTRY»``: the countries' names, as places ("Ukraine", "Russia"; "Sudan", not the RSF);
* ``«UNIT»``: what the profile's units are called ("region", "oblasts"; "state", "states").

:func:`sides` gives them for the profile in use; :meth:`Sides.pattern` compiles a template.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from geomap.patterns import compiled
from geomap.profile import Profile, Side, current
from geomap.regions import normalize

NOTHING = "(?!)"  # a pattern that matches nothing: a placeholder the profile gives no words


def _alternation(words, *, stem: bool = False) -> str:
    """ "Russia", "the Kremlin" → ``russia\\w*|the\\s+kremlin\\w*`` (longest first)."""
    words = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not words:
        return NOTHING
    suffix = r"\w*" if stem else ""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") + suffix for w in words
    )


@dataclass(frozen=True, eq=False)
class Sides:
    """The two sides of the profile in use, for the extractor."""

    controller: str  # "Russia": the holder of a share the controlling side holds
    defender: str  # "Ukraine"
    controller_adjective: str  # "Russian"
    defender_adjective: str
    words: dict[str, str]  # placeholder → alternation
    country: frozenset[str]  # normalized words that mean the whole country
    wholes: dict[str, str]  # normalized name of an area of several units → what it is
    inferred_year: int | None  # "annexed in 2014"
    inferred_group: str
    inferred_note: str
    inferred_words: re.Pattern  # "Crimea", "the peninsula"

    def pattern(self, template: str, flags: int = re.IGNORECASE) -> re.Pattern:
        """``template`` with the placeholders filled in, compiled (once)."""
        return _compile(self, template, flags)


@lru_cache(maxsize=256)
def _compile(sides: Sides, template: str, flags: int) -> re.Pattern:
    text = template
    for key, value in sides.words.items():
        text = text.replace(f"«{key}»", f"(?:{value})")
    return compiled(text, flags)


def _side_words(side: Side) -> list[str]:
    return [*side.names, side.name]


def _hands_words(side: Side) -> list[str]:
    """The words that name ``side`` before "hands" or "control": "army" ("the army"), "RSF",
    and its names as owners ("Kyiv's", "the army's")."""
    bare = [re.sub(r"^the\s+", "", w, flags=re.IGNORECASE) for w in side.bare]
    owners = [f"{w}'s" for w in (*_side_words(side), side.capital or "", *side.bare) if w]
    return [side.adjective, *side.abbreviations, *bare, *owners]


@cache
def _for(profile: Profile) -> Sides:
    c, d = profile.controller, profile.defender
    words = {
        "C": _alternation(_side_words(c), stem=True),
        "CA": _alternation([c.adjective]),
        # ... and "the Russian state" ("as inseparable parts of the Russian state")
        "CS": _alternation(
            [c.name, c.state, f"the {c.state}" if c.state else "", f"the {c.adjective} state"]
        ),
        "CCAP": _alternation([c.capital or c.name]),
        "FRAMING": _alternation(c.framing) if c.framing else NOTHING,
        "OUTLETS": _alternation(c.outlets),
        "D": _alternation(_side_words(d)),
        "DA": _alternation([d.adjective]),
        "DCAP": _alternation([d.capital or d.name]),
        "DF": _alternation([*d.forces, *d.abbreviations]),
        "CF": _alternation([*c.forces, *c.abbreviations]),
        "CB": _alternation(c.bare),
        "DB": _alternation(d.bare),
        # ... without "the", as a headline starts: "Army regains control of Sennar State"
        "DBH": _alternation([w[4:] for w in d.bare if w.lower().startswith("the ")]),
        "CH": _alternation(_hands_words(c)),
        "DH": _alternation(_hands_words(d)),
        # what the profile's units are called: "region", "oblasts"; "state", "wilayah"
        "UNIT": _alternation(sorted(profile.units.nouns)),
        # the countries, as places: "in Russia's Kursk region", "inside Ukraine"
        "COUNTRY": _alternation(
            [*(profile.country_names or (d.name,)), *((c.name, c.state) if c.state else ())]
        ),
    }
    names = profile.country_names or (d.name,)
    country = {w for n in names for w in (normalize(n), normalize(n) + "s")}
    if not profile.country_names:
        country.add(normalize(d.adjective))
    rule = profile.inferred
    return Sides(
        controller=c.name,
        defender=d.name,
        controller_adjective=c.adjective,
        defender_adjective=d.adjective,
        words=words,
        country=frozenset(country | {"country", "nation"}),
        wholes={normalize(k): v for k, v in profile.wholes.items()},
        inferred_year=rule.year if rule else None,
        inferred_group=rule.group if rule else "",
        inferred_note=rule.reading_note if rule else "",
        inferred_words=compiled(
            rf"\b(?:{_alternation([rule.group, *rule.words]) if rule else NOTHING})\b",
            re.IGNORECASE,
        ),
    )


def other(side: str, two: Sides) -> str:
    """The side that is not ``side`` ("" for none)."""
    return {two.controller: two.defender, two.defender: two.controller}.get(side, "")


def sides() -> Sides:
    """The sides of the profile in use."""
    return _for(current())
