"""Eleventh round, partial and translated names:

- a partial name ("the Volunteer Force") that is the tail of the full KB name of an actor the
  document names by any alias ("UVF") is that actor (``late.named_tail``), when exactly one
  actor fits and the tail has two words or more with an organisational head;
- a capitalised relation cue opening the sentence ("Members of Let's Take Action (CA) ...")
  cues a group name as the lower-case one does ("some members of X");
- a lone name opening the sentence, coordinated with a group a group verb follows ("Tara and
  the Volunteer Force worked together"), is a group;
- Kenya's military is the Kenya Defence Forces (KDF), its official name.
"""

from __future__ import annotations

import pytest

from factionmap.pipeline import extract
from factionmap.types import Document

TARA = ("Tara and the Volunteer Force worked together until 1971. The two groups ended their "
        "relationship when Samuel McClelland (UVF), confronted William McGrath (Tara).")


def _ids(resources, text: str) -> dict[str, str | None]:
    ex = extract(Document(doc_id="t", text=text, source="t"), resources)
    return {m.text: e.id for e in ex.entities for m in e.mentions}


def _edges(resources, text: str) -> set[tuple[str, str, str]]:
    ex = extract(Document(doc_id="t", text=text, source="t"), resources)
    return {(r.type, r.source, r.target) for r in ex.relations}


def test_tail_of_a_named_kb_actor_is_that_actor(resources):
    ids = _ids(resources, TARA)
    assert ids["Volunteer Force"] == "kb:uvf"
    assert ids["Tara"].startswith("new:")
    assert ("allied_with", "kb:uvf", ids["Tara"]) in _edges(resources, TARA)


@pytest.mark.parametrize("text", [
    # the document never names the UVF: no actor to stand for
    "Tara and the Volunteer Force worked together until 1971.",
    # one word is no partial name ("the Force")
    "The Force attacked a police station. The UVF denied it.",
])
def test_tail_needs_a_named_actor_and_two_words(resources, text):
    ids = _ids(resources, text)
    assert "kb:uvf" not in {v for k, v in ids.items() if k != "UVF"}


def test_tail_fitting_two_named_actors_is_neither(resources):
    text = ("The Kosovo Liberation Army and the National Liberation Army were both active. "
            "The Liberation Army attacked a checkpoint.")
    ids = _ids(resources, text)
    assert ids.get("Liberation Army") not in ("kb:kla", "kb:nla", "kb:kosovo-liberation-army")
    assert ids["Kosovo Liberation Army"] != ids.get("Liberation Army")
    assert ids["National Liberation Army"] != ids.get("Liberation Army")


def test_capitalised_members_of_at_sentence_start_cues_a_translated_name(resources):
    text = ("Members of Let's Take Action (CA) and Armed Revolutionary Nuclei (NAR) staged a joint "
            "assassination attempt against a lawyer.")
    ids = _ids(resources, text)
    assert ids["Let's Take Action"] == "new:lets-take-action"
    assert ("joint_operation", "kb:nuclei-armati-rivoluzionari", "new:lets-take-action") in \
        _edges(resources, text)


@pytest.mark.parametrize("text", [
    "Members of Parliament said the attack was cowardly.",  # one common word: a title
    "It was 1978. Several Members of Let's Take Action attacked.",  # not the sentence opening
])
def test_capitalised_cue_only_at_the_opening(resources, text):
    assert "Let's Take Action" not in _ids(resources, text)
    assert "Parliament" not in _ids(resources, text)


@pytest.mark.parametrize("text", [
    "Kurds and the YPG fought the Islamic State.",  # a people, not a group
    "Tara and the UVF in 1971.",  # no group verb after the pair
])
def test_lone_co_subject_needs_a_group_verb_and_no_people(resources, text):
    ids = _ids(resources, text)
    assert "Kurds" not in ids and "Tara" not in ids


@pytest.mark.parametrize("name", ["Kenya Defence Forces", "Kenyan Defense Forces", "KDF"])
def test_kenya_defence_forces_are_kenyas_military(resources, name):
    text = f"The {name} attacked al-Shabaab positions near Kismayo."
    assert _ids(resources, text)[name] == "kb:kenya-armed-forces"


def test_name_with_its_own_acronym_coordinated_with_a_group(resources):
    # no cue word: the coordination with a known group reaches over the run's own bracket,
    # and the bracket (not the English initials: Costruiamo l'Azione) is its acronym
    text = ("In 1978 Let's Take Action (CA) and Armed Revolutionary Nuclei (NAR) staged an attack. "
            "CA later bombed a police station.")
    ex = extract(Document(doc_id="t", text=text, source="t"), resources)
    ca = [m.start for e in ex.entities if e.id == "new:lets-take-action" for m in e.mentions
          if m.text == "CA"]
    assert ca == [text.index("CA"), text.rindex("CA")]


@pytest.mark.parametrize("text", [
    "Reporters in Washington (AP) and Hamas officials met.",  # a place and a news agency
    "The talks on Tuesday (EST) and Hamas said nothing.",  # a day and a time zone
    "In 1978 Let's Take Action (c) and Hamas met.",  # no acronym in the bracket
])
def test_bracket_coordination_needs_a_name_and_an_acronym(resources, text):
    ids = _ids(resources, text)
    assert not {k for k, v in ids.items() if v and v.startswith("new:") and k != "Hamas"} - {
        "Washington"}
    assert "AP" not in ids and "EST" not in ids and "Let's Take Action" not in ids
