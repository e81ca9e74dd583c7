"""The map's words and classes (geomap.style): hedge signs, labels, footers, classes, areas."""

import datetime as dt

import pytest

from geomap import map_texts, style
from geomap.by_date import carry_forward
from geomap.figures import Figure

from .conftest import control_map

DAY = dt.date(2025, 2, 18)


@pytest.mark.parametrize(
    ("hedge", "sign"),
    [("about", "≈"), ("nearly", "<"), ("almost", "<"), ("over", ">"), ("more than", ">"),
     ("at least", "≥"), ("up to", "≤"), ("reportedly", "≈"), ("", ""),
     # "no more than" bounds the figure from above, whatever "more than" alone does
     ("no more than", "≤"), ("at most", "≤"), ("no less than", "≥"), ("north of", ">"),
     ("just shy of", "<"), ("more or less", "≈"), ("nearer", "≈"), ("in the region of", "≈"),
     ("getting on for", "<"), ("a shade over", ">")],
)  # fmt: skip
def test_each_hedge_has_its_sign_and_an_unknown_one_never_reads_as_exact(hedge, sign):
    assert style.hedge_sign(hedge) == sign
    assert style.share_text(70.0, hedge) == f"{sign}70%"


def test_the_footer_explains_crimea_and_names_only_carried_figures(regions):
    from geomap.control import totals

    old = dt.date(2025, 1, 1)
    figures = [
        Figure(
            region_code="UA-43",
            region="Crimea",
            as_of=DAY,
            controlled_pct=100.0,
            basis="inferred",
            claimed=True,
        ),
        Figure(
            region_code="UA-40",
            region="Sevastopol",
            as_of=DAY,
            controlled_pct=100.0,
            basis="inferred",
            claimed=True,
        ),
        Figure(
            region_code="UA-14",
            region="Donetsk",
            as_of=DAY,
            controlled_pct=70.0,
            document="new.txt",
        ),
        Figure(
            region_code="UA-65",
            region="Kherson",
            as_of=old,
            controlled_pct=75.0,
            document="old.txt",
        ),
    ]
    control = control_map(regions, figures)
    words = map_texts.texts(control, totals(control))
    assert words.inferred_note == (
        "* inferred, not reported: Crimea, Sevastopol (held by Russia since it annexed Crimea "
        "in 2014)"
    )
    assert words.earlier_note == (
        "Not in the latest report, shown with their last reported figure: Kherson (2025-01-01)"
    )
    assert "Donetsk" not in words.earlier_note


def test_a_range_is_labelled_as_given_and_footnoted(regions):
    from geomap.control import totals

    control = control_map(regions, [Figure(region_code="UA-14", region="Donetsk", as_of=DAY, controlled_pct=84.0, qualifier="about",
                                        pct_range=(83.0, 85.0))])  # fmt: skip
    row = next(r for r in control.itertuples() if r.code == "UA-14")
    assert style.label(row) == "Donetsk\n≈83–85%"
    words = map_texts.texts(control, totals(control))
    assert words.range_note == "Ranges are mapped at their middle: Donetsk 83–85% as 84%"
    assert words.range_note in words.notes


@pytest.mark.parametrize(
    ("change", "since", "text"),
    [
        (5.0, DAY, "+5 pp since 2025-02-18"),
        (-3.46, DAY, "−3.5 pp since 2025-02-18"),
        (0.04, DAY, ""),
        (0.4, DAY, "+0.4 pp since 2025-02-18"),
        (0.6, DAY, "+0.6 pp since 2025-02-18"),
        (-0.6, DAY, "−0.6 pp since 2025-02-18"),
        (float("nan"), DAY, ""),
        (None, DAY, ""),
        (5.0, None, ""),
    ],
)
def test_a_change_says_how_much_and_since_when(change, since, text):
    assert style.change_text(change, since) == text


def test_a_unit_each_side_holds_with_no_share_given(regions):
    from geomap.control import totals

    figures = [
        Figure(region_code="UA-09", region="Luhansk", as_of=DAY, held=True),
        Figure(region_code="UA-63", region="Kharkiv", as_of=DAY, defender_held=True),
        # a share of the controlling side's is drawn, not the other side's statement
        Figure(region_code="UA-59", region="Sumy", as_of=DAY, controlled_pct=5.0,
               defender_held=True),
    ]  # fmt: skip
    control = control_map(regions, figures)
    rows = {r.code: r for r in control.itertuples()}
    assert [style.row_fill(rows[c]) for c in ("UA-09", "UA-63", "UA-59", "UA-46")] == [
        style.HELD, style.DEFENDED, style.PALETTE[0], style.NO_FIGURE
    ]  # fmt: skip
    assert (style.label(rows["UA-09"]), style.label(rows["UA-63"])) == (
        "Luhansk\n(Russian)",
        "Kharkiv\n(Ukrainian)",
    )
    assert style.holder_classes({style.DEFENDED, style.PALETTE[0]}) == [
        (style.DEFENDED, "held by Ukraine, no share given")
    ]
    assert (bool(rows["UA-63"].defended), bool(rows["UA-59"].defended)) == (True, False)
    assert totals(control)["controlled_km2"] == pytest.approx(0.05 * rows["UA-59"].area_km2)


def test_a_label_with_its_change_and_a_claim_without_a_share(regions):
    previous = (
        dt.date(2025, 1, 1),
        [
            Figure(
                region_code="UA-65",
                region="Kherson",
                as_of=dt.date(2025, 1, 1),
                controlled_pct=70.0,
            )
        ],
    )
    control = control_map(
        regions,
        [Figure(region_code="UA-65", region="Kherson", as_of=DAY, controlled_pct=75.0, qualifier="about"), Figure(region_code="UA-23", region="Zaporizhzhia", as_of=DAY,
                                                                controlled_pct=None, claimed=True)],
        previous=previous,
    )  # fmt: skip
    rows = {r.code: r for r in control.itertuples()}
    assert style.label(rows["UA-65"]) == "Kherson\n≈75%\n(+5 pp)"
    # The footer says since when: the date the earlier figure was reported.
    from geomap.control import totals

    assert map_texts.texts(control, totals(control)).change_note == (
        "(±pp): change since the region's previous figure, of 1 January 2025"
    )
    assert style.label(rows["UA-23"]) == "Zaporizhzhia\n(claimed)"
    assert style.label(rows["UA-46"]) == ""


def test_the_footer_names_who_gave_the_figures(regions):
    from geomap.control import totals

    figures = [
        Figure(
            region_code="UA-14",
            region="Donetsk",
            as_of=DAY,
            controlled_pct=70.0,
            source="ISW",
            document="a.txt",
        ),
        Figure(
            region_code="UA-09",
            region="Luhansk",
            as_of=DAY,
            controlled_pct=99.0,
            source="ISW",
            document="b.txt",
        ),
        Figure(
            region_code="UA-65",
            region="Kherson",
            as_of=DAY,
            controlled_pct=75.0,
            source="c.txt",
            document="c.txt",
        ),
    ]
    control = control_map(regions, figures)
    words = map_texts.texts(control, totals(control))
    assert words.source == (
        "Figures: ISW, as reported in “b.txt” and “a.txt”; “c.txt” (unattributed)"
    )
    assert words.title == "Ukraine: territory Russia claims and territory it controls"
    assert (
        words.subtitle
        == "Share of each region under Russian control, figures as of 18 February 2025"
    )
    assert words.earlier_note == "" and words.inferred_note == "" and words.range_note == ""
    none = control_map(
        regions,
        [
            Figure(
                region_code="UA-65", region="Kherson", as_of=DAY, controlled_pct=None, claimed=True
            )
        ],
    )
    assert map_texts.texts(none, totals(none)).source == "Figures: none reported"


@pytest.mark.parametrize(
    ("pct", "index"),
    [(0.0, 0), (12.4, 0), (12.5, 1), (37.4, 1), (37.5, 2), (62.4, 2), (62.5, 3), (87.4, 3),
     (87.5, 4), (100.0, 4), (None, None), (float("nan"), None)],
)  # fmt: skip
def test_each_share_falls_in_its_class(pct, index):
    assert style.class_index(pct) == index
    assert style.fill(pct) == (style.NO_FIGURE if index is None else style.PALETTE[index])


@pytest.mark.parametrize(
    ("pct", "qualifier", "cls"),
    [
        (75, "", 3), (75, "about", 3), (75, "over", 3), (75, "at least", 3),
        (75, "nearly", 2), (75, "almost", 2), (75, "under", 2), (75, "up to", 2),
        (74, "", 2), (95, "nearly", 3), (25, "less than", 0), (100, "nearly", 4), (0, "", 0),
    ],
)  # fmt: skip
def test_a_hedged_share_is_classed_by_what_the_hedge_says(pct, qualifier, cls):
    from geomap import style

    # Breaks on common figures (the default ones sit between them), where the hedge decides.
    with style.using(style.Look(breaks=(0, 25, 50, 75, 95, 100))):
        assert style.class_index(pct, qualifier) == cls
        assert style.fill(pct, qualifier) == style.PALETTE[cls]


def test_the_label_and_the_fill_agree_on_the_map():
    from geomap.boundaries import load_regions
    from geomap.render import scene
    from geomap.snapshot import snapshot
    from geomap.style import PALETTE, Look, using

    day = dt.date(2025, 9, 1)
    nearly = Figure(region_code="UA-14", region="Donetsk", as_of=day, controlled_pct=75.0,
                    qualifier="nearly")  # fmt: skip
    with using(Look(breaks=(0, 25, 50, 75, 95, 100))):
        report = scene.report(snapshot([nearly], load_regions(), as_of=day))
    donetsk = next(r for r in report.regions if r.code == "UA-14")
    assert donetsk.label == "Donetsk\n<75%" and donetsk.fill == PALETTE[2]  # 50 to under 75


@pytest.mark.parametrize(
    ("value", "area", "pct", "qualifier", "label", "text"),
    [
        (21345.75, 28461, 75, "roughly", "", "about 21,000 km²"),
        (266.8, 26684, 99, "about", "", "about 270 km²"),
        (18561.9, 26517, 70, "", "", "about 18,600 km²"),
        (17687.0, 26517, 66.7, "", "66.7", "about 17,690 km²"),
        (22341.0, 26517, 84, "", "83–85", "about 22,000 km²"),
        (26081.0, 26081, 100, "", "", "26,081 km²"),
        (0.0, 26684, 0, "", "", "0 km²"),
        (float("nan"), 26684, float("nan"), "", "", "unknown"),
        # half a point of 2,000 km² is 10 km²: rounded to tens
        (1003.0, 2000, 50, "", "", "about 1,000 km²"),
    ],
)
def test_km2_are_rounded_to_what_the_share_supports(value, area, pct, qualifier, label, text):
    from geomap.style import area_text

    assert area_text(value, area, pct, qualifier, label) == text


def test_the_small_maps_carry_the_shares_so_a_change_within_a_class_shows():
    from geomap.boundaries import load_regions
    from geomap.render import scene
    from geomap.snapshot import series

    first, second = dt.date(2025, 2, 18), dt.date(2025, 3, 1)
    history = carry_forward({
        day: [Figure(region_code="UA-65", region="Kherson", as_of=day, controlled_pct=pct)]
        for day, pct in ((first, 75.0), (second, 80.0))
    })  # fmt: skip
    panels = scene.history(series(history, load_regions())).panels
    assert panels[0].fills == panels[1].fills  # one class: the fill alone would not show it
    assert [text for _, _, text in panels[0].labels] == ["75%"]
    assert [text for _, _, text in panels[1].labels] == ["80%"]


def test_a_font_must_be_a_plain_name_installed_here():
    from geomap.style import Look

    assert Look(font="DejaVu Serif").problem() is None
    name, what = Look(font="Nope Sans 123").problem()
    assert name == "font" and what.startswith("'Nope Sans 123' is not installed here")
    name, what = Look(font="x'; } body { color: red").problem()
    assert name == "font" and "is not a font's name" in what


def test_the_maps_are_drawn_in_the_font_set(tmp_path):
    import datetime as dt

    from geomap.render import chart
    from geomap.render.jobs import _draw_timeline

    may = dt.date(2025, 5, 1)
    line = chart.Line(code="UA-09", name="Luhansk", dates=(may,), measured=(98.0,), marks=())
    timeline = chart.Timeline(lines=(line,), title="T", notes=("Credit",), span=(may,))
    serif, plain = style.Look(font="DejaVu Serif"), style.Look()
    _draw_timeline(timeline, [("svg", tmp_path / "serif.svg")], 50, serif)
    _draw_timeline(timeline, [("svg", tmp_path / "plain.svg")], 50, plain)
    assert "font-family: 'DejaVu Serif'" in (tmp_path / "serif.svg").read_text(encoding="utf-8")
    assert "DejaVu Serif" not in (tmp_path / "plain.svg").read_text(encoding="utf-8")


def test_the_legends_scale_only_where_a_share_is_drawn():
    classes = style.legend_classes()
    assert style.drawn_classes({classes[2][0], style.NO_FIGURE}) == classes
    assert style.drawn_classes({style.HELD, style.NO_FIGURE}) == []  # statements alone
    assert style.drawn_classes(set()) == classes  # nothing known of what is drawn: all
