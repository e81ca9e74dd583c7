"""The sizes of the static maps: ``report``, a preset in pixels, or WIDTHxHEIGHT pixels."""

from __future__ import annotations

import re

# The static maps' sizes: "report" (11 inches wide at --dpi, as tall as their text needs), a
# preset in pixels, or WIDTHxHEIGHT pixels.
SIZES = {"social": (1200, 675), "square": (1080, 1080)}
SIZE_PX = (320, 8000)  # the least and the most pixels a side of WIDTHxHEIGHT may have


def size_pixels(size: str) -> tuple[int, int] | None:
    """The pixels of a static map's ``size`` (width, height); None for "report", whose pixels
    follow --dpi. Raises ValueError, saying why, for a size that is none of these."""
    if size == "report":
        return None
    if size in SIZES:
        return SIZES[size]
    match = re.fullmatch(r"(\d{1,5})[x×](\d{1,5})", size.strip().lower())
    if not match:
        raise ValueError(
            f"{size!r} is not report, {', '.join(SIZES)} or WIDTHxHEIGHT in pixels (1200x675)"
        )
    width, height = int(match.group(1)), int(match.group(2))
    low, high = SIZE_PX
    if not (low <= width <= high and low <= height <= high):
        raise ValueError(f"{size!r}: each side from {low} to {high} pixels")
    return width, height
