"""What a whole leaves out: "all of Darfur except North Darfur", "all five Darfur states except
parts of North Darfur", "all of Luhansk, where the defenders still hold a pocket". The units an
exception names are not wholly held; an exception that names none leaves no unit whole."""

from __future__ import annotations

import re

from geomap.extract.text import Mention, Sentence
from geomap.regions import Region

# "all of Darfur except North Darfur", "... apart from El Fasher": what a whole leaves out.
EXCEPT_RE = re.compile(
    r",?\s*(?:except(?:\s+for)?|excluding|apart\s+from|save\s+for|but\s+for|other\s+than"
    r"|with\s+the\s+exception\s+of|aside\s+from|bar|but\s+(?=(?:one|two|three|four)\b)"
    # "all of X, where the defenders still hold a pocket": a part held by someone else
    r"|where\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:still\s+)?(?:holds?|controls?|retains?|keeps?"
    r"|clings?\s+to|hold\s+out\s+in)\s+(?:a|an|some|one|two|three|several|small|a\s+few|parts?)"
    r")\b",
    re.IGNORECASE,
)
# What ends the clause an exception belongs to.
_CLAUSE_END_RE = re.compile(
    r"[;.]|\b(?:while|whereas|but(?!\s+(?:one|two|three|four)\b))\b", re.IGNORECASE
)  # not "all five states but one": an exception


def clause_end(text: str, lo: int) -> int:
    """Where the clause that goes on at ``lo`` ends: at ";", ".", "while", "whereas", "but"."""
    end = _CLAUSE_END_RE.search(text, lo)
    return end.start() if end else len(text)


def excepted(sentence: Sentence, lo: int, named: list[Mention]) -> set[Region]:
    """The units named from where an exception starts (``lo``, in the sentence) to the end of
    its clause: "all of Darfur except parts of North Darfur"."""
    s0, hi = sentence.start, clause_end(sentence.text, lo)
    return {r for m in named if s0 + lo <= m.start < s0 + hi for r in m.regions}
