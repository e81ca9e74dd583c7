"""Figures paired with the names of a list by "respectively": "72% and 78% of the Kherson and
Zaporizhzhia regions respectively", "Luhansk and Donetsk are about 99% and 75% occupied,
respectively", "the A and B regions – 97% and 71% respectively", and "Russia and Ukraine hold 80%
and 20% of X, respectively" (each side its own figure)."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from geomap.extract.named import named_sides
from geomap.extract.sides import sides
from geomap.extract.text import Mention, Token
from geomap.extract.together import IN_ORDER, RESPECT, figures_listed, list_before, pair
from geomap.patterns import compiled

if TYPE_CHECKING:
    from geomap.extract.shares import Share


def respectively(
    shares: list[Share], toks: list[Token], starts: list[int], named: list[Mention]
) -> None:
    """ "72% and 78% of the Kherson and Zaporizhzhia regions respectively", and "Luhansk and
    Donetsk are about 99% and 75% occupied, respectively" (``named``: the sentence's regions)."""
    for k, share in enumerate(shares):
        j = bisect_left(starts, share.target_end)
        j += j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].key == "respectively"
        said = j < len(toks) and toks[j].key == "respectively"
        group = [share]
        for prev in reversed(shares[:k]):
            if prev.regions or not prev.numeric:
                break
            group.insert(0, prev)
        if not said or not share.regions:  # "A and B are 99% and 70% occupied, respectively"
            _of_the_subjects(shares, k, toks, j, named)
            # "99% and 70% of Luhansk and Donetsk": as many figures, in a list, as regions
            if not said and len(group) > 1 and len(share.regions) > 1 and figures_listed(group):
                said = True
            else:
                continue
        if len(group) > 1 and len(share.regions) == len(group):
            for s, region in zip(group, share.regions, strict=True):
                s.regions, s.reason = (region,), ""
                s.target_end = share.target_end
        elif len(group) > 1 and len(share.regions) == 1 and (listed := _sideslisted(group)):
            # "Russia and Ukraine hold 80% and 20% of Donetsk, respectively": each side its own
            for s, side in zip(group, listed, strict=True):
                s.regions, s.reason, s.paired = share.regions, "", side
                s.note = f"'respectively': held by {side}"
        elif len(group) > 1:
            for s in group:
                s.regions, s.reason = (), "'respectively' does not pair the figures with regions"


# Between two sides listed before their verb: "Russia and Ukraine hold", "the RSF and the army".
_SIDES_AND_RE = compiled(
    r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s*(?:,|\s+and)\s+(?:the\s+)?", re.IGNORECASE
)


def _sideslisted(group: list[Share]) -> list[str]:
    """The sides a list before the figures of ``group`` names, in order, one for each figure
    ("Russia and Ukraine hold 80% and 20% of X"); else []."""
    text, s0 = group[0].sentence.text, group[0].sentence.start
    named = [(at, side) for at, side in named_sides(text, sides()) if at < group[0].start - s0]
    if len(named) != len(group) or len({side for _, side in named}) != len(named):
        return []
    pairs = itertools.pairwise(at for at, _ in named)
    return (
        [side for _, side in named]
        if all(_SIDES_AND_RE.fullmatch(text, a, b) for a, b in pairs)
        else []
    )


# Between the last figure and "respectively" stands the state the figures are of ("occupied",
# "under Russian control", "in Ukrainian hands"), not another clause or figure.
_OTHER_CLAUSE = frozenset({"and", "but", "while", "whereas", ";", ":", "(", ")"})
# "controls A and B at 75% and ...", "occupies A and B, at 99% and 70%"
_AT = r"\s+(?:(?:regions|oblasts|provinces|states)\s+)?at\s+"
_LINK_RE = compiled(
    rf"\s+(?:are|were|remain|stand|is)\s+(?:now\s+|still\s+)?(?:at\s+)?|{_AT}"
    # "In A and B, Russian control stands at 99% and 79% respectively"
    r"|,?\s+(?:[\w'’-]+\s+){0,3}?(?:control|occupation|share)\s+(?:now\s+)?(?:stands|is|remains)"
    r"\s+(?:now\s+)?at\s+"
    # "In A, B and C, Russia holds 99%, 70% and 75% respectively" ("A and B: Russia holds ...")
    r"|[,:]\s+(?:[\w'’-]+\s+){1,3}?(?:now\s+|still\s+)?(?:holds?|controls?|occup(?:y|ies)|has|have)"
    r"\s+(?:about\s+|roughly\s+|around\s+|some\s+)?"
    # "Russia claims A and B, controlling (and controls) about 73% and 75% of them respectively"
    r"|,?\s+(?:and\s+)?(?:controlling|holding|occupying|controls|holds|occupies)"
    r"\s+(?:about\s+|roughly\s+|around\s+|some\s+)?",
    re.IGNORECASE,
)


def _of_the_subjects(
    shares: list[Share], k: int, toks: list[Token], j: int, named: list[Mention]
) -> None:
    """ "Luhansk and Donetsk are about 99% and 75% occupied, respectively": where the figures
    up to ``shares[k]`` (whose words end at token ``j``) name no region and "respectively"
    follows their state, each is of the name in the same place of the list before them."""
    if set_off := _set_off(shares, k, named):
        pair(*set_off)
        return
    said = "respectively" in shares[k].sentence.text
    stated = False  # the figures' state ends their clause, without "respectively"
    if said:
        end = next(
            (i for i in range(j, min(j + 6, len(toks))) if toks[i].key == "respectively"), -1
        )
        if end < 0 or any(t.key in _OTHER_CLAUSE or t.key[:1].isdigit() for t in toks[j:end]):
            return
    elif j < len(toks) and toks[j].text not in (".", ",", ";"):
        # without "respectively", the figures end their clause ("A and B, at 99% and 70%"), or
        # their state does: "A and B are 73% and 75% under Russian control"
        stated = bool(
            _STATE_RE.match(shares[k].sentence.text, toks[j].start - shares[k].sentence.start)
        )
        if not stated:
            return
    group = [s for s in shares[: k + 1] if not s.regions and s.numeric]
    if len(group) < 2 or group[-1] is not shares[k] or not (said or figures_listed(group)):
        return
    listed = list_before(group, named)
    text, s0 = group[0].sentence.text, group[0].sentence.start
    # "In A and B, Russia holds 99% and 70%.": the list opening the sentence, the figures ending
    # it, in the same order without "respectively"; so after "shares of"
    opening = bool(listed) and (
        _IN_RE.fullmatch(text, 0, listed[0].start - s0) is not None
        # "The occupied shares of A and B are 74% and 73%": a plural of shares, one for each
        or _SHARES_OF_RE.search(text, max(0, listed[0].start - s0 - 40), listed[0].start - s0)
        is not None
    )
    # ("A and B are 73% and 75% occupied": the subjects, then "are")
    link = _ARE_RE if stated else _LINK_RE if said or opening else _AT_RE
    if listed and link.fullmatch(text, listed[-1].end - s0, group[0].start - s0):
        pair(group, listed, RESPECT if said else IN_ORDER)


# "control the A and B regions – 97% and 71% respectively": the figures set off after the names
_SET_OFF_RE = compiled(
    r"(?:\s+(?:regions|oblasts|provinces|states|areas))?\s*(?:[–—:(,]|\s-)\s*"
    # ... "A, B and C, with (controlling) 69%, 47% and 40%"
    r"(?:(?:with|at|controlling|holding|occupying)\s+)?"
    r"(?:(?:about|roughly|around|some|nearly|almost|over|more\s+than)\s+)?",
    re.IGNORECASE,
)


# ... "about 73% and 75% of them (of the two regions) respectively": the names before
_OF_THEM = (
    r"(?:\s+of\s+(?:them|these|those|each|both|the\s+(?:two|three|four|five)"
    r"(?:\s+(?:regions|oblasts|provinces|states))?))?"
)
_CLAUSE_END_RE = compiled(rf"{_OF_THEM}\s*(?:[.;)]|$)", re.IGNORECASE)
_RESPECTIVELY_RE = compiled(rf"{_OF_THEM}\s*,?\s*respectively\b", re.IGNORECASE)
_OF_EACH_RE = compiled(r"\s+of\s+(?:each|both|them)", re.IGNORECASE)


def _set_off(
    shares: list[Share], k: int, named: list[Mention]
) -> tuple[list[Share], list[Mention], str] | None:
    """The figures ending at ``shares[k]`` and the names just before them, where the figures are
    set off after the names and "respectively" follows them or they end their clause ("the A
    and B regions – 97% and 71% respectively", "A and B (97% and 71%)"): paired in order,
    whatever region a figure was read as of alone (the last name's, the one just before it)."""
    text, s0 = shares[k].sentence.text, shares[k].sentence.start
    said = _RESPECTIVELY_RE.match(text, shares[k].target_end - s0) is not None
    if not said and not _CLAUSE_END_RE.match(text, shares[k].target_end - s0):
        return None
    group = [shares[k]]
    for s in reversed(shares[:k]):
        if not s.numeric or len(s.regions) > 1:
            break
        group.insert(0, s)
        if len(group) > 1 and not figures_listed(group):
            group.pop(0)
            break
    each = _OF_EACH_RE.match(text, shares[k].target_end - s0)
    if len(group) < 2 or (shares[k].regions and not each):  # ("73% and 75% of each": in turn)
        return None
    listed = list_before(group, named)
    if not listed or not _SET_OFF_RE.fullmatch(text, listed[-1].end - s0, group[0].start - s0):
        return None
    return group, listed, RESPECT if said else IN_ORDER


_AT_RE = compiled(rf",?{_AT}", re.IGNORECASE)
# The figures' state, ending their clause: "occupied", "under Russian control", "in Russian hands"
_STATE_RE = compiled(
    r"(?:(?:occupied|controlled|held)(?:\s+by\s+[^.;,]{1,40}?)?|under\s+(?:[\w'’-]+\s+){1,2}?(?:control|occupation)"
    r"|in\s+[\w'’-]+\s+hands)\s*(?:[.;,]|$)",
    re.IGNORECASE,
)
_ARE_RE = compiled(  # ... past a relative clause on them: "A and B, which Russia claims, are"
    r"(?:\s+(?:regions|oblasts|provinces|states))?(?:,\s+(?:which|that)\s+[^,;:%()]{1,80},)?"
    r"\s+(?:are|were|remain)\s+(?:now\s+|still\s+)?",
    re.IGNORECASE,
)
_SHARES_OF_RE = compiled(
    r"\b(?:shares|percentages|proportions|portions|parts)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_IN_RE = compiled(r"\W*In\s+(?:the\s+)?", re.IGNORECASE)
