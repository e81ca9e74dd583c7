"""Figures read with what is around them: a change "from" one share "to" another (also of a
region an opening "In X," names, and of "its share" after a sentence whose subject is a side), a list of
names each with its figure in brackets before one verb, an exception that ends where a share
of something else begins, and claims whose regions run past an aside.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_reading_structure import controlled, read


def claimed(text: str) -> set[str]:
    return {f.region_code for f in read(text).figures if f.claimed}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The share of the Donetsk region under Russian control rose from 57% in early 2023 to "
         "about 78% this autumn.", {"UA-14": 78}),
        ("Russia's share of the Luhansk region has grown from 60% to 99%.", {"UA-09": 99}),
        ("Russia's share of the Luhansk region has grown from 60–65% to 99%.", {"UA-09": 99}),
        # the share of a side's forces, a plural's possessive
        ("Russian forces' share of the Donetsk region has grown from 51% to about 80%.",
         {"UA-14": 80}),
        ("The Russian army's share of the Luhansk region stands at 99%.", {"UA-09": 99}),
        # an aside on the share between it and its verb
        ("Russia's share of Donetsk, which stood at 55% two years ago, is now 79%.",
         {"UA-14": 79}),
        # a range is no change
        ("Russia's share of the Luhansk region stands at 97 to 99 percent.", {"UA-09": 98}),
        # a share of what the words before the region name, not of the region
        ("Russia's share of Ukraine's Kherson region has grown from 60% to 73%.", {"UA-65": 73}),
        ("The occupied share of the land in the Kherson region is about 73%.", {"UA-65": 73}),
        ("Russia's share of the drone strikes on the Kharkiv region grew to 40%.", {}),
        ("The share of shelling in the Sumy region attributed to Russian artillery is 60%.", {}),
    ],
)  # fmt: skip
def test_a_change_from_one_share_to_another_is_the_later(text, expected):
    assert controlled(text) == expected


def test_the_value_changed_from_is_in_the_evidence_as_such():
    text = "Russia's share of the Luhansk region has grown from 60% in 2022 to 99%."
    rows = {e.value: e for e in read(text).evidence if e.kind == "share"}
    assert rows[60].decision == "ignored"
    assert "changed from" in rows[60].reason
    assert rows[99].decision == "used"


def test_a_change_in_testland(testland):
    text = "Norland's share of the Alpha region grew from 20% to 45% over the summer."
    assert controlled(text) == {"TL-01": 45}
    text = "Norlandic troops' share of the Alpha region grew from 20% to 45% over the summer."
    assert controlled(text) == {"TL-01": 45}


def test_a_change_of_a_sides_fighters_share_in_sudan(sudan):
    text = "RSF fighters' share of West Kordofan has grown from 60% to about 78%."
    assert controlled(text) == {"SD-GK": 78}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the region named by an opening "In X,", the change "from" a dated figure "to" another
        ("In the Donetsk region, Russia's share has climbed from 50% in early 2023 to about 77%.",
         {"UA-14": 77}),
        ("In Donetsk, Russian control has grown from 60% to roughly 75% since last spring.",
         {"UA-14": 75}),
        # ... or no change: "is", "now stands at"
        ("In the Luhansk region, Russia's share is about 98%.", {"UA-09": 98}),
        ("In Kherson, the share under Russian control now stands at 72%.", {"UA-65": 72}),
        # "its share" after a sentence whose subject is the side
        ("Moscow controls a fifth of Ukraine. Its share of the Donetsk region is around 77%.",
         {"UA-14": 77}),
        ("Moscow controls a fifth of Ukraine. In Donetsk, its share has grown from about 50% in "
         "2023 to 77%.", {"UA-14": 77}),
        # ... never after a sentence naming both
        ("Moscow and Kyiv traded blame. Its share of the Donetsk region is around 77%.", {}),
    ],
)  # fmt: skip
def test_a_share_in_an_opening_place_and_its_share(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # figures "in" each region after a colon that follows the words of a share held
        ("The occupied share varies widely: 98% in Luhansk, 77% in Donetsk, 73% in Kherson and "
         "about 70% in Zaporizhzhia.", {"UA-09": 98, "UA-14": 77, "UA-65": 73, "UA-23": 70}),
        ("The percentage of occupied territory, region by region: 98% in Luhansk, 77% in "
         "Donetsk.", {"UA-09": 98, "UA-14": 77}),
        # ... a list after a verb of holding, with commas
        ("Russia holds 98% in Luhansk, 77% in Donetsk and 73% in Kherson.",
         {"UA-09": 98, "UA-14": 77, "UA-65": 73}),
        # ... not figures of something else
        ("Turnout varied widely: 90% in Luhansk, 77% in Donetsk.", {}),
    ],
)  # fmt: skip
def test_figures_in_each_region_after_a_colon(text, expected):
    assert controlled(text) == expected


def test_its_share_in_an_opening_place_in_testland(testland):
    text = "Norland holds a tenth of Testland. In the Alpha region, its share rose from 20% to 45%."
    assert controlled(text) == {"TL-01": 45}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Luhansk (99%) and Donetsk (80%) are in Russian hands.", {"UA-09": 99, "UA-14": 80}),
        ("The Luhansk region (99%), the Donetsk region (about 80%), Zaporizhzhia (74%) and "
         "Kherson (72%) are occupied by Russia.",
         {"UA-09": 99, "UA-14": 80, "UA-23": 74, "UA-65": 72}),
        # each figure its own verb: no sharing
        ("Luhansk (99%) is occupied, while Ukraine holds Donetsk (30%).", {"UA-09": 99}),
    ],
)  # fmt: skip
def test_names_with_a_figure_in_brackets_share_the_verb_after(text, expected):
    assert controlled(text) == expected


def test_names_with_a_figure_in_brackets_in_testland(testland):
    text = "Alpha (40%) and Beta (about 25%) are under Norlandic occupation."
    assert controlled(text) == {"TL-01": 40, "TL-02": 25}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "save" before what is left out
        ("Russia controls all of Luhansk save a handful of villages.", {}),
        # "but" before a name after a whole: an exception, not another clause
        ("Russia holds all of Luhansk and Donetsk but Kramatorsk.", {"UA-09": 100}),
        ("Russia holds all of Luhansk and Donetsk but the city of Kramatorsk, and two-thirds of "
         "Zaporizhzhia.", {"UA-09": 100, "UA-23": 66.7}),
        ("Russia holds all of Luhansk, but Ukraine says otherwise.", {"UA-09": 100}),
        ("Russia holds all of Luhansk, but not Donetsk.", {"UA-09": 100}),
        # a unit named that is not the whole's says where the part left out lies
        ("Russia holds all of Luhansk save for a sliver of land near the border with Kharkiv.",
         {}),
        ("Russia holds all of Luhansk and Donetsk except a strip along the Kharkiv border.", {}),
        # the exception ends where a share of another region begins
        ("Russia controls all of Luhansk save a handful of villages, and roughly 80% of "
         "neighbouring Donetsk.", {"UA-14": 80}),
        ("Russia holds all of Luhansk except a few villages and about 80% of Donetsk.",
         {"UA-14": 80}),
        ("Russia holds all of Luhansk and Donetsk except Kramatorsk, and two-thirds of "
         "Zaporizhzhia.", {"UA-09": 100, "UA-23": 66.7}),
    ],
)  # fmt: skip
def test_what_an_exception_leaves_out_ends_at_another_share(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's constitution was amended in 2022 to include Donetsk, Luhansk, Zaporizhzhia "
         "and Kherson.", {"UA-14", "UA-09", "UA-23", "UA-65"}),
        ("The Kremlin added the Kherson and Zaporizhzhia regions to Russia's constitution.",
         {"UA-65", "UA-23"}),
        # a contrast inside an aside does not end the claim's regions
        ("Russia has annexed four regions of Ukraine – though it does not fully control any of "
         "them – as well as Crimea.", {"UA-43", "UA-40"}),
        ("Russia has annexed four regions (though it holds none of them in full) as well as "
         "Crimea.", {"UA-43", "UA-40"}),
        # outside an aside it does
        ("Russia has annexed Crimea, though it has never claimed the Kharkiv region.",
         {"UA-43", "UA-40"}),
    ],
)  # fmt: skip
def test_claims_past_an_aside_and_in_the_constitution(text, expected):
    assert claimed(text) == expected


def test_claims_in_the_constitution_in_testland(testland):
    text = "The Kingdom of Norland's constitution was amended to include Alpha and Beta."
    assert claimed(text) == {"TL-01", "TL-02"}


_SIDES = {
    "Russia": ("Russian forces", "Russia", "Moscow's troops"),
    "Ukraine": ("Ukrainian forces", "Ukraine", "Kyiv's troops"),
}


@settings(max_examples=40, deadline=None)
@given(
    first=st.sampled_from(["Russia", "Ukraine"]),
    verb=st.sampled_from(["hold", "control", "occupy"]),
    second_verb=st.sampled_from(["controls", "holds", "still holds", "keeps"]),
    join=st.sampled_from([", and", ", while", " as", ", and meanwhile"]),
    data=st.data(),
)
def test_a_later_clause_never_takes_a_listed_share(first, verb, second_verb, join, data):
    """ "A holds all of X and 80% of Y, and B controls a third of Z": Y is A's, whatever B and
    its verb are."""
    other = "Ukraine" if first == "Russia" else "Russia"
    actor = data.draw(st.sampled_from(_SIDES[first]))
    later = data.draw(st.sampled_from(_SIDES[other]))
    if verb == "occupy" and first == "Ukraine":
        verb = "hold"
    text = (
        f"{actor} {verb} all of the Luhansk region and 80% of the Donetsk region{join} "
        f"{later} {second_verb} about a third of the Zaporizhzhia region."
    )
    figures = {f.region_code: f for f in read(text).figures}
    donetsk = figures["UA-14"]
    if first == "Russia":
        assert (donetsk.controlled_pct, donetsk.defender_pct) == (80, None)
    else:
        assert (donetsk.controlled_pct, donetsk.defender_pct) == (None, 80)


@settings(max_examples=40, deadline=None)
@given(
    side=st.sampled_from(["Russia", "Ukraine"]),
    place=st.sampled_from(["in Ukraine", "in eastern Ukraine", "in the east of Ukraine",
                           "in southern Ukraine", "across Ukraine", "in Ukraine's east"]),
    data=st.data(),
)  # fmt: skip
def test_the_country_as_an_actors_place_never_holds(side, place, data):
    """ "Russian troops in eastern Ukraine hold 70% of X": the country named as where an actor
    is is no actor; the share stays the actor's."""
    actor = data.draw(st.sampled_from([a for a in _SIDES[side] if a != side]))  # forces
    figure = read(f"{actor} {place} now hold about 40% of the Kharkiv region.").figures[0]
    held_by = (figure.controlled_pct, figure.defender_pct)
    assert held_by == ((40, None) if side == "Russia" else (None, 40))


def test_the_country_as_an_actors_place_in_testland(testland):
    text = "Norlandic troops in the east of Testland hold about 70% of the Beta region."
    assert controlled(text) == {"TL-02": 70}


def test_a_figure_the_verb_after_leaves_to_a_side_is_not_the_one_before():
    text = (
        "Russian forces occupy the whole of the Luhansk region and roughly 80% of Donetsk, "
        "leaving Ukraine with about 20% of Donetsk."
    )
    assert controlled(text) == {"UA-09": 100, "UA-14": 80}


def test_a_figure_set_off_by_commas_before_its_verb():
    text = "Ukraine holds about a quarter of the Donetsk region. The rest, about 75%, is occupied."
    assert controlled(text) == {"UA-14": 75}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia controls the Luhansk region in its entirety.", {"UA-09": 100}),
        ("Russian troops have captured the Luhansk region entirely.", {"UA-09": 100}),
        ("Russia holds the Luhansk and Donetsk regions in their entirety, Moscow says.",
         {"UA-09": 100, "UA-14": 100}),
        # not said: no figure
        ("Russia does not control the Donetsk region entirely.", {}),
        ("Russia may soon control the Donetsk region in its entirety.", {}),
    ],
)  # fmt: skip
def test_a_whole_said_after_the_units(text, expected):
    assert controlled(text) == expected


def test_a_whole_said_after_the_units_in_sudan(sudan):
    assert controlled("The RSF now controls West Kordofan State entirely.") == {"SD-GK": 100}
    assert controlled("The army retook Gezira State in its entirety in January.") == {"SD-GZ": 0}
    rows = [e for e in read("The RSF controls West Kordofan State in full.").evidence]
    assert [(e.phrase, e.decision) for e in rows] == [("in full", "used")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin has said the Donbas, Zaporizhzhia and Kherson are now Russian.",
         {"UA-14", "UA-09", "UA-23", "UA-65"}),
        ("Moscow demands that Kyiv cede the rest of the Donbas, which it considers Russian.",
         {"UA-14", "UA-09"}),
        # what lasts is said to be so
        ('The Kremlin said the Kherson and Zaporizhzhia regions would remain part of Russia '
         '"forever".', {"UA-65", "UA-23"}),
        # a condition is not
        ("If the Kherson region would remain part of Russia, talks would fail.", set()),
    ],
)  # fmt: skip
def test_claims_of_donbas_and_of_what_remains(text, expected):
    assert claimed(text) == expected


def test_a_share_of_donbas_is_of_neither_region():
    assert controlled("Russia controls about 85% of the Donbas.") == {}


def test_a_sides_adjective_before_places_names_no_actor_for_it_after():
    text = (
        "Russia claims to have annexed four Ukrainian regions. In Donetsk it holds about 75%, "
        "and in Zaporizhzhia and Kherson roughly 70% each."
    )
    assert controlled(text) == {"UA-14": 75, "UA-23": 70, "UA-65": 70}
    # the other side as an actor still makes "it" unclear
    text = "Russia and Ukrainian troops fought all week. In Donetsk it holds about 75%."
    assert controlled(text) == {}


def test_a_sides_adjective_before_places_in_testland(testland):
    text = "Norland says it annexed two Testlandic regions. In Alpha it holds about 60%."
    assert controlled(text) == {"TL-01": 60}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Moscow refers to the Donetsk and Luhansk regions as its "new territories".',
         {"UA-14", "UA-09"}),
        ("Putin demands that Ukraine recognise Russian sovereignty over Crimea and the Donetsk "
         "region.", {"UA-43", "UA-40", "UA-14"}),
        ("Since 2022, Russian law has treated the Zaporizhzhia region as a federal subject.",
         {"UA-23"}),
        # lawmakers' votes are no referendum
        ("Russia's parliament voted to ratify treaties making the Kherson and Zaporizhzhia "
         "regions part of Russia.", {"UA-65", "UA-23"}),
        ("In the referendum, 87% of voters backed making the Kherson region part of Russia.",
         set()),
        # the defending side's sovereignty is no claim
        ("Ukraine restored its sovereignty over the Kharkiv region in 2022.", set()),
    ],
)  # fmt: skip
def test_claims_by_new_territories_sovereignty_and_law(text, expected):
    assert claimed(text) == expected


def test_claims_by_sovereignty_in_testland(testland):
    assert claimed("The Regent wants Norlandic sovereignty over Gamma recognised.") == {"TL-03"}


def test_lines_of_a_name_and_a_figure_set_apart_by_a_tab_or_a_dash():
    text = "Russian-occupied share of each region, in November.\nLuhansk\t99%\nDonetsk\t78%\n"
    assert controlled(text) == {"UA-09": 99, "UA-14": 78}
    text = "Russian-occupied share of each region, in November.\nLuhansk – 99%\nDonetsk – 78%\n"
    assert controlled(text) == {"UA-09": 99, "UA-14": 78}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's gains in 2025 pushed its share of the Donetsk region to 78%.", {"UA-14": 78}),
        # whose "its" is, unclear: no figure
        ("Ukraine's counteroffensive cut Russia's gains; its share of Kherson fell to 73%.", {}),
    ],
)  # fmt: skip
def test_a_share_pushed_to_a_figure(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia has managed to seize 65% of the Donetsk region.", {"UA-14": 65}),
        ("Russian troops were able to capture about 70% of the Zaporizhzhia region.",
         {"UA-23": 70}),
        # sought, not done
        ("Russia has tried to seize 65% of the Donetsk region.", {}),
        # a side forced to withdraw did withdraw: what that left is reported
        ("Ukrainian troops were forced to withdraw from the town, leaving Russia in control of "
         "about 80% of the Donetsk region.", {"UA-14": 80}),
        # ... not where it may yet be
        ("Ukrainian troops could be forced to withdraw from the town, leaving Russia in control "
         "of about 80% of the Donetsk region.", {}),
        ("Russian forces have overrun roughly two-thirds of the Donetsk region, Ukraine admits.",
         {"UA-14": 66.7}),
    ],
)  # fmt: skip
def test_a_purpose_achieved_is_reported(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The treaties on the admission of the DPR, the LPR, the Zaporozhye Region and the "
         "Kherson Region into the Russian Federation were signed on September 30.",
         {"UA-14", "UA-09", "UA-23", "UA-65"}),
        ("Moscow considers the DPR and LPR its constituent entities.", {"UA-14", "UA-09"}),
        ("The Kherson Region is a Russian region, its Moscow-installed head said.", {"UA-65"}),
        # Russia's own regions named beside: no claim of a Ukrainian one
        ("Shelling hit the Kursk and Belgorod regions, which are Russian regions, and Sumy.",
         set()),
        ("Kursk is a Russian region; the Sumy region is Ukrainian.", set()),
        # regions that have become Russian, in Moscow's words, its time after them
        ('The Kremlin says Donetsk, Luhansk, Zaporizhzhia and Kherson "have become Russian '
         'regions".', {"UA-14", "UA-09", "UA-23", "UA-65"}),
        ("Donetsk and Luhansk became Russian regions in 2022, according to Moscow.",
         {"UA-14", "UA-09"}),
        ("Kherson became a Russian region after the vote, Moscow says.", {"UA-65"}),
        # what always was, and who became Russian, is no claim
        ("Refugees from Kursk and Belgorod, which became Russian regions long ago, fled east.",
         set()),
        ("Many residents of Donetsk have become Russian citizens.", set()),
        ("Kherson will never become a Russian region, Zelensky said.", set()),
    ],
)  # fmt: skip
def test_claims_by_admission_and_as_a_russian_region(text, expected):
    assert claimed(text) == expected


def test_a_region_said_to_be_the_controllers_in_testland(testland):
    assert claimed("Alpha is a Norlandic region, the Regent said.") == {"TL-01"}
    assert claimed("Alpha and Beta became Norlandic regions in 2023, the Regent said.") == {
        "TL-01",
        "TL-02",
    }


@pytest.mark.parametrize(
    "when",
    ["in spring 2022", "in late 2023", "at the end of 2023", "in the summer of 2024",
     "by early 2024"],
)  # fmt: skip
def test_a_season_or_part_of_a_year_dates_a_figure(when):
    # the text is of 2025-06-01 (the tests' day): these are earlier
    text = f"Russia held 30% of the Kharkiv region {when}."
    assert controlled(text) == {}
    assert controlled(f"Russia has held 30% of the Kharkiv region since {when[3:]}.") == {
        "UA-63": 30
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia claims the Kherson and Zaporizhzhia regions. It occupies about 70% of each.",
         {"UA-65": 70, "UA-23": 70}),
        ("Then there are Kherson and Zaporizhzhia. Russia holds roughly three-quarters of both.",
         {"UA-65": 75, "UA-23": 75}),
        # the sentence before names one region: "each" is of no list
        ("Russia claims the Kherson region. It occupies about 70% of each.", {}),
        # "of each of the other two" is not "of each"
        ("Russia holds 99% of Luhansk and 75% of Donetsk. It holds 70% of each of the other two.",
         {"UA-09": 99, "UA-14": 75}),
    ],
)  # fmt: skip
def test_of_each_after_a_list_in_the_sentence_before(text, expected):
    assert controlled(text) == expected


def test_of_each_after_a_list_in_the_sentence_before_in_testland(testland):
    text = "Norland claims Alpha and Beta. Its troops hold half of each."
    assert controlled(text) == {"TL-01": 50, "TL-02": 50}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia holds Donetsk, Luhansk, Zaporizhzhia and Kherson. It annexed them in 2022, and "
         "it annexed Crimea in 2014.", {"UA-14", "UA-09", "UA-23", "UA-65", "UA-43", "UA-40"}),
        ("Russia annexed Crimea in 2014 and then annexed the Donetsk and Luhansk regions in 2022.",
         {"UA-43", "UA-40", "UA-14", "UA-09"}),
    ],
)  # fmt: skip
def test_two_annexations_in_a_sentence_each_of_their_own(text, expected):
    assert claimed(text) == expected


def test_we_of_a_speaker_named_then_given_an_office():
    from tests.test_reading_structure import defended

    text = (
        '"We control about 25% of the Donetsk region," said Oleksandr Syrskyi, Ukraine\'s '
        "commander-in-chief."
    )
    assert (controlled(text), defended(text)) == ({}, {"UA-14": 25})
    # what follows the name is no office: the speaker's side is not said
    text = '"We hold 30% of the Kherson region," said the commander, as Russian shelling went on.'
    assert (controlled(text), defended(text)) == ({}, {})


def test_a_figure_that_is_its_clauses_subject_before_a_sides_compound():
    from tests.test_reading_structure import defended

    text = "Moscow's forces hold about 78% of Donetsk; the rest, roughly 22%, is Ukrainian-held."
    assert (controlled(text), defended(text)) == ({"UA-14": 78}, {"UA-14": 22})
    text = "About 80% of the Donetsk region is Russian-occupied, officials say."
    assert controlled(text) == {"UA-14": 80}


def test_an_adverb_after_the_units_that_is_of_something_else():
    assert controlled("Russia controls the Luhansk region, fully backed by its air force.") == {}
    assert controlled("Russia controls the Luhansk region entirely, Moscow says.") == {"UA-09": 100}


def test_a_ukrainian_listed_share_is_not_the_later_russian_verbs():
    from tests.test_reading_structure import defended

    text = (
        "Ukrainian forces hold 30% of the Kherson region and 25% of the Donetsk region, and "
        "Russian troops occupy the rest of Zaporizhzhia."
    )
    assert (controlled(text), defended(text)) == ({}, {"UA-65": 30, "UA-14": 25})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim's clause ends at a verb joined to its own
        ("Russia has annexed Crimea and is now shelling the Kharkiv region.",
         {"UA-43", "UA-40"}),
        ("Russia claims Crimea as its own and has demanded that Kyiv withdraw from Kharkiv.",
         {"UA-43", "UA-40"}),
        ("Russia claims Crimea as its own, and its troops are advancing in the Kharkiv region.",
         {"UA-43", "UA-40"}),
        # ... which may be a claim of its own, with the subject before
        ("Russia annexed Crimea in 2014 and has since claimed Donetsk and Luhansk.",
         {"UA-43", "UA-40", "UA-14", "UA-09"}),
        ("Russia shelled the Kharkiv region and claimed Donetsk.", {"UA-14"}),
        # "and then", "and also" before more regions goes on with the same claim
        ("Russia annexed Crimea in 2014 and then the Donetsk and Luhansk regions.",
         {"UA-43", "UA-40", "UA-14", "UA-09"}),
        ("Russia annexed Crimea in 2014 and later four more regions: Donetsk, Luhansk, "
         "Zaporizhzhia and Kherson.", {"UA-43", "UA-40", "UA-14", "UA-09", "UA-23", "UA-65"}),
        ("Russia claims Crimea and also the Donetsk region.", {"UA-43", "UA-40", "UA-14"}),
        ("Russia annexed Crimea in 2014 and then attacked the Donetsk region.",
         {"UA-43", "UA-40"}),
        ("Ukraine rejected the vote and claimed Donetsk.", set()),
    ],
)  # fmt: skip
def test_a_claims_clause_ends_at_a_verb_joined_to_it(text, expected):
    assert claimed(text) == expected


def test_a_claims_clause_in_testland(testland):
    assert claimed("Norland claims Alpha as its own and is now shelling Beta.") == {"TL-01"}
    assert claimed("Norland shelled Beta and has since claimed Gamma.") == {"TL-03"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia occupies around 19% of Ukraine's territory. That includes almost all of "
         "Luhansk; about 70% of Donetsk; and roughly three-quarters of the Zaporizhzhia and "
         "Kherson regions.", {"UA-14": 70, "UA-23": 75, "UA-65": 75}),
        ("Russian forces hold about a fifth of Ukraine. The figure includes some 80% of the "
         "Donetsk region.", {"UA-14": 80}),
        # the figure before is of an earlier time: its parts say nothing of today
        ("Russia held 27% of Ukraine in March 2022. That included 40% of the Kharkiv region.", {}),
        # a sentence that does not list its parts
        ("Russia occupies around 19% of Ukraine. Analysts put Donetsk at about 70%.", {}),
    ],
)  # fmt: skip
def test_the_parts_of_a_figure_before_are_held_by_its_holder(text, expected):
    assert controlled(text) == expected


def test_the_parts_of_a_figure_before_in_testland(testland):
    text = "Norland holds a third of Testland. That includes 60% of the Alpha region."
    assert controlled(text) == {"TL-01": 60}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops had occupied 72 percent of the Kherson region before the liberation of "
         "Kherson city.", {}),
        ("Russia held 30% of the Kharkiv region until the counteroffensive.", {}),
        ("Russia held 40% of the Kyiv region until its withdrawal.", {}),
        # a time to come is no earlier time
        ("Russia holds 70% of Donetsk and could take the rest before the war ends.",
         {"UA-14": 70}),
    ],
)  # fmt: skip
def test_a_figure_before_an_event_that_ended_it_is_of_an_earlier_time(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an annexation called for, or any annexation rejected, is no claim
        ("Pro-Kremlin bloggers have called for the annexation of the Odesa region.", set()),
        ("Nationalist deputies urged the annexation of the Kharkiv region.", set()),
        ("Ukraine rejects any annexation of its territory, including the Kherson region.", set()),
        # "annexed no part of" denies it
        ("The Kremlin has annexed no part of the Kharkiv region.", set()),
        # "has always been Russian land"
        ("Putin claims that the Donbas has always been Russian land.", {"UA-14", "UA-09"}),
    ],
)  # fmt: skip
def test_annexations_called_for_denied_and_always_russian(text, expected):
    assert claimed(text) == expected


def test_annexed_no_part_of_says_not_claimed():
    [figure] = read("The Kremlin has annexed no part of the Kharkiv region.").figures
    assert figure.claimed is False


def test_annexations_called_for_in_testland(testland):
    assert claimed("Norlandic bloggers called for the annexation of the Alpha region.") == set()
    assert claimed("Norland has annexed no part of Beta.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count met further back, or once the earlier annexation is left out
        ("Russia holds Crimea, most of Luhansk and parts of the Donetsk, Zaporizhzhia and Kherson "
         "regions. It also holds pockets of the Kharkiv, Sumy and Dnipropetrovsk regions. Moscow "
         "claims all four regions as its own, as well as Crimea.",
         {"UA-09", "UA-14", "UA-23", "UA-65", "UA-43", "UA-40"}),
        # a count no sentence before meets names none
        ("Russian troops hold parts of the Kharkiv, Sumy and Dnipropetrovsk regions. Moscow "
         "claims all four regions as its own.", set()),
        # nor one that names more than it counts
        ("Fighting goes on in the Kharkiv, Sumy, Donetsk, Luhansk and Kherson regions. Moscow "
         "claims all four regions as its own.", set()),
    ],
)  # fmt: skip
def test_a_counted_reference_takes_the_regions_it_counts(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # as many figures in a list as the regions after them: in order
        ("Russian forces hold 99% and 70% of Luhansk and Donetsk.", {"UA-09": 99, "UA-14": 70}),
        ("Russian troops control 73 and 75 percent of Kherson and Zaporizhzhia respectively.",
         {"UA-65": 73, "UA-23": 75}),
        ("Russia holds 99, 70 and 75 percent of Luhansk, Donetsk and Kherson, respectively.",
         {"UA-09": 99, "UA-14": 70, "UA-65": 75}),
        ("Russia controls 99% and 70% respectively of Luhansk and Donetsk.",
         {"UA-09": 99, "UA-14": 70}),
        # not as many: no figure, rather than a guess
        ("Russian forces hold 99% and 70% of Luhansk, Donetsk and Kherson.", {}),
        # one figure of a list of regions is each one's ...
        ("Russia holds about 70% of Donetsk and Luhansk.", {"UA-14": 70, "UA-09": 70}),
        # ... unless it is of them together
        ("Russia holds about 70% of Zaporizhzhia and Kherson in total.", {}),
        ("Russia holds about 70% of Zaporizhzhia and Kherson taken together.", {}),
        ("Russia holds about 70% of Zaporizhzhia and Kherson between them.", {}),
        ("Russia holds about 70% of Zaporizhzhia and Kherson as a whole.", {}),
        ("Taken together, Russia holds about 70% of the Zaporizhzhia and Kherson regions.", {}),
        ("Combined, Moscow's forces occupy about 72% of Zaporizhzhia and Kherson.", {}),
        ("All told, Russia holds about 99% of Luhansk.", {"UA-09": 99}),
        ("Russia holds 20% of Ukraine and 70% of Donetsk and Luhansk.",
         {"UA-14": 70, "UA-09": 70}),
        # a name with a figure of its own after it is not in the list before it
        ("Moscow holds around 99 percent of Luhansk, with Donetsk at 70 percent.",
         {"UA-09": 99, "UA-14": 70}),
        ("Russia holds 99% of Luhansk, and Donetsk at 70%.", {"UA-09": 99, "UA-14": 70}),
        ("Russia holds 99% of Luhansk, and in Kharkiv at 3%.", {"UA-09": 99, "UA-63": 3}),
        ("Russia holds 99% of Luhansk, and in May at 97%.", {"UA-09": 99}),
        # "it is at" the region's figure, named before it in the clause
        ("Moscow's share of the Luhansk region is 98%; in the Zaporizhzhia region it is at 74%, "
         "and in the Kherson region at 72%.", {"UA-09": 98, "UA-23": 74, "UA-65": 72}),
        ("Russia holds 99% of Luhansk and Donetsk (70%).", {"UA-09": 99, "UA-14": 70}),
        # the names before the figures, "at" between
        ("Russia controls the Kherson and Zaporizhzhia regions at roughly 75% and 73% "
         "respectively.", {"UA-65": 75, "UA-23": 73}),
        ("Russia holds Luhansk and Donetsk at 99% and 70%, respectively.",
         {"UA-09": 99, "UA-14": 70}),
        ("Russia occupies Luhansk and Donetsk, at 99% and 70%.", {"UA-09": 99, "UA-14": 70}),
        # more names than figures: none paired (it was the tail of the list)
        ("Russia occupies Luhansk, Donetsk and Kherson at 99% and 70%.", {}),
        ("Luhansk, Donetsk and Kherson are 99% and 70% occupied, respectively.", {}),
    ],
)  # fmt: skip
def test_figures_and_regions_listed_together(text, expected):
    assert controlled(text) == expected


@settings(max_examples=40, deadline=None)
@given(
    a=st.integers(min_value=1, max_value=99),
    b=st.integers(min_value=1, max_value=99),
    unit=st.sampled_from(["%", " percent", " per cent"]),
    end=st.sampled_from(["", " respectively", ", respectively"]),
    both=st.booleans(),
)
def test_two_figures_of_two_regions_pair_in_order(a, b, unit, end, both):
    """ "A% and B% of X and Y" gives X A and Y B, the unit after each figure or the last only;
    never the other's figure."""
    first = f"{a}{unit}" if both else str(a)
    text = f"Russian forces hold {first} and {b}{unit} of the Luhansk and Donetsk regions{end}."
    assert controlled(text) == {"UA-09": a, "UA-14": b}


def test_figures_and_regions_listed_together_in_testland(testland):
    assert controlled("Norland holds 40% and 65% of Alpha and Beta.") == {"TL-01": 40, "TL-02": 65}
    assert controlled("Norland holds 40% of Alpha, with Beta at 65%.") == {"TL-01": 40, "TL-02": 65}


def test_at_the_time_of_writing_is_now():
    assert controlled("At the time of writing, Russia controls about 70% of Donetsk.") == {
        "UA-14": 70
    }
    assert controlled("At the time, Russia controlled about 70% of Donetsk.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow has demanded Kyiv's recognition of Crimea as Russian.", {"UA-43", "UA-40"}),
        ("The Kremlin insists that the Luhansk and Donetsk regions are now Russian.",
         {"UA-09", "UA-14"}),
        ("The fighters in the Donetsk and Luhansk regions are Russian.", set()),
        ("Putin calls the Donbas 'historically Russian land'.", {"UA-14", "UA-09"}),
        ("Putin has called Kherson and Zaporizhzhia historically Russian territory.",
         {"UA-65", "UA-23"}),
        ("Residents call Kherson a Ukrainian city.", set()),
    ],
)  # fmt: skip
def test_claims_by_recognition_plural_subjects_and_what_a_side_calls_land(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's hold on the Donetsk region has grown to 79%.", {"UA-14": 79}),
        ("Russia's grip on Donetsk stands at 79%.", {"UA-14": 79}),
        ("Russia's share of Donetsk rose 5 percentage points to 79%.", {"UA-14": 79}),
        ("The share of the Donetsk region Russia holds grew by 6 points this year, to 79%.",
         {"UA-14": 79}),
        ("Russia's share of Donetsk has grown by 20 percentage points since 2023, to about 80%.",
         {"UA-14": 80}),
        ("Russia's share of Donetsk rose by 5 points in the past year to 79%.", {"UA-14": 79}),
        ("Russia's share of Zaporizhzhia has remained stable at about 74% since 2023.",
         {"UA-23": 74}),
        ("Russia's share of Kherson has stayed unchanged at 73% for two years.", {"UA-65": 73}),
        # the change alone is no share
        ("Russia's share of Donetsk grew 20% since 2023.", {}),
        # a state as a label before the figure
        ("Donetsk region (occupied: 79%, against 70% in February)", {"UA-14": 79}),
        ("Donetsk region, held by Russia: 79%", {"UA-14": 79}),
        ("Russian control of the Donetsk region reached 79% this spring.", {"UA-14": 79}),
        ("The area of the Donetsk region under Russian control has expanded to about 79%.",
         {"UA-14": 79}),
        # an area that is no one's control
        ("The area of the Donetsk region is 26,500 square kilometres, about 4% of Ukraine.", {}),
    ],
)  # fmt: skip
def test_control_that_grows_to_a_figure(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place named after the region, or a front, is not the region
        ("Russian troops control 90% of the Zaporizhzhia nuclear plant's staff housing.", {}),
        ("Russia has taken 70% of the Donetsk front's villages.", {}),
        ("Russian forces hold 60% of the Kherson direction's river islands.", {}),
        ("70% of Donetsk residents live under occupation.", {}),
        # the region's own land is
        ("Russia holds 70% of Donetsk territory.", {"UA-14": 70}),
    ],
)  # fmt: skip
def test_a_place_or_front_named_after_a_region_is_not_the_region(text, expected):
    assert controlled(text) == expected
