"""What is out of one side's hands is in the other's ("70% of X is no longer under Ukrainian
control", "Gezira State is no longer held by the RSF"), and a finite verb after "and" is a
predicate of its own, out of reach of the first one's mood ("Russia failed to take all of X and
holds 75% of it"); a takeover's degree ("The liberation of X is 99% complete") is a share of X;
a taking since the war began (the profile's `began`) is all that is held; a unit abandoned is
the other side's. In Ukraine's
profile, Sudan's and the made-up Testland's.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_reading_structure import controlled, defended, defender_held, held


@pytest.mark.parametrize(
    "text",
    [
        "About 70% of the Donetsk region is no longer under Ukrainian control.",
        "About 70% of the Donetsk region is no longer in Kyiv's hands.",
        "About 70% of the Donetsk region is no longer controlled by Ukraine.",
        "Some 70 percent of Donetsk oblast is now no longer held by Ukrainian forces, Kyiv says.",
    ],
)
def test_a_share_out_of_the_defenders_hands_is_the_other_sides(text):
    assert (controlled(text), defended(text)) == ({"UA-14": 70}, {})


@pytest.mark.parametrize(
    "text",
    [
        "About 30% of the Kharkiv region is no longer under Russian control.",
        "The 30% of the Kharkiv region no longer occupied by Russian forces lies to the west.",
    ],
)
def test_a_share_out_of_the_controllers_hands_is_the_defenders(text):
    assert (controlled(text), defended(text)) == ({}, {"UA-63": 30})


@pytest.mark.parametrize(
    "text",
    [
        # the side no longer holding is its subject: how much it lost is not said
        "Ukraine no longer controls about 70% of the Donetsk region.",
        # a part of the region, with no share
        "Much of the Donetsk region is no longer under Ukrainian control.",
    ],
)
def test_what_no_longer_says_nothing_of(text):
    assert (controlled(text), defended(text), held(text)) == ({}, {}, set())


def test_a_unit_out_of_the_defenders_hands_in_ukraine():
    assert held("The Luhansk region is no longer under Ukrainian control.") == {"UA-09"}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("Gezira State is no longer under RSF control.", set(), {"SD-GZ"}),
        ("Gezira State is no longer held by the RSF.", set(), {"SD-GZ"}),
        ("Khartoum State has been outside RSF control since March.", set(), {"SD-KH"}),
        ("North Darfur is no longer in army hands.", {"SD-DN"}, set()),
        ("The RSF said North Kordofan was now beyond the army's control.", {"SD-KN"}, set()),
        ("Most of North Darfur is no longer under army control.", set(), set()),
        # a unit abandoned by name: out of the hands of the side that abandons it
        ("The army abandoned North Darfur state in 2025.", {"SD-DN"}, set()),
        ("Hemedti's forces, which control most of Darfur, abandoned Gezira State in 2025.",
         set(), {"SD-GZ"}),
        ("The army abandoned plans to retake Gezira State.", set(), set()),
        ("The army abandoned El Fasher, the capital of North Darfur.", set(), set()),
    ],
)  # fmt: skip
def test_a_unit_out_of_one_sides_hands_in_sudan(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_a_unit_abandoned_in_ukraine_and_testland(testland):
    assert held("Norland abandoned the Beta region last year.") == set()
    assert defender_held("Norland abandoned the Beta region last year.") == {"TL-02"}


def test_a_part_of_a_unit_abandoned_is_no_statement_of_it():
    assert defender_held("Russian forces abandoned the Kherson region's right bank.") == set()
    assert defender_held("Russia abandoned the Kharkiv region in September 2022.") == {"UA-63"}


def test_out_of_one_sides_hands_in_testland(testland):
    assert controlled("About 60% of the Alpha region is no longer under Testlandic control.") == {
        "TL-01": 60
    }
    assert defended("About 60% of the Alpha region is no longer under Norlandic control.") == {
        "TL-01": 60
    }
    assert held("The Beta region is no longer under Testlandic control.") == {"TL-02"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia has failed to capture all of Donetsk and currently holds about 75% of it.",
        "Russia wants all of the Donetsk region and now controls about 75% of it.",
        "Moscow vowed to take the whole Donetsk region and has since held about 75% of it.",
        "Russia would like to annex the rest and occupies about 75% of the Donetsk region.",
    ],
)
def test_a_finite_verb_after_and_is_out_of_the_first_ones_mood(text):
    assert controlled(text) == {"UA-14": 75}


@pytest.mark.parametrize(
    "text",
    [
        # "if" reaches both predicates
        "If Russia captures Pokrovsk and holds 80% of the Donetsk region, it will press on.",
        # a plain form after "and" shares the first verb's mood
        "Russia wants to take and hold 80% of the Donetsk region.",
        "Russia hopes to seize Kramatorsk and control 80% of the Donetsk region by spring.",
    ],
)
def test_a_mood_that_reaches_the_verb_after_and(text):
    assert controlled(text) == {}


def test_a_finite_verb_after_and_in_testland(testland):
    text = "Norland failed to take the whole Alpha region and holds about 40% of it."
    assert controlled(text) == {"TL-01": 40}


@settings(max_examples=40, deadline=None)
@given(
    first=st.sampled_from(
        ["has failed to capture", "wants", "has vowed to seize", "is unable to take"]
    ),
    adverb=st.sampled_from(["", "now ", "currently ", "still "]),
    verb=st.sampled_from(["holds", "controls", "occupies"]),
    value=st.integers(min_value=20, max_value=95),
)
def test_a_first_mood_never_reaches_a_finite_verb_after_and(first, adverb, verb, value):
    text = f"Russia {first} all of the Zaporizhzhia region and {adverb}{verb} {value}% of it."
    assert controlled(text) == {"UA-23": value}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        (
            "The liberation of the Luhansk region is 99% complete, Russia's defence ministry said.",
            {"UA-09": 99},
            {},
        ),
        ("The occupation of the Donetsk region is now about 75% complete.", {"UA-14": 75}, {}),
        (
            "The liberation of the Kharkiv region is 95% complete, Ukraine's army said.",
            {},
            {"UA-63": 95},
        ),
        # a takeover of a town, or a work of another kind, is no share of a region
        ("The capture of Pokrovsk is 90% complete.", {}, {}),
        ("The construction of the Kherson bridge is 90% complete.", {}, {}),
    ],
)
def test_a_takeovers_degree_is_a_share_of_the_unit_taken(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


def test_a_takeovers_degree_in_sudan(sudan):
    text = "The RSF said the capture of North Darfur State was 90% complete."
    assert controlled(text) == {"SD-DN": 90}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia has seized 73.6% of the Zaporizhzhia region since 2014.", {"UA-23": 73.6}),
        (
            "Russia has seized some 19.2% of Ukraine since 2014, including 73.6% of the "
            "Zaporizhzhia region.",
            {"UA-23": 73.6},
        ),
        # after the war began: what changed hands since, not all that is held
        ("Russia has seized 40% of the Donetsk region since 2022.", {}),
        ("Russia has captured 5% of the Kharkiv region since May.", {}),
    ],
)
def test_a_taking_since_the_war_began_is_all_that_is_held(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The RSF has seized 60% of North Kordofan State since April 2023.", {"SD-KN": 60}),
        ("The RSF has seized 10% of North Kordofan State since June 2023.", {}),
    ],
)
def test_a_taking_since_the_war_began_in_sudan(sudan, text, expected):
    assert controlled(text) == expected


def test_a_profile_without_a_start_keeps_every_dated_taking_a_gain(testland):
    assert controlled("Norland has seized 60% of the Alpha region since 2014.") == {}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        (
            "Gezira, Sennar and White Nile states are under army control, as are Kassala, "
            "Gedaref, Red Sea, River Nile and Northern states.",
            set(),
            {"SD-GZ", "SD-SI", "SD-NW", "SD-KA", "SD-GD", "SD-RS", "SD-NR", "SD-NO"},
        ),
        ("Gezira State is under army control, as is Sennar State.", set(), {"SD-GZ", "SD-SI"}),
        (
            "North Darfur has been held by the RSF since 2023, as are South Darfur and West "
            "Darfur.",
            {"SD-DN", "SD-DS", "SD-DW"},
            set(),
        ),
        # a part, or a city, shares no statement of a unit
        ("Gezira State is under army control, as is the capital.", set(), {"SD-GZ"}),
    ],
)
def test_units_after_as_are_share_the_statement_before(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_units_after_as_are_in_ukraine():
    assert held("The Luhansk region is under Russian control, as is most of Donetsk.") == {"UA-09"}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a name with a verb after it is the next clause's subject, not the object's last item
        (
            "RSF fighters hold Gezira state and River Nile State and the state of Sennar is under "
            "the control of government troops.",
            {"SD-GZ", "SD-NR"},
            {"SD-SI"},
        ),
        (
            "The RSF controls Central Darfur state and West Kordofan state is under the control of "
            "the army.",
            {"SD-DC"},
            {"SD-GK"},
        ),
        # a verb in the plural after a run of "and"s: which names are its subject is not said
        (
            "The RSF controls Gezira State and Central Darfur State and White Nile State and North "
            "Darfur state are under the control of the SAF.",
            {"SD-GZ"},
            {"SD-DN"},
        ),
    ],
)
def test_an_objects_list_ends_before_the_next_clauses_subject(sudan, text, ours, theirs):
    assert (held(text) | set(controlled(text)), defender_held(text)) == (ours, theirs)


def test_a_shares_list_ends_before_the_next_clauses_subject(sudan):
    text = (
        "The RSF has full control of Central Darfur state and West Kordofan state is under the "
        "control of the army."
    )
    assert (controlled(text), defender_held(text)) == ({"SD-DC": 100}, {"SD-GK"})


def test_a_figures_own_list_as_its_subject_keeps_its_names():
    text = (
        "More than 70% of the provinces of Kherson and Zaporizhzhia are occupied by the Russians."
    )
    assert controlled(text) == {"UA-65": 70, "UA-23": 70}
