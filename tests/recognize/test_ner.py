"""NER selection: which sentences the model runs on, and what its spans become."""

from __future__ import annotations

import pytest

from factionmap.kb.hygiene import common_words
from factionmap.kb.model import KBEntity, KnowledgeBase
from factionmap.pipeline import extract
from factionmap.recognize.ner import wants_ner
from factionmap.resources import Resources
from factionmap.types import Document


@pytest.mark.parametrize("sentence, taken, expected", [
    ("The fighting went on all day.", [], False),
    ("Rebels met Abdullah Muhaysini in the town.", [], True),
    ("Then Jabhat al-Nusra attacked.", [(5, 20)], False),
    ("On Monday the army said so.", [], False),
])
def test_wants_ner_only_with_an_uncommon_capitalised_word(sentence, taken, expected):
    assert wants_ner(sentence, taken, common_words()) is expected


def test_ner_people_and_places_link_or_become_new(nlp):
    kb = KnowledgeBase()
    kb.add(KBEntity("geo:homs", "Homs", "place", country="SY", latitude=34.7, longitude=36.7))
    kb.add(KBEntity("kb:syria", "Syria", "state", country="SY"))
    text = "Commander Abdullah Muhaysini spoke in Homs, Syria, on Monday."
    extraction = extract(Document("t", text=text), Resources(kb=kb, nlp=nlp))
    by_text = {m.text: (e.id, e.type) for e in extraction.entities for m in e.mentions}
    assert by_text["Abdullah Muhaysini"] == ("new:abdullah-muhaysini", "person")
    assert by_text["Homs"] == ("geo:homs", "place")
