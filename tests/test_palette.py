"""The legend's colours stay apart for every reader: adjacent entries at least 10 ΔE (CAM02-UCS)
apart under normal vision and under simulated deuteranomaly, protanomaly and tritanomaly, and
"no reported figure" never close to any class, so an unknown share cannot pass for a small one."""

import itertools

import colorspacious
import numpy as np
import pytest

from geomap import style

VISIONS = [None, "deuteranomaly", "protanomaly", "tritanomaly"]


def _seen(colour: str, vision: str | None) -> np.ndarray:
    rgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    if vision:
        space = {"name": "sRGB1+CVD", "cvd_type": vision, "severity": 100}
        rgb = np.clip(colorspacious.cspace_convert(rgb, space, "sRGB1"), 0, 1)
    return colorspacious.cspace_convert(rgb, "sRGB1", "CAM02-UCS")


def delta_e(a: str, b: str, vision: str | None) -> float:
    return float(np.linalg.norm(_seen(a, vision) - _seen(b, vision)))


@pytest.mark.parametrize("vision", VISIONS)
def test_adjacent_legend_entries_stay_apart(vision):
    # The legend, darkest first, then "no reported figure".
    entries = [*reversed(style.PALETTE), style.NO_FIGURE]
    for a, b in itertools.pairwise(entries):
        assert delta_e(a, b, vision) >= 10, (a, b, vision)


@pytest.mark.parametrize("vision", VISIONS)
def test_no_figure_is_unlike_every_class(vision):
    for colour in style.PALETTE:
        assert delta_e(style.NO_FIGURE, colour, vision) >= 10, (colour, vision)


def test_the_measure_can_fail():
    # The old neutral, close to the lightest class: the test above would have caught it.
    assert min(delta_e("#f7f7f5", style.PALETTE[0], v) for v in VISIONS) < 10
