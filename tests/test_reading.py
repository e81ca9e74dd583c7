"""The extractor on the phrasings real reporting uses: one class of sentences per test.

Every sentence here is written for these tests; none is copied from a news source.
"""

import datetime as dt

import pytest

from geomap.extract import read_document, split_sentences
from geomap.extract.evidence import IGNORED, SUPERSEDED, USED

DAY = dt.date(2025, 6, 1)


def read(text: str, as_of: dt.date | None = DAY):
    return read_document(text, as_of=as_of, document="t.txt")


def russian(text: str, as_of: dt.date | None = DAY) -> dict[str, float]:
    """Region code → Russian-controlled share the text gives."""
    return {
        f.region_code: f.controlled_pct
        for f in read(text, as_of).figures
        if f.controlled_pct is not None
    }


def claims(text: str) -> dict[str, bool]:
    return {f.region_code: f.claimed for f in read(text).figures if f.claimed is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces occupy 40% of the territory of the Kharkiv region.", {"UA-63": 40}),
        ("Moscow holds 72% of Ukraine's southern Kherson region.", {"UA-65": 72}),
        ("Russian troops hold 66% of the region of Zaporizhzhia.", {"UA-23": 66}),
        (
            "Russia controls 80% of the provinces of Donetsk and Luhansk.",
            {"UA-14": 80, "UA-09": 80},
        ),
        ("Russia occupies 45% of the occupied territories of the Donetsk oblast.", {"UA-14": 45}),
    ],
)
def test_words_between_of_and_the_name(text, expected):
    assert russian(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia now holds over 65% of the Donetsk, Kherson and Zaporizhzhia regions.",
            {"UA-14": 65, "UA-65": 65, "UA-23": 65},
        ),
        (
            "Russian forces control 72% and 78% of the Kherson and Zaporizhzhia regions respectively.",
            {"UA-65": 72, "UA-23": 78},
        ),
        (
            "Russia occupies Luhansk (98%), Donetsk (about 68%) and Kherson (74%).",
            {"UA-09": 98, "UA-14": 68, "UA-65": 74},
        ),
        (
            "Russian army says 85% of Luhansk region captured\nMore text follows here.",
            {"UA-09": 85},
        ),
    ],
)
def test_one_share_many_regions_lists_and_headlines(text, expected):
    assert russian(text) == expected


def test_a_list_below_its_verb():
    text = "Russian forces now occupy:\n- Luhansk: 98%\n- Donetsk: 66%\n\nThe war goes on."
    assert russian(text) == {"UA-09": 98, "UA-14": 66}


def test_respectively_that_does_not_pair_gives_nothing():
    text = "Russia holds 72% and 78% of the Kherson, Zaporizhzhia and Donetsk regions respectively."
    assert russian(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Kherson, where Russian troops now hold 71%, the front is quiet.", {"UA-65": 71}),
        ("In Kherson, Russian troops now hold 71% (up two points since spring).", {"UA-65": 71}),
        ("In Kherson, Russian troops now hold 71% (of the farmland).", {}),
        (
            "The governor of the Sumy region said Russian units occupied 3% of the region's territory.",
            {"UA-59": 3},
        ),
        (
            "Fighting in the Kharkiv region went on.\nThe governor said 28% of the region is occupied.",
            {"UA-63": 28},
        ),
    ],
)
def test_the_region_named_before(text, expected):
    assert russian(text) == expected


def test_the_region_is_not_guessed_when_two_were_named():
    text = "Donetsk and Luhansk were shelled. Russian forces occupy 60% of the region."
    reading = read(text)
    assert russian(text) == {}
    assert "could be" in next(e.reason for e in reading.evidence if e.phrase == "60%")


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("Russia has occupied 17,300 km² of the Kherson region (61.2%).", "UA-65", 61.2),
        ("Russian forces hold all of the Luhansk region.", "UA-09", 100),
        ("Russia controls the entire Luhansk oblast, its ministry said.", "UA-09", 100),
        ("The Luhansk region has been completely occupied by Russia.", "UA-09", 100),
        ("Luhansk oblast is wholly occupied.", "UA-09", 100),
        ("All of the Luhansk region is occupied.", "UA-09", 100),
        ("Kyiv says it has liberated all but 3.5% of the Kharkiv region.", "UA-63", 3.5),
        ("Russia occupies all but 2% of the Luhansk region.", "UA-09", 98),
    ],
)
def test_square_kilometres_totality_and_all_but(text, code, value):
    assert russian(text) == {code: value}


def test_a_range_is_kept_labelled_and_mapped_at_its_middle():
    (figure,) = read("Russia controls roughly 81–84% of the Donetsk region.").figures
    assert figure.pct_range == (81, 84)
    assert figure.controlled_pct == 82.5
    assert figure.qualifier == "roughly"
    assert figure.pct_text == "81–84"
    assert "middle" in figure.note


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Russia controls > 99% of the Luhansk region.", ">"),
        ("Russia controls ~79% of the Donetsk region.", "~"),
        ("Russia controls approx. 79% of the Donetsk region.", "approx."),
        ("Russia controls ≥ 75% of the Kherson region.", "≥"),
        ("Russia controls <80% of the Donetsk region.", "<"),
    ],
)
def test_a_hedge_written_as_a_sign(text, qualifier):
    (figure,) = read(text).figures
    assert figure.qualifier == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "Russia now holds nearly all of the Luhansk region.",
        "Russia now holds essentially all of the Luhansk region.",
        "Russia holds basically all of the Luhansk region.",
        "Russian forces control effectively all of the Luhansk region.",
        # a whole taken back after it
        "Russia controls the entire Luhansk region, or very nearly.",
        "Russia holds all of the Luhansk region, or close to it.",
    ],
)
def test_nearly_all_of_gives_no_number(text):
    reading = read(text)
    assert russian(text) == {}
    assert [f for f in reading.figures if f.held] == []


def test_all_of_gives_the_whole():
    assert russian("Russia now holds all of the Luhansk region.") == {"UA-09": 100}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine still holds around 25% of the Zaporizhzhia region.",
        "Ukrainian troops control about 30% of the Donetsk region.",
        "Ukraine has liberated 40% of the Kherson region since the summer.",
        "Ukrainian forces have retaken 12% of the Kharkiv region.",
        "Russia lost control of 15% of the Kharkiv region in a week.",
        "Officials stress that 30% of the Zaporizhzhia region is not occupied.",
        "About 20% of the Donetsk region remains under Ukrainian control.",
        "Only 35 percent of the Donetsk region is still under the control of Ukrainian forces.",
    ],
)
def test_a_share_russia_does_not_hold_is_never_russian_control(text):
    assert russian(text) == {}


def test_a_share_ukraine_holds_is_reported_as_such():
    (figure,) = read("Ukraine still holds around 25% of the Zaporizhzhia region.").figures
    assert (figure.region_code, figure.controlled_pct, figure.defender_pct) == ("UA-23", None, 25)
    (row,) = read("Ukraine still holds around 25% of the Zaporizhzhia region.").evidence
    assert (row.holder, row.decision) == ("Ukraine", IGNORED)
    assert "held by Ukraine" in row.reason


def test_both_holders_in_one_sentence():
    text = "Russia has seized 58% of the Donetsk region, while Ukraine holds the other 42%."
    (figure,) = read(text).figures
    assert (figure.controlled_pct, figure.defender_pct) == (58, 42)


def test_a_whole_region_liberated_is_zero_russian_control_inferred():
    (figure,) = read("Ukrainian forces have liberated the entire Chernihiv region.").figures
    assert (figure.region_code, figure.controlled_pct, figure.basis) == ("UA-74", 0, "inferred")
    assert "held by Ukraine" in figure.note


def test_liberated_in_russias_sense():
    text = "Moscow said the Luhansk People's Republic had been fully “liberated” by Russian forces."
    assert russian(text) == {"UA-09": 100}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # the controlling side's words, no side acting: liberated in its sense
        ("In the course of the operation, the DPR has been liberated by 75%.", {"UA-14": 75}, {}),
        # ... but the defending side acting, or saying it: its own, whatever words the sentence has
        ("Ukrainian forces have liberated 95% of the Kharkiv region, while DPR fighters hold out "
         "in Donetsk.", {}, {"UA-63": 95}),
        ("Ukraine says it has liberated 50% of the Kherson region, and that the DPR's forces are "
         "in retreat.", {}, {"UA-65": 50}),
        # ... and said by the defending side after it, even in a text in the other side's terms
        ("MOSCOW, May 20. /TASS/. About 95% of the Kharkiv region has been liberated, Ukrainian "
         "officials say.", {}, {"UA-63": 95}),
        # ... or before it
        ("DONETSK, May 3. /TASS/. Zelensky said about 85% of the Kherson region had been "
         "liberated.", {}, {"UA-65": 85}),
        ("DONETSK, May 3. /TASS/. Pushilin said about 85% of the DPR had been liberated.",
         {"UA-14": 85}, {}),
    ],
)  # fmt: skip
def test_liberated_in_the_sense_of_whoever_acts(text, ours, theirs):
    figures = read(text).figures
    assert {f.region_code: f.controlled_pct for f in figures if f.controlled_pct} == ours
    assert {f.region_code: f.defender_pct for f in figures if f.defender_pct} == theirs


@pytest.mark.parametrize(
    "text",
    [
        "If talks fail, Russia could take full control of the Donetsk region.",
        "Moscow wants to capture all of the Donetsk region.",
        "Russia would hold 100% of the Luhansk region under the plan.",
    ],
)
def test_hypothetical_control_is_not_reported_control(text):
    assert russian(text) == {}
    assert all(e.decision == IGNORED for e in read(text).evidence)


def test_the_figure_presented_as_current_wins_and_the_other_is_kept():
    text = (
        "At the start of the invasion separatists held 33% of the Luhansk region. "
        "Russian forces now control 93% of the region."
    )
    reading = read(text)
    (figure,) = reading.figures
    assert figure.controlled_pct == 93
    decisions = {e.phrase: (e.decision, e.reason) for e in reading.evidence}
    assert decisions["93%"][0] == USED
    assert decisions["33%"][0] == SUPERSEDED
    assert "current" in decisions["33%"][1]


def test_a_figure_from_an_earlier_month_loses_to_the_current_one():
    text = (
        "In February, Russia held 97% of the Luhansk region. "
        "As of June, Russian forces occupy 99% of the Luhansk region."
    )
    assert russian(text, dt.date(2025, 6, 20)) == {"UA-09": 99}


def test_a_text_that_gives_only_a_past_figure_gives_none():
    text = "Before the full-scale invasion, Russia occupied about 33% of the Donetsk region."
    assert russian(text) == {}


def test_two_figures_without_a_time_the_first_wins_and_says_so():
    text = "Russia occupies 70% of the Donetsk region. Russia occupies 72% of the Donetsk region."
    reading = read(text)
    assert russian(text) == {"UA-14": 70}
    loser = next(e for e in reading.evidence if e.phrase == "72%")
    assert (loser.decision, "given first" in loser.reason) == (SUPERSEDED, True)


@pytest.mark.parametrize(
    "text",
    [
        "Russia occupies about a fifth of Ukraine.",
        "Russian forces hold 19% of Ukrainian territory, including parts of the Kharkiv region.",
        "Russia controls about 85% of the Donbas region, which consists of Donetsk and Luhansk.",
        "In the Kherson region, 87% of voters backed joining Russia, officials claimed.",
        "Some 40% of the residents of the Kherson region have left the occupied areas.",
        "Russia has captured 60% of the territory it took in 2022, in the Kharkiv region.",
        "The city of Kharkiv, under Russian shelling, lost 30% of its power.",
    ],
)
def test_shares_of_something_else_are_passed_over(text):
    assert russian(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnout in the occupied Kherson region was 76%, officials said.", {}),
        ("Russia controls about 75 per cent of the Donetsk and Kherson regions combined.", {}),
        (
            "Putin said his forces would take the rest of the Donetsk region, of which they hold "
            "about 75%.",
            {"UA-14": 75},
        ),
        (
            "Russian forces hold about 1% of the Kharkiv region, down from 30% in 2022.",
            {"UA-63": 1},
        ),
        ("Ukraine lost 70% of the Donetsk region to Russia.", {"UA-14": 70}),
        ("Russian strikes destroyed 40% of the Kharkiv region's power grid.", {}),
        ("Around 80% of the Luhansk region's pre-war population has fled.", {}),
        ("Russian troops occupied 27% of the Kharkiv region at their peak in 2022.", {}),
    ],
)
def test_what_the_figure_is_and_when(text, expected):
    assert russian(text) == expected


def test_every_percentage_passed_over_is_counted_and_explained():
    reading = read("In the Kherson region, 87% of voters backed joining Russia, officials claimed.")
    assert reading.summaries[0].passed_over == 1
    (row,) = [e for e in reading.evidence if e.kind == "share"]
    assert row.decision == IGNORED and "votes" in row.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia annexed the Crimean peninsula in 2014.", {"UA-43": True, "UA-40": True}),
        (
            "The Kremlin completed the annexation of the Black Sea peninsula on Friday.",
            {"UA-43": True, "UA-40": True},
        ),
        ("Grain ships crossed the Black Sea to Odesa.", {}),
        (
            "Moscow signed accession treaties incorporating the Kherson and Zaporizhzhia regions "
            "into Russia.",
            {"UA-65": True, "UA-23": True},
        ),
        ("The Kremlin claims to have annexed the Donetsk region.", {"UA-14": True}),
        ("After the vote the Kherson region became part of Russia, Moscow says.", {"UA-65": True}),
        ("Russia's claim over the entirety of the Luhansk region stands.", {"UA-09": True}),
        (
            "The Kremlin claims two Ukrainian regions – Donetsk and Luhansk – as its own.",
            {"UA-14": True, "UA-09": True},
        ),
        (
            "Putin has claimed the regions of Kherson and Zaporizhzhia.",
            {"UA-65": True, "UA-23": True},
        ),
        ("The two regions Moscow claims are Kherson and Luhansk.", {"UA-65": True, "UA-09": True}),
        ("The Kremlin now claims sovereignty over the Donetsk region.", {"UA-14": True}),
        ("Russia considers the Kherson region part of its territory.", {"UA-65": True}),
        (
            "Russia annexed Crimea in 2014 and the Kherson region in 2022.",
            {"UA-43": True, "UA-40": True, "UA-65": True},
        ),
    ],
)
def test_claims(text, expected):
    assert claims(text) == expected


def test_annexed_in_2014_concerns_crimea_only():
    text = (
        "Russia holds Crimea, annexed in 2014; over 70% of the Kherson region; and 75% of the "
        "Zaporizhzhia region."
    )
    figures = {f.region_code: f for f in read(text).figures}
    assert {c for c, f in figures.items() if f.claimed} == {"UA-43", "UA-40"}
    assert figures["UA-43"].controlled_pct == 100 and figures["UA-43"].basis == "inferred"
    assert figures["UA-65"].controlled_pct == 70 and figures["UA-65"].claimed is None


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 91% of voters in the Zaporizhzhia region chose annexation by Russia.",
        "Moscow is preparing to annex the Kherson and Zaporizhzhia regions.",
        # a plan, an intention or an attempt, whatever the tense, negated or not
        "The Kremlin is seeking to annex the Sumy region.",
        "Moscow is not seeking to annex the Sumy region, a spokesman said.",
        "Russia has no intention of annexing the Kharkiv region.",
        "Russia denied it wanted to annex the Sumy region.",
        "Russia is trying to annex the Mykolaiv region.",
        "Under the plan Kyiv would have to cede the Donetsk region.",
        "If Ukraine gave up the Donetsk region, the war could end.",
        "The officials claimed that turnout in the Luhansk region was high.",
        "Putin demands that Ukraine withdraw from the Donetsk region.",
        "Russia claimed to have captured a village in the Donetsk region.",
        "Moscow claims Ukrainian forces shelled the Kherson region.",
        "Russian sources claimed advances in the Kharkiv region.",
    ],
)
def test_votes_plans_and_hypotheticals_are_not_claims(text):
    assert claims(text) == {}


def test_a_region_said_not_to_be_claimed():
    text = (
        "The Poltava region is not one of the regions -- Donetsk, Luhansk and Crimea -- "
        "that Moscow claims as Russian territory."
    )
    assert claims(text) == {
        "UA-53": False, "UA-14": True, "UA-09": True, "UA-43": True, "UA-40": True,
    }  # fmt: skip


def test_a_claim_in_the_next_sentence_and_by_ellipsis():
    anaphora = (
        "Russia occupies 72% of the Kherson and Zaporizhzhia regions. "
        "They are among the regions Russia claims to have annexed."
    )
    assert claims(anaphora) == {"UA-65": True, "UA-23": True}
    ellipsis = "The Donetsk region is claimed by Russia. So are the Kherson and Luhansk regions."
    assert claims(ellipsis) == {"UA-14": True, "UA-65": True, "UA-09": True}
    vote = "In the Kherson region 87% of voters chose annexation. So is the Zaporizhzhia region."
    assert claims(vote) == {}
    not_claimed = "The Poltava region is not claimed by Russia. Neither is the Sumy region."
    assert claims(not_claimed) == {"UA-53": False, "UA-59": False}


def test_sentences_split_without_a_space_after_the_stop_and_at_bullets():
    text = "Shelling went on.Russia holds 70% of Donetsk.\n• Kherson: 75%\nHeadline without stop"
    assert [s.text for s in split_sentences(text)] == [
        "Shelling went on.",
        "Russia holds 70% of Donetsk.",
        "Kherson: 75%",
        "Headline without stop",
    ]


def test_every_evidence_span_points_into_the_text():
    text = (
        "Russia now holds 99% of the Luhansk region; Ukraine holds 30% of Kherson. "
        "Moscow annexed Crimea in 2014. 70% of voters in the Donetsk region backed it."
    )
    reading = read(text)
    assert reading.evidence
    for e in reading.evidence:
        assert text[e.start : e.end] == e.phrase
        assert e.quote in text


def test_of_two_dated_figures_the_later_wins():
    text = "In March 2025, Russia held 97% of the Luhansk region. In May 2025 it held 98% of it."
    reading = read(text, as_of=None)
    assert russian(text, None) == {"UA-09": 98}
    loser = next(e for e in reading.evidence if e.phrase == "97%")
    assert loser.decision == SUPERSEDED
    assert "later date, 2025-05-28" in loser.reason


@pytest.mark.parametrize(
    ("text", "region", "reason"),
    [
        ("In the Kherson region, 87% of voters chose annexation.", "UA-65",
         "a referendum vote, not a claim"),
        ("Moscow is preparing to annex the Kherson region.", "UA-65",
         "a plan or threat to annex, not a claim"),
        ("Kyiv would have to cede the Donetsk region.", "UA-14",
         "a hypothetical cession, not a claim"),
        ("Russia wants Ukraine to cede parts of the Donetsk region.", "UA-14",
         "ceding part of a region, not a claim to all of it"),
        ("Ukraine refuses to cede the entirety of the Donetsk region.", "UA-14",
         "a refusal to cede, not a claim"),
        ("If the Kherson region became part of Russia, the war would end.", "UA-65",
         "hypothetical, not a claim"),
        ("Moscow claims Ukrainian troops shelled the Kherson region.", "UA-65",
         "a claim of something else, not of a region"),
        ("Moscow claims the Kherson counteroffensive has failed.", "UA-65",
         "a claim of something else, not of a region"),
    ],
)  # fmt: skip
def test_every_phrase_that_is_not_a_claim_says_why(text, region, reason):
    rows = [e for e in read(text).evidence if e.kind == "claim" and e.region_code == region]
    assert [(e.decision, e.reason) for e in rows] == [(IGNORED, reason)]
    assert claims(text) == {}


def test_a_claim_stays_in_its_clause():
    assert claims("Moscow annexed the Kherson region; Ukraine holds the Sumy region.") == {
        "UA-65": True
    }
    assert claims(
        "The Sumy region is quiet; Moscow claims to have annexed the Kherson region."
    ) == {"UA-65": True}


def test_the_peninsula_annexed_in_2014_is_crimea():
    figures = {f.region_code: f for f in read("Russia annexed the peninsula in 2014.").figures}
    assert sorted(figures) == ["UA-40", "UA-43"]
    assert all(f.claimed and f.controlled_pct == 100 for f in figures.values())
    assert figures["UA-43"].note == "Crimea, annexed in 2014: held by Russia since (100%, inferred)"
    assert claims("Russia annexed the Kherson region in 2014.") == {}  # 2014 means Crimea


def test_a_claim_read_from_the_sentence_before_says_so():
    text = (
        "Russia occupies 72% of the Kherson and Zaporizhzhia regions. They are claimed by Russia."
    )
    rows = [e for e in read(text).evidence if e.kind == "claim"]
    assert [(e.region_code, e.decision, e.reason) for e in rows] == [
        ("UA-23", USED, "'They' read as Kherson, Zaporizhzhia"),
        ("UA-65", USED, "'They' read as Kherson, Zaporizhzhia"),
    ]
    assert claims("The war goes on. They are claimed by Russia.") == {}


def test_ceding_the_whole_region_on_demand_is_a_claim():
    assert claims("Russia demands that Ukraine cede the Donetsk region.") == {"UA-14": True}
    assert claims("Ukraine will not cede the entirety of the Donetsk region.") == {}


def rows_of(text: str) -> list[str]:
    """The evidence of a text, a row a line: phrase | region | value | hedge | holder | decision
    | reason."""
    return [
        " | ".join((e.phrase, e.region_code, e.value_text, e.hedge, e.holder, e.decision, e.reason))
        for e in read(text).evidence
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ('Russia has control over 70% of the Donetsk region.', [
            '70% | UA-14 | 70 |  | Russia | used | ',
        ]),
        ('Russia holds between 83 and 85 percent of the Donetsk region.', [
            'between 83 and 85 percent | UA-14 | 83–85 |  | Russia | used | a range, 83–85%: mapped at its middle, 84%',
        ]),
        ('Russia holds 85-83% of the Donetsk region.', [
            '85-83% |  |  |  |  | ignored | not a range (low to high)',
        ]),
        ('Russia now holds nearly all of the Luhansk region.', [
            "nearly all of |  |  |  |  | ignored | no figure given ('nearly all' is not a number)",
        ]),
        ('Russia holds 18,200 km² (68.6%) of the Zaporizhzhia region.', [
            '68.6% | UA-23 | 68.6 |  | Russia | used | ',
        ]),
        ('Russia occupies the Kherson region (73%) and the Sumy region (2%).', [
            '73% | UA-65 | 73 |  | Russia | used | ',
            '2% | UA-59 | 2 |  | Russia | used | ',
        ]),
        ('Russian forces occupy 60% of the regions.', [
            "60% |  | 60 |  |  | ignored | 'the regions' without naming them",
        ]),
        ("Russia occupies 40% of its neighbour's territory.", [
            '40% |  | 40 |  |  | ignored | not a share of a named region',
        ]),
        ('Russian troops took 30% of the land they attacked.', [
            '30% |  | 30 |  |  | ignored | not a share of a named region',
        ]),
        ('Russia holds the whole of the Luhansk region.', [
            'the whole of | UA-09 | 100 |  | Russia | used | ',
        ]),
        ('Prices rose 20% in the Kherson region while Russia held the bridge.', [
            '20% |  | 20 |  |  | ignored | not a share of a named region',
        ]),
        ("Russia controls 60% of the Donetsk region's residents.", [
            '60% |  | 60 |  |  | ignored | a share of residents in the region, not of its territory',
        ]),
        ("Russia occupies 50% of Luhansk's economy.", [
            '50% |  | 50 |  |  | ignored | a share of economy in the region, not of its territory',
        ]),
        ('Russia controls half of the Zaporizhzhia region.', [
            'half | UA-23 | 50 |  | Russia | used | ',
        ]),
        ('Russia holds 150% of the Luhansk region.', [
            '150% |  |  |  |  | ignored | not a share (over 100)',
        ]),
    ],
)  # fmt: skip
def test_what_each_share_phrase_is_read_as(text, rows):
    assert rows_of(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ('Russia controls 80% of the Donbas region.', [
            '80% |  | 80 |  |  | ignored | a share of Donbas (Donetsk and Luhansk together), not of one region',
        ]),
        ('Russia controls 90% of the broader Donbass.', [
            '90% |  | 90 |  |  | ignored | a share of Donbas (Donetsk and Luhansk together), not of one region',
        ]),
        ("Russia occupies 18% of Ukraine's territory.", [
            '18% |  | 18 |  | Russia | ignored | a share of the whole country',
        ]),
        ('Russia occupies 18% of Ukraine.', [
            '18% |  | 18 |  | Russia | ignored | a share of the whole country',
        ]),
        ('Russia controls 75% of the Donetsk and Luhansk regions together.', [
            '75% |  | 75 |  |  | ignored | a share of Donetsk and Luhansk together, not of each',
        ]),
        ('Russia controls 75% of the Donetsk and Luhansk regions jointly.', [
            '75% |  | 75 |  |  | ignored | a share of Donetsk and Luhansk together, not of each',
        ]),
        ('Russia controls 75% of the Donetsk and Luhansk regions overall.', [
            '75% |  | 75 |  |  | ignored | a share of Donetsk and Luhansk together, not of each',
        ]),
        ("Russia occupies 99% of Luhansk's territory.", [
            '99% | UA-09 | 99 |  | Russia | used | ',
        ]),
        ('Russia occupies 70% (of the Donetsk region).', [
            '70% | UA-14 | 70 |  | Russia | used | ',
        ]),
        ('Russia holds 70% of the territory of the region of Donetsk.', [
            '70% | UA-14 | 70 |  | Russia | used | ',
        ]),
        ("Russia has taken 10% of the Kharkiv region's land.", [
            '10% | UA-63 | 10 |  | Russia | used | ',
        ]),
        ('Russia holds all of it.', [
            "all of |  | 100 |  |  | ignored | 'the region' refers to no region named before it",
        ]),
        ('Russian forces hold 75% over the Zaporizhzhia region.', [
            '75% | UA-23 | 75 |  | Russia | used | ',
        ]),
    ],
)  # fmt: skip
def test_what_each_share_is_a_share_of(text, rows):
    assert rows_of(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ('The war goes on. Ukraine holds 30% of the Kherson region, and Russia holds 70% of the Donetsk region.', [
            '30% | UA-65 | 30 |  | Ukraine | ignored | held by Ukraine: reported as such, not as Russian control',
            '70% | UA-14 | 70 |  | Russia | used | ',
        ]),
        ('The war goes on. Russia holds 70% of the Donetsk region, held 30% of the Kharkiv region in 2022, and now holds 99% of Luhansk.', [
            '70% | UA-14 | 70 |  | Russia | used | ',
            "30% | UA-63 | 30 |  | Russia | ignored | describes an earlier time, not the text's date",
            '99% | UA-09 | 99 |  | Russia | used | ',
        ]),
        ('The war goes on. Russian forces occupy 99% of Luhansk, 70% of Donetsk and 75% of Kherson, officials say.', [
            '99% | UA-09 | 99 |  | Russia | used | ',
            '70% | UA-14 | 70 |  | Russia | used | ',
            '75% | UA-65 | 75 |  | Russia | used | ',
        ]),
        ('The war goes on. Kherson: 75%, Donetsk: 70%.', [
            '75% | UA-65 | 75 |  |  | ignored | holder unclear: the text does not say who holds it',
            '70% | UA-14 | 70 |  |  | ignored | holder unclear: the text does not say who holds it',
        ]),
        ('The war goes on. In March 2025 Russia held 97% of the Luhansk region, and in May 2025 it held 98% of it.', [
            '97% | UA-09 | 97 |  | Russia | superseded | 98% (the text presents it as current) is used instead',
            "98% | UA-09 | 98 |  | Russia | used | 'it' read as Luhansk",
        ]),
        ('The war goes on. Ukraine retook 40% of the Kharkiv region, while Russia still occupies 5% of it.', [
            "40% | UA-63 | 40 |  | Ukraine | ignored | a gain of Ukraine's, not all it holds: 5% is held by Russia, which leaves more than 40% to Ukraine",
            "5% | UA-63 | 5 |  | Russia | used | 'it' read as Kharkiv",
        ]),
    ],
)  # fmt: skip
def test_several_shares_in_a_later_sentence(text, rows):
    assert rows_of(text) == rows


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("In 2024 Russia held 60% of the Donetsk region.", IGNORED),
        ("In 2025 Russia held 60% of the Donetsk region.", USED),
        ("Since 2023 Russia has held 60% of the Donetsk region.", USED),
        ("In May Russia held 60% of the Donetsk region.", USED),
        ("In February Russia held 60% of the Donetsk region.", IGNORED),
        ("On February 3, 2025, Russia held 60% of the Donetsk region.", IGNORED),
        ("As of February 3, 2025, Russia held 60% of the Donetsk region.", USED),
        ("By December 2024 Russia held 60% of the Donetsk region.", IGNORED),
        ("Until May 2024 Russia held 60% of the Donetsk region.", IGNORED),
    ],
)
def test_a_figure_dated_well_before_the_text_is_not_its_figure(text, decision):
    (row,) = read(text, as_of=dt.date(2025, 6, 1)).evidence
    assert row.decision == decision


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ('Russia has full control of Luhansk.', [
            'full control of | UA-09 | 100 |  | Russia | used | ',
        ]),
        ('Russia Has Full Control Of Luhansk', [
            'Full Control Of | UA-09 | 100 |  | Russia | used | ',
        ]),
        ('Russia still does not have full control of the Donetsk region.', [
            "full control of | UA-14 | 100 |  |  | ignored | negated ('not have')",
        ]),
        ('Russia lacks full control of the Luhansk region.', [
            "full control of | UA-09 | 100 |  |  | ignored | negated ('lacks')",
        ]),
        ('Russia has yet to take full control of Luhansk.', [
            "full control of | UA-09 | 100 |  |  | ignored | negated ('yet to take')",
        ]),
        ('Russia failed to take full control of the Luhansk region.', [
            "full control of | UA-09 | 100 |  |  | ignored | negated ('failed to take')",
        ]),
        ('Russia does not control 70% of Luhansk.', [
            "70% | UA-09 | 70 |  |  | ignored | negated ('not control')",
        ]),
        ("Russia doesn't hold 70% of the Luhansk region.", [
            "70% | UA-09 | 70 |  |  | ignored | negated ('n't hold')",
        ]),
        ('Russia has never held 70% of the Luhansk region.', [
            "70% | UA-09 | 70 |  |  | ignored | negated ('never held')",
        ]),
        ('Russia not only holds 99% of Luhansk but also 70% of Donetsk.', [
            '99% | UA-09 | 99 |  | Russia | used | ',
            '70% | UA-14 | 70 |  | Russia | used | ',
        ]),
        ('Kharkiv is not occupied, but Russia has occupied 99% of the Luhansk region.', [
            '99% | UA-09 | 99 |  | Russia | used | ',
        ]),
        ('99% of Luhansk is occupied by Russia, although Ukraine hopes to retake it.', [
            '99% | UA-09 | 99 |  | Russia | used | ',
        ]),
        ('The Luhansk region is nearly completely occupied.', [
            "nearly completely |  |  |  |  | ignored | no figure given ('nearly all' is not a number)",
        ]),
        ('The Luhansk region is all but entirely occupied.', [
            "all but entirely |  |  |  |  | ignored | no figure given ('nearly all' is not a number)",
        ]),
    ],
)  # fmt: skip
def test_negated_unachieved_and_full_control(text, rows):
    assert rows_of(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ('Russia holds all but 0.5% of the Luhansk region.', [
            '0.5% | UA-09 | 99.5 |  | Russia | used | ',
        ]),
        ('Russia holds 95-105% of the Luhansk region.', [
            '95-105% |  | 95–105 |  |  | ignored | not a share (over 100)',
        ]),
        ('Russia holds 100% of the Luhansk region.', ['100% | UA-09 | 100 |  | Russia | used | ']),
        ('Russia holds 0% of the Kharkiv region.', ['0% | UA-63 | 0 |  | Russia | used | ']),
        ('Russia holds 70% of the.', [
            '70% |  | 70 |  |  | ignored | not a share of a named region',
        ]),
        ('Russia controls 75% of Donetsk overall.', ['75% | UA-14 | 75 |  | Russia | used | ']),
        ("Russia controls 60% of the Donetsk region's coal mines.", [
            '60% |  | 60 |  |  | ignored | a share of coal in the region, not of its territory',
        ]),
        ("Russia holds 60% of Luhansk's.", [
            '60% |  | 60 |  |  | ignored | a share of something in the region, not of its territory',
        ]),
        ('Russian forces occupy 60% of the provinces.', [
            "60% |  | 60 |  |  | ignored | 'the regions' without naming them",
        ]),
        ('Russian forces occupy 60% of the oblasts.', [
            "60% |  | 60 |  |  | ignored | 'the regions' without naming them",
        ]),
        ('Russia occupies 40% of the territory it seized.', [
            '40% |  | 40 |  |  | ignored | not a share of a named region',
        ]),
        ('Russian forces now occupy:\n- Luhansk – 98%\n- Donetsk — 66%\n- Kherson - 74%', [
            '98% | UA-09 | 98 |  | Russia | used | ',
            '66% | UA-14 | 66 |  | Russia | used | ',
            '74% | UA-65 | 74 |  | Russia | used | ',
        ]),
        ('Russia controls:\n- Luhansk: 98%\n- Donetsk: 66%', [
            '98% | UA-09 | 98 |  | Russia | used | ',
            '66% | UA-14 | 66 |  | Russia | used | ',
        ]),
        ('In the Kherson region, where Russian troops hold 71% — by most counts — fighting goes on.', [
            '71% | UA-65 | 71 |  | Russia | used | read as a share of Kherson, named before it',
        ]),
        ('In the Kherson region, Russian troops hold 71%', [
            '71% | UA-65 | 71 |  | Russia | used | read as a share of Kherson, named before it',
        ]),
        ('In Kherson, Russian troops hold 71% more ground than last year.', [
            '71% |  | 71 |  |  | ignored | not a share of a named region',
        ]),
        ('Russia controls 70% of the Kherson region and the Zaporizhzhia region.', [
            '70% | UA-23 | 70 |  | Russia | used | ',
            '70% | UA-65 | 70 |  | Russia | used | ',
        ]),
        ('Ukraine lost 70% of the Donetsk region to Russia.', [
            '70% | UA-14 | 70 |  | Russia | used | lost by Ukraine',
        ]),
        ("Russia says it has liberated 70% of the Donetsk People's Republic.", [
            "70% | UA-14 | 70 |  | Russia | used | 'liberated' in Russia's sense (held by Russia)",
        ]),
        ('Ukrainian forces liberated 30% of the Kharkiv region.', [
            '30% | UA-63 | 30 |  | Ukraine | ignored | held by Ukraine: reported as such, not as Russian control',
        ]),
        ('30% of the Kherson region is under Ukrainian control.', [
            '30% | UA-65 | 30 |  | Ukraine | ignored | held by Ukraine: reported as such, not as Russian control',
        ]),
        ('70% of the Luhansk region is held by Russian forces.', [
            '70% | UA-09 | 70 |  | Russia | used | ',
        ]),
        ('Someone holds 70% of the Donetsk region.', [
            "70% | UA-14 | 70 |  |  | ignored | holder unclear: the text does not say who 'holds' it",
        ]),
        ('In March 2025 Russia held 97% of the Luhansk region. It now holds 98% of the region.', [
            '97% | UA-09 | 97 |  | Russia | superseded | 98% (the text presents it as current) is used instead',
            "98% | UA-09 | 98 |  | Russia | used | 'region' read as Luhansk",
        ]),
        ('In March 2025 Russia held 97% of the Luhansk region. In May 2025 the army held 98% of it.', [
            "97% | UA-09 | 97 |  | Russia | ignored | describes an earlier time, not the text's date",
            "98% | UA-09 | 98 |  |  | ignored | holder unclear: the text does not say who 'held' it",
        ]),
        ('Russian forces control 72%, 78% and 80% of the Kherson and Zaporizhzhia regions respectively.', [
            "72% |  | 72 |  |  | ignored | 'respectively' does not pair the figures with regions",
            "78% |  | 78 |  |  | ignored | 'respectively' does not pair the figures with regions",
            "80% |  | 80 |  |  | ignored | 'respectively' does not pair the figures with regions",
        ]),
    ],
)  # fmt: skip
def test_more_share_phrasings(text, rows):
    assert rows_of(text) == rows


def test_a_month_without_a_year_in_an_undated_text_is_no_date():
    (row,) = read("In March Russia held 60% of the Donetsk region.", as_of=None).evidence
    assert (row.region_code, row.decision) == ("UA-14", USED)


def test_a_sentence_without_end_is_quoted_by_the_words_around_its_figure():
    text = (
        "Shelling went on " * 60
        + "and Russia now occupies 70% of the Donetsk region "
        + ("while talks stalled " * 60)
    )
    (figure,) = read(text).figures
    assert len(figure.quote) <= 402
    assert figure.quote.startswith("…") and figure.quote.endswith("…")
    assert "Russia now occupies 70% of the Donetsk region" in figure.quote
    assert text[figure.span[0] : figure.span[1]] == figure.quote.strip("…")
    (row,) = read(text).evidence
    assert row.quote == figure.quote


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("The Sumy region was shelled; the Kharkiv region too; Russia annexed the Kherson region.",
         ["t.txt:60  claim “annexed”          Kherson (UA-65) = claimed  → used"]),
        ("Russia annexed the Kherson region; the Sumy region was shelled; the Kharkiv region too.",
         ["t.txt:7  claim “annexed”          Kherson (UA-65) = claimed  → used"]),
        ("Russia annexed the Kherson region; voters elsewhere backed the move.",
         ["t.txt:7  claim “annexed”          Kherson (UA-65) = claimed  → used"]),
        ("The Sumy region is not one of the regions, Kherson and Zaporizhzhia, that Moscow claims.", [
            "t.txt:74  claim “Moscow claims”    Zaporizhzhia (UA-23) = claimed  → used: listed as "
            "the regions that are claimed",
            "t.txt:74  claim “Moscow claims”    Sumy (UA-59) = not claimed  → used: 'not one of': "
            "not claimed",
            "t.txt:74  claim “Moscow claims”    Kherson (UA-65) = claimed  → used: listed as the "
            "regions that are claimed",
        ]),
        ("Russia holds 60% of the Donetsk region.",
         ["t.txt:13  60%                      Donetsk (UA-14) = 60% held by Russia (from “holds”)  → used"]),
        ("Someone holds 60% of the Donetsk region.",
         ["t.txt:14  60%                      Donetsk (UA-14) = 60%  → ignored: holder unclear: "
          "the text does not say who 'holds' it"]),
        ("Russia holds 60% of the country.",
         ["t.txt:13  60%                      no region = 60% held by Russia (from “holds”)  → "
          "ignored: a share of the whole country"]),
    ],
)  # fmt: skip
def test_a_claim_is_read_in_its_clause_and_explained_line_by_line(text, lines):
    from geomap.extract.evidence import explain

    assert explain(read(text).evidence) == "\n".join(lines) + "\n"


def test_nothing_to_explain_is_no_lines():
    from geomap.extract.evidence import explain

    assert explain([]) == ""


@pytest.mark.parametrize(
    ("text", "as_of", "decision"),
    [
        # "May" alone is a name, not a month.
        ("Russia holds 60% of the Donetsk region, Theresa May said.", dt.date(2025, 9, 1), USED),
        ("Russia held 60% of the Donetsk region in early March.", DAY, IGNORED),
        ("On February 30, 2025, Russia held 60% of the Donetsk region.", DAY, IGNORED),
        ("In late May Russia held 60% of the Donetsk region.", dt.date(2025, 9, 1), IGNORED),
        ("By mid-May Russia held 60% of the Donetsk region.", dt.date(2025, 9, 1), IGNORED),
        ("In late May Russia held 60% of the Donetsk region.", dt.date(2025, 6, 10), USED),
    ],
)
def test_months_named_in_a_sentence(text, as_of, decision):
    (row,) = read(text, as_of=as_of).evidence
    assert row.decision == decision


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("", encoding="utf-8"), "is empty; give a text with figures in it"),
        (lambda p: p.mkdir(), "is a folder, not a text file; give a text saved as "
         ".txt, .md, .markdown, .html, .htm, .pdf or .docx"),
        (lambda p: p.write_bytes(b"PK\x00\x03zip"), "is a binary file, not text; give a text saved "
         "as .txt, .md, .markdown, .html, .htm, .pdf or .docx"),
    ],
)  # fmt: skip
def test_a_text_that_cannot_be_read_says_why(tmp_path, make, message):
    from geomap.errors import InputError
    from geomap.extract import read_text

    path = tmp_path / "2025-02-18-a.txt"
    make(path)
    with pytest.raises(InputError) as info:
        read_text(path)
    assert str(info.value) == f"{path}: {message}"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ('The war goes on. In Kherson, where Russian troops hold 71% — by most counts — fighting goes on.', [
            '71% | UA-65 | 71 |  | Russia | used | read as a share of Kherson, named before it',
        ]),
        ('The war goes on. In Kherson, Russian troops hold 71% more ground than last year.', [
            '71% |  | 71 |  |  | ignored | not a share of a named region',
        ]),
        ('The war goes on. Russia holds 18,200 km² (68.6%) of the Zaporizhzhia region.', [
            '68.6% | UA-23 | 68.6 |  | Russia | used | ',
        ]),
        ('The war goes on. Russian forces now occupy:\n- Luhansk (98%)\n- Donetsk: 66%', [
            '98% | UA-09 | 98 |  | Russia | used | ',
            '66% | UA-14 | 66 |  | Russia | used | ',
        ]),
        ("The war goes on. Russia controls 80% of the Donbas's territory.", [
            '80% |  | 80 |  |  | ignored | a share of Donbas (Donetsk and Luhansk together), not of one region',
        ]),
    ],
)  # fmt: skip
def test_shares_read_after_a_first_sentence(text, rows):
    assert rows_of(text) == rows


def test_regions_named_in_a_sentence():
    from geomap.extract.text import Sentence, mentions, tokens

    def named(text: str, start: int = 0) -> list[tuple[str, str]]:
        sentence = Sentence(text, start)
        return [
            (",".join(r.code for r in m.regions), text[m.start - start : m.end - start])
            for m in mentions(tokens(sentence))
        ]

    assert named("The Kyiv region was shelled.") == [("UA-32", "The Kyiv region")]
    assert named("Drones struck the city of Kyiv overnight.", 40) == [("UA-30", "Kyiv")]
    assert named("Talks excluded Kyiv; Kharkiv and Sumy regions were shelled.") == [
        ("UA-63", "Kharkiv"), ("UA-59", "Sumy regions"),
    ]  # fmt: skip
    assert named("Kyiv city and Crimea were calm.") == [
        ("UA-30", "Kyiv city"), ("UA-43,UA-40", "Crimea"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Russia holds 70% of Donetsk, according to the Institute for the Study of War.",
         "Institute for the Study of War"),
        ("Russia holds 70% of Donetsk, according to ISW.", "ISW"),
        ("Russia holds 70% of Donetsk, the Regent said.", "Regent"),
        # A name joined by "for the", "of": the whole institute, not its last word.
        ("Russia holds 70% of Donetsk, the Institute for the Study of War said.",
         "Institute for the Study of War"),
        ("Russia holds 70% of Donetsk, the Ministry of Defence of Ukraine estimated.",
         "Ministry of Defence of Ukraine"),
        ("Russia holds 70% of Donetsk, officials of the ministry said.", ""),
        ("Russia holds 70% of Donetsk.", ""),
    ],
)  # fmt: skip
def test_who_a_sentence_is_attributed_to(sentence, source):
    from geomap.extract.sources import attribution

    assert attribution(sentence) == source


def test_a_long_sentence_is_quoted_by_whole_words_around_its_figure():
    from geomap.extract.text import QUOTE_CHARS, Sentence

    words = [f"w{i:03d}" for i in range(200)]  # 200 words of 4 letters: 999 characters
    text = " ".join(words)
    sentence = Sentence(text, 1000)
    at = 1000 + text.index("w100")
    quote, (lo, hi) = sentence.excerpt(at, at + 4)
    inner = quote.removeprefix("…").removesuffix("…")
    assert quote.startswith("…") and quote.endswith("…")
    assert "w100" in inner and len(inner) <= QUOTE_CHARS
    assert inner.split()[0] in words and inner.split()[-1] in words  # cut between words
    assert text[lo - 1000 : hi - 1000] == inner
    assert abs(inner.index("w100") - (len(inner) - inner.index("w100"))) < 20  # centred
    # Near the start: no leading mark; near the end: no trailing one.
    first, (lo, _) = sentence.excerpt(1000, 1004)
    assert lo == 1000 and first.startswith("w000 ") and first.endswith("…")
    last, (_, hi) = sentence.excerpt(1000 + len(text) - 4, 1000 + len(text))
    assert hi == 1000 + len(text) and last.startswith("…") and last.endswith("w199")
    exact = Sentence("x" * QUOTE_CHARS, 7)
    assert exact.excerpt(7, 8) == ("x" * QUOTE_CHARS, (7, 7 + QUOTE_CHARS))


@pytest.mark.parametrize(
    ("text", "as_of", "latest"),
    [
        ("in 2024", dt.date(2025, 6, 1), dt.date(2024, 12, 31)),  # a past year: its last day
        ("in 2025", dt.date(2025, 6, 1), dt.date(2025, 6, 1)),  # this year: the text's date
        ("in 2024", None, dt.date(2024, 12, 31)),
        ("in May", dt.date(2025, 6, 1), dt.date(2025, 5, 28)),  # a month alone: the last May
        ("in June", dt.date(2025, 6, 28), dt.date(2025, 6, 28)),  # ... up to the text's date
        ("in July", dt.date(2025, 6, 1), dt.date(2024, 7, 28)),
        ("on May 3", dt.date(2025, 6, 1), dt.date(2025, 5, 3)),
        ("May 2023", dt.date(2025, 6, 1), dt.date(2023, 5, 28)),
        ("on March 30, 2024", dt.date(2025, 6, 1), dt.date(2024, 3, 28)),  # days past 28: 28th
        ("late May", dt.date(2025, 6, 1), dt.date(2025, 5, 28)),
        ("Theresa May said", dt.date(2025, 6, 1), None),  # a name, not the month
        ("said Theresa May", dt.date(2025, 6, 1), None),
        ("x" * 30 + " May", dt.date(2025, 6, 1), None),
        ("in March", None, None),  # a month without a year in an undated text
        ("June saw more fighting", dt.date(2025, 6, 28), dt.date(2025, 6, 28)),
        ("May 3, 2024 saw more fighting", dt.date(2025, 6, 1), dt.date(2024, 5, 3)),
        ("May 3 saw more fighting", dt.date(2025, 6, 1), dt.date(2025, 5, 3)),
        # "May" alone is the month after such a word within 24 characters before it
        ("xlate" + " " * 20 + "May", dt.date(2025, 6, 1), dt.date(2025, 5, 28)),
    ],
)
def test_the_dates_a_text_gives_beside_a_figure(text, as_of, latest):
    from geomap.extract.when import time

    assert time(text, as_of)[2] == latest


def test_as_of_a_date_within_a_year_is_current_and_long_before_the_text_of_then():
    from geomap.extract.when import time

    assert time("as of May 20", dt.date(2025, 6, 1))[0] == 1
    assert time("as of 2025", dt.date(2025, 6, 1))[0] == 1
    assert time("as of March 2025", dt.date(2025, 6, 1))[0] == 1  # the latest the text gives
    assert time("as of March 2024", dt.date(2025, 6, 1))[0] == -1
    assert time("As of 2023", dt.date(2025, 6, 1))[0] == -1
    assert time("in March 2024", dt.date(2025, 6, 1))[0] == -1
    assert russian("As of March 2022, Russia controlled 93% of the Kherson region.") == {}
    assert russian("As of May 28, Russia controls 78% of the Donetsk region.") == {"UA-14": 78}
    # the day before the month
    assert russian("As of 20 May, Russia controls 78% of the Donetsk region.") == {"UA-14": 78}
    assert russian("As of 1 December, Russia controls 79% of the Donetsk region.") == {"UA-14": 79}
    assert russian("On 3 February 2025, Russia held 60% of the Donetsk region.") == {}


def test_liberated_in_the_sense_of_whoever_acts_in_testland(testland):
    text = "Testlandic forces have liberated 95% of the Beta region, while free republic fighters hold out."
    figures = read(text).figures
    assert [(f.controlled_pct, f.defender_pct) for f in figures] == [(None, 95)]
