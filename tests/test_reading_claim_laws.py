"""Claims put in the words of laws and courts: "signed laws on the acceptance of A, B, C and D
into the Russian Federation", "agreements on the entry of these regions into Russia", "upheld
the agreements on the inclusion of the DPR, the LPR and the A and B regions in the Russian
Federation" (a long list between "inclusion" and "in"), "considers Crimea and these territories
as parts of Russia"; names each followed by their abbreviation in brackets ("the Donetsk
People's Republic (DPR) and the Luhansk People's Republic (LPR)") all claimed, and a claimant
with an aside in brackets before the verb ("Russia (which annexed Crimea) claims X") claiming X.
"Acceded to Russia" is joining it; "will never join (accede to, be part of) Russia" states no
claim, nor denies one; an annexation "stopped short of", "not ruled out" or "open to" is none, and "annexed nothing in X" says
X is not claimed. A year after 2014 beside Crimea's annexation makes a later annexation only of
the regions after the word of annexing ("annexed Crimea in 2014 and A and B in 2022"), or before
a passive one or a participle set off after them ("A, B and C, annexed in 2014 and 2022"), not of a region another verb's year is of. Regions named in the sentence before
are claimed as "them" ("wants Kyiv to recognise them as Russian") or "they" ("says they belong to
it"). A parliament's vote to absorb regions is a claim, a refusal to annex or absorb none; so are
"the incorporation of" regions, regions accepted "into" the Russian Federation and "included in
its constitution" ("the planned incorporation" is talked of; "never accepted into" is not
claimed); "X, which (who) Russia claims is collapsing" claims no region after it. "The so-called
accession of X" claims X (not "the accession of X to the European Union"), "their formal
incorporation" the regions named before, and "officials describe X as a 'new region' of Russia"
X. Borders claim what they take in: "considers X to lie within its borders", "X lies inside
Russia's borders", "Moscow's claimed borders include X", "its sovereignty over X" (a side's own,
never troops "inside Russia's borders near X"); "X is Russian" claims X before another verb of
the claimant's ("... and demands that Ukraine withdraw"); so do "X is Russia" and "X would be
Russian forever". In Ukraine's profile
and the made-up Testland's.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest

from tests.test_reading_changes import claimed
from tests.test_reading_structure import read

FOUR = {"UA-09", "UA-14", "UA-23", "UA-65"}
CRIMEA = {"UA-43", "UA-40"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The president signed "laws on the acceptance" of the Luhansk, Donetsk, Zaporizhzhia '
         "and Kherson regions into the Russian Federation.", FOUR),
        ("Putin and the four installed leaders signed agreements on the entry of the DPR, the LPR "
         "and the Kherson and Zaporizhzhia regions into the Russian Federation.", FOUR),
        ("A Moscow court upheld the treaties on the inclusion of the DPR, the LPR, and the "
         "Zaporizhzhia and Kherson regions in the Russian Federation.", FOUR),
        ("The Kremlin considers Crimea and the Luhansk region as parts of Russia.",
         CRIMEA | {"UA-09"}),
        ("Moscow regarded the Donetsk People's Republic (DPR) and the Luhansk People's Republic "
         "(LPR) as part of Russian territory.", {"UA-14", "UA-09"}),
        ("Russia (which annexed Crimea) claims the Kherson region.", CRIMEA | {"UA-65"}),
        # ... none where what is taken in is no region's, or nothing is taken into the state
        ("Russia's entry into the war changed everything in the Kherson region.", set()),
        ("The acceptance of refugees from the Kherson region into Poland went on.", set()),
        ("Russian shells hit parts of Russia near the Kharkiv region.", set()),
    ],
)  # fmt: skip
def test_claims_in_the_words_of_laws_and_courts(text, expected):
    assert claimed(text) == expected


def test_claims_in_the_words_of_laws_in_testland(testland):
    assert claimed("The Regent signed laws on the acceptance of Beta and Gamma into the Kingdom "
                   "of Norland.") == {"TL-02", "TL-03"}  # fmt: skip
    assert claimed("Borgholm considers Alpha and Beta as parts of Norland.") == {"TL-01", "TL-02"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acceding is joining
        ("On the same day the republics of Donetsk and Lugansk and the province of Zaporozhye "
         "acceded to Russia.", {"UA-14", "UA-09", "UA-23"}),
        ("The Kherson region joined Russia in 2022.", {"UA-65"}),
        # ... not where it never will: said of the region, no claim stated (nor denied)
        ("Kyiv says the Kherson region will never join Russia.", set()),
        ("The Kherson region will not accede to Russia.", set()),
        ("Zelensky said the Donetsk region will never be part of Russia.", set()),
        ("Zelensky said the Donetsk region will never become an integral part of Russia.", set()),
    ],
)  # fmt: skip
def test_acceding_and_never_joining(text, expected):
    assert claimed(text) == expected
    # never joining leaves the claim unsaid, not denied
    assert all(f.claimed is not False for f in read(text).figures)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an annexation stopped short of is none; "annexed nothing in X" says X is not claimed
        ("Moscow has stopped short of annexing the Kharkiv region.", {}),
        ("The Kremlin fell short of annexing the Sumy region.", {}),
        ("Russia annexed nothing in the Sumy region.", {"UA-59": False}),
        ("Moscow stopped short of nothing: it annexed the Kherson region.", {"UA-65": True}),
        # ... and so is one not ruled out, not excluded, or one a side is open to
        ("The Kremlin has not ruled out annexing the Kharkiv region.", {}),
        ("Moscow refused to rule out the annexation of the Sumy region.", {}),
        ("Russia did not exclude annexing the Mykolaiv region.", {}),
        ("Russia is open to annexing the Odesa region, a deputy said.", {}),
        ("Russia annexed the Kherson region and has not ruled out more.", {"UA-65": True}),
    ],
)
def test_annexations_stopped_short_of(text, expected):
    assert {f.region_code: f.claimed for f in read(text).figures} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later year beside the 2014 annexation makes a later annexation only of the regions
        # after the word of annexing (or before a passive one)
        ("Russia annexed Crimea in 2014 and the Donetsk and Luhansk regions in 2022.",
         CRIMEA | {"UA-14", "UA-09"}),
        ("Crimea and the Kherson region were annexed by Russia in 2014 and 2022 respectively.",
         CRIMEA | {"UA-65"}),
        # ... or before a participle set off after them
        ("The occupied territories (Crimea, Luhansk and Donetsk, annexed in 2014 and 2022) make "
         "up about 18% of Ukraine.", CRIMEA | {"UA-09", "UA-14"}),
        # the 2014 annexation alone: of the units the profile says it concerns
        ("Crimea, Luhansk and Donetsk, annexed in 2014, are under Russian control.", CRIMEA),
        ("This would make the Luhansk region the first fully occupied since 2022, and the second "
         "since the 2014 annexation of Crimea.", CRIMEA),
    ],
)  # fmt: skip
def test_a_later_annexation_beside_2014(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "them" and "they" of the regions named in the sentence before
        ("The talks covered the Donetsk and Luhansk regions. Moscow wants Kyiv to recognise them "
         "as Russian.", {"UA-14", "UA-09"}),
        ("Kyiv wants back the Donetsk and Luhansk regions. Russia, however, says they belong to "
         "it.", {"UA-14", "UA-09"}),
        ("Kyiv wants back the Donetsk and Luhansk regions. Russia says they are part of Russia.",
         {"UA-14", "UA-09"}),
        # ... not what the defending side says of them, nor "they" of people
        ("Fighting goes on in the Donetsk and Luhansk regions. Ukrainian officials say they "
         "belong to Ukraine.", set()),
        ("Fighting goes on in the Donetsk and Luhansk regions. Soldiers there say they are "
         "Russian.", set()),
    ],
)  # fmt: skip
def test_claims_of_regions_referred_to_as_them_or_they(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vote of the claimant's parliament to take the regions in
        ("Russia's parliament voted to absorb the Donetsk and Luhansk regions.",
         {"UA-09", "UA-14"}),
        ("Moscow's lawmakers formally incorporated the Kherson region.", {"UA-65"}),
        # a refusal to take them in is no claim
        ("Moscow declined to absorb the Luhansk region.", set()),
        ("Russia's parliament refused to absorb the Donetsk and Luhansk regions in 2021.", set()),
        ("In 2014 the Kremlin refused to annex the Donetsk region.", set()),
        ("Russia was reluctant to annex the Luhansk region at first.", set()),
        # a unit's own parliament voting, or asking, to join: a vote, a request, no claim
        ("Crimea's parliament voted to join Russia ahead of a referendum on Sunday.", set()),
        ("The Crimean parliament declared independence and asked to join Russia.", set()),
        ("The Kherson region's occupation authorities applied to join Russia.", set()),
        ("The Russian parliament voted to ratify treaties making Kherson part of Russia.",
         {"UA-65"}),
    ],
)  # fmt: skip
def test_taking_in_by_a_vote_and_refusing_to(text, expected):
    assert claimed(text) == expected


def test_refusing_to_take_in_in_testland(testland):
    assert claimed("Norland's parliament voted to absorb the Alpha region.") == {"TL-01"}
    assert claimed("Norland refused to annex the Alpha region.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun of taking in, with no "into Russia" after it
        ("The president announced the incorporation of the four Russian-held regions — Luhansk, "
         "Donetsk, Kherson and Zaporizhzhia.", FOUR),
        ("Kyiv condemned the incorporation of the Kherson region.", {"UA-65"}),
        # accepted "into" the claimant's state, the quotation mark before "into"
        ('The decrees say the Luhansk and Donetsk regions are accepted "into the Russian '
         'Federation under its constitution".', {"UA-09", "UA-14"}),
        # regions a relative clause says the claimant put in its constitution
        ("Moscow wants Kyiv's troops out of the Kherson region, which the Kremlin has included "
         "in its constitution.", {"UA-65"}),
        # a count in digits, met by the names of the sentence after
        ("Moscow claims 4 regions as its own. They are Luhansk, Donetsk, Kherson and Zaporizhzhia.",
         FOUR),
        # ... or by a sentence that refers back to the count before naming them
        ("Moscow annexed four regions in 2022. It holds none of them whole: 99% of Luhansk, 78% "
         "of Donetsk and about 75% of Kherson and Zaporizhzhia.", FOUR),
        ("The Kremlin proclaimed four regions Russian. Of these, its troops hold 99% of Luhansk, "
         "78% of Donetsk and about 75% of Kherson and Zaporizhzhia.", FOUR),
        ("The Kremlin wants to annex four regions. Of these, its troops hold 99% of Luhansk, 78% "
         "of Donetsk and about 75% of Kherson and Zaporizhzhia.", set()),
        ("Moscow annexed four regions in 2022. Of these, it holds 99% of Luhansk and 78% of "
         "Donetsk.", set()),
        # an incorporation talked of, or never made
        ("Kyiv rejected the planned incorporation of the Kherson region.", set()),
        # the passive, with the claimant as its agent or with its year
        ("The peninsula of Crimea was absorbed by Russia in 2014.", {"UA-43", "UA-40"}),
        ("Moscow ratified treaties on the four regions; Crimea had been absorbed in 2014.",
         {"UA-43", "UA-40"}),
        ("The Kherson region was formally incorporated by the Russian Federation in 2022.",
         {"UA-65"}),
        ("A trading firm was incorporated in 2019 in the Kherson region.", set()),
        ("The Kherson region could be absorbed by Russia next year.", set()),
        ("The Kharkiv region was never absorbed by Russia.", set()),
        # "the Russian state", "inseparable parts"
        ("Putin regards the Kherson region as part of the Russian state.", {"UA-65"}),
        ("Putin regards the Kherson region as an inseparable part of Russia.", {"UA-65"}),
        # "its territories", "its lands" in the plural
        ("Moscow declared Kherson and Zaporizhzhia its territories.", {"UA-23", "UA-65"}),
        ("Russia controls three-quarters of the Zaporizhzhia and Kherson provinces, which it "
         "has proclaimed to be its territories.", {"UA-23", "UA-65"}),
        # "their own" of a side named in the plural
        ("The Russian authorities consider the Kherson region their own.", {"UA-65"}),
        ("Ukrainians consider the Kherson region their own.", set()),
        # the claimant before a hyphen, as "Russian-annexed"
        ("Fighting raged in the Russian-claimed Zaporizhzhia region.", {"UA-23"}),
        ("Shelling hit Moscow-claimed Kherson.", {"UA-65"}),
        # ... before a verb of the region's own, no claim that something is so
        ("The Russian-claimed Kherson region was shelled overnight.", {"UA-65"}),
        ("Russia claimed Kherson was shelled by Ukraine.", set()),
        ("A self-claimed victory was announced in Kherson.", set()),
        # recognition demanded, and when
        ("The Kremlin insists that Kyiv recognise Crimea and the Donetsk region as Russian "
         "before any ceasefire.", {"UA-43", "UA-40", "UA-14"}),
        ("Moscow wants Ukraine to recognise the Kherson region as Russian as a precondition for "
         "talks.", {"UA-65"}),
    ],
)  # fmt: skip
def test_incorporation_acceptance_and_the_constitution(text, expected):
    assert claimed(text) == expected


def test_never_accepted_into_the_claimants_state_is_not_claimed():
    text = "The Kherson region was never accepted into the Russian Federation."
    assert [(f.region_code, f.claimed) for f in read(text).figures] == [("UA-65", False)]


def test_incorporation_in_testland(testland):
    assert claimed("Borgholm announced the incorporation of the Alpha region.") == {"TL-01"}
    assert claimed("Testland rejected the planned incorporation of the Beta region.") == set()
    assert claimed("The Beta region was absorbed by Norland in 2023.") == {"TL-02"}
    assert claimed("Shelling hit the Norland-claimed Beta region.") == {"TL-02"}
    assert claimed("Beta's parliament voted to join Norland.") == set()
    assert claimed("Norland's parliament voted to absorb the Beta region.") == {"TL-02"}
    assert claimed("Shelling hit the Testland-claimed Beta region.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "claims" saying that the relative clause's subject is so: no claim of the regions after
        ("Kyiv's army, which Moscow claims is collapsing, still holds a quarter of the Donetsk "
         "region.", set()),
        ("Ukraine's defences, which Russia claims are crumbling, still cover Kramatorsk in the "
         "Donetsk region.", set()),
        ("Kyiv's soldiers, who Moscow claims are encircled, still hold 1% of the Luhansk region.",
         set()),
        # a relative clause on a region, or on a noun of land, is of it
        ("The Kherson region, which Russia claims is Russian land, is mostly occupied.",
         {"UA-65"}),
        ("The regions that Moscow claims are the Luhansk and Donetsk regions.",
         {"UA-09", "UA-14"}),
    ],
)  # fmt: skip
def test_claims_is_in_a_relative_clause(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun of acceding, with no "to Russia" after it
        ("Kyiv called the so-called accession of the Zaporizhzhia region a farce.", {"UA-23"}),
        ("The accession of the Kherson region to the European Union is years away.", set()),
        # "their incorporation" with an adjective between: the regions named before
        ("Staged votes in Luhansk and Kherson were followed by their formal incorporation.",
         {"UA-09", "UA-65"}),
        ("Luhansk and Kherson hold elections; their incorporation of new councils is slow.", set()),
        # "describe X as a new region of Russia", the verb after a plural subject
        ("Kremlin officials describe the Kherson region as a 'new region' of Russia.", {"UA-65"}),
        ("Kremlin aides call the Luhansk and Donetsk regions Russia's new regions.",
         {"UA-09", "UA-14"}),
        ("Aid workers describe Kherson as a new region of hope.", set()),
    ],
)  # fmt: skip
def test_accession_incorporation_and_new_regions(text, expected):
    assert claimed(text) == expected


def test_accession_and_new_regions_in_testland(testland):
    assert claimed("Testland protested the so-called accession of the Beta region.") == {"TL-02"}
    assert claimed("Norland's ministers describe the Alpha region as a new region of Norland.") == {
        "TL-01"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin considers the Luhansk region to lie within its borders.", {"UA-09"}),
        ("Under a Russian statute, the Kherson region lies inside Russia's borders.", {"UA-65"}),
        ("Moscow's claimed borders now take in all of the Zaporizhzhia region.", {"UA-23"}),
        ("The Kremlin seeks recognition of its sovereignty over the Donetsk region.", {"UA-14"}),
        ('Moscow counts Luhansk among the "constituent entities" of the Russian Federation.',
         {"UA-09"}),
        # the defender's borders and sovereignty, and troops inside Russia's borders
        ("Kyiv insists that Crimea lies within its borders.", set()),
        ("Ukraine will never give up its sovereignty over the Kherson region.", set()),
        # "its" after a verb of recognising: the other side's (no side recognises its own)
        ("The Kremlin insists that Kyiv must recognise its sovereignty over the Kherson and "
         "Luhansk regions.", {"UA-65", "UA-09"}),
        ("Russia says Ukraine should accept its sovereignty over the Donetsk region.", {"UA-14"}),
        ("Ukraine insists that Moscow must recognise its sovereignty over the Kherson region.",
         set()),
        ("Russian tanks gathered inside Russia's borders near Kharkiv.", set()),
        # "is Russian" before another verb of the claimant's
        ("The Kremlin says the Luhansk region is Russian and wants Kyiv's troops gone.",
         {"UA-09"}),
        ("Moscow insists the Kherson region is Russian and Ukrainian-speaking.", set()),
        # "is Russia", "would be Russian forever", in a quotation too
        ('"The Kherson region is Russia," the Kremlin said.', {"UA-65"}),
        ("The biggest winner of the deal is Russia.", set()),
        ("It is Russia, not Ukraine, that holds most of the Donetsk region.", set()),
        # an aside of saying: who says it, not what is claimed
        ("The Russian army, Moscow claims, has taken 70% of the Donetsk region.", set()),
        ("The Luhansk and Kherson regions, the Kremlin claims, are Russian.",
         {"UA-09", "UA-65"}),
        ("The Kremlin said the Luhansk and Donetsk republics would be Russian forever.",
         {"UA-09", "UA-14"}),
        ("Kyiv said the Kherson region would remain Ukrainian forever.", set()),
        # "all of" (the whole of) the regions before "are Russian"; not their people
        ("The Kremlin insists that all of Donetsk, Luhansk, Zaporizhzhia and Kherson are now "
         "Russian.", {"UA-14", "UA-09", "UA-23", "UA-65"}),
        ("The whole of the Kherson region is Russian, Putin said.", {"UA-65"}),
        ("The people of the Kherson region are Russian, the Kremlin says.", set()),
        # an adverb of law before "Russian"
        ("Russia says Kherson and Zaporizhzhia are constitutionally Russian, though it holds "
         "only parts of them.", {"UA-65", "UA-23"}),
        ("Moscow insists the Donetsk region is legally Russian territory.", {"UA-14"}),
        ("Kyiv insists the Kherson region is legally Ukrainian.", set()),
        # "proclaiming (declaring) them Russian": the regions "them" stands for
        ("Russia staged votes in Donetsk, Luhansk, Zaporizhzhia and Kherson before proclaiming "
         "them Russian territory.", {"UA-14", "UA-09", "UA-23", "UA-65"}),
        ("Ukraine rejects Russia declaring the Zaporizhzhia region Russian.", {"UA-23"}),
    ],
)  # fmt: skip
def test_borders_sovereignty_and_is_russian_before_a_verb(text, expected):
    assert claimed(text) == expected


def test_borders_in_testland(testland):
    assert claimed("Norland considers the Alpha region to lie within its borders.") == {"TL-01"}
    assert claimed("Borgholm says the Beta region is constitutionally Norlandic.") == {"TL-02"}
    assert claimed("Testland says the Alpha region lies within its borders.") == set()
