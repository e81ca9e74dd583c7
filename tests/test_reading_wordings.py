"""More wordings of outlets' copy: a country's name before "clings to", claims "under its
constitution", a profile without claims, "under the sway of", a unit's name before the clause's
own verb, and exceptions set off by commas; in Ukraine's profile, Sudan's and the made-up
Testland's.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest

from tests.test_reading_changes import claimed
from tests.test_reading_structure import controlled, defended, defender_held, held, read


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine clings to less than 1% of the Luhansk region.",
        "In Luhansk, Ukraine clings to a sliver, less than 1%, of the region.",
        "Ukraine still clung to less than 1% of the Luhansk region last month.",
    ],
)
def test_the_defenders_name_before_clings_to(text):
    assert (controlled(text), defended(text)) == ({}, {"UA-09": 1})


def test_the_defenders_name_before_clings_to_in_testland(testland):
    text = "Testland clings to about 10% of the Alpha region."
    assert (controlled(text), defended(text)) == ({}, {"TL-01": 10})


@pytest.mark.parametrize(
    "text",
    [
        "Moscow considers Zaporizhzhia and Kherson to be Russian regions under its constitution.",
        "The Kremlin deems Zaporizhzhia and Kherson to be Russian territory under Russian law.",
    ],
)
def test_a_claim_under_a_constitution(text):
    assert claimed(text) == {"UA-23", "UA-65"}


def test_a_claim_needs_its_own_words_before_under():
    # "under" after the region names no claim: the region is where the troops are
    assert (
        claimed("Moscow considers Zaporizhzhia to be under threat from Ukrainian drones.") == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "The army declared Khartoum State free of the RSF in May.",
        "Army chiefs declared Khartoum State clear of RSF fighters, calling it RSF-free.",
    ],
)
def test_no_claim_in_a_profile_whose_side_annexes_nothing(sudan, text):
    figures = read(text).figures
    assert [f for f in figures if f.claimed] == []
    assert defender_held(text) == {"SD-KH"}
    assert held(text) == set()


@pytest.mark.parametrize(
    ("text", "rsf", "army"),
    [
        ("North Darfur is under the sway of the RSF.", {"SD-DN"}, set()),
        ("Since 2024 River Nile State has remained under the sway of the army.", set(), {"SD-NR"}),
        # an exception set off by commas between the unit and its verb: a few villages leave
        # the unit held; a town whose locality the profile knows leaves out its state, as an
        # exception after the verb does
        ("North Darfur, apart from a few villages, is under RSF control.", {"SD-DN"}, set()),
        ("Blue Nile State, aside from a few pockets, is held by the army.", set(), {"SD-NB"}),
        ("North Darfur, apart from El Fasher, is under RSF control.", set(), set()),
        ("West Kordofan, except for Babanusa, is under the sway of the RSF.", set(), set()),
        ("The RSF holds North and South Darfur, apart from El Fasher.", {"SD-DS"}, set()),
    ],
)  # fmt: skip
def test_under_the_sway_of_and_exceptions_set_off(sudan, text, rsf, army):
    assert held(text) == rsf
    assert defender_held(text) == army


@pytest.mark.parametrize(
    ("text", "rsf"),
    [
        ("RSF-held South Darfur hosts the group's parallel administration.", {"SD-DS"}),
        ("The RSF controls North Darfur also.", {"SD-DN"}),
        ("RSF-controlled Central Darfur borders Chad.", {"SD-DC"}),
        # a noun after the name is a place in the unit, not the unit
        ("RSF-held South Darfur towns saw heavy shelling.", set()),
    ],
)  # fmt: skip
def test_a_verb_after_a_units_name_ends_it(sudan, text, rsf):
    assert held(text) == rsf


@pytest.mark.parametrize(
    ("text", "army"),
    [
        ("Khartoum State is now clear of RSF fighters.", {"SD-KH"}),
        ("Gezira State is not yet clear of RSF fighters.", set()),
        ("Khartoum State is far from clear of RSF fighters.", set()),
    ],
)  # fmt: skip
def test_clear_of_a_side(sudan, text, army):
    assert defender_held(text) == army
    assert held(text) == set()


@pytest.mark.parametrize(
    ("name", "code"),
    [("Gharb Kordofan", "SD-GK"), ("Shamal Kordofan", "SD-KN"), ("Janub Kordofan", "SD-KS")],
)
def test_the_states_names_in_arabic_with_kordofan_spelled_in_english(sudan, name, code):
    assert held(f"The RSF took control of {name} State in June.") == {code}
