"""Wordings the reading meets in outlets' copy beyond those it was first written for: areas
given as adjectives ("of the 27,000-square-kilometre X region"), a verb's units in a row after
their times, "them" and "both" as a claim's regions, shares raised to or amounting to a figure,
the side that says a relative clause's verb, the occupiers as actors, statements of holding on,
regaining and the fall of a unit, takings feared or undone, years against months, "it" after a
statement and after a unit named before, parts said after the unit, "the territory" after a
list, "of each region", "the figure for X", cleft sentences, characters no reader sees, and
tables under a header row; in Ukraine's profile, Sudan's and the made-up Testland's.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest

from tests.test_reading_changes import claimed
from tests.test_reading_structure import controlled, defended, defender_held, held, read


@pytest.mark.parametrize(
    "size",
    ["27,000-square-kilometre", "26,500 sq km", "27,000 km2", "10,400-square-mile", "2,600-km²"],
)
def test_an_area_before_the_name_is_passed_over(size):
    assert controlled(f"Russia holds about 70% of the {size} Donetsk region.") == {"UA-14": 70}


def test_a_number_that_is_no_area_is_no_filler():
    # "the 2022 Donetsk region" is no wording of a region; no guess is made
    assert controlled("Russia holds 70% of the 2022 Donetsk region.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SAF retook Sennar State in November, and Gezira State in January.",
         {"SD-SI", "SD-GZ"}),
        ("The army retook Sennar State in November, then Gezira State in January and Khartoum "
         "State in March.", {"SD-SI", "SD-GZ", "SD-KH"}),
        ("The army retook Sennar State in November and then Gezira State in January.",
         {"SD-SI", "SD-GZ"}),
        # a new clause after the time is its own: Gezira is no object of "retook"
        ("The army retook Sennar State in November, Gezira State stayed with the RSF.",
         {"SD-SI"}),
    ],
)  # fmt: skip
def test_one_verb_its_units_and_their_times_in_a_row(sudan, text, expected):
    assert defender_held(text) == expected
    assert held(text) == set()


def test_units_in_a_row_after_a_time_keep_their_own_verbs(sudan):
    text = "The army retook Sennar State in November and the RSF then seized Gezira State."
    assert defender_held(text) == {"SD-SI"}
    assert held(text) == {"SD-GZ"}


@pytest.mark.parametrize(
    "claim",
    ["Moscow claims both.", "Moscow claims them in full.", "Moscow claims both in their entirety.",
     "Moscow claims them entirely.", "Russia claims them to be Russian.",
     "Moscow considers both Russian territory.", "Moscow claims both as part of Russia.",
     "Putin signed laws absorbing them into Russia in 2022."],
)  # fmt: skip
def test_them_or_both_after_a_verb_of_claiming_are_the_regions_before(claim):
    assert claimed(f"Fighting goes on in Zaporizhzhia and Kherson. {claim}") == {"UA-23", "UA-65"}


@pytest.mark.parametrize(
    "claim",
    ["Moscow claims both sides agreed to talks.", "Moscow claims them to be nothing new.",
     "Kyiv claims both.", "Moscow claims the whole region."],
)  # fmt: skip
def test_what_is_no_claim_of_the_regions_before(claim):
    # "the whole region" after two: which one is not said
    assert claimed(f"Fighting goes on in Zaporizhzhia and Kherson. {claim}") == set()


def test_one_regions_words_after_one_region_or_the_peninsula(testland):
    assert claimed("Fighting goes on in the Alpha region. Norland claims the whole region.") == {
        "TL-01"
    }
    assert claimed("Norland claims both. Fighting goes on in Alpha and Beta.") == set()


def test_it_after_two_regions_is_neither_but_the_peninsula_is_one():
    assert claimed("Ukraine wants Crimea and Kherson back. Moscow annexed it.") == set()
    assert claimed("Russian troops seized Crimea in 2014. Moscow annexed it weeks later.") == {
        "UA-43",
        "UA-40",
    }


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("According to one map, the occupied area of Zaporizhzhia oblast amounts to 73 percent.",
         {"UA-23": 73}, {}),
        ("The Russian-held area of Zaporizhzhia totals 73%.", {"UA-23": 73}, {}),
        ("Russia has gained about 4,000 square kilometres of Donetsk this year, raising its share "
         "to 79%.", {"UA-14": 79}, {}),
        ("Russian troops advanced in Donetsk, raising Moscow's share to 79%.", {"UA-14": 79}, {}),
        ("Ukraine has retaken 500 square kilometres of Kharkiv, raising its share to 95%.",
         {}, {"UA-63": 95}),
        # a side's share or control that has grown (shrunk) to a figure, the region before
        ("In Donetsk, Moscow's share has climbed to 78%.", {"UA-14": 78}, {}),
        ("In the Kharkiv region, Ukrainian control has grown to 96%.", {}, {"UA-63": 96}),
        ("In Donetsk, the Russian garrison has grown to 78,000 troops.", {}, {}),
        # a share of something else
        ("Russia took 4,000 km2 of Donetsk, raising its share of the vote to 79%.", {}, {}),
    ],
)  # fmt: skip
def test_a_share_raised_to_or_amounting_to_a_figure(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


# -- who says what a relative clause's verb says ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("The Ukrainian army, which Russia says holds just 20% of Donetsk, disputes the figure.",
         {}, {"UA-14": 20}),
        ("Ukraine, which Moscow claims controls only 20% of Donetsk, is digging in.",
         {}, {"UA-14": 20}),
        ("Ukrainian troops, who Russia says hold just 20% of Donetsk, are digging in.",
         {}, {"UA-14": 20}),
        ("Russia, which Ukraine says holds 70% of Donetsk, is pressing on.", {"UA-14": 70}, {}),
        # the one who says it is the subject where nothing else is
        ("Russia says it holds 80% of Donetsk.", {"UA-14": 80}, {}),
        ("Russia reports holding 80% of Donetsk.", {"UA-14": 80}, {}),
        ("Russia says Ukraine holds 20% of Donetsk.", {}, {"UA-14": 20}),
        # "that" after a verb of saying opens what is said: its subject is the side after it
        ("Moscow says that Ukraine maintains hold over 20% of the Donetsk region.",
         {}, {"UA-14": 20}),
    ],
)  # fmt: skip
def test_the_side_that_says_a_relative_clauses_verb_is_not_its_subject(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


def test_the_side_that_says_in_testland(testland):
    text = "Testland, which Norland says holds just 20% of the Alpha region, disputes it."
    assert controlled(text) == {}
    assert defended(text) == {"TL-01": 20}


@pytest.mark.parametrize(
    ("text", "rsf", "army"),
    [
        ("The army, which the RSF says holds only 30% of Sennar State, denies it.",
         set(), {"SD-SI"}),
        ("The RSF, which the army says controls 60% of North Kordofan, is advancing.",
         {"SD-KN"}, set()),
        # the one a relative clause is on is the object of its verb of putting out
        ("The army, which the RSF drove out of Sennar State, denies it.", {"SD-SI"}, set()),
        ("The army, which the RSF says it has driven out of Sennar State, denies it.",
         {"SD-SI"}, set()),
        ("The RSF, which the army has pushed out of Khartoum State, regrouped.",
         set(), {"SD-KH"}),
        # a passive, and a side that went by itself, are the subject as before
        ("The army, which was driven out of Sennar State by the RSF, denies it.",
         {"SD-SI"}, set()),
        ("The RSF, which withdrew from Sennar State, regrouped.", set(), {"SD-SI"}),
    ],
)  # fmt: skip
def test_relative_clauses_on_a_side_in_sudan(sudan, text, rsf, army):
    reading = read(text).figures
    assert {f.region_code for f in reading if f.held_only or f.controlled_pct} == rsf
    assert {f.region_code for f in reading if f.defender_held or f.defender_pct} == army


# -- the occupier named as a noun --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["According to one project's maps, the occupation forces control 79.5% of the Donetsk region.",
     "Occupying troops hold 79.5% of the Donetsk region.",
     "The ruscists hold around 79.5% of the Donetsk region."],
)  # fmt: skip
def test_the_occupation_forces_are_the_controlling_side(text):
    assert controlled(text) == {"UA-14": 79.5}


@pytest.mark.parametrize(
    "who", ["The occupiers", "The occupation authorities", "The occupying forces"]
)
def test_the_occupiers_claiming_a_whole_hold_no_share_of_it(who):
    # the noun is the side, no word of holding: "claim the whole of" is a claim, not 100%
    text = f"{who} claim the whole of Zaporizhzhia."
    assert claimed(text) == {"UA-23"}
    assert controlled(text) == {}


def test_the_occupiers_as_actor_and_occupation_as_a_state():
    assert controlled("About 70% of Donetsk is held by the occupiers.") == {"UA-14": 70}
    assert controlled("About 70% of Donetsk is under occupation.") == {"UA-14": 70}
    assert controlled("The occupying forces hold the whole of Luhansk.") == {"UA-09": 100}


@pytest.mark.parametrize(
    ("text", "rsf", "army"),
    [
        ("The army has held on to River Nile State.", set(), {"SD-NR"}),
        ("The army holds on to River Nile and Northern states.", set(), {"SD-NR", "SD-NO"}),
        ("The army has clung on to North Kordofan.", set(), {"SD-KN"}),
        ("The RSF held onto South Darfur throughout the war.", {"SD-DS"}, set()),
        ("The RSF dominates South Darfur.", {"SD-DS"}, set()),
        ("The RSF now dominates all five Darfur states except North Darfur.",
         {"SD-DS", "SD-DW", "SD-DC", "SD-DE"}, set()),
        # a time after the unit ends its name
        ("The RSF has held South Darfur ever since.", {"SD-DS"}, set()),
        ("The army controls River Nile State today.", set(), {"SD-NR"}),
    ],
)  # fmt: skip
def test_statements_of_holding_on_and_dominating(sudan, text, rsf, army):
    assert held(text) == rsf
    assert defender_held(text) == army


# -- takings named by their nouns, undone, dated, and referred to ----------------------------


@pytest.mark.parametrize(
    ("text", "rsf", "army"),
    [
        ("The fall of Gezira State to the RSF in December 2023 shocked the country.",
         {"SD-GZ"}, set()),
        ("After the fall of West Darfur to the RSF, thousands fled west.", {"SD-DW"}, set()),
        # a city's fall is not its state's, nor is that of a place the state names
        ("The fall of El Fasher to the RSF ended the siege.", set(), set()),
        ("The fall of Gezira State's capital to the RSF shocked the country.", set(), set()),
        # feared, prevented: not said to have happened
        ("Many fear the fall of North Darfur to the RSF.", set(), set()),
        ("The army prevented the fall of North Kordofan to the RSF.", set(), set()),
        ("Many fear the RSF's capture of North Darfur.", set(), set()),
        ("The army prevented the RSF's takeover of North Kordofan.", set(), set()),
        ("Since the army's recapture of Gezira State in January, aid has flowed.",
         set(), {"SD-GZ"}),
        # undone after
        ("The RSF's capture of Gezira State was reversed in January.", set(), set()),
        ("The fall of Gezira State to the RSF was reversed in January.", set(), set()),
        ("The RSF's capture of Gezira State in 2023 was followed by its recapture by the army.",
         set(), set()),
    ],
)  # fmt: skip
def test_a_taking_named_by_its_noun(sudan, text, rsf, army):
    assert held(text) == rsf
    assert defender_held(text) == army


def test_a_year_is_no_later_than_a_month_in_it(sudan):
    # "in 2024" may be before or after "in November" (2024): neither is later, so the taking
    # of the main clause is not outdated by the aside's
    text = "Sennar State, captured by the RSF in 2024, was retaken by the army in November."
    assert held(text) == set()
    assert defender_held(text) == {"SD-SI"}
    text = "The RSF overran Gezira State in 2023. The army retook the state in January 2025."
    assert (held(text), defender_held(text)) == (set(), {"SD-GZ"})


@pytest.mark.parametrize(
    ("text", "rsf", "army"),
    [
        ("The RSF seized Gezira State in December 2023. The army retook it in January 2025.",
         set(), {"SD-GZ"}),
        ("The RSF seized Gezira and Sennar states in 2023. The army retook them in 2025.",
         set(), {"SD-GZ", "SD-SI"}),
        ("The RSF seized Gezira State in December 2023. In January, Sudan's army retook it.",
         set(), {"SD-GZ"}),
        # "it" may be a place the sentence names: the unit before is not guessed
        ("The army holds River Nile State. The RSF attacked Atbara and captured it.",
         set(), {"SD-NR"}),
        # "it" after two units, "them" after one: not theirs
        ("The RSF seized Gezira and Sennar states in 2023. The army retook it in 2025.",
         {"SD-GZ", "SD-SI"}, set()),
        # a new paragraph is no place for "it" to reach back to
        ("The RSF seized Gezira State in December 2023.\n\nThe army retook it in January 2025.",
         {"SD-GZ"}, set()),
        # ... nor is it only after a statement of holding: the units named by a unit's name
        ("The RSF swept into Gezira State in December 2023. The army retook it in January 2025.",
         set(), {"SD-GZ"}),
        ("Fighting raged across Gezira and Sennar states. The army retook them in 2025.",
         set(), {"SD-GZ", "SD-SI"}),
        ("The RSF swept into Gezira State in 2023.\n\nThe army retook it in 2025.", set(), set()),
        # ... but not where the sentence names a place that may be what "it" is
        ("Refugees reached Kassala State after the RSF seized Tamboul. The army retook it in "
         "January.", set(), set()),
    ],
)  # fmt: skip
def test_it_after_a_statement_of_holding_in_the_sentence_before(sudan, text, rsf, army):
    assert held(text) == rsf
    assert defender_held(text) == army


@pytest.mark.parametrize(
    "text",
    ["In Zaporizhzhia and Kherson, Russia controls around 75% of the territory.",
     "In Zaporizhzhia or Kherson, Russia controls around 75% of the region.",
     "In the Zaporizhzhia, Kherson and Donetsk regions, Russia holds about 75% of the land."],
)  # fmt: skip
def test_the_territory_after_a_list_is_none_of_its_names(text):
    assert controlled(text) == {}


def test_the_territory_after_one_name_is_its(testland):
    assert controlled("In the Alpha region, Norland controls around 75% of the territory.") == {
        "TL-01": 75
    }
    assert controlled("In Alpha and Beta, Norland controls around 75% of the territory.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Zaporizhzhia and Kherson, Russia controls about three-quarters of each region.",
         {"UA-23": 75, "UA-65": 75}),
        ("ZAPORIZHZHIA AND KHERSON: Russia controls about three-quarters of each region.",
         {"UA-23": 75, "UA-65": 75}),
        ("Russia holds Zaporizhzhia and Kherson, about 75% of both regions.",
         {"UA-23": 75, "UA-65": 75}),
        ("Russia claims the Kherson and Zaporizhzhia regions. It occupies about 70% of each "
         "oblast.", {"UA-23": 70, "UA-65": 70}),
        # "each district" is of no region
        ("In Kherson, Russia controls 75% of each district.", {}),
    ],
)  # fmt: skip
def test_of_each_region(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Kharkiv, Russia holds a small part of the region, about 4%.", {"UA-63": 4}),
        ("In Kharkiv, Russia holds a small part of the northeastern region (about 4%).",
         {"UA-63": 4}),
        ("In Kharkiv, Russia holds a small part of the territory - about 4%.", {"UA-63": 4}),
        # two regions before, or none: which region is not said
        ("In Kharkiv and Sumy, Russia holds a small part of the region, about 4%.", {}),
        ("Russia holds a small part of the region, about 4%.", {}),
    ],
)  # fmt: skip
def test_a_figure_set_off_after_the_region(text, expected):
    assert controlled(text) == expected


# -- the peninsula's annexation and claims of the regions before, in one sentence -------------


@pytest.mark.parametrize(
    "text",
    ["Russian troops seized the peninsula in February 2014; Moscow annexed it a month later.",
     "Russia seized Crimea in 2014 and annexed it weeks later.",
     "Russia has occupied Crimea since 2014."],
)  # fmt: skip
def test_the_peninsula_taken_in_2014_in_one_sentence(text):
    assert controlled(text) == {"UA-43": 100, "UA-40": 100}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighting goes on in Zaporizhzhia and Kherson; Moscow claims both.", {"UA-23", "UA-65"}),
        # the names of this sentence come before the claims of the one before
        ("Russia annexed Crimea in 2014. Fighting goes on in Zaporizhzhia and Kherson, and "
         "Moscow claims both.", {"UA-43", "UA-40", "UA-23", "UA-65"}),
        ("Russia holds 70% of Donetsk and claims the whole region.", {"UA-14"}),
    ],
)  # fmt: skip
def test_a_claim_of_regions_named_before_in_the_sentence(text, expected):
    assert claimed(text) == expected


def test_has_occupied_is_a_state(sudan):
    assert held("The RSF has occupied Gezira State since December 2023.") == {"SD-GZ"}


def test_has_occupied_a_region_is_held_with_no_share():
    assert held("Russia has occupied the Luhansk region since 2022.") == {"UA-09"}
    assert controlled("Russia has occupied the Luhansk region since 2022.") == {}
    # a share after it is a share, read as one
    assert controlled("Russia has occupied about 99% of the Luhansk region.") == {"UA-09": 99}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin declared the Kherson and Zaporizhzhia regions new subjects of the federation.",
         {"UA-23", "UA-65"}),
        ("Russia says the whole of the Donetsk region belongs to it.", {"UA-14"}),
        # the defending side's "it" is its own
        ("Ukraine says the whole of the Donetsk region belongs to it.", set()),
        ("Kyiv named the Kherson region a priority of the federation.", set()),
    ],
)  # fmt: skip
def test_claims_by_subjects_of_the_federation_and_belonging(text, expected):
    assert claimed(text) == expected


def test_belonging_to_it_in_testland(testland):
    assert claimed("Norland says the whole of the Alpha region belongs to it.") == {"TL-01"}
    assert claimed("Testland says the whole of the Alpha region belongs to it.") == set()


@pytest.mark.parametrize(
    ("text", "rsf", "army"),
    [
        ("The RSF has repeatedly attacked Gezira State but the army still controls it.",
         set(), {"SD-GZ"}),
        ("The RSF's attempt to retake Gezira State failed; the army still holds it.",
         set(), {"SD-GZ"}),
        ("The RSF attacked Gezira and Sennar states, but the army still holds them.",
         set(), {"SD-GZ", "SD-SI"}),
        # "it" after two units, a city that may be "it", or a bare name that may be a town's
        ("The RSF attacked Gezira and Sennar states, but the army still holds it.", set(), set()),
        ("The RSF attacked El Fasher in North Darfur but the army still controls it.",
         set(), set()),
        ("The RSF has repeatedly attacked Khartoum but the army still controls it.",
         set(), set()),
        # accused of taking: the one accused
        ("The RSF accuses the army of seizing Gezira State.", set(), {"SD-GZ"}),
        ("The army accuses the RSF of seizing Gezira State.", {"SD-GZ"}, set()),
        ("The RSF is capable of seizing Gezira State.", set(), set()),
    ],
)  # fmt: skip
def test_it_in_the_sentence_and_sides_accused(sudan, text, rsf, army):
    assert held(text) == rsf
    assert defender_held(text) == army


def test_a_bare_name_that_is_also_a_city_is_no_it_in_ukraine():
    assert defender_held("Russia shelled Kherson but Ukraine still controls it.") == set()
    assert defender_held("Russia attacked the Kharkiv region but Ukraine still holds it.") == {
        "UA-63"
    }


@pytest.mark.parametrize(
    "text",
    ["Russia now controls the Luhansk region almost entirely.",
     "Russia controls the Luhansk region only partly.",
     "Russia has claimed the Luhansk region since 2022, and now controls it almost entirely."],
)  # fmt: skip
def test_a_part_said_after_the_unit_is_no_statement_of_the_whole(text):
    assert held(text) == set()
    assert controlled(text) == {}


@pytest.mark.parametrize(
    "text",
    ["Moscow's forces almost completely hold the Luhansk region.",
     "Russia nearly entirely holds the Luhansk and Kherson regions.",
     "Russian forces now largely control the Luhansk region."],
)  # fmt: skip
def test_a_part_said_before_the_verb_is_no_statement_of_the_whole(text):
    assert held(text) == set()
    assert controlled(text) == {}


def test_a_part_said_before_the_verb_in_sudan(sudan):
    assert held("The RSF virtually completely controls North Darfur.") == set()
    assert controlled("The RSF completely controls North Darfur.") == {"SD-DN": 100}


def test_a_manner_after_a_comma_is_no_part():
    assert held("Russia controls the Luhansk region, mostly through proxies.") == {"UA-09"}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("It is Ukraine, not Russia, that controls 30% of the Kharkiv region.",
         {}, {"UA-63": 30}),
        ("It is Kyiv, not Moscow, that controls 30% of the Kharkiv region.", {}, {"UA-63": 30}),
        ("It is Russia, not Ukraine, that controls 99% of Luhansk.", {"UA-09": 99}, {}),
    ],
)  # fmt: skip
def test_a_cleft_sentence_names_its_holder_first(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


def test_a_cleft_sentence_in_testland(testland):
    text = "It is Testland, not Norland, that controls 30% of the Alpha region."
    assert (controlled(text), defended(text)) == ({}, {"TL-01": 30})


@pytest.mark.parametrize(
    ("text", "rsf", "army"),
    [
        ("The army regained Sennar State after months of fighting.", set(), {"SD-SI"}),
        ("The army reclaimed Khartoum State in March.", set(), {"SD-KH"}),
        ("The RSF expanded its control to West Kordofan state this year.", {"SD-GK"}, set()),
        ("Gezira State returned to army control in January.", set(), {"SD-GZ"}),
        ("The army regained ground in Sennar State.", set(), set()),
        ("The army reclaimed parts of Khartoum State.", set(), set()),
    ],
)  # fmt: skip
def test_units_regained_reclaimed_and_returned(sudan, text, rsf, army):
    assert held(text) == rsf
    assert defender_held(text) == army


# -- characters a web page leaves that no reader sees ------------------------------------------


@pytest.mark.parametrize("unseen", ["\u00ad", "\u200b", "\u2060", "\ufeff"])
def test_a_character_no_reader_sees_splits_no_word(unseen):
    text = f"Fighting goes on. Russia con{unseen}trols about 70% of the Don{unseen}etsk region."
    reading = read(text)
    assert {f.region_code: f.controlled_pct for f in reading.figures} == {"UA-14": 70}
    # spans are of the text as given
    share = next(e for e in reading.evidence if e.kind == "share")
    assert text[share.start : share.end] == "about 70%"
    figure = reading.figures[0]
    assert text[figure.span[0] : figure.span[1]].replace(unseen, "") == figure.quote


def test_a_full_width_percent_sign_is_a_percent_sign():
    text = "Russia controls about 70 ％ of the Donetsk region."
    assert controlled(text) == {"UA-14": 70}
    share = next(e for e in read(text).evidence if e.kind == "share")
    assert text[share.start : share.end] == "about 70 ％"


# -- tables under a header row ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("Oblast | Area (km2) | Occupied (%)\nDonetsk | 26,517 | 79\nLuhansk | 26,684 | 99\n",
         {"UA-14": 79, "UA-09": 99}, {}),
        ("Region\tShare under Russian control, %\nZaporizhzhia\t74\nKherson\t73\n",
         {"UA-23": 74, "UA-65": 73}, {}),
        # a header with no percent sign: the cells' own
        ("Oblast | Area (km2) | Occupied\nDonetsk | 26,517 | 79%\nLuhansk | 26,684 | 99%\n",
         {"UA-14": 79, "UA-09": 99}, {}),
        ("Oblast | Ukrainian-held (%)\nDonetsk | 21\nKharkiv | 97\n",
         {}, {"UA-14": 21, "UA-63": 97}),
        # a caption over rows of a name and a figure
        ("Share of each region under Russian control, %:\n\nLuhansk | 99\nDonetsk | 79\n",
         {"UA-09": 99, "UA-14": 79}, {}),
        # a caption that names no side, over a table in Markdown with its own header row
        ("Control by region, as of November:\n\n| Region | Russian-controlled |\n|---|---|\n"
         "| Zaporizhzhia | 74% |\n| Kherson | 72% |\n", {"UA-23": 74, "UA-65": 72}, {}),
    ],
)  # fmt: skip
def test_a_tables_column_of_shares(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


@pytest.mark.parametrize(
    "text",
    [
        # no side named in the header: whose share is not said
        "Oblast | Area (km2) | Share (%)\nDonetsk | 26,517 | 79\n",
        # square kilometres under "Occupied", with no percent sign anywhere
        "Oblast | Occupied\nDonetsk | 20,950\nLuhansk | 26,400\n",
        "Oblast | Occupied\nDonetsk | 79\n",
        # no unit in the first cell, or no number of 0 to 100
        "City | Occupied (%)\nKramatorsk | 0\n",
        "Oblast | Occupied (%)\nDonetsk | n/a\nLuhansk | 150\n",
        # a navigation bar
        "Home | News | Occupied territories\nDonetsk | Live\n",
    ],
)
def test_what_a_table_does_not_say(text):
    assert controlled(text) == {}
    assert defended(text) == {}


def test_a_table_in_sudan(sudan):
    text = "State | Area held by the RSF (%)\nNorth Darfur | 90\nWest Kordofan | 60\n"
    assert controlled(text) == {"SD-DN": 90, "SD-GK": 60}
    reading = read(text)
    assert all(
        f.quote.split(" | ")[0] in ("North Darfur", "West Kordofan") for f in reading.figures
    )


def test_a_table_in_testland(testland):
    text = "Region | Norlandic-held (%)\nAlpha | 40\n"
    assert controlled(text) == {"TL-01": 40}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia controls 99% of Luhansk. The figure for Donetsk is about 70%.",
         {"UA-09": 99, "UA-14": 70}),
        ("Russia controls 99% of Luhansk, while the comparable share in the Donetsk region is "
         "70%.", {"UA-09": 99, "UA-14": 70}),
        ("Russia controls 99% of Luhansk. In Kherson, the equivalent figure is 73%.",
         {"UA-09": 99, "UA-65": 73}),
        ("Russian forces control 99% of Luhansk. For Donetsk, it's 70%.",
         {"UA-09": 99, "UA-14": 70}),
        # the figure of something else, even in a region named
        ("Russia controls 99% of Luhansk. The figure for homes destroyed in Donetsk is 70%.",
         {"UA-09": 99}),
        ("Russia controls 99% of Luhansk. The figure for destroyed homes is now 70%.",
         {"UA-09": 99}),
        ("Russia controls 99% of Luhansk. It's 70% higher than in 2022.", {"UA-09": 99}),
    ],
)  # fmt: skip
def test_the_figure_for_another_region(text, expected):
    assert controlled(text) == expected


def test_the_figure_for_another_region_keeps_its_holder():
    text = "Ukraine holds 30% of Donetsk. The figure for Kharkiv is 95%."
    assert (controlled(text), defended(text)) == ({}, {"UA-14": 30, "UA-63": 95})


def test_only_before_the_units_is_no_part(sudan):
    assert defender_held("The army controls only Northern State and River Nile State.") == {
        "SD-NO",
        "SD-NR",
    }
    assert held("The RSF now holds only South Darfur.") == {"SD-DS"}
    assert held("The RSF holds only parts of South Darfur.") == set()


def test_only_after_fully():
    assert controlled("Russia fully controls only the Luhansk region.") == {"UA-09": 100}


def test_a_months_first_and_last_days_are_of_one_year():
    import datetime as dt

    from geomap.extract import when

    text = "The army retook Sennar State in June."
    as_of = dt.date(2025, 6, 15)  # the text's own month: this June, up to the text's date
    assert when.statement_dates(text, 9, as_of) == (dt.date(2025, 6, 1), dt.date(2025, 6, 15))
    as_of = dt.date(2025, 5, 15)  # a month after the text's: last year's, both ends
    assert when.statement_dates(text, 9, as_of) == (dt.date(2024, 6, 1), dt.date(2024, 6, 28))
    text = "The army retook Sennar State in 2024."
    assert when.statement_dates(text, 9, as_of)[0] == dt.date(2024, 1, 1)


def test_a_name_after_an_arabic_article_in_lower_case(sudan):
    assert defender_held("The army now controls the state of al-Jazira.") == {"SD-GZ"}
    assert defender_held("The army retook al-Jazira state in January.") == {"SD-GZ"}
