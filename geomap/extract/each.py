"""Regions named by a list ("the Kherson and Zaporizhzhia regions", "A, B and C") and the
shares that are of each of them: "Zaporizhzhia and Kherson about 70% each", "... though its troops
hold about three quarters of each"."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from geomap.extract.before import names
from geomap.extract.text import Token, ellipsis_at, name_at, nouns, token_at
from geomap.regions import Region

if TYPE_CHECKING:
    from geomap.extract.shares import Share

AREA_NOUNS = frozenset({"territory", "territories", "land", "lands", "area", "surface"})
_SEPARATORS = frozenset({",", "and", "&", "or", "the", "both", "as", "well"})
_POSSESSIVE_S = re.compile(r"['’]s$")
CLAUSE_ENDS = frozenset({".", ",", ";", ":", ")", "!", "?"})


def region_list(toks: list[Token], i: int) -> tuple[tuple[Region, ...], int, str]:
    """Regions named by a list such as "Kherson and Zaporizhzhia regions": (regions, end, the
    name of a group of several units among them or "")."""
    found: list[Region] = []
    end = i
    group = ""
    while i < len(toks):
        regions, n = name_at(toks, i)
        after = toks[i + n].key if i + n < len(toks) else ""
        if n and found and _POSSESSIVE_S.search(toks[i + n - 1].text) and after not in AREA_NOUNS:
            # "... of the Donetsk region and Kyiv's army ...": the next clause's subject ("the A
            # and B regions' farmland" is the list's)
            break
        if n and found and toks[i - 1].possessive and all(r.parent for r in regions):
            # "the Kharkiv region's Kupiansk district": the region only says where it is
            found = [r for r in found if not any(s.parent == r.code for s in regions)]
        if not n:
            regions, n = ellipsis_at(toks, i)  # "West and South Darfur": each its own
            if not n:
                break
        elif len(regions) > 1:
            group = " ".join(t.text for t in toks[i : i + n])
        i += n
        if i < len(toks) and toks[i].key in nouns():
            i += 1
        found.extend(r for r in regions if r not in found)
        end = i
        while i < len(toks) and toks[i].key in _SEPARATORS:
            i += 1
        if i == end and not toks[end - 1].possessive:
            break  # "the Donetsk region Kyiv controls": a name with nothing between is no item
    return tuple(found), end, group


def each_of_the_subject(share: Share, toks: list[Token], verb: int) -> bool:
    """ "The Zaporizhzhia and Kherson regions are (each) about 75% occupied", "A and B, which
    are 75% occupied": of each region of the list that is the subject of the verb at ``verb``
    (a document offset)."""
    at = token_at(toks, verb)
    if at >= len(toks) or toks[at].key in ("is", "was", "remains", "has"):
        return False  # "A and the B region, which is 75% occupied": of B alone
    if at >= 2 and toks[at - 1].key == "which" and toks[at - 2].key == ",":
        at -= 2  # "A and B, which are 75% occupied"
    for k in range(max(0, at - 12), at):
        regions, end, group = region_list(toks, k)
        if len(regions) > 1 and end == at and not group:
            share.regions = regions
            share.note = f"read as a share of each of {names(regions)}"
            return True
    return False


def each_of_the_names_before(share: Share, toks: list[Token]) -> bool:
    """ "..., and Zaporizhzhia and Kherson about 70% each": of each region the list just before
    the figure names."""
    at = bisect_right([t.end for t in toks], share.start)  # the first token of the figure
    for k in range(max(0, at - 12), at):
        regions, end, group = region_list(toks, k)
        if len(regions) > 1 and end == at and not group:
            share.regions = regions
            return True
    return False


def of_each(toks: list[Token], j: int) -> bool:
    """Whether tokens from ``j`` are "of each" or "of both" ending their clause, or "of each of
    them"."""
    if j + 1 >= len(toks) or toks[j + 1].key not in ("each", "both") or toks[j].key != "of":
        return False
    keys = [t.key for t in toks[j : j + 4]] + ["."]
    return keys[2] in CLAUSE_ENDS or keys[2:4] == ["of", "them"]


def each_named_before(share: Share, toks: list[Token]) -> bool:
    """ "... of each": of each region of the last list of several the sentence names before the
    figure."""
    at = bisect_right([t.end for t in toks], share.start)
    last: tuple[Region, ...] = ()
    k = 0
    while k < at:
        regions, end, group = region_list(toks, k)
        if len(regions) > 1 and end <= at and not group:
            last, k = regions, end
        else:
            k += 1
    if last:
        share.regions = last
    return bool(last)


# A hedge after a figure ("20% or so", "70% or more"), where none is before it
_OR_HEDGES = {"so": "about", "thereabouts": "about", "more": "at least", "less": "up to"}


def past_the_figure(share: Share, toks: list[Token], j: int) -> int:
    """Where what a figure is "of" is looked for: past a bracket ("18,200 km² (68.6%) of", "70%
    (of the region)"), the comma of "6,600 sq km, or 75%, of", the figure said again in "79%, or
    nearly four-fifths, of", "each" ("about 70% each of A and
    B") and a hedge after it ("20% or so of X", the figure's hedge where it has none)."""
    n = len(toks)
    if j < n and toks[j].text in ("(", ")"):
        return j + 1
    if (
        j + 1 < n
        and toks[j + 1].key == "of"
        and (toks[j].text == "," or toks[j].key in ("each", "respectively"))
    ):  # "99% and 70% respectively of Luhansk and Donetsk": paired as the figures are listed
        return j + 1
    if j + 2 < n and toks[j].text == "," and toks[j + 1].key == "or":
        # "79%, or nearly four-fifths, of the Donetsk region": past the figure said again
        end = next((k for k in range(j + 2, min(j + 8, n)) if toks[k].text == ","), n)
        if end + 1 < n and toks[end + 1].key == "of":
            return end + 1
    if j + 1 < n and toks[j].key == "or" and toks[j + 1].key in _OR_HEDGES:
        share.hedge = share.hedge or _OR_HEDGES[toks[j + 1].key]
        return j + 2
    return j
