"""Control ceded to a side ("X's fall ceded control of the entire Darfur region to the RSF",
"handed X to", "abandoned X to", "was lost to", "passed to army control") is the side's it went
to, never the side that ceded it, whoever the sentence names first; a cession of control is a
loss, not a claim, unless the controlling side demands (or urges) it ("Moscow demands that Kyiv
cede control of X"), never when it is asked of the controlling side ("Kyiv wants Russia to give
up X"); one put as a present or a plan ("a deal that cedes control of X") is no figure.
A district an exception names later in the clause of a whole ("returned all of X to Ukrainian
control, except Y district") leaves its region not whole. Units counted and named after a colon
with "the" before the first ("six states: the Red Sea, Kassala, ..."), and those "parts of the
country" include ("the eastern parts of the country, including the states of A and B",
"maintains its foothold across most of Sudan's north, including A and B"), are held whole. A share "free of" a side ("95% of X is free of Russian troops") is the other side's,
not where it is "not free of" it or free of something else ("free of Russian mines"). In
Ukraine's profile, Sudan's and the made-up Testland's.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest

from tests.test_reading_changes import claimed
from tests.test_reading_structure import controlled, defended, defender_held, held

DARFUR = {"SD-DC": 100, "SD-DE": 100, "SD-DN": 100, "SD-DS": 100, "SD-DW": 100}


@pytest.mark.parametrize(
    "text",
    [
        "The army's retreat from El Fasher ceded control of the entire Darfur region to the RSF.",
        "Burhan's withdrawal has ceded control of all of Darfur to the paramilitary RSF.",
        "The army yielded control of the whole Darfur region to the Rapid Support Forces.",
    ],
)
def test_control_ceded_goes_to_the_side_after_to(sudan, text):
    assert controlled(text) == DARFUR


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # handed, abandoned, lost, passed "to" a side: that side's
        ("The army's defeat at El Fasher handed the whole of North Darfur to the RSF.",
         {"SD-DN": 100}),
        ("The army abandoned the whole of West Kordofan State to the RSF.", {"SD-GK": 100}),
        ("The army lost all of North Darfur to the RSF.", {"SD-DN": 100}),
        ("All of Gezira State was lost to the army.", {"SD-GZ": 0}),
        ("The whole of Gezira State has passed to army control.", {"SD-GZ": 0}),
    ],
)  # fmt: skip
def test_units_handed_or_lost_to_a_side(sudan, text, expected):
    assert controlled(text) == expected


def test_control_ceded_to_the_defending_side(sudan):
    text = "The RSF's collapse in the centre ceded control of all of Gezira State to the army."
    assert controlled(text) == {"SD-GZ": 0}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cession of control is a loss, not a claim
        ("Ukraine ceded control of the entire Luhansk region to Russia in July.", set()),
        # ... but the controlling side's demand that it be ceded is its claim
        ("Moscow demands that Kyiv cede control of the entire Donetsk region.", {"UA-14"}),
        # ... in any words of ceding
        ("The Kremlin wants Kyiv to hand over the rest of the Donetsk region.", {"UA-14"}),
        ("Moscow demands that Ukraine give up all of the Donetsk region.", {"UA-14"}),
        ("Moscow demanded Kyiv surrender the entire Zaporizhzhia region.", {"UA-23"}),
        # ... and one made, undemanded, is a loss
        ("Kyiv has ceded almost the entire Luhansk region.", set()),
        ("Ukraine surrendered the whole of the Luhansk region in 2022.", set()),
        ("Ukraine will never give up the Donetsk region.", set()),
        # ... the parts a side "still holds" are the rest of the region, not a part of it
        ("The Kremlin demands that Kyiv cede the parts of the Donetsk region it still holds.",
         {"UA-14"}),
        ("Moscow wants Ukraine to cede parts of the Kharkiv region.", set()),
        # ... urged, or called for
        ("Putin called on Kyiv to give up the rest of the Zaporizhzhia region.", {"UA-23"}),
        # ... and a cession asked of the controlling side is no claim of its own
        ("Kyiv wants Russia to hand over the whole of the Zaporizhzhia region.", set()),
        ("Ukraine demands that Russia give up the Crimean peninsula.", set()),
        ("The EU urged Moscow to surrender all of the Kherson region.", set()),
        # ... nor one the defending side demands, none named to give it up
        ("Kyiv insists on the surrender of the entire Kherson region.", set()),
        # a demand to withdraw is a demand, not a claim
        ("The Kremlin insists that Kyiv pull its troops out of the Donetsk region first.", set()),
    ],
)  # fmt: skip
def test_a_cession_of_control_is_no_claim(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Regent wants Midburg to hand over the rest of Beta.", {"TL-02"}),
        ("Midburg urges the Regent to give up all of Alpha.", set()),
        ("Testland demands that Norland surrender the whole of Gamma.", set()),
    ],
)
def test_whose_cession_is_demanded_in_testland(testland, text, expected):
    assert claimed(text) == expected


def test_a_cession_put_as_a_plan_is_no_figure():
    text = "Kyiv rejects a deal that cedes control of the whole Donetsk region to Russia."
    assert controlled(text) == {}
    assert defended(text) == {}


def test_control_ceded_in_testland(testland):
    text = "The retreat of the TDF ceded control of the whole Beta region to Norlandic troops."
    assert controlled(text) == {"TL-02": 100}
    assert controlled("The TDF's retreat handed the whole of the Beta region to Norland.") == {
        "TL-02": 100
    }


@pytest.mark.parametrize(
    "text",
    [
        # an exception later in the clause of a whole: no unit wholly held
        "The counteroffensive returned all of the Kharkiv region to Ukrainian control, except "
        "Kupiansk district.",
        "Russia controls all of the Luhansk region except the Sievierodonetsk district.",
    ],
)
def test_a_district_left_out_leaves_its_region_not_whole(text):
    assert controlled(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # units counted, then named with "the" before the first
        ("The army controls six states: the Red Sea, Kassala, Gedaref, the White Nile, the Blue "
         "Nile, and South Kordofan.", {"SD-RS", "SD-KA", "SD-GD", "SD-NW", "SD-NB", "SD-KS"}),
        # the units of parts of the whole country, named whole
        ("The army controls the eastern and central parts of the country, including the states "
         "of Khartoum, Gezira and Sennar.", {"SD-KH", "SD-GZ", "SD-SI"}),
        # ... a part of the country by the compass in its adjective: "most of central Sudan"
        ("The army has regained most of central Sudan, including Khartoum, Gezira and Sennar "
         "states.", {"SD-KH", "SD-GZ", "SD-SI"}),
        ("The army controls much of eastern Sudan, including parts of Kassala State.", set()),
        # ... under a hold kept
        ("The army still keeps its foothold across most of Sudan's north, including River Nile "
         "and Northern states.", {"SD-NR", "SD-NO"}),
        ("The army maintains its grip on Kassala State.", {"SD-KA"}),
        ("Army units retained their hold over the east, including Gedaref and Kassala states.",
         {"SD-GD", "SD-KA"}),
        # ... not of parts of a unit or a group, nor parts of units
        ("The army controls parts of Kordofan, including South Kordofan.", set()),
        ("The army controls much of the country, including parts of Khartoum State.", set()),
        ("The army controls most of the south, including parts of South Kordofan.", set()),
    ],
)  # fmt: skip
def test_units_named_in_a_list_or_as_parts_of_the_country(sudan, text, expected):
    assert defender_held(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a foothold in a unit is a presence there, not a hold of the unit
        "The RSF keeps a foothold in Sennar State.",
        "The RSF maintains a foothold in North Kordofan.",
        "The army kept a foothold in North Darfur.",
        "The RSF keeps its foothold in Sennar State.",
    ],
)
def test_a_foothold_in_a_unit_is_no_hold_of_it(sudan, text):
    assert (held(text), defender_held(text)) == (set(), set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share "free of" one side is the other's
        ("About 95% of the Kharkiv region is free of Russian troops.", {"UA-63": 95}),
        ("About 95% of the Kharkiv region is free of Russia's army.", {"UA-63": 95}),
        # ... not one not (no longer) free of it, nor one free of something else
        ("About 95% of the Kharkiv region is not free of Russian troops.", {}),
        ("About 95% of the Kharkiv region is no longer free of Russian troops.", {}),
        ("About 95% of the Kharkiv region is free of Russian mines.", {}),
    ],
)  # fmt: skip
def test_a_share_free_of_a_side(text, expected):
    assert defended(text) == expected
    assert controlled(text) == {}


def test_a_share_free_of_a_side_in_sudan(sudan):
    assert defended("About 90% of Gezira State is now free of the RSF.") == {"SD-GZ": 90}
    assert defended("About 90% of Gezira State is now free of RSF mines.") == {}
