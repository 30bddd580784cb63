"""The gazetteer in the bundled KB and the place-alias filters."""

from __future__ import annotations

import pytest

from factionmap.kb.places import is_latin, place_aliases


@pytest.mark.parametrize(("name", "entity_id"), [
    ("Eastern Ghouta", "geo:eastern-ghouta"),
    ("Damascus countryside", "geo:rif-dimashq-governorate"),
    ("Rif Dimashq", "geo:rif-dimashq-governorate"),
    ("Qalamoun", "geo:qalamoun"),
    ("Jabal al-Zawiya", "geo:jabal-al-zawiya"),
    ("Nineveh Plains", "geo:nineveh-plains"),
    ("Idlib province", "geo:idlib-governorate"),
    ("Anbar", "geo:anbar-governorate"),
    ("Aleppo", "geo:170063"),
    ("Halab", "geo:170063"),
    ("Mosul", "geo:99072"),
    ("Mogadishu", "geo:53654"),
    ("Kabul", "geo:1138958"),
    ("Syria", "geo:163843"),
])
def test_place_found_by_name(kb, name, entity_id):
    assert entity_id in [e.id for e in kb.find(name)]


def test_populated_place_has_coordinates_and_governorate(kb):
    douma = kb.get("geo:170592")
    assert douma.type == "place" and douma.country == "SY"
    assert (round(douma.latitude), round(douma.longitude)) == (34, 36)
    assert douma.admin1 == "geo:rif-dimashq-governorate"
    assert douma.population > 100_000


def test_governorate_takes_capital_coordinates(kb):
    idlib = kb.get("geo:idlib-governorate")
    assert (idlib.feature, round(idlib.latitude, 1), round(idlib.longitude, 1)) == ("ADM1", 35.9, 36.6)


def test_region_is_part_of_its_governorate(kb):
    ghouta = kb.get("geo:eastern-ghouta")
    assert [(lk.type, lk.target) for lk in ghouta.links] == [("part_of", "geo:rif-dimashq-governorate")]


def test_place_alias_filter_drops_scripts_short_lowercase_and_common_words():
    aliases = place_aliases("Ḩamāh", ["Hama", "hama", "حماة", "Ham", "Hamath", "Village", "Epiphania"])
    # "Hamah" and "Hama" share the key of the name itself: nothing to add for matching.
    assert [a.name for a in aliases] == ["Hamath", "Epiphania"]


@pytest.mark.parametrize(("name", "latin"), [
    ("Dar‘ā", True), ("Ḩamāh", True), ("Deir ez-Zor", True), ("دير الزور", False)])
def test_is_latin(name, latin):
    assert is_latin(name) is latin


def test_common_word_city_name_is_flagged(kb):
    hit = kb.get("geo:95788")
    assert any(a.name == hit.name and a.ambiguous for a in hit.aliases)


def test_country_place_at_capital(kb):
    syria = kb.get("geo:163843")
    assert (syria.feature, round(syria.latitude), round(syria.longitude)) == ("country", 34, 36)
