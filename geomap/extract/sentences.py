"""A text's sentences, each with its offsets: every quote the extractor returns is an exact
substring of what the user gave it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from geomap.extract.text import Sentence
from geomap.patterns import compiled

# A sentence ends at . ! or ? before a capital or a digit, at a line break (headlines and
# bullets have no full stop), or where a full stop runs into the next sentence without a space
# ("...the bridge.After the referendum"), as pages often lose them.
_SENTENCE_END_RE = compiled(
    r"[.!?]+[”\"’)\]]*(?=\s+[“\"‘(\[]?[A-Z0-9])|(?<=[a-z]{2})[.!?](?=[A-Z][a-z])|\n"
)
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "no", "vs",
                  "u.s", "u.n", "e.g", "i.e", "approx", "jan", "feb", "aug", "sept", "oct",
                  "nov", "dec", "gov", "prof", "sgt", "capt", "maj"}  # fmt: skip
_BEFORE_A_NUMBER = {"c", "ca", "est"}  # "c. 70%": circa, before a figure only
_LAST_WORD_RE = compiled(r"([\w.]+)[.!?]+[^\w]*$")
# ... and so are the numbers of a numbered list's lines: "1. Luhansk: 99%", "2) Donetsk: 79%"
_BULLET_RE = compiled(r"(?:[\s\-–—•*·▪●]|\d{1,2}[.)](?=\s))+")
_NUMBER_MARK_RE = compiled(r"[ \t]*\d{1,2}\.")


def split_sentences(text: str) -> Iterator[Sentence]:
    """Yield the sentences of ``text`` with their offsets; each is an exact substring.

    Bullets and dashes that open a line are not part of the sentence.
    """
    start = 0
    index = 0
    for match in _SENTENCE_END_RE.finditer(text):
        end = match.end()
        if text[match.start()] == "\n" and _goes_on(text, start, match.start()):
            continue  # a line broken in the middle of a sentence
        if text[match.start()] == ".":
            if (start == 0 or text[start - 1] == "\n") and _NUMBER_MARK_RE.fullmatch(
                text, start, end
            ):
                continue  # "1." opening a line: a numbered list's line goes on
            word = _last_word(text, start, end)
            if word and word.group(1).casefold() in _ABBREVIATIONS:
                continue
            if (
                word
                and word.group(1).casefold() in _BEFORE_A_NUMBER
                and text[end : end + 8].lstrip()[:1].isdigit()
            ):
                continue  # "c. 70%"
        for sentence in _trimmed(text, start, end, index):
            yield sentence
            index += 1
        start = end
    yield from _trimmed(text, start, len(text), index)


# A line break inside a sentence (text wrapped at a width, a PDF's lines): the next line starts
# in lower case ("... occupies roughly 75%" over "of the Donetsk region."), or the line ends on a
# word no sentence, headline or list item ends on ("about" over "75% of ...").
_NEXT_LINE_RE = compiled(r"[ \t]*(?P<lower>[a-z])|[ \t]*[\w“\"‘(]")
_LAST_LINE_WORD_RE = compiled(r"(?:^|\s)([\w’'-]+)[ \t]*$")
_GOES_ON_WORDS = frozenset({
    "of", "the", "a", "an", "about", "roughly", "around", "nearly", "almost", "some", "over",
    "per", "and", "or", "to", "in", "by", "than", "at", "its", "their", "which", "that", "with",
    "from", "for", "on", "under", "between", "approximately", "estimated", "just", "only",
})  # fmt: skip


def _goes_on(text: str, start: int, at: int) -> bool:
    """Whether the sentence from ``start`` goes on past the line break at ``at``."""
    line = text[max(start, text.rfind("\n", start, at) + 1) : at].rstrip()
    if not line or line[-1] in ".!?:;":
        return False  # an empty line, a sentence's or a heading's end
    nxt = _NEXT_LINE_RE.match(text, at + 1)
    if nxt is None:
        return False
    if nxt.group("lower"):
        return True
    last = _LAST_LINE_WORD_RE.search(line)
    return last is not None and last.group(1).casefold() in _GOES_ON_WORDS


def _last_word(text: str, start: int, end: int) -> re.Match | None:
    """The word before the full stop that ends ``text[start:end]``, looked for near the end
    (the whole sentence only where the word may be longer)."""
    near = max(start, end - 48)
    word = _LAST_WORD_RE.search(text, near, end)
    if word is not None and word.start() == near and near > start:
        return _LAST_WORD_RE.search(text, start, end)
    return word


# No sentence of real reporting is this long; a text without full stops (a page that lost them,
# or a hostile file) is read in pieces of about this many characters, cut after a comma,
# semicolon or space, so that reading it takes time and memory in proportion to its length.
MAX_SENTENCE = 3_000
_CLAUSE_RE = compiled(r"[,;:]\s+")
_SPACE_RE = compiled(r"\s+")


def _trimmed(text: str, start: int, end: int, index: int) -> Iterator[Sentence]:
    chunk = text[start:end]
    lead = _BULLET_RE.match(chunk)
    skip = lead.end() if lead else 0
    stripped = chunk[skip:].rstrip()
    offset = start + skip
    while len(stripped) > MAX_SENTENCE:
        window = stripped[MAX_SENTENCE // 2 : MAX_SENTENCE]
        clauses = [m.end() for m in _CLAUSE_RE.finditer(window)]
        spaces = [m.end() for m in _SPACE_RE.finditer(window)]
        cut = MAX_SENTENCE // 2 + (clauses or spaces or [len(window)])[-1]
        piece = stripped[:cut].rstrip()
        if piece:
            yield Sentence(piece, offset, index)
            index += 1
        rest = stripped[cut:]
        offset += cut + len(rest) - len(rest.lstrip())
        stripped = rest.lstrip()
    if stripped:
        yield Sentence(stripped, offset, index)
