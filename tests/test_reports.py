"""CHANGES.md (geomap.reports): what changed between the last two snapshots, and since when."""

import datetime as dt

from geomap.by_date import carry_forward
from geomap.figures import Figure
from geomap.reports import changes_markdown


def test_changes_compare_the_last_two_snapshots():
    days = [dt.date(2025, 1, 1), dt.date(2025, 2, 1), dt.date(2025, 3, 1)]
    history = carry_forward(
        {
            d: [Figure(region_code="UA-14", region="Donetsk", as_of=d, controlled_pct=pct)]
            for d, pct in zip(days, (60.0, 70.0, 75.0), strict=True)
        }
    )
    text = changes_markdown(history)
    assert text.startswith("# Changes from 2025-02-01 to 2025-03-01\n")
    assert "| Donetsk (UA-14) | 70% | 75% |" in text
    assert "60%" not in text


def test_changes_in_full():
    first, second = dt.date(2025, 1, 1), dt.date(2025, 2, 1)
    assert changes_markdown(
        {first: [Figure(region_code="UA-14", region="Donetsk", as_of=first, controlled_pct=60.0)]}
    ) == ("# Changes\n\nOnly one snapshot of figures (2025-01-01): nothing to compare yet.\n")
    history = carry_forward(
        {
            first: [
                Figure(region_code="UA-14", region="Donetsk", as_of=first, controlled_pct=60.0),
                Figure(region_code="UA-09", region="Luhansk", as_of=first, controlled_pct=99.0),
            ],
            second: [
                Figure(
                    region_code="UA-14",
                    region="Donetsk",
                    as_of=second,
                    controlled_pct=70.0,
                    qualifier="about",
                    claimed=True,
                    source="ISW",
                    quote="q|x",
                ),
                Figure(
                    region_code="UA-65",
                    region="Kherson",
                    as_of=second,
                    controlled_pct=None,
                    claimed=True,
                    quote="claimed",
                ),
            ],
        }
    )
    assert changes_markdown(history) == (
        "# Changes from 2025-01-01 to 2025-02-01\n"
        "\n"
        "| region | 2025-01-01 | 2025-02-01 | source |\n"
        "| --- | --- | --- | --- |\n"
        "| Donetsk (UA-14) | 60% | ≈70%, claimed | ISW: “q\\|x” |\n"
        "| Kherson (UA-65) | no figure | no share, claimed | “claimed” |\n"
    )
    same = {first: history[second], second: history[second]}
    assert changes_markdown(same) == (
        "# Changes from 2025-01-01 to 2025-02-01\n\nNo region's figure changed.\n"
    )


def test_changes_name_a_figure_that_is_gone_an_inferred_one_and_a_range():
    first, second = dt.date(2025, 1, 1), dt.date(2025, 2, 1)
    history = {
        first: [
            Figure(region_code="UA-09", region="Luhansk", as_of=first, controlled_pct=99.0,
                   source="ISW", quote="q"),
        ],
        second: [
            Figure(region_code="UA-43", region="Crimea", as_of=second, controlled_pct=100.0,
                   basis="inferred", claimed=True),
            Figure(region_code="UA-14", region="Donetsk", as_of=second, controlled_pct=84.0,
                   pct_range=(83.0, 85.0)),
        ],
    }  # fmt: skip
    assert changes_markdown(history).splitlines()[4:] == [
        "| Luhansk (UA-09) | 99% | no figure |  |",
        "| Donetsk (UA-14) | no figure | 83–85% |  |",
        "| Crimea (UA-43) | no figure | 100%*, claimed |  |",
    ]


def test_changes_show_input_text_as_typed():
    first, second = dt.date(2025, 1, 1), dt.date(2025, 2, 1)
    history = {
        first: [Figure(region_code="UA-14", region="Donetsk", as_of=first, controlled_pct=60.0)],
        second: [
            Figure(region_code="UA-14", region="Donetsk", as_of=second, controlled_pct=70.0,
                   source="<b>ISW</b> & co", quote="<img src=x onerror=alert(1)>"),
        ],
    }  # fmt: skip
    assert changes_markdown(history).splitlines()[-1] == (
        "| Donetsk (UA-14) | 60% | 70% | &lt;b&gt;ISW&lt;/b&gt; &amp; co: "
        "“&lt;img src=x onerror=alert(1)&gt;” |"
    )


def test_a_change_is_measured_from_the_date_the_earlier_figure_was_reported(tmp_path):
    from geomap.boundaries import load_regions
    from geomap.by_date import carry_forward
    from geomap.reports import changes_markdown
    from geomap.snapshot import series
    from geomap.style import label

    first, second, third = dt.date(2025, 2, 18), dt.date(2025, 6, 1), dt.date(2025, 9, 1)
    history = carry_forward({
        first: [Figure(region_code="UA-14", region="Donetsk", as_of=first, controlled_pct=70.0)],
        second: [Figure(region_code="UA-65", region="Kherson", as_of=second, controlled_pct=75.0)],
        third: [Figure(region_code="UA-14", region="Donetsk", as_of=third, controlled_pct=75.0,
                       qualifier="nearly")],
    })  # fmt: skip
    snaps = series(history, load_regions())
    donetsk = next(snaps[-1].frame[snaps[-1].frame.code == "UA-14"].itertuples())
    assert label(donetsk) == "Donetsk\n<75%\n(+5 pp)"
    # Since the date the 70% was reported, not the snapshot it was carried into.
    assert snaps[-1].texts.change_note == (
        "(±pp): change since the region's previous figure, of 18 February 2025"
    )
    # In the second snapshot Donetsk's figure is carried forward: no change is shown.
    carried = next(snaps[1].frame[snaps[1].frame.code == "UA-14"].itertuples())
    assert label(carried) == "Donetsk\n70%"
    text = changes_markdown(history)
    assert "| Donetsk (UA-14) | 70% (reported 2025-02-18) | &lt;75% |" in text


def test_the_maps_description_says_what_it_shows():
    from geomap.boundaries import load_regions
    from geomap.extract import extract_files
    from geomap.reports import alt_text
    from geomap.snapshot import snapshot

    from .conftest import SEED, SHAPES

    snap = snapshot(extract_files([SEED]), load_regions(SHAPES / "ukraine_regions.geojson"),
                    as_of=dt.date(2025, 2, 18))  # fmt: skip
    text = alt_text(snap)
    assert text.startswith("Map: Ukraine: territory Russia claims and territory it controls.")
    assert "18 February 2025" in text
    assert ("Largest shares under Russian control: Crimea 100% (inferred), Sevastopol 100% "
            "(inferred), Luhansk ≈99%") in text  # fmt: skip
    assert "21 regions have no reported figure." in text
    assert "OpenStreetMap contributors (ODbL)" in text and text.endswith(".\n")


def test_changes_since_a_date_compare_with_the_figures_in_force_then():
    days = [dt.date(2025, 1, 1), dt.date(2025, 2, 1), dt.date(2025, 3, 1)]
    history = carry_forward(
        {
            d: [Figure(region_code="UA-14", region="Donetsk", as_of=d, controlled_pct=pct)]
            for d, pct in zip(days, (60.0, 70.0, 75.0), strict=True)
        }
    )
    text = changes_markdown(history, dt.date(2025, 1, 15))
    assert text.startswith(
        "# Changes from 2025-01-01 to 2025-03-01 (the figures in force on 2025-01-15)\n"
    )
    assert "| Donetsk (UA-14) | 60% | 75% |" in text
    early = changes_markdown(history, dt.date(2024, 12, 1))
    assert "no snapshot to compare with on 2024-12-01" in early


def test_changes_say_where_two_figures_show_no_clear_change():
    first, second = dt.date(2025, 1, 1), dt.date(2025, 2, 1)
    history = {
        first: [Figure(region_code="UA-65", region="Kherson", as_of=first, controlled_pct=75.0,
                       qualifier="roughly")],
        second: [Figure(region_code="UA-65", region="Kherson", as_of=second, controlled_pct=73.0,
                        qualifier="about")],
    }  # fmt: skip
    text = changes_markdown(history)
    assert (
        "| Kherson (UA-65) | ≈75% | ≈73%; no clear change: what both figures' hedges allow "
        "overlaps |" in text
    )
