"""Curated facts of the bundled knowledge base: spellings, ids, structure, dated names."""

from __future__ import annotations

from pathlib import Path

import pytest

from factionmap.errors import KnowledgeBaseError
from factionmap.kb.build import curated_files
from factionmap.kb.curated import curated_entity, load_curated, parse_link, parse_period

CURATED_DIR = Path(__file__).resolve().parents[2] / "scripts" / "kb_curated"


@pytest.mark.parametrize(("spelling", "entity_id"), [
    ("Jabhat al Nusrah", "kb:jabhat-al-nusra"),
    ("Nusra Front", "kb:jabhat-al-nusra"),
    ("al-Nusrah Front", "kb:jabhat-al-nusra"),
    ("Jabhat Fateh al-Sham", "kb:jabhat-al-nusra"),
    ("JABHAT AL-NUSRAH", "kb:jabhat-al-nusra"),
    ("Hayat Tahrir al-Sham", "kb:hayat-tahrir-al-sham"),
    ("Hay'at Tahrir al-Sham", "kb:hayat-tahrir-al-sham"),
    ("HTS", "kb:hayat-tahrir-al-sham"),
    ("Ahrar a-Sham", "kb:ahrar-al-sham"),
    ("Harakat Ahrar al-Sham al-Islamiyya", "kb:ahrar-al-sham"),
    ("Jaish al-Islam", "kb:jaysh-al-islam"),
    ("Army of Islam", "kb:jaysh-al-islam"),
    ("Failaq al-Rahman", "kb:faylaq-al-rahman"),
    ("Islamic Union of Ajnad al-Sham", "kb:ajnad-al-sham"),
    ("ISIS", "kb:islamic-state"),
    ("ISIL", "kb:islamic-state"),
    ("Daesh", "kb:islamic-state"),
    ("al-Qaeda in Iraq", "kb:islamic-state"),
    ("Syrian Arab Army", "kb:syrian-government-forces"),
    ("Assad's forces", "kb:syrian-government-forces"),
    ("regime forces", "kb:syrian-government-forces"),
    ("the regime", "kb:syrian-government-forces"),
    ("YPG", "kb:ypg"),
    ("Syrian Democratic Forces", "kb:syrian-democratic-forces"),
    ("Hizballah", "kb:hezbollah"),
    ("Kata'ib Hizballah", "kb:kataib-hezbollah"),
    ("Hashd al-Shaabi", "kb:popular-mobilization-forces"),
    ("Jaysh al-Muhajirin wal-Ansar", "kb:jaysh-al-muhajireen-wal-ansar"),
    ("Nour al-Din al-Zinki", "kb:nour-al-din-al-zenki"),
    ("Ansar Allah", "kb:houthis"),
    ("Abu Muhammad al-Jawlani", "kb:abu-mohammad-al-julani"),
    ("Qassem Soleimani", "kb:qasem-soleimani"),
    ("US-led coalition", "kb:us-led-coalition"),
    ("Turkish Armed Forces", "kb:turkish-armed-forces"),
])
def test_find_spelling_reaches_curated_id(kb, spelling, entity_id):
    assert entity_id in [e.id for e in kb.find(spelling)]


def test_find_nusra_spellings_share_one_entity(kb):
    assert [e.id for e in kb.find("Jabhat al Nusrah")] == [e.id for e in kb.find("Nusra Front")]


@pytest.mark.parametrize(("entity_id", "link_type", "target"), [
    ("kb:jabhat-al-nusra", "merged_into", "kb:hayat-tahrir-al-sham"),
    ("kb:jabhat-al-nusra", "branch_of", "kb:al-qaeda"),
    ("kb:hayat-tahrir-al-sham", "successor_of", "kb:jabhat-al-nusra"),
    ("kb:ajnad-al-sham", "merged_into", "kb:faylaq-al-rahman"),
    ("kb:ahrar-al-sham", "member_of", "kb:islamic-front"),
    ("kb:ypg", "member_of", "kb:syrian-democratic-forces"),
    ("kb:kataib-hezbollah", "member_of", "kb:popular-mobilization-forces"),
    ("kb:iswap", "branch_of", "kb:islamic-state"),
    ("kb:abu-bakr-al-baghdadi", "leader_of", "kb:islamic-state"),
])
def test_curated_links_state_structure(kb, entity_id, link_type, target):
    links = kb.get(entity_id).links
    assert any(lk.type == link_type and lk.target == target for lk in links)


def test_curated_former_name_is_dated(kb):
    jfs = next(a for a in kb.get("kb:jabhat-al-nusra").aliases if a.name == "Jabhat Fateh al-Sham")
    assert (jfs.kind, jfs.start, jfs.end) == ("former", "2016-07-28", "2017-01-28")


@pytest.mark.parametrize("name", ["IS", "FSA", "the regime", "JN", "AQ"])
def test_curated_short_alias_is_ambiguous(kb, name):
    aliases = [a for e in kb.find(name) for a in e.aliases if a.name == name]
    assert aliases and all(a.ambiguous for a in aliases)


def test_curated_files_have_unique_ids_and_resolvable_links(kb):
    entities = list(load_curated(curated_files(CURATED_DIR)))
    assert len(entities) >= 150
    assert len({e.id for e in entities}) == len(entities)
    for entity in entities:
        for link in entity.links:
            assert kb.get(link.target) is not None, f"{entity.id} links to unknown {link.target}"


@pytest.mark.parametrize(("text", "expected"), [
    ("2012-01-23..2017-01-28", ("2012-01-23", "2017-01-28")),
    ("..2024-12-08", (None, "2024-12-08")),
    ("2015..", ("2015", None)),
    ("2016-02", ("2016-02", None)),
])
def test_parse_period_bounds(text, expected):
    assert parse_period(text, where="test") == expected


@pytest.mark.parametrize("bad", ["friend_of kb:x", "member_of", "member_of kb:x 2015/2016"])
def test_parse_link_rejects_malformed(bad):
    with pytest.raises(KnowledgeBaseError):
        parse_link(bad, where="test")


def test_curated_entity_compiles_alias_kinds():
    entity = curated_entity({
        "id": "kb:x-front", "name": "X Front", "type": "armed_group", "country": "SY",
        "names": ["Jabhat X"], "acronyms": ["XF"], "former": ["Old X Brigade 2012..2014-03"],
        "ambiguous": ["XF", "the Front"],
    })
    kinds = {a.name: (a.kind, a.ambiguous, a.start, a.end) for a in entity.aliases}
    assert kinds == {
        "Jabhat X": ("name", False, None, None),
        "XF": ("acronym", True, None, None),
        "Old X Brigade": ("former", False, "2012", "2014-03"),
        "the Front": ("short", True, None, None),
    }


def test_curated_entity_rejects_unknown_type():
    with pytest.raises(KnowledgeBaseError, match="unknown type"):
        curated_entity({"id": "kb:x", "name": "X", "type": "militia"})
