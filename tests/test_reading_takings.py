"""Takings and who they leave holding what. A whole taking of an earlier date said as its object
("took full control of X in March", "seized all of X in 2024"): its outcome lasts, so the unit is
held by the side that took it, but its share on the text's date is not given; a share taken
before the total it brought a side to ("captured 2% of X, bringing its total to 79%"): a gain,
the total held; a share taken "in a week" (a gain) or "within days of the invasion" (then,
not now); a unit lost "to" a side ("Having lost X to the army, the RSF ..."); a relative
clause in the past perfect ("X, which the army had seized in May"), before the statement it is
on; a relative clause on a unit entered ("pushed into X, which it recaptured"). And clauses of
each side: joined by "and" ("The RSF controls A and the army took B"), each side's own, not both
sides as one subject; leaving out the verb before ("The RSF holds A; the army, B", "A is held by
the RSF and B by the army"); first words sharing the rest of a name before a passive ("Central
and East Darfur are under RSF control"). In Ukraine's profile, Sudan's and the made-up
Testland's.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_reading_structure import controlled, defended, defender_held, held


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("The army took control of all of Khartoum State in March.", set(), {"SD-KH"}),
        ("The army regained full control of Khartoum State in March, officials said.", set(),
         {"SD-KH"}),
        ("In January 2024, the RSF seized all of West Kordofan.", {"SD-GK"}, set()),
        ("The paramilitaries took the whole of East Darfur in late 2023.", {"SD-DE"}, set()),
        ("The RSF overran all of Gezira in December 2023.", {"SD-GZ"}, set()),
        # a name the profile reads alone as a city's: the capital, not its state
        ("The army retook all of Khartoum in March.", set(), set()),
    ],
)  # fmt: skip
def test_a_whole_taking_of_an_earlier_date_is_held_with_no_share(sudan, text, ours, theirs):
    assert (controlled(text), defended(text)) == ({}, {})
    assert (held(text), defender_held(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # of the text's date, or undated: all of it, a share of 100%
        ("The army has regained full control of Khartoum State.", ({"SD-KH": 0}, set())),
        ("The RSF seized all of West Kordofan.", ({"SD-GK": 100}, set())),
        # a later figure says what is held today
        ("The RSF seized all of West Kordofan in 2024. Today it holds about 80% of West "
         "Kordofan.", ({"SD-GK": 80}, set())),
    ],
)  # fmt: skip
def test_a_whole_taking_of_the_texts_date_is_all_of_it(sudan, text, expected):
    assert (controlled(text), held(text)) == expected


def test_a_time_of_one_predicate_is_not_the_next_ones(sudan):
    from tests.test_reading_structure import read

    def now(text: str) -> tuple[set[str], set[str]]:
        figures = read(text, as_of=dt.date(2025, 12, 24)).figures
        return (
            {f.region_code for f in figures if f.held},
            {f.region_code for f in figures if f.defender_held},
        )

    # "retook A in May and holds B": holding B is of now; "holds A and took B in 2023": so is A
    text = "The army regained Khartoum State in May and holds Gezira and Sennar states."
    assert now(text) == (set(), {"SD-KH", "SD-GZ", "SD-SI"})
    assert now("The RSF controls North Darfur and took West Darfur in 2023.") == (
        {"SD-DN", "SD-DW"},
        set(),
    )
    # ... and a held state of an earlier time stays of then
    assert now("The RSF controlled Gezira State in 2024 and still holds West Darfur.") == (
        {"SD-DW"},
        set(),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia holds 70% of the Donetsk region and took Avdiivka in 2024.", {"UA-14": 70}),
        ("Russia took Avdiivka in 2024 and holds 70% of the Donetsk region.", {"UA-14": 70}),
        ("Russia held 60% of the Donetsk region in 2023 and took Avdiivka in 2024.", {}),
    ],
)  # fmt: skip
def test_a_time_of_another_predicate_is_not_the_figures(text, expected):
    assert controlled(text) == expected


def test_a_whole_taking_of_an_earlier_date_in_ukraine_and_testland(testland_path):
    from geomap.profile import load, using

    text = "Russian forces captured all of the Luhansk region in July 2022."
    assert (controlled(text), held(text)) == ({}, {"UA-09"})
    # "all of" and a bare name: the unit's, as a share's "all of" reads it
    text = "Moscow's troops captured all of Luhansk in the summer of 2022."
    assert (controlled(text), held(text)) == ({}, {"UA-09"})
    assert defender_held("Ukraine's army retook all of Kharkiv in September 2022.") == {"UA-63"}
    assert held("Russian troops seized Luhansk in July 2022.") == set()  # perhaps the city
    with using(load(testland_path)):
        text = "Norland took full control of the Alpha region in 2021."
        assert (controlled(text), held(text)) == ({}, {"TL-01"})
        assert defender_held("The TDF retook all of Beta in March 2023.") == {"TL-02"}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("The RSF controls North Darfur and the army took control of Gezira State.",
         {"SD-DN"}, {"SD-GZ"}),
        ("The army holds River Nile State and the RSF holds West Darfur.", {"SD-DW"}, {"SD-NR"}),
        ("The RSF has taken East Darfur and the army has retaken Sennar State.", {"SD-DE"},
         {"SD-SI"}),
    ],
)  # fmt: skip
def test_a_clause_of_each_side_joined_by_and(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_two_sides_as_one_subject_are_still_neither(testland):
    assert controlled("Norland and Testland each control about half of the Alpha region.") == {}
    text = "Norland controls the Beta region and Testland holds 30% of the Alpha region."
    assert (defended(text), held(text)) == ({"TL-01": 30}, {"TL-02"})


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # the total after a gain is the share held, whoever gained it
        ("Russia captured 2% of the Donetsk region, bringing its total in the region to about "
         "79%.", {"UA-14": 79}, {}),
        ("Russia gained around 0.6% of the Donetsk region in October, bringing its control "
         "there to about 79%.", {"UA-14": 79}, {}),
        ("Russian troops seized another 1% of Donetsk last month, bringing the share they "
         "control to 79%.", {"UA-14": 79}, {}),
        ("Ukraine regained 1% of the Kharkiv region, bringing the share it controls to 98%.",
         {}, {"UA-63": 98}),
    ],
)  # fmt: skip
def test_the_total_after_a_gain_not_the_gain(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


def test_the_total_after_a_gain_in_sudan_and_testland(sudan, testland_path):
    from geomap.profile import load, using

    text = "The RSF seized 5% of North Kordofan, bringing its total there to about 40%."
    assert controlled(text) == {"SD-KN": 40}
    with using(load(testland_path)):
        text = "Norland captured 3% of the Beta region, bringing the share it holds to 60%."
        assert controlled(text) == {"TL-02": 60}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a relative clause in the past perfect is before the statement it is on
        ("The RSF retook West Kordofan, which the army had seized briefly in May.", {"SD-GK"},
         set()),
        ("The army retook Sennar State, which the RSF had held since June.", set(), {"SD-SI"}),
        ("Gezira State, which the RSF had seized in 2023, is now under army control.", set(),
         {"SD-GZ"}),
        # what a side said it had done is no earlier time
        ("The army said it had taken control of Gezira State.", set(), {"SD-GZ"}),
    ],
)  # fmt: skip
def test_a_relative_clause_in_the_past_perfect_is_earlier(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_a_relative_clause_in_the_past_perfect_in_testland(testland):
    text = "Norland retook the Beta region, which Testland had captured in the spring."
    assert (held(text), defender_held(text)) == ({"TL-02"}, set())


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a clause of each side, the second leaving out the first's verb
        ("The RSF holds West Darfur; the army, River Nile State.", {"SD-DW"}, {"SD-NR"}),
        ("The RSF holds West Darfur, and the army River Nile and Northern states.", {"SD-DW"},
         {"SD-NR", "SD-NO"}),
        ("West Darfur is held by the RSF and River Nile State by the army.", {"SD-DW"},
         {"SD-NR"}),
        # ... not a clause of another verb, nor who says it
        ("The RSF seized West Darfur, the army said.", {"SD-DW"}, set()),
        ("The army holds River Nile State, while the RSF, in a statement, claimed victory.", set(),
         {"SD-NR"}),
        # ... nor the same side again
        ("The RSF holds West Darfur and the RSF's allies South Kordofan.", {"SD-DW"}, set()),
        # the same side's, of units and a time alone after units before their verb
        ("Gezira State fell to the RSF in December 2023, and Sennar State in June 2024.",
         {"SD-GZ", "SD-SI"}, set()),
        ("Central Darfur has been under RSF control since 2023; South Darfur since October.",
         {"SD-DC", "SD-DS"}, set()),
        ("Sennar State is under army control again, and Gezira State since January.",
         set(), {"SD-SI", "SD-GZ"}),
        # ... not a clause with a verb of its own, nor a town's
        ("Gezira State fell to the RSF in 2023, and Sennar State was attacked in 2024.",
         {"SD-GZ"}, set()),
        ("Gezira State fell to the RSF in December 2023, and Sennar in June 2024.",
         {"SD-GZ"}, set()),
        ("Gezira State fell to the RSF which attacked Kassala and Sennar State in 2024.",
         {"SD-GZ"}, set()),
    ],
)  # fmt: skip
def test_a_statement_leaving_out_the_verb_before(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_a_statement_leaving_out_the_verb_before_in_ukraine_and_testland(testland_path):
    from geomap.profile import load, using

    text = "Russia holds the Luhansk region; Ukraine, the Kharkiv region."
    assert (held(text), defender_held(text)) == ({"UA-09"}, {"UA-63"})
    with using(load(testland_path)):
        text = "The Alpha region is held by Norland and the Beta region by Testland."
        assert (held(text), defender_held(text)) == ({"TL-01"}, {"TL-02"})
        text = "The Alpha region fell to Norland in 2023, and the Beta region in 2024."
        assert (held(text), defender_held(text)) == ({"TL-01", "TL-02"}, set())
    text = "The Luhansk region fell to Russia in 2022, and the Kharkiv region in 2025."
    assert held(text) == {"UA-09", "UA-63"}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a unit lost "to" a side, where the side that lost it is not said before the verb
        ("Having lost Gezira State to the army, the RSF now holds only Darfur.",
         {"SD-DC", "SD-DE", "SD-DN", "SD-DS", "SD-DW"}, {"SD-GZ"}),
        ("After it lost Sennar State to the army, the RSF regrouped.", set(), {"SD-SI"}),
        ("Having lost North Darfur to the RSF, the army moved to Port Sudan.", {"SD-DN"}, set()),
    ],
)  # fmt: skip
def test_a_unit_lost_to_a_side(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unit a relative clause is on, after "into"; its "it" with an adverb after it
        ("The army pushed into Gezira State, which it recaptured in May.", {"SD-GZ"}),
        ("The army pushed into Gezira State, which it then recaptured in May.", {"SD-GZ"}),
        # "it" of the side the sentence before names, through the "It" opening this one
        ("The army retook Sennar State in November. It then pushed into Gezira State, which it "
         "recaptured in January.", {"SD-SI", "SD-GZ"}),
    ],
)  # fmt: skip
def test_a_relative_clause_on_a_unit_entered(sudan, text, expected):
    assert defender_held(text) == expected


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # first words sharing the rest of the name after them, before a passive verb
        ("Central and East Darfur are under RSF control.", {"SD-DC", "SD-DE"}, set()),
        ("West, Central and South Darfur fell to the RSF in 2023.", {"SD-DW", "SD-DC", "SD-DS"},
         set()),
        ("North and South Kordofan are contested, while Central and East Darfur are held by the "
         "RSF.", {"SD-DC", "SD-DE"}, set()),
        # ... not a name of its own before them
        ("El Fasher and East Darfur are under RSF control.", {"SD-DE"}, set()),
    ],
)  # fmt: skip
def test_names_sharing_their_rest_before_a_passive(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_a_statement_leaving_out_the_verb_shows_its_clause_as_its_words(sudan):
    from tests.test_reading_structure import read

    rows = read("The RSF holds West Darfur; the army, River Nile State.").evidence
    assert [r.phrase for r in rows if r.region_code == "SD-NR"] == ["the army, River Nile State"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.sampled_from(["", ", which grew out of the Janjaweed,", " (the paramilitary)"]),
    second=st.sampled_from(["", ", backed by allied militias,", " (Burhan's forces)"]),
    joint=st.sampled_from(["; ", ", and ", " and ", ", while "]),
    verb=st.sampled_from(["holds", "controls", "took", "retook"]),
)
def test_an_aside_never_flips_a_clause_of_each_side(sudan, first, second, joint, verb):
    """Whatever stands after either side, West Darfur is never the army's nor River Nile State
    the RSF's (a clause the asides break is read as nothing, not as the other side's)."""
    text = f"The RSF{first} {verb} West Darfur{joint}the army{second} River Nile State."
    assert held(text) <= {"SD-DW"}
    assert defender_held(text) <= {"SD-NR"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit "occupied by" a side, as "held by": held, no share given
        ("The Luhansk region is occupied by Russia.", {"UA-09"}),
        ("The Luhansk region is now occupied by Russian forces.", {"UA-09"}),
        # ... not a part of it, nor one taken back since
        ("The Kherson region is partly occupied by Russia.", set()),
        ("The Kharkiv region was occupied by Russia in 2022, but Ukraine liberated it.", set()),
    ],
)  # fmt: skip
def test_a_unit_occupied_by_a_side(text, expected):
    assert held(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a share taken in a span of time said as "a week", "a single day": a gain
        "Russia captured about 5% of the Donetsk region in a week.",
        "Russian troops seized 3% of the Kharkiv region in a single day.",
        "Ukraine retook about 40% of the Kharkiv region in just six days.",
        # ... and a share taken "within days of the invasion": of that time, not today's
        "Russian forces took 70% of the Kherson region within days of the invasion.",
    ],
)
def test_a_share_taken_in_a_span_is_no_share_held(text):
    assert (controlled(text), defended(text)) == ({}, {})


def test_a_share_taken_in_a_span_in_sudan(sudan):
    assert defended("Government forces retook about 70% of Gezira State in a week.") == {}
    assert controlled("The RSF seized 30% of North Kordofan within a month.") == {}
    assert controlled("The RSF seized 30% of North Kordofan.") == {"SD-KN": 30}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a participle after a comma, what came of the clause before: its subject's
        ("Army troops retook Singa and Dinder, securing Sennar State.", set(), {"SD-SI"}),
        ("The RSF pushed west, capturing West Kordofan State within days.", {"SD-GK"}, set()),
        ("The army retook Singa, securing Sennar State, while the RSF withdrew to Blue Nile.",
         set(), {"SD-SI"}),
        # not of a unit
        ("The RSF shelled Singa, seizing the chance to strike.", set(), set()),
        # a unit declared under the declaring side's control
        ("The RSF took Zalingei in 2023 and declared Central Darfur under its control.",
         {"SD-DC"}, set()),
        ("The army declared Sennar State a military zone under its control.", set(), {"SD-SI"}),
    ],
)  # fmt: skip
def test_a_participle_of_what_came_of_the_clause_before(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_a_participle_of_what_came_of_the_clause_before_in_testland(testland):
    text = "Norland's troops broke through at Midburg, capturing the Alpha province."
    assert held(text) == {"TL-01"}
