"""Units named by count, by a table's line or by whose control they are under: "four of Darfur's
five states: A, B, C and D", "RSF: A, B and C", "under the group's control", and what an
exception that names a town leaves out.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest

from tests.test_reading_structure import controlled, defender_held, held, read

FOUR = {"SD-DC", "SD-DE", "SD-DS", "SD-DW"}
DARFUR = {*FOUR, "SD-DN"}


@pytest.mark.parametrize(
    "text",
    [
        "The RSF now holds four of Darfur's five states: South, Central, West and East Darfur.",
        "The RSF holds four of the five Darfur states (South Darfur, Central Darfur, West Darfur "
        "and East Darfur).",
        "Today the RSF controls four of the five Darfur states - South, Central, West and East "
        "Darfur - and is besieging the fifth.",
        "The paramilitaries control four of the country's 18 states, South Darfur, Central "
        "Darfur, West Darfur and East Darfur, aid agencies say.",
        # the group named after the noun
        "The RSF holds four of the five states in Darfur - South, West, Central and East Darfur.",
        "The RSF holds four of the five states in Darfur, all but North Darfur.",
    ],
)
def test_a_count_of_units_named_after_it(sudan, text):
    assert held(text) == FOUR


@pytest.mark.parametrize(
    "text",
    [
        # the count is not met: which units is not said
        "The RSF holds four of Darfur's five states: South Darfur and West Darfur among them.",
        "The RSF controls four of the five Darfur states, according to monitors.",
        "The RSF holds four of the five states in Darfur.",
        # the units named are not the group's
        "The RSF controls two of the five Darfur states: West Kordofan and North Kordofan.",
    ],
)
def test_a_count_not_met_names_no_unit(sudan, text):
    assert held(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a count that is the whole group's: every one of its units
        "The RSF now controls all five of Darfur's states.",
        "The RSF holds five of Darfur's five states.",
        "The RSF now holds each of the five Darfur states.",
        "The RSF controls each of Darfur's five states.",
        "The RSF controls each of the states of Darfur.",
    ],
)
def test_a_count_that_is_the_whole_groups(sudan, text):
    assert held(text) == DARFUR


def test_a_count_short_of_the_whole_group_names_no_unit(sudan):
    assert held("The RSF controls four of Darfur's states.") == set()
    assert held("The RSF holds all four of the five Darfur states.") == set()


@pytest.mark.parametrize("how", [" outright", " entirely", ""])
def test_a_count_of_units_held_outright_then_named(sudan, how):
    text = f"The army controls three states{how}: Northern, River Nile and Red Sea."
    assert defender_held(text) == {"SD-NO", "SD-NR", "SD-RS"}


def test_a_count_of_units_in_testland(testland):
    assert held("Norland now holds two of the three regions: Alpha and Beta.") == {
        "TL-01",
        "TL-02",
    }
    assert held("Norland now holds two of the three regions, officials say.") == set()


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("South Darfur State has been under the RSF's control since 2023.", {"SD-DS"}, set()),
        ("Sennar State is under the army's control again.", set(), {"SD-SI"}),
        ("South Darfur State remains under the militia's control.", {"SD-DS"}, set()),
        # "its", "the group's": the one side the sentence names ...
        ("The RSF took El Geneina in 2023, and West Darfur has been under its control since.",
         {"SD-DW"}, set()),
        # ... or the side of the sentence before
        ("The army entered Wad Madani in January. Gezira State is now under its control.",
         set(), {"SD-GZ"}),
        ("The RSF took El Geneina in June 2023. West Darfur has been under the group's control "
         "ever since.", {"SD-DW"}, set()),
        # both sides named: whose is unclear
        ("The army shelled RSF positions, but West Kordofan State remains under its control.",
         set(), set()),
        # no side named at all: unclear
        ("Fighting went on for weeks. West Darfur has been under the group's control since.",
         set(), set()),
    ],
)  # fmt: skip
def test_under_whose_control(sudan, text, ours, theirs):
    assert held(text) == ours
    assert defender_held(text) == theirs


def test_under_whose_control_in_testland(testland):
    assert held("The Gamma region has been under Norland's control since the spring.") == {"TL-03"}
    text = "Norland took Gamma's capital in May. The Alpha region has been under its control since."
    assert held(text) == {"TL-01"}


def test_a_state_since_an_earlier_time_is_todays(sudan):
    text = "The RSF took El Geneina in 2023, and West Darfur has been under RSF control ever since."
    assert held(text) == {"SD-DW"}
    # a state of an earlier time, said as such, is not
    assert held("In 2023 West Darfur was under RSF control.") == set()


def test_a_table_of_sides_then_units(sudan):
    text = (
        "Who holds what, in May:\n"
        "Army: Northern, River Nile, Red Sea and Kassala states.\n"
        "RSF – West Darfur, Central Darfur, South Darfur, East Darfur.\n"
        "Contested – North Darfur, North Kordofan.\n"
        "Under army control: Khartoum State, Gezira.\n"
    )
    assert held(text) == FOUR
    assert defender_held(text) == {"SD-NO", "SD-NR", "SD-RS", "SD-KA", "SD-KH", "SD-GZ"}


def test_a_table_line_of_a_groups_units(sudan):
    text = "Army: Khartoum, Gezira and Sennar states.\nRSF: all five Darfur states.\n"
    assert held(text) == FOUR | {"SD-DN"}
    # ... "all of" the group: all of each, 100%
    assert controlled("RSF: all of Darfur.\n") == {code: 100 for code in FOUR | {"SD-DN"}}
    # ... as many as the group has, or which is not said
    assert held("RSF: four Darfur states.\n") == set()


def test_a_table_line_whose_rest_is_no_list_of_units(sudan):
    text = "Army: it says its troops entered Khartoum in March.\nRSF – attacks go on.\n"
    assert held(text) == set()
    assert defender_held(text) == set()


def test_a_table_of_sides_then_units_in_testland(testland):
    assert held("Norland: Alpha, Beta.\nTestland: Gamma.\n") == {"TL-01", "TL-02"}
    assert controlled("Norland: Alpha, Beta.\n") == {}  # held, no share given


def test_an_exception_that_names_a_town_leaves_its_unit_out(sudan):
    text = "The RSF controls all of Darfur except the besieged city of El Fasher."
    assert controlled(text) == {code: 100 for code in FOUR}
    # ... "but" before the name likewise, and the unit is not held either
    for text in ("The RSF holds all of Darfur but El Fasher.",
                 "The RSF holds all of Darfur but El Fasher's outskirts, analysts say.",
                 "The RSF holds all of Darfur but North Darfur."):  # fmt: skip
        assert controlled(text) == {code: 100 for code in FOUR}
        assert "SD-DN" not in held(text)


def test_a_groups_units_but_one_a_part_of_which_is_left_out(sudan):
    # "except (for)" after a group's units: a unit named, or parts of one, left out
    for text in (
        "Across the country, the paramilitaries hold all five states in the Darfur region "
        "except for a corner of North Darfur where the army still holds out.",
        "The RSF runs all five states of the Darfur region except for North Darfur.",
        "The RSF controls every state in Darfur except parts of North Darfur.",
    ):
        assert held(text) == FOUR


def test_a_part_after_an_exception_is_no_exception(sudan):
    # "much of" Kordofan is more of what the RSF controls, not what "except" leaves out
    text = (
        "The RSF controls all of Darfur except the besieged city of El Fasher and much of "
        "West and South Kordofan."
    )
    assert controlled(text) == {code: 100 for code in FOUR}


def test_an_exception_that_names_a_town_in_ukraine():
    text = (
        "Russian forces hold all of the Luhansk and Donetsk regions except the town of Kramatorsk."
    )
    assert controlled(text) == {"UA-09": 100}
    # a place no unit is named after: no unit whole
    assert controlled("Russia holds all of Luhansk except a pocket near the river.") == {}


def test_a_quoted_speaker_with_a_name_after_the_office(sudan):
    text = (
        '"We have liberated Khartoum State completely," the army\'s spokesman, Jamal Idris, said.'
    )
    assert controlled(text) == {"SD-KH": 0}  # all of it, the army's
    text = '"We have liberated Khartoum State," the army\'s spokesman, Jamal Idris, said.'
    assert defender_held(text) == {"SD-KH"}
    text = '"We hold West Darfur," an RSF commander, Adam Bashar, told reporters.'
    assert held(text) == {"SD-DW"}


def test_the_evidence_says_whose_control_was_read(sudan):
    text = "The RSF took El Geneina in 2023. West Darfur has been under its control since."
    rows = [e for e in read(text).evidence if e.region_code == "SD-DW"]
    assert [(e.holder, e.decision) for e in rows] == [("RSF", "used")]
    assert "'its control' read as RSF's" in rows[0].reason


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("The army is in firm control of the states of River Nile, Northern, Red Sea and "
         "Kassala.", set(), {"SD-NR", "SD-NO", "SD-RS", "SD-KA"}),
        ("The RSF is in effective control of West Kordofan State.", {"SD-GK"}, set()),
        # "the state" as a passive verb's subject: the unit named before
        ("In Blue Nile State, rebels hold some areas along the border, but the state remains "
         "under army control.", set(), {"SD-NB"}),
        ("The RSF overran Gezira State in 2023. Since January, the state has been under army "
         "control.", set(), {"SD-GZ"}),
        # "in the state" is where, not what is held
        ("Fighting in Gezira State went on; clashes in the state remain under review.", set(),
         set()),
    ],
)  # fmt: skip
def test_takeovers_firm_control_and_the_state_before_a_passive(sudan, text, ours, theirs):
    assert held(text) == ours
    assert defender_held(text) == theirs


def test_the_region_before_a_passive_in_testland(testland):
    text = "Norland shelled the Gamma region for weeks, but the region remains in Testlandic hands."
    assert defender_held(text) == {"TL-03"}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("The RSF has ruled West Darfur State since mid-2023.", {"SD-DW"}, set()),
        ("The court ruled that Gezira State's governor must resign.", set(), set()),
        ("Gedaref and Kassala states, near the Eritrean border, have stayed under army control "
         "throughout the war.", set(), {"SD-GD", "SD-KA"}),
        ("RSF-held territory now includes all five Darfur states.",
         {"SD-DC", "SD-DE", "SD-DN", "SD-DS", "SD-DW"}, set()),
        ("Army-controlled areas span Northern and River Nile states.", set(),
         {"SD-NO", "SD-NR"}),
        # the side in words
        ("The territory the RSF controls now includes all five Darfur states.", DARFUR, set()),
        ("The areas under army control include Northern and River Nile states.", set(),
         {"SD-NO", "SD-NR"}),
        ("Territory held by the army includes Gezira and Sennar states.", set(),
         {"SD-GZ", "SD-SI"}),
        ("The RSF runs a rival government in the territory it holds, which includes West "
         "Kordofan State.", {"SD-GK"}, set()),
        ("The areas the army lost include Gezira State.", set(), set()),
        # "all" or "both" between a list of units and their verb
        ("Gezira, Sennar and Khartoum states have all been recaptured by the army.", set(),
         {"SD-GZ", "SD-SI", "SD-KH"}),
        ("Gezira and Sennar states both fell to the army.", set(), {"SD-GZ", "SD-SI"}),
        # "retains" as a verb of holding
        ("The RSF holds South Darfur, while the army retains River Nile and Red Sea states.",
         {"SD-DS"}, {"SD-NR", "SD-RS"}),
        ("The RSF retains the right to attack Kassala State.", set(), set()),
        # ... and "retains control of" as one, a list from a name given with its noun
        ("The army retains control of Northern, River Nile and Red Sea states, where many "
         "have fled.", set(), {"SD-NO", "SD-NR", "SD-RS"}),
        ("The RSF retained its hold on Central, South and East Darfur.",
         {"SD-DC", "SD-DS", "SD-DE"}, set()),
        ("The five Darfur states now lie under RSF control.", DARFUR, set()),
        # "in the grip of", "-dominated"
        ("South Darfur is firmly in the grip of the RSF.", {"SD-DS"}, set()),
        ("RSF-dominated South Darfur hosts a rival government.", {"SD-DS"}, set()),
        ("Gezira and Sennar states have all been under army control since 2025.", set(),
         {"SD-GZ", "SD-SI"}),
        ("Areas under RSF attack include Sennar State.", set(), set()),
        ("The territory the RSF controls includes parts of North Kordofan.", set(), set()),
        ("The RSF's report lists the areas it covers: North Darfur and Gezira State.", set(),
         set()),
    ],
)  # fmt: skip
def test_rule_stay_and_territory_that_includes(sudan, text, ours, theirs):
    assert held(text) == ours
    assert defender_held(text) == theirs


def test_an_aside_of_where_between_a_side_and_its_verb():
    from tests.test_reading_structure import defended

    text = "Ukrainian troops, near the Russian lines, still hold about 30% of the Kherson region."
    assert (controlled(text), defended(text)) == ({}, {"UA-65": 30})


def test_a_second_object_of_control_of(sudan):
    text = "The army regained control of Gezira State in January and of Khartoum State in May."
    assert defender_held(text) == {"SD-GZ", "SD-KH"}
    # a part of the second is no unit held
    text = "The RSF took control of Gezira State in 2023 and of most of Sennar State in 2024."
    assert held(text) == {"SD-GZ"}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("The RSF controls Sudan's western region of Darfur.", DARFUR, set()),
        ("Sudan's army has lost control of all five states in the Darfur region.", DARFUR, set()),
        # a count that is not the group's: which units is not said
        ("The army has lost control of three states in the Darfur region.", set(), set()),
        ("The army controls two of the five states in Darfur.", set(), set()),
    ],
)  # fmt: skip
def test_a_groups_units_by_count_and_by_region(sudan, text, ours, theirs):
    assert held(text) == ours
    assert defender_held(text) == theirs


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("Control of Gezira State passed to the army in January 2025.", set(), {"SD-GZ"}),
        ("Control of West Kordofan State went to the RSF after Babanusa fell.", {"SD-GK"},
         set()),
        ("Control of Gezira State never passed to the RSF.", set(), set()),
        # ... from one side to the other: the side it passed to
        ("Control of Khartoum State passed from the RSF to the army in May.", set(), {"SD-KH"}),
        ("Control of Sennar State passed from the army to the RSF in 2024.", {"SD-SI"}, set()),
        ("Control of Khartoum State never passed from the RSF to the army.", set(), set()),
        ("Control of North Kordofan State has not passed to the RSF.", set(), set()),
    ],
)  # fmt: skip
def test_control_that_passed_to_a_side(sudan, text, ours, theirs):
    assert held(text) == ours
    assert defender_held(text) == theirs


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("An army brigade took Sennar State in June.", set(), {"SD-SI"}),
        # both sides before a joined verb: whose it is, unclear (it went to the RSF)
        ("An army convoy met RSF fighters near Babanusa and then seized West Kordofan State.",
         set(), set()),
    ],
)  # fmt: skip
def test_a_sides_units_by_their_adjective(sudan, text, ours, theirs):
    assert held(text) == ours
    assert defender_held(text) == theirs


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("Army recaptures Sennar State from RSF", set(), {"SD-SI"}),
        ("Sudan: Army regains control of Gezira State", set(), {"SD-GZ"}),
        ("Sudan's army regains control of Sennar State", set(), {"SD-SI"}),
        # "Military" opening a sentence before no verb of taking names no side
        ("Military analysts say the RSF holds West Kordofan State.", {"SD-GK"}, set()),
    ],
)  # fmt: skip
def test_a_headlines_bare_army(sudan, text, ours, theirs):
    assert held(text) == ours
    assert defender_held(text) == theirs


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("Sudan army declares Gezira State 'liberated'", set(), {"SD-GZ"}),
        ("The RSF declared West Kordofan State liberated after Babanusa fell.", {"SD-GK"}, set()),
        ("The RSF has not declared West Kordofan State liberated.", set(), set()),
    ],
)  # fmt: skip
def test_a_unit_declared_liberated(sudan, text, ours, theirs):
    assert held(text) == ours
    assert defender_held(text) == theirs


def test_a_region_declared_liberated_in_ukraine():
    from tests.test_reading_structure import read

    figures = read("Ukraine declared the Kyiv region liberated in April 2022.").figures
    assert [(f.region_code, f.defender_held) for f in figures] == [("UA-32", True)]


def test_a_table_line_of_a_side_is_a_list_of_units_only(sudan):
    text = (
        "Army: Gezira State is calm, residents say.\n"
        "Army: Khartoum State (retaken in March), Sennar State.\n"
    )
    assert defender_held(text) == {"SD-KH", "SD-SI"}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a side's units in a sentence of their own, after a noun of units
        ("Army-controlled states include Northern, River Nile and Red Sea.", set(),
         {"SD-NO", "SD-NR", "SD-RS"}),
        ("The states under RSF control are South Darfur and East Darfur.", {"SD-DS", "SD-DE"},
         set()),
        ("States held by the army include Kassala State and Sennar State.", set(),
         {"SD-KA", "SD-SI"}),
        # ... the list after a colon
        ("The RSF-held states are: West Darfur, Central Darfur and East Darfur.",
         {"SD-DW", "SD-DC", "SD-DE"}, set()),
        # ... a label of the noun and the side, then the units: "States under RSF control: A, B"
        ("States under RSF control: North Darfur, South Darfur and West Darfur.",
         {"SD-DN", "SD-DS", "SD-DW"}, set()),
        ("Areas under army control: Khartoum, Gezira and Sennar states.", set(),
         {"SD-KH", "SD-GZ", "SD-SI"}),
        ("States under RSF control: most of Darfur.", set(), set()),
        # ... units only, and the noun needed
        ("The RSF-held states are suffering from famine.", set(), set()),
        ("Army-controlled areas include parts of Khartoum State.", set(), set()),
        ("RSF states include North Darfur and South Darfur.", set(), set()),
    ],
)  # fmt: skip
def test_a_sides_units_listed_after_a_noun_of_units(sudan, text, ours, theirs):
    assert held(text) == ours
    assert defender_held(text) == theirs


def test_a_sides_units_listed_in_testland(testland):
    assert held("Norland-held regions include Beta and Gamma.") == {"TL-02", "TL-03"}


def test_kurdufan_is_kordofan(sudan):
    assert controlled("The RSF controls all of Kurdufan.") == {
        "SD-GK": 100,
        "SD-KN": 100,
        "SD-KS": 100,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a takeover or liberation completed is of all of each unit
        ("The army announced the full liberation of Sennar State.", {"SD-SI": 0}),
        ("The armed forces completed the liberation of Khartoum State on Wednesday.",
         {"SD-KH": 0}),
        ("The RSF completed its takeover of East Darfur State with the capture of Ed Daein.",
         {"SD-DE": 100}),
        ("The army has not completed the liberation of Gezira State.", {}),
        # ... said complete after the units
        ("The army said the liberation of Gezira State had been completed.", {"SD-GZ": 0}),
        ("The army says the liberation of Sennar State is not yet complete.", {}),
        # ... the side that says so named after it
        ("The liberation of Sennar State has been completed, the army said.", {"SD-SI": 0}),
    ],
)  # fmt: skip
def test_a_liberation_or_a_takeover_completed(sudan, text, expected):
    assert controlled(text) == expected
    assert held(text) == set() and defender_held(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Russian Defence Ministry said the liberation of the LPR had been completed.",
         {"UA-09": 100}),
        ("Russian forces have completed the liberation of the LPR.", {"UA-09": 100}),
        # ... in quotation marks, or said by the other side
        ('Moscow said the "liberation" of the LPR had been completed.', {"UA-09": 100}),
        ("Kyiv said the liberation of the Kharkiv region had been completed.", {"UA-63": 0}),
        # who says it is no side: the holder is unclear
        ("The liberation of the Luhansk region is complete, a blogger wrote.", {}),
    ],
)  # fmt: skip
def test_a_liberation_completed_in_ukraine(text, expected):
    assert controlled(text) == expected


def test_a_units_abbreviation_is_no_towns_name():
    assert held("Russian forces now control the DPR and the LPR.") == {"UA-14", "UA-09"}


@pytest.mark.parametrize(
    ("line", "ours", "theirs"),
    [
        # a table's line of a unit and a state in a side's words
        ("Gezira and Sennar: retaken by the army in early 2025.", set(), {"SD-GZ", "SD-SI"}),
        ("Khartoum State: back under army control since March.", set(), {"SD-KH"}),
        ("West Darfur: RSF-held since 2023", {"SD-DW"}, set()),
        # a line with a verb of its own is no table's
        ("Gezira State: the army says it is calm.", set(), set()),
    ],
)  # fmt: skip
def test_a_tables_line_of_a_unit_and_a_state(sudan, line, ours, theirs):
    assert (held(line), defender_held(line)) == (ours, theirs)
