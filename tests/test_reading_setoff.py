"""Words set off around a clause: a speaker named after the clause it says ("..., Leonid
Pasechnik, the Moscow-installed leader, claimed."), the country named as the owner of a unit
("Ukraine's Dnipropetrovsk region") before a later "they", a figure set off after a relative
clause on a place ("the parts of X it still holds — roughly a quarter of the region"), regions
named after a colon for a count in the sentence before ("... four regions. It controls none
of the regions: A, B, C and D."), "the figure" after "nearly all of X", a row of a table of
units whose name a town shares ("Khartoum: army" beside "North Darfur: RSF"), a relative clause
on the figure's place that says who has yet to take it, "its troops" after one side named in an
aside, a count met by the names later in its sentence, a passive in a clause of its own ("...
despite the army's announcement that the state had been liberated"), and a relative clause or
an apposition on the unit a side is placed in ("based in X, which it has held").

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest

from tests.test_reading_changes import claimed
from tests.test_reading_claim_references import not_claimed
from tests.test_reading_structure import controlled, defended, defender_held, held, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's verb ends the sentence: it says the clause, it claims no land
        ("Russian troops now hold the whole Luhansk region, Leonid Pasechnik, the "
         "Moscow-installed leader there, claimed.", set()),
        ("Russian forces control most of Zaporizhzhia, Moscow claimed on Sunday.", set()),
        ("Russia's army holds 70% of Donetsk, the Kremlin claims.", set()),
        # a claim of land is still one
        ("The Kremlin claims Donetsk, Luhansk, Kherson and Zaporizhzhia.",
         {"UA-09", "UA-14", "UA-23", "UA-65"}),
        ("Kherson is Russian territory, Moscow claims.", {"UA-65"}),
        ("Russia holds 70% of Donetsk, all of which Moscow claims.", {"UA-14"}),
        ("Russia holds 70% of Donetsk, the region Moscow claims.", {"UA-14"}),
        ("Russia holds half of Kherson, which it annexed in 2022, and 21% of Dnipropetrovsk, "
         "which it does not claim.", {"UA-65"}),
    ],
)  # fmt: skip
def test_a_speaker_after_the_clause_claims_nothing(text, expected):
    assert claimed(text) == expected


def test_a_speaker_after_the_clause_keeps_the_figure():
    text = "Russian forces control 99% of Luhansk, the regional leader installed by Moscow claimed."
    assert controlled(text) == {"UA-09": 99}
    assert claimed(text) == set()


def test_a_speaker_after_the_clause_in_another_country(testland):
    assert claimed("Norlandic troops hold all of Beta, the Regent claimed.") == set()
    assert claimed("The Regent claims Beta and Gamma.") == {"TL-02", "TL-03"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Ukraine's" owns the region: the one side named as an actor is Russia
        ("Ukraine's Dnipropetrovsk region, which Moscow has never claimed, now has Russian troops "
         "inside it; analysts estimate they control less than 1% of it.", {"UA-12": 1}),
        ("Ukraine's eastern Kharkiv region has seen a new Russian push; officials say they hold "
         "about 5% of it.", {"UA-63": 5}),
        # both sides named as actors: whose "they" is, is not said
        ("Ukrainian troops pushed back Russian forces near Kupiansk; they hold about 5% of the "
         "Kharkiv region.", {}),
    ],
)  # fmt: skip
def test_a_country_owning_a_unit_is_no_side(text, expected):
    assert controlled(text) == expected


def test_a_country_owning_a_unit_in_another_country(testland):
    text = "Testland's Gamma region has Norlandic troops inside it; they hold about 8% of it."
    assert controlled(text) == {"TL-03": 8}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # "it" holds the place: the side that would withdraw from it
        ("Moscow's condition is for Ukraine to withdraw from the parts of Donetsk it still holds "
         "— some 6,000 square kilometres, or about a quarter of the region — before any truce.",
         {}, {"UA-14": 25}),
        ("The Kremlin wants Kyiv to give up the part of Donetsk it still holds, roughly a quarter "
         "of the region.", {}, {"UA-14": 25}),
        # ... or the place's state said right after it
        ("Moscow demands that Ukrainian troops withdraw from the parts of Donetsk still under "
         "Kyiv's control, about 22% of the region.", {}, {"UA-14": 22}),
        ("Moscow wants the parts of Donetsk that are still in Ukrainian hands, about 22% of it.",
         {}, {"UA-14": 22}),
        # the figure inside the relative clause, as before
        ("Russia demands that Ukraine withdraw from the 30% of Donetsk it still holds.",
         {}, {"UA-14": 30}),
        # a figure of the demand itself is no one's holding
        ("Moscow wants Ukraine to withdraw from about a quarter of the Donetsk region.", {}, {}),
    ],
)  # fmt: skip
def test_a_figure_set_off_after_a_relative_clause_on_its_place(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


def test_a_figure_set_off_after_a_relative_clause_in_another_country(testland):
    text = "Norland wants Testland to leave the parts of Beta it still holds, about 40% of it."
    assert (controlled(text), defended(text)) == ({}, {"TL-02": 40})
    text = "Norland wants the parts of Beta still under Testland's control, about 40% of it."
    assert (controlled(text), defended(text)) == ({}, {"TL-02": 40})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's upper house voted on Tuesday to absorb four partly-occupied Ukrainian regions into "
         "Russia. Moscow does not fully control any of the regions: Donetsk, Luhansk, Kherson "
         "and Zaporizhzhia.", {"UA-09", "UA-14", "UA-23", "UA-65"}),
        ("Russia annexed four Ukrainian regions in 2022. It fully controls none of the four "
         "regions: Donetsk, Luhansk, Kherson and Zaporizhzhia.",
         {"UA-09", "UA-14", "UA-23", "UA-65"}),
        # as many names as the count, or none
        ("Russia annexed four Ukrainian regions in 2022. It holds most of the regions: Donetsk "
         "and Luhansk almost entirely.", set()),
        # a count that is not claimed
        ("Kyiv lost ground in four regions this year. Russia pressed in all of the regions: "
         "Donetsk, Kharkiv, Sumy and Zaporizhzhia.", set()),
    ],
)  # fmt: skip
def test_the_regions_named_after_a_colon_for_a_count_before(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Almost all of the Luhansk region is under occupation, while in the Donetsk region the "
         "figure stands at 76%.", {"UA-14": 76}),
        ("Russian troops occupy nearly all of Luhansk; the figure for Donetsk is 76%.",
         {"UA-14": 76}),
        ("Russian troops occupy nearly all of Luhansk, and the figure is 76% in Donetsk.",
         {"UA-14": 76}),
        # no region of its own: "the figure" is not of "nearly all"'s region
        ("Russian troops occupy nearly all of Luhansk; today the figure is 76%.", {}),
    ],
)  # fmt: skip
def test_the_figure_after_nearly_all(text, expected):
    assert controlled(text) == expected


def test_the_figure_after_nearly_all_in_another_country(testland):
    text = "Nearly all of Alpha is under Norlandic control, while in Beta the figure is 40%."
    assert controlled(text) == {"TL-02": 40}


def test_a_towns_name_in_a_table_of_units(sudan):
    table = "North Darfur: RSF\nKhartoum: army (retaken in March)\nGezira: army"
    assert held(table) == {"SD-DN"}
    assert defender_held(table) == {"SD-KH", "SD-GZ"}
    # a table of towns only: the towns, no state
    assert defender_held("Khartoum: army\nEl Obeid: army") == set()
    assert defender_held("Kassala: army\nSennar: army") == set()
    # a row alone: the town
    assert defender_held("Khartoum: army") == set()


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a relative clause on the figure's place that says who has not taken it
        ("Kyiv still holds Kramatorsk and Sloviansk, the last big towns in the roughly 20% of "
         "the Donetsk region that Russia has yet to capture.", {}, {"UA-14": 20}),
        ("Moscow is now trying to take the last 25% of Donetsk it does not hold.",
         {}, {"UA-14": 25}),
        # a relative clause that says who took it is that side's
        ("Russia holds the 70% of Donetsk that Ukraine failed to defend.", {"UA-14": 70}, {}),
    ],
)  # fmt: skip
def test_a_relative_clause_on_the_figures_place_says_it_is_not_taken(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its troops": the one side named, in an aside on the place too
        ("In the Sumy region, where Russia opened a new front this spring, its troops hold about "
         "200 square kilometres, less than 1% of the region.", {"UA-59": 1}),
        # both named: whose, not said
        ("In the Sumy region, where Ukraine repelled a Russian push this spring, its troops hold "
         "about 1% of the region.", {}),
    ],
)  # fmt: skip
def test_its_troops_after_one_side_named(text, expected):
    assert controlled(text) == expected


def test_its_troops_in_another_country(testland):
    text = "In Gamma, where Norland opened a new front this spring, its troops hold about 8% of it."
    assert controlled(text) == {"TL-03": 8}
    text = "In Gamma, where Testland repelled a Norlandic push, its troops hold about 8% of it."
    assert controlled(text) == {}


def test_a_count_met_by_the_names_later_in_the_sentence():
    text = (
        "Of the four regions Moscow annexed in 2022, only Luhansk is almost wholly in Russian "
        "hands; in Donetsk, Zaporizhzhia and Kherson, Ukraine still holds a great deal of land."
    )
    assert claimed(text) == {"UA-09", "UA-14", "UA-23", "UA-65"}
    # as many names, but not all of them after the count: only those its clause names
    text = "Of the four regions Moscow annexed, it fully holds only Luhansk."
    assert claimed(text) == {"UA-09"}


def test_a_passive_in_a_clause_of_its_own_is_not_the_subject_before_it(sudan):
    text = (
        "Residents said RSF fighters still held villages in the east of Gezira State, despite "
        "the army's announcement that the state had been fully liberated."
    )
    assert controlled(text) == {"SD-GZ": 0}
    assert controlled("The army said Gezira State had been fully liberated.") == {"SD-GZ": 0}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause on the unit a verb places the side in, or an apposition calling it
        # a unit
        ("The RSF is based in South Darfur, which it has controlled since 2023.", {"SD-DS"}),
        ("The RSF's rival cabinet sits in Nyala, the capital of South Darfur, a state the "
         "paramilitary group has controlled since October 2023.", {"SD-DS"}),
        ("The RSF is strong in Central Darfur, which it has held since late 2023.", {"SD-DC"}),
        # a town's name before "in": which it is on, not said
        ("The town of Nyala in South Darfur, which the RSF captured in 2023, is its seat.",
         set()),
    ],
)  # fmt: skip
def test_a_relative_clause_on_the_unit_a_side_is_placed_in(sudan, text, expected):
    assert held(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb before a relative clause on "territory" governs what it goes on to include,
        # past a time and a place after the relative clause's verb
        ("Analysts say the army regained most of the territory it had lost in central Sudan "
         "during the first half of 2025, including all of Sennar and Gezira states.",
         {"SD-SI": 0, "SD-GZ": 0}),
        ("The army regained most of the territory it had lost, including all of Sennar State.",
         {"SD-SI": 0}),
    ],
)  # fmt: skip
def test_the_verb_before_a_relative_clause_on_territory_governs_the_list(sudan, text, expected):
    assert controlled(text) == expected


def test_the_verb_before_a_relative_clause_on_territory_in_ukraine():
    text = (
        "Russia has regained most of the territory it lost in the Kharkiv counteroffensive of "
        "2022, including all of Luhansk."
    )
    assert controlled(text) == {"UA-09": 100}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ('The army declared Khartoum State "completely clean" of RSF fighters on May 20.',
         {"SD-KH": 0}, set()),
        ("Khartoum State is now clean of the RSF.", {}, {"SD-KH"}),
        ("Gezira State has been cleansed of the RSF.", {}, {"SD-GZ"}),
        ("Sennar State was purged of RSF fighters in November.", {}, {"SD-SI"}),
        # not yet, or of something else: nothing
        ("Khartoum State is not yet clean of the RSF.", {}, set()),
        ("Aid workers keep the camps in Khartoum State clean of cholera.", {}, set()),
    ],
)  # fmt: skip
def test_a_unit_clean_of_a_side(sudan, text, ours, theirs):
    assert (controlled(text), defender_held(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regions Moscow claims but does not fully control — Donetsk, Zaporizhzhia and "
         "Kherson — see the heaviest fighting.", {"UA-14", "UA-23", "UA-65"}),
        ("Russia claims but does not fully control Kherson.", {"UA-65"}),
        # the denied verb's own object is not claimed
        ("Russia claims Donetsk but does not control Kherson.", {"UA-14"}),
    ],
)  # fmt: skip
def test_a_claim_and_a_denied_holding_of_one_object(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a unit as a label, then who is in control
        ("Blue Nile: The army retains control, though SPLM-N fighters hold pockets in the south.",
         set(), {"SD-NB"}),
        ("Blue Nile: the army remains in control.", set(), {"SD-NB"}),
        ("El Obeid: the army remains in control.", set(), set()),  # a town
        # a line with what goes on there besides
        ("White Nile: army-controlled, with RSF raids along the western bank.", set(), {"SD-NW"}),
        ("White Nile: army, with the exception of the west.", set(), set()),
        # a side's territory and what it takes in
        ("The RSF's territory now stretches from the Chadian border to North Kordofan, taking in "
         "all five Darfur states.", {"SD-DN", "SD-DS", "SD-DW", "SD-DC", "SD-DE"}, set()),
        ("The army's territory includes Kassala and Gedaref states.", set(), {"SD-KA", "SD-GD"}),
        ("The RSF's territory stretches to the border, near Kassala State.", set(), set()),
    ],
)  # fmt: skip
def test_labels_and_territories_that_say_who_holds_a_unit(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "ours", "claims"),
    [
        ("Russia seized Crimea in 2014 and has claimed it as its own since.",
         {"UA-43": 100, "UA-40": 100}, {"UA-43", "UA-40"}),
        # the profile's word for the earlier taking's units, in a sentence of its year
        ("Crimea is home to the Black Sea Fleet. Russia seized the peninsula in 2014.",
         {"UA-43": 100, "UA-40": 100}, set()),
        ("Ukraine has not held Crimea since Russia seized the peninsula in 2014.",
         {"UA-43": 100, "UA-40": 100}, set()),
        # another year: not that taking
        ("Russia seized the peninsula in 2022.", {}, set()),
        # "claimed it" of something else: no claim
        ("Russia claimed it had captured Kupiansk.", {}, set()),
    ],
)  # fmt: skip
def test_claimed_it_and_the_peninsula_in_its_year(text, ours, claims):
    assert (controlled(text), claimed(text)) == (ours, claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine's Donetsk, Luhansk, Zaporizhzhia and Kherson regions became the 86th to 89th "
         "subjects of the federation.", {"UA-09", "UA-14", "UA-23", "UA-65"}),
        ("Donetsk and Luhansk became federal subjects of Russia.", {"UA-09", "UA-14"}),
        ("Donetsk and Luhansk became subjects of the Russian Federation.", {"UA-09", "UA-14"}),
        # a subject of the federation that is no unit of the country: nothing
        ("Tatarstan became a subject of the federation in 1992.", set()),
    ],
)  # fmt: skip
def test_units_that_became_numbered_subjects_of_the_federation(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a side left with no foothold in a unit: the other side's
        ("The fall of Babanusa leaves the army with no foothold in West Kordofan.",
         {"SD-GK"}, set()),
        # put out of the last towns it held there: of the unit
        ("Army forces drove the RSF out of the last towns it held in White Nile State in "
         "February.", set(), {"SD-NW"}),
        ("The army drove the RSF out of the last positions it still held in Sennar State.",
         set(), {"SD-SI"}),
        # a unit under a side's control in an opening "With ..."
        ("With Gezira and Sennar back in army hands, the RSF is confined to the west.",
         set(), {"SD-GZ", "SD-SI"}),
        ("With North Darfur now under RSF control, the army's last hope is El Obeid.",
         {"SD-DN"}, set()),
        # control that rests with a side
        ("Control of North Darfur now rests entirely with the RSF.", {"SD-DN"}, set()),
        ("Responsibility for Gezira State lies with the army.", set(), set()),
    ],
)  # fmt: skip
def test_footholds_last_towns_and_control_resting_with_a_side(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_a_modal_predicate_after_and_keeps_its_own_mood():
    text = (
        "Pushilin said the Donetsk People's Republic controlled about 40% of the region and "
        'would take the rest "by force if necessary".'
    )
    assert controlled(text) == {"UA-14": 40}
    assert controlled("Russia would hold 70% of Donetsk and would keep it if the deal held.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # headlines: a claim of an event named after the region, not of the region
        ("Moscow claims Kherson gains as Kyiv denies", set()),
        ("Russia claims Donetsk advance", set()),
        ("Russia claims capture of Zaporizhzhia village", set()),
        ("Russia claims Donetsk and Luhansk as its own.", {"UA-09", "UA-14"}),
    ],
)  # fmt: skip
def test_a_claim_of_an_event_named_after_a_region(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # the rest of a unit sought: what the other side holds now
        ("At the current rate, Russian forces would need two more years to capture the "
         "remaining 22% of Donetsk oblast.", {}, {"UA-14": 22}),
        ("Russia is now trying to take the last 25% of Donetsk.", {}, {"UA-14": 25}),
        # ... and taken: a gain that leaves all of it held
        ("Russian forces seized the last 2% of the Luhansk region, the governor said.",
         {"UA-09": 100}, {}),
        ("Russia has captured the remaining 1% of the Luhansk region.", {"UA-09": 100}, {}),
        # held, as before
        ("Ukraine holds the remaining 22% of Donetsk.", {}, {"UA-14": 22}),
    ],
)  # fmt: skip
def test_the_remaining_share_of_a_unit(text, ours, theirs):
    assert (controlled(text), defended(text)) == (ours, theirs)


def test_the_remaining_share_in_sudan(sudan):
    assert controlled("The army seized the remaining 5% of Sennar State in July.") == {"SD-SI": 0}
    assert controlled("The RSF is trying to take the last 10% of North Darfur.") == {}
    assert defended("The RSF is trying to take the last 10% of North Darfur.") == {"SD-DN": 10}


def test_a_verb_joined_after_a_relative_clause_on_land():
    text = (
        "Ukrainian forces have liberated about 10% of the territory Russia had occupied near "
        "Vovchansk since May, and continue to hold roughly 95% of Kharkiv Oblast."
    )
    assert (controlled(text), defended(text)) == ({}, {"UA-63": 95})
    text = "Russia holds the land Ukraine lost and continues to hold 70% of Donetsk."
    assert controlled(text) == {"UA-14": 70}


def test_it_left_in_control_after_a_sentence_naming_one_side():
    text = (
        "Russia's gains in 2024 came to roughly 4,000 square kilometres. That left it in control "
        "of about 18% of Ukraine, including around two-thirds of Donetsk and three-quarters of "
        "the Zaporizhzhia and Kherson oblasts."
    )
    assert controlled(text) == {"UA-14": 66.7, "UA-23": 75, "UA-65": 75}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rows of a name and a bare figure under a caption that says whose share they are
        ("Share of each oblast held by Russia (%):\nDonetsk 79\nZaporizhzhia 75\nLuhansk 99,7",
         {"UA-14": 79, "UA-23": 75, "UA-09": 99.7}),
        ("Russian-held share, %:\nDonetsk: 79\nLuhansk: 100", {"UA-14": 79, "UA-09": 100}),
        # a change: the figure after the arrow
        ("Territorial control (% of oblast, Russian-held), 2025 vs 2026:\nDonetsk 67 → 79\n"
         "Kherson 73 → 73", {"UA-14": 79, "UA-65": 73}),
        # a caption that names no side's share: nothing
        ("Casualties by region:\nDonetsk 79\nLuhansk 100", {}),
        ("Russia controls:\nDonetsk 79\nLuhansk 100", {}),
    ],
)  # fmt: skip
def test_rows_of_bare_figures_under_a_caption(text, expected):
    assert controlled(text) == expected


def test_rows_of_bare_figures_under_a_caption_in_another_country(testland):
    assert controlled("Norlandic-held share, %:\nBeta 40\nGamma 12") == {"TL-02": 40, "TL-03": 12}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a unit called a side's stronghold, heartland, fiefdom or country
        ("Nyala is the capital of the RSF stronghold of South Darfur.", {"SD-DS"}, set()),
        ("North Darfur is now RSF country.", {"SD-DN"}, set()),
        ("West Darfur has been an RSF fiefdom since 2023.", {"SD-DW"}, set()),
        ("River Nile State is the army's heartland.", set(), {"SD-NR"}),
        # ... a group so called: where a side is strong, not each unit held
        ("Kordofan is an RSF stronghold.", set(), set()),
        ("Darfur is the RSF's heartland.", set(), set()),
        # a unit under a side, the side ending the clause
        ("East Darfur remains under the RSF, residents say.", {"SD-DE"}, set()),
        ("Gezira State is under the army again.", set(), {"SD-GZ"}),
        ("East Darfur is under the RSF's attack.", set(), set()),
        ("Civilians in Gezira State suffered under the RSF.", set(), set()),
    ],
)  # fmt: skip
def test_strongholds_and_units_under_a_side(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_all_five_of_the_regions_states(sudan):
    text = "After losing Khartoum, the RSF regrouped in Darfur. It now controls all five of the "
    text += "region's states."
    assert held(text) == {"SD-DN", "SD-DS", "SD-DW", "SD-DC", "SD-DE"}
    # not the country's states: no group named
    assert held("The RSF regrouped in Darfur. It now holds all five of Sudan's states.") == set()


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("The army never lost control of River Nile State.", set(), {"SD-NR"}),
        ("The army has never lost Kassala State.", set(), {"SD-KA"}),
        ("The RSF never lost control of South Darfur, residents say.", {"SD-DS"}, set()),
        ("The RSF never lost a battle in Darfur.", set(), set()),
        ("The army lost control of Gezira State in 2023.", {"SD-GZ"}, set()),
    ],
)  # fmt: skip
def test_a_unit_a_side_never_lost(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "expected", "hedge"),
    [
        ("Russia's share of the Donetsk region now exceeds 80%.", {"UA-14": 80}, "over"),
        ("Russian control of the Donetsk region has topped 80%.", {"UA-14": 80}, "over"),
        ("Russian control of the Donetsk region now stands at 80%.", {"UA-14": 80}, ""),
        ("Russian losses exceeded 10% of its force.", {}, ""),
    ],
)  # fmt: skip
def test_a_share_that_exceeds_a_figure(text, expected, hedge):
    assert controlled(text) == expected
    assert {f.qualifier for f in read(text).figures if f.controlled_pct} <= {hedge}


def test_a_figure_set_off_after_of_it():
    text = (
        "Russian forces have been advancing in the Dnipropetrovsk region since the summer, "
        "though they control only a small fraction of it, well under 1%."
    )
    assert controlled(text) == {"UA-12": 1}
    # no unit named before "it": no region
    assert controlled("They control only a small fraction of it, well under 1%.") == {}


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        ("The RSF's hold over North Darfur was completed with the capture of El Fasher.",
         {"SD-DN"}),
        ("The RSF's hold over Darfur was completed with the fall of El Fasher.",
         {"SD-DN", "SD-DS", "SD-DW", "SD-DC", "SD-DE"}),
        ("The RSF's control of North Darfur is far from complete.", set()),
    ],
)  # fmt: skip
def test_a_hold_said_to_be_complete(sudan, text, ours):
    assert held(text) | {c for c, v in controlled(text).items() if v == 100} == ours


@pytest.mark.parametrize(
    ("text", "yes", "no"),
    [
        # the side's claim, whatever others would (never) do with it
        ("Western governments said they would never recognise Russia's claim to Donetsk, "
         "Luhansk, Zaporizhzhia or Kherson.", {"UA-09", "UA-14", "UA-23", "UA-65"}, set()),
        ("Ukraine would never accept Moscow's annexation of Crimea.", {"UA-43", "UA-40"}, set()),
        # a modal before the side's own verb: no claim
        ("Russia would claim Odesa if it could.", set(), set()),
        ("Moscow might one day claim Odesa.", set(), set()),
        ("Moscow has long claimed Crimea.", {"UA-43", "UA-40"}, set()),
        # "either region", "both" after "claim to"
        ("Kharkiv and Odesa are shelled daily. Moscow has made no claim to either region.",
         set(), {"UA-63", "UA-51"}),
        ("Donetsk and Luhansk were annexed in 2022. Russia's claim to both is rejected by Kyiv.",
         {"UA-09", "UA-14"}, set()),
        # a count in the sentence before, named by "The move covers ..."
        ("Putin signed treaties making four partially occupied Ukrainian regions part of Russia. "
         "The move covers Donetsk and Luhansk in the east and Zaporizhzhia and Kherson in the "
         "south.", {"UA-09", "UA-14", "UA-23", "UA-65"}, set()),
        ("Russia annexed four regions. The move was condemned in Kharkiv and Sumy.", set(), set()),
    ],
)  # fmt: skip
def test_claims_owned_referred_to_and_counted(text, yes, no):
    assert (claimed(text), not_claimed(text)) == (yes, no)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the group's" conquest: the one side named before; completed: all of it
        ("After 18 months of siege, El Fasher fell to the RSF on October 26, completing the "
         "group's conquest of North Darfur.", {"SD-DN": 100}),
        ("The fall of El Fasher completed the RSF's conquest of North Darfur.", {"SD-DN": 100}),
        # both sides named before "the group": whose, not said
        ("The army fought the RSF for El Fasher, completing the group's conquest of North "
         "Darfur.", {}),
    ],
)  # fmt: skip
def test_a_conquest_completed_by_the_group_named_before(sudan, text, expected):
    assert controlled(text) == expected
    assert defender_held(text) == set()
