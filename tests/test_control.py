import datetime as dt
import logging
import math
import re

import pytest

from geomap.control import join, statistics, totals
from geomap.extract import extract_files
from geomap.figures import Figure
from geomap.snapshot import snapshot

from .conftest import SEED

DAY = dt.date(2025, 2, 18)


def test_seed_statistics(regions):
    control = join(extract_files([SEED]), regions, as_of=DAY)
    assert len(control) == 27
    t = totals(control)
    assert t["claimed_not_controlled_km2"] == pytest.approx(22_133, abs=1)
    by_code = control.set_index("code")
    assert by_code.loc["UA-14", "controlled_km2"] == pytest.approx(26_517 * 0.7)
    assert by_code.loc["UA-14", "claimed_not_controlled_km2"] == pytest.approx(26_517 * 0.3)
    assert by_code.loc["UA-43", "claimed_not_controlled_km2"] == 0
    # No figure is not 0%: the controlled area of Lviv is unknown.
    assert math.isnan(by_code.loc["UA-46", "controlled_pct"])
    assert math.isnan(by_code.loc["UA-46", "controlled_km2"])


def test_statistics_rows(regions):
    rows = statistics(snapshot(extract_files([SEED]), regions, as_of=DAY))
    assert len(rows) == 28
    assert rows[-1] == {
        "as_of": "2025-02-18", "region_code": "UA", "region": "Ukraine",
        "controlled_pct": "18.8", "qualifier": "", "claimed": "", "basis": "sum", "reported_on": "",
        "area_km2": "603543.0", "controlled_km2": "113657.1",
        "claimed_not_controlled_km2": "22132.9", "measured_pct": "", "measured_km2": "",
        "measured_on": "", "grey_km2": "", "difference_pp": "", "agreement": "", "held": "",
        "defended": "",
    }  # fmt: skip
    luhansk = next(r for r in rows if r["region_code"] == "UA-09")
    assert luhansk == {
        "as_of": "2025-02-18", "region_code": "UA-09", "region": "Luhansk",
        "controlled_pct": "99", "qualifier": "about", "claimed": "true", "basis": "reported",
        "reported_on": "2025-02-18",
        "area_km2": "26684.0", "controlled_km2": "26417.2", "claimed_not_controlled_km2": "266.8",
        "measured_pct": "", "measured_km2": "", "measured_on": "", "grey_km2": "", "difference_pp": "",
        "agreement": "", "held": "", "defended": "",
    }  # fmt: skip


def test_the_shipped_shapes_lie_close_to_the_official_areas(regions, caplog):
    join(
        [Figure(region_code="UA-09", region="Luhansk", as_of=DAY, controlled_pct=99.0)],
        regions,
        as_of=DAY,
    )
    assert "shape area" not in caplog.text


def test_shapes_far_from_the_official_area_are_reported(regions, caplog):
    from shapely import affinity

    grown = regions.copy()
    kyiv = grown.code == "UA-30"
    # Twice as wide and as tall: four times the official area.
    grown.loc[kyiv, "geometry"] = grown.geometry[kyiv].apply(affinity.scale, xfact=2, yfact=2)
    join([], grown, as_of=DAY)
    assert "UA-30 Kyiv City: shape area" in caplog.text
    line = caplog.text.split("UA-30")[1].splitlines()[0]
    assert int(re.search(r"by \+(\d+)%", line).group(1)) > 200  # about +300%
    assert "UA-14" not in caplog.text


def test_the_country_total_is_a_percentage(regions):
    from geomap.control import join, totals

    figures = [
        Figure(region_code="UA-09", region="Luhansk", as_of=DAY, controlled_pct=100.0),
        Figure(region_code="UA-14", region="Donetsk", as_of=DAY, controlled_pct=50.0),
    ]
    total = totals(join(figures, regions, as_of=DAY))
    expected = 100 * (26_684 + 26_517 / 2) / total["area_km2"]
    assert total["controlled_pct"] == pytest.approx(expected)
    assert 5 < total["controlled_pct"] < 10


def test_a_claim_without_a_share_is_not_zero_percent(regions, caplog):
    from geomap.control import statistics, totals
    from geomap.snapshot import snapshot

    figures = [
        Figure(
            region_code="UA-23", region="Zaporizhzhia", as_of=DAY, controlled_pct=None, claimed=True
        )
    ]
    snap = snapshot(figures, regions, as_of=DAY)
    control = snap.frame
    row = next(r for r in statistics(snap) if r["region_code"] == "UA-23")
    assert (row["controlled_pct"], row["controlled_km2"], row["claimed_not_controlled_km2"]) == (
        "",
        "",
        "",
    )
    assert totals(control)["claimed_not_controlled_km2"] == 0
    assert "UA-23 Zaporizhzhia: claimed, but no controlled share is known" in caplog.text


def test_a_shape_far_too_small_is_reported(regions, caplog):
    from shapely import affinity

    from geomap.control import with_shape_areas

    shrunk = regions.copy()
    i = shrunk.index[shrunk["code"] == "UA-14"][0]
    shrunk.loc[i, "geometry"] = affinity.scale(shrunk.loc[i, "geometry"], 0.9, 0.9)
    with caplog.at_level(logging.WARNING):
        with_shape_areas(shrunk)
    assert "UA-14 Donetsk: shape area" in caplog.text
    assert "by -19%" in caplog.text


@pytest.mark.parametrize(
    ("before", "after", "change"),
    [
        ((75, "roughly"), (73, "about"), None),  # what both hedges allow overlaps: no change
        ((70, ""), (72, ""), 2),  # exact figures: a change
        ((70, "about"), (75, "about"), 5),  # "about" rounds to fives: a change of one step
        ((70, ""), (75, "nearly"), 5),
        ((80, "over"), (81, "over"), None),
    ],
)
def test_a_change_is_only_what_the_hedges_cannot_both_allow(regions, before, after, change):
    day1, day2 = dt.date(2025, 1, 1), dt.date(2025, 2, 1)

    def figure(day, pct, hedge):
        return Figure(region_code="UA-65", region="Kherson", as_of=day, controlled_pct=pct,
                      qualifier=hedge)  # fmt: skip

    frame = join([figure(day2, *after)], regions, as_of=day2,
                 previous=(day1, [figure(day1, *before)]))  # fmt: skip
    row = frame.set_index("code").loc["UA-65"]
    assert (None if math.isnan(row["change_pp"]) else row["change_pp"]) == change
    # No clear change where the figures differ within what their hedges allow: the earlier one
    # is kept, for the tooltip to say both and why.
    unclear = {((75, "roughly"), (73, "about")): "≈75% on 2025-01-01",
               ((80, "over"), (81, "over")): ">80% on 2025-01-01"}  # fmt: skip
    assert row["unclear_change"] == unclear.get((before, after), "")
    if row["unclear_change"]:
        from html import escape

        from geomap.render.markup import tooltip_html

        tip = tooltip_html(next(frame[frame["code"] == "UA-65"].itertuples()))
        assert f"No clear change: {escape(row['unclear_change'])} before;" in tip
