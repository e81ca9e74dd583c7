"""Claims of regions named in the sentence before, in wordings that refer back to them: "It then
annexed all four", "Moscow has claimed both regions since 2022", "claims the entirety of both",
"claims the rest of the oblast", "signed decrees making them part of Russia", and the "new
territories" of regions named after them where the controlling side's officials speak of them.
In Ukraine's profile and the made-up Testland's.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_reading_changes import claimed
from tests.test_reading_structure import read


def not_claimed(text: str) -> set[str]:
    return {f.region_code for f in read(text).figures if f.claimed is False}


FOUR = {"UA-09", "UA-14", "UA-23", "UA-65"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the claimant "It", an adverb of time between it and the verb
        ("Moscow staged votes in the Luhansk, Donetsk, Zaporizhzhia and Kherson regions. It then "
         "annexed all four.", FOUR),
        ("Moscow staged votes in the Luhansk and Kherson regions. It later annexed both.",
         {"UA-09", "UA-65"}),
        # ... absorbed or incorporated them (not "It" that is no claimant, nor "Its")
        ("Russia holds most of Luhansk and Donetsk. It formally absorbed the two regions in 2022.",
         {"UA-09", "UA-14"}),
        ("Russia holds most of Luhansk and Donetsk. It incorporated them in 2022.",
         {"UA-09", "UA-14"}),
        ("Ukraine holds parts of Donetsk and Luhansk. It incorporated both regions in 1991.",
         set()),
        ("Russia holds most of Luhansk. Its economy absorbed the shock of sanctions.", set()),
        # a time after the regions referred to
        ("Shelling went on in the Luhansk and Donetsk regions. The Kremlin has claimed both "
         "regions since 2022.", {"UA-09", "UA-14"}),
        ("Shelling went on in the Luhansk and Donetsk regions. Moscow has claimed both since "
         "2022.", {"UA-09", "UA-14"}),
        # "these four oblasts", "all these regions", "these four"
        ("Russian forces hold Luhansk, Donetsk, Zaporizhzhia and Kherson. Moscow has formally "
         "declared all these four oblasts as part of the Russian Federation.", FOUR),
        ("Russian forces hold Luhansk, Donetsk, Zaporizhzhia and Kherson. Moscow claims these "
         "four.", FOUR),
        ("Russian forces hold Luhansk and Donetsk. Moscow has declared these four oblasts part "
         "of Russia.", set()),
        # "the said four oblasts" beside a name of its own; "the Russian state"
        ("Russian forces hold Luhansk, Donetsk, Zaporizhzhia and Kherson. Putin's regime regards "
         "the said four oblasts, alongside the Crimean peninsula, as inseparable parts of the "
         "Russian state.", FOUR | {"UA-43", "UA-40"}),
        ("Russian forces hold Luhansk, Donetsk, Zaporizhzhia and Kherson. Moscow claims these "
         "four regions were shelled.", set()),
        # the whole, or the rest, of what was named
        ("Kyiv still holds parts of the Kherson and Zaporizhzhia regions. Moscow nevertheless "
         "claims the entirety of both.", {"UA-23", "UA-65"}),
        ("Russian troops hold about 70% of the Kherson region. Moscow claims the rest of the "
         "oblast too.", {"UA-65"}),
        ("Russian troops hold about 70% of the Kherson region. Moscow claims the rest of the "
         "front is collapsing.", set()),
        # "making them part of Russia"
        ("Russia holds most of the Luhansk and Donetsk regions. The Kremlin signed decrees "
         "making them part of Russia.", {"UA-09", "UA-14"}),
        # "all of them", "them all"
        ("Battles go on in the Kherson and Luhansk regions. Moscow annexed all of them in 2022.",
         {"UA-65", "UA-09"}),
        ("Battles go on in the Kherson and Luhansk regions. The Kremlin declared all of them "
         "Russian territory.", {"UA-65", "UA-09"}),
        ("Battles go on in the Kherson and Luhansk regions. The Kremlin claims them all.",
         {"UA-65", "UA-09"}),
        # "these oblasts are its own", said by the controlling side, not the defending one
        ("Battles go on in the Kherson and Luhansk oblasts. Moscow says these oblasts are its "
         "own.", {"UA-65", "UA-09"}),
    ],
)  # fmt: skip
def test_regions_referred_to_in_the_sentence_after(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Russian officials insist that the "new territories" of Luhansk and Kherson will stay '
         "Russian for ever.", {"UA-09", "UA-65"}),
        ('Russian media say the "new regions" of Donetsk and Zaporizhzhia are rebuilding.',
         {"UA-14", "UA-23"}),
        ('Ukrainian officials say the "new territories" of Luhansk and Kherson are a fiction.',
         set()),
        # ... "of Russia" after them, the regions listed after a dash
        ("The new regions of Russia - the DPR, the LPR and the Kherson region - will get more "
         "federal money.", {"UA-14", "UA-09", "UA-65"}),
        # ... the controlling side's own "new regions" and what they include
        ("Russia's so-called new territories include Donetsk, Luhansk, Zaporizhzhia and "
         "Kherson.", {"UA-14", "UA-09", "UA-23", "UA-65"}),
        ("Ukraine's new regions are Kharkiv and Sumy.", set()),
        # ... whose residents voted in an election, no referendum
        ("Residents of Russia's new regions, among them the Zaporizhzhia region, voted in the "
         "regional elections.", {"UA-23"}),
    ],
)  # fmt: skip
def test_new_territories_of_named_regions(text, expected):
    assert claimed(text) == expected


def test_references_in_testland(testland):
    assert claimed("Norland held votes in the Alpha and Beta regions. It then annexed both.") == {
        "TL-01",
        "TL-02",
    }
    assert claimed(
        "Testland still holds parts of the Alpha and Beta regions. Norland nevertheless claims "
        "the entirety of both."
    ) == {"TL-01", "TL-02"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # units said to be the controlling side's own after a verb of saying
        ("The Kremlin says the Kherson and Zaporizhzhia regions are its own territory.",
         {"UA-65", "UA-23"}),
        ("Putin insisted that the Luhansk region is Russian land.", {"UA-09"}),
        ("Kyiv says the Kherson region is its own territory.", set()),
        ("Moscow says the Kharkiv region is not its territory.", set()),
        # a count, then what the controlling side holds of them, then the units
        ("Moscow claims the four regions it partly occupies: Donetsk, Luhansk, Zaporizhzhia and "
         "Kherson.", FOUR),
        # ... "the four regions it (Russia) claimed in 2022 — A, B, C and D —"
        ("The Kremlin insists that the four regions it claimed in September 2022 — Donetsk, "
         "Luhansk, Zaporizhzhia and Kherson — are Russian.", FOUR),
        ("The four regions Russia claimed in 2022 — Donetsk, Luhansk, Zaporizhzhia and Kherson — "
         "are partly occupied.", FOUR),
        ("Ukraine holds parts of the four regions it claimed in 2022 — Donetsk, Luhansk, "
         "Zaporizhzhia and Kherson.", set()),
        # units listed in its constitution
        ("The Kremlin lists Donetsk, Luhansk, Zaporizhzhia and Kherson in its constitution.",
         FOUR),
        ("Kyiv named the Kherson region in its constitution.", set()),
    ],
)  # fmt: skip
def test_claims_said_listed_and_counted(text, expected):
    assert claimed(text) == expected


def test_claims_said_in_testland(testland):
    assert claimed("The Regent says the Alpha region is Norlandic territory.") == {"TL-01"}
    assert claimed("Midburg says the Alpha region is its own.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Russia controls all of Crimea, virtually all of the Luhansk region and around 81% of the "
        "Donetsk region. In the south, its troops hold roughly three-quarters of the "
        "Zaporizhzhia and Kherson regions. Moscow annexed the four regions in 2022.",
        "Russia holds all of Crimea, Luhansk and most of Donetsk. It holds about 75% of "
        "Zaporizhzhia and Kherson. Moscow annexed the four regions in 2022.",
    ],
)
def test_a_count_of_regions_met_by_the_last_sentences_before_one_that_counts_crimea_twice(text):
    # "the four regions" are the four named in the last two sentences, not Crimea's two units
    # and the two regions named beside it
    assert claimed(text) >= {"UA-09", "UA-14", "UA-23", "UA-65"}


def test_a_count_met_by_crimea_and_sevastopol_named_apart():
    text = "Russia holds Crimea, Sevastopol, Luhansk and Donetsk. Moscow claims all four."
    assert claimed(text) == {"UA-43", "UA-40", "UA-09", "UA-14"}


@pytest.mark.parametrize(
    ("text", "yes", "no"),
    [
        # a denial in a later relative clause is of its own name, not of a claim before it
        (
            "Russia holds about 50% of Kherson, which it annexed in 2022, and 21% of "
            "Dnipropetrovsk, which it does not claim.",
            {"UA-65"},
            {"UA-12"},
        ),
        (
            "Russia holds Kherson, which it annexed in 2022, and parts of Sumy, which it does "
            "not claim.",
            {"UA-65"},
            {"UA-59"},
        ),
        ("Russia annexed Kherson, which it does not fully control.", {"UA-65"}, set()),
        # ... nor is one before it of a claim in a relative clause of its own
        (
            "Russia holds parts of Kharkiv, which it does not claim, and most of Donetsk, which "
            "it does claim.",
            {"UA-14"},
            {"UA-63"},
        ),
        (
            "Though Moscow does not claim the Kharkiv region, its troops hold about 15% of it; "
            "in Donetsk, which it does claim, they hold 76%.",
            {"UA-14"},
            {"UA-63"},
        ),
    ],
)
def test_a_denial_keeps_to_its_own_relative_clause(text, yes, no):
    assert (claimed(text), not_claimed(text)) == (yes, no)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia controls 56% of Donetsk; it also claims Kherson.", {"UA-65"}),
        ("Russia controls 56% of Donetsk; it also claims Kherson, where it holds 45%.", {"UA-65"}),
        # "it" after a semicolon is the defending side's where the clause before names it
        ("Ukraine holds 20% of Donetsk; it also claims Crimea.", set()),
    ],
)
def test_it_after_a_semicolon_claims_for_the_clause_befores_side(text, expected):
    assert claimed(text) == expected


def test_a_denial_keeps_to_its_own_relative_clause_in_testland(testland):
    text = (
        "Norland holds Beta, which it annexed in 2023, and parts of Alpha, which it does not claim."
    )
    assert (claimed(text), not_claimed(text)) == ({"TL-02"}, {"TL-01"})


@pytest.mark.parametrize(
    ("text", "yes", "no"),
    [
        # an aside's denial and names are its own, not the main clause's claim's
        (
            "Moscow, which does not claim Sumy oblast, annexed Donetsk in 2022.",
            {"UA-14"},
            {"UA-59"},
        ),
        ("Russia, which holds 20% of Ukraine, has never claimed Kharkiv.", set(), {"UA-63"}),
        # a relative clause's claim after a denial is its own
        ("Dnipropetrovsk is not claimed by Moscow, which annexed Luhansk.", {"UA-09"}, {"UA-12"}),
        # "neither ... nor ..." denies both
        ("Neither Dnipropetrovsk nor Kharkiv is claimed by Moscow.", set(), {"UA-12", "UA-63"}),
        (
            "Neither Dnipropetrovsk nor Kharkiv is claimed by Moscow, which annexed Luhansk.",
            {"UA-09"},
            {"UA-12", "UA-63"},
        ),
        # a claim in a relative clause on what is set against the main clause
        (
            "Unlike Kherson, which Moscow annexed in 2022, Sumy oblast is not claimed by Russia.",
            {"UA-65"},
            {"UA-59"},
        ),
        ("Kherson, which Russia annexed, is not fully under its control.", {"UA-65"}, set()),
        # a claim in an aside that opens with its claimant, "Russia, which claims X,": the main
        # clause's denial is not of it, but of what "it" stands for, named before the aside
        (
            "Kyiv liberated all of Mykolaiv oblast in 2022; Russia, which claims the Kherson "
            "region, has never claimed it.",
            {"UA-65"},
            {"UA-48"},
        ),
        # ... and the main clause's own denial is its subject's
        ("Russia, which claims Kherson, has never claimed Mykolaiv.", {"UA-65"}, {"UA-48"}),
        ("Moscow, which annexed Crimea in 2014, has not claimed the Odesa region.",
         {"UA-43", "UA-40"}, {"UA-51"}),
        ("Kyiv says it has never claimed the Kursk region.", set(), set()),
        # "it" inside the sentence: the side named last before it
        ("Russian troops took Dachne in the Dnipropetrovsk region, one of a few villages "
         "Moscow's forces hold in a region it has not formally claimed.", set(), {"UA-12"}),
        ("Russia holds 70% of Donetsk, and it claims Kherson too.", {"UA-65"}, set()),
        ("Ukraine's troops hold part of the Kursk region, which it does not claim.", set(),
         set()),
        # a claim's object ends where a verb of its own or what it is traded for begins
        ("Putin demands that Ukraine cede Donetsk and freeze the lines in Zaporizhzhia and "
         "Kherson.", {"UA-14"}, set()),
        ("Putin demanded that Ukraine cede the rest of the Donetsk region in exchange for "
         "freezing the front lines in Zaporizhzhia and Kherson.", {"UA-14"}, set()),
        ("Moscow annexed Crimea and sent troops to the Donbas.", {"UA-43", "UA-40"}, set()),
        ("Russia annexed Crimea and invaded the Donetsk region in 2022.", {"UA-43", "UA-40"},
         set()),
        # ... not a list that goes on
        ("Russia claims Donetsk and southern Zaporizhzhia.", {"UA-14", "UA-23"}, set()),
        ("Russia claims Crimea and the Kherson region.", {"UA-43", "UA-40", "UA-65"}, set()),
        # a denial with an object of its own is of that object, not of a region before it
        ("Russia holds 70% of Donetsk, and Ukraine says it has never claimed Kharkiv.", set(),
         {"UA-63"}),
        ("Kharkiv and Sumy, which Russia has never claimed, are shelled daily.", set(),
         {"UA-63", "UA-59"}),
        # a subordinate clause a contrast opens is a clause of its own, either way round
        ("While Moscow claims Zaporizhzhia, Kherson and Donetsk, it has never claimed Kharkiv.",
         {"UA-23", "UA-65", "UA-14"}, {"UA-63"}),
        ("Although Moscow claims Zaporizhzhia and Kherson, it has not claimed the "
         "Dnipropetrovsk region.", {"UA-23", "UA-65"}, {"UA-12"}),
        # ... "it" before the side it stands for, the main clause's subject
        ("Although it has not claimed the Dnipropetrovsk region, Moscow claims Zaporizhzhia "
         "and Kherson.", {"UA-23", "UA-65"}, {"UA-12"}),
        ("Though it claims the Kherson region, Russia holds only about 73% of it.", {"UA-65"},
         set()),
        ("Though it claims the Kursk region, Ukraine holds none of it.", set(), set()),
        ("Although they claim Kherson, Ukrainian forces hold only part of it.", set(), set()),
        ("Moscow claims Zaporizhzhia, but it has never claimed Kharkiv.", {"UA-23"}, {"UA-63"}),
        ("Moscow claims Zaporizhzhia and Kherson; it does not claim the Odesa region.",
         {"UA-23", "UA-65"}, {"UA-51"}),
        ("Kyiv holds part of Zaporizhzhia; it does not claim the Kursk region.", set(), set()),
        # ... and its claim of the unit named in the subordinate clause, or of its own names
        ("Although Russian troops hold 70% of Zaporizhzhia, Moscow claims all of it.",
         {"UA-23"}, set()),
        ("While Russia annexed Crimea in 2014, it only claimed Donetsk and Luhansk in 2022.",
         {"UA-43", "UA-40", "UA-14", "UA-09"}, set()),
        ("While Kyiv holds part of Zaporizhzhia, it has never claimed Kharkiv.", set(), set()),
        # an aside at the end of the subordinate clause, or on its subject
        ("Although Moscow claims Luhansk, according to the ISW, it has never claimed Sumy.",
         {"UA-09"}, {"UA-59"}),
        ("Although Moscow claims Luhansk, which Ukraine accuses of war crimes, it has never "
         "claimed Sumy.", {"UA-09"}, {"UA-59"}),
        ("Although Moscow, which annexed Crimea in 2014, claims Luhansk, it has never claimed "
         "Sumy.", {"UA-09", "UA-43", "UA-40"}, {"UA-59"}),
        ("Neither Kharkiv nor Sumy is, analysts say, claimed by Russia.", set(),
         {"UA-63", "UA-59"}),
        ("Neither Kharkiv nor Sumy is — by any reading — claimed by Russia.", set(),
         {"UA-63", "UA-59"}),
        # claims laid, made, staked: or not
        ("Russia has never laid claim to the Kharkiv region, though its troops occupy parts of "
         "it.", set(), {"UA-63"}),
        ("Moscow did not stake a claim to the Sumy region.", set(), {"UA-59"}),
        ("Russia laid claim to the Kherson region in 2022.", {"UA-65"}, set()),
        ("The Kremlin considers the Luhansk region Russian but makes no such claim about Sumy.",
         {"UA-09"}, set()),
    ],
)  # fmt: skip
def test_claims_and_denials_keep_to_their_own_clauses(text, yes, no):
    assert (claimed(text), not_claimed(text)) == (yes, no)


def test_a_subordinate_clauses_claim_and_the_main_ones_denial_in_testland(testland):
    text = "While Norland claims Alpha and Beta, it has never claimed the Gamma region."
    assert (claimed(text), not_claimed(text)) == ({"TL-01", "TL-02"}, {"TL-03"})
    text = "Borgholm, which annexed Beta, has never laid claim to the Gamma region."
    assert (claimed(text), not_claimed(text)) == ({"TL-02"}, {"TL-03"})


def test_it_inside_the_sentence_in_testland(testland):
    text = (
        "Norlandic troops took a village in the Gamma region, a region it has not formally claimed."
    )
    assert (claimed(text), not_claimed(text)) == (set(), {"TL-03"})
    text = "Norland holds 60% of Alpha, and it has never claimed Gamma."
    assert (claimed(text), not_claimed(text)) == (set(), {"TL-03"})


def test_neither_nor_in_testland(testland):
    text = "Neither Alpha nor Gamma is claimed by Norland, which annexed Beta."
    assert (claimed(text), not_claimed(text)) == ({"TL-02"}, {"TL-01", "TL-03"})


_CLAIM_ASIDES = [", analysts say,", ", according to the ISW,", " (as of June)", ", Kyiv says,",
                 ", which Ukraine disputes,"]  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(
    aside=st.sampled_from(_CLAIM_ASIDES),
    where=st.sampled_from(["after the claim", "after the subject"]),
    first=st.sampled_from(["Luhansk", "Donetsk", "Zaporizhzhia", "Kherson"]),
    second=st.sampled_from(["Sumy", "Kharkiv", "Odesa", "Mykolaiv"]),
)
def test_an_aside_never_turns_a_claim_into_a_denial(aside, where, first, second):
    """ "Although Moscow claims A, it has never claimed B": an aside after A or after Moscow
    changes nothing."""
    if where == "after the claim":
        comma = "," if aside.startswith(" (") else ""
        text = f"Although Moscow claims {first}{aside}{comma} it has never claimed {second}."
    else:
        text = f"Although Moscow{aside} claims {first}, it has never claimed {second}."
    assert (claimed(text), not_claimed(text)) == ({UA[first]}, {UA[second]}), text


UA = {"Luhansk": "UA-09", "Donetsk": "UA-14", "Zaporizhzhia": "UA-23", "Kherson": "UA-65",
      "Sumy": "UA-59", "Kharkiv": "UA-63", "Odesa": "UA-51", "Mykolaiv": "UA-48"}  # fmt: skip
