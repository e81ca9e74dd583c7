"""Fonts the maps may be drawn in: a family's name, checked before anything is drawn."""

from __future__ import annotations

import re

_FONT_RE = re.compile(r"[\w][\w .-]{0,79}")


def font_problem(family: str) -> str:
    """What is wrong with a font family's name for the maps: not a plain name (CSS and SVG
    carry it), or not installed here (matplotlib would draw another without a word); "" if
    nothing."""
    if not _FONT_RE.fullmatch(family):
        return f"{family[:40]!r} is not a font's name (letters, digits, spaces, . and -)"
    from matplotlib import font_manager

    try:
        font_manager.findfont(font_manager.FontProperties(family=family),
                              fallback_to_default=False)  # fmt: skip
    except ValueError:
        return f"{family!r} is not installed here (`fc-list : family` lists the fonts that are)"
    return ""
