"""The part of a region a side does not hold, named as what a verb before it acts on: "the 30%
of X still held by Ukraine", "the 22% of X it does not yet control", "the 30% of X that Russia
has failed to capture". The relative clause on the figure's place says who holds it, whatever
the verb before it wants, demands or would do; in Ukraine's profile, Sudan's and the made-up
Testland's.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest

from tests.test_reading_structure import controlled, defended


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a passive with its agent right after the figure's place
        ("Russia would need years to capture the 30% of Donetsk still held by Ukraine.", {},
         {"UA-14": 30}),
        ("Moscow aims to seize the roughly 25% of Donetsk that is still controlled by Kyiv.", {},
         {"UA-14": 25}),
        ("Kyiv hopes to win back the 70% of Donetsk held by Russian forces.", {"UA-14": 70}, {}),
        # a negated relative clause: the other side holds that part
        ("Any settlement that hands Moscow the 22% of Donetsk it does not yet control is "
         "unacceptable, the minister said.", {}, {"UA-14": 22}),
        ("The Kremlin seeks the 30% of Donetsk that it has failed to capture since 2022.", {},
         {"UA-14": 30}),
        ("Russia demands the roughly 30% of Donetsk its troops have been unable to take.", {},
         {"UA-14": 30}),
        ("The 20% of Luhansk that Russia has yet to capture is mostly forest.", {}, {"UA-09": 20}),
        ("Ukraine wants back the 70% of Donetsk that it no longer controls.", {"UA-14": 70}, {}),
        ("Kyiv may have to give up the 25% of Donetsk that Russia does not hold.", {},
         {"UA-14": 25}),
    ],
)  # fmt: skip
def test_the_part_a_side_does_not_hold(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


@pytest.mark.parametrize(
    "text",
    [
        # a main clause's negation states no share held
        "Russia does not control about 22% of Donetsk.",
        "Russia has failed to capture 30% of Donetsk.",
        "Russia has yet to take full control of Luhansk.",
        # "lost" is the other side's gain, read as such only where the loser is named
        "Nobody knows how much of the 30% of Donetsk that was lost can be retaken.",
        # no side is the subject of the relative clause
        "Both armies dispute the 30% of Donetsk that neither controls.",
    ],
)
def test_a_negation_that_names_no_part_held(text):
    assert controlled(text) == {}
    assert defended(text) == {}


def test_the_part_a_side_does_not_hold_in_sudan(sudan):
    assert controlled("The army wants the 40% of North Kordofan it does not control.") == {
        "SD-KN": 40
    }
    assert defended("The RSF has yet to seize the 60% of El Gezira still held by the army.") == {
        "SD-GZ": 60
    }


def test_the_part_a_side_does_not_hold_in_testland(testland):
    assert defended("Norland covets the 35% of Alpha that it has failed to capture.") == {
        "TL-01": 35
    }
    assert controlled("Testland wants back the 65% of Beta that it no longer holds.") == {
        "TL-02": 65
    }
