"""Where a list of names after a figure's "of", or after a verb, ends: before a name that has
a figure of its own after it ("99% of Luhansk and Donetsk about 70%"), with the names "each"
after that figure goes with ("..., and Zaporizhzhia and Kherson about 70% each"), or before one
that is the next clause's subject ("full control of A and B is under army control")."""

from __future__ import annotations

from geomap.extract.text import Token, nouns
from geomap.patterns import compiled

# Words between a name and a figure of its own: "Luhansk about 99%", "Luhansk at 99%".
_TO_A_FIGURE = frozenset({"at", "about", "around", "roughly", "some", "nearly", "almost", "over"})


def _a_figure_at(toks: list[Token], i: int) -> bool:
    """Whether a figure starts at token ``i``, or after a word that leads to one."""
    i += i < len(toks) and toks[i].key in _TO_A_FIGURE
    return i < len(toks) and toks[i].text[:1].isdigit()


def left_to_a_figure(
    toks: list[Token],
    start: int,
    i: int,
    items: list[tuple[int, int]],
    before_a_figure: bool,
    an_object: bool = False,
) -> tuple[int, int] | None:
    """Where a list ends whose item from token ``start`` to ``i`` has a figure of its own after
    it ("75% of Donetsk, Luhansk 99%"; not "in A and B roughly 70% each", unless
    ``before_a_figure`` is false): the item and, where "each" follows that figure, the item
    joined to it by "and" ("99% of A, and B and C about 70% each") are left out (how many
    regions and the end of the list before them, from ``items``); else None."""
    joint = toks[start - 1].key
    k = start - 1  # past "the state of" before the name: "... and the state of C are"
    while k > 0 and (toks[k].key in ("the", "of") or toks[k].key in nouns()):
        k -= 1
    if an_object and toks[k].key == "and" and i < len(toks) and toks[i].key in A_SUBJECTS_VERB:
        # "full control of A and B is under ...": B, the next clause's subject ("... A and B and C
        # are under ...": which are is not said, but A is the object)
        return items[1] if toks[i].key in PLURAL_VERBS else items[-1]
    # ("99% of Luhansk and Donetsk, 70%": a figure set off after the name is its own too)
    comma = not before_a_figure and i + 1 < len(toks) and toks[i].key == ","
    if comma and not _a_share_set_off(toks, i + 1):
        return None
    if not ((joint == "," or not before_a_figure) and _a_figure_at(toks, i + comma)):
        return None
    pair = not before_a_figure and joint == "and" and len(items) > 2 and _each_after(toks, i)
    return items[-2] if pair else items[-1]


def _a_share_set_off(toks: list[Token], i: int) -> bool:
    """Whether a share's figure starts at token ``i`` after a comma: a number of at most 100
    (not "2025 data show"), followed by what follows a percentage (not "12 districts")."""
    i += i < len(toks) and toks[i].key in _TO_A_FIGURE
    number = toks[i].text if i < len(toks) else ""
    if not number.replace(".", "", 1).isdigit() or float(number) > 100:
        return False
    after = toks[i + 1].key if i + 1 < len(toks) else ""
    return after in _AFTER_A_SHARE


_AFTER_A_SHARE = frozenset({
    "", "percent", "per", "pc", ".", ",", ";", ")", "and", "or", "of", "each", "respectively",
    "occupied", "held", "controlled", "under", "is", "are",
})  # fmt: skip


def _each_after(toks: list[Token], i: int) -> bool:
    """Whether the figure at token ``i`` (see :func:`_a_figure_at`) is followed by "each" or
    "both" ("about 70% each", "74 percent occupied each")."""
    i += i < len(toks) and toks[i].key in _TO_A_FIGURE
    while i < len(toks) and (toks[i].text.isdigit() or toks[i].key in _AFTER_A_NUMBER):
        i += 1
    return i < len(toks) and toks[i].key in ("each", "both")


# A verb after a listed name that makes it a clause's subject, not an object's item.
A_SUBJECTS_VERB = frozenset({"is", "are", "was", "were", "remains", "remain", "has", "have"})
PLURAL_VERBS = frozenset({"are", "were", "remain", "have"})
# The last word of a figure before "of": "64", "percent", "per cent", "a third".
A_FIGURES_END = compiled(r"\d+|percent|cent|pc|half|thirds?|quarters?|fifths?|tenths?")
_AFTER_A_NUMBER = frozenset({"percent", "per", "cent", "pc", "occupied", "held", "controlled"})
