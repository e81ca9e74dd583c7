"""A snapshot is made once, checked where it is made, and carries what every writer needs."""

import datetime as dt

import pytest
import shapely

from geomap.boundaries import load_regions
from geomap.control import join, totals
from geomap.figures import Figure
from geomap.map_texts import texts
from geomap.snapshot import Atlas, series, snapshot, validate

from .conftest import SHAPES

DAY, LATER = dt.date(2025, 2, 18), dt.date(2025, 3, 1)


@pytest.fixture(scope="module")
def regions():
    return load_regions(SHAPES / "ukraine_regions.geojson")


def donetsk(day: dt.date, pct: float) -> Figure:
    return Figure(region_code="UA-14", region="Donetsk", as_of=day, controlled_pct=pct)


def test_a_snapshot_carries_its_totals_texts_and_anchors(regions):
    snap = snapshot([donetsk(DAY, 70.0)], regions, as_of=DAY)
    assert snap.as_of == DAY and snap.previous_as_of is None
    assert snap.figures == (donetsk(DAY, 70.0),)
    assert snap.totals == totals(snap.frame)
    assert snap.texts == texts(snap.frame, snap.totals)
    assert sorted(snap.anchors) == sorted(snap.frame["code"])
    by_code = snap.frame.set_index("code")
    for code, (lon, lat) in snap.anchors.items():
        assert by_code.loc[code, "geometry"].contains(shapely.Point(lon, lat)), code


def test_a_series_links_each_snapshot_to_the_one_before(regions):
    snaps = series({LATER: [donetsk(LATER, 72.0)], DAY: [donetsk(DAY, 70.0)]}, regions)
    assert [s.as_of for s in snaps] == [DAY, LATER]
    assert [s.previous_as_of for s in snaps] == [None, DAY]
    change = snaps[1].frame.set_index("code").loc["UA-14", "change_pp"]
    assert change == pytest.approx(2.0)
    atlas = Atlas(snaps)
    assert atlas.latest is snaps[1]
    assert atlas.history == {DAY: [donetsk(DAY, 70.0)], LATER: [donetsk(LATER, 72.0)]}


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda f: f.drop(columns="reported_on"), "missing column(s) reported_on"),
        (lambda f: f.iloc[[0, 0, *range(1, len(f))]], "more than one row for a region"),
        (lambda f: f.to_crs(3857), "must be in lon/lat"),
        (lambda f: f.assign(controlled_pct=120.0), "controlled_pct outside 0–100"),
        (lambda f: f.assign(as_of=[DAY] + [LATER] * (len(f) - 1)), "more than one date"),
    ],
)
def test_a_frame_that_is_not_a_control_map_is_refused(regions, spoil, message):
    frame = join([donetsk(DAY, 70.0)], regions, as_of=DAY)
    validate(frame)
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        validate(spoil(frame))


def test_shares_of_0_and_100_are_a_valid_control_map(regions):
    figures = [
        Figure(region_code="UA-14", region="Donetsk", as_of=DAY, controlled_pct=0.0),
        Figure(region_code="UA-09", region="Luhansk", as_of=DAY, controlled_pct=100.0),
    ]
    snap = snapshot(figures, regions, as_of=DAY)
    assert snap.frame.set_index("code").loc[["UA-14", "UA-09"], "controlled_pct"].tolist() == [
        0.0, 100.0,
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda f: f.drop(columns=["reported_on", "quote"]),
         "ControlMap: missing column(s) quote, reported_on"),
        (lambda f: f.iloc[[0, 0, *range(1, len(f))]], "ControlMap: more than one row for a region"),
        (lambda f: f.assign(controlled_pct=-1.0), "ControlMap: controlled_pct outside 0–100"),
        (lambda f: f.assign(controlled_pct=100.5), "ControlMap: controlled_pct outside 0–100"),
        (lambda f: f.assign(as_of=[DAY] + [LATER] * (len(f) - 1)),
         "ControlMap: rows of more than one date"),
    ],
)  # fmt: skip
def test_what_is_wrong_with_a_frame_is_said_exactly(regions, spoil, message):
    frame = join([donetsk(DAY, 70.0)], regions, as_of=DAY)
    with pytest.raises(ValueError) as info:
        validate(spoil(frame))
    assert str(info.value) == message


def test_the_baseline_is_the_snapshot_before_or_the_one_in_force_on_a_date():
    from geomap.snapshot import baseline

    jan, feb, mar = dt.date(2025, 1, 1), dt.date(2025, 2, 1), dt.date(2025, 3, 1)
    assert baseline([mar, jan, feb]) == feb
    assert baseline([jan]) is None
    assert baseline([jan, feb, mar], since=jan) == jan
    assert baseline([jan, feb, mar], since=dt.date(2025, 2, 20)) == feb  # in force then
    assert baseline([jan, feb, mar], since=dt.date(2024, 12, 31)) is None  # before the first
    assert baseline([jan, feb, mar], since=mar) is None  # the newest itself: nothing since


def test_a_series_compares_the_newest_with_the_figures_in_force_since(regions, caplog):
    early = DAY - dt.timedelta(days=30)
    history = {early: [donetsk(early, 60.0)], DAY: [donetsk(DAY, 70.0)],
               LATER: [donetsk(LATER, 72.0)]}  # fmt: skip
    snaps = series(history, regions, since=early + dt.timedelta(days=3))
    assert [s.previous_as_of for s in snaps] == [None, early, early]  # the others as before
    assert snaps[-1].frame.set_index("code").loc["UA-14", "change_pp"] == pytest.approx(12.0)
    before = series(history, regions, since=early - dt.timedelta(days=1))
    assert before[-1].previous_as_of is None
    assert "no snapshot to compare with" in caplog.text
