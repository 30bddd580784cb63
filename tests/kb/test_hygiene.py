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
