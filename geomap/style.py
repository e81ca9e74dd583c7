"""One source of truth for how a map looks and reads: colours, classes, labels, titles, credits.

Both renderers take their palette, class breaks, label texts, title and attribution from here,
so the PNG and the HTML map always tell the same story.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import math
import re
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

from geomap import limits
from geomap.figures import format_pct
from geomap.fonts import font_problem
from geomap.hedges import hedge_sign
from geomap.profile import current
from geomap.sizes import size_pixels

if TYPE_CHECKING:
    from typing_extensions import TypeIs  # for the type checker only (it ships with mypy)

# Five classes of the controlled share, lower bound included, upper excluded (the last includes
# 100), each centred on a quarter: "about a quarter", "about half", "about three quarters"...
# The figures reporting uses are whole numbers, mostly multiples of 5 (70, 75, 99, 100): none of
# them sits on a break, so 70 and 75 share a class and a 5-point change never looks like a jump.
BREAKS = (0.0, 12.5, 37.5, 62.5, 87.5, 100.0)
# ColorBrewer OrRd, 5 classes: sequential and colour-blind safe; darker = more controlled.
PALETTE = ("#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000")
NO_FIGURE = "#cccccc"
NO_FIGURE_LABEL = "no reported figure"
NO_FIGURE_CLASS = (NO_FIGURE, NO_FIGURE_LABEL)
# Held by the controlling side, no share given: outside the ramp, so never read as a share.
HELD = "#b7a38c"
# Held by the defending side, no share given: a cool tone, apart from the ramp and from HELD.
DEFENDED = "#9ebcda"
CLAIMED = "#2d004b"
CLAIMED_HATCH = "////"
SEA = "#d7e6ef"
LAND = "#e6e4df"
LAND_EDGE = "#b9b5ac"
REGION_EDGE = "#8f8f8f"
TEXT = "#1a1a1a"
MUTED_TEXT = "#555555"
# Where a control layer gives where the controlled territory is (geomap.measure).
CONTROLLED = "#b30000"  # the darkest class: this territory is controlled, all of it
GREY_ZONE = "#8c8c8c"
FRONT = "#1a1a1a"
MEASURED_MARK = "†"
AGREEMENT_MARK = "‡"  # a reported figure the control layer of its date does not agree with
# Units smaller than this (km²) cannot hold their label: it goes beside them on a leader line.
SMALL_UNIT_KM2 = 2_000


# The words that name the sides come from the profile in use (:mod:`geomap.profile`).
def claimed_label() -> str:
    """ "claimed by Russia" """
    return f"claimed by {current().controller.name}"


def unit() -> str:
    """What the profile's units are called: "region", "state"."""
    return current().units.singular


def control_label() -> str:
    """ "under Russian control" """
    return f"under {current().controller.adjective} control"


def first_upper(text: str) -> str:
    """ "under Russian control" → "Under Russian control" (the rest as it is)."""
    return text[:1].upper() + text[1:]


_HEX = re.compile(r"#[0-9a-fA-F]{6}")
EXTENTS = ("country", "figures")  # what the maps open on


@dataclass(frozen=True)
class Look:
    """What a user may set of a map's look: its classes, colours and words.

    ``breaks`` run from 0 to 100, one more than the ``palette`` has colours (``#rrggbb``,
    lightest first). ``title`` replaces the profile's; ``subtitle`` replaces the one geomap
    writes, ``{date}`` in it standing for the date of the figures; ``credit`` is a line of the
    footer ("Map: The Daily Example"), above the credits of the data, which always stay.
    ``font`` is the family of every map's text (installed on this machine), "" for the default.
    ``extent`` is what the report and HTML maps open on: the whole ``country``, or the units with
    ``figures`` (and what lies between them). ``size`` is the static maps' (:func:`size_pixels`).
    """

    breaks: tuple[float, ...] = BREAKS
    palette: tuple[str, ...] = PALETTE
    title: str = ""
    subtitle: str = ""
    credit: str = ""
    font: str = ""
    extent: str = "country"
    size: str = "report"

    def problem(self) -> tuple[str, str] | None:
        """What is wrong with the breaks or the palette: ("breaks" or "palette", what), or None."""
        breaks, palette = self.breaks, self.palette
        for name in ("title", "subtitle", "credit"):
            text = getattr(self, name)
            if len(text) > limits.TEXT_OPTION_CHARS.value:
                return name, f"is {len(text):,} characters; {limits.hint(limits.TEXT_OPTION_CHARS)}"
        if self.font and (problem := font_problem(self.font)):
            return "font", problem
        if self.extent not in EXTENTS:
            return "extent", f"{self.extent!r} is not one of {', '.join(EXTENTS)}"
        try:
            size_pixels(self.size)
        except ValueError as error:
            return "size", str(error)
        if not all(math.isfinite(b) for b in breaks):
            return "breaks", "must be numbers, e.g. 0,12.5,37.5,62.5,87.5,100"
        if len(breaks) < 3 or breaks[0] != 0 or breaks[-1] != 100:
            return "breaks", "must run from 0 to 100 with at least one between, e.g. 0,50,100"
        if any(lo >= hi for lo, hi in itertools.pairwise(breaks)):
            return "breaks", "must rise from one to the next"
        if len(palette) != len(breaks) - 1:
            return "palette", (
                f"{len(breaks) - 1} classes need {len(breaks) - 1} colours, not {len(palette)}"
            )
        bad = [c for c in palette if not _HEX.fullmatch(c)]
        if bad:
            return "palette", f"{bad[0]!r} is not a colour written #rrggbb"
        if NO_FIGURE.casefold() in (c.casefold() for c in palette):
            return "palette", f"{NO_FIGURE} is the fill of regions without a figure"
        return None

    def index(self, pct: float | None, qualifier: str = "") -> int | None:
        """The class of a controlled share (0 = lightest), or ``None`` without a figure.

        A hedged share is classed by what the hedge says: "nearly 75%" and "up to 75%" are
        below 75, so a share on a class's lower bound with such a hedge falls in the class below.
        """
        if _missing(pct):
            return None
        below = hedge_sign(qualifier) in ("<", "≤")
        for i, upper in enumerate(self.breaks[1:-1]):
            if pct < upper or (below and pct == upper):
                return i
        return len(self.palette) - 1

    def labels(self) -> list[str]:
        """Legend texts of the classes, lightest first, each bound said once: "under 12.5%",
        "12.5 to under 37.5%", ..., "87.5% or more"."""
        bounds = [format_pct(b) for b in self.breaks]
        labels = [f"under {bounds[1]}%"]
        labels += [f"{lo} to under {hi}%" for lo, hi in itertools.pairwise(bounds[1:-1])]
        return [*labels, f"{bounds[-2]}% or more"]


_look: ContextVar[Look | None] = ContextVar("geomap_look", default=None)


def look() -> Look:
    """The look in use: the defaults unless a caller chose another with :func:`using`."""
    return _look.get() or Look()


@contextlib.contextmanager
def using(chosen: Look | None) -> Iterator[Look]:
    """Use the look ``chosen`` (None: the one in use) within the ``with`` block."""
    token = _look.set(chosen or look())
    try:
        yield look()
    finally:
        _look.reset(token)


def class_index(pct: float | None, qualifier: str = "") -> int | None:
    """The class of a controlled share in the look in use (see :meth:`Look.index`)."""
    return look().index(pct, qualifier)


def fill(pct: float | None, qualifier: str = "", held: bool = False, defended: bool = False) -> str:
    """Fill colour for a controlled share, with the source's hedge (see :meth:`Look.index`);
    :data:`HELD` for a unit held with no share given, :data:`DEFENDED` for one the defending
    side holds."""
    index = class_index(pct, qualifier)
    if index is None:
        return HELD if held else DEFENDED if defended else NO_FIGURE
    return look().palette[index]


def row_fill(row) -> str:
    """:func:`fill` of a row of a ControlMap (``itertuples()``; a raion's may not say who holds)."""
    held, defended = getattr(row, "held", False), getattr(row, "defended", False)
    return fill(row.controlled_pct, row.qualifier, bool(held), bool(defended))


def held_by_label(row) -> str:
    """Of a row held with no share given, by either side, :func:`held_label` or
    :func:`defended_label`; else ""."""
    if getattr(row, "held", False):
        return held_label()
    return defended_label() if getattr(row, "defended", False) else ""


def holder_classes(fills) -> list[tuple[str, str]]:
    """(colour, text) of the units held with no share given, by each side, among ``fills``."""
    ways = ((HELD, held_label()), (DEFENDED, defended_label()))
    return [(colour, text) for colour, text in ways if colour in fills]


def held_label() -> str:
    """ "held by Russia, no share given" """
    return f"held by {current().controller.name}, no share given"


def defended_label() -> str:
    """ "held by the army, no share given": the defending side's."""
    return f"held by {current().defender.name}, no share given"


def legend_classes() -> list[tuple[str, str]]:
    """(colour, text) of each class, lightest first."""
    return list(zip(look().palette, look().labels(), strict=True))


def drawn_classes(fills) -> list[tuple[str, str]]:
    """:func:`legend_classes`, where a unit among ``fills`` is drawn in one of them (else none:
    a map of statements without shares has no scale to show); all of them for no ``fills``."""
    classes = legend_classes()
    return classes if not fills or any(colour in fills for colour, _ in classes) else []


def share_text(pct: float | None, qualifier: str = "", basis: str = "", label: str = "") -> str:
    """A share as a label shows it: "≈99%", "70%", "100%*" (inferred), "" (none).

    ``label`` is the share as the source gave it, when that is a range: "≈83–85%".
    """
    if _missing(pct):
        return ""
    mark = {"inferred": "*", "measured": MEASURED_MARK}.get(basis, "")
    return f"{hedge_sign(qualifier)}{label or format_pct(pct)}%{mark}"


def _missing(value: float | None) -> TypeIs[None]:
    # Typed as a test for None alone: a NaN is still a float where it is not missing.
    return value is None or (isinstance(value, float) and math.isnan(value))


def change_text(change_pp: float | None, since: dt.date | None, *, dated: bool = True) -> str:
    """A change of share: "+5 pp since 2025-02-18" ("+5 pp" unless ``dated``); "" for none or
    no change."""
    if _missing(change_pp) or since is None or round(change_pp, 1) == 0:
        return ""
    sign = "+" if change_pp > 0 else "−"
    change = f"{sign}{format_pct(abs(round(change_pp, 1)))} pp"
    return f"{change} since {since.isoformat()}" if dated else change


def label(row) -> str:
    """A region's map label ("Luhansk\n≈99%"), or "" when it has neither a figure nor a claim
    (or only a measured share of 0%).

    ``row`` is a row of a ControlMap (``itertuples()``); a change since the previous snapshot
    is added on a line of its own: "Kherson\n≈80%\n(+5 pp)"; the map's footer says since
    when (:attr:`Texts.change_note`), so the label stays small enough to sit in its region.
    """
    share = share_text(row.controlled_pct, row.qualifier, row.basis, row.pct_label)
    if share and getattr(row, "agreement", "") in ("loosely agrees", "disagrees"):
        share += AGREEMENT_MARK
    if row.basis == "measured" and round(row.controlled_pct, 1) == 0:
        share = ""  # nothing of it is controlled: the ground shows it; a label would be noise
    if share:
        change = change_text(row.change_pp, row.previous_as_of, dated=False)
        return f"{row.name}\n{share}\n({change})" if change else f"{row.name}\n{share}"
    if getattr(row, "held", False):  # "(RSF)", "(Russian)": held, no share given
        return f"{row.name}\n({current().controller.adjective})"
    if getattr(row, "defended", False):  # "(army)", "(Ukrainian)": the other side's
        return f"{row.name}\n({current().defender.adjective})"
    return f"{row.name}\n(claimed)" if row.claimed else ""


def area_text(value: float, area: float, pct: float, qualifier: str = "", label: str = "") -> str:
    """km² derived from a share of ``area``, rounded to what the share supports.

    A hedged share or a range supports two significant figures: "roughly 75%" of 28,461 km² is
    "about 21,000 km²", the 1% not held of "about 99%" of Luhansk "about 270 km²". A bare whole
    share is good to half a point: "70%" of 26,517 km² is "about 18,600 km²" (±133 km²), and a
    decimal one to half its last digit; a bare 0% or 100% is exact.
    """
    if math.isnan(value):
        return "unknown"
    hedged = bool(hedge_sign(qualifier)) or "–" in label
    if math.isnan(pct) or value == 0 or (not hedged and pct in (0, 100)):
        return f"{value:,.0f} km²"
    if hedged:
        step = 10 ** max(0, math.floor(math.log10(abs(value))) - 1)
    else:
        text = format_pct(pct)
        decimals = len(text.split(".")[1]) if "." in text else 0
        spread = area * 0.5 * 10**-decimals / 100
        step = 10 ** math.floor(math.log10(spread)) if spread >= 1 else 1
    rounded = round(value / step) * step
    return f"{'about ' if hedged or step > 1 else ''}{rounded:,.0f} km²"


def km2(value: float) -> str:
    """An area for a headline, rounded to the nearest 100 km²: "about 22,100 km²"."""
    return f"about {round(value, -2):,.0f} km²"


def long_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"
