"""Rebuild the store of shapes derived from the shipped boundaries (``geomap/derived.py``).

    python boundaries/derive.py    # writes geomap/data/boundaries/ukraine_derived.json

The shipped example is built (with a second snapshot, and every output that derives shapes)
with the store bypassed, and what was derived is kept. ``boundaries/build.py`` runs it after it
writes new shapes.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from geomap import derived
from geomap.build import BuildOptions, build
from geomap.profile import DATA


def rebuild(path: Path | None = None) -> Path:
    """Rebuild the store of the shipped profile at ``path`` (default: the shipped one)."""
    with tempfile.TemporaryDirectory() as tmp, derived.recording() as entries:
        # The example and a later text, so that the history is drawn too.
        seeds = Path(tmp) / "seeds"
        shutil.copytree(DATA / "example", seeds)
        (seeds / "2025-03-01-later.txt").write_text(
            "Russia occupies about 70% of the Donetsk region.\n", encoding="utf-8"
        )
        options = BuildOptions(seeds=seeds, out=Path(tmp) / "out", formats=("png", "html"))
        build(options, force=True, parallel=False)
    return derived.save(entries, path)


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    print(rebuild())
