"""geomap: maps of claimed versus controlled territory, built from the figures in news texts."""

from geomap.errors import (
    BoundaryError,
    FiguresError,
    GeomapError,
    InputError,
    OutputError,
    UnknownRegionError,
)
from geomap.figures import Figure, load_figures
from geomap.profile import gazetteer
from geomap.regions import Region
from geomap.version import __version__


def __getattr__(name: str):
    # The extractor compiles many patterns; a build with nothing to do should not pay for them.
    if name in ("extract_files", "extract_text"):
        import geomap.extract

        return getattr(geomap.extract, name)
    raise AttributeError(f"module 'geomap' has no attribute {name!r}")


__all__ = [
    "BoundaryError",
    "Figure",
    "FiguresError",
    "GeomapError",
    "InputError",
    "OutputError",
    "Region",
    "UnknownRegionError",
    "__version__",
    "extract_files",
    "extract_text",
    "gazetteer",
    "load_figures",
]
