"""The KB model: records round-trip, user files overlay the bundled KB, size and load time."""

from __future__ import annotations

import json
import time

import pytest

from factionmap.kb.model import Alias, KBEntity, KBLink, entity_from_record, entity_to_record, load_kb

MIN_ACTORS = 1500


def test_record_round_trip_keeps_alias_flags():
    entity = KBEntity(id="kb:x", name="X", type="armed_group",
                      aliases=(Alias("XX", kind="acronym", ambiguous=True), Alias("Old X", "former", start="2012")),
                      links=(KBLink("member_of", "kb:y", start="2013"),), sources=("test",))
    assert entity_from_record(json.loads(json.dumps(entity_to_record(entity)))) == entity


def test_bundled_kb_has_enough_actors(kb):
    actors = [e for e in kb if e.type != "place"]
    assert len(actors) >= MIN_ACTORS


def test_bundled_kb_ids_have_prefixes(kb):
    assert all(e.id.startswith("geo:" if e.type == "place" else "kb:") for e in kb)


@pytest.fixture(scope="module")
def overlay(tmp_path_factory):
    path = tmp_path_factory.mktemp("kb") / "mine.jsonl"
    records = [
        {"id": "kb:jaysh-al-islam", "aliases": [{"name": "Douma Army", "kind": "short"}]},
        {"id": "kb:faylaq-al-rahman", "name": "Faylaq al-Rahman", "type": "armed_group", "country": "SY",
         "description": "replaced by the overlay"},
        {"id": "kb:my-new-brigade", "name": "Liwa al-Mithal", "type": "armed_group"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return load_kb(path)


def test_overlay_adds_alias_and_keeps_bundled_ones(overlay):
    entity = overlay.get("kb:jaysh-al-islam")
    names = {a.name for a in entity.aliases}
    assert {"Douma Army", "Jaish al-Islam"} <= names
    assert [e.id for e in overlay.find("Douma Army")] == ["kb:jaysh-al-islam"]


def test_overlay_replaces_given_fields_only(overlay):
    entity = overlay.get("kb:faylaq-al-rahman")
    assert entity.description == "replaced by the overlay"
    assert any(a.name == "Failaq al-Rahman" for a in entity.aliases)


def test_overlay_adds_new_entity(overlay):
    assert [e.id for e in overlay.find("Liwa al-Mithal")] == ["kb:my-new-brigade"]


def test_load_kb_is_fast():
    started = time.perf_counter()
    load_kb()
    assert time.perf_counter() - started < 3.0  # about 0.6 s on the dev machine; slack for CI


@pytest.mark.parametrize(("entity_id", "name", "expected"), [
    ("kb:syrian-government-forces", "the regime", True),
    ("kb:syrian-government-forces", "Syrian Arab Army", False),
    ("kb:islamic-state", "IS", True),
    ("kb:islamic-state", "ISIS", False),
    ("geo:95788", "Hit", True),
])
def test_entity_ambiguous_keys(kb, entity_id, name, expected):
    from factionmap.kb.normalize import normalize_name

    assert (normalize_name(name) in kb.get(entity_id).ambiguous_keys()) is expected


@pytest.mark.parametrize(("content", "message"), [
    ('{"id": "kb:x", "name": "X"\n', "invalid JSON"),
    ('["kb:x"]\n', 'with an "id"'),
    ('{"id": "kb:new-thing"}\n', "invalid record 'kb:new-thing'"),
    ('{"id": "kb:x", "name": "X", "aliases": [{"nom": "Y"}]}\n', "invalid record 'kb:x'"),
])
def test_load_kb_bad_overlay_is_one_clear_error(tmp_path, content, message):
    from factionmap.errors import KnowledgeBaseError

    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=message):
        load_kb(path, bundled=False)


def test_load_kb_missing_overlay(tmp_path):
    from factionmap.errors import KnowledgeBaseError

    with pytest.raises(KnowledgeBaseError, match="not found"):
        load_kb(tmp_path / "nope.jsonl", bundled=False)


@pytest.mark.parametrize(("british", "american", "same"), [
    ("National Defence Forces", "National Defense Forces", True),
    ("Ulster Defence Association", "Ulster Defense Association", True),
    ("Irish People's Liberation Organisation", "Irish People's Liberation Organization", True),
    ("Popular Mobilisation Forces", "Popular Mobilization Forces", True),
    ("Operations Centre", "Operations Center", True),
    # Short Arabic names are not English suffixes: s and z stay apart.
    ("Idris", "Idriz", False),
    ("Anise", "Anize", False),
])
def test_normalize_name_folds_english_spellings(british: str, american: str, same: bool) -> None:
    from factionmap.kb.normalize import normalize_name
    assert (normalize_name(british) == normalize_name(american)) is same
