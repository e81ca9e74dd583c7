"""The user's cache folder for geomap: ``$GEOMAP_CACHE_DIR``, else ``$XDG_CACHE_HOME/geomap``,
else ``~/.cache/geomap``. What is kept there can be deleted at any time: it is made again."""

from __future__ import annotations

import os
from pathlib import Path


def folder() -> Path:
    chosen = os.environ.get("GEOMAP_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "geomap"
