"""Lines of a list under a heading that ends with a colon ("Russian forces hold:" over "-
Luhansk: 99%"): the reading keeps the heading's verb for each line."""

from __future__ import annotations

import re

from geomap.extract.text import Sentence

_LINE_ITEM_CHARS = 120
_BULLETS = frozenset(" \t-–—•*·▪●")
_LIST_ITEM_RE = re.compile(r"^[^\W\d_][\w'’ -]{0,40}(?:\s*[:(–—-]\s*)[^\n]{0,40}\d", re.UNICODE)


def _line_item(text: str, sentence: Sentence) -> bool:
    """Whether a sentence is an item of a list: a short line of its own, with no full stop
    ("- More than 80% of Donetsk", "72% of Zaporizhzhia Oblast")."""
    if len(sentence.text) > _LINE_ITEM_CHARS or sentence.text.endswith("."):
        return False
    k = sentence.start - 1  # back over the bullet to the line break (no copy of the text)
    while k >= 0 and text[k] in _BULLETS:
        k -= 1
    k2 = sentence.end
    while k2 < len(text) and text[k2] in " \t":
        k2 += 1
    return (k < 0 or text[k] == "\n") and (k2 >= len(text) or text[k2] == "\n")


def list_item(text: str, sentence: Sentence) -> bool:
    """Whether a sentence is an item of a list under a heading that ends with a colon:
    "Luhansk: 99%", "Donetsk (70%)", or a short line of its own with no full stop."""
    return bool(_LIST_ITEM_RE.match(sentence.text)) or _line_item(text, sentence)
