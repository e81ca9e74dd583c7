"""Finding a pattern's matches without trying it at every position of a sentence.

Python's ``re`` tries a pattern that starts with ``\\b`` or a group of alternatives at every
position of the text, each attempt going through every alternative; the reading's patterns are
such, and in figure-dense text trying them is most of the time spent. Most positions can be ruled
out by their first two characters alone: a match of ``\\b(?:not|never)\\b`` starts with "n", then
"o" or "e", at the start of a word. This module works out, from a pattern's parsed form, the
characters its matches can start with, finds them with a small pattern of character classes
(which ``re`` scans for in C), and tries the pattern only there. The matches are the same as
:meth:`re.Pattern.finditer`'s; a pattern whose start cannot be worked out (one that may match the
empty string, or starts with "." or a negated class) is searched the usual way.
"""

from __future__ import annotations

import re
import re._constants as C  # the parser's operator names
import re._parser
from collections.abc import Iterable, Iterator
from functools import lru_cache

# The categories a character class may name, and how to write them in one.
_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_WORD: r"\w", C.CATEGORY_SPACE: r"\s"}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))
_DEPTH = 2  # characters of a match's start worked out
_MAX_PATHS = 4096  # ways a pattern may start, beyond which it is searched the usual way
_MAX_REPEATS = 8  # a repeat needed more often than this is not unrolled


class _Unknown(Exception):
    """The start of a part of the pattern cannot be told."""


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


# One way a match may start: the character classes of its first characters (up to _DEPTH), and
# before the first, whether a word boundary stands there ("\b") and whether no word character
# may stand before it ("(?<!\w)"); after the first, whether a word starts there.
_Path = tuple[tuple[str, ...], bool, bool]


def _consume(paths: set[_Path], pairs) -> set[_Path]:
    """The paths after one character of the class ``pairs`` (its (op, value) items)."""
    if any(op is C.NEGATE for op, _ in pairs):
        raise _Unknown
    chars = "".join(_item(op, av) for op, av in pairs)
    word = all(_word(op, av) for op, av in pairs)
    out: set[_Path] = set()
    for classes, boundary, non_word in paths:
        if not classes:  # the first character: a word starts here if "\b" or "(?<!\w)" + word
            out.add(((chars,), boundary or (non_word and word), False))
        elif len(classes) < _DEPTH:
            out.add(((*classes, chars), boundary, non_word))
        else:
            out.add((classes, boundary, non_word))
    return out


def _walk(items: Iterable, paths: set[_Path]) -> set[_Path]:
    """The ways a match may start after the sequence ``items``, from ``paths`` before it."""
    for op, av in items:
        if all(len(classes) >= _DEPTH for classes, _, _ in paths):
            break
        paths = _step(op, av, paths)
        if len(paths) > _MAX_PATHS:
            raise _Unknown
    return paths


def _step(op, av, paths: set[_Path]) -> set[_Path]:
    """The ways a match may start after one item of a sequence (its operator and value)."""
    if op is C.AT:
        return {(c, b or not c, n) for c, b, n in paths} if av is C.AT_BOUNDARY else paths
    if op is C.ASSERT_NOT and not av[1]:  # "(?!)": never matches
        return set()
    if op in (C.ASSERT, C.ASSERT_NOT):  # they narrow where a match starts, never widen
        return {(c, b, n or not c) for c, b, n in paths} if _after_non_word(op, av) else paths
    if op in (C.LITERAL, C.IN):
        return _consume(paths, [(op, av)] if op is C.LITERAL else av)
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:  # "(?i:...)": its case is not the pattern's
            raise _Unknown
        return _walk(sub, paths)
    if op is C.BRANCH:
        return {p for alternative in av[1] for p in _walk(alternative, paths)}
    if op in _REPEATS:
        low, high, sub = av
        if low > _MAX_REPEATS:
            raise _Unknown
        found = set(paths) if low == 0 else set()
        for count in range(1, min(high, max(low, _DEPTH)) + 1):
            paths = _walk(sub, paths)
            if count >= low:
                found |= paths
        return found
    if getattr(C, "ATOMIC_GROUP", None) is op:
        return _walk(av, paths)
    raise _Unknown  # "." or a negated literal or a group reference


@lru_cache(maxsize=256)
def starts(pattern: re.Pattern) -> re.Pattern | None:
    """A pattern that matches (one character long) wherever a match of ``pattern`` can start,
    or None where that cannot be told."""
    if isinstance(pattern.pattern, bytes) or pattern.flags & re.VERBOSE:
        return None
    try:
        paths = _walk(re._parser.parse(pattern.pattern, pattern.flags), {((), False, False)})
    except _Unknown:
        return None
    if not paths:  # it can never match
        return re.compile("(?!)")
    if any(not classes for classes, _, _ in paths):
        return None  # it may match the empty string: anywhere
    boundary = r"\b" if all(bounded for _, bounded, _ in paths) else ""
    first = "".join(sorted({classes[0] for classes, _, _ in paths}))
    anchor = f"{boundary}[{first}]"
    if all(len(classes) >= 2 for classes, _, _ in paths):  # the second, looked at, not taken
        anchor += f"(?=[{''.join(sorted({classes[1] for classes, _, _ in paths}))}])"
    return re.compile(anchor, pattern.flags & ~re.MULTILINE)


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
