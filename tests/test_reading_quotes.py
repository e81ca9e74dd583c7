"""Words set off in single quotes, as British outlets set them ('new territories', 'completely
free'), read as the same words in double quotes or in none; "declared X a Russian region";
"in our hands" and "According to X, 'our troops ...'": the speaker's side. In Ukraine's
profile, Sudan's and the made-up Testland's.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest

from tests.test_reading_changes import claimed
from tests.test_reading_structure import controlled, defended


@pytest.mark.parametrize("quotes", ["{}", '"{}"', "“{}”", "'{}'", "‘{}’"])
@pytest.mark.parametrize(
    ("template", "words", "expected"),
    [
        ("Moscow says the Zaporizhzhia region is one of its {}.", "new territories", {"UA-23"}),
        ("Russia refers to Kherson and Zaporizhzhia as its {}.", "new regions", {"UA-23", "UA-65"}),
        ("Putin declared Kherson {} in 2022.", "a Russian region", {"UA-65"}),
    ],
)
def test_a_claims_words_in_any_quotes(template, words, expected, quotes):
    assert claimed(template.format(quotes.format(words))) == expected


@pytest.mark.parametrize("quotes", ["{}", '"{}"', "'{}'", "‘{}’"])
def test_a_claims_words_in_any_quotes_in_testland(testland, quotes):
    text = f"Norland says Beta is one of its {quotes.format('new territories')}."
    assert claimed(text) == {"TL-02"}


@pytest.mark.parametrize("quotes", ['"{}"', "'{}'", "‘{}’"])
def test_free_of_a_side_in_any_quotes_in_sudan(sudan, quotes):
    text = f"The army declared Gezira State {quotes.format('completely free')} of the RSF."
    assert controlled(text) == {"SD-GZ": 0}


@pytest.mark.parametrize(
    "text",
    [
        "Putin declared the Russian region of Belgorod a zone of emergency.",
        "Kyiv declared the Kharkiv region a 'Russian target' after the strikes.",
    ],
)
def test_a_declaration_of_something_else_is_no_claim(text):
    assert claimed(text) == set()


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ('"About 70% of the Donetsk region is in our hands," Pushilin said.', {"UA-14": 70}, {}),
        ('"The entire Luhansk region is in our hands," a Russian commander said.',
         {"UA-09": 100}, {}),
        ('"Only 20% of the Donetsk region is still in our hands," a Ukrainian officer said.',
         {}, {"UA-14": 20}),
        # the speaker named before the quotation, after "according to"
        ('According to Shoigu, "our troops control 99% of the Luhansk region."', {"UA-09": 99}, {}),
        ('According to the Ukrainian general staff, "our forces hold about 25% of Donetsk".',
         {}, {"UA-14": 25}),
        # a speaker of no one side: no figure
        ('"About 70% of the Donetsk region is in our hands," the officer said.', {}, {}),
        ('According to the report, "our troops control 99% of the Luhansk region."', {}, {}),
    ],
)  # fmt: skip
def test_in_our_hands_and_according_to_a_speaker(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


def test_in_our_hands_in_sudan(sudan):
    text = '"About 60% of North Kordofan is in our hands," an RSF commander said.'
    assert controlled(text) == {"SD-KN": 60}


def test_in_our_hands_and_according_to_in_testland(testland):
    assert controlled('"Some 40% of Beta is in our hands," a Norlandic general said.') == {
        "TL-02": 40
    }
    assert controlled('According to the Regent, "our troops hold 40% of Beta".') == {"TL-02": 40}
