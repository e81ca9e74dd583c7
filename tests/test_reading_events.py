"""Wordings that had lost a figure or a claim: a figure of today after an event of an earlier
time ("after last year's counteroffensive"), the regions a claim counts set off after the count
("claims four regions (A, B, C and D)", "... regions: A, ..."), treaties dated before their
verb, what a side "calls" its new territories before a colon, a constitution that "lists" regions
among its subjects, a statement that opens with "Across" or "Throughout" a unit, and the rest of
a region a side "defends" or "clings to"; claims of regions referred to ("laws incorporating the
regions into Russia", "all four are now Russian", "written both into its constitution", "as they
are now Russian regions") and of a "reunification" in quotation marks; changes and totals ("-
up from 60% two years ago", "has crept up to 79%", "with 78% of the region occupied", "added 0.4%
..., bringing its total to 79%"); a side cleared from a unit ("went on to clear X of the RSF") and a
unit fallen "entirely" to a side; a denial that reaches past "had taken"; a side's allies
("army-aligned forces") on its side; units named after a colon ("the north and east: A, B and C
states"); claims of "all four mainland regions", of regions that "became subjects of" the
controlling side and of "the new regions", and none of the capital in "the Kiev regime"; a whole cleared of a side ("cleared the entire X
of RSF fighters", "of its rival, the RSF"); "Earlier, <title and name> said" as when it was said; a list's label with a
state and its time before a figure in brackets ("Crimea: occupied since 2014 (100%)"); "our troops liberated" as the speaker's side, and
the officials the profile names; a share "returned to Ukrainian control"; all of a region but a figure ("All of X but 0.5% is
occupied", "Everything but 1% of X", "all of it but 20%"), never the figure left out as the share
held; more than before ("another 3%", "an additional 2%", "gained 5%") no share held, and the
total it reached ("..., reaching 79%") the side's; annexations talked of ("not a target for
annexation", "a possible annexation of X"), no claims; "...; in A and B, the figures are 79% and
74%" after another figure; "It said ... has been liberated" after a sentence that names the side
that says it, and "X has been liberated, the RSF said in a statement" the speaker's. In Ukraine's
profile, Sudan's and the made-up
Testland's.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest

from tests.test_reading_changes import claimed
from tests.test_reading_structure import controlled, defended, defender_held, held, read

FOUR = {"UA-14", "UA-09", "UA-23", "UA-65"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops hold under 1% of the Kharkiv region after last year's counteroffensive, "
         "officials say.", {"UA-63": 1}),
        ("Russian troops control 4% of Kharkiv following the Ukrainian push of 2022.",
         {"UA-63": 4}),
        # the verb in the past: the figure is of then, whatever the event
        ("Russian troops held 30% of Kharkiv after last summer's offensive.", {}),
        ("Russia holds 4% of the Kharkiv region, down from 30% last year.", {"UA-63": 4}),
    ],
)  # fmt: skip
def test_a_figure_after_an_earlier_event_is_of_today(text, expected):
    assert controlled(text) == expected


def test_a_figure_after_an_earlier_event_in_testland(testland):
    text = "Norlandic units hold 12% of Gamma after last spring's Testlandic offensive."
    assert controlled(text) == {"TL-03": 12}


@pytest.mark.parametrize(
    "text",
    [
        "Moscow unlawfully claims four Ukrainian regions (Luhansk, Donetsk, Zaporizhzhia and "
        "Kherson) as its own.",
        "Russia claims four regions: Kherson, Zaporizhzhia, Donetsk and Luhansk.",
        "The Kremlin claims four oblasts - Donetsk, Luhansk, Kherson and Zaporizhzhia.",
        "Russia's legislature ratified treaties on Tuesday absorbing Luhansk, Donetsk, "
        "Zaporizhzhia and Kherson.",
        'Moscow refuses to discuss what it calls "new territories": Zaporizhzhia, Kherson, '
        "Luhansk and Donetsk.",
        "Russia's constitution now lists Donetsk, Luhansk, Kherson and Zaporizhzhia among its "
        "subjects.",
    ],
)
def test_claims_with_their_regions_set_off_or_listed(text):
    assert claimed(text) == FOUR


@pytest.mark.parametrize(
    "text",
    [
        # the defender's own constitution, and a claim of villages, not of their region
        "Ukraine's constitution lists Crimea among its regions.",
        "Russia claimed the Donetsk villages (Pisky and Marinka) as captured.",
        "Ukraine calls its new territories: Donetsk and Luhansk.",
    ],
)
def test_lists_that_are_no_claims(text):
    assert claimed(text) == set()


def test_claims_with_their_regions_set_off_in_testland(testland):
    assert claimed("Norland claims two Testlandic regions (Alpha and Beta).") == {"TL-01", "TL-02"}


@pytest.mark.parametrize(
    "text",
    [
        "Across Blue Nile State, the army is firmly in control.",
        "Throughout Blue Nile State, the army remains in control.",
    ],
)
def test_a_statement_that_opens_with_the_unit(sudan, text):
    assert (defender_held(text), held(text)) == ({"SD-NB"}, set())


@pytest.mark.parametrize(
    "text",
    [
        "Some 70% of the Donetsk region is under occupation, while Ukrainian troops defend the "
        "remaining 30%.",
        "Russia occupies 70% of Donetsk, and Ukraine clings to the remaining 30%.",
    ],
)
def test_the_rest_a_side_defends(text):
    assert (controlled(text), defended(text)) == ({"UA-14": 70}, {"UA-14": 30})


def test_the_rest_a_side_defends_in_testland(testland):
    text = "Norland occupies 60% of Beta, while the TDF defends the remaining 40%."
    assert (controlled(text), defended(text)) == ({"TL-02": 60}, {"TL-02": 40})


@pytest.mark.parametrize(
    "text",
    [
        "In 2022, Moscow held votes in Luhansk, Donetsk, Kherson and Zaporizhzhia. Within days "
        "the Kremlin signed laws incorporating the regions into Russia.",
        "Luhansk, Donetsk, Kherson and Zaporizhzhia: the Kremlin insists all four are now Russian.",
        'The Kremlin proclaimed the "reunification" of Luhansk, Donetsk, Kherson and Zaporizhzhia '
        "with Russia.",
    ],
)
def test_claims_of_regions_referred_to(text):
    assert claimed(text) == FOUR


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces do not hold all of Kherson or Zaporizhzhia. Even so, the Kremlin has "
         "written both into its constitution.", {"UA-65", "UA-23"}),
        ("The Kremlin says the future of Luhansk and Donetsk is settled, as they are now Russian "
         "regions.", {"UA-09", "UA-14"}),
        # "they" the people who speak, and a count the sentence before does not meet
        ("Volunteers from Luhansk and Donetsk say they are Russian.", set()),
        ("Russia holds most of Luhansk and Donetsk. The Kremlin says all four are Russian.", set()),
        ("Luhansk and Donetsk: Kyiv says both are Ukrainian.", set()),
    ],
)  # fmt: skip
def test_claims_of_both_and_they(text, expected):
    assert claimed(text) == expected


def test_claims_of_regions_referred_to_in_testland(testland):
    text = (
        "Norland held votes in Alpha and Beta. Then the Regent signed laws absorbing the "
        "regions into Norland."
    )
    assert claimed(text) == {"TL-01", "TL-02"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dash ends the figure's phrase as a comma does: what follows is of another time
        ("Russian troops hold some 79% of Donetsk - up from about 60% two years ago.",
         {"UA-14": 79}),
        # "up to" after a verb of change is where the share went, not a bound
        ("Russia's share of Donetsk has crept up to about 79%.", {"UA-14": 79}),
        ("Russia's control of Donetsk has inched up to 79%.", {"UA-14": 79}),
        # "..., with 78% of the region occupied": the participle is the predicate
        ("Donetsk has suffered most, with 78% of the region occupied.", {"UA-14": 78}),
        ("Russia holds Donetsk, with 78% of the region it invaded in ruins.", {}),
        # "added" is a gain; the total it brought is the share held
        ("Russia added 0.4% of Donetsk in October, bringing its total to 79%.", {"UA-14": 79}),
        ("Russia added about 0.4% of Donetsk.", {}),
    ],
)  # fmt: skip
def test_changes_and_totals(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after "leaving" as after "with": a clause of its own, not "the region (that is)
        # occupied", a part of it
        ("Norland took the last villages in Alpha, leaving the whole region occupied.",
         {"TL-01": 100}),
        ("Testland lost its last positions in Beta, leaving the whole region under Norlandic "
         "control.", {"TL-02": 100}),
        ("Norland took Kesk in Gamma, leaving 60% of the region occupied.", {"TL-03": 60}),
        ("Norland holds Gamma, leaving 60% of the region it invaded in ruins.", {}),
    ],
)  # fmt: skip
def test_a_region_left_occupied(testland, text, expected):
    assert controlled(text) == expected


def test_a_bound_stays_a_bound():
    figures = read("Russian troops hold up to 79% of Donetsk, Kyiv says.").figures
    assert [(f.region_code, f.controlled_pct, f.qualifier) for f in figures] == [
        ("UA-14", 79.0, "up to")
    ]


def test_changes_and_totals_in_testland(testland):
    assert controlled("Norland's share of Beta has edged up to 41%.") == {"TL-02": 41}
    assert controlled("Norland added 2% of Beta in May, bringing its total to 41%.") == {
        "TL-02": 41
    }


@pytest.mark.parametrize(
    ("text", "rsf", "army", "whole"),
    [
        ("After taking back Wad Madani, the army went on to clear Gezira State of the RSF.",
         set(), {"SD-GZ"}, {}),
        # a clearing hoped for or failed is no statement
        ("The army hopes to clear Gezira State of the RSF.", set(), set(), {}),
        ("The army failed to clear Gezira State of the RSF.", set(), set(), {}),
        ("West Kordofan has fallen to the RSF.", {"SD-GK"}, set(), {}),
        # "entirely", "completely": all of it
        ("West Kordofan has fallen entirely to the RSF.", set(), set(), {"SD-GK": 100}),
        ("West Kordofan fell completely to the RSF last month.", set(), set(), {"SD-GK": 100}),
        ("West Kordofan fell largely to the RSF.", set(), set(), {}),
    ],
)  # fmt: skip
def test_clearing_and_falling_in_sudan(sudan, text, rsf, army, whole):
    assert (held(text), defender_held(text), controlled(text)) == (rsf, army, whole)


def test_a_denial_reaches_past_the_verb_of_taking(sudan):
    text = "The army denied that the RSF had taken full control of North Darfur."
    assert controlled(text) == {}
    assert controlled("The RSF said it had taken full control of North Darfur.") == {"SD-DN": 100}


@pytest.mark.parametrize(
    "text",
    [
        "Army-aligned forces hold roughly 60% of South Kordofan.",
        "Army-allied fighters hold about 60% of South Kordofan, local monitors say.",
    ],
)
def test_a_sides_allies_are_on_its_side(sudan, text):
    assert (controlled(text), defended(text)) == ({}, {"SD-KS": 60})


def test_a_sides_allies_in_testland(testland):
    assert defended("Testland-aligned militias hold 35% of Gamma.") == {"TL-03": 35}


def test_units_named_after_a_colon_are_the_objects(sudan):
    text = "The army holds the north and east: Northern, River Nile and Red Sea states."
    assert defender_held(text) == {"SD-NO", "SD-NR", "SD-RS"}
    # a count the names do not meet says no unit (see test_reading_counted)
    assert held("The RSF holds three of Darfur's five states: South Darfur among them.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops hold most of Luhansk, Donetsk, Kherson and Zaporizhzhia. The Kremlin "
         "claims all four mainland regions as its own, along with Crimea.",
         FOUR | {"UA-43", "UA-40"}),
        ("Luhansk and Donetsk became subjects of the Russian Federation in 2022.",
         {"UA-09", "UA-14"}),
        ('The Kremlin said Luhansk and Donetsk were "subjects of the Russian Federation".',
         {"UA-09", "UA-14"}),
        ("Russian troops hold most of Luhansk and Donetsk. The Kiev regime still holds parts of "
         "the new regions, which became subjects of the Russian Federation in 2022.",
         {"UA-09", "UA-14"}),
        # the capital in a side's name is no region claimed
        ("The Kiev regime still holds parts of the regions that became subjects of Russia.",
         set()),
        ("The Kyiv government lost the regions which Russia annexed.", set()),
    ],
)  # fmt: skip
def test_claims_of_counted_and_new_regions(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army says it has cleared the entire Khartoum state of RSF fighters.", {"SD-KH": 0}),
        ("The army has cleared all of Gezira State of the RSF.", {"SD-GZ": 0}),
        ("The army cleansed the entire Gezira State of the rebel militia.", {"SD-GZ": 0}),
        # a part cleared is a gain; a whole cleared of something else says no holder
        ("The army cleared 40% of Gezira State of the RSF.", {}),
        ("The army has cleared all of Gezira State of mines.", {}),
    ],
)
def test_a_whole_cleared_of_a_side(sudan, text, expected):
    assert controlled(text) == expected


def test_a_whole_cleared_of_a_side_in_testland(testland):
    assert controlled("The TDF has cleared the whole of Gamma of Norlandic troops.") == {"TL-03": 0}


@pytest.mark.parametrize(
    "text",
    [
        # the side put out named in apposition to "its rival", after the unit's own "of"
        "The army said it had cleared the state of Khartoum of its rival, the paramilitary RSF.",
        "Army units cleared Khartoum State of their main foes, the Rapid Support Forces, on Monday.",
    ],
)
def test_a_unit_cleared_of_a_rival_named_after_it(sudan, text):
    assert defender_held(text) == {"SD-KH"}


def test_a_unit_cleared_of_a_rival_in_testland(testland):
    text = "The Testlandic army has cleared the Beta region of its foes, the Norlandic troops."
    assert defender_held(text) == {"TL-02"}


def test_the_unit_named_before_cleared_of_a_side(sudan):
    """ "cleared the state of RSF fighters": the state named before, in a place's apposition."""
    text = (
        "In January, army troops entered Wad Madani, the capital of Al Jazirah state. By the "
        "end of the month, the army said it had cleared the state of RSF fighters."
    )
    assert defender_held(text) == {"SD-GZ"}
    # not "the region of" a town: no unit
    assert defender_held("The army cleared the region of Tawila of RSF fighters.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Earlier," and the speaker's title and name: when it was said, not of an earlier time
        ("Earlier, Zaporizhzhia Region Governor Yevgeny Balitsky said that about 72% of the "
         "region was under Russian control.", {"UA-23": 72}),
        ("Earlier this year, Russia held about 60% of Zaporizhzhia.", {}),
        # a list's label and a state with its time before the figure in brackets
        ("Key figures:\n- Crimea: occupied since 2014 (100%)\n- Luhansk: 99% occupied",
         {"UA-43": 100, "UA-40": 100, "UA-09": 99}),
    ],
)  # fmt: skip
def test_earlier_and_a_lists_labels(text, expected):
    assert controlled(text) == expected


def test_a_lists_label_for_the_defender():
    assert defended("Key figures:\n- Kherson: under Ukrainian control (27%)") == {"UA-65": 27}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # "our troops" with "liberated": the speaker's side, never the defender's by default
        ('"Our troops liberated more than 70% of Zaporizhzhia," a Russian official told reporters.',
         {"UA-23": 70}, {}),
        ('"Our troops liberated more than 70% of Zaporizhzhia," Balitsky told reporters.',
         {"UA-23": 70}, {}),
        ('"Our troops have liberated 30% of Kherson," a Ukrainian commander said.', {},
         {"UA-65": 30}),
        ('"We have liberated 30% of Kherson," the official said.', {}, {}),
        ("The share of liberated land in the Zaporizhzhia region has reached 75%, Balitsky said.",
         {"UA-23": 75}, {}),
    ],
)  # fmt: skip
def test_our_liberation_is_the_speakers(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


def test_our_liberation_is_the_speakers_in_testland(testland):
    text = '"Our troops liberated 20% of Alpha," a Norlandic officer said.'
    assert (controlled(text), defended(text)) == ({"TL-01": 20}, {})


def test_our_region_and_russian_forever():
    text = "The occupiers hold 72% of our Zaporizhzhia region, the regional governor said."
    assert controlled(text) == {"UA-23": 72}
    text = 'The Kremlin says Luhansk, Donetsk, Kherson and Zaporizhzhia are Russian "forever".'
    assert claimed(text) == FOUR


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia held 57% of Donetsk in January 2023 and 79% in May 2025.", {"UA-14": 79}),
        # both of an earlier time
        ("Russia held 57% of Donetsk in January 2023 and 60% in May 2023.", {}),
    ],
)
def test_a_later_figure_with_a_date_of_its_own(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The autumn offensive returned about 27% of the Kherson region to Ukrainian control.",
        "The counteroffensive brought back about 27% of Kherson to Ukrainian hands.",
    ],
)
def test_a_share_returned_to_the_defender(text):
    assert (controlled(text), defended(text)) == ({}, {"UA-65": 27})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole and the part it leaves out: never the part as the share held
        ("All of Luhansk but 0.5% is occupied.", {"UA-09": 99.5}),
        ("Everything but about 1% of Luhansk is in Russian hands.", {"UA-09": 99}),
        ("Russia controls all of Luhansk except 1%.", {"UA-09": 99}),
        ("Russia occupies the whole of the Luhansk region save for about 1%.", {"UA-09": 99}),
        ("Russia controls the entire Luhansk region except about 1%, officials say.",
         {"UA-09": 99}),
        ("Russia holds Donetsk. It controls all of it but 20%.", {"UA-14": 80}),
        ("Russia holds all of Donetsk apart from about a fifth of its territory.", {"UA-14": 80}),
        # fractions and "9/10" left out as figures are
        ("Russia holds all but a quarter of Donetsk.", {"UA-14": 75}),
        ("Russia holds all but one-fifth of Donetsk.", {"UA-14": 80}),
        ("Russia controls all but 1/10 of Donetsk.", {"UA-14": 90}),
        # a figure of another region after "but" is its own
        ("Russia now holds all of Luhansk but 70% of Donetsk.", {"UA-09": 100, "UA-14": 70}),
    ],
)  # fmt: skip
def test_all_of_a_region_but_a_figure(text, expected):
    assert controlled(text) == expected


def test_all_of_a_region_but_a_figure_in_testland(testland):
    assert controlled("All of Alpha but 3% is under Norlandic control.") == {"TL-01": 97}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more than before is no share held
        ("Russia controls another 3% of Donetsk since the summer.", {}),
        ("Russian troops seized an additional 2% of Donetsk.", {}),
        ("Russia gained 5% of Donetsk.", {}),
        # the total a gain brought is
        ("Russia gained 5% of Donetsk, reaching 79%.", {"UA-14": 79}),
        ("Russia has gained control of 70% of Donetsk.", {"UA-14": 70}),
    ],
)
def test_more_than_before_and_the_total_it_reached(text, expected):
    assert controlled(text) == expected


def test_the_total_a_gain_reached_in_testland(testland):
    assert defended("The TDF gained 4% of Gamma, reaching 31%.") == {"TL-03": 31}


@pytest.mark.parametrize(
    "text",
    [
        "Moscow says the Kharkiv region is a buffer zone, not a target for annexation.",
        "Kharkiv could become the next target for annexation, Kyiv warns.",
        "A possible annexation of Kharkiv alarms Kyiv.",
    ],
)
def test_annexations_talked_of_are_no_claims(text):
    assert claimed(text) == set()


def test_an_annexation_made_is_a_claim_beside_one_talked_of():
    text = "Russia's annexation of Kherson in 2022 set a precedent for further annexations."
    assert claimed(text) == {"UA-65"}


def test_the_figures_for_a_list_after_another_figure():
    text = "Russia holds 99% of Luhansk; in Donetsk and Zaporizhzhia, the figures are 79% and 74%."
    assert controlled(text) == {"UA-09": 99, "UA-14": 79, "UA-23": 74}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("The Russian Defence Ministry gave an update on Tuesday. It said 70% of the Zaporizhzhia "
         "region has been liberated.", {"UA-23": 70}, {}),
        ("Ukraine's general staff gave an update. It said 27% of the Kherson region has been "
         "liberated.", {}, {"UA-65": 27}),
    ],
)  # fmt: skip
def test_it_said_liberated_is_the_side_named_before(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


def test_it_said_liberated_in_testland(testland):
    text = "The Norlandic command issued a statement. It said 40% of Beta has been liberated."
    assert (controlled(text), defended(text)) == ({"TL-02": 40}, {})


def test_a_sides_news_agency_as_the_speaker():
    text = "About 70% of the Zaporizhzhia region is liberated, RIA Novosti reported."
    assert (controlled(text), defended(text)) == ({"UA-23": 70}, {})


@pytest.mark.parametrize(
    ("text", "rsf", "army", "whole"),
    [
        # the speaker after "said" and a time or a place: "said in a statement", "on Monday"
        ("North Darfur has been fully liberated, the RSF said in a statement.", set(), set(),
         {"SD-DN": 100}),
        ("Khartoum State has been fully liberated, the army said on Monday.", set(), set(),
         {"SD-KH": 0}),
        ("North Darfur is now fully liberated, the RSF claimed.", set(), set(), {"SD-DN": 100}),
        # a unit liberated, no share given: the speaker's side, or no holder
        ("Gezira State has been liberated, the army's spokesman said.", set(), {"SD-GZ"}, {}),
        ("West Kordofan has been liberated, RSF commanders said.", {"SD-GK"}, set(), {}),
        ("Gezira State has been liberated, a resident said.", set(), set(), {}),
    ],
)  # fmt: skip
def test_liberated_by_the_speakers_side_in_sudan(sudan, text, rsf, army, whole):
    assert (held(text), defender_held(text), controlled(text)) == (rsf, army, whole)
