"""Reading that does not depend on one country's or one outlet's words: who holds a share from
the clause's actor (past relative clauses and appositives), gains over a period, statements of
control without a figure ("held, no share given"), and the profile's own vocabulary.

Every sentence here is written for these tests; none is copied from a news source. Each kind is
checked with Ukraine's profile and with the made-up Testland (Norland against Testland), and
the vocabulary of another war with the shipped Sudan profile.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from geomap.extract import read_document
from geomap.extract.evidence import USED
from geomap.profile import DATA, load, using

DAY = dt.date(2025, 6, 1)


def read(text: str, as_of: dt.date | None = DAY):
    return read_document(text, as_of=as_of, document="t.txt")


def controlled(text: str) -> dict[str, float]:
    return {
        f.region_code: f.controlled_pct for f in read(text).figures if f.controlled_pct is not None
    }


def defended(text: str) -> dict[str, float]:
    return {f.region_code: f.defender_pct for f in read(text).figures if f.defender_pct is not None}


def held(text: str) -> set[str]:
    return {f.region_code for f in read(text).figures if f.held_only}


# -- the actor of the clause ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # A relative clause naming the other side between the actor and its verb.
        ("Ukraine's army, which Russia has fought since 2014, controls 30% of the Donetsk region.",
         {}, {"UA-14": 30}),
        ("Ukrainian forces, whom Moscow calls occupiers, hold 40% of the Kharkiv region.",
         {}, {"UA-63": 40}),
        ("Russian forces, backed by Ukrainian defectors, hold 60% of the Zaporizhzhia region.",
         {"UA-23": 60}, {}),
        ("Russia's forces, pushed back by Ukrainian troops, still hold 70% of the Kherson region.",
         {"UA-65": 70}, {}),
        ("Ukraine's army, weakened by Russian strikes, holds 30% of the Donetsk region.",
         {}, {"UA-14": 30}),
        # an owner's apposition of more than one word, or a plural owner's
        ("Ukrainian forces, the Russian army's main foe, still hold about 15% of Zaporizhzhia.",
         {}, {"UA-23": 15}),
        ("Ukrainian forces, the Kremlin's troops' main foe, hold about 15% of Zaporizhzhia.",
         {}, {"UA-23": 15}),
        # ", now controls" after the subject's aside is its verb, no aside of its own
        ("Moscow, which Kyiv besieged for years, now controls Huliaipole — Kyiv held it in 2022 — "
         "and about 61% of Zaporizhzhia.", {"UA-23": 61}, {}),
        ("Kyiv, whose forces withdrew from Lysychansk in July, still holds a sliver of Luhansk, "
         "about 1%.", {}, {"UA-09": 1}),
        # A bare "the army" names neither side in Ukraine's profile: no figure, not a guess.
        ("The army holds 30% of the Donetsk region, Russian officials say.", {}, {}),
        ("Ukraine's troops (Russia says they are retreating) still hold 25% of the Donetsk region.",
         {}, {"UA-14": 25}),
        # "retook" by the controlling side is its own holding, not the defender's.
        ("The Russian army has retaken 35% of the Kharkiv region.", {"UA-63": 35}, {}),
        # The side in a relative clause after the share is not its holder.
        ("It controls all of the Luhansk region, where Ukrainian defenders still hold a pocket.",
         {}, {}),
        # ... or in a clause set against the whole
        ("Russia controls all of the Luhansk region, though Ukrainian troops still hold a few "
         "villages there.", {}, {}),
        ("Russia holds all of Luhansk, but Ukraine still controls parts of the region.", {}, {}),
        ("Russia controls all of the Luhansk region, while Ukraine holds about 25% of the "
         "Donetsk region.", {"UA-09": 100}, {"UA-14": 25}),
        ("Russia controls all of the Luhansk region, while Ukraine holds Kramatorsk.",
         {"UA-09": 100}, {}),
        ("Russia holds all of Crimea, but Ukraine keeps striking it.",
         {"UA-43": 100, "UA-40": 100}, {}),
        # "all of" as what a share is of: the figure after it
        ("Moscow's share of all of the Donetsk region now stands at 79%.", {"UA-14": 79}, {}),
        # a time the figure is compared with is not its own
        ("Russia controls more than it did a year ago: 79% of the Donetsk region.",
         {"UA-14": 79}, {}),
        ("Russia controlled more a year ago: 79% of the Donetsk region.", {}, {}),
        ("About 70% of the Kherson region is in the hands of Russian forces.", {"UA-65": 70}, {}),
        ("About 79% of the Donetsk region is in the hands of the occupiers.", {"UA-14": 79}, {}),
        # a side's lines, a side of the front
        ("About three-quarters of the Zaporizhzhia region lies behind Russian lines.",
         {"UA-23": 75}, {}),
        ("About 25% of the Donetsk region remains behind Ukrainian lines.", {}, {"UA-14": 25}),
        ("About 70% of the Kherson region is on the Russian side of the front line.",
         {"UA-65": 70}, {}),
        ("Only 30% of the Kherson region has been freed, and 70% is still occupied by the enemy.",
         {"UA-65": 70}, {"UA-65": 30}),
        # A side set aside between the actor and its verb.
        ("Ukrainian forces, not Russia, hold 20% of the Donetsk region.", {}, {"UA-14": 20}),
        ("Russia, and not Ukraine, controls 99% of the Luhansk region.", {"UA-09": 99}, {}),
        # a share that is its clause's subject, its verb past an aside; "held by Ukraine"
        ("About 70% of the Donetsk region, which Ukraine once held, is now occupied by Russia.",
         {"UA-14": 70}, {}),
        ("About 30% of the Donetsk region is held by Ukraine, not Russia.", {}, {"UA-14": 30}),
        ("In the Kherson region, Ukraine controls 27% and Russia 73%.", {"UA-65": 73}, {"UA-65": 27}),
        # "it" in a later main clause: the one side the clauses before name, else unclear.
        ("Kyiv says Moscow's troops hold 70% of the Donetsk region; it says its own forces hold "
         "about 30% of the Luhansk region.", {"UA-14": 70}, {}),
        ("Russia launched an offensive in the spring; it now holds 70% of the Donetsk region.",
         {"UA-14": 70}, {}),
        ("Ukraine counterattacked near Kupiansk, while Russia holds 70% of the Donetsk region.",
         {"UA-14": 70}, {}),
        # A side's name, adjective or capital before "-held", "-controlled".
        ("The Ukrainian-held part of the Donetsk region, about 25% of it, is under shelling.",
         {}, {"UA-14": 25}),
        ("Kyiv-controlled territory makes up about 30% of the Donetsk region.",
         {}, {"UA-14": 30}),
        ("Moscow-controlled areas account for roughly 75% of the Zaporizhzhia region.",
         {"UA-23": 75}, {}),
        # The other side as the object of a verb before the share's own verb.
        ("The Ukrainian army has pushed Russian forces back and now controls 40% of the Kherson "
         "region, officials in Moscow conceded.", {}, {"UA-65": 40}),
        ("Russian troops defeated Ukrainian units near the border and hold 70% of the Donetsk "
         "region.", {"UA-14": 70}, {}),
        ("Fighting against Russian troops, Ukraine's forces hold 20% of the Donetsk region.",
         {}, {"UA-14": 20}),
        ("According to Russia, Ukrainian troops control less than 1% of the Luhansk region.",
         {}, {"UA-09": 1}),
        # a side's adjective before the subject's noun, whatever the noun
        ("Ukrainian formations still occupy about a quarter of the Donetsk region.",
         {}, {"UA-14": 25}),
        ("Ukrainian armed formations hold about a quarter of the Donetsk region.",
         {}, {"UA-14": 25}),
        ("Kiev regime forces still occupy about a quarter of the Donetsk region.",
         {}, {"UA-14": 25}),
        ("Russian assault groups now hold 75% of the Zaporizhzhia region.", {"UA-23": 75}, {}),
        ("Ukrainian officials say Russian formations hold 75% of the Zaporizhzhia region.",
         {"UA-23": 75}, {}),
    ],
)  # fmt: skip
def test_the_holder_is_the_clauses_actor(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MIDBURG, May 3 (Reuters) - Norlandic forces control about 20% of Testland. In the "
         "Alpha region they hold roughly 70%.", {"TL-01": 70}),
        ("Testlandic troops pushed Norlandic forces back and now hold 40% of Alpha.", {}),
        ("Norland held about 60% of Beta in 2023. Today the figure is closer to 70%.",
         {"TL-02": 70}),
        ("Norlandic troops have taken 1% of Alpha and 3% of Beta this year.", {}),
        ("Norland's gains in 2025: 1% of Alpha, 3% of Beta.", {}),
        ("Norland added 2% of Alpha, 1% of Beta and 4% of Gamma over the summer.", {}),
        ("The Gamma region, which Norland annexed in 2022, is 80% occupied.", {"TL-03": 80}),
        ("Testland has fully liberated the Alpha region.", {"TL-01": 0}),
        ("Testlandic formations still occupy about 30% of Alpha.", {}),
    ],
)  # fmt: skip
def test_the_same_kinds_in_testland(testland, text, expected):
    assert controlled(text) == expected


def test_claims_and_disputes_in_testland(testland):
    assert _claimed("Borgholm insists that Beta is Norlandic.") == {"TL-02"}
    assert [f.claimed for f in read("The Regent has no claim on Gamma.").figures] == [False]
    text = "Norland holds parts of the Alpha and Gamma regions. The Regent claims neither of them."
    assert {f.region_code: f.claimed for f in read(text).figures} == {
        "TL-01": False,
        "TL-03": False,
    }
    [figure] = read("Norland says it controls all of Gamma, a claim Testland denies.").figures
    assert figure.note == "disputed: 'a claim Testland denies'"
    # the defending side's own figure, disputed, says so too
    [figure] = read("Testland says it holds 40% of Gamma, a claim Norland rejects.").figures
    assert (figure.defender_pct, figure.note) == (40, "disputed: 'a claim Norland rejects'")


@pytest.mark.parametrize(
    "dateline", ["KYIV, June 3 (Reuters) - ", "MOSCOW (AP) — ", "KYIV, Ukraine, May 30 - "]
)
def test_a_datelines_capital_is_a_place_not_an_actor(dateline):
    text = (f"{dateline}Russian forces control about 19% of Ukraine's territory. In the Donetsk "
            "region they hold roughly 70%.")  # fmt: skip
    assert controlled(text) == {"UA-14": 70}


def test_a_side_before_a_dash_is_no_dateline(sudan):
    text = "RSF — the paramilitary group — controls all of North Darfur."
    assert controlled(text) == {"SD-DN": 100}


def test_rebels_are_the_profiles_word():
    assert controlled("Rebels hold roughly half of the Donetsk region.") == {"UA-14": 50}


def test_rebels_in_sudan_are_not_the_rsf(sudan):
    # In Sudan "the rebels" are as often the SPLM-N: a third party, no side of the profile's.
    assert controlled("Rebels hold about 40% of South Kordofan.") == {}


def test_the_holder_in_testland_too(testland):
    text = "Testland's army, which Norland has fought for years, holds 30% of Alpha."
    assert controlled(text) == {}
    assert defended(text) == {"TL-01": 30}
    assert controlled("Norlandic forces, backed by Testlandic rebels, hold 55% of Beta.") == {
        "TL-02": 55
    }
    text = "Testlandic troops drove Norlandic forces back and now hold 60% of Beta."
    assert controlled(text) == {}
    assert defended(text) == {"TL-02": 60}


_INSERTS = st.sampled_from(
    [
        ", which Russia has fought since 2014,",
        ", whose commanders Moscow has sanctioned,",
        ", backed by Russian artillery fire on its flanks,",
        " (Russia disputes this)",
        ", shelled by Russian artillery every night,",
        " — Moscow's main target —",
        ", having pushed back Russian forces,",
        ", not Russia,",
        ", rather than the Russian army,",
        " - Moscow's main target -",
        ", Russia says,",
        ", Russian sources report,",
        ", like Russia,",
        ", as Moscow claims,",
        # a place or a circumstance
        ", near the Russian lines,",
        ", under Russian fire,",
        ", on the Russian border,",
        ", amid Russian attacks,",
        ", in the face of Russian assaults,",
        ", opposite Russian positions,",
        ", with Russian troops nearby,",
    ]
)


@settings(max_examples=60, deadline=None)
@given(insert=_INSERTS, pct=st.integers(min_value=1, max_value=99))
def test_an_insertion_never_flips_the_holder(insert, pct):
    text = f"Ukraine's army{insert} holds {pct}% of the Donetsk region."
    figures = read(text).figures
    assert [(f.controlled_pct, f.defender_pct) for f in figures] == [(None, pct)]


def test_a_sides_name_before_to_and_a_noun_of_control_is_no_subject():
    """ "Moscow wants Ukraine to cede control of ...": "control" a noun, Ukraine no holder."""
    text = "Moscow wants Ukraine to cede control of the entirety of the Donetsk region."
    rows = [e for e in read(text).evidence if e.kind == "share"]
    assert rows and {e.holder for e in rows} == {"Russia"}
    assert controlled(text) == {}


_OBJECT_CLAUSES = st.sampled_from(
    [
        "has pushed Russian forces back and now",
        "repelled Russian troops near Pokrovsk and",
        "defeated the Russian army at the river and still",
        ", fighting against Russian troops,",
        ", according to Russia,",
    ]
)


@settings(max_examples=30, deadline=None)
@given(
    clause=_OBJECT_CLAUSES,
    pct=st.integers(min_value=1, max_value=99),
    actor=st.sampled_from(["Ukraine's army", "Ukrainian forces", "The Ukrainian army"]),
)
def test_the_other_side_as_an_object_never_flips_the_holder(clause, pct, actor):
    """A side named as the object of another verb, or of a preposition, between the actor
    and the verb of holding, is not the holder."""
    verb = "holds" if actor.endswith(("army", "army's")) else "hold"
    text = f"{actor} {clause} {verb} {pct}% of the Donetsk region.".replace(" ,", ",")
    figures = read(text).figures
    assert [(f.controlled_pct, f.defender_pct) for f in figures] == [(None, pct)]


@settings(max_examples=30, deadline=None)
@given(
    noun=st.sampled_from(["formations", "servicemen", "defences", "garrisons", "assault groups",
                          "armed formations", "positions", "reservists"]),
    adverb=st.sampled_from(["", "still ", "now "]),
    verb=st.sampled_from(["hold", "occupy", "control"]),
    pct=st.integers(min_value=1, max_value=99),
)  # fmt: skip
def test_a_sides_adjective_before_any_noun_names_the_holder(noun, adverb, verb, pct):
    """ "Ukrainian <noun> hold X%": Ukraine's, whatever the noun (the verb "occupy" too)."""
    text = f"Ukrainian {noun} {adverb}{verb} {pct}% of the Donetsk region."
    figures = read(text).figures
    assert [(f.controlled_pct, f.defender_pct) for f in figures] == [(None, pct)]


_SUDAN_INSERTS = st.sampled_from(
    [
        ", which the RSF drove out of El Fasher,",
        ", backed by allied militias,",
        " - whose rivals in the RSF control the west -",
        " (the RSF disputes this)",
        ", not the RSF,",
        ", having pushed the RSF back,",
        "",
    ]
)


@settings(max_examples=30, deadline=None)
@given(
    insert=_SUDAN_INSERTS,
    state=st.sampled_from(["Northern State", "River Nile State", "Kassala State"]),
    verb=st.sampled_from(["controls", "now holds", "is in control of"]),
)
def test_an_insertion_never_flips_a_statement_of_holding(insert, state, verb):
    """Sudan's army holds the state, whatever stands between it and its verb."""
    with using(load(DATA / "sudan.json")):
        reading = read(f"The army{insert} {verb} {state}.")
    assert [(f.defender_held, f.held) for f in reading.figures] == [(True, False)]


@settings(max_examples=40, deadline=None)
@given(
    state=st.sampled_from(["North Darfur State", "Gezira State", "the state of Sennar"]),
    verb=st.sampled_from([
        "is under {side} control", "came under {side} control", "is now in {side} hands",
        "fell to the {side}", "is held by the {side}", "is under the control of the {side}",
    ]),
    holder=st.sampled_from(["RSF", "army"]),
    after=st.sampled_from([
        ", the {other} said", ", according to the {other}", ", the {other} admitted",
        " after the {other} withdrew", ", when the {other}'s last units left", "",
    ]),
)  # fmt: skip
def test_a_side_named_after_a_passive_statement_never_takes_it(state, verb, holder, after):
    """The unit is held by the side its verb names, whoever is named later in the clause."""
    other = "army" if holder == "RSF" else "RSF"
    text = f"{state[0].upper()}{state[1:]} {verb.format(side=holder)}{after.format(other=other)}."
    with using(load(DATA / "sudan.json")):
        reading = read(text)
    expected = (True, False) if holder == "RSF" else (False, True)
    assert [(f.held, f.defender_held) for f in reading.figures] == [expected]


_DATED_INSERTS = st.sampled_from(
    [
        ", which took Avdiivka last year,",
        ", which entered the region in 2022,",
        ", whose units crossed the river in the spring of 2023,",
        " (deployed there since 2014)",
        " — pushed back in 2022 —",
        ", having lost the city a year ago,",
    ]
)


@settings(max_examples=30, deadline=None)
@given(insert=_DATED_INSERTS, pct=st.integers(min_value=1, max_value=99))
def test_a_time_in_an_insertion_never_dates_the_figure(insert, pct):
    """What an aside between the actor and its verb dates is the aside's event, not the share
    held now: the figure stays current."""
    text = f"Russian forces{insert} now hold about {pct}% of the Donetsk region."
    assert controlled(text) == {"UA-14": pct}


@settings(max_examples=30, deadline=None)
@given(pct=st.integers(min_value=1, max_value=99), words=st.sampled_from(
    ["occupied", "controlled by Russian forces", "under Russian control", "held by Russia"]
))  # fmt: skip
def test_a_figures_quote_contains_the_figure(pct, words):
    text = f"Officials said that {pct}% of the Kherson region is {words}. Talks went on."
    (figure,) = read(text).figures
    assert figure.controlled_pct == pct
    assert f"{pct}%" in figure.quote


# -- gains, the current figure, shares without "of" -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces seized 4% of the Donetsk and Zaporizhzhia regions this year.", {}),
        ("The Russian army took 5% of the Kharkiv region in May.", {}),
        ("Russian troops captured another 2% of the Donetsk region over the past month.", {}),
        ("Russian forces have captured 90% of the Luhansk region.", {"UA-09": 90}),
        # not there yet: a whole not achieved is no figure
        ("The Russians are closing in on full control of the Donetsk region.", {}),
        ("Russia is close to taking full control of the Luhansk region.", {}),
        ("Russian forces are on the verge of capturing all of the Luhansk region.", {}),
        ("Russia is nearing complete control of the Luhansk region.", {}),
        ("Moscow's push for full control of the Donetsk region has stalled.", {}),
        ("Russia has sought full control of the Donetsk region since 2014.", {}),
        ("Russia has complete control of the Luhansk region.", {"UA-09": 100}),
        ("Russia launched an offensive to secure full control of the Donetsk region.", {}),
        ("Russia has not yet gained full control of the Donetsk region.", {}),
        ("Full control of the Donetsk region remains elusive for Russia.", {}),
        ("The capture of all of the Donetsk region is only a matter of time, Moscow says.", {}),
        ("Russia's capture of the entire Donetsk region is imminent, Moscow claims.", {}),
        ("The fall of the whole Luhansk region is near.", {}),
        # ... a clause of its own after the figure's has its own mood
        ("Russia holds 99% of the Luhansk region, and the fall of Pokrovsk is near.",
         {"UA-09": 99}),
        ("Russia holds 70% of the Donetsk region, and the plan would freeze the line.",
         {"UA-14": 70}),
        ("Russia is intent on taking control of the whole Donetsk region.", {}),
        ("Moscow is bent on capturing all of the Luhansk region.", {}),
        ("Ukraine lost all of the Luhansk region to Russia in 2022; Russia holds all of it now.",
         {"UA-09": 100}),
        ("Russia gained full control of the Luhansk region after taking Lysychansk.",
         {"UA-09": 100}),
        ("Russia holds close to 75% of the Zaporizhzhia region.", {"UA-23": 75}),
        ("Russian forces, which are nearing Pokrovsk, control 70% of the Donetsk region.",
         {"UA-14": 70}),
        # not achieved; a withdrawal that opens the sentence is no mood of its figure
        ("Russian troops have been unable to capture more than 70% of the Donetsk region.", {}),
        ("After the withdrawal of Russian forces from the Kherson region's right bank, Russia "
         "holds about 73% of the region.", {"UA-65": 73}),
        ("Russia will hold 73% of the Kherson region if Ukraine agrees to withdraw.", {}),
        # the period closes the list of what one verb took: each share of it is a gain
        ("Ukraine's military says Russian troops have taken 1% of the Sumy region and 3% of the "
         "Kharkiv region this year.", {}),
        ("Russia holds 1% of the Sumy region and has taken 3% of the Kharkiv region this year.",
         {"UA-59": 1}),
        # ... and the figures listed after a gain are gains
        ("Moscow's gains since January: 2% of the Sumy region, 1% of the Kharkiv region.", {}),
        ("In 2024 Russian troops gained 3% of the Kharkiv region and 1% of the Sumy region.", {}),
        ("Russian troops took 2% of the Kharkiv region this year, and 1% of the Sumy region.", {}),
        ("Russia captured another 2% of the Kharkiv region, 1% of the Sumy region and 0.5% of "
         "the Dnipropetrovsk region.", {}),
        ("Russia gained 2% of the Kharkiv region this year, and 1% of the Sumy region is occupied.",
         {"UA-59": 1}),
        # a perfect over a period is a gain too; since the war began, it is all that was taken
        ("Russia has captured 4% of the Donetsk region this year.", {}),
        ("Over the past year Russian troops have taken roughly 6% of the Donetsk region.", {}),
        ("Russia has captured 99% of the Luhansk region since the full-scale invasion.",
         {"UA-09": 99}),
        ("Russian forces have seized 99% of the Luhansk region since the war began.",
         {"UA-09": 99}),
        ("Russia has taken 99% of the Luhansk region since the war in Ukraine began.",
         {"UA-09": 99}),
        # a loss over a period likewise; a loss with no period is what the other side holds
        ("Ukraine's army lost control of 5% of the Donetsk region in the past month.", {}),
        ("Ukraine has lost 3% of the Donetsk region since the summer.", {}),
        ("Ukraine lost 70% of the Donetsk region to Russia.", {"UA-14": 70}),
        ("Russia held 30% of the Kharkiv region in spring; today it is 15%.", {"UA-63": 15}),
        ("In Kherson, Russia controlled 93% of the region's land in March but now owns 73%.",
         {"UA-65": 73}),
        ("Russian troops advanced, bringing Moscow's control of the Donetsk region to about 70 "
         "percent.", {"UA-14": 70}),
        ("As of May, the occupied part of the Donetsk region is 17,500 square kilometres (66%).",
         {"UA-14": 66}),
        ("The Kherson and Zaporizhzhia regions see Russian troops holding 71% and 73% of their "
         "respective areas.", {"UA-65": 71, "UA-23": 73}),
        # the figure again in the next sentence of the paragraph, of the same region and holder
        ("Russia held about 70% of the Donetsk region in 2023. Today the figure is closer to "
         "80%.", {"UA-14": 80}),
        ("At the start of 2024, Russia held about 60% of Donetsk. Today, the figure is nearer "
         "75%.", {"UA-14": 75}),
        ("Ukraine held 25% of the Luhansk region in 2022. Today it is 1%.", {}),
        ("Russia held 70% of the Donetsk region in 2023.\n\nToday the figure is 80%.", {}),
        ("Russia holds 60% of the Kharkiv region. It is 15% of the country's territory.",
         {"UA-63": 60}),
        ("Russia held 30% of the Kharkiv region in spring. Russia says the figure is now 15% "
         "of Ukraine.", {"UA-63": 30}),
        ("In the Zaporizhzhia region, where Russian troops occupy about 75% of the land, the "
         "nuclear plant is idle.", {"UA-23": 75}),
        # a list of names and figures with nothing between them
        ("Russian control by region: Luhansk 99%, Donetsk 70%, Kherson 73%.",
         {"UA-09": 99, "UA-14": 70, "UA-65": 73}),
        ("Russian forces hold Luhansk 99% of whose voters backed the move.", {}),
        # ... the last with its source in brackets (not "of" in brackets: what it is of)
        ("Occupied by region: Luhansk 99%, Kherson 73% (open-source maps, May).",
         {"UA-09": 99, "UA-65": 73}),
        ("Luhansk 99% (of the vote), Kherson 87% (of the vote).", {}),
        # ... and after a share of the whole country, held by its holder
        ("Russia controls about 19% of Ukraine, while in Luhansk the figure is almost 100%.",
         {"UA-09": 100}),
        ("Russian forces now control nearly 20% of Ukraine. In the Donetsk region, that figure "
         "is around 80%.", {"UA-14": 80}),
        ("Russia controls about 19% of Ukraine. Today the figure is 20%.", {}),
        # ... the figure's verb one of change, or its region named after it with "in"
        ("Russia occupies about 19% of Ukraine. In the Donetsk region, that share rises to 79%.",
         {"UA-14": 79}),
        ("Russia occupies about 19% of Ukraine; the figure is 99% in Luhansk and about 75% in "
         "Donetsk.", {"UA-09": 99, "UA-14": 75}),
        ("Russia occupies about 19% of Ukraine, a figure that rises to 99% in Luhansk.",
         {"UA-09": 99}),
        ("Russia occupies about 19% of Ukraine; the figure was 7% in 2021.", {}),
        ("Russia controls about 19% of Ukraine. In Kherson, unemployment is 20%.", {}),
        # a city named as its region is: not the region
        ("Russian forces control about 60% of Kherson city.", {}),
        ("Russian troops hold 90% of Luhansk city and its outskirts.", {}),
        ("Russian forces control 80% of Zaporizhzhia's territory, but not the city itself.",
         {"UA-23": 80}),
        # a region named between the figure before and "the figure is": of that region
        ("Russia holds roughly 70% of the Donetsk region, while in Luhansk the figure is almost "
         "99%.", {"UA-14": 70, "UA-09": 99}),
        # a part of a region: what a side did something to
        ("Ukraine has retaken about 54% of the territory Russia seized in the Kharkiv region.",
         {}),
        ("Of the four regions, Russia holds only Luhansk. Ukraine has retaken about 54% of the "
         "territory Russian troops seized.", {}),
        # the region in the share's own subject
        ("The Donetsk region, which Russia annexed in 2022, is 80% occupied.", {"UA-14": 80}),
        ("The Luhansk region is now 99% under Russian control.", {"UA-09": 99}),
        ("The Kherson region is 40% forest, and Russia holds the forest.", {}),
        ("The occupied share of the Kherson region has remained at about 73%.", {"UA-65": 73}),
        ("The Russian-held share of the Zaporizhzhia region now stands at 74%.", {"UA-23": 74}),
        # ... or named in a phrase that opens the sentence (not in the sentence before: which
        # region the share is of, the words do not say)
        ("In the Zaporizhzhia region, the occupied area amounts to about 74%.", {"UA-23": 74}),
        ("In Kharkiv oblast, the Russian-held area is about 3%.", {"UA-63": 3}),
        ("Russia attacked the Kharkiv region. The occupied share is about 18%.", {}),
        # ... with no comma, or in a later clause of its own
        ("In Donetsk the occupied area stands at 79.6%.", {"UA-14": 79.6}),
        ("Russia holds 99.8% of the Luhansk region, while in Donetsk the occupied area stands "
         "at 79.6%.", {"UA-09": 99.8, "UA-14": 79.6}),
        # ... "liberated" as the text means it; "accounts for", "makes up"
        ("Russian troops liberated 99% of the Luhansk People's Republic, the ministry said. In "
         "the Donetsk People's Republic, the liberated territory accounts for about 55%.",
         {"UA-09": 99, "UA-14": 55}),
        ("In the Kherson region, the occupied part makes up some 73%.", {"UA-65": 73}),
        # a unit named as the border another lies on is no antecedent of "the region", "its"
        ("Russian troops on the border with Kharkiv hold 99% of the region.", {}),
        ("Russia holds the Luhansk region up to the border with Kharkiv, about 99% of its "
         "territory.", {"UA-09": 99}),
        # a label's "share of X ...:" before the figure
        ("Share of Donetsk under Russian control: 79%", {"UA-14": 79}),
        ("Russia's share of the Donetsk region: about 79%", {"UA-14": 79}),
        ("Share of the vote in the Kherson region: 87%", {}),
        # ... not a place that names no region
        ("Russia holds 99% of Luhansk; in the country as a whole the occupied share is 18%.",
         {"UA-09": 99}),
        ("In Luhansk, Russia holds 99%. In the country as a whole, the occupied share is 18%.",
         {"UA-09": 99}),
        # "the land (total) area of X", and what X has lost to a side
        ("Moscow occupies about 73% of the land area of the Kherson region.", {"UA-65": 73}),
        ("The Kherson region has lost about 73% of its territory to Russian occupation.",
         {"UA-65": 73}),
        ("The Donetsk region has lost 70% of its population to emigration.", {}),
        ("The share of the Donetsk region under Ukrainian control fell to 20%.", {}),
        # a side's share of the region named after "share of"; not the vote's, nor another
        # sentence's region when the share names something else
        ("Russia's share of the Luhansk region stands at 99.7%, analysts say.", {"UA-09": 99.7}),
        # "share of each": the regions listed before it, in the sentence or the one before
        ("In Zaporizhzhia and Kherson, the lines have barely moved, and Moscow's share of each "
         "remains around three-quarters.", {"UA-23": 75, "UA-65": 75}),
        ("Russia claims Zaporizhzhia and Kherson. Russia's share of each is about 75%.",
         {"UA-23": 75, "UA-65": 75}),
        ("Russia's share of the vote in the Donetsk region was 99%.", {}),
        ("Russia holds the Donetsk region's east. Its share of the grain trade has risen to 40%.",
         {}),
        ("In the Kherson region, Moscow's share of the region has grown to 80%, officials say.",
         {"UA-65": 80}),
        # the figure in apposition to an area, and a decimal comma
        ("Russian forces now occupy more than 6,600 sq km, or 75%, of the Zaporizhzhia region, "
         "having named Kherson the day before.", {"UA-23": 75}),
        ("Russia controls 99,5% of the Luhansk region.", {"UA-09": 99.5}),
        ("Russia controls 17,804% of nothing in the Luhansk region.", {}),
        # the region named in apposition to its noun
        ("Russian troops now hold about half of the other province, Luhansk.", {"UA-09": 50}),
        ("Moscow's forces hold 60% of the southern region Kherson, officials say.", {"UA-65": 60}),
        ("Russia holds 80% of the Kherson region; it holds 70% of the region, Zaporizhzhia "
         "officials said.", {"UA-65": 80}),  # a name that does not end the clause: no apposition
        # "the region" of the official who speaks; of none where the sentence names another
        ('Russia holds all of Luhansk. "About 60% of the region is still occupied," the Kherson '
         'governor said.', {"UA-09": 100, "UA-65": 60}),
        ("Russia holds all of Luhansk. About 60% of the region is occupied, the governor of "
         "Zaporizhzhia said.", {"UA-09": 100, "UA-23": 60}),
        ("Russia holds all of Luhansk. About 60% of the region is occupied, and shelling goes on "
         "near Kherson.", {"UA-09": 100}),
        # "leaving Russia with 70% of X": the side left with it holds it
        ("Ukraine's counteroffensive recaptured Kherson city, leaving Russia with about 70% of "
         "the Kherson region.", {"UA-65": 70}),
        ("The retreat left Ukraine with only 1% of the Luhansk region.", {}),
        # no one holds it; "none of" in an aside is not the subject
        ("Neither side controls more than 60% of the Donetsk region.", {}),
        ("Russia, which none of its neighbours trust, holds 70% of the Kherson region.",
         {"UA-65": 70}),
        # a figure for each of several regions
        ("Russia holds about two-thirds each of Zaporizhzhia and Kherson.",
         {"UA-23": 66.7, "UA-65": 66.7}),
        ("Russian forces control roughly 75% of each of the Kherson and Zaporizhzhia regions.",
         {"UA-65": 75, "UA-23": 75}),
        ("Russian troops control Donetsk about 75%, and Zaporizhzhia and Kherson about 70% each.",
         {"UA-14": 75, "UA-23": 70, "UA-65": 70}),
        ("Russian troops took 70% each.", {}),
        # people in the region, not its land
        ("In the Zaporizhzhia region, Russia controls the homes of two-thirds of the region's "
         "residents.", {}),
        ("In the Kherson region, Russian troops hold 70% of the region's territory.", {"UA-65": 70}),
    ],
)  # fmt: skip
def test_gains_current_figures_and_shares_without_of(text, expected):
    assert controlled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is included is of what the main verb did to the land, not of the relative clause
        ("Ukraine recaptured the territory Russia seized early on, including the whole of the "
         "Kharkiv region.", {"UA-63": 0}),
        ("Kyiv's forces won back half of the land that Russian troops had taken, including all of "
         "the Kyiv and Chernihiv regions.", {"UA-32": 0, "UA-74": 0}),
        ("Russia has lost about half of the land it seized, including all of the Kharkiv region.",
         {}),
        # no verb before the clause's head: the clause's own verb is the one
        ("The map shows the territory Russian forces control, including all of the Luhansk "
         "region.", {"UA-09": 100}),
        ("Russia is pushing into this area and now controls 54% of the Donetsk region.",
         {"UA-14": 54}),
    ],
)  # fmt: skip
def test_a_share_after_a_relative_clause_keeps_the_main_verb(text, expected):
    assert controlled(text) == expected


def test_a_name_in_a_list_closed_by_a_unit_noun_is_read_with_it():
    # "Kyiv" alone is the city; "the Kyiv and Chernihiv regions" has the Kyiv region in it
    assert controlled("Ukraine retook all of the Kyiv and Chernihiv regions.") == {
        "UA-32": 0, "UA-74": 0
    }  # fmt: skip
    assert controlled("Ukraine retook all of the Chernihiv and Kyiv regions.") == {
        "UA-32": 0, "UA-74": 0
    }  # fmt: skip
    assert controlled("Ukraine retook all of Kyiv, and Russia holds 99% of Luhansk.") == {
        "UA-30": 0, "UA-09": 99
    }  # fmt: skip


def test_a_list_under_its_heading_keeps_the_headings_verb():
    text = (
        "By most estimates, Russian forces hold:\n"
        "- All of Luhansk\n"
        "- More than 75% of Donetsk\n"
        "- About 70% of Kherson and Zaporizhzhia\n"
        "The front has barely moved since."
    )
    assert controlled(text) == {"UA-09": 100, "UA-14": 75, "UA-65": 70, "UA-23": 70}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading of gains, or of a taking over a period: its lines are no shares held
        ("Russia's gains in 2025, by region:\n- Donetsk: 5%\n- Kharkiv: 1%", {}),
        ("Territory Ukraine liberated since 2023:\nKharkiv region: 5%\nKherson region: 2%", {}),
        # ... but all taken since the war began is held
        ("Territory seized by Russia since the full-scale invasion:\nKherson region: 73%",
         {"UA-65": 73}),
        # a signed figure is a change, whatever the heading
        ("Change in Russian control, by region:\n- Donetsk: +5%\n- Kharkiv: -1%", {}),
        ("Russia controls +5% of the Donetsk region.", {}),
        ("Russia controls 55-60% of the Donetsk region.", {"UA-14": 57.5}),
    ],
)  # fmt: skip
def test_lines_under_a_heading_of_gains_and_signed_figures(text, expected):
    assert (controlled(text), defended(text)) == (expected, {})


@pytest.mark.parametrize(
    "text",
    [
        "Before the 2022 invasion, separatists backed by Russia controlled about a third of the "
        "Donetsk region.",
        "Before Russia's full-scale invasion, Moscow's proxies held 30% of the Luhansk region.",
        "In the first weeks of the war, Russian troops held 60% of the Kharkiv region.",
        "When Russia invaded, its forces quickly took 90% of the Kherson region.",
        # a part of the figure before: its time is that figure's clause's
        "By February 2022, Russia and its proxies held 7% of Ukraine, including a third of the "
        "Donetsk region.",
        "In 2019 Moscow's proxies held about 7% of Ukraine, among them 30% of the Luhansk region.",
    ],
)
def test_a_figure_of_the_wars_start_is_not_of_the_texts_date(text):
    assert controlled(text) == {}


def test_figures_listed_after_including_take_the_verb_after_the_aside():
    text = (
        "About a fifth of Ukraine, including 99% of the Luhansk region and 79% of the Donetsk "
        "region, is under Russian control."
    )
    assert controlled(text) == {"UA-09": 99, "UA-14": 79}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia controlled 99% of the Luhansk region in 2022, and still does.", {"UA-09": 99}),
        ("In 2022 Russia held 75% of the Kherson region, as it does today.", {"UA-65": 75}),
        ("Russia held 60% of the Donetsk region in 2023, and it still controls most of it.", {}),
        ("Russia held 60% of the Donetsk region in 2023, and still does not hold all of it.", {}),
    ],
)  # fmt: skip
def test_a_figure_of_an_earlier_time_said_to_hold_still(text, expected):
    assert controlled(text) == expected


def test_a_part_of_a_figure_of_now_is_of_now():
    text = "Russia holds about 19% of Ukraine, including 99% of the Luhansk region, as of May 2025."
    assert controlled(text) == {"UA-09": 99}
    assert controlled("Russia holds 19% of Ukraine, including 99% of Luhansk.") == {"UA-09": 99}


def test_a_headings_hedge_is_its_lines():
    text = "Moscow's troops now hold about:\n- 80% of the Donetsk region\n- over 70% of Kherson"
    hedges = {f.region_code: f.qualifier for f in read(text).figures}
    assert hedges == {"UA-14": "about", "UA-65": "over"}


def test_a_month_without_a_year_is_the_last_one_before_the_text():
    text = "Russia held 80% of the Kharkiv region in November, and now holds 30%."
    evidence = read(text, as_of=dt.date(2025, 2, 1)).evidence
    used = [e.value for e in evidence if e.decision == USED]
    assert used == [30]


# -- claims ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow dropped any claim to the Kharkiv region.", {"UA-63": False}),
        ("Moscow formally relinquished any claim to the Kharkiv region.", {"UA-63": False}),
        ("Russia gave up any claim to the Sumy region.", {"UA-59": False}),
        # ... an abandonment negated, refused or only possible: the claim stands
        ("Russia will never abandon its claim to the Kherson region.", {"UA-65": True}),
        ("Russia has not dropped its claim to the Kherson region.", {"UA-65": True}),
        ("Russia refuses to drop its claim to the Zaporizhzhia region.", {"UA-23": True}),
        ("Russia may be willing to drop its claims to Kherson and Zaporizhzhia.",
         {"UA-23": True, "UA-65": True}),
        ("The Kremlin has said it has no claim on the Sumy region.", {"UA-59": False}),
        ("Russia says it has no territorial claims to the Chernihiv region.", {"UA-74": False}),
        # a refusal to recognise an annexation takes the annexation as done
        ("Kyiv will never recognise the annexation of the Kherson region.", {"UA-65": True}),
        ("Russia will annex the Kharkiv region, a Kremlin adviser said.", {}),
        # Crimea in 2014, and the others later in the same clause
        ("Russia annexed Crimea in 2014 and, eight years later, two more regions: Donetsk and "
         "Luhansk.", {"UA-43": True, "UA-40": True, "UA-14": True, "UA-09": True}),
        ("Russia annexed Crimea in 2014, a few weeks after troops took the Donetsk region's "
         "border posts.", {"UA-43": True, "UA-40": True}),
        ("Russia is expected to annex the Kharkiv region next year.", {}),
        ("Separatists called a referendum on joining Russia in the Donetsk region.", {}),
        ('Proxy officials in the Luhansk region staged a "referendum" on joining the Russian Federation.', {}),
        ("Russian-installed officials staged referendums across the Kherson region's held districts "
         "to join Russia.", {}),
        # ... but an annexation after it is one
        ("Russia staged referendums in the Donetsk and Luhansk regions to join Russia and then "
         "annexed them.", {"UA-14": True, "UA-09": True}),
        ("The annexation of the Donetsk region would give Moscow the whole Donbas.", {}),
        # a claim denied: of the region it is said of, before or after the verb
        ("Russia has never claimed the Kharkiv region.", {"UA-63": False}),
        ("Russia has annexed no territory in the Kharkiv region, where it holds a small area.",
         {"UA-63": False}),
        ("Moscow does not claim the Sumy region as its own.", {"UA-59": False}),
        ("The Kharkiv region is not claimed by Russia.", {"UA-63": False}),
        # ... of neither of two regions, by name or named before
        ("Russian troops hold parts of the Kharkiv and Sumy regions, neither of which Moscow "
         "claims.", {"UA-63": False, "UA-59": False}),
        ("Russia does not claim either the Kharkiv or the Sumy region.",
         {"UA-63": False, "UA-59": False}),
        ("Russian troops hold parts of the Kharkiv and Sumy regions. Moscow claims neither of "
         "them.", {"UA-63": False, "UA-59": False}),
        ("Russian troops hold parts of the Kharkiv and Sumy regions. Moscow has not claimed "
         "either region.", {"UA-63": False, "UA-59": False}),
        # ... but a whole denied is no denial of every part: which part is not said
        ("Russian troops hold parts of the Kharkiv and Sumy regions. Moscow has not annexed all "
         "of them.", {}),
        ("Moscow has not fully annexed the Zaporizhzhia region.", {}),
        ("Russia never claimed the whole of the Kharkiv region.", {}),
        # ... not of an aside's own claim on the claimant, nor of a region for its part's
        ("Russia, which annexed Crimea in 2014, has never claimed the Sumy region.",
         {"UA-43": True, "UA-40": True, "UA-59": False}),
        ("Russia has abandoned any claim to the Zaporizhzhia region's capital.", {}),
        ("Russia renounced its claim to the Kherson region's right bank, officials said.", {}),
        ("Russia annexed the Kherson region's entire territory in 2022.", {"UA-65": True}),
        # ... in a relative clause: of the names before it, and no other's
        ("Russian troops hold parts of the Kharkiv and Sumy regions, which Moscow does not "
         "claim.", {"UA-59": False, "UA-63": False}),
        ("Russia holds part of the Sumy region, which it has never claimed, and most of the "
         "Donetsk region, which it annexed.", {"UA-59": False, "UA-14": True}),
        # ... "it" of an "It" opening the sentence, the controlling side named before
        ("Russia holds Crimea. It also occupies parts of the Kharkiv region, which it does not "
         "claim.", {"UA-63": False}),
        ("Ukraine holds Kramatorsk. It also holds part of the Donetsk region, which it claims.",
         {}),
        # ... in an apposition: "a region it ..."
        ("Russia now holds 4% of the Dnipropetrovsk region, a region it has never claimed.",
         {"UA-12": False}),
        ("Russia holds part of the Kherson region, a region it claims.", {"UA-65": True}),
        ("Ukraine holds part of the Kherson region, a region it claims.", {}),
        # a claim named as a noun, the defending side's own: no claim of the controlling side's
        ("Ukraine insists on its claim to the Kherson region.", {}),
        ("Kyiv has never given up its claim to Crimea, which Russia annexed in 2014.",
         {"UA-43": True, "UA-40": True}),
        ("Kyiv lays claim to all of the Luhansk region.", {}),
        ("Kyiv's claim to Crimea is recognised by the UN.", {}),
        # ... the controlling side's, or no one's said: a claim
        ("Russia lays claim to all of the Zaporizhzhia region.", {"UA-23": True}),
        ("Kyiv rejects Russia's claim to Crimea.", {"UA-43": True, "UA-40": True}),
        ("The claim to Crimea rests on the 2014 vote.", {"UA-43": True, "UA-40": True}),
        # a contrast ends a claim's regions
        ("Russia does not claim the Kharkiv region, but it annexed the Kherson region.",
         {"UA-63": False, "UA-65": True}),
        ("Russia annexed the Kherson region but has never claimed the Kharkiv region.",
         {"UA-65": True, "UA-63": False}),
        # ... so does a region set against the one denied
        ("Unlike the Kherson region, the Kharkiv region has never been claimed by Moscow.",
         {"UA-63": False}),
        ("In contrast to Crimea, the Sumy region is not claimed by Russia.", {"UA-59": False}),
        ("The Kharkiv region was never annexed by Moscow, unlike the Kherson region.",
         {"UA-63": False}),
        # "its own" and "its territory" are the claimant's only when the side named is Russia
        ("Moscow regards Crimea and two other regions as its territory: Kherson and Luhansk.",
         {"UA-43": True, "UA-40": True, "UA-65": True, "UA-09": True}),
        ("Ukraine regards the Crimean peninsula as its territory.", {}),
        ("Kyiv considers the Donetsk region as its own, whatever the referendums said.", {}),
        ("Russian law now treats the Luhansk region as a constituent entity of the Russian "
         "Federation.", {"UA-09": True}),
        ("The Donetsk region is one of the constituent regions of Ukraine.", {}),
        # "all four" counting the regions the sentence names after it
        ("Moscow claims all four regions as its own, though its troops hold only parts of them: "
         "Luhansk, Donetsk, Zaporizhzhia and Kherson.",
         {"UA-09": True, "UA-14": True, "UA-23": True, "UA-65": True}),
        ("Moscow claims all four regions as its own; Ukraine holds parts of Donetsk and "
         "Zaporizhzhia.", {}),
        # a claim in a relative clause that goes on with "but"
        ("The parts of the Donetsk and Luhansk regions that Russia claims but does not hold are "
         "heavily fortified.", {"UA-14": True, "UA-09": True}),
    ],
)  # fmt: skip
def test_claims_that_are_not(text, expected):
    assert {f.region_code: f.claimed for f in read(text).figures if f.claimed is not None} == (
        expected
    )


# -- held, no share given ----------------------------------------------------------------------


def test_a_statement_of_control_without_a_figure_is_held_with_no_share():
    reading = read("Russian forces now control the Luhansk region, officials said.")
    (figure,) = reading.figures
    assert (figure.region_code, figure.controlled_pct, figure.held) == ("UA-09", None, True)
    assert figure.to_row()["controlled_pct"] == "held"
    (row,) = reading.evidence
    assert (row.kind, row.decision, row.holder) == ("held", USED, "Russia")


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces control parts of the Luhansk region.",
        "Russian forces do not control the Luhansk region.",
        "Russia could take control of the Luhansk region.",
        "Russian forces seized Kherson last year.",  # a city, not the region
        "Ukrainian forces control the Sumy region.",  # the defender's: reported, not mapped
        "Russian troops seized the Kharkiv region's north.",  # a part of it
        "Russia holds the Luhansk region's capital.",
        "Russian forces seized Kherson, the region's capital, last year.",  # a city
    ],
)
def test_what_is_not_a_statement_of_holding(text):
    assert held(text) == set()


def test_a_verb_as_an_adjective_is_no_statement_of_holding():
    assert defender_held("Ukraine's army has cleared the liberated Kherson region of mines.") == (
        set()
    )
    assert defender_held("Ukraine's army has liberated the Kherson region.") == {"UA-65"}


def test_a_share_wins_over_a_statement_without_one():
    text = "Russia controls the Luhansk region. It holds 99% of the Luhansk region."
    assert held(text) == set()
    assert controlled(text) == {"UA-09": 99}


def test_held_statements_in_testland(testland):
    assert held("Norland took control of the Beta region in March.") == {"TL-02"}
    assert held("Testlandic forces control the Beta region.") == set()


# -- another war's words (the Sudan profile) ---------------------------------------------------


def test_sudans_units_directions_and_lists(sudan):
    assert controlled("The RSF controls about 80% of North Darfur.") == {"SD-DN": 80}
    assert held("The RSF controls four states: North Darfur, South Darfur, West Darfur and "
                "Central Darfur.") == {"SD-DN", "SD-DS", "SD-DW", "SD-DC"}  # fmt: skip
    assert held("The RSF controls all five Darfur states.") == {
        "SD-DN", "SD-DS", "SD-DW", "SD-DC", "SD-DE"
    }  # fmt: skip
    assert held("Gezira State fell to the paramilitaries in December.") == {"SD-GZ"}
    # first words that share the rest of the last name
    assert held("The RSF controls West, Central, South and East Darfur states.") == {
        "SD-DW", "SD-DC", "SD-DS", "SD-DE"
    }  # fmt: skip
    assert defender_held("The army controls Blue and White Nile states.") == {"SD-NB", "SD-NW"}
    assert controlled("The RSF controls about 60% of North and South Kordofan.") == {
        "SD-KN": 60, "SD-KS": 60
    }  # fmt: skip
    assert controlled("RSF forces control all of West, Central and South Darfur.") == {
        "SD-DW": 100, "SD-DC": 100, "SD-DS": 100
    }  # fmt: skip
    assert held("The RSF holds West and Central areas of the country.") == set()
    # a unit's name of several words needs no noun where it ends the clause; "in control of"
    assert held("The RSF seized Blue Nile and is now pushing east.") == {"SD-NB"}
    assert held("The RSF is in control of North Darfur.") == {"SD-DN"}
    assert held("The RSF controls the White Nile bridges at Kosti.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Khartoum" alone is the capital: a share of it is no share of the state
        ("The RSF controls about 30% of Khartoum.", {}),
        ("The army now holds all of Khartoum.", {}),
        ("The RSF controls about 30% of Khartoum State.", {"SD-KH": 30}),
        ("The RSF controls about 30% of the state of Khartoum.", {"SD-KH": 30}),
        # ... but in a list of units, or one a unit noun closes, it is the state
        ("The army now holds all of Khartoum and Gezira.", {"SD-KH": 0, "SD-GZ": 0}),
        ("The army now holds all of Khartoum and Sennar states.", {"SD-KH": 0, "SD-SI": 0}),
        ("The army holds all of Gezira, Kassala and Gedaref.",
         {"SD-GZ": 0, "SD-KA": 0, "SD-GD": 0}),
        ("The army holds all of Kassala and Gedaref.", {}),  # two cities
    ],
)  # fmt: skip
def test_a_states_name_that_is_its_capitals_is_the_city_alone(sudan, text, expected):
    assert controlled(text) == expected


def test_the_evidence_says_a_bare_name_is_the_city(sudan):
    (row,) = read("The RSF controls about 30% of Khartoum.").evidence
    assert row.reason == "'Khartoum' alone is the city, not the state of Khartoum"


def test_a_sides_share_of_a_state_or_of_a_group(sudan):
    assert controlled("The RSF's share of North Darfur has risen to 90%.") == {"SD-DN": 90}
    assert controlled("The RSF's share of Darfur is now 80%.") == {}  # of the five together
    assert defended("The army's share of Sennar State stands at 95%.") == {"SD-SI": 95}


def test_a_side_set_aside_is_not_the_actor_in_sudan(sudan):
    assert controlled("Government forces, not the RSF, control all of River Nile State.") == {
        "SD-NR": 0
    }
    assert controlled("The RSF, not the army, controls all of South Darfur.") == {"SD-DS": 100}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The RSF holds all of Darfur apart from North Darfur and East Darfur.",
         {"SD-DC": 100, "SD-DS": 100, "SD-DW": 100}),
        ("The RSF controls most of Kordofan and all of Darfur except parts of North Darfur.",
         {"SD-DC": 100, "SD-DE": 100, "SD-DS": 100, "SD-DW": 100}),
        # an exception that names no unit leaves none whole ...
        ("The RSF controls all of Darfur, except a pocket near the border.", {}),
        # ... but a town whose locality the profile knows leaves out that locality's state
        ("The RSF controls all of Darfur, except a pocket around Tawila.",
         {"SD-DC": 100, "SD-DE": 100, "SD-DS": 100, "SD-DW": 100}),
        ("The RSF controls all of West Darfur except West Darfur's airport.", {}),
    ],
)  # fmt: skip
def test_all_of_a_unit_except_part_of_it_is_not_all_of_it(sudan, text, expected):
    assert controlled(text) == expected


def test_all_but_a_few_villages_is_no_figure():
    assert controlled("Russia controls all of the Luhansk region except a few villages.") == {}
    assert controlled("It controls all of the Luhansk region, where the defenders still hold a "
                      "pocket.") == {}  # fmt: skip
    assert controlled("Russia controls all of the Luhansk region, where it holds elections.") == {
        "UA-09": 100
    }
    assert controlled("Russia holds the entire Luhansk region, excluding a strip of land.") == {}
    assert controlled("Russia holds all of the Luhansk region, the governor said.") == {
        "UA-09": 100
    }


def test_sudans_army_is_the_defender_even_unnamed(sudan):
    text = "The army, whose government now sits in Port Sudan, controls 60% of West Kordofan."
    assert controlled(text) == {}
    assert defended(text) == {"SD-GK": 60}
    assert held("The army took control of the state of Sennar in June.") == set()
    assert defender_held("The army took control of the state of Sennar in June.") == {"SD-SI"}
    assert controlled("The military now controls all of Gezira State.") == {"SD-GZ": 0}


def defender_held(text: str) -> set[str]:
    return {f.region_code for f in read(text).figures if f.defender_held}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # the side between the verb and "out of" is the one put out; the other holds it
        ("The army said it had driven the RSF out of Khartoum State.", set(), {"SD-KH"}),
        ("Troops expelled the paramilitaries from Sennar State in June.", set(), {"SD-SI"}),
        ("Army units pushed RSF fighters out of the state of Gezira.", set(), {"SD-GZ"}),
        # ... and where nothing stands there, the side acting is
        ("The RSF withdrew from Gezira State after the army's offensive.", set(), {"SD-GZ"}),
        ("Government forces lost control of West Darfur State.", {"SD-DW"}, set()),
        ("The army was forced out of North Darfur State.", {"SD-DN"}, set()),
        # not done, or not said who
        ("The army has never driven the RSF out of Gezira State.", set(), set()),
        ("The army vowed to drive the RSF out of Gezira State.", set(), set()),
        ("Fighters were driven out of Gezira State.", set(), set()),
        ("The RSF drove civilians out of El Fasher.", set(), set()),  # a city, not the state
        ("The army drove the RSF out of Khartoum State's capital.", set(), set()),
        # a side's own movement from a unit onward is no removal
        ("The RSF pushed from North Darfur towards North Kordofan.", set(), set()),
        ("RSF convoys drove from North Darfur to Kordofan.", set(), set()),
        ("The RSF pushed out of North Darfur into North Kordofan.", set(), set()),
        # ... but the passive, or another side's object, is
        ("The RSF was pushed from North Darfur towards North Kordofan.", set(), {"SD-DN"}),
        ("The army pushed the RSF from North Darfur into North Kordofan.", set(), {"SD-DN"}),
        (
            "The army, which the RSF drove out of Sennar State into Gezira, denies it.",
            {"SD-SI"},
            set(),
        ),
    ],
)
def test_a_side_put_out_of_a_state_leaves_it_to_the_other(sudan, text, ours, theirs):
    assert held(text) == ours
    assert defender_held(text) == theirs


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # control given to the side named after the verb, or to the actor "it" stands for
        ("The fall of El Fasher gave the RSF control of North Darfur State.", {"SD-DN"}, set()),
        ("The paramilitaries took Babanusa, giving them control of West Kordofan State.",
         {"SD-GK"}, set()),
        ("The army retook Sinja, giving it control of Sennar State once more.", set(), {"SD-SI"}),
        ("The RSF's retreat left the army in control of Gezira State.", set(), {"SD-GZ"}),
        ("The army lost Nyala, handing the RSF control of South Darfur.", {"SD-DS"}, set()),
        # in the hands of the side named after it
        ("Blue Nile State remains in the hands of the army.", set(), {"SD-NB"}),
        ("Central Darfur is in the hands of the paramilitaries.", {"SD-DC"}, set()),
        ("The RSF holds sway over West Darfur and Central Darfur.", {"SD-DW", "SD-DC"}, set()),
        # a side's adjective before a group is the part of it the side holds
        ("Aid convoys struggle to reach RSF-controlled Darfur.", set(), set()),
        ("In RSF-held South Darfur, prices have tripled.", {"SD-DS"}, set()),
        # a subject that is no one
        ("Neither the army nor the RSF fully controls North Kordofan State.", set(), set()),
        ("None of the RSF units hold Sennar State now.", set(), set()),
        # members of a side are no place: "rivals in the RSF" are the RSF
        ("The army - whose rivals in the RSF hold Darfur - controls Northern State.",
         {"SD-DC", "SD-DE", "SD-DN", "SD-DS", "SD-DW"}, {"SD-NO"}),
        # "the group" as "it"; the army's word for the RSF
        ("The RSF took Babanusa in May. The group also controls West Kordofan.", {"SD-GK"},
         set()),
        ("The army said the rebel militia still controls North Darfur State.", {"SD-DN"}, set()),
        ("The Janjaweed militia now controls West Darfur, residents said.", {"SD-DW"},
         set()),
        ("The army drove the terrorist militia out of Sennar State.", set(), {"SD-SI"}),
        ("The RSF militia imposed its control over East Darfur State in 2023.", {"SD-DE"}, set()),
        ("East Darfur State came under RSF control in November 2023.", {"SD-DE"}, set()),
        # a name that is a unit with the profile's noun, inside a list of units
        ("The army controls the east, including Kassala, Northern, Red Sea and Gedaref.", set(),
         {"SD-KA", "SD-NO", "SD-RS", "SD-GD"}),
        ("The army controls the east, including Kassala and Northern Ireland.", set(), set()),
        # holding none of it: held by the other side
        ("The RSF no longer controls any part of Gezira State.", set(), {"SD-GZ"}),
        ("The army does not hold any territory in West Darfur State.", {"SD-DW"}, set()),
        ("The RSF does not control any of Kassala State.", set(), {"SD-KA"}),
        ("The army has not controlled any part of Central Darfur since 2023.", {"SD-DC"}, set()),
        ("The RSF hasn't held any territory in Sennar State since June.", set(), {"SD-SI"}),
        ("The RSF doesn't control any of the towns in Kassala State.", set(), set()),
        ("The RSF may no longer control any part of Gezira State.", set(), set()),
        # no foothold, presence or troops left in it
        ("The army no longer has any presence in West Darfur State.", {"SD-DW"}, set()),
        ("The RSF has no foothold left in Gezira State, the army said.", set(), {"SD-GZ"}),
        ("The army no longer has a foothold in any of the Darfur states.",
         {"SD-DC", "SD-DE", "SD-DN", "SD-DS", "SD-DW"}, set()),
        ("The RSF may soon have no foothold left in Gezira State.", set(), set()),
        # ... or left "without" one: the side so left, not the side that left it so
        ("Babanusa fell to the RSF, leaving the army without a foothold in West Kordofan State.",
         {"SD-GK"}, set()),
        ("The RSF, without any presence in Sennar State since June, has moved west.", set(),
         {"SD-SI"}),
        ("Aid agencies no longer have any presence in West Darfur State.", set(), set()),
        # free of one side: held by the other
        ('The army declared Khartoum State "free" of the RSF.', set(), {"SD-KH"}),
        ("Gezira State is now free of RSF fighters, its governor said.", set(), {"SD-GZ"}),
        ("Sennar State has been cleared of the Rapid Support Forces.", set(), {"SD-SI"}),
        ("The army said Blue Nile State had been cleared of the RSF.", set(), {"SD-NB"}),
        # not whole, not yet, not a side, or maybe a city
        ("Gezira State is largely free of the RSF.", set(), set()),
        ("The army hopes Khartoum State will soon be free of the RSF.", set(), set()),
        ("North Darfur is not yet free of the RSF.", set(), set()),
        ("Gezira State is free of cholera cases.", set(), set()),
        ("Khartoum is free of the RSF.", set(), set()),
        ("The truce gave the state control of the markets in Kassala.", set(), set()),
    ],
)  # fmt: skip
def test_control_given_kept_or_freed_of_the_other_side(sudan, text, ours, theirs):
    assert held(text) == ours
    assert defender_held(text) == theirs


def test_a_side_that_holds_none_of_a_region_leaves_it_to_the_other():
    assert held("Ukraine no longer controls any part of the Luhansk region.") == {"UA-09"}
    assert held("Ukraine no longer has a foothold in the Luhansk region.") == {"UA-09"}
    assert held("The retreat left Ukrainian troops without a foothold in the Luhansk region.") == {
        "UA-09"
    }
    assert controlled("Russia may control 70% of the Donetsk region by spring.") == {}
    assert controlled(
        "In May Russia held 70% of the Donetsk region.",
    ) == {"UA-14": 70}


def test_a_region_freed_of_the_other_side_in_ukraine():
    assert held("The Luhansk region is now free of Ukrainian troops, Moscow said.") == {"UA-09"}
    assert defender_held("Ukraine said the Kharkiv region was free of Russian forces.") == {"UA-63"}
    assert held("Russia's capture of the town left Russian forces in control of the Luhansk "
                "region.") == {"UA-09"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army expelled the RSF from all of Khartoum State, officials said.", {"SD-KH": 0}),
        ("RSF fighters drove the army out of the whole of West Darfur.", {"SD-DW": 100}),
        # a part: what was lost, not what is held
        ("RSF fighters pushed the army out of 20% of North Kordofan.", {}),
        ("The army did not push the RSF out of all of Gezira State.", {}),
    ],
)
def test_a_side_put_out_of_all_of_a_state_gives_the_other_all_of_it(sudan, text, expected):
    assert controlled(text) == expected


def test_put_out_in_testland_and_ukraine(testland):
    assert controlled("Testlandic troops drove Norland's forces out of the whole of the Beta "
                      "region.") == {"TL-02": 0}  # fmt: skip
    assert controlled("Norland pushed Testlandic units out of about 5% of the Beta region.") == {}
    assert defender_held("Norland withdrew from the Beta region in May.") == {"TL-02"}


def test_freed_of_a_side_named_with_its_epithets_or_by_its_name_before_its_forces(testland):
    # "Testland troops": the defending side's name before its forces' noun is the side
    assert controlled("Gamma region is now completely free of Testland forces.") == {"TL-03": 100}
    assert controlled("The Beta region is entirely free of Norlandic troops.") == {"TL-02": 0}
    with using(load(DATA / "sudan.json")):
        # the side after "of" behind "the rival paramilitary"
        assert controlled('Gezira State is "entirely free" of the rival paramilitary RSF '
                          "fighters, the army said.") == {"SD-GZ": 0}  # fmt: skip
        assert controlled("Sennar State is now completely free of the rival Sudanese army.") == {
            "SD-SI": 100
        }


def test_freed_of_the_occupiers_in_ukraine():
    # "the occupiers", "the occupying forces": the controlling side by what it does
    assert controlled("The whole of the Sumy region is free of the occupiers.") == {"UA-59": 0}
    assert controlled("Some 40% of the Kharkiv region is in the hands of the occupying "
                      "forces.") == {"UA-63": 40}  # fmt: skip
    # ... not free of something of the side's
    assert controlled("The whole of the Sumy region is free of the occupiers' mines.") == {}
    assert controlled("The Kyiv region is now completely free of Russian mines.") == {}
    assert controlled("The Kyiv region has been fully cleared of Russia's landmines.") == {}
    assert controlled("The Kharkiv region is completely free of Ukraine forces, Moscow "
                      "said.") == {"UA-63": 100}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a side that withdrew (its forces) from a unit leaves it to the other
        ("Ukraine withdrew from the Luhansk region in July 2022.", {"UA-09"}, set()),
        ("Russia pulled its troops out of the Kyiv region in April 2022.", set(), {"UA-32"}),
        ("Russian forces pulled back from the Kharkiv region.", set(), {"UA-63"}),
        ("Russia did not withdraw its forces from the Kherson region.", set(), set()),
    ],
)  # fmt: skip
def test_withdrawn_from_a_region(text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_withdrawn_from_in_sudan_and_testland(sudan, testland_path):
    assert defender_held("The RSF pulled all its fighters out of Sennar State.") == {"SD-SI"}
    with using(load(testland_path)):
        assert controlled("Norland withdrew its forces from the whole of the Alpha region.") == {
            "TL-01": 0
        }


def test_put_out_of_a_whole_region_in_ukraine():
    text = "Ukrainian troops pushed Russian forces out of the whole of the Kharkiv region."
    assert controlled(text) == {"UA-63": 0}
    assert controlled("Russian forces were never pushed out of all of the Luhansk region.") == {}
    assert controlled("Putin has vowed to drive Ukrainian troops out of all of Donetsk.") == {}


def _held_rows(text: str) -> list[tuple[str, str, str]]:
    return [(e.region_code, e.holder, e.reason) for e in read(text).evidence if e.kind == "held"]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Khartoum State was seized by the RSF in 2023.",
         [("SD-KH", "RSF", "held by RSF, no share given")]),
        ("The army, which the RSF has fought since 2023, controls Gezira State.",
         [("SD-GZ", "the army", "held by the army, no share given")]),
        ("Rebel-held Gezira State is quiet.", [("SD-GZ", "", "holder unclear: 'Rebel-held'")]),
        ("Fighters took control of Gezira State.",
         [("SD-GZ", "", "holder unclear: the text does not say who 'took control of'")]),
        ("The RSF does not control Gezira State.", [("SD-GZ", "", "negated ('not')")]),
        ("If the RSF controls Gezira State, the road is cut.",
         [("SD-GZ", "", "hypothetical, demanded or not achieved, not reported ('If')")]),
        ("Fighters were driven out of Gezira State.",
         [("SD-GZ", "", "holder unclear: the text does not say who was put out "
                        "('driven out of')")]),
        ("The army drove the RSF out of Gezira State.",
         [("SD-GZ", "the army", "held by the army, no share given; "
                                "RSF put out ('drove the RSF out of')")]),
    ],
)  # fmt: skip
def test_every_statement_of_holding_has_its_row(sudan, text, rows):
    assert _held_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # events: taken over, taken back, lost to the other side
        ("The RSF took over West Darfur State in November.", {"SD-DW"}, set()),
        ("The army has taken back Sennar State.", set(), {"SD-SI"}),
        ("The RSF has lost Khartoum State to the army.", set(), {"SD-KH"}),
        ("The RSF is now firmly in control of South Darfur State.", {"SD-DS"}, set()),
        ("Since March, Gezira State has been back in army hands.", set(), {"SD-GZ"}),
        ("Gezira State has been under RSF control since December.", {"SD-GZ"}, set()),
        # taken, then lost in the same sentence: the side it was lost to holds it
        ("The RSF overran Gezira State in December, but lost it to the army weeks later.",
         set(), {"SD-GZ"}),
        ("The RSF overran Gezira State in December, but lost it weeks later.", set(), {"SD-GZ"}),
        ("The RSF took control of Sennar State in 2024 before retreating weeks later.",
         set(), set()),
        ("The RSF seized Gezira State in 2023 but was forced to withdraw in 2025.", set(), set()),
        # the side it was taken from, then the side that took it
        ("Gezira State was liberated from the RSF by the army.", set(), {"SD-GZ"}),
        ("Gezira State was taken from the army by the RSF.", {"SD-GZ"}, set()),
        # "it" after a verb: the units of the statement before it in the sentence
        ("The RSF seized Gezira State in 2023, but the army retook it in 2025.", set(),
         {"SD-GZ"}),
        ("Sennar State fell to the RSF before the army recaptured it.", set(), {"SD-SI"}),
        ("The RSF took North Darfur State and still controls it.", {"SD-DN"}, set()),
        ("The army lost Sennar State and has not retaken it.", {"SD-SI"}, set()),
        ("The army controls the capital and has held it since March.", set(), set()),
        # a state of an earlier time is not of the text's date; an event's outcome lasts
        ("The RSF controlled Gezira State in 2024.", set(), set()),
        ("The RSF took control of Gezira State in 2024.", {"SD-GZ"}, set()),
        # each side said to hold it: no guess at whose it is now
        ("The RSF seized Gezira State in 2023. The army retook Gezira State in 2025.",
         set(), {"SD-GZ"}),
    ],
)  # fmt: skip
def test_statements_of_holding_over_time(sudan, text, ours, theirs):
    assert held(text) == ours
    assert defender_held(text) == theirs


def test_a_share_of_a_group_is_not_a_share_of_each_unit(sudan):
    assert controlled("The RSF holds about 40% of Darfur.") == {}
    # nor is the statement it qualifies held, no share given, of each
    assert held("The RSF holds Darfur (80%) and much of Kordofan.") == set()
    assert controlled("The RSF holds North Darfur (90%).") == {"SD-DN": 90}
    assert controlled("The RSF holds all of Darfur.") == dict.fromkeys(
        ("SD-DC", "SD-DE", "SD-DN", "SD-DS", "SD-DW"), 100
    )


def test_a_capital_is_not_its_state(sudan):
    assert held("RSF fighters seized El Fasher, the capital of North Darfur, in October.") == set()
    assert controlled("The RSF controls 90% of El Fasher, the state capital.") == {}


def test_a_list_of_units_under_a_heading_with_a_verb_of_holding(sudan):
    text = (
        "Where things stand\n\nThe RSF controls:\n- all five Darfur states except parts of North "
        "Darfur\n- most of West Kordofan\n\nThe army holds the following states:\n- Khartoum "
        "State\n- Gezira and Sennar states\n- the north and east\n\nFighting goes on in Sennar "
        "State."
    )
    assert held(text) == {"SD-DC", "SD-DE", "SD-DS", "SD-DW"}
    assert defender_held(text) == {"SD-KH", "SD-GZ", "SD-SI"}
    # a heading with no verb of holding makes its lines nothing
    assert held("States named in the report:\n- Khartoum State\n- Gezira State") == set()
    assert held("The RSF does not control:\n- Khartoum State") == set()


def test_a_list_under_a_heading_is_read_when_nothing_else_is(sudan):
    text = "The RSF controls:\n- North Darfur State\n- West Kordofan State\n"
    assert held(text) == {"SD-DN", "SD-GK"}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a heading of units a side holds, by the side's adjective or a passive's agent
        ("RSF-held states:\n- North Darfur\n- South Darfur\n", {"SD-DN", "SD-DS"}, set()),
        ("States held by the army:\n\n- Gezira State\n- White Nile\n", set(),
         {"SD-GZ", "SD-NW"}),
        ("Areas controlled by the paramilitaries:\n- West Kordofan State\n", {"SD-GK"}, set()),
        # ... not one whose words name no side, nor no holding
        ("States held in the war:\n- Gezira State\n", set(), set()),
        ("States the RSF lost:\n- Gezira State\n", set(), set()),
        ("Hardest-hit states:\n- Gezira State\n", set(), set()),
    ],
)  # fmt: skip
def test_a_list_under_a_heading_of_what_a_side_holds(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_a_list_under_a_heading_of_what_a_side_holds_in_testland(testland):
    text = "Norland-held regions:\n- the Alpha region\n- the Beta region\n"
    assert held(text) == {"TL-01", "TL-02"}


def test_a_table_of_who_holds_what(sudan):
    text = (
        "Who controls Sudan's states:\n\n- North Darfur: RSF\n- South Darfur – the RSF\n"
        "- Khartoum State: army\n- Gezira State: army (retaken in January 2025)\n"
        "- North Kordofan: contested\n- Kassala: army\n- West Kordofan: RSF attacks go on"
    )
    assert held(text) == {"SD-DN", "SD-DS"}
    assert defender_held(text) == {"SD-KH", "SD-GZ"}  # "Kassala" alone is the city


def test_a_whole_not_yet_taken_in_sudan_and_testland(sudan):
    assert controlled("The RSF is closing in on full control of North Darfur.") == {}
    assert held("The RSF is on the verge of seizing North Darfur State.") == set()
    assert controlled("The RSF has full control of North Darfur.") == {"SD-DN": 100}


def test_a_region_taken_and_left_is_not_held():
    assert held("Russian forces took control of the Sumy region in March 2022 before "
                "retreating weeks later.") == set()  # fmt: skip
    assert held("Russia captured the Kherson region in 2022 and still holds it.") == {"UA-65"}


def test_a_whole_not_yet_taken_in_testland(testland):
    assert controlled("Norland is close to taking full control of the Beta region.") == {}
    assert controlled("Norland has taken full control of the Beta region.") == {"TL-02": 100}


def test_an_actor_of_an_earlier_main_clause_holds_nothing_in_a_later_one(sudan):
    text = "The army says the RSF holds North Darfur; it says its own forces hold Northern State."
    assert held(text) == {"SD-DN"}
    assert defender_held(text) == set()  # whose "its own forces" are is unclear: no figure
    assert held("The RSF swept across Darfur; it now controls West Darfur State.") == {"SD-DW"}
    [figure] = read("The RSF says it controls West Kordofan state; the army denies this.").figures
    assert figure.note == "disputed: 'the army denies this'"


def test_fighters_loyal_to_a_side_and_lists_along_with_more(sudan):
    assert controlled("Fighters loyal to Hemedti now hold all of West Darfur.") == {"SD-DW": 100}
    text = "The army holds Kassala and Red Sea states, along with River Nile and Northern states."
    assert defender_held(text) == {"SD-KA", "SD-RS", "SD-NR", "SD-NO"}


def test_a_statement_of_holding_leaves_out_what_it_excepts(sudan):
    assert held("The RSF controls all five Darfur states except parts of North Darfur.") == {
        "SD-DC", "SD-DE", "SD-DS", "SD-DW"
    }  # fmt: skip
    # a town the profile's localities place: its state is not said to be held whole
    assert held("The RSF holds North and South Darfur, apart from El Fasher.") == {"SD-DS"}
    assert held("The RSF holds North and South Darfur, apart from a few villages.") == {
        "SD-DN", "SD-DS"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Al-Fashir, the last army stronghold in Darfur, fell to the RSF after a siege.", set()),
        ("Most of Gezira State fell to the RSF.", set()),
        ("The state of Sennar fell to the RSF.", {"SD-SI"}),
        ("North Darfur fell to the RSF.", {"SD-DN"}),
    ],
)
def test_the_subject_of_a_passive_verb_is_not_a_place_something_is_in(sudan, text, expected):
    assert held(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a city in a unit, out of one side's hands: the city's state, not the unit's
        "El Fasher, the last major city in Darfur outside the RSF's control, fell in October.",
        "The last city in North Darfur outside RSF control has fallen.",
        "El Fasher is the last city in Darfur under army control.",
    ],
)
def test_a_city_in_a_unit_out_of_one_sides_hands_is_no_unit(sudan, text):
    assert (held(text), defender_held(text)) == (set(), set())
    # ... but "the state of X" is the unit
    assert defender_held("The state of Sennar is outside RSF control.") == {"SD-SI"}


def test_a_state_capital_named_by_its_state_is_no_state(sudan):
    assert held("The RSF seized control of the Blue Nile state capital, Ed Damazin.") == set()
    assert defender_held("The army holds the Gezira state capital.") == set()
    assert held("The RSF captured North Darfur state capital El Fasher in October.") == set()
    # a group's capitals are towns, not its units
    assert held("The fall of El Fasher gave the RSF control of all Darfur state capitals.") == set()
    assert held("The RSF now controls all five Darfur capitals.") == set()
    assert held("The RSF holds the Kordofan city of Babanusa.") == set()
    assert held("The RSF seized control of Blue Nile state in May.") == {"SD-NB"}


def test_a_list_of_units_before_a_passive_verb_is_held_whole(sudan):
    text = "Khartoum, Gezira and Sennar states are back under the control of the Sudanese army."
    assert defender_held(text) == {"SD-KH", "SD-GZ", "SD-SI"}
    assert held("North Darfur and West Darfur are under RSF control.") == {"SD-DN", "SD-DW"}
    # a list cut by another word is not one list
    assert held("Kassala, and since May also Gedaref State, are under RSF control.") == {"SD-GD"}
    assert held("The army has lost North Darfur to the RSF.") == {"SD-DN"}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("The army said it had fully liberated White Nile State.", {"SD-NW": 0}, {}),
        ("The RSF has completely captured West Darfur state, residents said.", {"SD-DW": 100}, {}),
        ("The army has not fully liberated Gezira State.", {}, {}),
        ("Gezira State has never been fully retaken by the army.", {}, {}),
    ],
)  # fmt: skip
def test_an_adverb_before_an_active_verb_is_of_its_object(sudan, text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


def test_an_adverb_before_an_active_verb_in_testland_and_ukraine(testland):
    assert controlled("Norland has completely occupied the Beta region.") == {"TL-02": 100}
    assert controlled("Testland has not completely liberated the Beta region.") == {}
    assert controlled("The Beta region is now fully occupied by Norland.") == {"TL-02": 100}


def test_an_adverb_of_an_active_verb_in_ukraine():
    assert controlled("Ukraine has fully liberated the Kyiv region.") == {"UA-32": 0}
    assert controlled("Russian forces have not fully occupied the Luhansk region.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "The RSF says it controls all of West Darfur, a claim the army denies.",
        "The RSF now holds West Darfur State, which the military disputes.",
        "The RSF's control of all of West Darfur, disputed by the army, is not confirmed.",
    ],
)
def test_a_statement_the_text_says_is_disputed_is_marked(sudan, text, caplog):
    reading = read(text)
    [figure] = reading.figures
    assert figure.region_code == "SD-DW"
    assert "disputed: '" in figure.note
    assert reading.summaries[0].disputed == [f"West Darfur ('{figure.note[11:-1]}')"]
    assert "someone disputes: West Darfur" in caplog.text
    [row] = [e for e in reading.evidence if e.decision == USED]
    assert "disputed" in row.reason


def test_a_statement_nobody_disputes_is_not_marked(caplog):
    reading = read("Russia controls 70% of the Donetsk region, the governor said.")
    assert [f.note for f in reading.figures] == [""]
    assert reading.summaries[0].disputed == []
    assert "disputes" not in caplog.text
    marked = read("Russia says it holds 99% of the Luhansk region, which Kyiv denies.")
    assert [f.controlled_pct for f in marked.figures] == [99]
    assert "disputed: 'which Kyiv denies'" in marked.figures[0].note
    # ... or calls exaggerated (inflated, false): kept, marked disputed
    marked = read("Moscow says it holds 90% of Donetsk, a claim analysts call exaggerated.")
    assert [f.controlled_pct for f in marked.figures] == [90]
    assert "disputed: 'a claim analysts call exaggerated'" in marked.figures[0].note
    unmarked = read("Russia holds 70% of Donetsk, which analysts consider a strategic prize.")
    assert [f.note for f in unmarked.figures] == [""]
    # the next sentence of the paragraph, not the next paragraph's
    after = read("Moscow says it controls 99.9% of the Luhansk region. Ukraine disputes that.")
    assert [f.note for f in after.figures] == ["disputed: 'Ukraine disputes that'"]
    apart = read("Moscow says it controls 99.9% of the Luhansk region.\n\nKyiv denied it.")
    assert [f.note for f in apart.figures] == [""]
    # a dispute no one makes: "a figure Kyiv does not dispute", "which no one denies"
    for text in (
        "Moscow says it holds 99% of the Luhansk region, a figure Kyiv does not dispute.",
        "Russian troops hold 99% of Luhansk, which nobody seriously denies.",
        "Moscow says it holds 99% of the Luhansk region. Kyiv doesn't dispute that.",
    ):
        assert [f.note for f in read(text).figures] == [""], text


def test_the_joint_forces_beside_the_army_are_its_side(sudan):
    assert defended("The joint forces control about 30% of North Darfur.") == {"SD-DN": 30}
    assert held("The RSF drove the joint forces out of North Darfur State.") == {"SD-DN"}


def test_a_share_of_sudan_is_of_the_country(sudan):
    assert controlled("The RSF controls about a third of Sudan's territory.") == {}


def test_a_later_statement_of_holding_is_not_hidden_by_an_earlier_share():
    from geomap.by_date import carry_forward
    from geomap.figures import Figure

    june, november = dt.date(2025, 6, 20), dt.date(2025, 11, 5)
    share = Figure(region_code="UA-09", region="Luhansk", as_of=june, controlled_pct=60.0)
    held = Figure(region_code="UA-09", region="Luhansk", as_of=november, held=True)
    claim = Figure(region_code="UA-09", region="Luhansk", as_of=november, claimed=True)
    assert carry_forward({june: [share], november: [held]})[november] == [held]
    (kept,) = carry_forward({june: [share], november: [claim]})[november]
    assert (kept.controlled_pct, kept.claimed) == (60.0, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow annexed the Donetsk and Luhansk regions in 2022. Kyiv says all four annexations "
         "are void, but Russia insists the two are part of Russia.", {"UA-14", "UA-09"}),
        ("Putin signed laws on the accession of the Kherson and Zaporizhzhia regions. Kyiv "
         "rejects their accession.", {"UA-65", "UA-23"}),
        ("The Duma approved the incorporation of the Kherson region into the Russian "
         "Federation.", {"UA-65"}),
        ("The treaty confirmed the inclusion of the Zaporizhzhia region in Russia.", {"UA-23"}),
        ("Under Russia's constitution, the Luhansk region is Russian territory.", {"UA-09"}),
        ("Russia seized the peninsula in 2014. Moscow annexed it weeks later.",
         {"UA-43", "UA-40"}),
        # taken into the state, with a list between dashes
        ("A decree absorbed two provinces - Kherson and Zaporizhzhia - into Russia.",
         {"UA-65", "UA-23"}),
        ("The Russian Federation formally incorporated the Luhansk region after the vote count.",
         {"UA-09"}),
        ("The Kremlin declared the Donetsk and Luhansk regions to be Russian \"for ever\".",
         {"UA-14", "UA-09"}),
        ("Officials deemed the Kherson region to be part of Russia.", {"UA-65"}),
        ("The Luhansk region is now, in the Kremlin's telling, Russian soil.", {"UA-09"}),
        ("Moscow insists that Zaporizhzhia is Russian.", {"UA-23"}),
        ("The Kremlin wants Kyiv to withdraw from the rest of the Donetsk region, which Moscow "
         "regards as Russian.", {"UA-14"}),
        ("Putin said Russia would never give back the annexed regions of Zaporizhzhia and "
         "Kherson.", {"UA-23", "UA-65"}),
        ("Russia would annex the Kharkiv region if it could.", set()),
        ("Kyiv regards the Donetsk region as Ukrainian.", set()),
        ("The Kherson region is \"Russian\", the Kremlin said.", {"UA-65"}),
        ("The Duma ratified treaties absorbing the Luhansk and Donetsk people's republics.",
         {"UA-09", "UA-14"}),
        # a relative clause states what is, whatever the mood of the clause it hangs on
        ("A deal might oblige Kyiv to give up the Donetsk region, which Moscow claims as its own.",
         {"UA-14"}),
    ],
)  # fmt: skip
def test_claims_of_regions_named_before_and_other_claim_wordings(text, expected):
    claimed = {f.region_code for f in read(text).figures if f.claimed}
    assert claimed == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky declared the Kharkiv region to be Russian-free after the counter-offensive.",
        "The troops were found to be Russian soldiers from the Kherson region.",
        "The plan would see the Donetsk region absorbed into a demilitarised zone.",
        "If Moscow incorporated the Sumy region, sanctions would follow.",
        "Engineers integrated the Kherson region's grid into Russia's power system.",
        "In the Donetsk region, the language most people speak at home is Russian.",
        "The Luhansk region is Russian-speaking, a survey found.",
        "The Zaporizhzhia region is Russian-occupied in the south.",
    ],
)
def test_wordings_near_a_claim_that_claim_nothing(text):
    assert _claimed(text) == set()


def test_claim_wordings_in_testland(testland):
    assert _claimed("The Regent declared Alpha and Beta to be Norlandic forever.") == {
        "TL-01", "TL-02"
    }  # fmt: skip
    assert _claimed("Borgholm formally incorporated Gamma last spring.") == {"TL-03"}
    assert _claimed("Testland declared Gamma to be Testlandic.") == set()
    assert _claimed("Testland insists on its claim to Gamma.") == set()
    assert _claimed("Norland lays claim to all of Gamma.") == {"TL-03"}


def test_a_referring_word_with_nothing_named_before_claims_nothing():
    assert [f for f in read("Russia says all four are part of Russia.").figures] == []


def test_annexed_it_is_the_region_named_before(testland):
    # Testland has no earlier annexation: "annexed it" refers to what the sentence before names.
    text = "Norland took the Beta region last year. The Regent annexed it in March."
    assert {f.region_code: f.claimed for f in read(text).figures if f.claimed} == {"TL-02": True}


def test_a_side_before_a_hyphen_holds_what_follows(sudan):
    text = "Fighting raged in RSF-controlled South Darfur state and in army-held Kassala State."
    assert held(text) == {"SD-DS"}  # Kassala is the army's: reported, not the RSF's
    rows = {(e.region_code, e.holder) for e in read(text).evidence}
    assert rows == {("SD-DS", "RSF"), ("SD-KA", "the army")}


def test_an_occupied_region_named_in_passing_is_not_held():
    assert held("Shelling hit the Russian-occupied Kherson region overnight.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials in Moscow said 95% of the territory of the People's Republic of Luhansk had "
         "been liberated.", {"UA-09": 95}),
        ("The separatist leader said 60% of the DPR is under Russian control.", {"UA-14": 60}),
    ],
)  # fmt: skip
def test_the_names_moscow_gives_the_regions(text, expected):
    assert controlled(text) == expected


def test_an_inferred_figure_is_not_credited_to_whoever_the_sentence_quotes():
    text = "Crimea, annexed in 2014, will never return, Vasily Nebenzya said."
    figures = {f.region_code: f for f in read(text).figures}
    assert figures["UA-43"].basis == "inferred"
    assert figures["UA-43"].source == "t.txt"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("According to the Institute for the Study of War, the front barely moved. Russia holds "
         "70% of the Donetsk region.", "Institute for the Study of War"),
        ("According to ISW, the front barely moved.\n\nRussia holds 70% of the Donetsk region.",
         "t.txt"),  # another paragraph: not its source
        ("The front barely moved, Zelensky said. Russia holds 70% of the Donetsk region.",
         "t.txt"),  # a speaker of the sentence before is not the source of this one
    ],
)  # fmt: skip
def test_according_to_in_the_sentence_before_credits_the_figure(text, source):
    (figure,) = read(text).figures
    assert figure.source == source


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # A text in Moscow's terms throughout: an agentless "liberated" is Russia's.
        ("The DPR's leader spoke in Donetsk, and the LPR's too. About 70% of the Zaporizhzhia "
         "region has been liberated, he said.", {"UA-23": 70}, {}),
        # One mention of the DPR in a report from Kyiv makes no such text.
        ("The DPR's leader spoke in Donetsk. About 70% of the Zaporizhzhia region has been "
         "liberated, the governor said.", {}, {"UA-23": 70}),
        # ... nor its name and abbreviation side by side, one mention
        ("Russia annexed the Donetsk People's Republic (DPR) in 2022.\nAbout 30% of the Kherson "
         "region has been liberated.", {}, {"UA-65": 30}),
        # A text that keeps its distance ("so-called") is not in those terms.
        ("The so-called DPR and LPR held parades. About 70% of the Zaporizhzhia region has been "
         "liberated, the governor said.", {}, {"UA-23": 70}),
        # "liberated from occupation" is the defender's sense in any text.
        ("The DPR and LPR leaders met. Only 30% of the Kherson region has been liberated from "
         "occupation.", {}, {"UA-65": 30}),
        # ... and "from" the defending side in the other side's words: the controlling side's
        ("Officials say 70% of the Zaporizhzhia region has been liberated from Ukrainian "
         "nationalists.", {"UA-23": 70}, {}),
        ("About 60% of the region of Zaporizhzhia was liberated from Ukrainian militants.",
         {"UA-23": 60}, {}),
    ],
)  # fmt: skip
def test_a_text_framed_from_moscow_and_one_that_is_not(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


_WORDS = [
    "Russia",
    "RUSSIAN",
    "annexed",
    "ANNEXATION",
    "Controls",
    "held",
    "75%",
    "half",
    "Kherson",
    "İstanbul",
    "the",
    "Region",
    "whole",
    "Accession",
    "seized",
    "ΣΟΦΊΑ",
    ".",
    "part",
    "of",
    "territory",
    "Federation",
    "as",
    "its",
    "own",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=60))
def test_the_lower_case_scan_finds_the_sentences_the_case_blind_one_does(words):
    """The scan for cues runs on the text in lower case with patterns in lower case: it finds
    exactly the sentences the case-blind patterns find in the text as written."""
    from geomap.extract import scan
    from geomap.extract.claim_words import cues as claim_cues
    from geomap.extract.document import Document
    from geomap.extract.held_words import CUES as held_cues
    from geomap.extract.share_words import CUES as share_cues
    from geomap.extract.sides import sides

    text = " ".join(words)
    for pattern in (*share_cues, claim_cues(), sides().pattern(held_cues)):
        fast = Document(text)
        slow = Document(text)
        slow.__dict__["_lower"] = None  # the scan as written, case-blind
        assert fast.hits(pattern) == slow.hits(pattern), text
        assert scan.folded(pattern) is not None
    # Patterns in a tuple: the sentences any of them finds.
    both = Document(text)
    assert both.hits(share_cues) == both.hits(share_cues[0]) | both.hits(share_cues[1])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "It" is the one side the sentence before names.
        ("Russia pressed on in the east. It controls all of the Luhansk region.", {"UA-09": 100}),
        # The other side named just before: never the holder of an earlier figure.
        ("Russia holds 70% of the Donetsk region. Ukraine counterattacked in the north. "
         "It controls all of the Sumy region.", {"UA-14": 70, "UA-59": 0}),
        # Both sides named just before: whose "it" is unclear, so no figure.
        ("Russia holds 60% of the Kherson region. Ukraine and Russia traded strikes overnight. "
         "It controls all of the Kharkiv region.", {"UA-65": 60}),
        # Another paragraph: the sentence before does not reach.
        ("Kyiv's army pushed forward.\n\nIt controls all of the Sumy region.", {}),
    ],
)  # fmt: skip
def test_it_is_the_side_the_sentence_before_names(text, want):
    assert controlled(text) == want


def test_it_holds_a_unit_named_as_one(sudan):
    assert held("The RSF swept across Darfur last year. It now controls West Darfur State.") == {
        "SD-DW"
    }
    text = "The army regrouped in the east. It has since taken control of Gezira State."
    assert (held(text), defender_held(text)) == (set(), {"SD-GZ"})
    text = "The RSF and the army fought for months. It now controls North Darfur State."
    assert (held(text), defender_held(text)) == (set(), set())  # whose "it" is unclear


def test_it_is_the_side_named_before_in_testland_too(testland):
    text = "Testland's army regrouped in the south. It now controls all of Beta."
    assert controlled(text) == {"TL-02": 0}
    assert controlled("Norland pressed on. It controls all of Alpha.") == {"TL-01": 100}


def _claimed(text: str) -> set[str]:
    return {f.region_code for f in read(text).figures if f.claimed}


def test_the_controlling_side_declaring_regions_its_own_claims_them():
    text = "Moscow then declared three regions its own: Donetsk, Luhansk and Kherson."
    assert _claimed(text) == {"UA-14", "UA-09", "UA-65"}
    # The other side declaring a place its own claims nothing for the controlling side.
    assert _claimed("Ukraine declared the village its own again, in the Sumy region.") == set()
    # ... the regions named in an aside between dashes after "its own"
    text = "The regions Moscow considers its own - Luhansk, Kherson and Donetsk - are contested."
    assert _claimed(text) == {"UA-14", "UA-09", "UA-65"}


def test_declared_its_own_in_testland_too(testland):
    assert _claimed("Norland has declared two regions its own: Alpha and Beta.") == {
        "TL-01", "TL-02"
    }  # fmt: skip
    assert _claimed("Testland declared Gamma its own once more.") == set()


def test_a_list_of_units_needs_no_noun_and_a_city_between_is_no_subject(sudan):
    assert held("The RSF controls South Darfur and Central Darfur, two of the states.") == {
        "SD-DS", "SD-DC"
    }  # fmt: skip
    assert held("The capital of Gezira State, Wad Madani, fell to the RSF.") == set()
    # a relative clause on the capitals of units listed after "of" is the capitals'
    text = "The RSF shelled the capitals of Gezira and Sennar, which remain under army control."
    assert defender_held(text) == set()
    text = "The army retook the states of Gezira and Sennar, which remain under army control."
    assert defender_held(text) == {"SD-GZ", "SD-SI"}


def test_a_side_in_an_insertion_does_not_retake():
    text = ("The Russian army, which Ukrainian troops have fought since 2014, has retaken 35% of "
            "the Kharkiv region.")  # fmt: skip
    assert controlled(text) == {"UA-63": 35}
    # a region's loss "to" a side is that side's holding; harm done by its weapons is none
    assert controlled("The Luhansk region has lost 70% of its territory to Russian forces.") == {
        "UA-09": 70
    }
    assert controlled("The Luhansk region has lost 30% of its territory to Russian mines.") == {}


def test_no_side_put_out_of_all_of_a_unit_is_no_figure(sudan):
    reading = read("Fighters were driven out of all of Gezira State.")
    assert [f for f in reading.figures if f.controlled_pct is not None] == []
    (row,) = [e for e in reading.evidence if e.kind == "share"]
    assert row.reason == ("holder unclear: the text does not say who was put out ('driven out of')")


def test_taken_over_is_no_hedge_and_a_closing_the_kremlin_claims_is_who_says_it():
    reading = read("Russian troops have taken over the entire Luhansk region, the Kremlin claims.")
    assert [(f.region_code, f.controlled_pct, f.claimed) for f in reading.figures] == [
        ("UA-09", 100, None)
    ]
    assert controlled("Russia controls over 70% of the Donetsk region.") == {"UA-14": 70}
    assert _claimed("The Donetsk region is one of the regions Moscow claims.") == {"UA-14"}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says Russian troops hold 65% of the Donetsk region, far less than Moscow claims.",
        "Russian troops hold 90% of the Donetsk region, as Moscow claims.",
    ],
)
def test_a_figure_compared_with_what_a_side_claims_is_no_claim_of_land(text):
    assert _claimed(text) == set()
    assert {f.region_code for f in read(text).figures if f.controlled_pct is not None} == {"UA-14"}


def test_the_republic_is_the_one_named_before():
    text = "According to the DPR's head, about 75% of the republic's territory has been liberated."
    assert controlled(text) == {"UA-14": 75}


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        # a word that is a unit's name with the noun closing the list: "Northern State"
        ("Government troops hold Northern and River Nile states.", {"SD-NO", "SD-NR"}),
        ("The army controls Kassala, Northern and Red Sea states.", {"SD-KA", "SD-NO", "SD-RS"}),
        # the army-backed government is the army's side
        ("The government, which sits in Port Sudan, controls Red Sea State.", {"SD-RS"}),
    ],
)  # fmt: skip
def test_units_the_army_holds_in_lists_and_by_its_government(sudan, text, theirs):
    assert defender_held(text) == theirs
    assert held(text) == set()


def test_a_word_that_is_no_unit_with_the_noun_closing_the_list_names_none(sudan):
    assert defender_held("The army controls Southern and River Nile states.") == set()
    assert defender_held("The army controls Northern and River Nile towns.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "After the fall of Avdiivka in February, Russia controls about 70% of the Donetsk region.",
        "Following the capture of a town in March, Russian troops hold 70% of the Donetsk region.",
    ],
)
def test_an_opening_phrase_dates_the_event_not_the_figure(text):
    assert controlled(text) == {"UA-14": 70}


def test_a_date_in_the_statements_own_words_still_counts():
    text = "After the fall of Avdiivka, Russia controlled 70% of the Donetsk region in 2023."
    assert controlled(text) == {}


def test_an_opening_phrase_before_a_statement_of_holding(sudan, testland_path):
    text = "After the fall of El Fasher in October, the RSF controls all five Darfur states."
    assert held(text) == {"SD-DC", "SD-DE", "SD-DN", "SD-DS", "SD-DW"}
    assert held("In October the RSF controlled all five Darfur states.") == set()
    with using(load(testland_path)):
        later = "After the siege of Midburg in May, Norland controls 40% of Beta."
        assert controlled(later) == {"TL-02": 40}
        assert controlled("In May 2024, Norland controlled 40% of Beta.") == {}


def test_a_share_of_a_part_of_a_region_is_not_of_the_region(testland_path):
    text = "Ukrainian forces have retaken 12% of the occupied territory of the Kharkiv region."
    assert defended(text) == {}
    assert controlled(text) == {}
    assert controlled("Russia holds 90% of the territory of the Luhansk region.") == {"UA-09": 90}
    assert controlled("Russia holds 90% of the occupied Luhansk region.") == {"UA-09": 90}
    # "the occupied X region": the occupied part, unless the controlling side holds the share
    liberated = "Ukrainian troops have freed about 40% of the occupied Kherson region."
    assert defended(liberated) == {}
    assert defended("Ukraine holds 30% of the partly occupied Donetsk region.") == {"UA-14": 30}
    with using(load(testland_path)):
        assert controlled("Norland holds 30% of the contested land of Beta.") == {}
        assert controlled("Norland holds 30% of the land of Beta.") == {"TL-02": 30}


@pytest.mark.parametrize(
    "text",
    [
        "The army lost Gezira State to the RSF in 2023 before retaking it this year.",
        "The RSF seized Sennar State in June, but government troops took it back in November.",
        "RSF fighters took control of Gezira State and held it for a year before the army "
        "recaptured it.",
    ],
)
def test_a_unit_that_changed_hands_again_in_the_sentence_gets_no_figure(sudan, text):
    assert held(text) == set()
    assert controlled(text) == {}


def test_a_unit_retaken_in_testland_gets_no_figure(testland_path):
    with using(load(testland_path)):
        text = "Norland took control of the Beta region, only to see Testland win it back."
        assert held(text) == set()
        assert held("Norland took control of the Beta region in May.") == {"TL-02"}


def test_a_two_word_unit_before_the_next_phrase_is_named(sudan):
    assert held("The RSF controls North Darfur after taking El Fasher.") == {"SD-DN"}
    assert held("The RSF, which formed in 2013, holds Blue Nile since the spring.") == {"SD-NB"}
    # a town's name is no unit, whatever follows it
    assert held("The RSF controls El Fasher after a long siege.") == set()


def test_a_gain_or_loss_over_a_period_in_testland(testland_path):
    with using(load(testland_path)):
        assert controlled("Norland has seized 8% of Beta since the spring.") == {}
        assert controlled("Testland has lost 8% of Beta in the past month.") == {}
        assert controlled("Norland has seized 80% of Beta since the war began.") == {"TL-02": 80}


def test_the_defending_country_named_before_an_aside_is_the_actor(testland_path):
    text = "Ukraine, whose forces withdrew from Avdiivka last year, still controls 30% of Donetsk."
    assert defended(text) == {"UA-14": 30}
    assert controlled(text) == {}
    with using(load(testland_path)):
        text = "Testland, according to its own generals, still holds 40% of Beta."
        assert defended(text) == {"TL-02": 40}
        assert controlled(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighting raged in Zaporizhzhia and Kherson. Russia claims both regions as its own.",
         {"UA-23": True, "UA-65": True}),
        ("The Kremlin wants all of Donetsk. Putin annexed the region, with three others, in 2022.",
         {"UA-14": True}),
        ("Crimea was seized in 2014. Moscow built a bridge to the peninsula, which it considers "
         "Russian territory.", {"UA-43": True, "UA-40": True}),
        ("Moscow says the Kherson and Zaporizhzhia regions belong to Russia.",
         {"UA-65": True, "UA-23": True}),
        # not annexed: no claim
        ("Moscow has not annexed the Kharkiv region.", {"UA-63": False}),
        ("Shelling hit the Sumy region. Russia has never formally annexed the region.",
         {"UA-59": False}),
        ("Kyiv considers Russian territory near the Kharkiv region a legitimate target.", {}),
        # "its annexation in 2014": the region named before, if the 2014 annexation concerns it
        ("Crimea hosts the Black Sea Fleet. Its annexation in 2014 was never recognised.",
         {"UA-43": True, "UA-40": True}),
        ("The Donetsk region was shelled. Its annexation in 2014 never happened.", {}),
    ],
)  # fmt: skip
def test_claims_by_reference_belonging_and_not_annexed(text, expected):
    assert {f.region_code: f.claimed for f in read(text).figures if f.claimed is not None} == (
        expected
    )


def test_claims_by_reference_in_testland(testland_path):
    with using(load(testland_path)):
        text = "Shells fell on Alpha and Beta. Norland claims both regions as its own."
        assert _claimed(text) == {"TL-01", "TL-02"}
        assert _claimed("Borgholm says Gamma belongs to Norland.") == {"TL-03"}
        assert _claimed("Norland has not annexed Gamma.") == set()


def test_units_included_in_what_a_side_holds(sudan):
    text = "The army controls the north and east, including Khartoum, Gezira and Sennar states."
    assert defender_held(text) == {"SD-KH", "SD-GZ", "SD-SI"}
    assert held("The RSF holds the west of the country, including North Darfur.") == {"SD-DN"}
    # a part of something includes no whole unit; nor does a count
    assert held("The RSF holds parts of Kordofan, including West Kordofan.") == set()
    assert held("The RSF holds most of the west of Kordofan, including West Kordofan.") == set()
    # the country's parts by the compass, as "of the country": "most of the north, including A"
    assert held("The RSF holds most of the west, including North Darfur.") == {"SD-DN"}
    text = "The army keeps its foothold across most of the north — including Kassala and Sennar states."
    assert defender_held(text) == {"SD-KA", "SD-SI"}
    assert held("The RSF holds 12 towns, including some in North Darfur state.") == set()


def test_units_included_in_testland(testland_path):
    with using(load(testland_path)):
        assert held("Norland holds the south, including the Beta region.") == {"TL-02"}
        assert held("Norland holds pockets of the south, including the Beta region.") == set()


def test_it_is_carried_through_a_paragraph():
    text = ("Russia has occupied nearly 20% of Ukraine. In the east, it holds almost all of "
            "Luhansk. In Donetsk, its troops control roughly 70%, and they are advancing.")  # fmt: skip
    assert controlled(text) == {"UA-14": 70}
    # not into the next paragraph
    assert controlled(text.replace("Luhansk. In", "Luhansk.\n\nIn")) == {}


def test_the_country_as_a_place_is_no_actor_for_it_after_it(testland_path):
    with using(load(testland_path)):
        assert defended("Testland shelled positions in Norland. It holds 40% of Beta.") == {
            "TL-02": 40
        }  # fmt: skip
        # the other side named as the verb's object: "it" is the subject's
        assert defended("Testland shelled Norland. It holds 40% of Beta.") == {"TL-02": 40}
        # both as possible subjects: unclear
        assert defended("Testland and Norland traded fire. It holds 40% of Beta.") == {}
        assert controlled("Testland and Norland traded fire. It holds 40% of Beta.") == {}


# Actors of each side, the other side's name for an aside, and a unit, per profile: an aside
# naming the other side between the actor and its verb never moves the figure to it.
_SIDES = {
    "ukraine": (["Russia", "Russian forces", "Moscow's troops", "The Russian army"],
                ["Ukraine", "Ukrainian forces", "Kyiv's army", "The Ukrainian army"],
                ("Russia", "Ukraine"), "the Donetsk region", "UA-14"),
    "sudan": (["The RSF", "RSF fighters", "The Rapid Support Forces", "The paramilitaries"],
              ["The army", "The Sudanese army", "Government troops", "SAF units"],
              ("the RSF", "the army"), "North Kordofan state", "SD-KN"),
    "testland": (["Norland", "Norlandic forces", "The Regent"],
                 ["Testland", "Testlandic troops", "The TDF"],
                 ("Norland", "Testland"), "the Beta region", "TL-02"),
}  # fmt: skip


def _shares_in(name: str, text: str, testland_path) -> list[tuple]:
    """(region, controlled, defended) of each figure ``text`` gives with profile ``name``."""
    path = testland_path if name == "testland" else DATA / f"{name}.json"
    with using(load(path)):
        return [(f.region_code, f.controlled_pct, f.defender_pct) for f in read(text).figures]


def _one_share(controller: bool, code: str, pct: float) -> list[tuple]:
    return [(code, pct, None) if controller else (code, None, pct)]


class _Drawn(NamedTuple):
    name: str  # the profile
    controller: bool  # whether the subject is the controlling side
    subject: str  # a name of the subject's side as an actor
    own: str  # the subject side's name, and the other side's
    other: str
    rivals: list[str]  # the other side's names as an actor
    unit: str
    code: str


def _draw_sides(data) -> _Drawn:
    name = data.draw(st.sampled_from(sorted(_SIDES)))
    ours, theirs, names, unit, code = _SIDES[name]
    controller = data.draw(st.booleans())
    subject = data.draw(st.sampled_from(ours if controller else theirs))
    own, other = names if controller else names[::-1]
    return _Drawn(name, controller, subject, own, other, theirs if controller else ours, unit, code)


_PROPERTY = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


_ASIDES = [
    ", which {other} has fought for years,",
    # a relative clause that ends in its own verb: "which the army disputes"
    ", which {other} disputes,",
    ", which {other} accuses of abuses,",
    ", whose commanders {other} has sanctioned,",
    " ({other} disputes this)",
    " — {other}'s main target —",
    ", not {other},",
    ", according to {other},",
    ", despite attacks by {other},",
    # ... and one with a verb of its own before the other side, which ends it
    ", whose leader once served under {other},",
    ", which was once allied with {other},",
    ", whose fighters overran bases of {other},",
    ", which split from {other},",
    ", whose commander was the deputy of {other},",
    # an adjective's phrase, a likeness, a past, an owner's apposition with a time
    ", fresh from its victory over {other},",
    ", much like {other},",
    ", formerly part of {other},",
    ", {other}'s rival since 2023,",
    # a number's comma inside one
    ", having taken 4,000 square kilometres from {other} this year,",
    ", which lost 2,000 men to {other},",
]


@_PROPERTY
@given(data=st.data(), pct=st.integers(min_value=1, max_value=99))
def test_an_aside_naming_the_other_side_never_moves_the_figure(data, pct, testland_path):
    d = _draw_sides(data)
    aside = data.draw(st.sampled_from(_ASIDES)).format(other=d.other)
    verb = data.draw(st.sampled_from(["holds", "controls", "still holds", "now controls"]))
    text = f"{d.subject}{aside} {verb} {pct}% of {d.unit}."
    assert _shares_in(d.name, text, testland_path) == _one_share(d.controller, d.code, pct), text


@_PROPERTY
@given(data=st.data(), pct=st.integers(min_value=1, max_value=99))
def test_the_forces_of_a_sentences_only_source_are_its_own(data, pct, testland_path):
    """ "X holds ... . According to Y, its troops hold N% of U": Y's, whatever came before."""
    d = _draw_sides(data)
    before = data.draw(st.sampled_from(d.rivals))
    # ("the armed forces" is the Sudanese army's own name)
    bare = ["the armed forces"] if d.name != "sudan" else []
    forces = data.draw(st.sampled_from(["its troops", "its forces", "it", *bare]))
    verb = "hold" if forces != "it" else "holds"
    text = f"{before} shelled the front. According to {d.own}, {forces} {verb} {pct}% of {d.unit}."
    assert _shares_in(d.name, text, testland_path) == _one_share(d.controller, d.code, pct), text


@_PROPERTY
@given(
    data=st.data(),
    pct=st.integers(min_value=1, max_value=99),
    taken=st.sampled_from(["occupied", "seized", "captured briefly", "took", "held", "retook"]),
    item=st.sampled_from(["the river port", "parts of the border area", "the old city of Vell"]),
)
def test_an_aside_on_a_listed_place_never_moves_a_later_figure(
    data, pct, taken, item, testland_path
):
    """ "Ukrainian forces hold Kharkiv city, which Russian troops occupied in 2022, the regional
    capital and 30% of X": the aside's verb is the place's, not the figure's."""
    d = _draw_sides(data)
    verb = data.draw(st.sampled_from(["holds", "controls", "still holds"]))
    aside = data.draw(
        st.sampled_from(
            [
                "the fortress, which {other} {taken} in 2022,",
                "the fortress and the port, both of which {other} {taken} in 2022,",
                "the fortress — {other} {taken} it in 2022 —",
            ]
        )
    ).format(other=d.other, taken=taken)
    text = f"{d.subject} {verb} {aside} {item} and {pct}% of {d.unit}."
    assert _shares_in(d.name, text, testland_path) == _one_share(d.controller, d.code, pct), text


_OPENERS = [
    "Despite {other}'s attacks",
    "In a statement on Monday",
    "Since {other} lost the town",
    "As {other} regroups",
    "After months of fighting",
]
_SUBJECT_ASIDES = ["{other}'s main foe", "despite heavy losses to {other}", "which {other} shelled"]


@_PROPERTY
@given(data=st.data(), pct=st.integers(min_value=1, max_value=99))
def test_a_subject_between_an_opening_phrase_and_asides_keeps_its_figure(data, pct, testland_path):
    """ "Despite the RSF's attacks, the army, the RSF's main foe, controls 65% of X": the subject
    after the opening phrase, set off by the commas of the asides after it, is the actor."""
    d = _draw_sides(data)
    opener = data.draw(st.sampled_from(_OPENERS)).format(other=d.other)
    aside = data.draw(st.sampled_from(_SUBJECT_ASIDES)).format(other=d.other)
    subject = "the " + d.subject[4:] if d.subject.startswith("The ") else d.subject
    verb = data.draw(st.sampled_from(["controls", "still holds", "has retained", "keeps"]))
    text = f"{opener}, {subject}, {aside}, {verb} {pct}% of {d.unit}."
    assert _shares_in(d.name, text, testland_path) == _one_share(d.controller, d.code, pct), text


_PLACES_OF_THE_OTHER = [
    " still holds a foothold in {other}'s border region and",
    " has struck targets deep inside {other} and",
    " has moved troops across {other}'s border areas and",
    " keeps positions near {other}'s border and",
]


@_PROPERTY
@given(data=st.data(), pct=st.integers(min_value=1, max_value=99))
def test_the_other_side_as_a_place_never_takes_the_figure(data, pct, testland_path):
    """ "Ukraine still holds a foothold in Russia's Kursk region and controls 1% of X": a side
    named as where something is, is no actor (Sudan's sides are no countries: "rivals in the
    RSF" are its members)."""
    d = _draw_sides(data)
    assume(d.name != "sudan")
    place = data.draw(st.sampled_from(_PLACES_OF_THE_OTHER)).format(other=d.other)
    text = f"{d.subject}{place} controls {pct}% of {d.unit}."
    assert _shares_in(d.name, text, testland_path) == _one_share(d.controller, d.code, pct), text


def test_an_area_then_its_share_after_or(testland_path):
    text = ("Russian forces have occupied approximately 18,500 square kilometres of the Donetsk "
            "region, or about 70 percent.")  # fmt: skip
    assert controlled(text) == {"UA-14": 70}
    with using(load(testland_path)):
        assert controlled("Norland holds 3,000 km2 of Beta, or roughly 25%.") == {"TL-02": 25}
        # no area before it: "or" is no apposition
        assert controlled("Norland holds villages in Beta, or about 25%.") == {}


def test_the_subject_of_a_state_past_an_aside_and_by_a_longer_name(sudan):
    assert held("West Kordofan has been under RSF control since 2024.") == {"SD-GK"}
    text = "Sennar State, once held by the RSF, is now under army control."
    assert (held(text), defender_held(text)) == (set(), {"SD-SI"})
    # a town's name is no unit
    assert held("El Fasher has been under RSF control since October.") == set()


def test_the_subject_past_an_aside_in_ukraine():
    text = "The Luhansk region, which Ukraine once held in part, is now under Russian control."
    assert held(text) == {"UA-09"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia now holds 70pc of the Donetsk region, a British paper reported.", {"UA-14": 70}),
        ("Russia occupies nine-tenths of the Luhansk region.", {"UA-09": 90}),
        ("Russia controls eight-tenths of the Donetsk region.", {"UA-14": 80}),
        ("Russia holds seven-eighths of the Luhansk region.", {"UA-09": 87.5}),
        ("Russian forces hold three fourths of the Kherson region.", {"UA-65": 75}),
        ("Russia sold 20 PCs to the Donetsk region's schools.", {}),
        ("Russian troops control seventy per cent of the Donetsk region.", {"UA-14": 70}),
        ("Russia controls forty-five percent of the Kharkiv region.", {"UA-63": 45}),
        ("Russia holds one hundred per cent of the Luhansk region.", {"UA-09": 100}),
        ("Nineteen percent of voters in the Donetsk region backed him.", {}),
    ],
)
def test_more_ways_of_writing_a_share(text, expected):
    assert controlled(text) == expected


_UNITS = {"ukraine": ("the Zaporizhzhia region", "UA-23"), "sudan": ("Gezira State", "SD-GZ"),
          "testland": ("the Gamma region", "TL-03")}  # fmt: skip


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), first=st.integers(1, 99), second=st.integers(1, 99))
def test_a_second_clause_with_the_other_side_never_takes_the_first_holder(
    data, first, second, testland_path
):
    """ "A holds 40% of X, while B defends 60% of Y": Y's figure is never A's."""
    name = data.draw(st.sampled_from(sorted(_SIDES)))
    ours, theirs, _, unit, code = _SIDES[name]
    other_unit, other_code = _UNITS[name]
    controller = data.draw(st.booleans())
    subject = data.draw(st.sampled_from(ours if controller else theirs))
    other = data.draw(st.sampled_from(theirs if controller else ours))
    joint = data.draw(st.sampled_from([", while", ", whereas", " and", ", but"]))
    verb = data.draw(st.sampled_from([" defends", " patrols", " contests", " shells", ""]))
    text = f"{subject} holds {first}% of {unit}{joint} {other}{verb} {second}% of {other_unit}."
    path = testland_path if name == "testland" else DATA / f"{name}.json"
    with using(load(path)):
        figures = {f.region_code: (f.controlled_pct, f.defender_pct) for f in read(text).figures}
    assert figures.get(code) == ((first, None) if controller else (None, first)), text
    assert other_code not in figures or figures[other_code] == (
        (None, second) if controller else (second, None)
    ), text


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("Russian forces occupy 70% of the Donetsk region, while Ukrainian sappers have mined "
         "30% of the Zaporizhzhia region.", {"UA-14": 70}, {}),
        ("Russian soldiers occupy 20% of Ukraine, while Ukrainian soldiers patrol 100% of the "
         "Kyiv region.", {}, {}),
        # the second clause leaves out the first's verb of holding: Ukraine controls 30% of it
        ("Russia controls 70% of the Donetsk region and Ukraine 30% of the Zaporizhzhia region.",
         {"UA-14": 70}, {"UA-23": 30}),
        ("Russia holds 41% of the Donetsk region and Kyiv's army holds 23% of the Zaporizhzhia "
         "region.", {"UA-14": 41}, {"UA-23": 23}),
        # an aside naming the other side is no new clause
        ("Russia holds 99% of Luhansk, according to Ukrainian officials, and 70% of Donetsk.",
         {"UA-09": 99, "UA-14": 70}, {}),
        ("Russia controls 60% of Donetsk and Luhansk's land.", {"UA-14": 60, "UA-09": 60}, {}),
    ],
)  # fmt: skip
def test_a_second_clause_of_the_other_side(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


_HELD_UNITS = {
    "ukraine": ("the Donetsk region", "UA-14", "the Zaporizhzhia region", "UA-23"),
    "sudan": ("North Darfur State", "SD-DN", "Gezira State", "SD-GZ"),
    "testland": ("the Beta region", "TL-02", "the Gamma region", "TL-03"),
}


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_a_statement_of_holding_keeps_its_actor_past_asides_and_second_clauses(data, testland_path):
    """ "A, which B has fought for years, took control of X, while B holds Y": X is A's and Y
    is B's, whichever side A is."""
    name = data.draw(st.sampled_from(sorted(_SIDES)))
    ours, theirs, names, _, _ = _SIDES[name]
    first, first_code, second, second_code = _HELD_UNITS[name]
    controller = data.draw(st.booleans())
    subject = data.draw(st.sampled_from(ours if controller else theirs))
    other = names[1] if controller else names[0]
    aside = data.draw(st.sampled_from([*_ASIDES, ""])).format(other=other)
    verb = data.draw(st.sampled_from(["controls", "holds", "took control of", "is in control of"]))
    tail = data.draw(st.sampled_from(["", f", while {other} holds {second}",
                                      f" and {other} controls {second}"]))  # fmt: skip
    text = f"{subject}{aside} {verb} {first}{tail}."
    path = testland_path if name == "testland" else DATA / f"{name}.json"
    with using(load(path)):
        figures = read(text).figures
    mine = {first_code}
    others = {second_code} if tail else set()
    want = (mine, others) if controller else (others, mine)
    got = ({f.region_code for f in figures if f.held_only},
           {f.region_code for f in figures if f.defender_held})  # fmt: skip
    assert got == want, text


def test_asides_one_after_another_are_each_set_aside():
    text = ("Russia now controls about 19% of Ukraine, including Crimea, which it annexed in "
            "2014, nearly all of the Luhansk region and around 70% of the Donetsk region.")  # fmt: skip
    assert controlled(text) == {"UA-14": 70, "UA-43": 100, "UA-40": 100}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia partly occupies the Donetsk and Luhansk regions. It considers both regions, "
         "along with Crimea, to be part of its territory.",
         {"UA-14", "UA-09", "UA-43", "UA-40"}),
        ('Putin has said Donetsk and Luhansk are "forever" Russian.', {"UA-14", "UA-09"}),
        ('Moscow insists the Kherson region is now a "subject" of the Russian Federation.',
         {"UA-65"}),
        # who is Russian, or a Russian region, is not a region claimed
        ("Most of the fighters in the Donetsk region are Russian.", set()),
        ("Drones hit the Belgorod and Kursk regions, which are Russian regions bordering the "
         "Sumy region.", set()),
    ],
)  # fmt: skip
def test_several_named_before_beside_one_named_and_forever_russian(text, expected):
    assert _claimed(text) == expected


def test_circa_before_a_figure_ends_no_sentence():
    assert controlled("Russia controls c. 70% of the Donetsk region.") == {"UA-14": 70}
    # before a capital it still may: "... Annex C. Russia holds ..."
    text = "The map is in annex c. Russia holds 70% of the Donetsk region."
    assert controlled(text) == {"UA-14": 70}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Moscow tightened its grip on the Zaporizhzhia region, roughly 73% of which it "
         "occupies.", {"UA-23": 73}),
        ("Fighting went on in the Donetsk region, some 70 percent of which Russian forces hold.",
         {"UA-14": 70}),
        # "of which" after the country, not a region: a share of no region.
        ("Russia occupies about 20% of Ukraine, 60% of which lies in the Donetsk and Luhansk "
         "regions.", {}),
    ],
)  # fmt: skip
def test_a_share_of_which_is_of_the_region_named_just_before(text, want):
    assert controlled(text) == want


def test_a_share_of_which_in_testland(testland):
    assert controlled("Shelling went on across Beta, 40% of which Norland holds.") == {
        "TL-02": 40
    }  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "A 2022 law makes the Kherson and Zaporizhzhia regions constituent parts of the Russian "
        "Federation.",
        "Moscow regards Kherson and Zaporizhzhia as integral parts of Russia.",
    ],
)
def test_constituent_and_integral_parts_of_russia_are_claims(text):
    assert _claimed(text) == {"UA-65", "UA-23"}


def test_parts_of_russia_alone_are_no_claim():
    """Drones that struck "parts of Russia" from the Sumy region claim nothing of it."""
    assert _claimed("Drones launched from the Sumy region struck several parts of Russia.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Fighting raged across Darfur, 80% of which the RSF controls.",
        "RSF-held territory: Darfur (80%), Kordofan (40%).",
    ],
)
def test_a_share_of_a_group_named_before_it_is_of_no_single_state(sudan, text):
    """80% of Darfur is of its five states together: no state gets 80%."""
    assert controlled(text) == {}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "It" is who says it, not the holder of the paragraph before.
        ("Russia holds 70% of the Donetsk region.\n\nUkraine says it still controls roughly a "
         "quarter of the Zaporizhzhia region.", {"UA-14": 70}),
        ("Russia holds 70% of the Donetsk region.\n\nThe Ukrainian general staff said that it "
         "controls 25% of the Zaporizhzhia region.", {"UA-14": 70}),
        ("Ukraine holds 30% of the Donetsk region.\n\nMoscow claims it now controls 80% of the "
         "Kherson region.", {"UA-65": 80}),
        # Who says what of the other side: the other side holds it.
        ("Kyiv says Russia controls 70% of the Donetsk region.", {"UA-14": 70}),
    ],
)  # fmt: skip
def test_it_is_who_says_it(text, want):
    assert controlled(text) == want


def test_it_is_who_says_it_in_testland(testland):
    text = "Norland holds 60% of Alpha.\n\nTestland says it still controls 40% of Beta."
    assert controlled(text) == {"TL-01": 60}
    assert defended(text) == {"TL-02": 40}


def test_a_unit_is_held_by_who_says_it_holds_it(sudan):
    text = "The RSF holds North Darfur.\n\nThe army says it controls Gezira State."
    assert held(text) == {"SD-DN"}  # Gezira: the army's, reported as such


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # "its troops" after a verb of saying, the subject of a verb joined to their own
        ("Ukraine's General Staff said its troops had pushed the enemy back and now control "
         "around 35% of the Donetsk region.", {}, {"UA-14": 35}),
        ("Moscow said its forces had repelled Ukrainian attacks and now hold 80% of the "
         "Kherson region.", {"UA-65": 80}, {}),
        # the joined clause names a subject of its own: that side's
        ("Kyiv said its troops had withdrawn from Avdiivka and Russian forces now control 60% "
         "of the Donetsk region.", {"UA-14": 60}, {}),
        # ... or past asides between "its forces" and its verb
        ("Kyiv says its forces, despite heavy losses, still hold about 40% of the Donetsk "
         "region.", {}, {"UA-14": 40}),
        ("Kyiv says Russian forces, despite heavy losses, still hold about 60% of the Donetsk "
         "region.", {"UA-14": 60}, {}),
    ],
)  # fmt: skip
def test_a_joined_verb_is_who_says_its_first(text, ours, theirs):
    assert controlled(text) == ours
    assert defended(text) == theirs


def test_the_capitals_of_units_with_a_relative_clause_are_no_units():
    """ "... the regional capitals of A and B, which remain under Ukrainian control": the
    capitals are, not the regions."""
    text = ("While Moscow claims all four regions, it has failed to capture the regional "
            "capitals of Zaporizhzhia and Kherson, which remain under Ukrainian control.")  # fmt: skip
    assert [f for f in read(text).figures if f.defender_held] == []


def test_a_joined_verb_is_who_says_its_first_in_testland(testland):
    text = "Testland said its troops had repelled the invaders and now hold 40% of Beta."
    assert (controlled(text), defended(text)) == ({}, {"TL-02": 40})
    text = "Midburg says its forces, despite heavy losses, still hold about 40% of Beta."
    assert (controlled(text), defended(text)) == ({}, {"TL-02": 40})


def test_a_joined_verb_is_who_says_its_first_in_sudan(sudan):
    text = ("The army said its troops had driven the RSF out of Wad Madani and now control "
            "Gezira State.")  # fmt: skip
    assert [(f.region_code, f.defender_held) for f in read(text).figures] == [("SD-GZ", True)]
    text = "The army says its troops, despite heavy losses, still control Gezira State."
    assert [(f.region_code, f.defender_held) for f in read(text).figures] == [("SD-GZ", True)]


def test_the_four_regions_after_one_named_are_not_that_one():
    """A reference that counts more regions than were named before means others: no claim."""
    text = ("Russian troops control about 75% of the Donetsk region.\n\nMoscow's parliament "
            "ratified treaties making the four regions part of Russia in October 2022.")  # fmt: skip
    assert _claimed(text) == set()
    assert _claimed("Russia holds most of the Donetsk and Luhansk regions. Moscow annexed both "
                    "regions in 2022.") == {"UA-14", "UA-09"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table's rows typed with bars, under a heading that names the holder
        ("Region | Share under Russian control\nLuhansk | 99%\nDonetsk | 70%\n",
         {"UA-09": 99, "UA-14": 70}),
        # a title over rows of a name and a figure, a blank line between
        ("Territory held by Russia, by region\n\nLuhansk 99%\nDonetsk 79%\nKherson 76%\n",
         {"UA-09": 99, "UA-14": 79, "UA-65": 76}),
        # a sentence, not a title, before a blank line: its paragraph ends there
        ("Russia holds much of the east.\n\nLuhansk 99%\nDonetsk 79%\n", {}),
        # a title that names both sides says nothing of whose the rows are
        ("Territory held by Russia and Ukraine\n\nLuhansk 99%\nDonetsk 79%\n", {}),
    ],
)  # fmt: skip
def test_rows_of_a_table_under_its_title(text, expected):
    assert controlled(text) == expected


def test_rows_under_a_title_in_testland(testland):
    text = "Land held by Norland, by region\n\nAlpha 40%\nBeta | 65%\n"
    assert controlled(text) == {"TL-01": 40, "TL-02": 65}


def test_a_share_whose_of_ends_the_clause_is_of_the_region_before_which():
    text = (
        "Moscow's troops have been advancing across the Donetsk region, which they now control "
        "about 75 percent of."
    )
    assert controlled(text) == {"UA-14": 75}
    # no region before ", which": no figure
    assert controlled("Russia has taken a lot of land, which it holds 20 percent of.") == {}


def test_a_share_whose_of_ends_the_clause_in_testland(testland):
    assert controlled("Norland pressed on in Alpha, which it now holds 60 percent of.") == {
        "TL-01": 60
    }


@pytest.mark.parametrize(
    ("text", "army", "rsf"),
    [
        # a relative clause in the present, or the present perfect, is of the text's date
        ("The army, which controls Red Sea State, moved its government there in 2023.",
         {"SD-RS"}, set()),
        ("The army, which has held Red Sea State since the war began, moved there in 2023.",
         {"SD-RS"}, set()),
        # one in the past takes the main clause's date, or its own
        ("The army, which controlled Red Sea State, moved its government there in 2023.",
         set(), set()),
        ("The RSF, which held Gezira State in 2024, now controls West Darfur.", set(), {"SD-DW"}),
        ("The RSF, which controlled Gezira State until January, now holds West Darfur.",
         set(), {"SD-DW"}),
    ],
)  # fmt: skip
def test_a_relative_clauses_statement_has_its_own_time(sudan, text, army, rsf):
    assert defender_held(text) == army
    assert held(text) == rsf


def test_a_relative_clauses_present_in_testland(testland):
    text = "Norland, which holds the Beta region, began its offensive in 2022."
    assert held(text) == {"TL-02"}


@pytest.mark.parametrize(
    ("text", "rsf"),
    [
        # "its" after an apposition of the side's own: that side
        ("South Darfur, the RSF's heartland, has been under its control since late 2023.",
         {"SD-DS"}),
        ("South Darfur, the RSF's stronghold, is fully under its control.", {"SD-DS"}),
        # no side named anywhere: no holder
        ("South Darfur has been under its control since late 2023.", set()),
    ],
)  # fmt: skip
def test_its_control_after_an_owners_apposition(sudan, text, rsf):
    assert held(text) | set(controlled(text)) == rsf


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # an apposition with "the", or "home to", between the unit and its verb
        ("Red Sea State, home to the de facto capital Port Sudan, is firmly under army control.",
         set(), {"SD-RS"}),
        ("Red Sea State, the seat of the government, is under army control.", set(), {"SD-RS"}),
        ("South Darfur, the home region of the RSF's leader, has been under its control since "
         "late 2023.", {"SD-DS"}, set()),
        # ... a capital's: the town's, not its state's
        ("Nyala, the capital of South Darfur, is under RSF control.", set(), set()),
        ("El Fasher, the capital of North Darfur, fell to the RSF in October.", set(), set()),
        # ... and a clause is no apposition
        ("In Gezira State, the army said, the RSF holds no ground.", set(), set()),
    ],
)  # fmt: skip
def test_a_unit_past_an_apposition(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_an_apposition_with_the_in_testland(testland):
    text = "The Beta region, the seat of the old government, is under Norland's control."
    assert held(text) == {"TL-02"}


def test_its_control_after_the_countrys_own_name_in_testland(testland):
    text = "The Beta region, Norland's bridgehead, has been under its control since 2022."
    assert held(text) == {"TL-02"}
    # the country the unit is of is no owner of "its"
    text = "The Beta region, Testland's largest, has been under its control since 2022."
    assert defender_held(text) == set() and held(text) == set()
