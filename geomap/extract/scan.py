"""Finding a pattern's matches without trying it at every position of a sentence: only where
one can start (:mod:`geomap.extract.anchors`). The matches are the same as
:meth:`re.Pattern.finditer`'s; a pattern whose start cannot be worked out is searched the usual
way.

A pattern that ignores case is slower still: ``re`` folds the case of every character it tries.
Such a pattern is searched for, in lower case and heeding case, in the text in lower case (the
same places, where no character of the text folds in more than one way, which is checked), and
matched again where it was found to give the match on the text itself.
"""

from __future__ import annotations

import hashlib
import re
import re._casefix  # the characters that fold in more than one way
import re._constants as C  # the parser's operator names
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from geomap.extract import anchors
from geomap.extract.anchors import ATOMIC, REPEATS, deep_starts, parsed, per_pattern, starts
from geomap.patterns import compiled, remembered

# The plans worked out below are kept between commands (geomap.patterns) under the digest of
# this module's code and of the anchors' it uses: a plan kept by another version is never taken.
try:
    _CODE = hashlib.sha256(Path(__file__).read_bytes() + anchors.CODE.encode()).hexdigest()[:16]
except OSError:  # pragma: no cover - a module with no file
    _CODE = anchors.CODE

__all__ = ["deep_starts", "finditer", "folded", "in_lower_case", "lowered", "search", "starts"]


# Letters that fold in more than one way ("ſ" is "s" to ``re`` ignoring case, but not in lower
# case): a text in lower case with one of them is not searched in lower case.
_ODD_FOLDS = "".join(
    sorted({chr(c) for k, v in re._casefix._EXTRA_CASES.items() for c in (k, *v) if c > 127})
)
_ODD_FOLD_RE = compiled(f"[{re.escape(_ODD_FOLDS)}]")
# In a pattern's text: an escape, a group's name or reference, or a capital to put in lower case.
_ESCAPE_NAME_OR_UPPER = compiled(r"\\.|\(\?P[<=]|[^\W\d_a-z]", re.DOTALL)
_GROUP_REFS = {C.GROUPREF, C.GROUPREF_EXISTS, getattr(C, "GROUPREF_IGNORE", C.GROUPREF)}


@per_pattern
def folded(pattern: re.Pattern, loose: bool = False) -> re.Pattern | None:
    """For a pattern that ignores case, the same pattern in lower case that heeds case: it
    matches text in lower case where ``pattern`` matches the text. None for a pattern that heeds
    case, or whose every character cannot be put in lower case (a capital written as an escape,
    a reference to a group, a group of its own case).

    ``loose``: a group that heeds case ("(?-i:[A-Z])") is put in lower case too, which makes a
    pattern that matches wherever ``pattern`` does and maybe elsewhere, where ``pattern`` is
    tried to see."""
    if isinstance(pattern.pattern, bytes) or not pattern.flags & re.IGNORECASE:
        return None
    key = (_CODE, pattern.pattern, pattern.flags, loose)
    lowered = remembered("folded", key, lambda: _folded(pattern, loose))
    return None if lowered is None else compiled(lowered, pattern.flags & ~re.IGNORECASE)


def _folded(pattern: re.Pattern, loose: bool) -> str | None:
    """The text of :func:`folded`'s pattern."""
    lowered = _ESCAPE_NAME_OR_UPPER.sub(
        lambda m: m[0] if m[0][0] in "\\(" else m[0].lower(), pattern.pattern
    )
    try:
        return (
            lowered if _lower_only(parsed(lowered, pattern.flags & ~re.IGNORECASE), loose) else None
        )
    except re.error:
        return None


def _parts(op, av) -> list | None:
    """The parts a parsed item holds (None for an item that holds none)."""
    if op is C.IN or op is ATOMIC:
        return [av]
    if op is C.BRANCH:
        return av[1]
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [av[1]]
    if op is C.SUBPATTERN or op in REPEATS:
        return [av[-1]]
    return None


def _lower_only(items: Iterable, loose: bool, heeds: bool = False, negated: bool = False) -> bool:
    """Whether a parsed pattern's every character is in lower case and folds in one way, and
    no part of it refers to a group or sets its own case (``loose``: but a part that heeds case
    may, where nothing in it or around it rules a character out: it then matches more)."""
    for op, av in items:
        if op in _GROUP_REFS:
            return False
        inner_heeds = heeds
        if op is C.SUBPATTERN and (av[1] or av[2]):  # "(?i:...)", "(?-i:...)"
            if not (loose and av[1] == 0 and av[2] == re.IGNORECASE and not negated):
                return False
            inner_heeds = True
        if heeds and op in (C.NOT_LITERAL, C.NEGATE, C.ASSERT_NOT):
            return False  # in lower case it would rule out more, not less
        parts = _parts(op, av)
        if parts is not None:
            inner_negated = negated or op is C.ASSERT_NOT
            if not all(_lower_only(p, loose, inner_heeds, inner_negated) for p in parts):
                return False
            continue
        if op in (C.LITERAL, C.NOT_LITERAL):
            chars: Iterable[int] = (av,)
        elif op is C.RANGE:
            chars = range(av[0], av[1] + 1)
        else:
            continue  # categories, positions, "." and the like: no case of their own
        if any(chr(c).lower() != chr(c) or chr(c) in _ODD_FOLDS for c in chars):
            return False
    return True


def in_lower_case(text: str) -> str | None:
    """The text in lower case, where that keeps every character's place and no character
    folds in more than one way; else None."""
    lower = text.lower()
    if len(lower) != len(text) or _ODD_FOLD_RE.search(lower):
        return None
    return lower


# A sentence is searched by several patterns one after another: its lower case is kept.
lowered = lru_cache(maxsize=16)(in_lower_case)


def _found_quickly(items) -> bool:
    """Whether ``re`` finds where a parsed pattern can start by itself: it starts with a word
    boundary or another position, a character, a class, or alternatives that each start with a
    character."""
    while items:
        op, av = items[0]
        if op is C.SUBPATTERN and not (av[1] or av[2]):
            items = av[-1]
            continue
        if op is C.BRANCH:
            return all(alternative and alternative[0][0] is C.LITERAL for alternative in av[1])
        return op in (C.AT, C.LITERAL, C.IN)
    return False


@per_pattern
def _in_lower_case(pattern: re.Pattern) -> tuple[re.Pattern, re.Pattern | None, bool] | None:
    """How a pattern that ignores case is searched for in text in lower case: the pattern in
    lower case, where a match can start (None: ``re`` finds it as quickly), and whether each
    match found is one of ``pattern`` (else ``pattern`` is tried where it was found); or None
    where it is not searched in lower case."""
    if isinstance(pattern.pattern, bytes):
        return None
    plan = remembered("plan", (_CODE, pattern.pattern, pattern.flags), lambda: _plan(pattern))
    if plan is None:
        return None
    lower, anchor, exact = plan
    flags = pattern.flags & ~re.IGNORECASE
    found = None if anchor is None else compiled(anchor, flags & ~re.MULTILINE)
    return compiled(lower, flags), found, exact


def _plan(pattern: re.Pattern) -> tuple[str, str | None, bool] | None:
    """The texts of :func:`_in_lower_case`'s patterns, and whether each match is one."""
    exact = folded(pattern)
    lower = exact or folded(pattern, loose=True)
    if lower is None:
        return None
    anchor = starts(lower)
    if exact is None and anchor is None:
        return None  # it may match the empty string: tried one by one, it could loop
    if anchor is None or _found_quickly(parsed(lower.pattern, lower.flags)):
        return lower.pattern, None, exact is not None
    first = anchor.pattern.removeprefix(r"\b").split("]", 1)[0]
    # A class of word or space characters, or of many letters not at a word's start, is found
    # at most places: ``re`` tries the pattern there as quickly.
    broad = (
        r"\w" in first
        or r"\s" in first
        or (not anchor.pattern.startswith(r"\b") and len(first) > 9)
    )
    return lower.pattern, None if broad else anchor.pattern, exact is not None


def finditer(
    pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match]:
    """The matches :meth:`re.Pattern.finditer` finds, tried only where one can start."""
    end = len(text) if endpos is None else endpos
    plan = _in_lower_case(pattern)
    # A sentence's lower case is kept for the next pattern; a whole text's is not.
    lower = None if plan is None else (lowered if len(text) < 4096 else in_lower_case)(text)
    if plan is None or lower is None:
        yield from _matches(pattern, deep_starts(pattern) or starts(pattern), text, pos, end)
        return
    lower_pattern, lower_anchor, exact = plan
    lower_anchor = deep_starts(lower_pattern) or lower_anchor
    match = pattern.match
    if exact:
        for found in _matches(lower_pattern, lower_anchor, lower, pos, end):
            # The same match on the text itself (its groups in the text's own case).
            yield match(text, found.start(), end)  # type: ignore[misc]
        return
    while True:
        candidate = next(_matches(lower_pattern, lower_anchor, lower, pos, end), None)
        if candidate is None:
            return
        real = match(text, candidate.start(), end)
        if real is None:  # found in lower case only ("claims to [A-Z]" as "claims to the")
            pos = candidate.start() + 1
            continue
        yield real
        pos = real.end()  # never empty: the pattern in lower case, which has an anchor, is not


def _matches(
    pattern: re.Pattern, anchor: re.Pattern | None, text: str, pos: int, end: int
) -> Iterator[re.Match]:
    """``pattern``'s matches, tried only where ``anchor`` matches (None: everywhere)."""
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


def search(
    pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None
) -> re.Match | None:
    """The match :meth:`re.Pattern.search` finds, tried only where one can start."""
    return next(finditer(pattern, text, pos, endpos), None)
