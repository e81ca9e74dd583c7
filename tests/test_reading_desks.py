"""Wordings of news desks' factboxes and wire copy: a question headed by a label ("Factbox: How
much ...?") over a bulleted list whose lines say more than a name and a figure, "that year"
after a sentence that named it, "where it remains" after a figure of an earlier time, and "it"
after a unit named as a town's ("the capital of Gezira State").

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest

from tests.test_reading_structure import controlled, defender_held, held


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
