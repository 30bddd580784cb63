"""Alias hygiene over the whole bundled KB and on hand-picked names."""

from __future__ import annotations

import pytest

from factionmap.kb.hygiene import alias_problem, common_words, is_acronym, needs_context
from factionmap.kb.normalize import normalize_name


@pytest.mark.parametrize(("name", "problem"), [
    ("army", "generic word"),
    ("Rebels", "generic word"),
    ("government", "generic word"),
    ("X", "too short"),
    ("Dov", "too short"),
    ("n/a", "placeholder"),
    ("village", "common English word"),
    ("Jabhat al-Nusra", None),
    ("PKK", None),
    ("Badr", None),
])
def test_alias_problem_flags_junk(name, problem):
    assert alias_problem(name) == problem


@pytest.mark.parametrize(("name", "expected"), [
    ("Liberation Army", True),
    ("Popular Front", True),
    ("Islamic State", True),
    ("Nusra Front", False),
    ("Syrian Democratic Forces", False),
])
def test_needs_context_for_generic_names(name, expected):
    assert needs_context(name) is expected


@pytest.mark.parametrize(("name", "expected"), [("PKK", True), ("U.S.", True), ("IS-K", True), ("Hamas", False)])
def test_is_acronym(name, expected):
    assert is_acronym(name) is expected


def test_common_words_cover_english_not_names():
    words = common_words()
    assert {normalize_name(w) for w in ("attack", "city", "village")} <= words
    assert not {normalize_name(w) for w in ("Aleppo", "Damascus", "Hezbollah")} & words


def test_kb_has_no_one_letter_alias(kb):
    bad = [(e.id, a.name) for e in kb for a in e.aliases if sum(c.isalnum() for c in a.name) < 2]
    assert bad == []


def test_kb_unflagged_actor_aliases_are_not_junk(kb):
    """Every alias a linker may trust without context is neither generic nor a common word."""
    bad = [(e.id, a.name, alias_problem(a.name)) for e in kb if e.type != "place"
           for a in e.aliases if not a.ambiguous and alias_problem(a.name)]
    assert bad == []


def test_kb_unflagged_place_aliases_are_not_common_words(kb):
    words = common_words()
    bad = [(e.id, a.name) for e in kb if e.type == "place" for a in e.aliases
           if not a.ambiguous and normalize_name(a.name) in words]
    assert bad == []


# --- common Arabic given names and titles (hygiene.GIVEN_NAMES) ---

@pytest.mark.parametrize(("name", "expected"), [
    ("Khaled", True), ("Khalid", True), ("Abdullah", True), ("Ali", True), ("Ale", True),
    ("Mohajir", True), ("Khan", True), ("Sheikh", True),
    ("Abdullah Azzam", False), ("Khan Shaykhun", False), ("Al-Qasim", False), ("ALI", False),
    ("Badr", False), ("Aleppo", False),
])
def test_given_name_is_one_common_given_name_or_title(name, expected):
    from factionmap.kb.hygiene import given_name

    assert given_name(name) is expected


@pytest.mark.parametrize("name", ["Khaled", "Abdullah", "Ali", "Muhajir", "Khan", "Hussein"])
def test_kb_given_name_alone_finds_no_bulk_record(kb, name):
    """A bulk person or communal actor known only by a given name is labelled, not named by it
    (CAMEO's King "Khalid" and "Abdullah", UCDP's "Ale" and "Mohajir")."""
    bulk = [e.id for e in kb.find(name) if not any(s.startswith("curated:") for s in e.sources)]
    assert bulk == []


@pytest.mark.parametrize(("entity_id", "label"), [
    ("kb:khalid", "Khalid (CAMEO person)"),
    ("kb:abdullah", "Abdullah (CAMEO person)"),
    ("kb:ale", "Ale (UCDP communal actor)"),
    ("kb:mohajir", "Mohajir (UCDP communal actor)"),
])
def test_kb_given_name_records_keep_their_id_under_a_label(kb, entity_id, label):
    assert kb.get(entity_id).name == label


def test_kb_place_alternate_names_are_not_given_names(kb):
    """GeoNames lists "Khan" for the village Khirbat Tin Nur; every Khan would be a place."""
    from factionmap.kb.hygiene import given_name

    bad = [(e.id, a.name) for e in kb if e.type == "place" for a in e.aliases
           if not a.ambiguous and a.name != e.name and given_name(a.name)]
    assert bad == []


@pytest.mark.parametrize(("name", "wrong_id"), [("Sana", "geo:1852964"), ("Sano", "geo:71137")])
def test_kb_world_city_alternate_name_is_not_another_city_name(kb, name, wrong_id):
    """GeoNames lists "Sano" (a Japanese city) for Sanaa and "Sana" for Sano."""
    assert wrong_id not in {e.id for e in kb.find(name)}


@pytest.mark.parametrize("name", ["Supporters of AD", "On Chau", "Army of", "Front for"])
def test_alias_problem_rejects_keys_with_a_dangling_function_word(name):
    assert alias_problem(name) == "begins or ends in a function word"


@pytest.mark.parametrize("name", ["Soldiers of the Caliphate", "Army of Conquest", "Supporters of Islam"])
def test_alias_problem_keeps_names_with_inner_function_words(name):
    assert alias_problem(name) is None
