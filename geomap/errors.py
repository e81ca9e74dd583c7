"""Typed errors raised by the geomap library.

Library code raises these; only :mod:`geomap.cli` turns them into messages and exit codes.
Callers can catch them by kind: an :class:`InputError` is also a ``ValueError``, an
:class:`OutputError` also an ``OSError``; both say where the problem is and how to fix it.
"""

from __future__ import annotations

import re

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")


def printable(text: str) -> str:
    """``text`` with its control characters written as escapes ("a\\nb.txt"): a file name
    holding a line break or an escape sequence shows as what it is, on one line."""
    return _CONTROL_RE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class GeomapError(Exception):
    """Base class for every error geomap raises on purpose."""

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None) -> None:
        self.message = message
        self.where = where
        self.hint = hint
        text = f"{where}: {message}" if where else message
        if hint:
            text = f"{text}; {hint}"
        super().__init__(text)

    def __str__(self) -> str:
        return self.args[0] if self.args else ""

    def __reduce__(self):
        # Pickled whole (type and fields), so that an error raised in the worker process is
        # raised again as itself in the parent.
        return (_rebuild, (type(self), self.message, self.where, self.hint))


def _rebuild(cls: type[GeomapError], message: str, where: str | None, hint: str | None):
    return cls(message, where=where, hint=hint)


class InputError(GeomapError, ValueError):
    """Bad input from the user: a file, a field, an option. The CLI exits with code 2."""


class UnknownRegionError(InputError):
    """A region name or code that the gazetteer does not know."""


class FiguresError(InputError):
    """A figures file that does not validate."""


class BoundaryError(InputError):
    """Boundary shapes that cannot be read or joined to the regions."""


class OutputError(GeomapError, OSError):
    """An output that cannot be written (not the input's fault). The CLI exits with code 1."""


class MissingDependencyError(GeomapError, ImportError):
    """A package geomap needs for one kind of input is not installed: the environment's fault,
    not the input's. The CLI exits with code 1."""
