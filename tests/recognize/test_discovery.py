"""Discovery of groups absent from the KB: heads, introduction cues, acronyms, glosses."""

from __future__ import annotations

import pytest

from factionmap.kb.model import Alias, KBEntity, KnowledgeBase
from factionmap.parses import ParseCache
from factionmap.pipeline import extract
from factionmap.recognize import recognize, split_sentences
from factionmap.recognize.aliases import strip_possessive
from factionmap.recognize.discovery import (
    classify_run,
    definition_after,
    discover_heads,
    discover_intro,
    short_name,
)
from factionmap.resources import Resources
from factionmap.types import CleanDocument, Document, Section


@pytest.fixture(scope="module")
def small() -> Resources:
    kb = KnowledgeBase()
    kb.add(KBEntity("kb:ypg", "People's Protection Units", "armed_group",
                    (Alias("YPG", "acronym"),), country="SY"))
    kb.add(KBEntity("kb:ahrar", "Ahrar al-Sham", "armed_group", country="SY"))
    kb.add(KBEntity("kb:fateh", "Jabhat Fateh al-Sham", "armed_group", country="SY"))
    kb.add(KBEntity("geo:aleppo", "Aleppo", "place", country="SY"))
    return Resources(kb=kb, nlp=None)


def _found(text: str, resources: Resources) -> list[tuple[str, str | None, str]]:
    doc = CleanDocument("t", text, (Section("body", 0, len(text)),))
    sentences = split_sentences(doc)
    return [(m.text, m.entity_id, m.reason) for m in
            recognize(doc, sentences, resources, ParseCache(None, doc, sentences))]


@pytest.mark.parametrize("text, name", [
    ("Yesterday Jaysh al-Izza shelled the town.", "Jaysh al-Izza"),
    ("The Hamza Division took the hill.", "Hamza Division"),
    ("Fighters of Liwa Suqur al-Sham withdrew.", "Liwa Suqur al-Sham"),
    ("They joined Faylaq al-Rahman last year.", "Faylaq al-Rahman"),
    ("Kata'ib Hezbollah fired rockets.", "Kata'ib Hezbollah"),
    ("The Army of the Men of the Naqshbandi Order fought.", "Army of the Men of the Naqshbandi Order"),
    ("Saraya al-Mukhtar claimed it.", "Saraya al-Mukhtar"),
    ("Harakat Nour al-Din al-Zenki joined.", "Harakat Nour al-Din al-Zenki"),
    ("They formed the Fatah Halab operations room in April.", "Fatah Halab Operations Room"),
    ("the Ras Kamboni Movement captured the town.", "Ras Kamboni Movement"),
    ("Trotskyists of the Leon Sedov Brigade joined ISIL.", "Leon Sedov Brigade"),
])
def test_discover_heads_finds_group_names(text, name):
    assert [c.name for c in discover_heads(text, 0, len(text))] == [name]


@pytest.mark.parametrize("text", [
    "The Syrian Army advanced.", "The European Union condemned it.", "The army said so.",
    "Iraqi Security Forces entered.",
])
def test_discover_heads_ignores_state_forces(text):
    assert discover_heads(text, 0, len(text)) == []


@pytest.mark.parametrize("text, name", [
    ("The United Nations Security Council met.", "United Nations Security Council"),
    ("He met the Red Crescent Committee.", "Red Crescent Committee"),
    ("The Syrian Observatory for Human Rights said so.", "Syrian Observatory for Human Rights"),
    ("He told ARA News on Monday.", "ARA News"),
])
def test_discover_heads_types_civil_bodies_as_organizations(text, name):
    assert [(c.name, c.type) for c in discover_heads(text, 0, len(text))] == [(name, "organization")]


@pytest.mark.parametrize("text, name, kind", [
    ("Five factions formed a new alliance named Jaish al-Fatah.", "Jaish al-Fatah", "coalition"),
    ('The rebels set up a joint operations room called "Rad al-Tughyan".', "Rad al-Tughyan",
     "coalition"),
    ("A small cell known as the Sharia Patrol attacked shops.", "Sharia Patrol", "armed_group"),
    # a person noun before the cue introduces a person
    ("Ahrar al-Sham arrested a Tahrir al-Sham commander named Yusuf al-Abdullah as he fled.",
     "Yusuf al-Abdullah", "person"),
    ("A cleric called Abu Qatada preached there.", "Abu Qatada", "person"),
])
def test_discover_intro_names_after_cues(text, name, kind):
    found = discover_intro(text, 0, len(text))
    assert [(c.name, c.type) for c in found] == [(name, kind)]


def test_classify_run_types_coalitions():
    text = "the Fatah Halab operations room"
    from factionmap.recognize.discovery import _runs, _words

    assert classify_run(_runs(text, _words(text, 0, len(text)))[0]) == "coalition"


@pytest.mark.parametrize("text, expected", [
    ("Jaish al-Muhajireen wal-Ansar (JMA) fought", ("acronym", "JMA")),
    ("Jabhat Fateh al-Sham (“Front for the Conquest of the Levant”) was", ("gloss",
                                                                          "Front for the Conquest of the Levant")),
    ("Jund al-Aqsa (Soldiers of al-Aqsa) was", None),
])
def test_definition_after_acronym_and_gloss(text, expected):
    end = text.index(" (")
    found = definition_after(text, end, len(text))
    assert (found and (found[0], found[3])) == expected or (found is None and expected is None)


def test_short_name_drops_trailing_head():
    assert short_name("Fatah Halab Operations Room") == "Fatah Halab"
    assert short_name("Hamza Division") is None


def test_recognize_new_group_with_defined_acronym_and_repeats(small):
    text = ("Jaish al-Muhajireen wal-Ansar (JMA) was founded in 2013. Later the JMA grew. "
            "Jaish al-Muhajireen wal-Ansar's leader spoke.")
    found = _found(text, small)
    ids = {m[1] for m in found}
    assert ids == {"new:jaish-al-muhajireen-wal-ansar"}
    assert [m[2] for m in found] == ["discovered:head", "acronym:defined", "acronym:defined",
                                     "discovered:head"]


def test_recognize_gloss_joins_its_name(small):
    found = _found("Rebels formed Jaysh al-Fath (“Army of Conquest”) in Idlib.", small)
    assert found == [("Jaysh al-Fath", "new:jaysh-al-fath", "discovered:head"),
                     ("Army of Conquest", "new:jaysh-al-fath", "gloss")]


def test_recognize_kb_name_inside_modifiers_stays_kb(small):
    found = _found("The Kurdish YPG militia and the Ahrar al-Sham Islamic Movement fought.", small)
    assert [m[1] for m in found] == ["kb:ypg", "kb:ahrar"]


def test_recognize_group_named_after_place_or_person(small):
    found = _found("The Aleppo Military Council and Abu Omar's jamaat fought the YPG.", small)
    assert found[0][:2] == ("Aleppo Military Council", "new:aleppo-military-council")
    assert ("Abu Omar's jamaat", "new:abu-omars-jamaat", "discovered:named-after") in found


def test_recognize_fuzzy_links_near_spelling_to_kb(small):
    found = _found("Jabhat Fatah al-Sham fighters", small)
    assert found[0][1] == "kb:fateh"


def test_recognize_operations_room_short_repeat(small):
    text = "They joined the Fatah Halab operations room. Fatah Halab then attacked Aleppo."
    found = _found(text, small)
    assert [m[1] for m in found] == ["new:fatah-halab-operations-room"] * 2 + ["geo:aleppo"]
    assert found[1][2] == "discovered:repeat"


@pytest.mark.parametrize("text, name", [
    ("After its dissolution, some of its members joined Prima Linea.", "Prima Linea"),
    ("The Ahrar al-Sham and Black Order leaders met.", "Black Order"),
    ("Hamas Iraq militants attacked a checkpoint.", "Hamas Iraq"),
])
def test_recognize_groups_by_context(text, name, small):
    found = [m for m in _found(text, small) if m[2] == "discovered:context"]
    assert [m[0] for m in found] == [name]


@pytest.mark.parametrize("text", [
    "Ahrar al-Sham and Druze villagers met on 26 July 2012.",
    "The Ahrar al-Sham, 23 and more.",
])
def test_recognize_context_skips_peoples_and_numbers(text, small):
    assert [m for m in _found(text, small) if m[2] == "discovered:context"] == []


@pytest.mark.parametrize("text", [
    "Latest News We report daily.",
    "Watch Live TV Schedule Where to watch.",
    "In Damascus the Syrian Army advanced.",
])
def test_discover_heads_skips_page_furniture_and_glued_runs(text):
    assert discover_heads(text, 0, len(text)) == []


@pytest.mark.parametrize("text", [
    "Ahrar al-Sham and Bab al-Hawa crossing reopened.",
    "Ahrar al-Sham and Three Russian soldiers died.",
    "Members of Islamist groups fled.",
])
def test_recognize_context_skips_places_quantities_adjectives(text, small):
    assert [m for m in _found(text, small) if m[2] == "discovered:context"] == []


def test_recognize_kunya_left_by_the_model_is_a_person(small):
    found = _found("Abu Abdelrahman Salqeen leader of Ahrar al-Sham was killed.", small)
    assert ("Abu Abdelrahman Salqeen", "new:abu-abdelrahman-salqeen", "discovered:person") in found


@pytest.mark.parametrize("text, name", [
    ("Nucleus of Communists split from the others in 1980.", "Nucleus of Communists"),
    ("Asian Tigers has openly renounced the attack.", "Asian Tigers"),
])
def test_recognize_sentence_subject_of_a_group_verb(text, name, small):
    assert [m[0] for m in _found(text, small) if m[2] == "discovered:context"] == [name]


def test_recognize_full_and_short_discovered_names_share_an_id(small):
    text = ("They formed the Jund al-Malahim operations room. A statement named Jund al Malahim "
            "as its leader.")
    ids = {m[1] for m in _found(text, small) if "Malahim" in m[0]}
    assert ids == {"new:jund-al-malahim-operations-room"}


def test_recognize_group_named_after_kb_leader_links_to_his_group():
    from factionmap.kb.model import KBLink

    kb = KnowledgeBase()
    kb.add(KBEntity("kb:jaysh-al-islam", "Jaysh al-Islam", "armed_group", country="SY"))
    kb.add(KBEntity("kb:zahran", "Zahran Alloush", "person", country="SY",
                    links=(KBLink("leader_of", "kb:jaysh-al-islam"),)))
    found = _found("Fighters of Zahran Alloush's group shelled Damascus.", Resources(kb=kb))
    assert ("Zahran Alloush's group", "kb:jaysh-al-islam", "named-after:kb-leader") in found


@pytest.mark.parametrize("text, name", [
    ("The Irish People's Liberation Organization (IPLO) split.", "Irish People's Liberation Organization"),
    ("Members of Armed Revolutionary Nuclei (NAR) fled.", "Armed Revolutionary Nuclei"),
])
def test_recognize_names_with_possessives_and_leading_modifiers(text, name, nlp):
    kb = KnowledgeBase()
    kb.add(KBEntity("kb:rn", "Revolutionary Nuclei", "armed_group", country="GR"))
    found = _found(text, Resources(kb=kb))
    assert found[0][0] == name and found[0][1].startswith("new:")


def test_recognize_tag_list_splits_after_a_lower_case_head(small):
    text = "Fighting went on near Sawaiq al-Rahman brigade Ahrar al-Sham Aleppo positions."
    doc = CleanDocument("t", text, (Section("body", 0, len(text)),))
    sentences = split_sentences(doc)
    found = [m.text for m in recognize(doc, sentences, small, ParseCache(None, doc, sentences))]
    assert found == ["Sawaiq al-Rahman brigade", "Ahrar al-Sham", "Aleppo"]


@pytest.mark.parametrize("text, name", [
    # A date and a head make a name (Italian left-wing groups of the 1970s).
    ("Some of its members joined others to form the March 28 Brigade.", "March 28 Brigade"),
    ("Partisan groups absorbed the October 22 Circle's remaining membership.", "October 22 Circle"),
    # A plural English head: "Divisions", "Regiments".
    ("Members split from the group to form the Communist Attack Divisions.",
     "Communist Attack Divisions"),
    # "for a"/"for an" inside a name.
    ("The Movement for an Islamic State (MEI) merged with other small groups.",
     "Movement for an Islamic State"),
    # A possessive inside a name ("People's") does not end it.
    ("The Irish People's Liberation Organization split from the INLA.",
     "Irish People's Liberation Organization"),
])
def test_discover_heads_dates_plurals_and_name_possessives(text, name):
    assert name in [strip_possessive(c.name) for c in discover_heads(text, 0, len(text))]


@pytest.mark.parametrize("text, wrong", [
    ("On March 28 Ahrar al-Sham attacked the town.", "March 28 Ahrar al-Sham"),
    ("Pakistan's Ministry of Interior reported LeJ's alliance with TTP in 2009.", "LeJ's alliance"),
    ("Pakistan's Ministry of Interior reported LeJ's alliance with TTP in 2009.",
     "Pakistan's Ministry of Interior"),
    ("AQY-associated militants traveled to Iraq.", "AQY-associated"),
    ("employing them against the 13 Iraqi Divisions located near Kirkuk", "13 Iraqi Divisions"),
])
def test_discover_heads_possessive_and_date_end_names(text, wrong):
    assert wrong not in [c.name for c in discover_heads(text, 0, len(text))]


@pytest.fixture(scope="module")
def haqqani() -> Resources:
    kb = KnowledgeBase()
    kb.add(KBEntity("kb:haqqani", "Haqqani Network", "armed_group", (Alias("HQN", "acronym"),),
                    country="AF"))
    kb.add(KBEntity("kb:akrad", "Kurdish Front", "armed_group", country="SY"))
    kb.add(KBEntity("kb:pakistan", "Pakistan", "state", country="PK"))
    return Resources(kb=kb, nlp=None)


@pytest.mark.parametrize("text, expected", [
    ("Haqqani Commanders support camps for training in Pakistan.", [("Haqqani", "kb:haqqani")]),
    ("The camp trained Haqqani militants.", [("Haqqani", "kb:haqqani")]),
    ("Haqqani directly hosts Osama bin Laden at his home.", []),  # a family name alone
    ("Letters were written to al-Suri by Jalaluddin Haqqani.", []),
    ("Jalaluddin Haqqani militants left.", []),  # part of a person's name
    ("Kurdish militants clashed with them.", []),  # a people, not "Kurdish Front"
])
def test_recognize_headless_group_name_with_members(text, expected, haqqani):
    found = [(t, i) for t, i, r in _found(text, haqqani) if r == "alias:headless"]
    assert found == expected


@pytest.mark.parametrize("text", [
    "Chechen fighters joined the Jaysh al-Izza brigade.",
    "Turkmen commanders and Jaysh al-Izza fought.",
])
def test_recognize_context_skips_peoples_with_members(text, small):
    assert not [t for t, _, r in _found(text, small) if r == "discovered:context"]


@pytest.mark.parametrize("name, kb_name, same", [
    ("Jabhat Fatah al-Sham", "Jabhat Fateh al-Sham", True),
    ("Jeish al-Fastat", "Jaysh al-Fustat", True),
    ("Harakat Nouriddeen Al-Zinki", "Harakat Nour al-Din al-Zenki", True),  # words run together
    ("Syrian Observatory of Human Rights", "Syrian Observatory for Human Rights", True),
    ("Asai'ib Ahl al-Haqq", "Asa'ib Ahl al-Haqq", True),
    # one short word changes the name, however high the ratio over the whole name
    ("Raqqa Military Council", "Daraa Military Council", False),
    ("Communist Party of Nepal", "Communist Party of India", False),
    ("Assyrian Forces", "Syrian Forces", False),
    ("Al-Bara Brigade", "Badr Brigade", False),
    ("Internal Security Forces", "Raqqa Internal Security Forces", False),
])
def test_same_words_tells_misspellings_from_other_names(name, kb_name, same):
    from factionmap.kb.normalize import normalize_name
    from factionmap.recognize import same_words

    assert same_words(normalize_name(name), normalize_name(kb_name)) is same


@pytest.mark.parametrize("text, name", [
    ("FSA brigades such as Fursan al-Haq used TOW missiles.", "Fursan al-Haq"),  # "knights"
    ("Suqour al-Ezz fighters entered the town.", "Suqour al-Ezz"),  # "falcons"
])
def test_recognize_arabic_group_heads_make_groups(text, name, resources):
    extraction = extract(Document("t", text=text), resources)
    assert [(e.name, e.type) for e in extraction.entities if e.name == name] == [(name, "armed_group")]


@pytest.mark.parametrize("text, expected", [
    ("Islamic State executed 700 members of the al-Sheitaat tribe.", [("al-Sheitaat", "other")]),
    ("The YPG (supported by the Shammar tribe) launched an offensive.", [("Shammar", "other")]),
    # a creed, a people or an adjective describes the tribe, it does not name it
    ("A Sunni tribe and the local clan met the Kurdish tribes.", []),
])
def test_recognize_tribes_named_before_their_head(text, expected, resources):
    extraction = extract(Document("t", text=text), resources)
    assert [(e.name, e.type) for e in extraction.entities if e.type == "other"] == expected


@pytest.mark.parametrize("text", [
    "Ahrar ash-Sham was notably absent from the Azaz front this week.",
    "Jaysh al-Izza launched a counterattack on the Hamamiyat front.",
])
def test_recognize_lowercase_front_is_a_battlefront(text, resources):
    extraction = extract(Document("t", text=text), resources)
    assert not [e for e in extraction.entities if e.name.lower().endswith("front")]


@pytest.mark.parametrize("text, name", [
    ("17-02-2016 Syrian Army Kills Dozens of Terrorists in Hama.", None),
    ("23-09-2013 ISIL Armed Groups Battle in Rural Idlib 13 Killed.", None),
    ("Coalition Airstrike Destroys 168 Oil Tanker Trucks in Central Syria", None),
    ("The Sawaiq al-Rahman Brigade killed six fighters in Idlib.", "Sawaiq al-Rahman Brigade"),
])
def test_discover_heads_skips_title_case_headlines(text, name):
    found = [c.name for c in discover_heads(text, 0, len(text))]
    assert found == ([name] if name else [])


@pytest.mark.parametrize("text, name", [
    ("Thirteen groups announce the formation of an Islamist coalition.", "Islamist coalition"),
    ("The groups formed a new Kurdish-Arab alliance on Monday.", "Kurdish-Arab alliance"),
    ("Rebels formed a new coalition in Idlib.", None),  # no description, no name
])
def test_discover_formed_bodies_names_unnamed_bodies_by_their_description(text, name):
    from factionmap.recognize.discovery import discover_formed_bodies
    found = [c.name for c in discover_formed_bodies(text, 0, len(text))]
    assert found == ([name] if name else [])
