"""Turns of phrase that had moved a figure or lost it: a figure set off by commas after its
subject ("only a sliver, under 1%, is still in Ukrainian hands"), whose verb follows it; the degree
of a state after "by" ("Luhansk is occupied by 99%", a translation's turn); a case put ("Imagine
that ...", "Suppose ..."), no report; a side's short name ("the Defence Forces"); a text that calls
the other side a "regime", in the controlling side's terms; units listed after a place that is no
unit ("Port Sudan, River Nile, ... and Red Sea states", "the capital and the states of ..."), and a
town's name after a list a plural noun has closed, the town's; claims by the noun of taking in
("Moscow's sham accession of X", "the admission of X into the Russian Federation", "absorbing X in
the east and Y in the south into Russia") and by "It" for the side the sentence before names ("It
also regards Crimea as its own"); "It" opening a clause as the subject of a verb joined to its
first with "and now". In Ukraine's profile, Sudan's and the made-up Testland's.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import logging

import pytest

from geomap.profile import load, using
from tests.test_reading_changes import claimed
from tests.test_reading_structure import controlled, defended, defender_held, held, read


@pytest.mark.parametrize(
    "text",
    [
        "Luhansk is almost entirely occupied: officials concede that only a sliver, under 1%, "
        "is still in Ukrainian hands.",
        "Luhansk is almost entirely occupied: Ukrainian officials concede that only a sliver, "
        "well under 1%, is still in their hands.",
        "Luhansk is almost entirely occupied; a sliver (under 1%) remains in Ukrainian hands.",
    ],
)
def test_a_figure_set_off_after_its_subject_takes_the_verb_after_it(text):
    assert (controlled(text), defended(text)) == ({}, {"UA-09": 1})


def test_a_figure_set_off_after_its_subject_in_testland(testland):
    text = "Norland holds nearly all of Alpha: a strip, about 2%, remains in Testlandic hands."
    assert (controlled(text), defended(text)) == ({}, {"TL-01": 2})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Luhansk region is occupied by 99%.", {"UA-09": 99}),
        ("The Zaporizhzhia region is occupied by about 75 percent, the governor said.",
         {"UA-23": 75}),
        # "by" and a side: the agent, and no degree
        ("Donetsk is occupied by Russia.", {}),
    ],
)  # fmt: skip
def test_the_degree_of_a_state_after_by(text, expected):
    assert controlled(text) == expected


def test_the_degree_of_a_state_after_by_in_testland(testland):
    assert controlled("Beta is occupied by 40 percent, Testlandic officials say.") == {"TL-02": 40}


def test_liberated_by_a_degree_in_a_text_in_the_controlling_sides_terms():
    text = (
        "The Kiev regime lost up to 300 servicemen. The Kiev regime keeps shelling towns. The "
        "Zaporozhye region is liberated by 75 percent."
    )
    assert controlled(text) == {"UA-23": 75}
    # the same words without the other side's terms: Ukraine's liberation
    assert defended("The Zaporizhzhia region is liberated by 75 percent.") == {"UA-23": 75}


@pytest.mark.parametrize(
    "text",
    [
        "Imagine, for a moment, that Russia took 90% of Zaporizhzhia next year.",
        "Suppose Russia held 90% of Zaporizhzhia: would talks be easier?",
        "Under one scenario, Russia holds 90% of Donetsk by the summer.",
    ],
)
def test_a_case_put_is_no_report(text):
    assert controlled(text) == {}


def test_a_case_put_in_testland(testland):
    assert controlled("Suppose Norland took 60% of Beta.") == {}
    assert controlled("Norland supposedly holds 60% of Beta.") == {"TL-02": 60}


def test_the_defence_forces_are_the_defenders():
    text = "The Sumy region remains entirely under the control of the Defence Forces."
    assert controlled(text) == {"UA-59": 0}
    assert defended("The Defence Forces hold about 25% of the Donetsk region.") == {"UA-14": 25}
    # another side's defence forces are its own
    assert controlled("Russia's defence forces control 70% of Donetsk.") == {"UA-14": 70}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army controls the north and east, including Port Sudan, River Nile, Northern, "
         "Kassala, Gedaref and Red Sea states.", {"SD-NR", "SD-NO", "SD-KA", "SD-GD", "SD-RS"}),
        ("The army has consolidated its hold over the capital and the states of Gezira, Sennar "
         "and White Nile.", {"SD-GZ", "SD-SI", "SD-NW"}),
        ("The army controls the capital and Gezira State.", {"SD-GZ"}),
        # a town's name after the list's plural noun is the town's
        ("The army holds Gezira and Sennar states, as well as Khartoum following its recapture.",
         {"SD-GZ", "SD-SI"}),
        # towns alone say nothing of their states
        ("The army controls Port Sudan, Kassala and Gedaref.", set()),
    ],
)  # fmt: skip
def test_units_after_a_place_that_is_no_unit(sudan, text, expected):
    assert defender_held(text) == expected
    assert held(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim by the noun of taking in, the region between it and the state
        ("Moscow's sham \"accession\" of the Donetsk and Luhansk regions in 2022 has not been "
         "recognised by any UN member.", {"UA-14", "UA-09"}),
        ("Putin signed treaties in 2022 absorbing the Donetsk and Luhansk regions in the east "
         "and the Kherson and Zaporizhzhia regions in the south into Russia.",
         {"UA-14", "UA-09", "UA-65", "UA-23"}),
        ("A treaty was signed on the admission of the two people's republics of Donetsk and "
         "Lugansk, and of the Kherson and Zaporozhye regions too, into the Russian Federation.",
         {"UA-14", "UA-09", "UA-23", "UA-65"}),
        # people taken in are no region
        ("Children from the Kherson region were admitted to Russian schools.", set()),
        # "It" opening the sentence: the side the sentence before names
        ("Russia holds 70% of Donetsk. It also regards Crimea, which it took in 2014, as its "
         "own.", {"UA-43", "UA-40"}),
        ("Ukraine holds 30% of Donetsk. It regards Crimea as its own.", set()),
        # "considers X a Russian region", ending its clause
        ("Russia considers Kherson a Russian region.", {"UA-65"}),
        ("Russia considers Belgorod a Russian region bordering Kharkiv.", set()),
    ],
)  # fmt: skip
def test_claims_by_taking_in_and_by_it(text, expected):
    assert claimed(text) == expected


def test_claims_by_taking_in_in_testland(testland):
    assert claimed("Norland's sham accession of Beta has not been recognised.") == {"TL-02"}
    text = (
        "The Regent signed treaties absorbing the Alpha region in the north and the Beta region "
        "in the south into the Kingdom of Norland."
    )
    assert claimed(text) == {"TL-01", "TL-02"}


def test_it_opening_a_clause_is_the_subject_of_a_verb_joined_with_now(sudan):
    text = (
        "The army has not commented. It regained all of Sennar state last year and now controls "
        "Khartoum, Gezira and White Nile states."
    )
    assert defender_held(text) == {"SD-KH", "SD-GZ", "SD-NW"}
    assert held(text) == set()


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a leader's name names the side, as an actor and as a speaker of "we"
        ("Zelensky's government, after months of fighting with Russian troops, still holds "
         "about 30% of the Kharkiv region.", {}, {"UA-63": 30}),
        ('"We still hold 30% of Donetsk," Zelensky said.', {}, {"UA-14": 30}),
        ("Zelensky said Russia controls 70% of Donetsk.", {"UA-14": 70}, {}),
        ("Zelensky won 73% of the vote in 2019.", {}, {}),
    ],
)  # fmt: skip
def test_a_leaders_name_names_the_side(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of which" after a dash or a bracket, as after a comma
        ("The Donetsk region - about 70 percent of which is now under Russian control - is the "
         "war's main theatre.", {"UA-14": 70}),
        ("The Donetsk region (about 70 percent of which is now under Russian control) is the "
         "main theatre.", {"UA-14": 70}),
        # a side put out of all but a part keeps that part; the other side holds the rest
        ("Ukrainian forces have been pushed out of all but 1% of the Luhansk region.",
         {"UA-09": 99}),
        ("Ukraine drove Russian troops out of all but 2% of the Kharkiv region.", {"UA-63": 2}),
        ("Russian forces were pushed out of 40% of the Kharkiv region in September.", {}),
    ],
)  # fmt: skip
def test_of_which_set_off_and_put_out_of_all_but(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a part of the unit under a side's control is no statement that it holds the unit
        "The Donetsk region, most of which is now under Russian control, is the main theatre.",
        "The Donetsk region, parts of which are now under Russian control, is the main theatre.",
    ],
)
def test_a_part_of_which_is_held_is_no_statement_of_the_whole(text):
    assert held(text) == set()
    assert controlled(text) == {}


def test_a_part_of_which_is_held_in_sudan(sudan):
    text = "North Kordofan, much of which is now under army control, has seen heavy fighting."
    assert defender_held(text) == set()
    assert defender_held("Gezira State, which is now under army control, was an RSF base.") == {
        "SD-GZ"
    }


def test_units_a_plural_noun_includes(sudan):
    text = (
        "The army and allied groups hold the eastern states, including Kassala and Red Sea, and "
        "the north."
    )
    assert defender_held(text) == {"SD-KA", "SD-RS"}
    assert defender_held("The army holds the northern states, including most of River Nile.") == (
        set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "full" between a side's name and "control": the whole, that side's
        ("The Sumy region is under Ukraine's full control.", {"UA-59": 0}),
        ("The Luhansk region is under Russia's full control.", {"UA-09": 100}),
        ("Russia holds Crimea; Sumy remains under Kyiv's complete control.",
         {"UA-43": 100, "UA-40": 100, "UA-59": 0}),
        # "its" of the side that says it, before or after
        ("Ukraine said Sumy was under its full control.", {"UA-59": 0}),
        ("Sumy is under its full control, Ukraine's military said.", {"UA-59": 0}),
        ("Analysts said Sumy was under its full control.", {}),
        # ... or in an aside of saying between
        ("The Sumy region, Ukraine says, is under its full control.", {"UA-59": 0}),
    ],
)  # fmt: skip
def test_under_a_sides_full_control(text, expected):
    assert controlled(text) == expected


def test_under_a_sides_full_control_in_sudan(sudan):
    assert controlled("Gezira State is under the army's full control.") == {"SD-GZ": 0}
    assert controlled("Gezira State is now under its full control, the army said.") == {"SD-GZ": 0}
    assert controlled("Gezira State is under the RSF's full control.") == {"SD-GZ": 100}


def test_fell_to_its_forces_of_the_side_that_says_it(sudan):
    assert held("West Kordofan, the RSF said, fell to its forces.") == {"SD-GK"}
    assert held("Both sides say West Kordofan fell to their forces.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure of several regions together is of none of them
        ("Together, Donetsk and Luhansk are about 88% occupied.", {}),
        ("Donetsk and Luhansk combined are about 88% occupied.", {}),
        ("Donetsk and Luhansk are both about 88% occupied.", {"UA-14": 88, "UA-09": 88}),
        # wholly occupied together is wholly occupied each
        ("Together, Donetsk and Luhansk are fully occupied.", {"UA-14": 100, "UA-09": 100}),
    ],
)  # fmt: skip
def test_regions_together_as_the_subject(text, expected):
    assert controlled(text) == expected


def test_regions_together_as_the_subject_in_testland(testland):
    assert controlled("Taken together, Beta and Gamma are about 60% occupied.") == {}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # regions listed first, then a side's share of each, in the same places
        ("In Luhansk, Donetsk, Zaporizhzhia and Kherson, Russia's share is 99%, 78%, 74% and "
         "73%.", {"UA-09": 99, "UA-14": 78, "UA-23": 74, "UA-65": 73}, {}),
        ("In Luhansk and Donetsk, Ukraine's share is 1% and 22%.", {}, {"UA-09": 1, "UA-14": 22}),
        ("In Luhansk and Donetsk, turnout was 80% and 70%.", {}, {}),
    ],
)  # fmt: skip
def test_a_sides_share_after_the_regions_listed(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a side "left with" or "down to" a share holds it; "to take" after a verb of success
        ("Ukraine is left with about 25% of the Donetsk region.", {}, {"UA-14": 25}),
        ("Kyiv is down to about a quarter of the Donetsk region.", {}, {"UA-14": 25}),
        ("Russia has managed to take about 75% of Donetsk.", {"UA-14": 75}, {}),
        ("Russia wants to take 100% of Donetsk.", {}, {}),
        ("Russia has yet to take 25% of Donetsk.", {}, {}),
    ],
)  # fmt: skip
def test_left_with_down_to_and_to_take(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


def test_left_with_in_testland(testland):
    assert defended("Testland is left with about a third of Beta.") == {"TL-02": 33.3}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question to be answered yes or no states nothing
        ("Does Russia control 90% of the Donetsk region?", {}),
        ("Fact check: Does Russia really control 90% of the Donetsk region?", {}),
        ("Is the Sumy region under Ukraine's full control?", {}),
        # a question that takes it as given does
        ("Why does Russia control 90% of the Donetsk region?", {"UA-14": 90}),
        ("Russia controls 70% of Donetsk, but can it take the rest?", {"UA-14": 70}),
        ("Russia controls 70% of Donetsk but can it take the rest?", {"UA-14": 70}),
        # ... and a statement put with a question mark is asked
        ("Russia controls all of the Luhansk region? Not quite.", {}),
        ("So Russia holds 90% of the Donetsk region?", {}),
    ],
)  # fmt: skip
def test_a_yes_or_no_question_states_nothing(text, expected):
    assert controlled(text) == expected


def test_a_yes_or_no_question_in_sudan(sudan):
    assert defender_held("Has the army retaken Gezira State?") == set()
    assert held("The RSF holds North Darfur State? No: the army still holds El Fasher.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure someone in the text disputes loses to one no one disputes
        ("Claim: A viral post says Russia now controls 90% of the Donetsk region.\n\nVerdict: "
         "False. According to open-source maps, Russia controls about 78% of the region.",
         {"UA-14": 78}),
        ("Russia now controls 90% of Donetsk, a claim Kyiv denies. Analysts put Russian control "
         "of Donetsk at about 78%.", {"UA-14": 78}),
        # an answer that says the question's figure is exaggerated disputes it
        ("Q: Russia says it controls 80% of Donetsk.\nA: They always exaggerate.", {"UA-14": 80}),
    ],
)  # fmt: skip
def test_a_disputed_figure_loses_to_an_undisputed_one(text, expected):
    assert controlled(text) == expected


def test_an_answer_that_calls_it_exaggerated_disputes_it():
    (figure,) = read(
        "Q: Russia says it controls 80% of Donetsk.\nA: They always exaggerate."
    ).figures
    assert "disputed: 'A: They always exaggerate'" in figure.note


def test_figures_of_the_two_sides_that_cannot_both_be_true_give_none(caplog):
    text = (
        "The post also claimed that Ukraine had lost all of Zaporizhzhia. In fact, Kyiv still "
        "holds about a quarter of the Zaporizhzhia region."
    )
    with caplog.at_level(logging.WARNING):
        reading = read(text)
    assert [(f.region_code, f.controlled_pct, f.defender_pct) for f in reading.figures] == [
        ("UA-23", None, 25)
    ]
    (row,) = [e for e in reading.evidence if e.value == 100]
    assert row.decision == "ignored" and row.reason.startswith("the text contradicts it: Ukraine")
    assert "cannot both be true, none mapped: Zaporizhzhia" in caplog.text
    # a rounding apart is no contradiction
    assert controlled("Russia holds all of Luhansk. Ukraine holds 1% of Luhansk.") == {"UA-09": 100}


def test_figures_that_cannot_both_be_true_in_testland(testland):
    text = "Norland holds 90% of Beta. Testland says it holds half of Beta."
    assert (controlled(text), defended(text)) == ({}, {"TL-02": 50})


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a share "put" or "estimated" at a figure
        ("Analysts put Russian control of Donetsk at about 78%.", {"UA-14": 78}, {}),
        ("ISW estimates Russian control of the Luhansk region at 99.5%.", {"UA-09": 99.5}, {}),
        ("Kyiv puts Ukraine's share of Donetsk at 25%.", {}, {"UA-14": 25}),
        ("Pollsters put support for the war in Donetsk at 40%.", {}, {}),
    ],
)  # fmt: skip
def test_a_share_put_at_a_figure(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


def test_a_defenders_figure_of_an_earlier_time_is_neither_shown_nor_a_contradiction():
    text = (
        "Moscow's forces hold some 80% of the Luhansk region today. Before February 2022, "
        "Kyiv's troops held roughly 60% of the region."
    )
    assert (controlled(text), defended(text)) == ({"UA-09": 80}, {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a timeline's line is of the date that labels it, in every clause
        ("November 2022: Ukraine liberates Kherson city; Russia keeps about 70% of the Kherson "
         "region.", {}),
        ("2023: Russia holds 60% of Donetsk.", {}),
        ("- March 2022: Russian troops control about 90% of Luhansk.", {}),
        ("June 2025 - Russia holds 70% of Donetsk.", {"UA-14": 70}),
        ("2025: Russia holds 70% of Donetsk.", {"UA-14": 70}),
    ],
)  # fmt: skip
def test_a_timelines_date_label(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that opens with the unit, then the side in control
        ("In Blue Nile state, the army remains in control.", {"SD-NB"}),
        ("In El Obeid, the army remains in control.", set()),
        ("In the east, the army remains in control.", set()),
        # ... or took control, with no object: later than a relative clause's taking
        ("In Sennar State, the army regained control in November.", {"SD-SI"}),
        ("In Gezira State, which the RSF stormed and overran in 2023, the army regained "
         "control in January.", {"SD-GZ"}),
        ("In Gezira State, the army regained control of the bridges in January.", set()),
        # a second object after "last January"
        ("The army recaptured Gezira last January and Khartoum state in May.",
         {"SD-GZ", "SD-KH"}),
    ],
)  # fmt: skip
def test_in_a_unit_a_side_in_control_and_objects_after_last_month(sudan, text, expected):
    assert defender_held(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "full", "complete", "total" control of the unit named before: all of it
        ("In West Darfur, the RSF has been in full control since June 2023.", {"SD-DW": 100}),
        ("In West Darfur, the RSF and allied Arab militias have been in full control since "
         "June 2023.", {"SD-DW": 100}),
        ("In Gezira State, which the RSF stormed and overran in 2023, the army regained full "
         "control in January.", {"SD-GZ": 0}),
        ("Gezira State, where the army is in complete control, is calm again.", {"SD-GZ": 0}),
        # "firm" control says nothing of how much
        ("In West Darfur, the RSF is in firm control.", {}),
    ],
)  # fmt: skip
def test_in_a_unit_a_side_in_full_control_holds_all_of_it(sudan, text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a side's control that extends over units: theirs, no share given
        ("The army's control extends over Kassala, Gedaref and Red Sea states.", set(),
         {"SD-GD", "SD-KA", "SD-RS"}),
        ("The RSF's control now stretches across all five Darfur states.",
         {"SD-DC", "SD-DE", "SD-DN", "SD-DS", "SD-DW"}, set()),
        # ... over a part of one: nothing of the whole
        ("The RSF's control extends over parts of North Kordofan.", set(), set()),
        ("The RSF's control extends to the edge of Gezira State.", set(), set()),
    ],
)  # fmt: skip
def test_a_sides_control_extending_over_units(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_in_a_unit_a_side_in_full_control_in_ukraine():
    assert controlled("In the Kherson region, Ukraine is in full control.") == {"UA-65": 0}


def test_in_a_unit_a_side_in_full_control_in_testland(testland):
    assert controlled("In the Beta region, Norland is in total control.") == {"TL-02": 100}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # "With X under its control, ...": held by the side that opens the main clause
        ("With Gezira State under its control, the army pushed on to Khartoum.", set(),
         {"SD-GZ"}),
        ("With Gezira State firmly in its hands, the RSF shelled Sennar.", {"SD-GZ"}, set()),
        ("With all five Darfur states under their control, RSF fighters moved into Kordofan.",
         {"SD-DC", "SD-DE", "SD-DN", "SD-DS", "SD-DW"}, set()),
        # ... not a city, nor control no longer held
        ("With Sennar under its control, the army pushed on to Gezira.", set(), set()),
        ("With Gezira State no longer under its control, the RSF retreated west.", set(), set()),
    ],
)  # fmt: skip
def test_a_unit_under_its_control_in_an_opening_with(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # never taken by one side: the other's throughout
        ("River Nile State has never fallen to the RSF.", set(), {"SD-NR"}),
        ("Kassala State has never been captured by the RSF.", set(), {"SD-KA"}),
        ("Northern State has never been under RSF control.", set(), {"SD-NO"}),
        ("The RSF says Gezira State has never fallen to the army.", {"SD-GZ"}, set()),
        # ... not a city's, nor a part of it
        ("El Fasher has never fallen to the RSF.", set(), set()),
        ("North Darfur, which has never fallen entirely to the RSF, is contested.", set(), set()),
    ],
)  # fmt: skip
def test_a_unit_never_taken_by_one_side(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # the unit that opens the sentence, the subject of a predicate joined to the verb's
        ("Gezira State changed hands twice during the war and is now held by the army.", set(),
         {"SD-GZ"}),
        ("Gezira State fell to the RSF in 2023 and is now held by the army.", set(), {"SD-GZ"}),
        # ... not a side that opens it
        ("The RSF attacked Gezira State and is now held back by the army.", set(), set()),
    ],
)  # fmt: skip
def test_a_unit_the_subject_of_two_joined_predicates(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_a_unit_the_subject_of_two_joined_predicates_in_ukraine_and_testland(testland_path):
    text = "The Luhansk region saw fierce fighting in 2022 and is now under Russian control."
    assert held(text) == {"UA-09"}
    with using(load(testland_path)):
        assert held("The Beta region changed hands twice and is now held by Norland.") == {"TL-02"}


def test_a_unit_under_its_control_in_an_opening_with_in_testland(testland):
    text = "With the Beta region under its control, Norland turned to the Alpha region."
    assert held(text) == {"TL-02"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "neither" is the subject of its own clause, not of one joined after it with a side
        ("Neither side has moved the front in Zaporizhzhia much since 2023, and Russia, which "
         "annexed the region in 2022, still controls about three-quarters of it.", {"UA-23": 75}),
        ("Neither Ukraine nor Russia controls 75% of Zaporizhzhia.", {}),
    ],
)  # fmt: skip
def test_neither_is_the_subject_of_its_own_clause(text, expected):
    assert controlled(text) == expected


def test_neither_in_its_own_clause_in_sudan(sudan):
    text = "Neither side has gained ground in Sennar since May, and the army controls Gezira State."
    assert defender_held(text) == {"SD-GZ"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spellings of the news in English and French
        ("The RSF holds South Kordufan state.", {"SD-KS"}),
        ("The RSF controls West Darfour state.", {"SD-DW"}),
    ],
)  # fmt: skip
def test_sudans_other_spellings(sudan, text, expected):
    assert held(text) == expected


def test_darfour_is_darfur(sudan):
    assert controlled("The RSF controls all of Darfour.") == dict.fromkeys(
        ("SD-DC", "SD-DE", "SD-DN", "SD-DS", "SD-DW"), 100
    )


@pytest.mark.parametrize(
    ("text", "ours", "claims"),
    [
        # a whole a relative clause claims is claimed, not held
        ("Russia holds most of the Donetsk region, all of which it claims.", {}, {"UA-14"}),
        ("Russia holds much of the Zaporizhzhia region, all of which Moscow annexed in 2022.",
         {}, {"UA-23"}),
        ("Russia holds the Donetsk region, 70% of which it occupies.", {"UA-14": 70}, set()),
        # "which Russia claims (in full)": of the region before
        ("Ukraine refuses to cede Donetsk, which Russia claims in full.", {}, {"UA-14"}),
        ("Kyiv holds part of Donetsk, which it claims in full.", {}, set()),
        # taken in in the profile's year of annexation: held since
        ("Russia formally absorbed Crimea in March 2014.", {"UA-43": 100, "UA-40": 100},
         {"UA-43", "UA-40"}),
    ],
)  # fmt: skip
def test_claims_in_relative_clauses(text, ours, claims):
    assert (controlled(text), claimed(text)) == (ours, claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure "of which" takes the relative clause's verb, not the one before it
        ("Russia holds most of the Donetsk region, all of which it wants.", {}),
        ("Russia holds most of the Donetsk region, all of which it seeks to capture.", {}),
        ("Ukraine lost the Luhansk region, all of which Russia now occupies.", {"UA-09": 100}),
        ("Russia holds the Zaporizhzhia region, 75% of which it occupies, and wants the rest.",
         {"UA-23": 75}),
    ],
)  # fmt: skip
def test_of_which_takes_the_relative_clauses_verb(text, expected):
    assert controlled(text) == expected


def test_of_which_takes_the_relative_clauses_verb_in_testland(testland):
    assert controlled("Norland holds most of Beta, all of which it covets.") == {}


@pytest.mark.parametrize(
    "text",
    [
        # a whole after another clause's verb is no item of the list the figure before opens
        "Russia holds 75% of Donetsk and shells all of the Kharkiv region.",
        "Russia holds 75% of Donetsk and bombs the entire Kharkiv region daily.",
        "Russia holds 75% of Donetsk, and air raid sirens sounded across all of the Kharkiv "
        "region.",
        "Russia holds 75% of Donetsk; the whole Sumy region was without power.",
        "Russia holds 75% of Donetsk and targets the entire Dnipropetrovsk region with drones.",
    ],
)
def test_a_whole_after_another_verb_is_not_held(text):
    assert controlled(text) == {"UA-14": 75}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ... while the items of a list are
        ("Russia holds 99% of Luhansk and parts of Kharkiv, and 78% of Donetsk.",
         {"UA-09": 99, "UA-14": 78}),
        ("Russia controls a fifth of Ukraine, including about 99% of Luhansk and some 76% of "
         "Donetsk.", {"UA-09": 99, "UA-14": 76}),
        ("Russia occupies 19% of Ukraine. By region - Luhansk: 99.8%; Donetsk: 79%; "
         "Zaporizhzhia: 74%.", {"UA-09": 99.8, "UA-14": 79, "UA-23": 74}),
        ("Russia holds Crimea and all of Luhansk.", {"UA-43": 100, "UA-40": 100, "UA-09": 100}),
    ],
)  # fmt: skip
def test_the_items_of_a_list_keep_its_verb(text, expected):
    assert controlled(text) == expected


def test_a_whole_after_another_verb_in_sudan(sudan):
    text = "The RSF holds 60% of North Kordofan and shells all of the White Nile state."
    assert controlled(text) == {"SD-KN": 60}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # all of it the defending side's, in figures: none the controlling side's
        ("The Kyiv region has been 100% de-occupied.", {"UA-32": 0}),
        ("Ukraine controls 100% of the Sumy region.", {"UA-59": 0}),
    ],
)  # fmt: skip
def test_a_hundred_percent_held_by_the_defender(text, expected):
    assert (controlled(text), defended(text)) == (expected, {})


@pytest.mark.parametrize(
    ("hedge", "other"), [("nearly", "over"), ("almost", "over"), ("about", "about"), ("", "")]
)
def test_a_hedged_hundred_percent_of_the_defender_is_the_others_hedged_none(hedge, other):
    text = f"Ukraine controls {hedge} 100% of the Sumy region.".replace("  ", " ")
    (figure,) = read(text).figures
    assert (figure.controlled_pct, figure.qualifier) == (0, other)


def test_a_hedged_hundred_percent_of_the_defender_in_sudan(sudan):
    (figure,) = read("The army controls nearly 100% of Khartoum State.").figures
    assert (figure.region_code, figure.controlled_pct, figure.qualifier) == ("SD-KH", 0, "over")


@pytest.mark.parametrize(
    "text",
    [
        # a part named after the unit: "south of", "east of"; "but a sliver"
        "Russia holds all of the Zaporizhzhia region south of the front line.",
        "Russia holds the Zaporizhzhia region south of the front line.",
        "Russia controls the Kherson region east of the Dnipro.",
    ],
)
def test_a_part_named_after_the_unit(text):
    assert (controlled(text), held(text)) == ({}, set())


def test_all_of_a_unit_but_a_part_is_held_with_no_share():
    text = "Russia holds all of the Luhansk region but a sliver in the west."
    assert (controlled(text), held(text)) == ({}, {"UA-09"})
    # ... and the part said first: "all but a sliver of X"
    text = "Russia holds all but a sliver of the Luhansk region."
    assert (controlled(text), held(text)) == ({}, {"UA-09"})
    assert (controlled("Russia holds all but 1% of the Luhansk region."), held(text)) == (
        {"UA-09": 99},
        {"UA-09"},
    )


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        ("The RSF controls all but a small corner of North Darfur.", {"SD-DN"}),
        ("The RSF controls all except a few villages of West Darfur.", {"SD-DW"}),
        # units left out, which not said: none
        ("The RSF controls all but one of Darfur's five states.", set()),
        ("The RSF controls all but two of the five Darfur states.", set()),
    ],
)
def test_all_but_a_part_of_a_unit_in_sudan(sudan, text, ours):
    assert (controlled(text), held(text)) == ({}, ours)


def test_a_place_set_off_after_the_unit_is_no_part():
    assert held("Russia holds the Luhansk region, east of Kharkiv.") == {"UA-09"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its share" after a figure is the next figure's own word, not this one's verb
        ("Russia gained 10% of Donetsk this year, bringing its share to 70%.", {"UA-14": 70}),
        ("Russia has gained 10% of Donetsk.", {}),
        ("Russia holds 70% of Donetsk, up from 60% a year ago.", {"UA-14": 70}),
    ],
)  # fmt: skip
def test_a_gain_and_the_share_it_brought(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb right before another figure is that figure's, not the one before it
        ("Russia shells 30% of the Kharkiv region daily and controls 3% of it.", {"UA-63": 3}),
        ("About 99% of Luhansk and 70% of Donetsk are occupied.", {"UA-09": 99, "UA-14": 70}),
    ],
)  # fmt: skip
def test_a_verb_before_another_figure_is_its_own(text, expected):
    assert controlled(text) == expected


def test_a_verb_before_another_figure_in_testland(testland):
    text = "Norland shells 30% of Beta every night and holds 5% of it."
    assert controlled(text) == {"TL-02": 5}


def test_a_sides_word_against_the_figure_disputes_it(caplog):
    text = "Russia says it has taken all of Luhansk, but Ukraine says it still holds two villages."
    with caplog.at_level(logging.WARNING):
        (figure,) = read(text).figures
    assert "disputed: 'but Ukraine says it still holds'" in figure.note
    assert "someone disputes: Luhansk" in caplog.text


@pytest.mark.parametrize(
    "text",
    [
        # annexations planned, wished for, failed, put as a condition or talked of: no claim
        "Russia's annexation plans for Odesa were shelved.",
        "Had Russia annexed Kharkiv, the front would look different.",
        "Without annexing Mykolaiv, Russia cannot reach Odesa.",
        "Russia's failure to annex Kharkiv in 2022 still rankles in Moscow.",
        "Some Russian nationalists want Moscow to annex Odesa and Mykolaiv.",
        "Annexing the Kharkiv region is not on the agenda, the Kremlin said.",
        "The Kremlin denied it was planning to absorb the Kharkiv region into Russia.",
    ],
)
def test_annexations_not_made_are_no_claims(text):
    assert claimed(text) == set()


def test_annexations_not_made_in_testland(testland):
    assert claimed("Had Norland annexed Alpha, the war would have ended.") == set()
    assert claimed("Norland annexed Alpha in 2019.") == {"TL-01"}
