"""What a whole report says, read as one: a count of regions named in the same sentence ("the four
regions it annexed - A, B, C and D -") is those regions, not the last four named before; claims
made by declaring ("declared them part of Russia", "declared sovereignty over X", "declared it
annexed", the region a heading names); a side named by its government ("Ukraine's government
controls 25% of X"); a unit's name ending its phrase before words of time ("the army retook Gezira
two months later"); a relative clause on a town ("fighting goes on around El Obeid, which remains
in army hands"), whose figure or holding is the town's, not the region's named before; "said
earlier that" (when it was said, not the figure's time); "despite Kremlin claims" (a noun, no
claim); what a side claims after a verb of holding ("holds most of X and claims the whole region"),
which it does not hold; a share taken in an offensive ("during the 2023 counteroffensive"), a gain;
a change "from about 57% to 79% over two years", no range; "all of it east of the Dnipro" as an
aside; "It" for the side that opens the sentence before as its subject; an agentless "liberated"
said by one side's officials ("..., Russian Defence Minister Andrei Belousov said"), in that side's
sense; "It" after a sentence whose other side is a relative clause's subject ("..., where Ukraine
has lost ground. It now holds ..."); "under our control" in a quotation, the speaker's side; units
past "the capital, Khartoum," and each with its own "since"; a figure of a group named as the
subject ("Darfur is 90% held by the RSF"), of its units together, and an area of one ("6,000 sq km
of the Donbas"), a part; "reported (confirmed) the complete liberation of X" and "Earlier, the
ministry reported"; regions named after a counted claim ("They are A, B, C and D") past a
concession, but not after an annexation to come ("Russia may annex four more regions"); a share a
side "defends", held by it; figures of regions with no word of holding after a share of the whole
country held now ("Russia occupies 19% of Ukraine. By region - Luhansk: 99.8%"); a figure "in" a
region after a verb of holding ("Russian control stands at 99% in Luhansk"); "The figures for A and
B are 74% and 73%"; units past "the capital Khartoum, which ...," and "as well as"; a grip
tightened on a group ("tightens grip on Kordofan"), on a part of it; "fully controls X, except for
a few villages", not all of X; "annexed Crimea in 2014 and, in 2022, A, B, C and D" ("annexed
Crimea (in 2014), A and B (in 2022)"); headlines'
present tense ("Russia takes 99% of Luhansk"); two sides and their figures "respectively"; "and
Ukraine the remaining 20%". In Ukraine's profile, Sudan's and the made-up Testland's.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest

from tests.test_reading_changes import claimed
from tests.test_reading_structure import controlled, defended, defender_held, held


@pytest.mark.parametrize(
    "text",
    [
        "Russia also holds pockets of the Sumy, Kharkiv and Dnipropetrovsk regions. Kyiv holds "
        "a quarter of the Donetsk region. Moscow says the four regions it annexed in 2022 - "
        "Donetsk, Luhansk, Zaporizhzhia and Kherson - are part of Russia.",
        "Russian troops hold parts of Sumy, Kharkiv and Dnipropetrovsk, and most of the Donetsk "
        "region. Moscow annexed the four regions (Donetsk, Luhansk, Kherson and Zaporizhzhia) in "
        "2022.",
    ],
)
def test_a_count_met_by_the_regions_named_after_it(text):
    assert claimed(text) == {"UA-14", "UA-09", "UA-23", "UA-65"}


def test_a_count_with_nothing_named_after_it_still_looks_back():
    text = (
        "Russia holds 70% of Donetsk and all of Luhansk. It holds 75% of Zaporizhzhia and "
        "Kherson. It considers the four regions, along with Crimea, to be part of its territory."
    )
    assert {"UA-14", "UA-09", "UA-23", "UA-65", "UA-43"} <= claimed(text)


def test_a_count_named_after_it_in_testland(testland):
    text = (
        "Norland shelled Delta. Norland holds most of Alpha. It says the three regions it "
        "annexed - Alpha, Beta and Gamma - are Norlandic territory."
    )
    assert claimed(text) == {"TL-01", "TL-02", "TL-03"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia held votes in the Donetsk and Luhansk regions. Moscow then declared them part "
         "of Russia.", {"UA-14", "UA-09"}),
        ("Moscow illegally declared sovereignty over the Luhansk region.", {"UA-09"}),
        ("Russia, which has extended its sovereignty over Crimea, wants more.",
         {"UA-43", "UA-40"}),
        # the side declaring is not the one that claims
        ("Ukraine declared sovereignty over the Luhansk region in 1990.", set()),
        ("Kyiv reasserted its sovereignty over Crimea.", set()),
    ],
)  # fmt: skip
def test_claims_made_by_declaring(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's government controls about 25 to 30 per cent of the Kherson region.",
        "Kyiv's government controls 27.5% of the Kherson region, on the Dnipro's west bank.",
        "Ukraine's authorities hold roughly 27.5% of the Kherson region.",
    ],
)
def test_a_side_named_by_its_government(text):
    assert (controlled(text), defended(text)) == ({}, {"UA-65": 27.5})


def test_a_side_named_by_its_government_in_testland(testland):
    text = "Testland's government controls 40% of Alpha."
    assert (controlled(text), defended(text)) == ({}, {"TL-01": 40})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army retook Sennar State in November, and Gezira two months later.",
         {"SD-SI", "SD-GZ"}),
        ("The army retook Gezira weeks later.", {"SD-GZ"}),
        ("The army retook Sennar State one week later.", {"SD-SI"}),
        ("The army retook the five states of Darfur's neighbours one by one.", set()),
        ("The army retook Gezira's three localities one by one.", set()),
        # a name the profile says is a city's stays the city's
        ("The army retook Kassala two days later.", set()),
    ],
)  # fmt: skip
def test_a_units_name_before_words_of_time(sudan, text, expected):
    assert defender_held(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces control the Luhansk region. Moscow declared it annexed in 2022.",
         {"UA-09"}),
        ("Russian forces control the Luhansk region. Moscow proclaimed it part of Russia.",
         {"UA-09"}),
        # "it" after two regions: which one is not said
        ("Russian forces control the Luhansk and Donetsk regions. Moscow declared it annexed.",
         set()),
        # a region under a heading, the sentence before naming none
        ("Luhansk\n\nRussian forces hold almost the entire region - about 99%. Moscow declared "
         "it annexed in September 2022.", {"UA-09"}),
        ("Russia holds the entire Luhansk region. The front there is quiet. Moscow annexed it in "
         "2022.", {"UA-09"}),
        # ... but not where the region could be either of two
        ("Russia holds 60% of Luhansk and 70% of Donetsk. The front is quiet. Moscow annexed the "
         "region in 2022.", set()),
    ],
)  # fmt: skip
def test_a_region_declared_annexed_by_reference(text, expected):
    assert claimed(text) == expected


def test_a_region_under_a_heading_annexed_in_testland(testland):
    text = "Beta\n\nNorland holds the entire region. Norland declared it annexed last year."
    assert claimed(text) == {"TL-02"}


@pytest.mark.parametrize(
    "text",
    [
        # a town's figure, in a relative clause on the town, is not the region's
        "In the Donetsk region, fighting has intensified around Pokrovsk, which is now 90% "
        "under Russian control.",
        "In the Donetsk region, fighting has intensified around Pokrovsk, which is now 90% "
        "occupied.",
        "Pokrovsk, which is now 90% occupied, lies in ruins.",
    ],
)
def test_a_figure_of_a_town_in_a_relative_clause(text):
    assert controlled(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Luhansk region, which is now 99% occupied, is quiet.", {"UA-09": 99}),
        ("In the Donetsk region, Ukraine is under pressure from Russia, which now holds 75%.",
         {"UA-14": 75}),
        ("In Donetsk, the Kremlin, which now holds 75%, wants more.", {"UA-14": 75}),
    ],
)  # fmt: skip
def test_a_relative_clause_on_a_region_or_a_side(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In North Kordofan, fighting has intensified around the state capital El Obeid, which "
        "remains in army hands.",
        "In North Kordofan, fighting goes on around El Obeid, which the army holds.",
        "In North Kordofan, fighting goes on around El Obeid, where the army is in control.",
    ],
)
def test_a_town_held_in_a_relative_clause_is_not_its_state(sudan, text):
    assert defender_held(text) == set()


def test_a_towns_share_in_a_relative_clause_in_sudan(sudan):
    text = "In North Darfur, the RSF took El Fasher, which is now fully under its control."
    assert controlled(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "North Kordofan, which remains in army hands, is calm.",
        "In North Kordofan, which remains in army hands, fighting goes on.",
    ],
)
def test_a_state_held_in_a_relative_clause(sudan, text):
    assert defender_held(text) == {"SD-KN"}


def test_a_towns_figure_in_testland(testland):
    text = "In Alpha, fighting goes on around Port Vell, which is now 90% occupied by Norland."
    assert controlled(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "earlier" on when it was said, not on the figure
        ("Pushilin said earlier that Russia holds 70% of the Donetsk region.", {"UA-14": 70}),
        ("The governor earlier told reporters Russia holds 70% of the Donetsk region.",
         {"UA-14": 70}),
        ("Officials said earlier this week that Russia holds 70% of the Donetsk region.",
         {"UA-14": 70}),
        # ... on the figure's time, it is an earlier figure
        ("Earlier this year, Russia held 70% of the Donetsk region.", {}),
        ("Russia held 70% of the Donetsk region earlier, officials said.", {}),
    ],
)  # fmt: skip
def test_earlier_on_the_saying_or_on_the_figure(text, expected):
    assert controlled(text) == expected


def test_earlier_on_the_saying_in_sudan(sudan):
    assert controlled("The RSF said earlier that it controls 60% of North Kordofan.") == {
        "SD-KN": 60
    }


@pytest.mark.parametrize(
    "text",
    [
        # a name before "claims" as a noun's: no claim
        "Russian forces have not yet seized all of the Luhansk region despite Kremlin claims.",
        "Contrary to Moscow claims, Ukraine still holds part of the Luhansk region.",
        # a plan to annex stays no claim
        "Moscow is preparing to annex the Kherson region.",
        # a figure a side says it holds
        "Russia holds about 79% of Donetsk, a little less than the 81% Moscow claims.",
    ],
)
def test_claims_as_a_noun(text):
    assert claimed(text) == set()


@pytest.mark.parametrize(
    ("text", "ours", "claims"),
    [
        # what a side claims after a verb of holding is not held
        ("Russia holds most of Luhansk, and Moscow claims the whole region.", {}, {"UA-09"}),
        ("Russia holds most of Luhansk and claims the whole region.", {}, {"UA-09"}),
        ("Russia holds 75% of Donetsk and claims 100% of Luhansk.", {"UA-14": 75}, set()),
        # ... but a claim in an aside, or before the verb of holding, is not the figure's verb
        ("Russian forces hold, Moscow claimed on Monday, 80% of Donetsk.", {"UA-14": 80},
         set()),
        ("Russia, which claims Donetsk, holds 75% of it.", {"UA-14": 75}, {"UA-14"}),
        ("Moscow claims its forces hold 80% of Donetsk.", {"UA-14": 80}, set()),
    ],
)  # fmt: skip
def test_a_figure_a_side_claims_is_not_held(text, ours, claims):
    assert controlled(text) == ours
    assert claimed(text) == claims


def test_a_figure_a_side_claims_in_testland(testland):
    text = "Norland holds most of Alpha and claims the whole region."
    assert (controlled(text), claimed(text)) == ({}, {"TL-01"})


@pytest.mark.parametrize(
    "text",
    [
        # what an offensive took is a gain, not the share held
        "Ukraine liberated 0.5% of the Zaporizhzhia region during the 2023 counteroffensive.",
        "Russia captured 3% of the Kharkiv region in its spring offensive.",
    ],
)
def test_a_share_taken_in_an_offensive(text):
    assert (controlled(text), defended(text)) == ({}, {})


def test_a_share_taken_in_an_offensive_in_sudan(sudan):
    text = "The army retook 20% of North Kordofan during its summer offensive."
    assert (controlled(text), defended(text)) == ({}, {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change "from ... to" is no range: the share now is where it went to
        ("Russian control of Donetsk rose from about 57% to 79%.", {"UA-14": 79}),
        ("Russia went from holding 57% to 79% of Donetsk.", {"UA-14": 79}),
        ("Russian control of Donetsk rose from about 57% to 79% over two years.", {"UA-14": 79}),
        ("Russia expanded its control of Donetsk from 57% to 79%.", {"UA-14": 79}),
        ("Russia has increased its hold on the Donetsk region from 57% to 79%.", {"UA-14": 79}),
        # ... where a range is a range
        ("Russia holds from 75% to 80% of Donetsk.", {"UA-14": 77.5}),
        # an aside of how much of it lies where
        ("Around three-quarters of the Kherson region, all of it east of the Dnipro, is "
         "occupied.", {"UA-65": 75}),
    ],
)  # fmt: skip
def test_a_change_over_a_time_and_an_aside_of_where(text, expected):
    assert controlled(text) == expected


def test_a_change_over_a_time_in_testland(testland):
    text = "Norlandic control of Alpha grew from about 40% to 60% over a year."
    assert controlled(text) == {"TL-01": 60}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "It" the side that opens the sentence before as its subject
        ("The Kremlin regards Donetsk as Russian, after votes that Kyiv condemned. It also claims "
         "Crimea.", {"UA-14", "UA-43", "UA-40"}),
        # ... not where the other side opens it
        ("Kyiv says the Kremlin regards Donetsk as Russian. It also claims Crimea.", {"UA-14"}),
        ("Ukraine holds a quarter of Donetsk, which Russia claims. It also claims Crimea.",
         {"UA-14"}),
        ("Russia holds most of Kherson and Ukraine the rest. It claims the region.", set()),
    ],
)  # fmt: skip
def test_it_the_subject_of_the_sentence_before(text, expected):
    assert claimed(text) == expected


def test_it_the_subject_of_the_sentence_before_in_testland(testland):
    text = "Norland regards Alpha as Norlandic, after votes that Testland condemned. It also claims Beta."
    assert claimed(text) == {"TL-01", "TL-02"}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # an agentless "liberated" said by the controlling side's officials is in its sense
        ("More than 70% of the Donetsk region has been liberated, Russian Defence Minister "
         "Andrei Belousov said.", {"UA-14": 70}, {}),
        ("According to the Russian defence ministry, 99% of the Luhansk region has been "
         "liberated.", {"UA-09": 99}, {}),
        # ... by the defending side's, or done by it, in its own
        ("About 30% of the Kherson region has been liberated, Ukraine's military said.", {},
         {"UA-65": 30}),
        ("Ukraine has liberated 30% of the Kherson region, Zelensky said.", {}, {"UA-65": 30}),
    ],
)  # fmt: skip
def test_liberated_said_by_a_sides_officials(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


def test_liberated_said_by_a_sides_officials_in_sudan(sudan):
    text = "About 90% of North Darfur has been liberated, an RSF spokesman said."
    assert (controlled(text), defended(text)) == ({"SD-DN": 90}, {})


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # "It" the main clause's subject of the sentence before, not a relative clause's
        ("Russia pressed its offensive in Donetsk, where Ukraine has lost ground. It now holds "
         "about 80% of the region.", {"UA-14": 80}, {}),
        ("Ukraine dug in around Kramatorsk, which Russia has shelled for months. It still holds "
         "about 20% of the Donetsk region.", {}, {"UA-14": 20}),
        # ... and unclear where both are main clauses' subjects
        ("Russia advanced and Ukraine fell back. It holds about 80% of the Donetsk region.", {},
         {}),
    ],
)  # fmt: skip
def test_it_after_a_relative_clauses_side(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


def test_it_after_a_relative_clauses_side_in_sudan(sudan):
    text = (
        "The RSF pressed on in North Kordofan, where the army has lost ground. It now holds "
        "about 60% of the state."
    )
    assert (controlled(text), defended(text)) == ({"SD-KN": 60}, {})


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # "our control" in a quotation: the speaker's side
        ('"Seventy percent of Donetsk is under our control," a Russian officer said.',
         {"UA-14": 70}, {}),
        ('"About 20% of Donetsk is still under our control," a Ukrainian officer said.', {},
         {"UA-14": 20}),
    ],
)  # fmt: skip
def test_our_control_in_a_quotation(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Khartoum State is under our control," an army spokesman said.', {"SD-KH"}),
        # a speaker of no one side
        ('"Gezira State is under our control," he said.', set()),
    ],
)
def test_a_unit_under_our_control_in_sudan(sudan, text, expected):
    assert defender_held(text) == expected


def test_a_region_under_our_control_held(testland):
    text = '"The Alpha region is under our control," a Norlandic officer said.'
    assert held(text) == {"TL-01"}
    # "full": the whole of it
    text = '"The Alpha region is under our full control," a Norlandic officer said.'
    assert (held(text), controlled(text)) == (set(), {"TL-01": 100})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # past a town named as "the capital, X," to the units a plural unit noun heads
        ("The Sudanese army retains control of the capital, Khartoum, and the states of Gezira "
         "and Sennar.", {"SD-GZ", "SD-SI"}),
        ("The army controls the port city of Port Sudan and the states of Kassala and Gedaref.",
         {"SD-KA", "SD-GD"}),
        ("The army retook the capital, Khartoum.", set()),
    ],
)  # fmt: skip
def test_units_after_a_capital_named(sudan, text, expected):
    assert defender_held(text) == expected


def test_units_each_with_its_own_since(sudan):
    text = "The RSF has controlled Central Darfur since August 2023 and East Darfur since November."
    assert held(text) == {"SD-DC", "SD-DE"}


@pytest.mark.parametrize(
    "text",
    [
        # a figure of a group named as the subject is of its units together
        "The Donbas is almost 90% occupied.",
        "The Donbas - Luhansk and Donetsk - is almost 90% occupied.",
        # an area of a group held is a part of it
        "Roughly 6,000 sq km of the Donbas remain in Ukrainian hands.",
    ],
)
def test_a_figure_or_area_of_a_group(text):
    assert (controlled(text), defended(text), defender_held(text)) == ({}, {}, set())


@pytest.mark.parametrize(
    "text",
    [
        "Russia occupies 19% of Ukraine; in the Donbas the figure is close to 90%.",
        "Fighting in the Donbas goes on. Russia holds 90% of the region.",
    ],
)
def test_the_figure_of_a_group_named_before(text):
    assert (controlled(text), defended(text), defender_held(text)) == ({}, {}, set())


def test_a_figure_of_a_group_in_sudan(sudan):
    assert controlled("Darfur is 90% held by the RSF.") == {}
    # ... "the figure" in a clause of the group's, and a table's line: of none of its units
    text = "The RSF controls about a third of Sudan; in Darfur the figure is close to 90%."
    assert controlled(text) == {}
    text = "RSF control by region: Darfur 90%, Kordofan 40%."
    assert (controlled(text), held(text)) == ({}, set())
    # ... but the whole of it is the whole of each
    assert controlled("Darfur is now entirely under RSF control.") == {
        code: 100 for code in ("SD-DC", "SD-DE", "SD-DN", "SD-DS", "SD-DW")
    }


def test_the_units_named_one_by_one_are_each(sudan):
    text = "South Darfur and East Darfur are about 90% under RSF control."
    assert controlled(text) == {"SD-DS": 90, "SD-DE": 90}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a liberation reported complete: all of the region, of the time of the report
        ("Earlier, the Russian Defense Ministry reported the complete liberation of the Luhansk "
         "region.", {"UA-09": 100}),
        ("The Russian Defense Ministry confirmed the full liberation of the Luhansk region.",
         {"UA-09": 100}),
        # "earlier" on the figure's own clause
        ("Earlier, Russia held 70% of the Donetsk region.", {}),
    ],
)  # fmt: skip
def test_a_liberation_reported_complete(text, expected):
    assert controlled(text) == expected


def test_a_liberation_reported_complete_in_sudan(sudan):
    text = "The army confirmed the full liberation of Gezira State."
    assert (controlled(text), defended(text)) == ({"SD-GZ": 0}, {})


def test_a_liberation_reported_without_the(sudan):
    assert defender_held('The army reported "liberation" of Sennar State.') == {"SD-SI"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the regions a claim of a count in the sentence before stands for, named
        ("Russia's constitution was amended to include the four regions, even though Moscow does "
         "not control all of them. They are Donetsk, Luhansk, Zaporizhzhia and Kherson.",
         {"UA-14", "UA-09", "UA-23", "UA-65"}),
        # ... not where the count's annexation is only to come
        ("Russia may annex four more regions, officials said. They are Kharkiv, Sumy, Odesa and "
         "Mykolaiv.", set()),
        ("Russia is expected to annex four more regions. They are Kharkiv, Sumy, Odesa and "
         "Mykolaiv.", set()),
    ],
)  # fmt: skip
def test_regions_named_after_a_counted_claim(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        # "defends" a share: the side that defends it holds it
        ("Ukrainian troops defend a quarter of the Donetsk region.", {"UA-14": 25}),
        ("Russian forces hold 70% of Donetsk, while Ukrainian soldiers defend 30% of "
         "Zaporizhzhia.", {"UA-23": 30}),
        # ... or where it "maintains positions"
        ("Ukrainian forces maintain positions in roughly 0.5 percent of Luhansk Oblast.",
         {"UA-09": 0.5}),
    ],
)  # fmt: skip
def test_a_share_a_side_defends(text, theirs):
    assert defended(text) == theirs


def test_a_share_where_a_side_maintains_positions():
    text = "Russian forces maintain positions in about 4% of the Kharkiv region."
    assert (controlled(text), defended(text)) == ({"UA-63": 4}, {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # figures of regions with no word of holding after a share of the whole country: its
        # holder's
        ("Russia occupies 19% of Ukraine. By region - Luhansk: 99.8%; Donetsk: 79%.",
         {"UA-09": 99.8, "UA-14": 79}),
        ("Russian forces hold roughly 19% of Ukraine. In Luhansk, 99%.", {"UA-09": 99}),
        # ... and each line of such a run, one after another
        ("Key figures\n• Russia controls 19% of Ukraine\n• 99% of Luhansk\n• 79% of Donetsk",
         {"UA-09": 99, "UA-14": 79}),
        # ... not a figure of something else, nor a paragraph after
        ("Russia controls about 19% of Ukraine. In Kherson, unemployment is 20%.", {}),
        ("Russia occupies 19% of Ukraine.\n\nLuhansk: 99.8%; Donetsk: 79%.", {}),
        ("Russia held 27% of Ukraine in 2022. In Luhansk, 99%.", {}),
    ],
)  # fmt: skip
def test_figures_after_a_share_of_the_country(text, expected):
    assert controlled(text) == expected


def test_figures_after_a_share_of_the_country_in_sudan(sudan):
    text = "The RSF holds about 40% of Sudan. In North Darfur, 90%."
    assert controlled(text) == {"SD-DN": 90}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure "in" a region after a verb of holding or "control ... stands at"
        ("Russian control stands at 99% in Luhansk and 79% in Donetsk.",
         {"UA-09": 99, "UA-14": 79}),
        ("Russia holds 19% of Ukraine, including 99% in Luhansk.", {"UA-09": 99}),
        ("The share under Russian occupation ranges from 73% in Kherson to 99% in Luhansk.",
         {"UA-65": 73, "UA-09": 99}),
        ("Turnout ranged from 73% in Kherson to 99% in Luhansk.", {}),
        # ... not a figure of something else in it, whatever verb of holding the sentence has
        ("Russian-installed officials in control of the region said turnout was 90% in Luhansk.",
         {}),
        ("Russian forces, who hold the area, say support reached 90% in Luhansk and 80% in "
         "Donetsk.", {}),
    ],
)  # fmt: skip
def test_a_figure_in_a_region(text, expected):
    assert controlled(text) == expected


def test_a_figure_in_a_unit_in_sudan(sudan):
    text = "RSF control stands at about 90% in South Darfur and 60% in North Kordofan."
    assert controlled(text) == {"SD-DS": 90, "SD-KN": 60}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figures for a list of regions, one each, held as the figure before
        ("Russia holds 99% of Luhansk. The figures for Zaporizhzhia and Kherson are 74% and 73%.",
         {"UA-09": 99, "UA-23": 74, "UA-65": 73}),
        ("Russia holds 99% of Luhansk. For Zaporizhzhia and Kherson, the figures are 74% and "
         "73%.", {"UA-09": 99, "UA-23": 74, "UA-65": 73}),
        # ... not figures of something else
        ("Russia holds 99% of Luhansk. Turnout figures for Zaporizhzhia and Kherson were 74% "
         "and 73%.", {"UA-09": 99}),
        ("Russia holds 99% of Luhansk. The turnout figures for Zaporizhzhia and Kherson were "
         "74% and 73%.", {"UA-09": 99}),
    ],
)  # fmt: skip
def test_the_figures_for_a_list_of_regions(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # past "the capital Khartoum", a relative clause on it and "as well as"
        ("The army holds the capital Khartoum, which it recaptured in March, as well as the "
         "central states of Gezira, Sennar and White Nile.", {"SD-GZ", "SD-SI", "SD-NW"}),
        ("The army holds Port Sudan as well as the states of Kassala and Gedaref.",
         {"SD-KA", "SD-GD"}),
        ("The army holds the capital Khartoum.", set()),
        # units included in a count of units
        ("The army controls 11 of Sudan's 18 states, including Gezira and Sennar.",
         {"SD-GZ", "SD-SI"}),
        ("The army controls parts of Kordofan, including North Kordofan.", set()),
        # ... or named after "namely", "among them"
        ("The army holds three states, namely Kassala, Gedaref and Red Sea.",
         {"SD-KA", "SD-GD", "SD-RS"}),
        ("The army holds the eastern states, among them Kassala and Gedaref.", {"SD-KA", "SD-GD"}),
        ("The army holds the eastern states, including Kassala and Gedaref.", {"SD-KA", "SD-GD"}),
        # a list that goes on with a plural unit noun
        ("The army holds Khartoum State and the states of Gezira and Sennar.",
         {"SD-KH", "SD-GZ", "SD-SI"}),
    ],
)  # fmt: skip
def test_units_past_a_capital_and_as_well_as(sudan, text, expected):
    assert defender_held(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a grip tightened on a group is on a part of it
        ("Sudan's RSF tightens grip on Kordofan after El Fasher", set()),
        # ... on a unit, it is held
        ("The RSF has tightened its grip on North Darfur.", {"SD-DN"}),
        ("The RSF controls Darfur.", {"SD-DC", "SD-DE", "SD-DN", "SD-DS", "SD-DW"}),
        # ... and on a group's units, named as such, on each of them
        ("The RSF has consolidated its control over the five Darfur states.",
         {"SD-DC", "SD-DE", "SD-DN", "SD-DS", "SD-DW"}),
        ("The RSF tightened its grip on the Darfur states after El Fasher fell.",
         {"SD-DC", "SD-DE", "SD-DN", "SD-DS", "SD-DW"}),
        ("The RSF tightened its grip on Darfur after El Fasher fell.", set()),
    ],
)  # fmt: skip
def test_a_grip_tightened_on_a_group(sudan, text, expected):
    assert held(text) == expected


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # "has control of" states holding as "controls" does, in its tense
        ("The RSF has control over South Darfur.", {"SD-DS"}, set()),
        ("The army has effective control over Blue Nile State.", set(), {"SD-NB"}),
        ("The RSF has had control of Central Darfur since 2023.", {"SD-DC"}, set()),
        # ... a time past is no statement of today; nor is control denied
        ("The army had control of Gezira State until December 2023.", set(), set()),
        ("The army has never had control of East Darfur.", set(), set()),
        ("The army has no control over West Darfur.", set(), set()),
        ("The RSF does not have control of El Fasher.", set(), set()),
    ],
)  # fmt: skip
def test_has_control_of(sudan, text, ours, theirs):
    assert held(text) == ours
    assert defender_held(text) == theirs


@pytest.mark.parametrize(
    ("text", "ours", "theirs", "held_by_us"),
    [
        # an exception that names no unit leaves none whole: held, no share given, or nothing
        ("Russia fully controls the Luhansk region, except for a few villages.", {}, {},
         {"UA-09"}),
        ("The Mykolaiv region is fully under Ukrainian control, apart from the Kinburn Spit.",
         {}, {}, set()),
        ("The Luhansk region is now entirely occupied, bar a few villages.", {}, {}, set()),
        ("The Luhansk region is entirely occupied, but for two villages.", {}, {}, set()),
        ("The Kherson region is fully under Ukrainian control, save a small bridgehead.",
         {}, {}, set()),
        # ... and without one, all of it
        ("Russia fully controls the Luhansk region.", {"UA-09": 100}, {}, set()),
        # ... "all of" with a part the other side holds: held, no share
        ("Russia controls all of the Luhansk region, where Ukrainian troops still hold a few "
         "villages.", {}, {}, {"UA-09"}),
        ("Russia holds all of Luhansk save for a sliver near the border with Kharkiv.", {}, {},
         {"UA-09"}),
    ],
)  # fmt: skip
def test_whole_but_for_a_part(text, ours, theirs, held_by_us):
    assert controlled(text) == ours
    assert defended(text) == theirs
    assert held(text) == held_by_us


def test_two_annexations_with_the_later_year_set_off():
    text = (
        "Russia annexed Crimea in 2014 and, in 2022, the Donetsk, Luhansk, Kherson and "
        "Zaporizhzhia regions."
    )
    assert claimed(text) == {"UA-43", "UA-40", "UA-14", "UA-09", "UA-65", "UA-23"}
    assert controlled(text) == {"UA-43": 100, "UA-40": 100}
    # ... and each year in brackets after its regions
    text = "Russia annexed Crimea (in 2014), Luhansk and Donetsk (in 2022)."
    assert claimed(text) == {"UA-43", "UA-40", "UA-14", "UA-09"}
    assert controlled(text) == {"UA-43": 100, "UA-40": 100}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's present tense
        ("Russia takes 99% of Luhansk", {"UA-09": 99}),
        ("Russia 'controls 80% of Donetsk', says Moscow", {"UA-14": 80}),
        ("80% of Donetsk under Russian control, says ISW", {"UA-14": 80}),
        ("Analysis: Can Russia take the last 20% of Donetsk?", {}),
    ],
)
def test_headlines(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # two sides listed before their verb, "respectively": each side its own figure
        ("Russia and Ukraine hold 80% and 20% of Donetsk, respectively.", {"UA-14": 80},
         {"UA-14": 20}),
        ("Ukraine and Russia control about 20% and 80% of the Donetsk region respectively.",
         {"UA-14": 80}, {"UA-14": 20}),
    ],
)  # fmt: skip
def test_two_sides_respectively(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


def test_two_sides_respectively_in_sudan(sudan):
    text = "The RSF and the army control about 60% and 40% of North Kordofan respectively."
    assert (controlled(text), defended(text)) == ({"SD-KN": 60}, {"SD-KN": 40})


@pytest.mark.parametrize(
    "text",
    [
        # a gapped clause of the other side and "the remaining" figure
        "Russia holds 80% of Donetsk and Ukraine the remaining 20%.",
        "Of Donetsk, Russia holds 80% and Ukraine the remaining 20%.",
    ],
)
def test_the_other_side_the_remaining_figure(text):
    assert (controlled(text), defended(text)) == ({"UA-14": 80}, {"UA-14": 20})


def test_the_other_side_the_remaining_third_in_sudan(sudan):
    text = "The RSF holds two-thirds of North Kordofan and the army the remaining third."
    assert (controlled(text), defended(text)) == ({"SD-KN": 66.7}, {"SD-KN": 33.3})


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a gapped clause whose side is its fighters (soldiers, units), with or without a comma
        ("The army controls about 60% of North Kordofan, RSF fighters roughly 40%.",
         {"SD-KN": 40}, {"SD-KN": 60}),
        ("The army holds 30% of West Kordofan, and RSF fighters, 70% of North Kordofan.",
         {"SD-KN": 70}, {"SD-GK": 30}),
        # ... and the agent of a passive left out
        ("North Kordofan is split: about 55% is held by the SAF, about 45% by RSF fighters.",
         {"SD-KN": 45}, {"SD-KN": 55}),
        # not a verb of taking carried over
        ("The army retook 30% of West Kordofan, and RSF fighters, 70% of North Kordofan.",
         {}, None),
    ],
)  # fmt: skip
def test_a_gapped_clause_of_a_sides_fighters(sudan, text, ours, theirs):
    assert controlled(text) == ours
    assert theirs is None or defended(text) == theirs


def test_a_groups_units_before_words_of_how(sudan):
    text = "The RSF took over Darfur's five states one by one."
    assert held(text) == {"SD-DN", "SD-DS", "SD-DW", "SD-DC", "SD-DE"}
