"""Derived shapes: the shipped store holds exactly what the computation returns, and nothing
else is ever read from it."""

from __future__ import annotations

import importlib.util
import json

import numpy as np
import pytest
import shapely

from geomap import derived
from geomap.build import BuildOptions, build
from geomap.profile import DATA

from .conftest import ROOT


def _rebuild(path):
    """boundaries/derive.py's rebuild: a build script, not part of the package."""
    spec = importlib.util.spec_from_file_location("derive", ROOT / "boundaries" / "derive.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.rebuild(path)


def test_the_shipped_store_is_what_its_rebuild_computes(tmp_path):
    rebuilt = _rebuild(tmp_path / "ukraine_derived.json")
    shipped = derived.store_path()
    assert rebuilt.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")
    entries = json.loads(shipped.read_text(encoding="utf-8"))["entries"]
    # The web map's regions, raions and backdrop; the report map's and the history's regions;
    # the labels' anchors.
    assert len(entries) == 6


def test_a_build_of_the_shipped_shapes_reads_the_store_instead_of_computing(tmp_path, monkeypatch):
    import shutil

    def computed(*args, **kwargs):
        raise AssertionError("computed although the store has it")

    monkeypatch.setattr(derived, "_memo", {})
    for name in ("boundaries._simplify_coverage", "render.interactive._land", "snapshot._poles"):
        monkeypatch.setattr(f"geomap.{name}", computed)
    seeds = tmp_path / "seeds"
    shutil.copytree(DATA / "example", seeds)
    (seeds / "2025-03-04-update.txt").write_text(
        "Russia now holds about 71% of the Donetsk region.", encoding="utf-8"
    )
    options = BuildOptions(seeds=seeds, out=tmp_path / "out", formats=("png", "svg", "html"))
    result = build(options, force=True, parallel=False)
    assert (tmp_path / "out" / "ukraine_control_history.png").is_file()
    assert result.snapshots == 2


def _derive(shapes, compute) -> np.ndarray:
    derived._memo.clear()  # what an earlier test derived in this process is not the store
    return derived.derived("simplify_coverage", {"tolerance_m": 1}, [shapes], compute)


def test_other_shapes_are_computed_and_their_results_not_taken_from_the_store():
    square = np.array([shapely.box(30, 48, 31, 49)], dtype=object)
    calls = []

    def compute():
        calls.append(1)
        return square

    assert _derive(square, compute)[0].equals(square[0]) and calls == [1]
    moved = np.array([shapely.box(30, 48, 31, 49.000001)], dtype=object)
    assert derived.key("k", {}, [square]) != derived.key("k", {}, [moved])
    assert derived.key("k", {"a": 1}, [square]) != derived.key("k", {"a": 2}, [square])


@pytest.mark.parametrize("text", ["not json", "[]", '{"version": 99, "entries": {}}'])
def test_a_store_that_cannot_be_read_is_ignored(tmp_path, monkeypatch, text):
    path = tmp_path / "ukraine_derived.json"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(derived, "store_path", lambda: path)
    square = np.array([shapely.box(30, 48, 31, 49)], dtype=object)
    assert _derive(square, lambda: square)[0].equals(square[0])
