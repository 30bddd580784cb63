"""Linking: context decides ambiguous names, people by parts, places, entity assembly, explain."""

from __future__ import annotations

import pytest

from factionmap.kb.model import Alias, KBEntity, KBLink, KnowledgeBase
from factionmap.link.explain import explain
from factionmap.pipeline import extract
from factionmap.resources import Resources
from factionmap.types import Document


def _kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    for entity in (
        KBEntity("kb:ast-libya", "Ansar al-Sharia (Libya)", "armed_group",
                 (Alias("Ansar al-Sharia"),), country="LY", active_start="2012"),
        KBEntity("kb:ast-tunisia", "Ansar al-Sharia (Tunisia)", "armed_group",
                 (Alias("Ansar al-Sharia"),), country="TN", active_start="2011"),
        KBEntity("kb:ast-yemen", "Ansar al-Sharia (Yemen)", "armed_group",
                 (Alias("Ansar al-Sharia"),), country="YE", active_start="2011",
                 links=(KBLink("branch_of", "kb:aqap"),)),
        KBEntity("kb:aqap", "al-Qaeda in the Arabian Peninsula", "armed_group",
                 (Alias("AQAP", "acronym"),)),
        KBEntity("kb:old-front", "Islamic Front", "armed_group", (), country="SY",
                 active_start="2013", active_end="2015"),
        KBEntity("kb:new-front", "Islamic Front", "armed_group", (), country="SY",
                 active_start="2019"),
        KBEntity("kb:julani", "Abu Mohammad al-Julani", "person", (), country="SY"),
        KBEntity("kb:nusra", "Jabhat al-Nusra", "armed_group", (), country="SY"),
        KBEntity("geo:benghazi", "Benghazi", "place", country="LY", latitude=32.1,
                 longitude=20.07),
        KBEntity("geo:sousse", "Sousse", "place", country="TN"),
        KBEntity("kb:syria", "Syria", "state", country="SY"),
    ):
        kb.add(entity)
    return kb


@pytest.fixture(scope="module")
def small(nlp) -> Resources:
    return Resources(kb=_kb(), nlp=nlp)


def _links(text: str, resources: Resources, published: str | None = None) -> dict[str, str]:
    extraction = extract(Document("t", text=text, published=published), resources)
    return {m.text: m.entity_id for e in extraction.entities for m in e.mentions}


@pytest.mark.parametrize("text, expected", [
    ("Clashes in Benghazi. Ansar al-Sharia fighters withdrew.", "kb:ast-libya"),
    ("Police raided homes in Sousse. Ansar al-Sharia denied it.", "kb:ast-tunisia"),
    ("AQAP praised the attack. Ansar al-Sharia claimed it.", "kb:ast-yemen"),
])
def test_link_ambiguous_name_by_context(text, expected, small):
    assert _links(text, small)["Ansar al-Sharia"] == expected


@pytest.mark.parametrize("published, expected", [("2014-05-01", "kb:old-front"),
                                                 ("2020-01-01", "kb:new-front")])
def test_link_ambiguous_name_by_period(published, expected, small):
    assert _links("The Islamic Front attacked.", small, published)["Islamic Front"] == expected


def test_link_reason_marks_context_decision(small):
    extraction = extract(Document("t", text="Clashes in Benghazi. Ansar al-Sharia withdrew."), small)
    mention = next(m for e in extraction.entities for m in e.mentions
                   if m.text == "Ansar al-Sharia")
    assert mention.reason.endswith("+context") and mention.score <= 0.95


def test_link_partial_person_name_joins_full_name(small):
    text = ("Jabhat al-Nusra leader Abu Mohammad al-Julani spoke in Syria. "
            "Later, Julani said the group would fight on.")
    links = _links(text, small)
    assert links["Abu Mohammad al-Julani"] == "kb:julani"
    assert links["Julani"] == "kb:julani"


def test_link_entities_one_per_id_with_sorted_mentions(small):
    text = "Jabhat al-Nusra attacked. Then Jabhat al-Nusra withdrew from Benghazi."
    extraction = extract(Document("t", text=text), small)
    ids = [e.id for e in extraction.entities]
    assert len(ids) == len(set(ids))
    nusra = next(e for e in extraction.entities if e.id == "kb:nusra")
    assert nusra.name == "Jabhat al-Nusra" and nusra.in_kb and nusra.type == "armed_group"
    assert [m.start for m in nusra.mentions] == sorted(m.start for m in nusra.mentions)
    assert all(m.entity_id == "kb:nusra" and m.sentence >= 0 and m.section == "body"
               and m.label == "armed_group" and m.reason for m in nusra.mentions)
    benghazi = next(e for e in extraction.entities if e.id == "geo:benghazi")
    assert (benghazi.latitude, benghazi.longitude, benghazi.country) == (32.1, 20.07, "LY")


def test_link_new_person_gets_new_id(small):
    extraction = extract(Document("t", text="Jabhat al-Nusra commander Abdullah Muhaysini "
                                            "spoke to reporters in Syria."), small)
    people = [e for e in extraction.entities if e.type == "person"]
    assert [(e.id, e.in_kb) for e in people] == [("new:abdullah-muhaysini", False)]


def test_link_boilerplate_yields_nothing(small):
    from factionmap.link import link
    from factionmap.parses import ParseCache
    from factionmap.recognize import recognize, split_sentences
    from factionmap.types import CleanDocument, Section

    text = "Share on Jabhat al-Nusra Twitter. Jabhat al-Nusra attacked."
    cut = text.index("Jabhat al-Nusra attacked")
    doc = CleanDocument("t", text, (Section("boilerplate", 0, cut), Section("body", cut, len(text))))
    sentences = split_sentences(doc)
    parses = ParseCache(small.nlp, doc, sentences)
    entities = link(doc, sentences, recognize(doc, sentences, small, parses), small, parses)
    assert [m.start for e in entities for m in e.mentions] == [cut]


def test_explain_prints_every_mention_with_reason(small):
    extraction = extract(Document("t", text="Clashes in Benghazi. Ansar al-Sharia withdrew."), small)
    out = explain(extraction)
    assert out.startswith("# t:")
    assert "'Ansar al-Sharia'" in out and "-> kb:ast-libya (Ansar al-Sharia (Libya))" in out
    assert "reason=alias:exact" in out and "section" not in out.split("\n")[0]
    assert len(out.strip().splitlines()) == 1 + sum(len(e.mentions) for e in extraction.entities)


def test_link_country_name_prefers_the_state_over_the_gazetteer_country(nlp):
    kb = KnowledgeBase()
    kb.add(KBEntity("kb:qatar", "Qatar", "state", country="QA"))
    kb.add(KBEntity("geo:289688", "Qatar", "place", country="QA", feature="country"))
    kb.add(KBEntity("geo:doha", "Doha", "place", country="QA"))
    links = _links("Officials flew to Qatar and then to Doha.", Resources(kb=kb, nlp=nlp))
    assert links["Qatar"] == "kb:qatar" and links["Doha"] == "geo:doha"


@pytest.mark.parametrize("text, surface, expected", [
    ("Clashes were mainly in Aleppo and Idlib provinces.", "Idlib", "geo:idlib-gov"),
    ("Planes bombed the coastal province of Idlib.", "Idlib", "geo:idlib-gov"),
    ("Rebels entered Idlib on Monday.", "Idlib", "geo:idlib"),
])
def test_link_city_name_for_its_governorate(text, surface, expected, nlp):
    kb = KnowledgeBase()
    kb.add(KBEntity("geo:idlib", "Idlib", "place", country="SY", feature="PPL"))
    kb.add(KBEntity("geo:idlib-gov", "Idlib Governorate", "place", country="SY", feature="ADM1"))
    kb.add(KBEntity("geo:aleppo", "Aleppo", "place", country="SY", feature="PPL"))
    assert _links(text, Resources(kb=kb, nlp=nlp))[surface] == expected


def test_link_comment_mentions_keep_their_section(small):
    from factionmap.link import link
    from factionmap.parses import ParseCache
    from factionmap.recognize import recognize, split_sentences
    from factionmap.types import CleanDocument, Section

    text = "Jabhat al-Nusra attacked Benghazi. Reader: Jabhat al-Nusra lies."
    cut = text.index("Reader")
    doc = CleanDocument("t", text, (Section("body", 0, cut), Section("comments", cut, len(text))))
    sentences = split_sentences(doc)
    parses = ParseCache(small.nlp, doc, sentences)
    entities = link(doc, sentences, recognize(doc, sentences, small, parses), small, parses)
    nusra = next(e for e in entities if e.id == "kb:nusra")
    assert [m.section for m in nusra.mentions] == ["body", "comments"]


@pytest.mark.parametrize("name, expected", [
    ("Jaysh al-'Izza", "new:jaysh-al-izza"), ("Hay’at Tahrir al-Shām", "new:hayat-tahrir-al-sham"),
    ("Fatah Halab Operations Room", "new:fatah-halab-operations-room"),
])
def test_slug_is_ascii_and_stable(name, expected):
    from factionmap.recognize import slug

    assert "new:" + slug(name) == expected
