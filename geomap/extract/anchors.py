"""Where a pattern's matches can start, worked out from its parsed form, so that it is tried
only there (:mod:`geomap.extract.scan`).

Python's ``re`` tries a pattern that starts with ``\\b`` or a group of alternatives at every
position of the text, each attempt going through every alternative; the reading's patterns are
such, and in figure-dense text trying them is most of the time spent. Most positions can be ruled
out by their first two characters alone: a match of ``\\b(?:not|never)\\b`` starts with "n", then
"o" or "e", at the start of a word. :func:`starts` is a small pattern of those character classes
(which ``re`` scans for in C); None for a pattern whose start cannot be worked out (one that may
match the empty string, or starts with "." or a negated class).

Two characters told apart say little of a long alternation's start ("[ac](?=[ln])" for
"annex|claim" lets "cn" through, and most words start with some pair of them): for a long
pattern, :func:`deep_starts` works out the first characters of each way it starts together, to
six, and looks ahead for them as one small pattern ("(?=an|cl)"), cut short where a part cannot
be told ("." or a negated class: anything may follow).
"""

from __future__ import annotations

import hashlib
import re
import re._constants as C  # the parser's operator names
import re._parser
import secrets
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from geomap.patterns import compiled, remembered

_T = TypeVar("_T")
# What is worked out below is kept between commands (geomap.patterns) under this module's
# digest: what another version of this code worked out is never taken (where the module cannot
# be read, nothing is).
try:
    CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
except OSError:  # pragma: no cover - a module with no file
    CODE = secrets.token_hex(8)
_MEMO_SIZE = 4096  # patterns whose plans are kept; past that the memo starts again


def per_pattern(function: Callable[..., _T]) -> Callable[..., _T]:
    """``function`` of a compiled pattern (and more), worked out once per pattern object.

    Not :func:`functools.lru_cache`: a compiled pattern's hash is worked out from its whole
    compiled code at every call (tens of microseconds for the reading's long alternations, asked
    at every search). The memo is keyed by the object's identity and holds the object, so its
    identity is not reused while the entry lives."""
    memo: dict[tuple, tuple[re.Pattern, _T]] = {}

    def wrapper(pattern: re.Pattern, *args, **kwargs):
        key = (id(pattern), *args, *kwargs.items())
        kept = memo.get(key)
        if kept is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            kept = memo[key] = (pattern, function(pattern, *args, **kwargs))
        return kept[1]

    wrapper.__doc__, wrapper.__name__ = function.__doc__, function.__name__
    return wrapper


# The categories a character class may name, and how to write them in one.
_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_WORD: r"\w", C.CATEGORY_SPACE: r"\s"}
REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))
_DEPTH = 2  # characters of a match's start worked out
_MAX_PATHS = 4096  # ways a pattern may start, beyond which it is searched the usual way
_MAX_REPEATS = 8  # a repeat needed more often than this is not unrolled
ATOMIC = getattr(C, "ATOMIC_GROUP", None)


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


def _consume(paths: set[_Path], pairs, depth: int) -> set[_Path]:
    """The paths after one character of the class ``pairs`` (its (op, value) items), each told
    to ``depth`` characters."""
    if any(op is C.NEGATE for op, _ in pairs):
        raise _Unknown
    chars = "".join(_item(op, av) for op, av in pairs)
    word = all(_word(op, av) for op, av in pairs)
    out: set[_Path] = set()
    for classes, boundary, non_word in paths:
        if not classes:  # the first character: a word starts here if "\b" or "(?<!\w)" + word
            out.add(((chars,), boundary or (non_word and word), False))
        elif len(classes) < depth:
            out.add(((*classes, chars), boundary, non_word))
        else:
            out.add((classes, boundary, non_word))
    return out


def _walk(items: Iterable, paths: set[_Path], depth: int = _DEPTH, cut: bool = False) -> set[_Path]:
    """The ways a match may start (to ``depth`` characters) after the sequence ``items``, from
    ``paths`` before it. ``cut``: a part whose characters cannot be told ends the paths that
    reach it, where each has told a character already (what may follow is then anything)."""
    for op, av in items:
        if all(len(classes) >= depth for classes, _, _ in paths):
            break
        try:
            paths = _step(op, av, paths, depth, cut)
        except _Unknown:
            if not cut or any(not classes for classes, _, _ in paths):
                raise
            return {(c + ("",) * (depth - len(c)), b, n) for c, b, n in paths}
        if len(paths) > _MAX_PATHS:
            raise _Unknown
    return paths


def _step(op, av, paths: set[_Path], depth: int, cut: bool = False) -> set[_Path]:
    """The ways a match may start after one item of a sequence (its operator and value)."""
    if op is C.AT:
        return {(c, b or not c, n) for c, b, n in paths} if av is C.AT_BOUNDARY else paths
    if op is C.ASSERT_NOT and not av[1]:  # "(?!)": never matches
        return set()
    if op in (C.ASSERT, C.ASSERT_NOT):  # they narrow where a match starts, never widen
        return {(c, b, n or not c) for c, b, n in paths} if _after_non_word(op, av) else paths
    if op in (C.LITERAL, C.IN):
        return _consume(paths, [(op, av)] if op is C.LITERAL else av, depth)
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:  # "(?i:...)": its case is not the pattern's
            raise _Unknown
        return _walk(sub, paths, depth, cut)
    if op is C.BRANCH:
        return {p for alternative in av[1] for p in _walk(alternative, paths, depth, cut)}
    if op in REPEATS:
        low, high, sub = av
        if low > _MAX_REPEATS:
            raise _Unknown
        found = set(paths) if low == 0 else set()
        for count in range(1, min(high, max(low, depth)) + 1):
            paths = _walk(sub, paths, depth, cut)
            if count >= low:
                found |= paths
        return found
    if op is ATOMIC:
        return _walk(av, paths, depth, cut)
    raise _Unknown  # "." or a negated literal or a group reference


@lru_cache(maxsize=256)
def parsed(text: str, flags: int):
    """A pattern's parsed form, parsed once: each is looked at in several ways."""
    return re._parser.parse(text, flags)


@per_pattern
def starts(pattern: re.Pattern) -> re.Pattern | None:
    """A pattern that matches (one character long) wherever a match of ``pattern`` can start,
    or None where that cannot be told."""
    if isinstance(pattern.pattern, bytes) or pattern.flags & re.VERBOSE:
        return None
    anchor = remembered("starts", (CODE, pattern.pattern, pattern.flags), lambda: _start(pattern))
    return None if anchor is None else compiled(anchor, pattern.flags & ~re.MULTILINE)


def _start(pattern: re.Pattern) -> str | None:
    """The text of :func:`starts`'s pattern."""
    try:
        paths = _walk(parsed(pattern.pattern, pattern.flags), {((), False, False)})
    except _Unknown:
        return None
    if not paths:  # it can never match
        return "(?!)"
    if any(not classes for classes, _, _ in paths):
        return None  # it may match the empty string: anywhere
    boundary = r"\b" if all(bounded for _, bounded, _ in paths) else ""
    first = "".join(sorted({classes[0] for classes, _, _ in paths}))
    anchor = f"{boundary}[{first}]"
    if all(len(classes) >= 2 for classes, _, _ in paths):  # the second, looked at, not taken
        anchor += f"(?=[{''.join(sorted({classes[1] for classes, _, _ in paths}))}])"
    return anchor


# A long pattern is costly to try: where it can start is told to more characters, all together.
_DEEP = 6  # characters of a long pattern's start worked out
LONG = 200  # characters of a pattern's text from which it is long


@per_pattern
def deep_starts(pattern: re.Pattern) -> re.Pattern | None:
    """For a long pattern, a pattern that matches (zero characters long) wherever a match of
    ``pattern`` can start, telling its first ``_DEEP`` characters together (a match of
    "annex|claim" starts "an" or "cl", not "ai"); None where that cannot be told, or for a
    short pattern (:func:`starts` then tells enough)."""
    if isinstance(pattern.pattern, bytes) or pattern.flags & re.VERBOSE:
        return None
    if len(pattern.pattern) < LONG:
        return None
    anchor = remembered("deep", (CODE, pattern.pattern, pattern.flags), lambda: _deep(pattern))
    return None if anchor is None else compiled(anchor, pattern.flags & ~re.MULTILINE)


def _deep(pattern: re.Pattern) -> str | None:
    """The text of :func:`deep_starts`'s pattern: told to ``_DEEP`` characters, or to fewer
    where a pattern starts in too many ways for that."""
    items = parsed(pattern.pattern, pattern.flags)
    for depth in range(_DEEP, _DEPTH, -2):
        try:
            paths = _walk(items, {((), False, False)}, depth, cut=True)
            break
        except _Unknown:
            continue
    else:
        return None
    if not paths or any(not classes for classes, _, _ in paths):
        return None
    boundary = r"\b" if all(bounded for _, bounded, _ in paths) else ""
    told = {tuple(c for c in classes if c) for classes, _, _ in paths}  # cut short: ""
    return f"{boundary}(?={_trie(told)})"


def _trie(ways: set[tuple[str, ...]]) -> str:
    """One pattern of the character classes of the ``ways`` a match starts, those with a class in
    common first under one ("[a](?:[n][n]|[d])"), so that ``re`` tries the next class only after
    the first."""
    after: dict[str, set[tuple[str, ...]]] = {}
    for classes in ways:
        after.setdefault(classes[0], set()).add(classes[1:])
    alternatives = [
        f"[{first}]" if () in rest else f"[{first}]{_trie(rest)}"
        for first, rest in sorted(after.items())
    ]
    return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
