"""geomap: maps of territory Russia claims versus controls in Ukraine, built from news figures."""

from importlib.metadata import version

from geomap.errors import (
    BoundaryError,
    FiguresError,
    GeomapError,
    InputError,
    OutputError,
    UnknownRegionError,
)
from geomap.extract import extract_files, extract_text
from geomap.figures import Figure, load_figures
from geomap.regions import Region, gazetteer

__version__ = version("geomap")
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
