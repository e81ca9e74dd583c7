"""A unit's two predicates joined by "and" ("Kassala and Gedaref states have seen little fighting
and remain under army control"), and a relative clause on a statement's object ("holds East
Darfur, whose capital fell in November 2023"): each clause read with its own subject and its
own time. A claim that the clause or the sentence after it denies ("..., but Moscow has made no
formal claim to them") is no claim; one by a pronoun ("signed treaties making them part of
Russia") is of the regions the next sentence names ("The regions are A, B, C and D."). A unit
"liberated from" a side, or "not under" its control "but in" the other's hands, is the other's.

Every sentence here is written for these tests; none is copied from a news source.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_reading_changes import claimed
from tests.test_reading_structure import defender_held, held, read


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("Kassala and Gedaref states have seen little fighting and remain under army control.",
         set(), {"SD-KA", "SD-GD"}),
        ("Officials said Kassala and Gedaref states were spared the war and are still in "
         "government hands.", set(), {"SD-KA", "SD-GD"}),
        ("Kassala State has taken in refugees from Gezira State and remains under army control.",
         set(), {"SD-KA"}),
        ("West Darfur has been cut off for months and is now firmly under RSF control.",
         {"SD-DW"}, set()),
        # the second predicate's own subject, not the first's
        ("Fighting in Gezira State has ended and Sennar State is under army control.",
         set(), {"SD-SI"}),
        # a first predicate whose subject is not the units
        ("Aid to Kassala State has slowed and remains under review.", set(), set()),
        # ... and a taking, then a later one: the later holds
        ("Sennar State was seized by the RSF in 2024 and later returned to army control.",
         set(), {"SD-SI"}),
        ("Sennar State was seized by the RSF in 2024 and then fell to the army in November.",
         set(), {"SD-SI"}),
        ("Gezira State fell to the RSF in 2023 and was eventually retaken by the army.",
         set(), {"SD-GZ"}),
        # ... or a part of it taken back since: not all of it is held
        ("Gezira State fell to the RSF in 2023 and was partly retaken by the army in 2025.",
         set(), set()),
        ("The RSF seized Gezira State in 2023 and has since lost part of it.", set(), set()),
        ("The RSF took West Kordofan State in 2025, then lost parts of it.", set(), set()),
        ("The RSF seized Gezira State in 2023, but the army retook the state capital in 2025.",
         set(), set()),
        ("The RSF seized Gezira State in 2023 and has held it since.", {"SD-GZ"}, set()),
        # a dated relative clause on the object is no later taking than the verb it is on
        ("The army retook Gezira State, which the RSF seized in December 2023.",
         set(), {"SD-GZ"}),
    ],
)  # fmt: skip
def test_the_subject_of_a_predicate_joined_to_the_one_before(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        # a relative clause's time is its own, not the holding's
        ("The Rapid Support Forces hold East Darfur, whose capital Ed Daein fell in November "
         "2023.", {"SD-DE"}, set()),
        ("The army controls Sennar State, where the RSF was defeated in June 2025.",
         set(), {"SD-SI"}),
        # ... but a unit its holder lost is held no longer
        ("The army held Gezira State, which it lost in December 2023.", set(), set()),
        ("The RSF once ran Gezira State, which it later abandoned.", set(), set()),
        # ... unless it took it back
        ("The army holds Gezira State, which it lost in 2023 and retook in 2025.",
         set(), {"SD-GZ"}),
    ],
)  # fmt: skip
def test_a_relative_clause_on_the_object(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_a_relative_clause_on_the_object_in_another_country(testland):
    assert held("Norland holds the Gamma region, whose capital fell in 2023.") == {"TL-03"}
    assert held("Norland held the Gamma region, which it lost in 2023.") == set()
    text = "The Alpha and Beta regions were spared the fighting and are still in Testlandic hands."
    assert defender_held(text) == {"TL-01", "TL-02"}


def claims(text: str) -> dict[str, bool | None]:
    return {f.region_code: f.claimed for f in read(text).figures if f.claimed is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause past "but" that denies the claim before it
        ("Putin calls Kharkiv and Odesa historically Russian lands, but Moscow has made no "
         "formal claim to them.", {"UA-63": False, "UA-51": False}),
        ("Putin calls Kharkiv and Odesa historically Russian lands, but Moscow has not formally "
         "claimed them.", {"UA-63": False, "UA-51": False}),
        # ... of the regions it denies
        ("Putin calls Kharkiv and Odesa Russian lands, but Moscow has not claimed Odesa.",
         {"UA-63": True, "UA-51": False}),
        # ... or the next sentence
        ("Putin calls Kharkiv and Odesa historically Russian lands. Moscow has made no formal "
         "claim to them.", {"UA-63": False, "UA-51": False}),
        # a denial of other regions leaves the claim
        ("Russia annexed Kherson and Zaporizhzhia in 2022, but it has never claimed Kharkiv.",
         {"UA-65": True, "UA-23": True, "UA-63": False}),
        ("Russia annexed the Kherson region in 2022. It has not claimed Odesa.",
         {"UA-65": True, "UA-51": False}),
        # the other side's view of the claim is no denial of it
        ("Russia annexed the Kherson region in 2022. Kyiv says Russia has no claim to it.",
         {"UA-65": True}),
    ],
)  # fmt: skip
def test_a_claim_denied_after_it(text, expected):
    assert claims(text) == expected


def test_a_claim_denied_after_it_in_another_country(testland):
    text = "The Regent calls Alpha and Beta ancient Norlandic lands, but Norland has laid no claim to them."
    assert claimed(text) == set()
    assert claimed("The Regent calls Alpha and Beta ancient Norlandic lands.") == {"TL-01", "TL-02"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia held votes in four partly occupied regions. Days later, Putin signed treaties "
         "making them part of Russia. The regions are Donetsk, Luhansk, Zaporizhzhia and "
         "Kherson.", {"UA-09", "UA-14", "UA-23", "UA-65"}),
        ("Putin signed treaties making four regions part of Russia. The regions are Donetsk, "
         "Luhansk, Zaporizhzhia and Kherson.", {"UA-09", "UA-14", "UA-23", "UA-65"}),
        # a count the names do not meet, a wish, the other side's doing: no claim
        ("Russia annexed four regions in 2022. The regions are Donetsk, Luhansk and Kherson.",
         set()),
        ("Moscow wants them. They are Donetsk and Luhansk.", set()),
        ("Russian troops shelled them. They are the Kharkiv and Sumy regions.", set()),
    ],
)  # fmt: skip
def test_a_claim_by_a_pronoun_named_in_the_next_sentence(text, expected):
    assert claimed(text) == expected


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("Gezira State has been liberated from the RSF.", set(), {"SD-GZ"}),
        ("Gezira State was freed from RSF control.", set(), {"SD-GZ"}),
        ("Gezira State was freed from army control.", {"SD-GZ"}, set()),
        ('The army chief said Gezira had been "liberated" from the militia after months of '
         "occupation.", set(), {"SD-GZ"}),
        # of something of the side's, to come, denied: nothing
        ("Gezira State was liberated from RSF mines.", set(), set()),
        ("Gezira State will be liberated from the RSF soon.", set(), set()),
        ("Gezira State has not been liberated from the RSF.", set(), set()),
    ],
)  # fmt: skip
def test_liberated_from_a_side(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_liberated_from_a_side_in_another_country(testland):
    assert defender_held("The Beta region has been liberated from Norlandic occupation.") == {
        "TL-02"
    }
    assert defender_held("The Beta region has been freed from the Regent's forces.") == {"TL-02"}


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("After losing Khartoum State to the army, the RSF consolidated its grip on West Darfur.",
         {"SD-DW"}, {"SD-KH"}),
        ("After losing Khartoum State, the RSF retreated west.", set(), {"SD-KH"}),
        ("Since losing Gezira State to the army in January, the RSF has shelled its towns.",
         set(), {"SD-GZ"}),
        # a loss under way is none
        ("The army is losing Gezira State.", set(), set()),
        ("The RSF is losing ground in West Kordofan.", set(), set()),
    ],
)  # fmt: skip
def test_after_losing_a_unit(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


def test_after_losing_a_region_in_another_country(testland):
    text = "After losing the Beta region, Norland regrouped in the south."
    assert (held(text), defender_held(text)) == (set(), {"TL-02"})


_UNITS = ["Kassala State", "Gezira and Sennar states", "West Darfur", "North and South Darfur"]
_FIRST = [
    "has seen little fighting",
    "was spared the worst of the war",
    "has taken in refugees from Khartoum State",
    "changed hands twice",
    "lies far from the front",
]
_SECOND = [
    "remains under army control",
    "is now in RSF hands",
    "is back under army control",
    "is firmly under the control of the RSF",
    "fell to the RSF in October",
]


def in_sudan(text: str) -> tuple[set[str], set[str]]:
    """What ``text`` says each side holds, read with Sudan's profile (for the properties, which
    take no fixture)."""
    from geomap.profile import DATA, load, using

    with using(load(DATA / "sudan.json")):
        return held(text), defender_held(text)


def only(side: str, ours: set[str], theirs: set[str]) -> None:
    """That one unit is held, by ``side`` alone."""
    assert (ours, theirs) == (
        (set(), ours | theirs) if side == "the army" else (ours | theirs, set())
    )
    assert len(ours | theirs) == 1


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_UNITS), st.sampled_from(_FIRST), st.sampled_from(_SECOND))
def test_a_predicate_joined_before_never_changes_the_holder(units, first, second):
    """ "A <first> and <second>" holds what "A <second>" does: the first predicate, a unit of its
    own in it too, neither adds a unit nor gives it to the other side."""
    plural = " and " in units
    verb = second.replace("remains", "remain").replace("is ", "are ") if plural else second
    if plural:
        first = first.replace("has ", "have ").replace("lies", "lie").replace("was ", "were ")
    alone = in_sudan(f"{units} {verb}.")
    assert in_sudan(f"{units} {first} and {verb}.") == alone
    assert alone != (set(), set())


_SIDES = [("the RSF", "RSF"), ("the army", "army")]
_TAKEN = [
    "was seized by {a} in 2023",
    "fell to {a} in 2023",
    "was captured by {a} in December 2023",
    "came under {aa} control in 2023",
    "was overrun by {a} in 2023",
    "was taken by {a} early in the war",
]
_LATER = [
    "later returned to {ba} control",
    "then returned to {ba} control",
    "returned to {ba} control",
    "fell to {b} in 2025",
    "later fell to {b} in 2025",
    "was later retaken by {b} in 2025",
    "was eventually recaptured by {b}",
    "is now under {ba} control",
    "is now back in {ba} hands",
]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["Gezira State", "North Darfur", "Sennar State", "West Kordofan"]),
    st.permutations(_SIDES),
    st.sampled_from(_TAKEN),
    st.sampled_from(_LATER),
)
def test_of_two_predicates_joined_the_later_side_holds(unit, sides, taken, later):
    """ "X was seized by A in 2023 and later returned to B's control": B holds X, never A."""
    (a, aa), (b, ba) = sides
    only(b, *in_sudan(f"{unit} {taken.format(a=a, aa=aa)} and {later.format(b=b, ba=ba)}."))


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("The RSF has held Central Darfur since the early months of the war, as well as South "
         "and East Darfur.", {"SD-DC", "SD-DS", "SD-DE"}, set()),
        ("The army retook Gezira State in January, as well as Sennar State.",
         set(), {"SD-GZ", "SD-SI"}),
        ("The RSF has held Central Darfur since 2023, as well as the army's former base.",
         {"SD-DC"}, set()),
        # "all of" a later item of the object's list
        ("In January 2025 the army retook Sennar State and all of Gezira State.",
         set(), {"SD-SI", "SD-GZ"}),
        ("The army retook Sennar State and all of the towns of Gezira State.", set(), {"SD-SI"}),
        # ... after a town, the first item: with a date, the statement is of the unit alone
        ("The army retook Wad Madani and all of Gezira State in January 2025.", set(), {"SD-GZ"}),
        ("The army retook Wad Madani and all of its outskirts in January 2025.", set(), set()),
        # a count of a group's units, the one left out named after it
        ("The RSF now controls four of Sudan's five Darfur states; the fifth, North Darfur, is "
         "contested.", {"SD-DC", "SD-DE", "SD-DS", "SD-DW"}, set()),
        ("The RSF controls four of the five Darfur states; the fifth, Khartoum State, is calm.",
         set(), set()),
    ],
)  # fmt: skip
def test_an_object_after_a_time_and_a_count_with_the_one_left_out(sudan, text, ours, theirs):
    assert (held(text), defender_held(text)) == (ours, theirs)


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("The army controls the Blue Nile region.", {"SD-NB"}),
        ("The army holds the White Nile region.", {"SD-NW"}),
        ("Army troops retook the Gezira region in January.", {"SD-GZ"}),
        # the river, not the state
        ("Fighting spread to the banks of the Blue Nile.", set()),
    ],
)  # fmt: skip
def test_a_state_news_calls_a_region(sudan, text, theirs):
    assert defender_held(text) == theirs


_MAIN = ["{a} retook {u}", "{a} recaptured {u}", "{a} regained control of {u}", "{a} seized {u}"]
_RELATIVE = [
    "which {b} seized in December 2023",
    "which {b} had seized in 2023",
    "which {b} captured in 2023",
    "which {b} overran early in the war",
    "which {b} took in 2023",
]
_FELL = ["was retaken by {a}", "fell to {a} last year", "was seized by {a}"]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["Gezira State", "North Darfur", "Sennar State", "West Kordofan"]),
    st.permutations(["the RSF", "the army"]),
    st.sampled_from(_MAIN + _FELL),
    st.sampled_from(_RELATIVE),
)
def test_the_main_clause_holds_after_a_relative_clause_on_its_unit(unit, sides, main, relative):
    """ "The RSF retook X, which the army captured in 2023", "X, which the army took in 2023,
    fell to the RSF last year": the main clause's side holds X, whichever side it is."""
    a, b = sides
    if main in _FELL:
        text = f"{unit}, {relative.format(b=b)}, {main.format(a=a)}."
    else:
        text = f"{main.format(a=a, u=unit)}, {relative.format(b=b)}."
    only(a, *in_sudan(text[0].upper() + text[1:]))


def test_a_part_of_the_unit_taken_back_since_in_ukraine():
    assert (
        held("Russia seized the Kherson region in 2022, but Ukraine retook the regional capital.")
        == set()
    )
    assert held("Russia took the Luhansk region in July 2022, then lost parts of it.") == set()
    assert held("Russia took the Luhansk region in July 2022.") == {"UA-09"}
