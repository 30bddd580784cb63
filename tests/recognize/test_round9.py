"""Ninth round, recognition misses of the dev gold: a lower-case one-word state name acting
militarily ("turkey started shelling"), and KB names for descriptions newswire uses for groups
("a Kurdish-Arab alliance" for the SDF, "Kurdish internal security forces" for the Asayish,
"Falcons of al-Gab" for Suqour al-Ghab).

Each rule has a case it must fire on and one it must not.
"""

from __future__ import annotations

import pytest

from factionmap.pipeline import extract
from factionmap.types import Document


def _run(resources, text: str):
    return extract(Document(doc_id="t", text=text, source="t"), resources)


def _linked(ex) -> dict[str, str]:
    """Surface -> entity id of every mention."""
    return {m.text: e.id for e in ex.entities for m in e.mentions}


def _edges(ex) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in ex.relations}


# --- a lower-case state name followed by a military act is the state ---

@pytest.mark.parametrize("text", [
    "From past month turkey started shelling Kurdish YPG fighters near Azaz.",
    "Last week russia bombed the rebels of Ahrar al-Sham in Idlib.",
])
def test_lower_case_state_acting_militarily_is_the_state(resources, text):
    ex = _run(resources, text)
    assert {_linked(ex).get("turkey"), _linked(ex).get("russia")} & {"kb:turkey", "kb:russia"}


@pytest.mark.parametrize("text", [
    "The fighters of the YPG ate turkey and rice before they shelled Azaz.",
    "Families bought a turkey in Qamishli while the YPG attacked Islamic State positions.",
    "The turkey is roasted while the YPG shelled Azaz.",
])
def test_lower_case_state_name_without_a_military_act_is_prose(resources, text):
    assert "turkey" not in _linked(_run(resources, text))


def test_lower_case_turkey_shelling_makes_a_fight(resources):
    ex = _run(resources, "From past month turkey started shelling Kurdish YPG fighters near Azaz.")
    assert {("fights", "kb:turkey", "kb:ypg"), ("fights", "kb:ypg", "kb:turkey")} & _edges(ex)


# --- KB names for descriptions ---

def test_kurdish_arab_alliance_is_the_sdf_with_context(resources):
    ex = _run(resources, "Fighting between Islamic State militants and a Kurdish-Arab alliance has "
                         "forced residents to flee Manbij in Syria.")
    assert _linked(ex).get("Kurdish-Arab alliance") == "kb:syrian-democratic-forces"
    assert ("fights", "kb:islamic-state", "kb:syrian-democratic-forces") in _edges(ex)


def test_a_kurdish_alliance_without_the_arab_part_is_not_the_sdf(resources):
    ex = _run(resources, "Fighting between Islamic State militants and a Kurdish alliance has "
                         "forced residents to flee Manbij in Syria.")
    assert "kb:syrian-democratic-forces" not in _linked(ex).values()


def test_kurdish_arab_alliance_without_context_is_not_linked(resources):
    ex = _run(resources, "Fighting between the militants and a Kurdish-Arab alliance continued on Sunday.")
    assert "kb:syrian-democratic-forces" not in _linked(ex).values()


def test_kurdish_internal_security_forces_are_the_asayish(resources):
    ex = _run(resources, "The YPG and Syrian Kurdish internal security forces were able to crush "
                         "this attack in Tel Abyad.")
    assert "kb:asayish" in _linked(ex).values()


def test_internal_security_forces_alone_are_not_the_asayish(resources):
    ex = _run(resources, "Lebanon's Internal Security Forces arrested two Islamic State suspects in Tripoli.")
    assert "kb:asayish" not in _linked(ex).values()


def test_falcons_of_al_gab_is_suqour_al_ghab_an_fsa_unit(resources):
    ex = _run(resources, "The FSA Falcons of al-Gab unit used TOW missiles supplied by the United "
                         "States specifically for this operation.")
    assert _linked(ex).get("Falcons of al-Gab") == "kb:suqour-al-ghab"
    assert ("subunit_of", "kb:suqour-al-ghab", "kb:free-syrian-army") in _edges(ex)


def test_falcons_of_the_levant_is_not_suqour_al_ghab(resources):
    ex = _run(resources, "The Falcons of the Levant fought in Idlib.")
    assert "kb:suqour-al-ghab" not in _linked(ex).values()
