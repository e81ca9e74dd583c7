"""A list of names after "of" that runs into a later figure: the names that figure follows are
its own ("Russia holds 99% of Luhansk and Donetsk about 70%"), with the names "each" after it
goes with ("..., and Zaporizhzhia and Kherson about 70% each"); "A and B: 74% occupied each";
a group's name before a unit's noun in the singular ("Darfur state") names none of its units;
the government's possessive before a region ("Kyiv's eastern Luhansk region") is no region.
In Ukraine's profile, Sudan's and the made-up Testland's.

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
        "Russia holds 99% of Luhansk and Donetsk about 70%.",
        "Russia holds 99% of Luhansk, and Donetsk about 70%.",
        "Russia holds 99% of Luhansk, Donetsk about 70%.",
        "Russian forces occupy 99% of the Luhansk region and the Donetsk region roughly 70%.",
    ],
)
def test_a_name_with_a_figure_after_it_is_that_figures(text):
    assert controlled(text) == {"UA-09": 99, "UA-14": 70}


@pytest.mark.parametrize(
    "text",
    [
        "Russia holds 99% of Luhansk, and Zaporizhzhia and Kherson about 70% each.",
        "Russia holds 99% of Luhansk and Zaporizhzhia and Kherson about 70% each.",
        "Russia holds 99% of Luhansk, Zaporizhzhia and Kherson about 70% each.",
        "Russia holds 99% of Luhansk, and of Zaporizhzhia and Kherson about 70 percent each.",
        "Russia holds 99% of Luhansk; Zaporizhzhia and Kherson, about 70% each.",
    ],
)
def test_the_names_each_goes_with_are_the_later_figures(text):
    assert controlled(text) == {"UA-09": 99, "UA-23": 70, "UA-65": 70}


@pytest.mark.parametrize(
    "text",
    [
        "Russia holds 99% of the Luhansk and Donetsk regions.",
        "Russia holds 99% of Luhansk and Donetsk, officials say.",
        "Russia holds 99% of both Luhansk and Donetsk.",
    ],
)
def test_a_list_with_no_figure_after_it_is_the_figures(text):
    assert controlled(text) == {"UA-09": 99, "UA-14": 99}


@pytest.mark.parametrize(
    "text",
    [
        "Zaporizhzhia and Kherson: roughly 74% occupied each.",
        "Zaporizhzhia and Kherson: 74% occupied each.",
        "Zaporizhzhia and Kherson about 74% each are under Russian control.",
    ],
)
def test_each_after_a_colon_or_a_participle(text):
    assert controlled(text) == {"UA-23": 74, "UA-65": 74}


@pytest.mark.parametrize(
    "text",
    [
        "Russia holds nearly 64% of Kharkiv oblast, and Zaporizhzhia and Luhansk some 36% each.",
        "Russia holds nearly 64 percent of the Kharkiv region, Zaporizhzhia and Luhansk 36% each.",
    ],
)
def test_each_never_reaches_back_to_an_earlier_figures_object(text):
    assert controlled(text) == {"UA-63": 64, "UA-23": 36, "UA-09": 36}


def test_each_after_a_list_a_share_is_of():
    assert controlled("Russia's share of Zaporizhzhia and Kherson is about 70% each.") == {
        "UA-23": 70,
        "UA-65": 70,
    }


@pytest.mark.parametrize(
    "text",
    [
        "Moscow controls 88% of the Zaporizhzhia region, Kherson about 89% and Donetsk 99%.",
        "Moscow controls 88% of the Zaporizhzhia region, Kherson 89%, Donetsk 99%.",
    ],
)
def test_names_and_figures_after_a_share_joined_by_and(text):
    assert controlled(text) == {"UA-23": 88, "UA-65": 89, "UA-14": 99}


def test_names_and_figures_of_something_else_joined_by_and():
    assert controlled("In Kherson 30% and in Zaporizhzhia 40% of voters backed the plan.") == {}


def test_a_later_figure_and_each_in_sudan(sudan):
    text = "The RSF holds 90% of North Darfur, and South Kordofan and West Kordofan about 40% each."
    assert controlled(text) == {"SD-DN": 90, "SD-KS": 40, "SD-GK": 40}


def test_a_later_figure_and_each_in_testland(testland):
    text = "Norland holds 90% of Alpha and Beta and Gamma about 40% each."
    assert controlled(text) == {"TL-01": 90, "TL-02": 40, "TL-03": 40}
    assert controlled("Norland holds 90% of Alpha and Beta about 40%.") == {
        "TL-01": 90,
        "TL-02": 40,
    }


NAMES = ["Luhansk", "Donetsk", "Zaporizhzhia", "Kherson"]
CODES = {"Luhansk": "UA-09", "Donetsk": "UA-14", "Zaporizhzhia": "UA-23", "Kherson": "UA-65"}


@settings(max_examples=40, deadline=None)
@given(
    order=st.permutations(NAMES),
    first=st.integers(min_value=80, max_value=99),
    later=st.integers(min_value=20, max_value=79),
    joint=st.sampled_from([", and ", " and ", ", "]),
)
def test_a_later_figure_never_takes_the_first_ones_names(order, first, later, joint):
    a, b, c = order[:3]
    text = f"Russia holds {first}% of {a}{joint}{b} and {c} about {later}% each."
    assert controlled(text) == {CODES[a]: first, CODES[b]: later, CODES[c]: later}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Darfur state is under army control.", set()),
        ("The army holds the Darfur state of North Darfur.", set()),
        ("The RSF controls Kordofan state.", set()),
        ("The army holds every Darfur state.", {"SD-DC", "SD-DE", "SD-DN", "SD-DS", "SD-DW"}),
        ("The army holds the Darfur region.", {"SD-DC", "SD-DE", "SD-DN", "SD-DS", "SD-DW"}),
    ],
)
def test_a_groups_name_before_a_singular_noun_is_none_of_its_units(sudan, text, expected):
    assert defender_held(text) | held(text) == expected


def test_a_groups_name_before_a_singular_noun_its_units_lack():
    assert held("Russia holds the Donbas region.") == {"UA-09", "UA-14"}


@pytest.mark.parametrize("when", ["as of May 2025", "in mid-2025", "so far", "to date"])
def test_a_figure_and_its_time_after_and_is_of_the_region_named_before(when):
    text = f"Russia held 77% of the Donetsk region in March 2024 and holds 53% {when}."
    assert controlled(text) == {"UA-14": 53}


@pytest.mark.parametrize(
    "text",
    [
        "Russia holds 90% of Kyiv's Luhansk region.",
        "The Russian military said it has brought 90% of Kyiv's eastern Luhansk region under its "
        "control.",
        "Russia holds 90% of Ukraine's Luhansk region.",
    ],
)
def test_the_governments_possessive_before_a_region_is_no_region(text):
    # "Kyiv's" is the government's, as "Ukraine's" is: not Kyiv city's 90%
    assert controlled(text) == {"UA-09": 90}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's eastern Luhansk region is now 99% under Russian control.",
        "Kyiv's eastern Luhansk region is 99% occupied.",
    ],
)
def test_an_owners_region_with_its_adjective_is_the_region_itself(text):
    assert controlled(text) == {"UA-09": 99}


def test_an_owners_part_of_a_region_is_still_a_part():
    assert controlled("The Kherson region's left bank is 100% occupied.") == {}


def test_the_capital_city_itself_is_still_a_region():
    assert controlled("Russia holds 0% of Kyiv's territory.") == {"UA-30": 0}


def test_the_governments_possessive_in_testland(testland):
    assert controlled("Norland holds 40% of Midburg's Alpha region.") == {"TL-01": 40}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        (
            "Zaporizhzhia and Kherson: Russia holds roughly 74% and 73% respectively.",
            {"UA-23": 74, "UA-65": 73},
            {},
        ),
        (
            "Zaporizhzhia and Kherson: Ukraine holds roughly 26% and 27% respectively.",
            {},
            {"UA-23": 26, "UA-65": 27},
        ),
    ],
)
def test_names_then_a_colon_then_figures_respectively(text, ours, theirs):
    from tests.test_reading_structure import defended

    assert (controlled(text), defended(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item that names its unit after its noun: "the region of B"
        ("Russia controls 70% of the Luhansk region and the region of Donetsk.",
         {"UA-09": 70, "UA-14": 70}),
        ("Russia has full control of the Luhansk region and the region of Donetsk.",
         {"UA-09": 100, "UA-14": 100}),
        # ... not another kind of place
        ("Russia controls 70% of the Luhansk region and the city of Donetsk.", {"UA-09": 70}),
    ],
)  # fmt: skip
def test_a_list_item_with_its_noun_before_its_name(text, expected):
    assert controlled(text) == expected


def test_a_list_item_with_its_noun_before_its_name_in_sudan(sudan):
    text = "The RSF has full control of Gezira State and the state of Sennar."
    assert controlled(text) == {"SD-GZ": 100, "SD-SI": 100}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # the side whose control units are under is no subject joined to the next clause's
        ("Blue Nile State and River Nile state are under the control of the SAF and the "
         "paramilitary group holds Central Darfur State.", {"SD-DC"}, {"SD-NB", "SD-NR"}),
        ("Gezira State is in the hands of the army and the RSF holds Sennar State.",
         {"SD-SI"}, {"SD-GZ"}),
        # ... nor is a pair before a verb in the singular; a pair before a plural verb is
        ("The army and the RSF control Gezira State.", set(), set()),
        # "but" and names with a verb of their own: another clause, no exception
        ("The SAF has full control of Gezira State, but River Nile State and the state of "
         "Sennar are under the control of RSF fighters.", {"SD-NR", "SD-SI"}, set()),
    ],
)  # fmt: skip
def test_clauses_joined_after_a_sides_control(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_but_and_names_with_a_verb_of_their_own_in_sudan(sudan):
    text = (
        "The SAF has full control of Gezira State, but River Nile State and the state of Sennar "
        "are under the control of RSF fighters."
    )
    assert controlled(text) == {"SD-GZ": 0}
    assert controlled("The RSF controls all of Darfur but El Fasher and Nyala.") == {
        "SD-DC": 100, "SD-DE": 100, "SD-DS": 100, "SD-DW": 100
    }  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # figures set off after a list of names, paired in order: never the last name's alone
        "Russia occupies Kherson and Zaporizhzhia, about 73% and 75% of them respectively.",
        "Russia occupies Kherson and Zaporizhzhia, about 73% and 75% of the two regions.",
        "Russia occupies Kherson and Zaporizhzhia, about 73% and 75% of each.",
        "Russia claims Kherson and Zaporizhzhia, controlling about 73% and 75% of them "
        "respectively.",
        "Russia claims Kherson and Zaporizhzhia and controls about 73% and 75% of them "
        "respectively.",
    ],
)
def test_figures_set_off_after_a_list_are_paired_in_order(text):
    assert controlled(text) == {"UA-65": 73, "UA-23": 75}


def test_three_figures_set_off_after_three_names_with_a_connector():
    text = "Moscow controls Kharkiv, the Luhansk region and Donetsk, with some 69%, 47% and 40%."
    assert controlled(text) == {"UA-63": 69, "UA-09": 47, "UA-14": 40}
    text = "Moscow controls Kharkiv, Luhansk and Donetsk, controlling about 69%, 47% and 40%."
    assert controlled(text) == {"UA-63": 69, "UA-09": 47, "UA-14": 40}


def test_figures_set_off_after_a_list_in_sudan(sudan):
    text = "The RSF holds North Kordofan and West Kordofan states, about 40% and 70% of them."
    assert controlled(text) == {"SD-KN": 40, "SD-GK": 70}


def test_figures_set_off_after_a_list_in_testland(testland):
    text = "Norland occupies the Alpha and Beta regions, with 30% and 60% of them respectively."
    assert controlled(text) == {"TL-01": 30, "TL-02": 60}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one figure set off after a list of names: of which of them, not said
        ("Russia occupies Kherson and Zaporizhzhia, about 75%.", {}),
        # ... but after a name whose list is a figure's, the name's own
        ("Russia holds 99% of Luhansk and Donetsk, 70%.", {"UA-09": 99, "UA-14": 70}),
        ("Russia holds 99 percent of Luhansk and Donetsk, about 70 percent.",
         {"UA-09": 99, "UA-14": 70}),
        # a number after a comma that is no share ends no list
        ("Russia holds 70% of Luhansk, Donetsk and Kherson, 2025 data show.",
         {"UA-09": 70, "UA-14": 70, "UA-65": 70}),
    ],
)  # fmt: skip
def test_a_figure_set_off_after_the_last_name_of_a_list(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name, then "at" and its figure: after a verb of holding, or a colon, as after a comma
        ("Russia controls the Zaporizhzhia region at some 70 per cent, and Luhansk at 87 "
         "percent.", {"UA-23": 70, "UA-09": 87}),
        ("Russian-held share of territory: Luhansk oblast at nearly 49 percent, Kharkiv region "
         "at roughly 24%.", {"UA-09": 49, "UA-63": 24}),
        ("Ukraine holds Donetsk at about 20%.", {}),
        # a colon after "control" before figures after "in"
        ("Russian control: 99% in Luhansk and 79% in Donetsk.", {"UA-09": 99, "UA-14": 79}),
        ("Turnout: 90% in Luhansk.", {}),
        # a hedge of two words before figures after "in"
        ("Russia now holds just over 96% in the Kharkiv region, about 54% in Zaporizhzhia.",
         {"UA-63": 96, "UA-23": 54}),
    ],
)  # fmt: skip
def test_names_and_their_figures_after_at_and_in(text, expected):
    assert controlled(text) == expected


def test_a_name_at_its_figure_after_a_verb_in_sudan(sudan):
    assert controlled("The RSF controls North Kordofan at about 40%.") == {"SD-KN": 40}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state whose bare name is its capital's, named with its noun before its figure
        ("The RSF holds Sennar state (81 percent).", {"SD-SI": 81}),
        ("RSF fighters hold Sennar state: some 66 per cent; the state of Blue Nile: about 46%.",
         {"SD-SI": 66, "SD-NB": 46}),
        # "the state of X" before "at" and after "in"
        ("RSF-held share of territory: the state of Gezira at almost 74% and Sennar State at "
         "roughly 3 percent.", {"SD-GZ": 74, "SD-SI": 3}),
        ("The paramilitaries occupy just over 52% in the state of Sennar, almost 77% in West "
         "Kordofan state.", {"SD-SI": 52, "SD-GK": 77}),
    ],
)  # fmt: skip
def test_names_and_figures_listed_in_sudan(sudan, text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # an aside between a figure and its "of": the unit after it
        ("Russia holds 99% of Luhansk; Ukraine controls 30%, analysts say, of Donetsk.",
         {"UA-09": 99}, {"UA-14": 30}),
        ("Russia holds 99% of Luhansk; Ukraine controls 30% — by most counts — of Donetsk.",
         {"UA-09": 99}, {"UA-14": 30}),
        ("Russia holds 99% of Luhansk; Ukraine controls 30%, it said, of Donetsk.",
         {"UA-09": 99}, {"UA-14": 30}),
        # an aside between the names of a list the figures after it are paired with
        ("Russian troops occupy Kherson, according to the ISW, and Zaporizhzhia, about 73% and "
         "75% of them respectively.", {"UA-65": 73, "UA-23": 75}, {}),
        ("Russian troops occupy Kherson (as of June) and Zaporizhzhia, about 73% and 75% of "
         "them respectively.", {"UA-65": 73, "UA-23": 75}, {}),
    ],
)  # fmt: skip
def test_asides_between_figures_names_and_of(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # the subjects' figures in order, their state ending the clause, without "respectively"
        ("Kherson and Zaporizhzhia are 73% and 75% occupied.", {"UA-65": 73, "UA-23": 75}, {}),
        ("The Kherson and Zaporizhzhia regions are about 73% and 75% under Russian control.",
         {"UA-65": 73, "UA-23": 75}, {}),
        ("Kherson and Zaporizhzhia, which Moscow says are its own, are 73% and 75% held by "
         "Russian forces, analysts say.", {"UA-65": 73, "UA-23": 75}, {}),
        ("Luhansk and Donetsk are 1% and 30% under Ukrainian control.", {},
         {"UA-09": 1, "UA-14": 30}),
        # no state of control after the figures, or not as many names as figures
        ("Kherson and Zaporizhzhia are 73% and 75% rural.", {}, {}),
        ("Kherson, Luhansk and Zaporizhzhia are 73% and 75% occupied.", {}, {}),
    ],
)  # fmt: skip
def test_the_subjects_figures_in_order_with_their_state_after_them(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


def test_the_subjects_figures_in_order_with_their_state_after_them_in_testland(testland):
    text = "Alpha and Beta are 30% and 60% occupied by Norland."
    assert controlled(text) == {"TL-01": 30, "TL-02": 60}


@pytest.mark.parametrize(
    "text",
    [
        # a numbered list's lines under a heading, as a bulleted list's
        "Russian forces hold:\n1. Luhansk: 99%\n2. Donetsk: 79%\n",
        "Russian forces hold:\n1) Luhansk: 99%\n2) Donetsk: 79%\n",
        "Share of each region under Russian control\n1. Luhansk (99%)\n2. Donetsk (79%)\n",
    ],
)
def test_a_numbered_list_under_a_heading(text):
    assert controlled(text) == {"UA-09": 99, "UA-14": 79}


def test_a_numbered_list_under_a_heading_in_testland(testland):
    text = "Norland holds:\n1. Alpha: 40%\n2. Beta: 15%\n"
    assert controlled(text) == {"TL-01": 40, "TL-02": 15}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "both" regions named right after their noun: each of them
        ("Moscow controls about 75% of both southern regions, Kherson and Zaporizhzhia.",
         {"UA-65": 75, "UA-23": 75}),
        ("Moscow controls about 75% of both southern regions (Kherson and Zaporizhzhia).",
         {"UA-65": 75, "UA-23": 75}),
        # not as many names as "both" says, or no names: no figure
        ("Moscow controls about 75% of both regions, Kherson, Luhansk and Zaporizhzhia.", {}),
        ("Russia claims Luhansk and Donetsk. It holds 75% of both southern regions.", {}),
    ],
)  # fmt: skip
def test_both_regions_named_after_their_noun(text, expected):
    assert controlled(text) == expected


def test_both_regions_named_after_their_noun_in_sudan(sudan):
    text = "The RSF holds about 60% of both states, North Kordofan and South Kordofan."
    assert controlled(text) == {"SD-KN": 60, "SD-KS": 60}


_PAIRS = [
    ("Luhansk", "UA-09"),
    ("Donetsk", "UA-14"),
    ("Kherson", "UA-65"),
    ("Zaporizhzhia", "UA-23"),
]
_STATES = [
    ("occupied", "ours"), ("under Russian control", "ours"), ("held by Russian forces", "ours"),
    ("in Russian hands", "ours"), ("under Ukrainian control", "theirs"), ("held by Kyiv", "theirs"),
    ("in Ukrainian hands", "theirs"),
]  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(_PAIRS), min_size=2, max_size=2, unique=True),
    st.lists(st.integers(1, 99), min_size=2, max_size=2),
    st.sampled_from(_STATES),
)
def test_the_subjects_figures_pair_in_order_and_keep_their_states_side(names, figures, state):
    """ "A and B are x% and y% <state>": x of A, y of B, held by the side the state names."""
    (a, code_a), (b, code_b) = names
    text = f"{a} and {b} are {figures[0]}% and {figures[1]}% {state[0]}."
    pairs = {code_a: figures[0], code_b: figures[1]}
    expected = (pairs, {}) if state[1] == "ours" else ({}, pairs)
    assert (controlled(text), defended(text)) == expected
