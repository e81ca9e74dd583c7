"""Figures and references set beside what they are of: a share set off after "most of" or
"almost all of" a unit ("Most of the Donetsk region - around 79% - has fallen"), and the units a
claim counts, named in the next sentence after a refusal to recognise the other side's
sovereignty ("Moscow does not recognise Kyiv's sovereignty over the four regions it annexed.
They are ...").

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest

from tests.test_reading_changes import claimed
from tests.test_reading_structure import controlled


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most of the Donetsk region - around 79% - has fallen under Russian control since "
         "2014.", {"UA-14": 79}),
        ("Nearly all of Luhansk oblast — 99.6% — is occupied, Ukraine's general staff says.",
         {"UA-09": 99.6}),
        ("The bulk of the Kherson region, some 73 percent, lies under occupation.", {"UA-65": 73}),
        # a label of something other than land stays no share of the region
        ("Turnout in Luhansk: 60%.", {}),
        ("Support for the war in Donetsk – 40% – has fallen.", {}),
    ],
)  # fmt: skip
def test_a_figure_set_off_after_a_part_of_the_unit(text, expected):
    assert controlled(text) == expected


FOUR = {"UA-09", "UA-14", "UA-23", "UA-65"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin does not recognise Ukraine's sovereignty over any of the four regions it "
         "annexed. They are Donetsk, Luhansk, Zaporizhzhia and Kherson.", FOUR),
        ("Moscow rejects Kyiv's sovereignty over the four provinces it annexed. They are Donetsk, "
         "Luhansk, Zaporizhzhia and Kherson.", FOUR),
        # a count the text does not say is annexed stays no claim
        ("Moscow does not recognise Ukraine's sovereignty over four regions. They are Donetsk, "
         "Luhansk, Zaporizhzhia and Kherson.", set()),
        # the other side does not recognise: "it" is still the side that annexed
        ("Kyiv will never recognise Russia's sovereignty over the four regions it seeks to annex. "
         "They are Donetsk, Luhansk, Zaporizhzhia and Kherson.", set()),
    ],
)  # fmt: skip
def test_the_count_of_a_claim_after_a_refusal_of_sovereignty(text, expected):
    assert claimed(text) == expected
