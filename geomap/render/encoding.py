"""The HTML map's shapes as compact strings: each ring's coordinates on a grid, as differences
from point to point written in base64 VLQ digits (as source maps write numbers), about half the
bytes of lists of integers; and a control layer's ground within a budget of bytes."""

from __future__ import annotations

import numpy as np
import shapely

# Coordinates are rounded to 1e-4° (about 10 m): finer digits only add bytes.
GRID_DEG = 1e-4


def encode_geometry(geometry, grid: float = GRID_DEG) -> list:
    """A (multi)polygon as compact JSON: per polygon, per ring, a string (:func:`encode_ring`).

    The closing point of each ring is left out. Decoded in the page, this gives back the
    coordinates rounded to ``grid`` degrees exactly, in about a quarter of GeoJSON's bytes.
    """
    return [
        [encode_ring(shapely.get_coordinates(ring)[:-1], grid)
         for ring in (polygon.exterior, *polygon.interiors)]
        for polygon in getattr(geometry, "geoms", [geometry])
    ]  # fmt: skip


# Base64 digits, as source maps write their numbers ("Base64 VLQ"): no character that JSON,
# HTML or folium's second reading of a script as a Jinja template would treat specially.
_VLQ_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def encode_ring(coords: np.ndarray, grid: float = GRID_DEG) -> str:
    """Points (lon, lat) as one string: in units of ``grid`` degrees, the first point absolute
    and every later one the difference from the point before, each number written as source
    maps write theirs (Base64 VLQ: the sign in the lowest bit, then five bits to a base64
    digit, lowest first, with 32 added to every digit but a number's last)."""
    units = (np.asarray(coords) / grid).round().astype("int64")
    deltas = units.copy()
    deltas[1:] -= units[:-1]
    chars = []
    for value in deltas.ravel().tolist():
        value = (-value << 1) | 1 if value < 0 else value << 1
        while value >= 0x20:
            chars.append(_VLQ_DIGITS[0x20 | (value & 0x1F)])
            value >>= 5
        chars.append(_VLQ_DIGITS[value])
    return "".join(chars)


def encode_lines(geometry, grid: float = GRID_DEG) -> list:
    """Lines as compact JSON: per line, a string (see :func:`encode_ring`)."""
    return [
        encode_ring(shapely.get_coordinates(line), grid)
        for line in shapely.get_parts(shapely.line_merge(geometry))
        if not line.is_empty and line.geom_type == "LineString"
    ]


def polygons_of(geometry) -> list:
    parts = [p for p in shapely.get_parts(geometry) if p.geom_type == "Polygon" and not p.is_empty]
    return encode_geometry(shapely.MultiPolygon(parts)) if parts else []
