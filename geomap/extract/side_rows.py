"""A row of a table of who holds how much of a unit: the unit, then each side with its figure
and no verb ("Luhansk: Russia 99%, Ukraine 1%", "North Kordofan – RSF 60%, army 40%"). Each
figure is of the unit the row opens with, held by the side named just before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geomap.extract.sides import Sides
from geomap.extract.statement import side_of_words
from geomap.extract.text import Token, name_at, nouns

if TYPE_CHECKING:
    from geomap.extract.shares import Share

_SIDE_WORDS = r"(?:the\s+)?(?:«C»|«D»|«CA»|«DA»)(?:\s+(?:forces|troops|control))?"
_FIGURE = (  # ... with a note in brackets: "Russia 79% (up from 70%)"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|~\s*)?\d{1,3}(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)"
    r"(?:\s*\([^()]{0,60}\))?"
)
# The whole row: its unit, a mark, then sides and their figures, and nothing else.
_ROW = (
    r"[\s\-–—•*|]*(?P<unit>[^:\n–—|()]{2,60}?)\s*(?::|\s[–—-]\s|\|)\s*"
    rf"(?P<cells>{_SIDE_WORDS}\s+{_FIGURE}"
    rf"(?:\s*(?:,|;|/|\||and)\s*{_SIDE_WORDS}\s+{_FIGURE})*)\s*[.|]?\s*"
)
_SIDE_BEFORE = rf"(?P<side>{_SIDE_WORDS})\s+$"


def in_a_sides_row(share: Share, toks: list[Token], two: Sides) -> bool:
    """Whether ``share`` is a cell of such a row: if so, sets its regions and the side named
    just before it (held by that side, as "respectively" pairs one)."""
    text, s0 = share.sentence.text, share.sentence.start
    if ":" not in text and "|" not in text and " – " not in text and " - " not in text:
        return False
    row = two.pattern(_ROW).fullmatch(text)
    if row is None or not row.start("cells") <= share.start - s0 < row.end("cells"):
        return False
    unit = [t for t in toks if s0 + row.start("unit") <= t.start and t.end <= s0 + row.end("unit")]
    k = (len(unit) > 0 and unit[0].key == "the") + 0
    regions, used = name_at(unit, k)
    used += k + (k + used < len(unit) and unit[k + used].key in nouns())
    if not regions or used != len(unit):
        return False  # "Analysts: Russia 99%": no unit opens the row
    side = two.pattern(_SIDE_BEFORE).search(text, row.start("cells"), share.start - s0)
    holder = side_of_words(side.group("side"), two) if side else ""
    if not holder:
        return False
    share.regions, share.paired = regions, holder
    share.note = "a row of who holds how much"
    return True
