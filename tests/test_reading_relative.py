"""Figures in a relative clause on their own place ("the 30% of X it still holds"): whom "it"
stands for, and whose mood the figure has.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_reading_structure import controlled, defended, read


def reasons(text: str) -> list[str]:
    return [e.reason for e in read(text).evidence if e.kind == "share"]


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # "it" with one side named before it: that side's, whatever the verb before it says
        ("Kyiv refuses to give up the 30% of the Donetsk region it still holds.", {}, {"UA-14": 30}),
        ("Ukraine will not hand over the 30% of Donetsk it still controls.", {}, {"UA-14": 30}),
        ("The Ukrainian government has vowed to defend the 25% of Donetsk that remains in "
         "Ukrainian hands.", {}, {"UA-14": 25}),
        ("Putin demands the 30% of Donetsk Ukraine still holds.", {}, {"UA-14": 30}),
        ("Moscow wants to keep the 20% of the Kharkiv region it holds.", {"UA-63": 20}, {}),
        # "it" after both sides are named: either may be meant, so no figure ...
        ("Russia wants Ukraine to recognise the 70% of Donetsk it controls.", {}, {}),
        ("Russia says Ukraine should accept the 70% of Donetsk it holds as lost.", {}, {}),
        # ... but after a verb of keeping or giving up, it is that verb's subject's
        ("Russia says Ukraine must leave the 30% of Donetsk it still controls.", {},
         {"UA-14": 30}),
        ("Putin wants Ukraine to hand over the 30% of Donetsk it still controls.", {},
         {"UA-14": 30}),
        ("Russia demands that Ukraine withdraw from the 25% of Donetsk it still holds.", {},
         {"UA-14": 25}),
        ("Kyiv insists Russia must give up the 20% of Kharkiv it holds.", {"UA-63": 20}, {}),
        # the mood of a figure's own verb still counts
        ("Russia wants 70% of Donetsk to be occupied by spring.", {}, {}),
        # a negated relative clause on it: the part the other side holds, whatever the mood of
        # the verb before
        ("Russia would take the 50% of Zaporizhzhia it does not hold.", {}, {"UA-23": 50}),
        # a side named as a place, or by an adjective, is no subject for "they" or "it"
        ("Pro-Russian separatists in eastern Ukraine say they control 60% of Donetsk.",
         {"UA-14": 60}, {}),
        ("Russia says it has taken the last Ukrainian-held village in the Luhansk region, giving "
         "it control of the entire region.", {"UA-09": 100}, {}),
    ],
)  # fmt: skip
def test_a_relative_clause_on_the_figures_place(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


def test_it_after_both_sides_says_why_there_is_no_figure():
    text = "Russia wants Ukraine to recognise the 70% of Donetsk it controls."
    assert any("'it' after both sides are named" in r for r in reasons(text))


def test_a_relative_clause_in_testland(testland):
    assert defended("Midburg refuses to give up the 40% of Alpha it still holds.") == {"TL-01": 40}
    assert defended("Norland says Testland must leave the 40% of Alpha it holds.") == {"TL-01": 40}
    assert controlled("Norland wants Testland to accept the 40% of Alpha it holds.") == {}
    assert defended("Norland wants Testland to accept the 40% of Alpha it holds.") == {}


_SIDES = [("Russia", "Russian"), ("Ukraine", "Ukrainian")]


@settings(max_examples=60, deadline=None)
@given(
    first=st.sampled_from(_SIDES),
    verb=st.sampled_from(["must leave", "should give up", "is asked to cede", "must hand over",
                          "should accept", "must recognise", "may regain", "cannot take"]),
    says=st.sampled_from(["says", "insists", "believes", "has told the envoys that"]),
    hold=st.sampled_from(["it still controls", "it holds", "they now hold", "it has kept"]),
    pct=st.integers(min_value=5, max_value=95),
)  # fmt: skip
def test_it_after_both_sides_is_never_the_speakers(first, verb, says, hold, pct):
    """ "A says B must leave the N% of X it holds": "it" is B, who would give it up; after
    other verbs ("should accept") it may be A or B, so the figure is neither's. Never A's."""
    other = _SIDES[1] if first == _SIDES[0] else _SIDES[0]
    text = f"{first[0]} {says} {other[0]} {verb} the {pct}% of the Donetsk region {hold}."
    gives_up = verb.split()[-1] in ("leave", "up", "cede", "over")
    theirs = {"UA-14": pct} if gives_up else {}
    assert (controlled(text), defended(text)) == (
        (theirs, {}) if other[0] == "Russia" else ({}, theirs)
    )


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a mood after the figure and its verb is another verb's
        ("Russia holds 70% of Donetsk and will push on to Kramatorsk.", {"UA-14": 70}, {}),
        ("Russian troops control 70% of Donetsk, and analysts say they could push on.",
         {"UA-14": 70}, {}),
        ("Ukraine holds 30% of Donetsk but may lose more by spring.", {}, {"UA-14": 30}),
        # ... unless it makes the whole clause unreal
        ("Russia keeps 70% of Donetsk under the plan.", {}, {}),
        ("Russia holds 70% of Donetsk if the reports are right.", {}, {}),
        # "if" of a way of counting is no condition
        ("Russia holds 70% of Donetsk if we count the villages near the front.", {"UA-14": 70}, {}),
        ("Ukraine holds 25% of Donetsk, if one looks at territory alone.", {}, {"UA-14": 25}),
        # ... for each figure of a list under one verb
        ("Moscow keeps 70% of Kherson and 75% of Donetsk under the proposal.", {}, {}),
        # ... and before them, opening the sentence with the terms
        ("Under the deal, Moscow keeps 75% of Donetsk.", {}, {}),
        ("In the draft agreement, Russia keeps all of the Luhansk region.", {}, {}),
        ("By the terms of the proposal, Ukraine keeps 25% of Donetsk.", {}, {}),
        ("According to the latest assessment, Russia holds 75% of Donetsk.", {"UA-14": 75}, {}),
        # ... but not the words of a predicate after it with a subject or verb of its own
        ("Russia holds 99% of Luhansk and wants the rest of Donetsk under a peace deal.",
         {"UA-09": 99}, {}),
        ("Russian forces hold 75% of Donetsk, and handing over the rest is a Russian demand.",
         {"UA-14": 75}, {}),
        ("Analysts say Russia now holds all but a quarter of Donetsk and ceding it in any deal "
         "would be a mistake.", {"UA-14": 75}, {}),
        ("Russia gets 70% of Kherson and everything east of the river under the plan.", {}, {}),
        # a modal before the verb is its mood
        ("Russia says Ukraine cannot keep the 5% of Donetsk.", {}, {}),
        ("Russia must hold 70% of Donetsk to win.", {}, {}),
        ("Ukraine should keep 30% of Donetsk under any deal.", {}, {}),
    ],
)  # fmt: skip
def test_the_mood_is_that_of_the_figures_own_verb(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


def test_terms_not_in_force_in_testland_and_sudan(testland_path):
    from geomap.profile import DATA, load, using
    from tests.test_reading_structure import defender_held, held

    with using(load(testland_path)):
        assert controlled("Under the draft plan, Norland keeps 60% of Beta.") == {}
        assert controlled("Norland holds 60% of Beta and wants Gamma under a deal.") == {
            "TL-02": 60
        }
    with using(load(DATA / "sudan.json")):
        assert held("Under the ceasefire proposal, the RSF keeps control of North Darfur.") == set()
        assert (
            defender_held("As part of the deal, the army retains control of Gezira State.") == set()
        )


def test_the_side_before_a_modal_is_its_verbs_actor():
    """ "Russia says Ukraine cannot keep the 5% of X" is no figure of Russia's: Ukraine is the
    subject of "keep", though a bare country name is an actor only before certain verbs."""
    rows = [e for e in read("Russia says Ukraine cannot keep the 5% of Donetsk.").evidence]
    assert [(r.holder, r.decision) for r in rows if r.kind == "share"] == [("Ukraine", "ignored")]


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a side after "despite" or "amid" is no actor
        ("Despite Russia's summer offensive, about 30% of the Donetsk region is still held.",
         {}, {}),
        ("Amid Russian attacks, about 30% of the Donetsk region is still held by the defenders.",
         {}, {}),
        ("Despite Russian attacks, the Ukrainian army holds about 30% of Donetsk.",
         {}, {"UA-14": 30}),
        # a verb after a hyphen is the word's before it, or no side's
        ("As Russia regroups, the government-held part of the Donetsk region, about 30%, is "
         "shrinking.", {}, {}),
        ("Separatist-held areas make up about 30% of the Donetsk region.", {"UA-14": 30}, {}),
    ],
)  # fmt: skip
def test_no_actor_after_despite_nor_before_a_hyphen_but_its_own(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said its forces controlled 80% of Donetsk, while Kyiv put the figure at 70%.",
        "Russia claims to control 80% of Donetsk; Ukraine says the real figure is closer to 70%.",
    ],
)
def test_another_sides_figure_marks_the_one_used_disputed(text):
    [figure] = read(text).figures
    assert figure.controlled_pct == 80
    assert figure.note.startswith("disputed: '") and "70%" in figure.note


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        # two sources' figures apart, each in a sentence of its own: disputed by the other's
        ("Russia says it holds 80% of the Donetsk region. Ukraine says Russia holds only 70%.",
         "Ukraine gives 70%"),
        # ... not one source's figure said twice, nor figures close together
        ("Russia says it holds 80% of the Donetsk region. Russia says it holds 80% of it.", ""),
        ("Russia says it holds 80% of the Donetsk region. Ukraine says Russia holds 78%.", ""),
        ("Russia holds 80% of the Donetsk region. Ukraine says Russia holds only 70%.", ""),
        # the figures called false, inflated or exaggerated after them, by a side or plainly
        ("Russia says it holds 80% of the Donetsk region; Kyiv says the figures are inflated.",
         "Kyiv says the figures are inflated"),
        ("Russia says it holds 80% of the Donetsk region. Ukraine says that figure is false.",
         "Ukraine says that figure is false"),
        ("Russia says it holds 80% of the Donetsk region. The Russian figures are overstated.",
         "The Russian figures are overstated"),
        # ... not what is said of the figures' source
        ("Russia says it holds 80% of the Donetsk region. The figures are from the ministry.", ""),
    ],
)  # fmt: skip
def test_figures_another_source_gives_apart_or_calls_false(text, disputed):
    [figure] = read(text).figures
    assert figure.controlled_pct == 80
    assert (figure.note == f"disputed: '{disputed}'") if disputed else "disputed" not in figure.note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a whole in a relative clause whose verb claims it: not held, whatever the main verb
        ("Russia, which claims the entire Kherson region, holds the left bank.", {}),
        ("Moscow, which claims all of Zaporizhzhia, controls the south of it.", {}),
        ("Russia, which claims the whole of Donetsk, holds about 78% of it.", {"UA-14": 78}),
        # ... but a verb of holding in the relative clause holds it
        ("Russia, which holds all of Luhansk, claims Donetsk too.", {"UA-09": 100}),
    ],
)  # fmt: skip
def test_a_whole_claimed_in_a_relative_clause_is_not_held(text, expected):
    assert controlled(text) == expected


def test_a_whole_claimed_in_a_relative_clause_in_testland(testland):
    text = "Norland, which claims the entire Alpha province, holds its eastern half."
    assert controlled(text) == {}
