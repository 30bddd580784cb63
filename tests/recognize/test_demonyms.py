"""Nationality adjectives acting for their state: "Saudi-backed", "with Turkish backing"."""

from __future__ import annotations

import pytest

from factionmap.kb.model import KBEntity, KnowledgeBase
from factionmap.recognize.demonyms import build_demonym_index, state_cues, state_of_demonym


def _index():
    kb = KnowledgeBase()
    for entity_id, name in (("kb:turkey", "Turkey"), ("kb:turkmenistan", "Turkmenistan"),
                            ("kb:russia", "Russia"), ("kb:saudi-arabia", "Saudi Arabia"),
                            ("kb:iraq", "Iraq"), ("kb:iran", "Iran"),
                            ("kb:united-states", "United States"),
                            ("kb:american-samoa", "American Samoa")):
        kb.add(KBEntity(entity_id, name, "state"))
    return build_demonym_index(kb)


@pytest.mark.parametrize("word, expected", [
    ("Turkish", "kb:turkey"), ("Russian", "kb:russia"), ("Saudi", "kb:saudi-arabia"),
    ("Iraqi", "kb:iraq"), ("Iranian", "kb:iran"), ("American", "kb:united-states"),
    ("Kurdish", None),
])
def test_state_of_demonym_picks_the_closest_state_name(word, expected):
    assert state_of_demonym(word, _index()) == expected


@pytest.mark.parametrize("text, expected", [
    ("the Saudi-backed Jaish al-Islam", [("Saudi", "kb:saudi-arabia")]),
    ("advanced with Turkish backing", [("Turkish", "kb:turkey")]),
    ("army forces backed by Russian air power", [("Russian", "kb:russia")]),
    ("Syrian rebels took a Turkish town", []),
    ("Iraqi Kurds and Kurdish support", []),
    ("expelled Western-backed rebels", []),  # the West is no state
    # two coordinated demonyms share the cue
    ("backed by Russian and Iranian airstrikes",
     [("Russian", "kb:russia"), ("Iranian", "kb:iran")]),
    ("Russian troops and Iranian airstrikes", [("Iranian", "kb:iran")]),
])
def test_state_cues_need_a_support_or_air_power_word(text, expected):
    found = [(text[s:e], state) for s, e, state in state_cues(text, 0, len(text), _index())]
    assert found == expected
