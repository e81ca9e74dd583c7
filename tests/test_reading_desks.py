"""Wordings of news desks' factboxes and wire copy: a question headed by a label ("Factbox: How
much ...?") over a bulleted list whose lines say more than a name and a figure, "that year"
after a sentence that named it, "where it remains" after a figure of an earlier time, "it"
after a unit named as a town's ("the capital of Gezira State"), claims of wire copy ("Eight
years later it declared ... its own", "the attempted annexation" after the votes), a
participle set off after the figure ("..., Putin said, demanding that Kyiv withdraw"),
"giving the group control of" after the side named before, "(about 75% each)" after a list
of regions, a figure of then that the sentence after says still holds ("The front line has
barely moved since."), an annexation named by its noun ("recognition of its annexation of
Crimea": Crimea's alone), a time after a figure with no "of" ("after three years"), a
table's column of shares beside one of areas, "too" between a unit and its passive verb, a
headline's "of occupied X region", "rules X unchallenged", "X became part of the country"
said by the side whose country it is, the "new Russian regions" of X, what people other
than the state ("Russian nationalists") call Russian, "Ukrainian-held territory in X has
shrunk to about 21%", figures "compared with" as many before them, and "It" opening a claim
by reference ("It then announced their annexation"), the defending side's none, and a side
put out named by its country's name ("pushed Ukraine out of all but 1% of Luhansk"), and
"nearly the entire X region" as a subject, no whole.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest

from tests.test_reading_changes import claimed
from tests.test_reading_structure import controlled, defended, defender_held, held, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label before the question over the list
        ("Factbox: How much of Ukraine does Russia hold?\n* Donetsk: roughly 77%, up from about "
         "60% in 2024.\n* Kherson: about 72%, all of it east of the Dnipro.",
         {"UA-14": 77, "UA-65": 72}),
        ("Explainer: how much of the country does Russia control?\n- Donetsk: about 77%.",
         {"UA-14": 77}),
        # a bulleted line of a sentence of its own keeps the list going
        ("How much of Ukraine does Russia control?\n* Luhansk: Russia has held nearly all of the "
         "region since mid-2022.\n* Kherson: about 72%, all of it on the left bank.",
         {"UA-65": 72}),
        # no question: nobody is said to hold the lines' figures
        ("Factbox: the war in figures\n* Donetsk: roughly 77%, up from about 60% in 2024.", {}),
    ],
)  # fmt: skip
def test_a_labelled_question_over_a_bulleted_list(text, expected):
    assert controlled(text) == expected


def test_a_labelled_question_in_another_country(testland):
    text = "Factbox: How much of Testland does Norland hold?\n* Beta: about 40%, up from 30%."
    assert controlled(text) == {"TL-02": 40}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that year" is a year named before, not this one
        ("Ukraine retook Kherson city in November 2022. Later that year, Russia held 20% of the "
         "Mykolaiv region.", {}),
        ("The war began in 2022. By the end of that year, Russia held about 70% of the Kherson "
         "region.", {}),
        # ... unless the figure is said to hold still
        ("The war began in 2022. By the end of that year, Russia's share of the Kherson region "
         "had fallen to around 70%, where it remains.", {"UA-65": 70}),
        ("In 2023 Russia's share of the Kherson region fell to about 70%, where it has stayed.",
         {"UA-65": 70}),
        # "this year" is this one
        ("By the end of this year, Russia held about 70% of the Kherson region.", {"UA-65": 70}),
    ],
)  # fmt: skip
def test_that_year_and_where_it_remains(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "it" after a unit named as its capital's is the capital, maybe: no statement
        "The army recaptured the capital of Gezira State, a year after the RSF overran it.",
        "The army recaptured Wad Madani, the capital of Gezira state, a year after the RSF "
        "overran it.",
        "The army recaptured the capital of Gezira State. The RSF had seized it in 2023.",
        "The army recaptured Gezira's capital. The RSF had seized it in 2023.",
    ],
)
def test_it_after_a_units_capital_is_no_unit(sudan, text):
    assert held(text) == set()


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # ... where the unit itself was named, "it" is the unit
        ("The RSF seized Gezira State in 2023. The army retook it in 2025.", set(), {"SD-GZ"}),
        ("The RSF attacked Gezira State but the army still holds it.", set(), {"SD-GZ"}),
        ("The army lost Gezira State in 2023, and the RSF holds it.", {"SD-GZ"}, set()),
    ],
)  # fmt: skip
def test_it_after_the_unit_itself(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" after an opening time is the side the sentence before names
        ("Russia took Crimea in 2014. Eight years later it declared four more regions its own: "
         "Donetsk, Luhansk, Kherson and Zaporizhzhia.", {"UA-09", "UA-14", "UA-23", "UA-65"}),
        ("Russia seized Crimea in 2014. In September 2022, it declared Donetsk its own.",
         {"UA-14"}),
        ("Ukraine lost Crimea in 2014. In 2022 it declared Donetsk its own.", set()),
        # a constitution that lists regions among the federation's subjects
        ("Russia's constitution was amended to list the Donetsk and Luhansk \"people's "
         "republics\" and the Zaporizhzhia and Kherson regions among the subjects of the "
         "federation.", {"UA-09", "UA-14", "UA-23", "UA-65"}),
        # "the attempted annexation" after the votes held in the regions named before
        ("Sham referendums were held in Donetsk and Kherson. The UN condemned the attempted "
         "annexation.", {"UA-14", "UA-65"}),
        # ... not after a sentence with no votes and no claim
        ("Ukrainian troops retook much of Kharkiv. Days later, the UN condemned the illegal "
         "annexation.", set()),
    ],
)  # fmt: skip
def test_claims_of_wire_copy(text, expected):
    assert {c for c in claimed(text) if c not in ("UA-40", "UA-43")} == expected


def test_it_after_an_opening_time_in_another_country(testland):
    text = "Norland took Alpha in 2014. Eight years later it declared Beta its own."
    assert claimed(text) >= {"TL-02"}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a participle set off after the reporting verb has its own mood
        ("\"We hold roughly 22 percent of the Donetsk region,\" Zelensky told reporters, "
         "rejecting a proposal that Kyiv withdraw its troops.", {}, {"UA-14": 22}),
        ("Russia holds roughly 78 percent of the Donetsk region, Putin said, demanding that "
         "Kyiv withdraw.", {"UA-14": 78}, {}),
        ("Russia holds 70% of the Donetsk region, seeking the rest under a deal.",
         {"UA-14": 70}, {}),
        # ... but terms after "according to" or past "including" are the clause's
        ("Russia keeps 70% of the Donetsk region, including Avdiivka, under the plan.", {}, {}),
        ("Russia keeps 70% of the Donetsk region, according to the draft plan.", {}, {}),
    ],
)  # fmt: skip
def test_a_participle_after_the_figure_has_its_own_mood(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        # "the group" given control stands for the one side named before, as "it" does
        ("Ed Daein fell to the RSF in November 2023, giving the group control of East Darfur.",
         {"SD-DE"}),
        ("Ed Daein, capital of East Darfur, fell to the RSF in 2023, giving the group control of "
         "the state.", {"SD-DE"}),
        # ... not where both sides are named before it
        ("The army lost Ed Daein to the RSF, giving the group control of East Darfur.", set()),
    ],
)  # fmt: skip
def test_the_group_given_control(sudan, text, ours):
    assert held(text) == ours


def test_the_rebels_given_control_in_another_country(testland):
    text = "Norland seized Kettle in 2015, giving the rebels control of the Beta region."
    assert held(text) == {"TL-02"}


@pytest.mark.parametrize(
    "text",
    [
        # "each" in a bracket after a list of regions: of each
        "Russia holds large parts of the Zaporizhzhia and Kherson regions (about 75% each).",
        "Russia holds the Zaporizhzhia and Kherson regions (about 75% each).",
        "Russia holds large parts of Zaporizhzhia and Kherson (about 75% each).",
    ],
)
def test_each_in_a_bracket_after_a_list(text):
    assert controlled(text) == {"UA-23": 75, "UA-65": 75}
    assert held(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence after says the figure of then still holds
        ("Ukraine's counteroffensive stalled in 2023, leaving Russia in control of about three "
         "quarters of the Zaporizhzhia region. The front line has barely moved since.",
         {"UA-23": 75}),
        ("In 2023 Russia held about 75% of Zaporizhzhia. Little has changed since.",
         {"UA-23": 75}),
        ("In 2023 Russia held about 75% of Zaporizhzhia. That remains the case today.",
         {"UA-23": 75}),
        # ... the last figure only: the one before it is superseded
        ("In 2022 Russia held about 95% of Kherson. In 2023 it held 73%. Little has changed "
         "since.", {"UA-65": 73}),
        # ... not across a paragraph, nor where the sentence after says nothing of it
        ("In 2023 Russia held about 75% of Zaporizhzhia.\n\nThe front line has barely moved "
         "since.", {}),
        ("In 2023 Russia held about 75% of Zaporizhzhia. Prices have barely moved since.", {}),
    ],
)  # fmt: skip
def test_a_figure_of_then_said_to_hold_still_in_the_sentence_after(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun's object alone: not the names before it in the clause
        ("Russia wants Donetsk and Luhansk and recognition of its annexation of Crimea.",
         {"UA-40", "UA-43"}),
        ("Russia wants Donetsk and recognition of the incorporation of Kherson into Russia.",
         {"UA-65"}),
        ("Putin signed the annexation of Donetsk, Luhansk, Zaporizhzhia and Kherson.",
         {"UA-09", "UA-14", "UA-23", "UA-65"}),
        # ... a reference after the noun: the names before it
        ("Leaders installed in the Kherson and Zaporizhzhia regions signed papers on the "
         "incorporation of these regions into Russia.", {"UA-23", "UA-65"}),
    ],
)  # fmt: skip
def test_an_annexation_named_by_its_noun_is_of_its_object(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a time after a figure that ends its clause
        "In Donetsk, Russia holds about 75 percent after three years.",
        "In Donetsk, Russia holds about 75 percent after three years of fighting.",
        "In Donetsk, Russia holds about 75 percent since the invasion.",
    ],
)
def test_a_time_after_a_figure_with_no_of(text):
    assert controlled(text) == {"UA-14": 75}


@pytest.mark.parametrize(
    "text",
    [
        # of a table's two columns of the side holding, the shares, not the areas
        "| Region | Occupied (km²) | Share occupied |\n|---|---|---|\n| Luhansk | 26,500 | 99.8% |\n"
        "| Donetsk | 20,900 | 79% |",
        "| Region | Occupied (km²) | Occupied (%) |\n|---|---|---|\n| Luhansk | 26,500 | 99.8 |\n"
        "| Donetsk | 20,900 | 79 |",
        "Region | Occupied, sq km | Occupied\nLuhansk | 26,500 | 99.8%\nDonetsk | 20,900 | 79%",
    ],
)
def test_a_tables_column_of_shares_beside_one_of_areas(text):
    assert controlled(text) == {"UA-09": 99.8, "UA-14": 79}


def test_a_tables_column_of_areas_alone_gives_nothing():
    text = "| Region | Occupied (km²) |\n|---|---|\n| Luhansk | 26 |\n| Donetsk | 20 |"
    assert controlled(text) == {}


def test_a_lines_note_under_a_heading_is_given_once():
    text = "How much of Donetsk does Russia hold now? Roughly 80 percent."
    rows = [e for e in read(text).evidence if e.region_code == "UA-14"]
    assert [e.reason for e in rows] == ["read as the answer to the question before it"]


@pytest.mark.parametrize(
    "text",
    [
        # an adverb between the unit and its passive verb
        "East Darfur too has been held by the RSF since the fall of Ed Daein in November 2023.",
        "East Darfur, too, has been held by the RSF since 2023.",
        "East Darfur also has been held by the RSF since 2023.",
    ],
)
def test_an_adverb_between_the_unit_and_its_passive_verb(sudan, text):
    assert held(text) == {"SD-DE"}


def test_a_headlines_occupied_region_with_no_article():
    text = "Ukraine says it has liberated 40% of occupied Kherson region"
    assert (controlled(text), defended(text)) == ({}, {})


@pytest.mark.parametrize(
    "text",
    [
        # a unit held, and how: no share given
        "The RSF rules West Darfur unchallenged.",
        "The RSF controls West Darfur uncontested.",
    ],
)
def test_a_unit_held_unchallenged(sudan, text):
    assert held(text) == {"SD-DW"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "part of the country": the country of the side that says so
        ("Moscow says Kherson became part of the country in 2022.", {"UA-65"}),
        ("Moscow insists that the Zaporizhzhia and Kherson regions are now part of the country.",
         {"UA-23", "UA-65"}),
        ("Kyiv says the Kherson region became part of the country in 1954.", set()),
        ("Zelensky said Kherson is part of the country.", set()),
    ],
)  # fmt: skip
def test_part_of_the_country_of_the_side_that_says_so(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "new Russian regions" say whose they are
        ("Putin insisted that Ukraine must withdraw from the \"new Russian regions\" of Donetsk "
         "and Luhansk before any ceasefire.", {"UA-09", "UA-14"}),
        ("Kyiv calls Kharkiv one of the new Ukrainian regions of the east.", set()),
        # a constituent republic of the federation
        ("Moscow regards Luhansk as a constituent republic of the Russian Federation.",
         {"UA-09"}),
        ("The Kremlin lists the DPR and LPR among the constituent republics of the Russian "
         "Federation.", {"UA-09", "UA-14"}),
    ],
)  # fmt: skip
def test_new_russian_regions_and_constituent_republics(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people other than the state who call a region Russian claim nothing for it
        ("Pro-Kremlin bloggers regard Kharkiv as Russian land.", set()),
        ("Russian nationalists consider the Mykolaiv region Russian land.", set()),
        ("Some Russian commentators call the Kharkiv region historically Russian land.", set()),
        # ... its officials do, and a side named beside them is still the state
        ("Russian officials regard the Kharkiv region as Russian land.", {"UA-63"}),
        ("Moscow regards the Kherson region as Russian land.", {"UA-65"}),
        ("Russian nationalists cheered as Putin annexed the Kherson region.", {"UA-65"}),
    ],
)  # fmt: skip
def test_claims_said_by_people_other_than_the_state(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a side's held territory in a region, and the share it has come to
        ("Ukrainian-held territory in Donetsk has shrunk to about 21%.", {}, {"UA-14": 21}),
        ("Russian-held territory in the Donetsk region has grown to about 79%.", {"UA-14": 79},
         {}),
        ("Russian-occupied territory in Kherson is now about 73%.", {"UA-65": 73}, {}),
        # ... not a change by so much
        ("Ukrainian-held territory in Donetsk has shrunk by 5%.", {}, {}),
    ],
)  # fmt: skip
def test_a_sides_held_territory_in_a_region(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a list of figures compared with as many before: each of the region in its place
        ("Russia held 96% of Luhansk and 54% of Donetsk in 2021, compared with 99% and 79% now.",
         {"UA-09": 99, "UA-14": 79}, {}),
        ("Russia holds 99% of Luhansk and 79% of Donetsk, compared with 96% and 54% in 2021.",
         {"UA-09": 99, "UA-14": 79}, {}),
        ("Ukraine holds 1% of Luhansk and 21% of Donetsk, compared with 4% and 46% in 2022.",
         {}, {"UA-09": 1, "UA-14": 21}),
    ],
)  # fmt: skip
def test_figures_compared_with_as_many_before(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


def test_figures_compared_with_more_than_before_are_of_none():
    text = "Russia holds 99% of Luhansk and 79% of Donetsk, compared with 96%, 54% and 10% in 2021."
    rows = [e for e in read(text).evidence if e.value in (96, 54, 10)]
    assert [e.region_code for e in rows] == ["", "", ""]


def test_figures_compared_with_in_another_country(testland):
    text = "Norland held 30% of Beta and 10% of Gamma in 2022, compared with 40% and 20% now."
    assert controlled(text) == {"TL-02": 40, "TL-03": 20}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "It" opening the sentence, the subject of the verb over a claim by reference
        ("Russia held votes in Donetsk and Luhansk. It then announced their annexation.",
         {"UA-09", "UA-14"}),
        ("Russia held votes in Donetsk and Luhansk. It formally completed their incorporation "
         "days later.", {"UA-09", "UA-14"}),
        # ... the defending side's "It": no claim of the controlling side's
        ("Ukraine held Kharkiv and Sumy. It then announced their annexation.", set()),
        ("Ukraine held Kharkiv and Sumy. It then annexed them.", set()),
        # ... but "It" of a passive is the unit
        ("Ukraine lost Crimea in 2014. It was annexed by Russia.", {"UA-40", "UA-43"}),
    ],
)  # fmt: skip
def test_it_opening_a_claim_by_reference(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # the side put out named by its country's name, between the verb and "out of"
        ("Russia has pushed Ukraine out of all but 1% of Luhansk.", {"UA-09": 99}, {}),
        ("Moscow's troops have pushed Ukraine out of all but 1% of Luhansk.", {"UA-09": 99}, {}),
        ("Russia has pushed Ukraine out of all of the Luhansk region.", {"UA-09": 100}, {}),
        # ... as its forces were
        ("Russian troops have pushed Ukrainian forces out of all but 1% of the Luhansk region.",
         {"UA-09": 99}, {}),
    ],
)  # fmt: skip
def test_a_side_put_out_named_by_its_countrys_name(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


def test_a_side_put_out_by_its_countrys_name_in_another_country(testland):
    text = "Norland has pushed Testland out of all but 10% of the Beta region."
    assert controlled(text) == {"TL-02": 90}


@pytest.mark.parametrize(
    "text",
    [
        # "nearly the entire" unit as a passive's subject is not all of it: no statement
        "Nearly the entire Luhansk region has been under Russian control since 2022.",
        "Virtually the whole Luhansk region is under Russian control.",
    ],
)
def test_nearly_the_entire_unit_is_not_held_whole(text):
    assert (held(text), controlled(text)) == (set(), {})


def test_nearly_the_entire_unit_in_sudan(sudan):
    assert held("Almost the entire North Darfur state is in RSF hands.") == set()
    assert controlled("The entire North Darfur state is in RSF hands.") == {"SD-DN": 100}
