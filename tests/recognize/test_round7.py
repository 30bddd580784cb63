"""Seventh round, recognition and KB: names the model took for people or missed that a merger
list makes groups, a person "of <KB group>" no longer swallowing the group, "-ul" heads, KB
records of their own for groups that the bulk sources filed under their successors, and a
doubled function word blanked for the parser only.

Each rule has a case it must fire on and one it must not.
"""

from __future__ import annotations

import pytest

from factionmap.parses import undouble
from factionmap.pipeline import extract
from factionmap.types import Document


def _run(resources, text: str):
    return extract(Document(doc_id="t", text=text, source="t"), resources)


def _types(ex) -> dict[str, str]:
    """Surface -> entity type of every mention."""
    return {m.text: e.type for e in ex.entities for m in e.mentions}


def _edges(ex) -> set[tuple[str, str, str]]:
    names = {e.id: e.name for e in ex.entities}
    return {(r.type, names.get(r.source, r.source), names.get(r.target, r.target)) for r in ex.relations}


# --- a merger list makes its unknown parties groups (MMP 1457, 1331) ---

def test_person_listed_with_a_group_as_a_party_of_a_merger_is_a_group(resources):
    ex = _run(resources, "Kurdish Hamas and Tawhid merged in summer 2001 to form the Al-Tawhid Islamic Front.")
    assert _types(ex)["Tawhid"] == "armed_group"
    assert ("merged_into", "Tawhid", "Al-Tawhid Islamic Front") in _edges(ex)


def test_unfound_arabic_name_in_the_merger_of_a_list_is_a_group(resources):
    ex = _run(resources, "The Islamic Unity Movement of Kurdistan (IUMK) was formed in 1999 by the merger "
                         "of the Islamic Movement of Kurdistan (IMK), al-Nahda, and Kurdish Hamas.")
    assert _types(ex).get("al-Nahda") == "armed_group"
    assert ("merged_into", "al-Nahda", "Islamic Unity Movement of Kurdistan") in _edges(ex)


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a KB person never changes type, whatever the predicate
    ("Baghdadi and ISIS merged their forces.", "Baghdadi", "person"),
    # people join, form and fight with groups: only a merger makes a party a group
    ("Tawhid and Kurdish Hamas fought the PUK in 2001.", "Tawhid", "person"),
    # a name after the list's closing "and" item is no party ("..., Mohammed Kassem rejected it")
    ("After the merger of the Islamic State of Iraq and Jabhat al-Nusra, Mohammed Kassem rejected it.",
     "Mohammed Kassem", "person"),
    # states merge too; a list holding a state or place is no list of groups
    ("The merger of Syria and Egypt in 1958 formed the United Arab Republic.", "Syria", "state"),
])
def test_merger_rule_leaves_people_and_states(resources, text, name, kind):
    assert _types(_run(resources, text)).get(name, kind) == kind


def test_merger_rule_needs_a_known_group_in_the_list(resources):
    ex = _run(resources, "Tawhid and Nahda merged in 2001.")
    assert all(e.type != "armed_group" for e in ex.entities if e.name in ("Tawhid", "Nahda"))


# --- a person of a KB group is no group name (MMP 1259) ---

def test_person_of_a_kb_group_leaves_the_group_its_own_mention(resources):
    ex = _run(resources, "IS carries out a double suicide bombing that kills 26 in Aleppo, including commander "
                         "Adnan Bakour of Liwa al-Tawhid, a member group of the Islamic Front.")
    assert "kb:liwa-al-tawhid" in {e.id for e in ex.entities}
    assert not any(" of Liwa" in e.name for e in ex.entities)


def test_unit_of_a_kb_group_is_still_cut_into_unit_and_group(resources):
    ex = _run(resources, "The Jose Solano Sepulveda Front of the National Liberation Army attacked the town.")
    names = {e.name for e in ex.entities}
    assert "Jose Solano Sepulveda Front" in names


# --- "-ul" heads (MMP 1621) ---

def test_ul_head_names_a_group(resources):
    ex = _run(resources, "Jabhatul Islamiya and Anole merged to form Hizbul Islam.")
    assert _types(ex)["Jabhatul Islamiya"] != "person"


# --- a near spelling of another country's group is another group (MMP 1621) ---

def test_near_spelling_abroad_is_a_new_group(resources):
    ex = _run(resources, "Four Somali Islamist groups merged to form Hizbul Islam. The four original groups "
                         "were the Ras Kamboni Brigade, Jabhatul Islamiya (Islamic Front), and Anole.")
    ids = {m.text: e.id for e in ex.entities for m in e.mentions}
    assert ids["Jabhatul Islamiya"].startswith("new:")  # not Syria's Islamic Front
    assert ("merged_into", ids["Jabhatul Islamiya"], "kb:hizbul-islam") in {
        (r.type, r.source, r.target) for r in ex.relations}


def test_near_spelling_at_home_or_unplaced_still_links(resources):
    ex = _run(resources, "Fighters of Jabhatul Islamiya attacked Syrian army positions near Aleppo.")
    assert {m.text: e.id for e in ex.entities for m in e.mentions}["Jabhatul Islamiya"] == "kb:islamic-front"


# --- KB: groups of their own before they joined their successors (MMP 255, 1795) ---

@pytest.mark.parametrize(("text", "edge"), [
    ("The GSPC merges with Al Qaeda Central to form Al Qaeda in the Islamic Maghreb.",
     ("merged_into", "kb:gspc", "kb:aqim")),
    ("Saudi Arabia facilitated a merger of about fifty Damascus-based opposition groups, including Liwa "
     "al-Islam, to create a new opposition group known as Jaysh al-Islam.",
     ("merged_into", "kb:liwa-al-islam", "kb:jaysh-al-islam")),
])
def test_predecessor_is_its_own_record(resources, text, edge):
    ex = _run(resources, text)
    assert edge in {(r.type, r.source, r.target) for r in ex.relations}


def test_kb_keeps_successor_names_apart(kb):
    assert {e.id for e in kb.find("GSPC")} == {"kb:gspc"}
    assert {e.id for e in kb.find("Salafist Group for Preaching and Combat")} == {"kb:gspc"}
    assert {e.id for e in kb.find("AQIM")} == {"kb:aqim"}
    assert {e.id for e in kb.find("Liwa al-Islam")} == {"kb:liwa-al-islam"}
    assert "kb:al-qaeda" not in {e.id for e in kb.find("Islamic Army")}


def test_islamic_army_is_not_the_army_of_islam(resources):
    ex = _run(resources, "Kurdish Hamas and the Islamic Army merged in 2001.")
    ids = {m.text: e.id for e in ex.entities for m in e.mentions}
    assert ids["Islamic Army"] not in ("kb:al-qaeda", "kb:jaysh-al-islam")


# --- a doubled function word is blanked for the parser only (MMP 517) ---

@pytest.mark.parametrize(("text", "expected"), [
    ("split from from the old IRA", "split      from the old IRA"),
    ("the the group", "    the group"),
    ("he said that that group had had enough", "he said that that group had had enough"),
    ("fromfrom from", "fromfrom from"),
])
def test_undouble_keeps_length(text, expected):
    assert undouble(text) == expected
    assert len(undouble(text)) == len(text)


def test_doubled_word_parsed_with_offsets_of_the_text(nlp, resources):
    from factionmap.parses import ParseCache
    from factionmap.recognize import split_sentences
    from factionmap.types import CleanDocument, Section

    text = "The PIRA split from from the old IRA in 1969."
    doc = CleanDocument("t", text, (Section("body", 0, len(text)),))
    parse = ParseCache(nlp, doc, split_sentences(doc)).get(0)
    ira = next(t for t in parse if t.text == "IRA")
    assert ira.head.text == "from" and ira.head.head.text == "split"  # not "from" of "from"
    assert text[ira.idx:ira.idx + 3] == "IRA"  # offsets are the text's
    ex = _run(resources, "The Real IRA split from from the Provisional Irish Republican Army in 1997.")
    assert all(ex.document.text[r.evidence.start:r.evidence.end] == r.evidence.text for r in ex.relations)


# --- eighth round: a KB person's name continues with an unknown capitalised word (MMP 1251) ---

def test_kb_person_takes_the_unknown_word_after_him_as_his_surname(resources):
    ex = _run(resources, "On July 23, 2014, senior leader of Abu Sayyaf, Isnilon Hapilon, posted a video.")
    people = {m.text for e in ex.entities if e.type == "person" for m in e.mentions}
    assert "Isnilon Hapilon" in people


def test_kb_person_does_not_swallow_a_known_name_or_a_common_word(resources):
    # FA-KES lists lose their commas: a known name after a person is another person
    for text, merged in (("Fighters loyal to Isnilon Assad attacked.", "Isnilon Assad"),
                         ("Fighters loyal to Isnilon Bakery attacked.", "Isnilon Bakery"),
                         ("The group said Isnilon Monday was calm.", "Isnilon Monday")):
        ex = _run(resources, text)
        texts = {m.text for e in ex.entities for m in e.mentions}
        assert "Isnilon" in texts and merged not in texts
