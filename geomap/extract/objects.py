"""What may stand between "of" and the unit a share is of: "the territory of", "Ukraine's",
"the 27,000-square-kilometre", "the embattled eastern"."""

from __future__ import annotations

from geomap.extract.each import AREA_NOUNS, an_item_ends, falls_short
from geomap.extract.ellipses import ellipsis_at
from geomap.extract.sides import Sides
from geomap.extract.text import (
    NUMBER_WORDS,
    Mention,
    Token,
    name_at,
    nouns,
    with_a_noun,
)
from geomap.profile import current
from geomap.regions import Region, normalize


def words(text: str) -> frozenset[str]:
    """Words as tokens' keys spell them ("front-line" → "front line")."""
    return frozenset(normalize(w) for w in text.split())


# After "of": words that may stand between it and the name.
FILLERS = words(
    "the its their our this that these those both entire whole occupied partially partly "
    "administrative neighbouring neighboring embattled contested key industrial frontline "
    "front-line broader wider greater larger eastern western southern northern southeastern "
    "south-eastern southeast northeastern north-eastern northwest northwestern "
    "north-western southwest southwestern south-western central east west south north "
    "remaining other so-called self-proclaimed self-declared breakaway separatist annexed "
    "illegally unrecognised unrecognized"
)

# Words of an area as a whole before "area of": "the land area of X".
_OF_AN_AREA = words("land total surface overall entire whole")
PEOPLE = words(
    "residents population people voters inhabitants citizens electorate households children "
    "workers men women vote votes ballots electors"
)
# After a region's name, what makes it a name of something else in it or of it.
NOT_AREA_NOUNS = PEOPLE | words(
    "economy gdp budget industry exports output schools hospitals homes housing power "
    "electricity grain harvest farmland businesses jobs water "
    # a place named after the region, or a part of a front: "the Zaporizhzhia nuclear plant"
    "nuclear plant npp dam airport port station reservoir canal front frontline axis "
    "direction sector border coast coastline towns villages cities settlements "
    # "the Donetsk coal basin", "the Kherson bridgehead"
    "coal basin coalfield bridgehead salient pocket agglomeration highway railway mines forests "
    # "the Kherson counteroffensive": an operation named after it
    "offensive counteroffensive counter-offensive operation campaign "
    # ... or an event there: "Moscow claims Kherson gains", "Russia claims Donetsk advance"
    "gains advance advances push breakthrough victory victories capture attack attacks assault "
    "assaults battle battles fighting"
)


def object_start(toks: list[Token], j: int, two: Sides) -> tuple[int, bool]:
    """Past the fillers after "of" ("the territory of", "Ukraine's"): the object's start, and
    whether the country's name was passed over."""
    skipped_country = False
    generic = nouns()
    while j < len(toks):
        key = toks[j].key
        following = toks[j + 1].key if j + 1 < len(toks) else ""
        if key in FILLERS and not (
            name_at(toks, j)[1] or ellipsis_at(toks, j)[1] or _a_bare_name(toks, j)
        ):
            # "North Darfur", "North and South Kordofan" are names
            j += 1
        elif toks[j].possessive and toks[j].base in two.country:
            skipped_country = True
            j += 1
        elif (
            toks[j].possessive
            and toks[j].base == normalize(current().defender.capital)
            and (following in FILLERS or name_at(toks, j + 1)[1])
        ):
            j += 1  # "Kyiv's (eastern) Luhansk region": the government's, as "Ukraine's"
        elif an_adjective(toks, j, two) and (
            following in generic or following in FILLERS or name_at(toks, j + 1)[1]
        ):
            j += 1  # "the war-torn Donetsk region", "the eastern Ukrainian region of Donetsk"
        elif (key in generic or key in AREA_NOUNS or key == "each") and following == "of":
            j += 2  # "the territory of", "each of"
        elif (
            key in _OF_AN_AREA
            and following == "area"
            and j + 2 < len(toks)
            and toks[j + 2].key == "of"
        ):
            j += 3  # "the land (total, surface) area of"
        elif key in AREA_NOUNS and following == "in" and _a_name_at(toks, j + 2):
            j += 2  # "the territory in the Donetsk region" (not "the land in the south of X")
        elif key in ("our", "his", "her") and following in generic:
            # "80% of our region", an official says; a governor's "his oblast": "the region"
            # (not "our territory")
            j += 1
        elif key.isdigit() and (past := past_a_size(toks, j)):
            j = past  # "of the 27,000-square-kilometre Donetsk region"
        elif (key == "all" and following in NUMBER_WORDS) or _counts_a_group(toks, j):
            j += 1  # "(all) the five Darfur states": a group of that many units, all of them
        else:
            break
    return j, skipped_country


def _a_bare_name(toks: list[Token], j: int) -> bool:
    """ "Northern" in "the states of Northern, River Nile and ...": a unit's name without its
    noun, as an item of a list (not "northern Donetsk")."""
    return (
        toks[j].text[:1].isupper() and an_item_ends(toks, j + 1) and bool(with_a_noun(toks[j].text))
    )


def _counts_a_group(toks: list[Token], j: int) -> bool:
    """Whether token ``j`` is a count of the units of the group named after it, with the units'
    plural noun: "five" in "the five Darfur states" (not "two" in "the two Kordofan states")."""
    count = NUMBER_WORDS.get(toks[j].key, 0)
    found, n = name_at(toks, j + 1) if count and j + 1 < len(toks) else ((), 0)
    noun = toks[j + 1 + n].key if n and j + 1 + n < len(toks) else ""
    return len(found) == count and noun in nouns() and noun.endswith("s")


def a_groups_part(
    toks: list[Token], start: int, end: int, group: tuple[Region, ...], named
) -> tuple[Region, ...] | None:
    """What a group named as an object from token ``start`` to ``end`` (past its plural noun)
    stands for where a count before it or names after it say it is not all of it: the units
    named after ("the Kordofan states of West and South Kordofan": those two), none where a count
    does not meet the group ("the two Kordofan states"); None where nothing says so. ``named``
    reads the names from a token (units.py's object reader)."""
    plural = {n for n in nouns() if n.endswith("s")}
    end += end < len(toks) and toks[end].key in plural  # past "states"
    after = toks[end].key if end < len(toks) else ""
    part = named(toks, end + 1) if after in ("of", ",", ":") else ()
    if part and set(part) < set(group):
        return part
    return () if falls_short(toks[start - 1].key if start else "", group) else None


def an_adjective(toks: list[Token], j: int, two: Sides) -> bool:
    """A word before a unit that says what it is like: hyphenated ("war-torn", "mineral-rich",
    "Russian-occupied"; not a name: "Kherson-Zaporizhzhia"), or the country's adjective
    ("Ukrainian", not its possessive: "Ukraine's" passes over the country)."""
    tok = toks[j]
    if tok.possessive:
        return False
    if tok.key in two.country:  # only before a unit named: "the Sudanese state" is the country
        if j + 1 >= len(toks):
            return False
        after = toks[j + 2].key if j + 2 < len(toks) else ""
        return bool(name_at(toks, j + 1)[1]) or (toks[j + 1].key in nouns() and after == "of")
    return "-" in tok.text and tok.text[:1].isalpha() and not name_at(toks, j)[1]


def _a_name_at(toks: list[Token], j: int) -> bool:
    """Whether a unit's name starts at token ``j``, past "the" or "both"."""
    j += j < len(toks) and toks[j].key in ("the", "both")
    return j < len(toks) and bool(name_at(toks, j)[1])


_SIZES = words("km km2 km² kilometre kilometer kilometres kilometers mile miles hectares")


def past_a_size(toks: list[Token], j: int) -> int:
    """Past an area given as an adjective ("27,000-square-kilometre", "26,500 sq km"), or 0."""
    while j < len(toks) and (toks[j].key.isdigit() or toks[j].key in {",", "."}):
        j += 1
    if j < len(toks) and toks[j].key in ("sq", "square"):
        j += 1  # "26,500 sq km", "26,500 square kilometres"
    if j < len(toks) and (toks[j].key in _SIZES or toks[j].key.startswith("square ")):
        return j + 1
    return 0


# What may stand between the names of a list before a verb: "Khartoum, Gezira and the city of ..."
LIST_GLUE = frozenset({",", "and", "&", "the", "city", "of"})


def listed_before(before: list[Mention], toks: list[Token]) -> list[Mention]:
    """The mentions of a list that ends with the last of ``before``: "Khartoum, Gezira and
    Sennar (states)", joined by commas, "and" and "the city of" (unit nouns allowed between)."""
    generic = nouns()
    listed = [before[-1]]
    for m in reversed(before[:-1]):
        glue = [t.key for t in toks if m.end <= t.start and t.end <= listed[0].start]
        if not glue or any(k not in generic and k not in LIST_GLUE for k in glue):
            break
        listed.insert(0, m)
    return listed
