"""The pure extraction function: contract-valid, deterministic, picklable output."""

from __future__ import annotations

import pickle

import pytest

from factionmap.contract import contract_problems
from factionmap.output import extraction_to_json
from factionmap.pipeline import extract
from factionmap.types import Document

TEXTS = [
    "Al Nusrah Front, Ahrar al Sham and Ajnad al Sham formed a joint operations room named Jund al Malahim "
    "on October 21; notably absent is Jaysh al Islam, widely suspected of being backed by Saudi Arabia.",
    "X's jamaat in Jabhat al-Nusra took part in joint operations this week with Jaish al-Muhajireen wal-Ansar, "
    "the Islamic Front and Ahrar a-Sham to battle Syrian forces near Aleppo.",
    "Nothing to see here.",
    "Boko Haram leader Abubakar Shekau pledged allegiance to the Islamic State on Saturday.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_extract_output_honours_contract(resources, text):
    doc = Document(doc_id="t", text=text, published="2015-10-22")
    obj = extraction_to_json(extract(doc, resources), with_text=True)
    assert contract_problems(obj) == []


@pytest.mark.parametrize("text", TEXTS[:2])
def test_extract_is_deterministic_and_pickles(resources, text):
    doc = Document(doc_id="t", text=text, published="2015-10-22")
    first, second = extract(doc, resources), extract(doc, resources)
    assert first == second
    assert pickle.loads(pickle.dumps(first)) == first


def test_contract_problems_catch_broken_objects():
    obj = {"doc_id": "d", "title": None, "url": None, "published": None, "text": "abc",
           "sections": [{"kind": "body", "start": 0, "end": 2}],
           "entities": [], "events": [],
           "relations": [{"type": "allied_with", "source": "kb:a", "target": "kb:b", "modality": "asserted",
                          "section": "body", "confidence": 1.5, "date": "15-10",
                          "evidence": {"start": 0, "end": 1, "text": "x"}}]}
    problems = " | ".join(contract_problems(obj))
    for expected in ("sections end at 2", "not in entities", "confidence", "date", "evidence text"):
        assert expected in problems


def test_via_names_the_leader_in_the_json(resources):
    """A group's stance known through its leader carries the added field ``via``, an entity id
    of the output; a stance stated of the group has none."""
    doc = Document(doc_id="t", text=TEXTS[3], published="2015-03-09")
    obj = extraction_to_json(extract(doc, resources), with_text=True)
    assert contract_problems(obj) == []
    [pledge] = [r for r in obj["relations"] if r["type"] == "pledged_allegiance_to"]
    assert pledge["source"] == "kb:boko-haram" and pledge["via"] == "kb:abubakar-shekau"
    assert pledge["via"] in {e["id"] for e in obj["entities"]}
    assert all("via" not in r for r in obj["relations"] if r is not pledge)
