"""Tenth round, descriptions of a guerrilla group: "the right-wing guerrilla", "the Marxist
guerrillas", "the guerrilla group" point back to a group as "the group" does, and a verb's
subject is barred from its object description also when the clause does not open the sentence
("Because A ..., B targets the guerrilla").
"""

from __future__ import annotations

import pytest

from factionmap.pipeline import extract
from factionmap.types import Document


def _definite(text: str, resources) -> list[tuple[str, str]]:
    extraction = extract(Document("t", text=text), resources)
    return sorted((m.text, m.entity_id or "") for e in extraction.entities for m in e.mentions
                  if m.reason == "coref:definite")


@pytest.mark.parametrize(("text", "expected"), [
    # MMP 699/703: the object of MAS's verb is the FARC, not MAS
    ("Because the FARC actively utilizes kidnapping to maintain its status as a major global cocaine "
     "supplier, MAS targets the right-wing guerrilla in order to recover its cocaine monopoly in Colombia.",
     [("the right-wing guerrilla", "kb:farc")]),
    ("The ELN was founded in 1964. The Marxist guerrillas attacked an army base in Arauca.",
     [("The Marxist guerrillas", "kb:eln")]),
    ("The FARC rejected the offer. The guerrilla group said it would continue.",
     [("The guerrilla group", "kb:farc")]),
    ("The FARC rejected the offer. The guerrilla's commander said it would continue.",
     [("The guerrilla", "kb:farc")]),
])
def test_coref_guerrilla_description(resources, text, expected):
    assert _definite(text, resources) == expected


@pytest.mark.parametrize("text", [
    # "guerrilla" before a noun is an adjective: warfare, tactics, a campaign
    "The FARC rejected the offer. The guerrilla warfare continued in the south.",
    "The FARC rejected the offer. The guerrilla tactics worked for years.",
    "The FARC rejected the offer. The guerrilla campaign went on.",
    "The FARC rejected the offer. The guerrilla groups said they would continue.",
    # a superlative compares guerrillas, it points back to none
    "The FARC rejected the offer. The largest guerrilla said it would continue.",
])
def test_coref_guerrilla_as_adjective_is_no_reference(resources, text):
    assert _definite(text, resources) == []


def test_coref_subject_right_before_the_verb_is_barred(resources):
    # without the fronted clause's subject the one candidate left is the object's antecedent;
    # the subject itself (MAS) never is
    text = "Because the FARC actively utilizes kidnapping, MAS attacked the group in order to recover its monopoly."
    assert _definite(text, resources) == [("the group", "kb:farc")]
    text = "After the talks failed, MAS attacked the group in the south."
    assert _definite(text, resources) == []


def test_coref_plural_noun_after_a_possessive_is_no_verb(resources):
    # "Turkey's attacks against the group": "attacks" is a noun, so the sentence's subject (the
    # YPG) is not barred (Wikipedia, Raqqa campaign)
    text = ("Meanwhile, the YPG also threatened to withdraw from the operation, if the United States "
            "did not stop Turkey's attacks against the group.")
    assert _definite(text, resources) == [("the group", "kb:ypg")]
