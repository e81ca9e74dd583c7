"""Which units a statement of holding names: the object after its verb ("controls four states:
A, B and C", "took control of Gezira State", "all five Darfur states"); the subject before a
passive verb ("Khartoum, Gezira and Sennar states are under army control") is
:mod:`geomap.extract.units_before`'s.

Only a unit named as one counts: with its unit noun, as a group, as a name of several words, in
a list, or by a name the profile says is no city's; a bare name may be a town ("the RSF seized
El Fasher" is a city's fall, not the state's); "parts of", "most of" and the like are no whole.
"""

from __future__ import annotations

import re

from geomap.extract.each import past_an_aside
from geomap.extract.ellipses import ellipsis_at
from geomap.extract.list_ends import A_SUBJECTS_VERB, PLURAL_VERBS
from geomap.extract.objects import a_groups_part, an_adjective
from geomap.extract.sides import sides
from geomap.extract.text import (
    NUMBER_WORDS,
    Token,
    abbreviation,
    name_at,
    nouns,
    the_government,
    token_at,
)
from geomap.extract.unit_words import (
    DIRECTIONS,
    PART_WORDS,
    PLACES_IN,
    a_list_of,
    all_but_a_part,
    city_named,
    counts_units,
    ends_a_name,
    list_item_at,
    no_city,
    of_a_place,
    of_places,
    of_the_compass,
    of_the_country,
    past_a_relative,
    past_a_time,
    past_bracketed_names,
    past_compass_points,
    whole_of,
)
from geomap.regions import Region

NUMBERS = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"  # a count, in words or digits


def after_verb(toks: list[Token], at: int, *, subject: bool = False) -> tuple[Region, ...]:
    """The units a statement's object names, starting at document offset ``at``: "Gezira State",
    "the state of Sennar", "four states: A, B and C", "all five Darfur states", "Darfur";
    ``subject``: the units are the subject of the verb after them ("Army-held A and B have ..."),
    whose verb opens no clause of its own."""
    k = token_at(toks, at)
    k += k < len(toks) and toks[k].key in ("only", "just", "solely")  # "controls only X"
    whole = whole_of(toks, k)  # "seized all of X"
    k += whole or all_but_a_part(toks, k)  # "controls all but a sliver of X": held, not whole
    counted = _counted_of(toks, k)
    if counted is not None:  # "four of Darfur's five states: A, B, C and D"
        return counted or _included(toks, k)  # "11 of Sudan's 18 states, including A and B"
    # "every state in Darfur", "Darfur's five states"
    return (
        _a_groups_units(toks, k)
        or _named_object(toks, k, whole=bool(whole), subject=subject)
        or _after_a_place(toks, k)
    )


def _after_a_place(toks: list[Token], k: int) -> tuple[Region, ...]:
    """ "controls Port Sudan and the eastern states of Kassala, Gedaref and Red Sea", "the capital,
    Khartoum, which it retook in March, as well as the states of A and B": past a place that is
    no unit, the units a plural unit noun heads."""
    j = k
    while j < len(toks) and j - k < 8 and (of_a_place(toks, k, j) or of_places(toks, j)):
        j += 1
    j -= j > k + 1 and toks[j - 1].key == ","  # "Port Sudan, River Nile, ...": the list's comma
    if j == k:
        return ()
    j = past_bracketed_names(toks, j)  # "the three cities (A, B and C) and the states of"
    j = past_a_relative(toks, j)  # "the capital Khartoum, which it retook in March, ..."
    timed = past_a_time(toks, j)  # "retook Wad Madani in January and Sennar State in May"
    j, timed = timed, timed > j
    keys = [t.key for t in toks[j : j + 4]]
    if keys[:2] == [",", "and"] or keys == [",", "as", "well", "as"]:
        j, keys = j + 1, keys[1:]
    j += 2 * (keys[:3] == ["as", "well", "as"])  # "... as well as the central states of ..."
    if j >= len(toks) or toks[j].key not in ("and", ",", "as"):
        return ()
    whole = whole_of(toks, j + 1)
    head = _head(toks, j + 1 + whole)
    # "... and (all of) the eastern states of A and B"; past a place of two words or more, a
    # list: "Port Sudan, River Nile, ... and Red Sea states" (not "Southern and River Nile
    # states"); "retook Wad Madani and all of Gezira State"
    return (
        _named_object(toks, j + 1 + whole, whole=bool(whole), after_a_place=True)
        if head is not None and (head[1] or j - k > 1 or timed)
        else ()
    )


_REGION_WORDS = frozenset({"other", "neighbouring", "neighboring", "remaining"})
_PARTS = ("part", "corner")
_EVERY_PART_OF = frozenset(f"{a} {b} of" for a in ("every", "each") for b in _PARTS)
_OUTRIGHT = frozenset({"outright", "fully", "entirely", "completely", "wholly", "altogether"})
_TIME_WORDS = frozenset({"since", "in", "until", "from", "for", "by"})
# Between a count's "of" and the names it counts: "the five Darfur states", "its five states"
_COUNTED_GLUE = frozenset({"the", "its", "their"})
_MARKS = (":", ",", "(", "-", "–", "—")  # what sets the names a count counts off


def counted_of_the_group(
    toks: list[Token], at: int, before: tuple[Region, ...]
) -> tuple[Region, ...]:
    """ "(holds) four of its five states; only North Darfur is contested" right after a verb at
    document offset ``at``: a count of the units of the group named ``before`` (Darfur), where
    it has as many as the words say."""
    return _counted_of(toks, token_at(toks, at), before) or ()


def _counted_of(
    toks: list[Token], k: int, before: tuple[Region, ...] = ()
) -> tuple[Region, ...] | None:
    """ "four of Darfur's five states: A, B, C and D", "three of the five Darfur states (A, B and
    C)": a count of some of a group's units, then the units it counts, named. Those units where
    their number is the count's (and, where the group is named, all of them in it); () where the
    count is not met (which units is not said); None where the words are no such count.
    ``before``: the group "its" (or "the") five units are of, named before."""

    def key(i: int) -> str:
        return toks[i].key if i < len(toks) else ""

    k += key(k) in ("all", "each") and key(k + 2) == "of"  # "all five of Darfur's states"
    count = NUMBER_WORDS.get(key(k)) or (int(key(k)) if key(k).isdigit() and len(key(k)) < 3 else 0)
    if not count or key(k + 1) != "of":
        return None
    j = k + 2
    group: tuple[Region, ...] = ()  # "Darfur" in "four of Darfur's five states"
    generic = nouns()
    of_many = 0  # "five" in "four of its five states"
    while j < len(toks) and j - k < 10 and key(j) not in _MARKS:
        found, n = name_at(toks, j)
        if n:
            group, j = found, j + n
        elif key(j) in generic and key(j).endswith("s"):
            j += 1  # "... five states": the names follow, after a mark or none (a dash)
            break
        elif key(j) in _COUNTED_GLUE or re.fullmatch(NUMBERS, key(j)) or toks[j].possessive:
            of_many = NUMBER_WORDS.get(key(j), of_many)
            j += 1  # "the", "its", "five", "the country's"
        else:
            return None
    if not group and before and len(before) == of_many > count:
        group = before  # "four of its five states" after Darfur
    if j >= len(toks) or j - k >= 10:
        return group if count == len(group) > 1 and j - k < 10 else ()  # every one of them
    if key(j) in ("in", "of") and not group:  # "four of the five states in Darfur"
        found, n = name_at(toks, j + 1)
        group, j = (found, j + 1 + n) if n and len(found) > 1 else (group, j)
    if key(j) in _TIME_WORDS:  # "four of the five Darfur states since late 2023: A, B, C and D"
        j = next((i for i in range(j, min(j + 6, len(toks))) if key(i) in _MARKS), j)
    semicolon = key(j) == ";"
    j += key(j) in (*_MARKS, ";")
    named = () if semicolon else _named_object(toks, j)
    if not named and count == len(group) > 1:
        return group  # "all five of Darfur's states": every one
    if len(named) != count or (len(group) > 1 and not set(named) <= set(group)):
        return _all_but(toks, j, group, count)
    return named


_ALL_BUT = {"but": 1, "except": 1, "excluding": 1, "bar": 1, "save": 1, "only": 1}
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "last", "remaining", "other"})


def _all_but(
    toks: list[Token], j: int, group: tuple[Region, ...], count: int
) -> tuple[Region, ...]:
    """ "four of Darfur's five states, all but North Darfur", "...; only North Darfur remains
    contested", "... with the exception of North Darfur", "...; the fifth, North Darfur, is
    contested": the group's units but those named after, where as many are left as the count;
    else ()."""
    words = [t.key for t in toks[j : j + 4]] + ["", ""]
    if words[:4] == ["with", "the", "exception", "of"]:
        skip = 4
    elif words[:2] == ["the", "exception"] and words[2] in ("is", "being"):
        skip = 3  # "...; the exception is North Darfur"
    elif words[0] == "with" and any(t.key == "exception" for t in toks[j + 2 : j + 8]):
        skip = 1  # "..., with North Darfur the (only) exception"
    elif words[0] == "all" and words[1] in ("but", "except"):
        skip = 2
    elif words[0] == "the" and words[1] in _ORDINALS and words[2] == ",":
        skip = 3  # "...; the fifth, North Darfur, is contested"
    else:
        skip = _ALL_BUT.get(words[0], 0)
    left_out = _named_object(toks, j + skip) if skip and len(group) > 1 else ()
    if skip == 1 and words[0] == "with" and len(group) > 1:
        left_out = name_at(toks, j + 1)[0]  # the name, then "the exception"
    if not left_out or not set(left_out) < set(group) or len(group) - len(left_out) != count:
        return ()
    return tuple(r for r in group if r not in left_out)


def _next_item(toks: list[Token], j: int, generic: frozenset[str]) -> int:
    """The token the list's item after the one ending at token ``j`` starts at ("and all of")."""
    ended = j
    while j < len(toks) and toks[j].key in (",", "and", "&", "the", "as", "well", "along"):
        j += 1 + (toks[j].key == "along" and j + 1 < len(toks) and toks[j + 1].key == "with")
    j = past_an_aside(toks, j, ended)  # "West Darfur, which it took in 2023, and ..."
    if j > ended and j + 1 < len(toks) and toks[j].key in generic and toks[j + 1].key == "of":
        j += 2  # "Khartoum State and the states of Gezira and Sennar"
    elif j > ended and j + 1 < len(toks) and toks[j].key == "all" and toks[j + 1].key == "of":
        j += 2 + (j + 2 < len(toks) and toks[j + 2].key == "the")  # "A and all of B"
    return j


def _before_the_next_verb(
    toks: list[Token], j: int, regions: list[Region], first: int, subject: bool, after_place: bool
) -> list[Region] | None:
    """The units of an object whose item ends at token ``j``, where a verb of the next clause's
    subject follows it ("hold A and B and the state of C is under ...": C, that subject; "...
    and C are under ...": which of them are is not said, but A is the object; "recaptured Um
    Rawaba, and the state of X is ...": none); None where none follows."""
    if subject or j >= len(toks) or toks[j].key not in A_SUBJECTS_VERB:
        return None
    if after_place:
        return []
    if not regions:
        return None
    return regions[:first] if toks[j].key in PLURAL_VERBS else regions


def _named_object(
    toks: list[Token], k: int, *, whole: bool = False, subject: bool = False,
    after_a_place: bool = False,
) -> tuple[Region, ...]:  # fmt: skip
    """The units an object from token ``k`` names (see :func:`after_verb`); ``whole``: after
    "all of", where a bare name is the unit's unless the profile reads it as a city's ("seized
    all of Luhansk", as a share's "all of" reads it)."""
    head = _head(toks, k)
    if head is None:
        return ()  # "holds 75 ..."
    j, listed = head
    generic = nouns()
    if not listed and (
        j >= len(toks) or not (name_at(toks, j)[1] or ellipsis_at(toks, j)[1] or a_list_of(toks, j))
    ):
        return _included(toks, j)
    regions: list[Region] = []
    first = 0  # how many regions the first item names
    named_with_noun = listed
    closed = False  # a plural noun ended the list ("A and B states"): a town's name may follow
    while j < len(toks):
        # (after a plural noun, "the eastern states, including Kassala and ...", the first too)
        found, n = list_item_at(toks, j, (bool(regions) or listed) and not closed)
        if not n or the_government(toks, j, found, n, generic):
            break  # "... and Kyiv has conceded it": the government, a subject
        if toks[j + n - 1].possessive or (j + n < len(toks) and toks[j + n].possessive):
            return ()  # "Khartoum State's capital", "the Kharkiv region's north"
        group = len(found) > 1 or any(t.key in generic for t in toks[j : j + n])
        part = a_groups_part(toks, j, j + n, found, _named_object) if len(found) > 1 else None
        if part is not None:  # "the Kordofan states of West and South Kordofan", "the two ..."
            return part
        j += n
        with_noun = j < len(toks) and toks[j].key in generic
        j += with_noun
        closed = toks[j - 1].key in generic and toks[j - 1].key.endswith("s")
        if j < len(toks) and toks[j].key in PLACES_IN:
            return ()  # "the Blue Nile state capital, Ed Damazin": a town's fall
        if with_noun:
            named_with_noun = True
        elif (
            n > 1
            or no_city(found)
            or abbreviation(toks[j - 1].text)  # "the LPR": no town's name
            or (whole and not city_named(found))
        ) and ends_a_name(toks, j):
            # "South Darfur", "Blue Nile" alone, ending the phrase: no town has such a name;
            # nor has "Gezira", where the profile says which units' names are cities'
            named_with_noun = True
        named_with_noun = named_with_noun or group
        if (
            cut := _before_the_next_verb(toks, j, regions, first, subject, after_a_place)
        ) is not None:
            regions = cut
            break
        regions.extend(r for r in found if r not in regions)
        first = first or len(regions)
        j = _next_item(toks, j, generic)
    if (
        j + 1 < len(toks)
        and toks[j].text == "("
        and toks[j + 1].text[:1].isdigit()
        and not (j + 2 < len(toks) and toks[j + 2].key in generic)  # "Darfur (5 states)"
    ):
        return ()  # "holds Darfur (80%)": the share says how much, and of no one unit
    if len(regions) > 1 and not named_with_noun:
        named_with_noun = True  # a list of units: "the RSF holds A, B and C"
    return tuple(regions) if regions and named_with_noun else ()


def _a_groups_units(toks: list[Token], k: int) -> tuple[Region, ...]:
    """The units of a group named as its units, from token ``k``: "every state in Darfur",
    "each state of Darfur", "Darfur's five states", "all of Darfur's states"; else ()."""
    generic = nouns()

    def key(i: int) -> str:
        return toks[i].key if i < len(toks) else ""

    while key(k) in ("the", "all", "both", "of") or (key(k), key(k + 1)) == ("each", "of"):
        k += 1
    area = generic | {"region", "area"}  # "Sudan's western region of Darfur"
    possessive = k < len(toks) and toks[k].possessive and key(k + 1) in (*DIRECTIONS, *area)
    k += possessive + (possessive and key(k + 1) in DIRECTIONS)  # "Sudan's western region of"
    count = NUMBER_WORDS.get(key(k), 0)
    if (
        (key(k) in ("every", "each") or count)
        and key(k + 1) in generic
        and key(k + 2) in ("in", "of")
    ):
        j = k + 3 + (key(k + 3) == "the")
        found, n = name_at(
            toks, j
        )  # "every state in Darfur", "all five states in the Darfur region"
        end = j + n
        if count and count != len(found):
            return ()
    elif count and key(k + 1) in generic and key(k + 1).endswith("s"):
        # "Darfur: the RSF controls all five states": the group named before, of that many
        found, end = _counted_before(toks, k, count), k + 2
    elif possessive and key(k) in area and key(k + 1) == "of":
        found, n = name_at(toks, k + 2)  # "Sudan's region of Darfur"
        end = k + 2 + n
    elif k >= len(toks):
        return ()
    else:
        found, n = name_at(toks, k)  # "Darfur's five states"
        end = k + n
        if not n or not toks[end - 1].possessive:
            return ()
        end += bool(re.fullmatch(NUMBERS, key(end)))
        if not (key(end) in generic and key(end).endswith("s")):
            return ()
        end += 1
    # "every state in Darfur but (other than, except) North Darfur": all but the units named
    skip = {"but": 1, "except": 1, "excluding": 1, "bar": 1, "other": 2, "apart": 2}.get(
        key(end), 0
    )
    if skip and (skip == 1 or key(end + 1) in ("than", "from")):
        skip += skip == 1 and key(end + 1) == "for"  # "except for"
        left_out = _named_object(toks, end + skip)
        if not left_out:  # "except for parts of North Darfur": a part, left out with the
            return found if len(found) > 1 else ()  # statement's exceptions (held._finish)
        if not set(left_out) < set(found):
            return ()
        return tuple(r for r in found if r not in left_out)
    return found if len(found) > 1 and ends_a_name(toks, end) else ()


def _counted_before(toks: list[Token], k: int, count: int) -> tuple[Region, ...]:
    """The units of the group named last before token ``k``, where it has ``count`` of them."""
    for i in range(k - 1, -1, -1):
        found, n = name_at(toks, i)
        if n and i + n <= k:
            return found if len(found) == count else ()
    return ()


def _head(toks: list[Token], j: int) -> tuple[int, bool] | None:
    """Past the words before an object's names: "the states of", "four states:", "all five
    Darfur states" (the token the names start at, and whether a unit noun in the plural or "the
    state of" heads them); None for a count of something else ("holds 75 ...")."""
    generic = nouns()

    def key(k: int) -> str:
        return toks[k].key if k < len(toks) else ""

    while key(j) in ("the", "all", "both", "each") or (
        key(j) == "every" and key(j + 1) not in _PARTS
    ):
        j += 1 + (key(j) == "each" and key(j + 1) == "of")  # "all five Darfur states", "every
        # Darfur state" (not "every part of"), "each of the five Darfur states"
    two = sides()
    while j < len(toks) and (
        an_adjective(toks, j, two) or (key(j) in DIRECTIONS and an_adjective(toks, j + 1, two))
    ):
        j += 1  # "the war-ravaged North Darfur state", "the western Sudanese state of West Darfur"
    past = j
    while (
        key(past) in DIRECTIONS or key(past) in _REGION_WORDS or (past > j and key(past) == "and")
    ):
        past += 1
    if past > j and key(past) in generic and key(past).endswith("s"):
        j = past  # "the eastern states of", "the northern and eastern states" (not "Northern")
    if " ".join(map(key, (j, j + 1, j + 2))) in _EVERY_PART_OF:
        j += 3  # "expelled from every part of Khartoum State"
    counted = bool(re.fullmatch(NUMBERS, key(j)))
    j += counted
    listed = key(j) in generic and key(j).endswith("s")
    if key(j) in generic and not listed and key(j + 1) == "of":
        return j + 2, True  # "the state of Sennar"
    if listed:
        j += 1
        # "eight states outright: A, B, ...", "three states entirely:"
        j += key(j) in _OUTRIGHT and key(j + 1) in (":", ",")
        if key(j) in ("of", "in") and (colon := past_compass_points(toks, j + 1)):
            j = colon  # "the states of the north and east: A, B, ...": the names after
        j += key(j) in ("of", ":", ",")
        j += key(j) == "the" and key(j - 1) == ":"  # "six states: the Red Sea, Kassala, ..."
        # "the eastern states, including A and B", "three states, namely A, B and C", "..., among
        # them A and B": the units named
        after_comma = key(j - 1) == ","
        j += after_comma and key(j) in ("including", "namely")
        return j + 2 * (after_comma and (key(j), key(j + 1)) == ("among", "them")), True
    if counted and (j >= len(toks) or not name_at(toks, j)[1]):
        return None
    return j, False


def _included(toks: list[Token], j: int) -> tuple[Region, ...]:
    """ "the north and east of the country, including Khartoum, Gezira and Sennar states": the
    units an object that is no unit includes, named as :func:`_object` reads units, also after a
    count of units ("11 of Sudan's 18 states, including ..."); none where the object is a part
    of something ("parts of Kordofan, including ...") or a share."""
    k = j
    while k + 1 < len(toks) and k - j < 16:
        word = toks[k].key
        if word in PART_WORDS and (
            of_the_country(toks, k + 1)
            or (word in ("most", "much") and of_the_compass(toks, k + 1))
        ):  # "the eastern and central parts of the country (most of the north), including A
            k += 1  # and B": whole
            continue
        if word in PART_WORDS or word in (";", ".", "but", "while"):
            return ()
        if word[:1].isdigit() and not (
            toks[k + 1].start - toks[k].end <= 1 and counts_units(toks[k + 1].key)
        ):  # a share ("70% of": the sign between); not a count of units, "11 of Sudan's 18"
            return ()
        if word == "including" and k > j:  # after a comma, a dash or a bracket, or none
            return after_verb(toks, toks[k].end)
        if word == ":" and k > j and not any(t.key in NUMBER_WORDS for t in toks[j:k]):
            return after_verb(toks, toks[k].end)  # "the north and east: A, B and C states"
        k += 1
    return ()
