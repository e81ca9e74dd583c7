"""The part of a region a side does not hold, named as what a verb before it acts on: "the 30%
of X still held by Ukraine", "the 22% of X it does not yet control", "the 30% of X that Russia
has failed to capture". The relative clause on the figure's place says who holds it, whatever
the verb before it wants, demands or would do. And the rest of a region named as such: "the
remaining quarter", "the rest, about 25%", "Ukraine, 25%" after "Russia holds 75% of X" (sides
named by their capitals, "Kyiv ...; Moscow, the remaining 75%", are no regions named), in a
clause of "leaving" or "with" ("leaving the other 55% under Russian control"), a passive left
out ("70% of X is held by Russia and 30% by Ukraine"); in Ukraine's profile, Sudan's and the
made-up Testland's; and what a side says of a group the profile does not name ("The RSF said
the SPLM-N controls 30% of X"): no share of its own.

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
        # ... reduced, with its agent after the verb
        ("The roughly 25% of Donetsk not yet occupied by Russia includes its largest cities.", {},
         {"UA-14": 25}),
        ("The 75% of Zaporizhzhia never held by Ukraine since 2022 is heavily mined.",
         {"UA-23": 75}, {}),
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
        # a passive with no agent names no holder: not the side of the verb before
        "Russia would need years to capture the 30% of Donetsk that is still held.",
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
    assert defended("The 60% of North Kordofan not taken by the RSF is the army's.") == {
        "SD-KN": 60
    }


def test_the_part_a_side_does_not_hold_in_testland(testland):
    assert defended("Norland covets the 35% of Alpha that it has failed to capture.") == {
        "TL-01": 35
    }
    assert controlled("Testland wants back the 65% of Beta that it no longer holds.") == {
        "TL-02": 65
    }


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("Russia controls some 75% of Donetsk, while Ukraine holds the remaining quarter.",
         {"UA-14": 75}, {"UA-14": 25}),
        ("Moscow holds half of Zaporizhzhia, and Kyiv holds the other half.", {"UA-23": 50},
         {"UA-23": 50}),
        ("Russian troops hold about 75% of Donetsk; Ukrainian troops hold the rest, about 25%.",
         {"UA-14": 75}, {"UA-14": 25}),
        # a side and its figure, the verb of holding before left out
        ("Russia holds 75% of Donetsk; Ukraine, 25%.", {"UA-14": 75}, {"UA-14": 25}),
        ("Of the Donetsk region, Russia holds about 75%, Ukraine about 20%, and the rest is "
         "contested.", {"UA-14": 75}, {"UA-14": 20}),
        ("In the Kherson region, Ukraine controls 27% and Russia 73%.", {"UA-65": 73},
         {"UA-65": 27}),
        # two regions before: which one's is not said
        ("Russia holds 75% of Donetsk and 99% of Luhansk; Ukraine, 25%.",
         {"UA-14": 75, "UA-09": 99}, {}),
        # not a side: a region with a figure of its own
        ("Russia holds 75% of Donetsk, Luhansk 99%.", {"UA-14": 75, "UA-09": 99}, {}),
        ("It was the third time in a week that Russia shelled Kherson.", {}, {}),
        # a state or a verb of the rest, after the figure, is not the figure's
        ("Kharkiv: 5% occupied (the rest under Ukrainian control).", {"UA-63": 5}, {}),
        ("Russia holds 5% of Kharkiv, with the remainder in Ukrainian hands.", {"UA-63": 5}, {}),
        ("Kharkiv: 5% (Ukraine holds the rest).", {}, {}),
        # ... past an aside on the rest, the figure's own verb
        ("About 5% of Kharkiv, the rest being contested, is occupied.", {"UA-63": 5}, {}),
        # ... and the rest itself, with its figure
        ("The rest of Kharkiv, about 95%, is under Ukrainian control.", {}, {"UA-63": 95}),
    ],
)  # fmt: skip
def test_the_rest_of_a_region(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


def test_the_rest_of_a_unit_in_sudan(sudan):
    text = "The RSF holds about 80% of North Darfur; the army, 20%."
    assert controlled(text) == {"SD-DN": 80}
    assert defended(text) == {"SD-DN": 20}
    # ... "and the RSF 60%": the side named with its article
    text = "The army holds 40% of North Kordofan, and the RSF 60%."
    assert controlled(text) == {"SD-KN": 60}
    assert defended(text) == {"SD-KN": 40}


def test_the_rest_of_a_region_in_testland(testland):
    text = "Norland occupies two-thirds of Alpha, while Testland holds the remaining third."
    assert controlled(text) == {"TL-01": 66.7}
    assert defended(text) == {"TL-01": 33.3}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # what a side says of a group the profile does not name is no share of its own
        ("The RSF said the SPLM-N controls 30% of South Kordofan.", {}, {}),
        ("The army says the SPLM-N still holds about 30% of South Kordofan.", {}, {}),
        # ... but of itself, or of the other side, it is
        ("The RSF said its fighters control 30% of South Kordofan.", {"SD-KS": 30}, {}),
        ("The RSF said the army controls 30% of South Kordofan.", {}, {"SD-KS": 30}),
    ],
)  # fmt: skip
def test_what_a_side_says_of_a_third_group(sudan, text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


def test_what_a_side_says_of_a_third_group_in_testland(testland):
    assert controlled("Testland said the Eastern Legion holds 10% of Alpha.") == {}
    assert controlled("Norland said Norlandic troops hold 60% of Alpha.") == {"TL-01": 60}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a figure in a clause of "leaving" or "with", with its state after it: of the region
        # named before
        ("Just 40% of the Donetsk region is held by Kyiv's troops, leaving the other 60% under "
         "Russian control.", {"UA-14": 60}, {"UA-14": 40}),
        ("Moscow has seized about 60 percent of the Donetsk region, with only 40 percent still "
         "under the control of Ukraine's army.", {"UA-14": 60}, {"UA-14": 40}),
        ("Russian troops took 60% of the Donetsk region, with 40% still in Ukrainian hands.",
         {"UA-14": 60}, {"UA-14": 40}),
        # a figure with its own region is of that one
        ("Russian troops took 60% of the Donetsk region, with 30% of the Kharkiv region "
         "occupied.", {"UA-14": 60, "UA-63": 30}, {}),
        # a figure of something else after "with" is none
        ("The vote in the Donetsk region ended with 87% for the ruling party.", {}, {}),
    ],
)  # fmt: skip
def test_the_rest_in_a_clause_of_leaving_or_with(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


def test_the_rest_in_a_clause_of_leaving_in_sudan_and_testland(sudan, testland_path):
    from geomap.profile import load, using

    text = "The army holds 35% of North Kordofan, leaving the other 65% under RSF control."
    assert (controlled(text), defended(text)) == ({"SD-KN": 65}, {"SD-KN": 35})
    with using(load(testland_path)):
        text = "Norland seized 45% of the Alpha region, with 55% still in Testlandic hands."
        assert (controlled(text), defended(text)) == ({"TL-01": 45}, {"TL-01": 55})


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a passive of holding left out after "and": its agent after the figure holds it
        ("About 70% of the Donetsk region is held by Russia and 30% by Ukraine.",
         {"UA-14": 70}, {"UA-14": 30}),
        ("About 70% of the Donetsk region is held by Ukraine and 30% by Russia.",
         {"UA-14": 30}, {"UA-14": 70}),
        ("Some 75% of the Kherson region is controlled by Russian forces, 25% by Ukraine.",
         {"UA-65": 75}, {"UA-65": 25}),
        # not where the sentence names two regions before it, nor "by" what is no side
        ("About 70% of Donetsk and 99% of Luhansk are held by Russia, and 1% by Ukraine.",
         {"UA-14": 70, "UA-09": 99}, {}),
        ("Russia holds 70% of Donetsk and 75% by some estimates.", {"UA-14": 70}, {}),
    ],
)  # fmt: skip
def test_a_passive_left_out_after_and(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


def test_a_passive_left_out_in_sudan_and_testland(sudan, testland_path):
    from geomap.profile import load, using

    text = "About 60% of North Kordofan is held by the army and 40% by the RSF."
    assert (controlled(text), defended(text)) == ({"SD-KN": 40}, {"SD-KN": 60})
    with using(load(testland_path)):
        text = "Half of the Alpha region is held by Testland and 50% by Norland."
        assert (controlled(text), defended(text)) == ({"TL-01": 50}, {"TL-01": 50})


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # sides named by their capitals are no regions named before the gapped figure
        ("Kyiv controls 25% of the Donetsk region; Moscow, the remaining 75%.",
         {"UA-14": 75}, {"UA-14": 25}),
        ("Kyiv controls a quarter of the Donetsk region and Moscow the other three-quarters.",
         {"UA-14": 75}, {"UA-14": 25}),
        # a capital named as a place is a region named: whose region the figure is, unclear
        ("In Kyiv, officials say Russia holds 75% of Donetsk; Ukraine, 25%.", {"UA-14": 75}, {}),
    ],
)  # fmt: skip
def test_a_gapped_figure_after_sides_named_by_their_capitals(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a figure taken back beside the other side's that leaves far more: a gain
        ("Today 31% of the Kharkiv region is occupied, and 5% has been liberated.",
         {"UA-63": 31}, {}),
        ("Ukraine has liberated 5% of Kharkiv. Russia holds 31% of the Kharkiv region.",
         {"UA-63": 31}, {}),
        # ... that adds up to the whole: what each side holds
        ("Only 30% of the Kherson region has been liberated, and 70% is still occupied.",
         {"UA-65": 70}, {"UA-65": 30}),
        # a figure of holding, not of taking back, is kept as the text gives it
        ("Russia occupies 31% of the Kharkiv region, and Ukraine holds 60%.",
         {"UA-63": 31}, {"UA-63": 60}),
    ],
)  # fmt: skip
def test_a_figure_taken_back_is_a_gain_unless_it_adds_up(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


def test_a_figure_taken_back_in_sudan(sudan):
    text = "The RSF still holds 60% of Khartoum State; the army has retaken 20% of it."
    assert (controlled(text), defended(text)) == ({"SD-KH": 60}, {})


@pytest.mark.parametrize(
    "text",
    ["The unoccupied 25% of the Donetsk region includes Kramatorsk.",
     "Roughly 25% of the Donetsk region remains free.",
     "About 25% of the Donetsk region is unoccupied."],
)  # fmt: skip
def test_the_unoccupied_or_free_part_is_the_defenders(text):
    assert (controlled(text), defended(text)) == ({}, {"UA-14": 25})


def test_a_part_not_unoccupied_is_no_ones():
    assert defended("About 25% of the Donetsk region is not unoccupied.") == {}


def test_the_free_part_in_testland(testland):
    assert defended("About 40% of the Alpha region remains free.") == {"TL-01": 40}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # what "remains with" a side or is "in its grip" is that side's
        ("About 70% of the Beta region remains with Norland.", {"TL-02": 70}, {}),
        ("About 30% of the Beta region remains with Testlandic forces.", {}, {"TL-02": 30}),
        ("Some 60% of Gamma is now in Norland's grip.", {"TL-03": 60}, {}),
        ("About 70% of the Beta region remains with its people.", {}, {}),
    ],
)  # fmt: skip
def test_what_remains_with_a_side(testland, text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)
