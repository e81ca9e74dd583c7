"""What a share is a share of: a named region ("of the territory of Ukraine's eastern Luhansk
region", "of the provinces of Kherson and Zaporizhzhia", "Luhansk (99%)", "North Darfur"), the
region a sentence named before ("of the region's territory"; a figure with no "of" after it,
"where Russian troops hold 71%", "... and 70% is still occupied": :mod:`without_of`), or why it
is none of these (the whole country, Donbas, voters or residents). Figures read with the figures
beside them: :mod:`together`."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from geomap.extract.before import (
    after_a_name,
    in_a_region,
    names,
    of_a_group,
    of_which,
    of_which_before,
)
from geomap.extract.each import (
    AREA_NOUNS,
    CLAUSE_ENDS,
    COMPASS,
    TOGETHER,
    TOGETHER_OPENING_RE,
    each_named_before,
    each_of_the_names_before,
    of_each,
    past_the_figure,
    region_list,
)
from geomap.extract.named import side_named_at
from geomap.extract.objects import NOT_AREA_NOUNS, PEOPLE, object_start, past_a_size, words
from geomap.extract.officials import officials_unit
from geomap.extract.share_of import NO_REGION, named_in_brackets
from geomap.extract.side_rows import in_a_sides_row
from geomap.extract.sides import Sides
from geomap.extract.text import (
    NUMBER_WORDS,
    SET_APART_RE,
    TOWN_NOUN,
    Token,
    name_at,
    nouns,
    starts_a_time,
)
from geomap.extract.unit_words import city_of
from geomap.extract.without_of import ANAPHORA_HEADS, VERB_BEFORE_RE, of_the_subject
from geomap.patterns import compiled
from geomap.profile import current
from geomap.regions import Region

if TYPE_CHECKING:
    from geomap.extract.antecedents import Antecedent
    from geomap.extract.shares import Share


RESPECTIVE = "'respective' with no list of regions before it"
# A share of the whole country is of no region, but has a holder ("... 19% of Ukraine. In X, 99%")
WHOLE_COUNTRY = "a share of the whole country"
# What may follow the object of "fully liberated ...": the clause goes on with a time or place.
_GLUE = words("in on since by after from at last this early late during and but while")
_AFTER_A_NAMES_FIGURE = {",", ";", "and"} | words("occupied controlled held under liberated")
_PLACE_AFTER = words("east west north south around near along beyond between across outside on")
# "..., with 78% of the region occupied": the participle after the region is the predicate
# "with the whole region occupied", "..., leaving the whole region under Russian control": a
# clause of its own, not "the region (that is) occupied"
# ... as after a verb that puts it so: "the advance has brought 79% of the region under its control"
_WITH_BEFORE_RE = compiled(
    r"(?:(?:^|[,;:—–(]\s*)(?:with|leaving)|\b(?:brought|bringing|brings?|put|puts|putting"
    r"|placed|placing|left|leaves))\s+$",
    re.IGNORECASE,
)
_PARTICIPLES = words("occupied seized captured taken held controlled")
_RELATIVE = words(
    "that which invaded occupied seized captured taken held controlled under since it they"
)


def target(share: Share, toks: list[Token], j: int, antecedent: Antecedent, two: Sides) -> None:
    """What the share is a share of: sets ``regions`` or ``reason``."""
    if share.reason:
        return
    share.target_end = share.end
    if in_a_sides_row(share, toks, two):  # "Luhansk: Russia 99%, Ukraine 1%"
        return
    n = len(toks)
    bracket = j < n and toks[j].text == "("  # "Kherson 73% (DeepState, June)": a source after it
    j = past_the_figure(share, toks, j)
    whole = bool(share.totality and re.search(r"(?:of|over|on|entire|whole)$", share.text, re.I))
    if (
        share.numeric
        and j + 1 < n
        and toks[j].key in _HOLD_NOUNS
        and toks[j + 1].key in ("on", "over", "of")
    ):
        _of_what(share, toks, j + 2, antecedent, two)  # "an 80% hold on the Donetsk region"
        return
    if of_each(toks, j) and (both := _both_named_after(toks, j + 2)):
        share.regions, share.target_end = both  # "60% of both states, A and B"
        return
    if of_each(toks, j) and each_named_before(share, toks):
        return  # "the A and B regions, though it holds only about three quarters of each"
    if of_each(toks, j) and SET_APART_RE.search(
        share.sentence.text, 0, share.start - share.sentence.start
    ):
        # "... the rest of C. Moscow claims both southern regions, but holds 75% of each": which
        # of those named before, the words do not say
        share.reason = "not a share of a named region ('each' of units set apart, unnamed)"
        return
    if of_each(toks, j):  # "Russia claims A and B. It occupies about 70% of each."
        share.regions, share.reason = antecedent(share.start, several=True)
        share.note = f"'of each' read as {names(share.regions)}" if share.regions else ""
        return
    whole = whole or (  # "half the Donetsk region": of it, as "the whole" is
        j < n and toks[j].key == "the" and share.text.lower().endswith("half")
    )
    if whole or (
        j < n
        and (
            toks[j].key == "of"
            or (toks[j].key == "over" and not starts_a_time(toks, j))
            or (toks[j].key == "in" and in_a_region(share, toks, j))
        )
    ):
        _of_what(share, toks, j if whole else j + 1, antecedent, two)
    elif (share.adverb and _of_the_object(share, toks, j, two)) or named_in_brackets(
        share, toks, j
    ):
        return
    elif _each(toks, j) and each_of_the_names_before(share, toks):
        return  # "Zaporizhzhia and Kherson about 70% each", "A and B: 74% occupied each"
    elif not after_a_name(share, toks) and not (
        (j >= n or toks[j].key in _AFTER_A_NAMES_FIGURE or (bracket and toks[j].key != "of"))
        and (after_a_name(share, toks, ("",)) or _after_the_region(share, toks, antecedent))
    ):  # "Luhansk 99%, Donetsk 70%": a list of names and figures; "Luhansk 99% occupied"
        of_the_subject(share, toks, antecedent)


_HOLD_NOUNS = frozenset({"hold", "grip", "control"})


def _each(toks: list[Token], j: int) -> bool:
    """Whether the tokens from ``j``, just after a figure, are "each" or a participle and
    "each" ("74% occupied each")."""
    k = j + (j < len(toks) and toks[j].key in _PARTICIPLES)
    return k < len(toks) and toks[k].key == "each"


_SET_OFF_RE = compiled(r"\s*[,(–—-]\s*$")


def _after_the_region(share: Share, toks: list[Token], antecedent: Antecedent) -> bool:
    """ "In Kharkiv, Russia holds a small part of the (northeastern) region, about 4%": a figure
    set off after "the region" (or "of it") is of the region that means."""
    k = bisect_right([t.end for t in toks], share.start) - 1  # the last token before the figure
    k -= k >= 0 and toks[k].key in {",", "("}
    s0 = share.sentence.start
    set_off = k >= 2 and _SET_OFF_RE.match(
        share.sentence.text[: share.start - s0], toks[k].end - s0
    )
    if set_off and toks[k].key == "it" and toks[k - 1].key == "of":
        # "... control only a small fraction of it, well under 1%": of the unit "it" stands for
        share.regions, share.reason = antecedent(toks[k].start)
        share.note = f"'it' read as {names(share.regions)}" if share.regions else share.note
        return True
    if not set_off or toks[k].key not in nouns() | {"territory"}:
        return False
    the = next((i for i in range(k - 1, max(-1, k - 4), -1) if toks[i].key == "the"), None)
    if the is None or any(name_at(toks, i)[1] for i in range(the, k)):
        return False
    share.regions, share.reason = antecedent(toks[the].start, noun=toks[k].key)
    if share.regions:
        share.note = f"'{toks[k].text}' read as {names(share.regions)}"
    return True


_ONLY = frozenset({"only", "just"})


def _of_the_object(share: Share, toks: list[Token], j: int, two: Sides) -> bool:
    """ "The army had fully liberated White Nile State": an adverb before a verb with a unit as
    its object is of that unit (not of the sentence's subject, as in "X was fully occupied")."""
    if j + 1 >= len(toks):
        return False
    j += j + 2 < len(toks) and toks[j + 1].key in _ONLY  # "fully controls only Luhansk"
    k, _ = object_start(toks, j + 1, two)
    regions, end, group = region_list(toks, k)
    if not regions or group or (end < len(toks) and toks[end].key not in CLAUSE_ENDS | _GLUE):
        return False
    share.regions, share.target_end = regions, toks[end - 1].end
    return True


# "the occupied territory of X", "the eastern areas of X": a part of the region, so a share of
# it is not a share of the region ("the occupied Kharkiv region" is the region).
_PART_MAKERS = words(
    "occupied liberated remaining contested frontline front-line other eastern western "
    "southern northern southeastern south-eastern northeastern north-eastern northwestern "
    "north-western southwestern south-western central"
)


def _a_part(fillers: list[Token]) -> str:
    """ "the occupied territory" in "of the occupied territory of X", "the occupied part" in
    "of the (temporarily) occupied X region" (not "the partly occupied X region"), or ""."""
    for k, (word, noun) in enumerate(itertools.pairwise(fillers)):
        followed_by_of = k + 2 < len(fillers) and fillers[k + 2].key == "of"
        if word.key in _PART_MAKERS and noun.key in AREA_NOUNS and followed_by_of:
            return f"the {word.text} {noun.text}"
    keys = [t.key for t in fillers[-3:]]
    if keys[-2:] == ["the", "occupied"] or keys[-3:] == ["the", "temporarily", "occupied"]:
        return "the occupied part"
    if [t.key for t in fillers] in (["occupied"], ["temporarily", "occupied"]):
        return "the occupied part"  # a headline's "of occupied Kherson region"
    return ""


def _of_what(share: Share, toks: list[Token], j: int, antecedent: Antecedent, two: Sides) -> None:
    """A share "of" something: regions named, a region named before, or why it is not one."""
    n = len(toks)
    start = j
    j, skipped_country = object_start(toks, j, two)
    if (j >= n or toks[j].text in CLAUSE_ENDS) and of_which_before(share, toks):
        return  # "the Donetsk region, which they now control about 75 percent of."
    if j >= n:
        share.reason = NO_REGION
        return
    part = _a_part(toks[start:j])
    if part.startswith("the occupied"):
        share.occupied_part = part  # decided once its holder is known
    elif part:
        share.reason = f"a share of {part} of the region, not of all of it"
        return
    # a verb's object ("has full control of A and B is ..."), not the figure as the subject
    an_object = bool(
        VERB_BEFORE_RE.search(
            share.sentence.text,
            max(0, share.start - share.sentence.start - 80),
            share.start - share.sentence.start,
        )
    )
    regions, end, several = region_list(toks, j, before_a_figure=False, an_object=an_object)
    if regions:
        _of_the_regions(share, toks, regions, end, several, two)
        return
    tok, key = toks[j], toks[j].base
    if key == "which" and j == start:  # "the Zaporizhzhia region, 73% of which it holds"
        of_which(share, toks, j)
        return
    if key == "respective":  # "74% and 76% of their respective areas": paired below
        share.reason = RESPECTIVE
        share.target_end = toks[min(j + 1, n - 1)].end
        return
    group = two.wholes.get(key)
    if group:
        share.reason = f"a share of {group}, not of one region"
    elif key in two.country or (skipped_country and key in AREA_NOUNS):
        share.reason = WHOLE_COUNTRY
    elif key in PEOPLE:
        share.reason = "a share of people or votes, not of territory"
    elif key in ANAPHORA_HEADS or key in nouns() or key in current().subunits.nouns:
        _of_a_region_named_before(share, toks, j, antecedent, two)  # ... or the raion ("district")
    elif key in ("former", "latter"):  # "nearly all of the latter and 75% of the former"
        count = NUMBER_WORDS.get(toks[j + 1].key, 0) if j + 1 < n else 0  # "the latter two"
        share.target_end = toks[j + (count > 0)].end
        order = f"{key} {toks[j + 1].key}" if count else key
        share.regions, share.reason = antecedent(share.start, order=order)
        share.note = f"'the {order}' read as {names(share.regions)}" if share.regions else ""
    elif city := city_of(tok.text):  # "80% of Khartoum": the capital
        share.reason = (
            f"'{tok.text}' alone is the city, not the {current().units.singular} of {city}"
        )
    else:
        share.reason = NO_REGION


def _of_the_regions(
    share: Share, toks: list[Token], regions: tuple[Region, ...], end: int, several: str, two: Sides
) -> None:
    """A share "of" regions named up to token ``end``: of each, unless what follows says not."""
    after = toks[end].key if end < len(toks) else ""
    if end < len(toks) and toks[end].possessive:
        after = toks[end].base  # "the Donetsk front's villages": "front"
    then = toks[end + 1].key if end + 1 < len(toks) else ""
    together = (  # "70% of A and B in total", "Taken together, Russia holds 75% of A and B"
        after in TOGETHER
        or f"{after} {then}" in TOGETHER
        or bool(TOGETHER_OPENING_RE.match(share.sentence.text))
    )
    # "less than half of the Kharkiv region's territory it once seized": a part of it
    seized = after in AREA_NOUNS and (
        then in ("it", "they", "that", "which")
        or (then and side_named_at(share.sentence, toks[end + 1], two))
    )
    if len(regions) > 1 and together:
        share.reason = f"a share of {names(regions)} together, not of each"
    elif after in ("city", "town", "capital", "capitals"):  # "60% of Kherson city", "X's capital"
        share.reason = f"a share of the {after} of {names(regions)}, not of the region"
    elif after in NOT_AREA_NOUNS or (  # not "Donetsk oblast's 26,500 square kilometres"
        toks[end - 1].possessive and after not in AREA_NOUNS and not past_a_size(toks, end)
    ):
        share.reason = f"a share of {after or 'something'} in the region, not of its territory"
    elif seized or (after in COMPASS and then == "of"):  # "all of X south of the front line"
        share.reason = f"a share of the {after} {then} ..., not of the region"
    elif after in ("that", "which") and _PART_TAKEN_RE.match(
        share.sentence.text, toks[end].end - share.sentence.start
    ):
        # "20% of the Kharkiv region that was occupied": of the part once taken
        share.reason = (
            f"a share of the part of {names(regions)} {after} was taken, not of all of it"
        )
    elif not of_a_group(share, several):  # "40% of Darfur": of no one state
        share.regions = regions
        share.target_end = toks[end - 1].end


# After "that" or "which": the part of a region once taken ("... that was occupied").
_PART_TAKEN_RE = compiled(
    r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:occupied|seized"
    r"|captured|taken|overrun|annexed)\b",
    re.IGNORECASE,
)


def _of_a_region_named_before(
    share: Share, toks: list[Token], j: int, antecedent: Antecedent, two: Sides
) -> None:
    """ "of the region", "of the oblast's territory": the region the text named before."""
    tok = toks[j]
    nxt = toks[j + 1].key if j + 1 < len(toks) else ""
    named, used = _in_apposition(toks, j + 1) if not tok.possessive else ((), 0)
    if tok.base.endswith("s") and tok.base[:-1] in nouns() | current().subunits.nouns:
        if both := _both_named_after(toks, j):  # "75% of both southern regions, A and B"
            share.regions, share.target_end = both
            return
        plural = "regions" if tok.base[:-1] in nouns() else tok.base  # "the districts"
        share.reason = f"'the {plural}' without naming them"
    elif nxt and not tok.possessive and side_named_at(share.sentence, toks[j + 1], two):
        # "54% of the territory Russia seized in the Kharkiv region": a part of somewhere
        share.reason = f"a share of the {tok.text} a side did something to, not of a region"
    elif (
        (nxt in _RELATIVE and not (nxt in _PARTICIPLES | {"under"} and _WITH_BEFORE_RE.search(
            share.sentence.text, 0, share.start - share.sentence.start)))
        or nxt in _PLACE_AFTER
    ) and not tok.possessive:  # fmt: skip
        share.reason = NO_REGION  # "the land east of the river": a part
    elif tok.possessive and nxt not in AREA_NOUNS:
        # "two-thirds of the region's residents"
        share.reason = f"a share of {nxt or 'something'} in the region, not of its territory"
    elif named:
        # "half of the other province Donetsk", "of the neighbouring region, Zaporizhzhia"
        share.regions, share.target_end = named, toks[j + used].end
    elif nxt in ("he", "she") and not tok.possessive:
        # "75% of the region he heads": the official's, where the profile knows whose
        share.target_end = tok.end
        share.regions = officials_unit(share.sentence.text)
        share.reason = "" if share.regions else f"the {tok.text} {nxt} ...: whose is not said"
    elif tok.key == "it" and (town := _TOWN_SET_OFF_RE.search(share.sentence.text)):
        # "entered Kupiansk, a city in the Kharkiv region, and now control 80% of it"
        share.reason = f"'it' may be {town['place']}, a town, not a region"
    else:
        share.target_end = tok.end
        share.regions, share.reason = antecedent(share.start, noun=tok.key)
        if of_a_group(share, "", share.regions):  # "In Kordofan, ... half of the territory"
            share.regions = ()
        elif share.regions:
            share.note = f"'{tok.text}' read as {names(share.regions)}"


# A town set off as such: "Kupiansk, a city in the Kharkiv region,"
_TOWN_SET_OFF_RE = compiled(
    rf"(?P<place>[A-Z][\w'’-]+),\s+(?:an?|the)\s+(?:[\w-]+\s+)?{TOWN_NOUN}\b"
)


def _both_named_after(toks: list[Token], j: int) -> tuple[tuple[Region, ...], int] | None:
    """The two regions named right after "both (southern) regions" at token ``j`` ("both
    southern regions, Kherson and Zaporizhzhia", "... (A and B)"), ending the clause, and where
    their names end; else None."""
    if not any(t.key == "both" for t in toks[max(0, j - 2) : j]):
        return None
    k = j + 1 + (j + 1 < len(toks) and toks[j + 1].key in (",", ":", "("))
    regions, end, _ = region_list(toks, k) if k < len(toks) else ((), k, "")
    if len(regions) != 2 or (end < len(toks) and toks[end].text not in {*CLAUSE_ENDS, ")"}):
        return None
    return regions, toks[end - 1].end


def _in_apposition(toks: list[Token], k: int) -> tuple[tuple[Region, ...], int]:
    """A name just after a unit noun ("the province Donetsk"; after a comma, "the region,
    Zaporizhzhia", only where the name ends the clause): its regions and the tokens it ends
    after, counted from the noun."""
    comma = k < len(toks) and toks[k].key == ","
    regions, used = name_at(toks, k + comma) if k + comma < len(toks) else ((), 0)
    end = k + comma + used
    if not used or (comma and end < len(toks) and toks[end].key not in CLAUSE_ENDS):
        return (), 0
    return regions, comma + used
