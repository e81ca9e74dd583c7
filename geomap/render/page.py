"""The page a static drawing is laid out on, and text wrapped to it as the renderer measures it.

A drawing is designed on a page of a given width in inches with type in points. At ``--size
report`` the page is that width and the PNG has ``--dpi`` pixels to the inch. A size in pixels
keeps the pixels exact and scales the type: the page is the design's width when that leaves its
smallest type at :data:`MIN_TEXT_PX` or more, else narrower (fewer inches to as many pixels, so
every point of type covers more of them), and the layout reflows to the narrower page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from geomap.sizes import size_pixels

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MIN_TEXT_PX = 9  # no text on a map of a size in pixels is smaller


@dataclass(frozen=True)
class Page:
    """A drawing's page: its width and height in inches (height None: as tall as the drawing's
    content needs) and the PNG's pixels to the inch."""

    width: float
    height: float | None
    dpi: float

    @property
    def fixed(self) -> bool:
        """The page has a height of its own, which the drawing fits within."""
        return self.height is not None


def page_for(size: str, *, width: float, smallest_pt: float, dpi: int) -> Page:
    """The page of a drawing designed ``width`` inches wide whose smallest type is
    ``smallest_pt`` points, at ``size`` (``report``: that width at ``dpi``)."""
    pixels = size_pixels(size)
    if pixels is None:
        return Page(width=width, height=None, dpi=dpi)
    px_wide, px_high = pixels
    ppi = max(px_wide / width, MIN_TEXT_PX * 72 / smallest_pt)
    # A hair over the exact inches, so that the pixels (inches × dpi, rounded down) are exact.
    return Page(width=(px_wide + 1e-6) / ppi, height=(px_high + 1e-6) / ppi, dpi=ppi)


def wrap(fig: Figure, text: str, width: float, *, size: float, weight: str = "normal") -> str:
    """``text`` broken into lines (at spaces; its own line breaks kept) that each fit ``width``
    inches in type of ``size`` points, as ``fig``'s renderer measures them in the font in use.
    A word longer than the width is a line of its own."""
    from matplotlib.font_manager import FontProperties

    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]  # an Agg canvas's
    font = FontProperties(size=size, weight=weight)
    limit = width * fig.dpi

    def fits(line: str) -> bool:
        w, _, _ = renderer.get_text_width_height_descent(line, font, ismath=False)
        return w <= limit

    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if line and not fits(candidate):
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return "\n".join(lines)


def line_height(size: float, spacing: float = 1.2) -> float:
    """The inches one line of ``size``-point type takes at a line spacing of ``spacing``."""
    return size * spacing / 72
