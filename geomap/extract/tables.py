"""Lines of a table of who holds what: "North Darfur: RSF", "Gezira State – army (retaken in
January)" (a unit, then the side alone), and "RSF: West Darfur, Central Darfur and South
Darfur", "Under army control – Khartoum, Gezira, Sennar" (a side, then the units it holds)."""

from __future__ import annotations

import re

from geomap.extract import units
from geomap.extract.held import Held, side_of_words
from geomap.extract.sides import sides
from geomap.extract.text import Sentence, Token

_SIDE = r"(?P<side>«C»|«CA»|«CF»|«D»|«DA»|«DF»)"
# The unit, then the side alone.
_UNIT_FIRST = (
    rf"(?P<unit>[^:\n–—]{{2,60}}?)\s*(?::|\s[–—-])\s*(?:the\s+)?{_SIDE}"
    r"(?:\s+(?:forces|control|controlled|held))?\s*(?:\([^()\n]{0,80}\))?\s*\.?"
)
# The side, then the units: "RSF: A, B and C", "Held by the army – A, B", "RSF-held: A, B".
_SIDE_FIRST = (
    rf"(?:(?:under|held\s+by|controlled\s+by)\s+)?(?:the\s+)?{_SIDE}"
    r"(?:[\s-]+(?:forces|control|controlled|held))?\s*(?::|\s[–—-])\s*(?P<unit>[^:\n]{2,300}?)\s*\.?"
)
_MARK_RE = re.compile(r":|\s[–—-]\s")


def side_lines(sentences: list[Sentence]) -> set[int]:
    """The indices of the sentences that are lines of a table of who holds what."""
    return {s.index for s in sentences if _a_line(s.text.strip())}


def _a_line(text: str) -> bool:
    two = sides()
    if len(text) > 320 or not _MARK_RE.search(text, 0, 64):
        return False
    if len(text) <= 160 and two.pattern(_UNIT_FIRST).fullmatch(text):
        return True
    return bool(two.pattern(_SIDE_FIRST).fullmatch(text))


def read_side_line(sentence: Sentence, toks: list[Token], shared: set[str]) -> list[Held]:
    """ "North Darfur: RSF", "RSF: A, B and C": the units the line names, held by the side it
    names."""
    two = sides()
    lead = len(sentence.text) - len(sentence.text.lstrip())
    text = sentence.text.strip()
    line = two.pattern(_UNIT_FIRST).fullmatch(text) or two.pattern(_SIDE_FIRST).fullmatch(text)
    if line is None:
        return []
    unit_start = sentence.start + lead + line.start("unit")
    unit_end = sentence.start + lead + line.end("unit")
    regions = units.after_verb([t for t in toks if t.end <= unit_end], unit_start)
    regions = tuple(r for r in regions if r.code not in shared)
    holder = side_of_words(line.group("side"), two)
    start, end = sentence.start, sentence.start + len(sentence.text)
    return (
        [Held(sentence, start, end, regions, holder, note="a line of who holds what")]
        if (regions and holder)
        else []
    )
