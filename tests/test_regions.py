import pytest

from geomap.errors import UnknownRegionError
from geomap.profile import gazetteer
from geomap.regions import normalize


def test_all_27_units_with_official_areas():
    gaz = gazetteer()
    assert len(gaz) == 27
    assert len(set(gaz.codes)) == 27
    assert gaz.get("UA-14").name == "Donetsk"
    assert gaz.get("UA-14").area_km2 == 26517
    assert gaz.get("UA-77").area_km2 == 8097
    assert sum(r.area_km2 for r in gaz) == pytest.approx(603_543)
    assert all(r.name_local for r in gaz)
    assert all(r.name_uk == r.name_local for r in gaz)  # the old name, until geomap 0.3


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Lugansk", "UA-09"),
        ("Luhans'k", "UA-09"),
        ("Luhans’k Oblast", "UA-09"),
        ("LUHANSK REGION", "UA-09"),
        ("Donets'k", "UA-14"),
        ("Donetska oblast", "UA-14"),
        ("Zaporizhzhya", "UA-23"),
        ("Zaporizhia", "UA-23"),
        ("Zaporozhye", "UA-23"),
        ("Zaporizhzhia province", "UA-23"),
        ("Kiev", "UA-30"),
        ("Kyiv region", "UA-32"),
        ("Kyiv Oblast", "UA-32"),
        ("Kyivska oblast", "UA-32"),
        ("Odessa", "UA-51"),
        ("Nikolaev", "UA-48"),
        ("Kharkov", "UA-63"),
        ("Dnepropetrovsk", "UA-12"),
        ("Krym", "UA-43"),
        ("Zakarpattia Oblast", "UA-21"),
        ("Ivano-Frankivsk", "UA-26"),
        ("ivano frankivsk", "UA-26"),
        ("Khmelnytskyi", "UA-68"),
        ("Zaporižžja", None),
        ("Khersonska oblast", "UA-65"),
        ("the Kherson region", "UA-65"),
        ("UA-65", "UA-65"),
        ("Sevastopol", "UA-40"),
        ("Moscow", None),
    ],
)
def test_aliases(name, code):
    region = gazetteer().find(name)
    assert (region.code if region else None) == code


def test_accents_are_ignored():
    assert normalize("Zaporízhzhia") == "zaporizhzhia"
    assert gazetteer().find("Zaporízhzhia").code == "UA-23"


def test_unknown_name_suggests_the_closest():
    with pytest.raises(UnknownRegionError, match=r"did you mean Luhansk \(UA-09\)"):
        gazetteer().resolve("Luhanks")


def test_unknown_code_is_an_error():
    with pytest.raises(UnknownRegionError, match="UA-99"):
        gazetteer().get("UA-99")


def test_crimea_the_peninsula_covers_sevastopol():
    assert [r.code for r in gazetteer().expand("Crimea")] == ["UA-43", "UA-40"]
    assert [r.code for r in gazetteer().expand("Donetsk")] == ["UA-14"]
    assert gazetteer().find("Crimea").code == "UA-43"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the Kyiv region", "UA-32"), ("The Kyiv Oblast", "UA-32"), ("the Kiev province", "UA-32"),
        ("the Kyiv", "UA-30"), ("the city of Kyiv", "UA-30"), ("the Donetsk region", "UA-14"),
    ],
)  # fmt: skip
def test_the_before_a_name_is_dropped_before_its_generic_word(name, code):
    assert gazetteer().find(name).code == code
