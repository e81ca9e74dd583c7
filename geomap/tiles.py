"""Web basemaps by xyzservices provider name, for users who want tiles under the HTML map."""

from __future__ import annotations

import difflib

from geomap.errors import InputError


def tile_provider(name: str):
    """The xyzservices ``TileProvider`` called ``name`` (e.g. "OpenStreetMap.Mapnik").

    Raises
    ------
    InputError
        For an unknown name, suggesting the closest known ones.
    """
    import xyzservices

    try:
        return xyzservices.providers.query_name(name)
    except ValueError as exc:
        names = list(xyzservices.providers.flatten())
        close = difflib.get_close_matches(name, names, n=3)
        hint = "did you mean " + " or ".join(close) + "?" if close else "e.g. OpenStreetMap.Mapnik"
        raise InputError(f"unknown tile provider {name!r}", where="--tiles", hint=hint) from exc
