"""The hedge vocabulary: the words a source puts before a share ("about", "over", "nearly"...),
the sign each is shown with on the maps, and how far a measured share may lie from a hedged
figure and still agree with it. Reading, reconciliation and the maps' glyphs read it here."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geomap.figures import Figure

# The hedges, by the sign each is shown with next to its share; the reading recognises exactly
# these.
_HEDGE_SIGNS = {
    "≈": ("about", "roughly", "around", "approximately", "approx.", "some", "an estimated",
          "estimated", "circa", "c.", "ca.", "~", "≈", "closer to", "more or less",
          "near", "nearer", "nearer to", "in the region of", "on the order of", "in the order of",
          "something like", "somewhere around", "in the vicinity of"),
    ">": ("over", "more than", "just over", "upwards of", "slightly more than", "a little over",
          "well over", "north of", "in excess of", "a bit more than", "above", "well above",
          "a shade over", "slightly over", "just above", ">"),
    "<": ("nearly", "almost", "under", "less than", "fewer than", "just under", "barely",
          "close to", "slightly less than", "a little under", "just shy of", "shy of",
          "slightly under", "well under", "below", "not quite", "getting on for", "a shade under",
          "<"),
    "≥": ("at least", "no less than", "not less than", "≥", ">="),
    "≤": ("up to", "no more than", "not more than", "at most", "as much as", "≤", "<="),
}  # fmt: skip
HEDGES = {word: sign for sign, words in _HEDGE_SIGNS.items() for word in words}

# How far a measured share may lie from a reported one and still agree, in percentage points,
# by the source's hedge (see :func:`tolerance`).
EXACT_PP = 2.0  # "70%": reporting rounds
ABOUT_PP = 5.0  # "about 70%", "roughly 70%"
BOUND_PP = 10.0  # "over 70%", "at least 70%", "up to 70%": on the side the hedge allows
NEARLY_PP = 5.0  # "nearly 75%", "almost 75%": below, and not by much


def hedge_sign(qualifier: str) -> str:
    """The sign for a source's hedge: "about" → "≈", "over" → ">", "" → ""."""
    return HEDGES.get(qualifier.strip().casefold(), "≈" if qualifier.strip() else "")


def tolerance(figure: Figure) -> tuple[float, float]:
    """The measured shares (low, high) that agree with a reported figure, by its hedge.

    No hedge: within :data:`EXACT_PP` (reporting rounds). "about": within :data:`ABOUT_PP`.
    "over"/"more than": above it, by up to :data:`BOUND_PP`; "at least": the same, or equal.
    "nearly"/"almost"/"under": below it by up to :data:`NEARLY_PP` (or equal, after rounding);
    "up to": at or below it, by up to :data:`BOUND_PP`. A range: within it, give or take one
    point.
    """
    if figure.pct_range:
        low, high = figure.pct_range
        return low - 1.0, high + 1.0
    pct = figure.controlled_pct
    if pct is None:
        raise ValueError(f"no share to compare: {figure.region_code} of {figure.as_of}")
    sign = hedge_sign(figure.qualifier)
    if sign == "≈":
        return pct - ABOUT_PP, pct + ABOUT_PP
    if sign in (">", "≥"):
        return pct - (0.5 if sign == ">" else 0.0), pct + BOUND_PP
    if sign == "<":
        return pct - NEARLY_PP, pct + 0.5
    if sign == "≤":
        return pct - BOUND_PP, pct
    return pct - EXACT_PP, pct + EXACT_PP


# How far a reporter's hedged figure may stand from the share it rounds, in percentage points:
# "about 75%" is 72.5–77.5 (reporting rounds to fives), "75%" 74.5–75.5, "over 75%" 75–77.5.
ROUNDING_PP = 2.5


def rounding(figure: Figure) -> tuple[float, float]:
    """The shares (low, high) a reported figure stands for as a reporter rounds them: narrower
    than :func:`tolerance`, which is for agreement with a measurement. Two reports of a region
    whose roundings overlap do not report a change ("roughly 75%", then "about 73%")."""
    if figure.pct_range:
        return figure.pct_range
    pct = figure.controlled_pct
    if pct is None:
        raise ValueError(f"no share: {figure.region_code} of {figure.as_of}")
    sign = hedge_sign(figure.qualifier)
    if sign == "≈":
        return pct - ROUNDING_PP, pct + ROUNDING_PP
    if sign in (">", "≥"):
        return pct, pct + ROUNDING_PP
    if sign in ("<", "≤"):
        return pct - ROUNDING_PP, pct
    return pct - 0.5, pct + 0.5


def no_clear_change(old: Figure, new: Figure) -> bool:
    """Whether two reported shares of a region stand for overlapping roundings ("roughly 75%",
    then "about 73%"): whatever their numbers, no source reported a change."""
    (lo_old, hi_old), (lo_new, hi_new) = rounding(old), rounding(new)
    return lo_new < hi_old and lo_old < hi_new


# Measurement and a reporter's rounding both blur a share by about this much (pp).
NOISE_PP = 1.0
AGREES, LOOSELY, DISAGREES = "agrees", "loosely agrees", "disagrees"


def agreement(figure: Figure, measured_pct: float) -> str:
    """How a measured share compares with a reported figure, graded as a fact-checker would:
    "agrees" within what the figure's rounding stands for (:func:`rounding`, give or take
    :data:`NOISE_PP`); "loosely agrees" beyond that but within what its hedge allows
    (:func:`tolerance`: "roughly 75%" against a measured 70.2%); else "disagrees"."""
    low, high = tolerance(figure)
    if not low <= measured_pct <= high:
        return DISAGREES
    low, high = rounding(figure)
    return AGREES if low - NOISE_PP <= measured_pct <= high + NOISE_PP else LOOSELY
