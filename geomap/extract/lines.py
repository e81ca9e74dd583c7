"""Lines of a list under a heading that ends with a colon ("Russian forces hold:" over "-
Luhansk: 99%"): the reading keeps the heading's verb for each line; and lines of a name and a
figure alone after a sentence with a verb ("Russia holds parts of four regions. Luhansk: 99%.")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.extract.holder_words import find_cues
from geomap.extract.named import named_sides
from geomap.extract.sides import Sides, sides
from geomap.extract.text import Sentence
from geomap.patterns import compiled

if TYPE_CHECKING:
    from geomap.extract.shares import Share

_LINE_ITEM_CHARS = 120
_BULLETS = frozenset(" \t-–—•*·▪●")
_LIST_ITEM_RE = compiled(r"^[^\W\d_][\w'’ -]{0,40}(?:\s*[:(–—-]\s*)[^\n]{0,40}\d", re.UNICODE)


def _line_item(text: str, sentence: Sentence) -> bool:
    """Whether a sentence is an item of a list: a short line of its own, with no full stop
    ("- More than 80% of Donetsk", "72% of Zaporizhzhia Oblast")."""
    if len(sentence.text) > _LINE_ITEM_CHARS or sentence.text.endswith("."):
        return False
    k = _before_the_bullet(text, sentence.start - 1)  # to the line break (no copy of the text)
    k2 = sentence.end
    while k2 < len(text) and text[k2] in " \t":
        k2 += 1
    return (k < 0 or text[k] == "\n") and (k2 >= len(text) or text[k2] == "\n")


def heads_a_list(text: str, sentences: list[Sentence], k: int) -> bool:
    """Whether the ``k``-th sentence, a line of its own with no figure and no colon, heads the
    bulleted list below it ("Territory under Russian control (estimates)" over "* Luhansk:
    99%"), as a colon would."""
    sentence, after = sentences[k], sentences[k + 1] if k + 1 < len(sentences) else None
    if after is None or "%" in sentence.text or not _line_item(text, sentence):
        return False
    return not _bulleted(text, sentence) and _bulleted(text, after) and _line_item(text, after)


def _bulleted(text: str, sentence: Sentence) -> bool:
    """Whether a sentence's line opens with a bullet ("- ", "* ", "• ")."""
    k = sentence.start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k >= 0 and (text[k] in _BULLETS or _before_the_bullet(text, k) != k)


def _before_the_bullet(text: str, k: int) -> int:
    """The offset before the bullets, and a numbered list's number ("1.", "2)"), that end at
    offset ``k``: where the line starts, for a line that opens with one."""
    while k >= 0 and text[k] in _BULLETS:
        k -= 1
    if k >= 1 and text[k] in ".)" and text[k - 1].isdigit():
        j = k - 1 - (k >= 2 and text[k - 2].isdigit())
        if j <= 0 or text[j - 1] in "\n \t":
            k = j - 1
            while k >= 0 and text[k] in " \t":
                k -= 1
    return k


def list_item(text: str, sentence: Sentence) -> bool:
    """Whether a sentence is an item of a list under a heading that ends with a colon:
    "Luhansk: 99%", "Donetsk (70%)", a short line of its own with no full stop, or a line that
    opens with a bullet ("* Luhansk: Russia has held nearly all of it since 2022.")."""
    return (
        bool(_LIST_ITEM_RE.match(sentence.text))
        or _line_item(text, sentence)
        or _bulleted(text, sentence)
    )


# A sentence of a name and a figure alone: "Luhansk: 99%.", "Donetsk: about 75%.", "Luhansk –
# 99%", "Luhansk<tab>99%", "Luhansk | 99%" (a table's row), "Luhansk 99%" (names in capitals),
# with a note in brackets after the figure ("Kherson: 72% (the left bank)")
_NAME_FIGURE_RE = compiled(
    r"[\s\-–—•*|]*(?:[A-Z][\w'’ -]{1,40}?(?:\s*:|\s*\t|\s+[–—-]|\s*\|)"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s)\s*"
    r"(?:(?:[a-z]+\s+){0,3}\d[\d.,]*\s*(?:%|per\s*cent|percent)"
    r"|(?:[a-z]+[\s-]+){0,3}(?:all|half|thirds?|quarters?|fifths?|tenths?))"
    r"(?:\s+each)?(?:\s*\([^()\d]{1,60}\))?\s*\|?\s*\.?\s*$"
)


def name_figure(sentence: Sentence) -> bool:
    """Whether a sentence is a name and a figure alone ("Luhansk: 99%.")."""
    text = sentence.text
    return (
        ":" in text
        or "\t" in text
        or " – " in text
        or " — " in text
        or " - " in text
        or "|" in text
        or (len(text) < 60 and text.rstrip(" .").endswith(("%", "percent", "per cent")))
    ) and _NAME_FIGURE_RE.match(text) is not None


def bare_line(before: Share, two: Sides) -> bool:
    """Whether ``before`` is a region's figure on a line of its own, with no verb or side of its
    own, that took its holder from the line before ("• Russia controls 19% of Ukraine" over "•
    99% of Luhansk" over "• 79% of Donetsk": the run goes on), or a line of a name, a figure and
    its state that starts such a run ("Donetsk: 79% occupied." over "Luhansk: 99%.")."""
    text = before.sentence.text
    if before.regions and state_line(text):
        return True  # "Donetsk: 79% occupied." over "Luhansk: 99%.": the run starts there
    return (
        bool(before.regions) and not before.heading  # (a heading's lines: see holders)
        and not find_cues(text, two) and not named_sides(text, two)
    )  # fmt: skip


def state_line(text: str) -> bool:
    """Whether a sentence is a name, a figure and the state its land is in now ("Donetsk: 79%
    occupied.", "Kherson – 73% held")."""
    return _NAME_FIGURE_STATE_RE.match(text) is not None


# A name, a figure and the state its land is in: "Donetsk: 79% occupied.", "Kherson – 73% held"
_NAME_FIGURE_STATE_RE = compiled(
    r"[\s\-–—•*]*[A-Z][\w'’ -]{1,40}?(?:\s*:|\s+[–—-])\s*(?:[a-z]+\s+){0,2}\d[\d.,]*\s*"
    r"(?:%|per\s*cent|percent)\s+(?:occupied|held|controlled|under\s+(?:[\w-]+\s+)?(?:control"
    r"|occupation))\s*\.?\s*$"
)


# A question a title may be: "What does Russia control?", "How much does the RSF hold?"
_QUESTION_TITLE_RE = compiled(
    r"\s*(?:what|which|how\s+much)\b[^?]{0,80}\b(?:control|hold|occupy|held|controlled|occupied)"
    r"\b[^?]{0,40}\?\s*$",
    re.IGNORECASE,
)
# A label and its note: "Crimea: annexed in 2014.", "Luhansk: almost all of it."
_LABEL_RE = compiled(r"[\s\-–—•*]*[A-Z][\w'’ ,-]{1,60}:\s+\S")


def a_title(text: str) -> bool:
    """Whether a sentence is a title over the lines after it: no full stop ("Territory held by
    Russia, by region"), or a question of who holds what ("What does Russia control?")."""
    return not text.rstrip().endswith((".", "!", "?", "”", '"')) or bool(
        _QUESTION_TITLE_RE.match(text)
    )


def a_label(text: str) -> bool:
    """Whether a sentence is a label and its note, short, with no side named: a line of a list
    that says nothing of who holds what ("Crimea: annexed in 2014.")."""
    return (
        len(text) <= _LINE_ITEM_CHARS
        and bool(_LABEL_RE.match(text))
        and not named_sides(text, sides())
    )
