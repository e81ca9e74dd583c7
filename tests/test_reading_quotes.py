"""Words set off in single quotes, as British outlets set them ('new territories', 'completely
free'), read as the same words in double quotes or in none; "declared X a Russian region". In
Ukraine's profile, Sudan's and the made-up Testland's.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest

from tests.test_reading_changes import claimed
from tests.test_reading_structure import controlled


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
