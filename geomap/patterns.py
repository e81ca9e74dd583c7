"""The reading's patterns, compiled once per machine rather than once per process.

The reading uses some six hundred regular expressions, many of them long alternations of the
profile's names. Python compiles a pattern in Python code (``re._parser``, ``re._compiler``):
about half a second at each start of ``geomap``, a third of reading a megabyte of news. What that
work produces, the pattern's code for the regular expression engine, depends only on the
pattern's text and flags and on the Python that compiled it. It is kept in a file in the user's
cache folder (:func:`geomap.cache.folder`), one per Python version, checked with a digest; the
next process builds its patterns from it with the engine's own constructor, which checks each
code before it accepts it. Anything that does not fit (another Python implementation, a file
that does not read back, a code the engine refuses) falls back to :func:`re.compile`: the
patterns match the same either way. The file is written when a ``geomap`` command ends.

The scan's plans for a pattern (:mod:`geomap.extract.scan`) are kept in the same file, as texts
of patterns: :func:`remembered`.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from geomap import cache

_T = TypeVar("_T")

try:  # the engine's constructor and the compiler's steps: CPython's, not part of its API
    import _sre
    import re._compiler as _compiler
    import re._parser as _parser

    _ENGINE = sys.implementation.name == "cpython" and callable(getattr(_compiler, "_code", None))
except ImportError:  # pragma: no cover - another implementation
    _ENGINE = False

# The Python that compiled the codes, to its release: another release may compile another way.
_VERSION = "-".join(
    [sys.implementation.cache_tag or "", *map(str, sys.version_info[:3]),
     str(getattr(_sre, "MAGIC", 0) if _ENGINE else 0)]
)  # fmt: skip
_HEADER = b"geomap-patterns-1\n"
_MAX_ENTRIES = 4000  # past this, a save keeps only what its own process used

_store: dict[tuple, Any] | None = None  # what the file held, then what was added
_built: dict[tuple, re.Pattern[str]] = {}  # the patterns this process built
_used: set[tuple] = set()
_added = False


def _path() -> Path:
    return cache.folder() / f"patterns-{_VERSION}.bin"


def _load() -> dict[tuple, Any]:
    global _store
    if _store is None:
        _store = {}
        with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
            data = _path().read_bytes()
            if data.startswith(_HEADER):
                digest, payload = data[len(_HEADER) : len(_HEADER) + 32], data[len(_HEADER) + 32 :]
                if hashlib.sha256(payload).digest() == digest:
                    loaded = marshal.loads(payload)
                    if isinstance(loaded, dict):
                        _store = loaded
    return _store


def compiled(text: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(text, flags)``, built from the code kept from an earlier process where there
    is one."""
    if not _ENGINE:
        return re.compile(text, flags)
    key = ("code", text, int(flags))
    found = _built.get(key)
    if found is None:
        found = _built[key] = _build(text, int(flags), key)
    return found


def _build(text: str, flags: int, key: tuple) -> re.Pattern[str]:
    store = _load()
    kept = store.get(key)
    if kept is not None:
        all_flags, packed, groups, groupindex, indexgroup = kept
        code = array.array("I")
        try:
            code.frombytes(packed)
            found = _sre.compile(text, all_flags, code.tolist(), groups, groupindex, indexgroup)
        except (RuntimeError, TypeError, ValueError):  # a code the engine refuses
            del store[key]
        else:
            _used.add(key)
            return found
    return _compile_and_keep(text, flags, key, store)


def _compile_and_keep(text: str, flags: int, key: tuple, store: dict) -> re.Pattern[str]:
    global _added
    try:  # the steps of ``re._compiler.compile``, to keep their code
        parsed = _parser.parse(text, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        all_flags = int(flags | parsed.state.flags)
        groups = parsed.state.groups - 1
        found = _sre.compile(text, all_flags, code, groups, groupindex, tuple(indexgroup))
        packed = array.array("I", code).tobytes()
    except Exception:  # the compiler's own steps changed: compile as usual
        return re.compile(text, flags)
    store[key] = (all_flags, packed, groups, groupindex, tuple(indexgroup))
    _used.add(key)
    _added = True
    return found


def remembered(kind: str, key: tuple, work: Callable[[], _T]) -> _T:
    """``work()``, or what it gave in an earlier process for the same ``kind`` and ``key``
    (plain data: texts, numbers, tuples of them)."""
    global _added
    full = (kind, *key)
    store = _load()
    if full in store:
        _used.add(full)
        return store[full]
    value = work()
    store[full] = value
    _used.add(full)
    _added = True
    return value


def save() -> None:
    """Write what this process compiled to the cache file, where it added anything (a folder
    that cannot be written is passed over: the next process compiles again)."""
    global _added
    if not _added or _store is None:
        return
    kept = _store if len(_store) <= _MAX_ENTRIES else {k: _store[k] for k in _used}
    path = _path()
    with contextlib.suppress(OSError, ValueError):  # ValueError: what marshal cannot write
        payload = marshal.dumps(kept)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, scratch = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_HEADER + hashlib.sha256(payload).digest() + payload)
            os.replace(scratch, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(scratch)
        _added = False
