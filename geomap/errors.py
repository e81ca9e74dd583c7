"""Typed errors raised by the geomap library.

Library code raises these; only :mod:`geomap.cli` turns them into messages and exit codes.
"""

from __future__ import annotations


class GeomapError(Exception):
    """Base class for every error geomap raises on purpose."""


class InputError(GeomapError):
    """Bad input from the user: a file, a field, an option. The CLI exits with code 2."""

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None) -> None:
        self.where = where
        self.hint = hint
        text = f"{where}: {message}" if where else message
        if hint:
            text = f"{text}; {hint}"
        super().__init__(text)


class UnknownRegionError(InputError):
    """A region name or code that the gazetteer does not know."""


class FiguresError(InputError):
    """A figures file that does not validate."""


class BoundaryError(InputError):
    """Boundary shapes that cannot be read or joined to the regions."""


class OutputError(GeomapError):
    """An output that cannot be written (not the input's fault). The CLI exits with code 1."""
