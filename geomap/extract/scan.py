"""Finding a pattern's matches without trying it at every position of a sentence.

Python's ``re`` tries a pattern that starts with ``\\b`` or a group of alternatives at every
position of the text, each attempt going through every alternative; the reading's patterns are
such, and in figure-dense text trying them is most of the time spent. Most positions can be ruled
out by their first character alone: a match of ``\\b(?:not|never)\\b`` starts with "n". This
module works out, from a pattern's parsed form, the characters its matches can start with, finds
those characters with a one-class pattern (which ``re`` scans for in C), and tries the pattern only
there. The matches are the same as :meth:`re.Pattern.finditer`'s; a pattern whose first
characters cannot be worked out (one that may match the empty string, or starts with "." or a
negated class) is searched the usual way.
"""

from __future__ import annotations

import re
import re._constants as C  # the parser's operator names
import re._parser
from collections.abc import Iterator
from functools import lru_cache

# The categories a character class may name, and how to write them in one.
_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_WORD: r"\w", C.CATEGORY_SPACE: r"\s"}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))


class _Unknown(Exception):
    """The first characters of a part of the pattern cannot be told."""


def _word(op, av) -> bool:
    """Whether every character a class item stands for is a word character."""
    if op is C.LITERAL:
        return chr(av).isalnum()
    if op is C.RANGE:
        return all(chr(c).isascii() and chr(c).isalnum() for c in av) and (
            chr(av[0]).isdigit() == chr(av[1]).isdigit()
        )
    return op is C.CATEGORY and av in (C.CATEGORY_DIGIT, C.CATEGORY_WORD)


def _item(op, av) -> str:
    if op is C.LITERAL:
        return re.escape(chr(av))
    if op is C.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is C.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise _Unknown  # a negated class or category: almost any character


def _after_non_word(op, av) -> bool:
    """ "(?<![\\w.,])": a lookbehind that rules out a word character before."""
    if op is not C.ASSERT_NOT or av[0] != -1 or len(av[1]) != 1:
        return False
    inner_op, inner = av[1][0]
    return inner_op is C.IN and (C.CATEGORY, C.CATEGORY_WORD) in inner


# A start: a class item a match can start with, and whether a word boundary is sure to be there.
_Start = tuple[str, bool]


def _first(items, boundary: bool = False, non_word: bool = False) -> tuple[list[_Start], bool]:
    """Where a match of the sequence ``items`` can start, and whether the whole sequence can
    match the empty string. ``boundary``: a "\\b" stands before the sequence; ``non_word``: no
    word character can stand before it."""
    found: list[_Start] = []
    for op, av in items:
        if op is C.AT:
            boundary = boundary or av is C.AT_BOUNDARY
            continue
        if op in (C.ASSERT, C.ASSERT_NOT):  # they narrow where a match starts, never widen
            non_word = non_word or _after_non_word(op, av)
            continue
        if op in (C.LITERAL, C.IN):
            pairs = [(op, av)] if op is C.LITERAL else av
            if any(o is C.NEGATE for o, _ in pairs):
                raise _Unknown
            here = [(_item(o, a), boundary or (non_word and _word(o, a))) for o, a in pairs]
            return [*found, *here], False
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:  # "(?i:...)": its case is not the pattern's
                raise _Unknown
            first, empty = _first(sub, boundary, non_word)
        elif op is C.BRANCH:
            parts = [_first(alternative, boundary, non_word) for alternative in av[1]]
            first = [start for part, _ in parts for start in part]
            empty = any(e for _, e in parts)
        elif op in _REPEATS:
            low, _high, sub = av
            first, empty = _first(sub, boundary, non_word)
            empty = empty or low == 0
        elif getattr(C, "ATOMIC_GROUP", None) is op:
            first, empty = _first(av, boundary, non_word)
        else:  # "." or a negated literal or a group reference
            raise _Unknown
        found += first
        if not empty:
            return found, False
    return found, True


@lru_cache(maxsize=256)
def starts(pattern: re.Pattern) -> re.Pattern | None:
    """A pattern that matches wherever a match of ``pattern`` can start, one character class
    (after a word boundary where every start has one), or None where that cannot be told."""
    if isinstance(pattern.pattern, bytes) or pattern.flags & re.VERBOSE:
        return None
    try:
        first, empty = _first(re._parser.parse(pattern.pattern, pattern.flags))
    except _Unknown:
        return None
    if empty or not first:
        return None
    boundary = r"\b" if all(bounded for _, bounded in first) else ""
    items = "".join(dict.fromkeys(item for item, _ in first))
    return re.compile(f"{boundary}[{items}]", pattern.flags & ~re.MULTILINE)


def finditer(
    pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match]:
    """The matches :meth:`re.Pattern.finditer` finds, tried only where one can start."""
    end = len(text) if endpos is None else endpos
    anchor = starts(pattern)
    if anchor is None:
        yield from pattern.finditer(text, pos, end)
        return
    match = pattern.match
    for at in anchor.finditer(text, pos, end):
        if at.start() < pos:
            continue  # within the match before
        found = match(text, at.start(), end)
        if found is not None:
            yield found
            pos = found.end()  # never empty: a pattern that can match "" has no anchor
