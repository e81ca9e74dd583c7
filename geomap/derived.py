"""Shapes derived from shapes, computed once: for the shipped boundaries they ship too.

Simplifying the regions and raions for the web map, or the neighbouring countries into its
backdrop, takes a good part of a build and depends on nothing but the input shapes and the
method's parameters. Each such result is keyed by a digest of its inputs' exact coordinates
(WKB) and of its parameters. For the profile's shipped boundaries the results are kept next to
them (``geomap/data/boundaries/ukraine_derived.json``, rebuilt by ``boundaries/derive.py``), so a
build of the shipped shapes reads them instead of computing them; any other shapes (a user's
boundaries, a shipped file edited by hand) have another digest and are computed as before.
The results are the same either way, coordinate for coordinate: the store holds exactly what
the computation returns.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path

import numpy as np

from geomap.profile import current
from geomap.store import read_record, write_record

VERSION = 1
# Set while the store is rebuilt (every result computed is kept) or while it is bypassed.
_recording: dict[str, list[str]] | None = None
_bypassed = False
# Results already derived in this process (a build derives some once per snapshot).
_memo: dict[str, np.ndarray] = {}


def store_path() -> Path:
    """Where the profile's derived shapes are kept: next to its shipped boundaries."""
    profile = current()
    return profile.default_boundaries.with_name(f"{profile.stem}_derived.json")


@cache
def _load(path: Path) -> dict[str, list[str]]:
    entries = read_record(path, VERSION).get("entries")
    return entries if isinstance(entries, dict) else {}


def key(kind: str, params: dict, inputs: Sequence[np.ndarray]) -> str:
    """The digest of a derivation: its kind, its parameters and its inputs' exact shapes."""
    import shapely

    digest = hashlib.sha256(f"{VERSION}|{kind}|{json.dumps(params, sort_keys=True)}".encode())
    for geometries in inputs:
        digest.update(f"|{len(geometries)}|".encode())
        for wkb in shapely.to_wkb(np.asarray(geometries, dtype=object)):
            digest.update(hashlib.sha256(wkb or b"").digest())
    return digest.hexdigest()


def derived(
    kind: str, params: dict, inputs: Sequence[np.ndarray], compute: Callable[[], Sequence]
) -> np.ndarray:
    """``compute()`` (an array of geometries), or the stored result of the same derivation."""
    import shapely

    name = key(kind, params, inputs)
    if not _bypassed:
        if name in _memo:
            return _memo[name]
        found = _load(store_path()).get(name)
        if found is not None:
            _memo[name] = shapely.from_wkb([base64.b64decode(s) for s in found])
            return _memo[name]
    result = np.asarray(compute(), dtype=object)
    if _recording is not None:
        _recording[name] = [base64.b64encode(w).decode("ascii") for w in shapely.to_wkb(result)]
    elif not _bypassed:
        _memo[name] = result
    return result


@contextlib.contextmanager
def bypassed() -> Iterator[None]:
    """Compute every derivation, whatever the store holds."""
    global _bypassed
    before, _bypassed = _bypassed, True
    try:
        yield
    finally:
        _bypassed = before


@contextlib.contextmanager
def recording() -> Iterator[dict[str, list[str]]]:
    """Compute every derivation and collect the results, by key."""
    global _recording
    entries: dict[str, list[str]] = {}
    before, _recording = _recording, entries
    try:
        with bypassed():
            yield entries
    finally:
        _recording = before


def save(entries: dict[str, list[str]], path: Path | None = None) -> Path:
    """Write a store of ``entries`` (what :func:`recording` collected) to ``path`` (default: the
    profile's)."""
    path = path or store_path()
    write_record(path, VERSION, {"entries": dict(sorted(entries.items()))}, indent=0)
    _load.cache_clear()
    return path
