"""The subject of a clause after "whereas", "while" or "but", or after an opening word
("Meanwhile,"), named with its owner ("Ukraine's army", "Sudan's armed forces") and followed by
a relative clause, is that clause's subject, never an aside: its figure is its side's; a
passive's agent is no subject joined to the next clause's ("X is held by Ukraine and Russia
controls Y"). In
Ukraine's profile, Sudan's and the made-up Testland's.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_reading_structure import controlled, defended


@pytest.mark.parametrize("joint", [", whereas", ", while", ", but", "; meanwhile,", ". Still,"])
def test_an_owners_army_after_a_conjunction_is_its_clauses_subject(joint):
    text = (
        f"Russian troops control about 18% of the Zaporizhzhia region{joint} Ukraine's army, "
        "which has fought back, controls nearly 16% of the Donetsk region."
    )
    assert (controlled(text), defended(text)) == ({"UA-23": 18}, {"UA-14": 16})


@pytest.mark.parametrize(
    "text",
    [
        "Meanwhile, Putin's army, which has pressed its offensive, holds some 45% of Kherson.",
        "By contrast, the Russian army, which denies any losses, holds some 45% of Kherson.",
        "Elsewhere, Moscow's forces, backed by artillery, hold some 45% of Kherson.",
    ],
)
def test_the_subject_after_an_opening_word_is_no_apposition(text):
    assert controlled(text) == {"UA-65": 45}


def test_an_owners_apposition_after_a_name_is_still_an_aside():
    text = "Russia, the army's main foe, holds some 45% of the Kherson region."
    assert controlled(text) == {"UA-65": 45}


def test_an_owners_army_after_a_conjunction_in_sudan(sudan):
    text = (
        "The RSF holds about 40% of West Kordofan State, while Sudan's armed forces, which are "
        "short of troops, control about 60% of North Kordofan State."
    )
    assert (controlled(text), defended(text)) == ({"SD-GK": 40}, {"SD-KN": 60})
    text = "Meanwhile, Sudan's army, which has fought back, holds 70% of Gezira State."
    assert (controlled(text), defended(text)) == ({}, {"SD-GZ": 70})


def test_an_owners_forces_after_a_conjunction_in_testland(testland):
    text = (
        "Norland holds 40% of the Alpha region, whereas Testland's army, which has fought back, "
        "holds 30% of the Beta region."
    )
    assert (controlled(text), defended(text)) == ({"TL-01": 40}, {"TL-02": 30})


@pytest.mark.parametrize(
    "text",
    [
        "Some 64% of the Kharkiv region is held by Ukraine and Putin's army controls roughly 59% "
        "of the Luhansk region.",
        "About 64% of the Kharkiv region is held by the Ukrainian army and Russia holds 59% of "
        "the Luhansk region.",
    ],
)
def test_a_passives_agent_and_the_next_clauses_subject_are_no_pair(text):
    assert (controlled(text), defended(text)) == ({"UA-09": 59}, {"UA-63": 64})


def test_two_sides_joined_as_a_subject_are_neither():
    assert controlled("Russia and Ukraine each control about 50% of the Kharkiv region.") == {}


RU = ["Russian troops", "Russia's army", "Moscow's forces", "Putin's army"]
UA = ["Ukraine's army", "Kyiv's forces", "Ukrainian troops", "Ukraine's military"]
JOINTS = [", whereas", ", while", ", but", ". Meanwhile,", "; by contrast,"]
ASIDES = ["", ", which has fought back,", ", backed by artillery,", " — short of men —"]


@settings(max_examples=60, deadline=None)
@given(
    first=st.sampled_from(RU),
    second=st.sampled_from(UA),
    joint=st.sampled_from(JOINTS),
    aside=st.sampled_from(ASIDES),
    ours=st.integers(min_value=20, max_value=95),
    theirs=st.integers(min_value=5, max_value=80),
    swap=st.booleans(),
)
def test_a_second_clauses_side_never_flips(first, second, joint, aside, ours, theirs, swap):
    # either side may come first; each keeps its own figure, whatever stands between
    a = f"{first} hold {ours}% of the Luhansk region"
    b = f"{second}{aside} holds {theirs}% of the Kharkiv region"
    if swap:
        a, b = b.replace(" holds ", " hold ", 0), a
    text = f"{a[0].upper()}{a[1:]}{joint} {b}."
    assert controlled(text).get("UA-09") in (ours, None)
    assert "UA-63" not in controlled(text)
    assert defended(text).get("UA-63") in (theirs, None)
    assert "UA-09" not in defended(text)
