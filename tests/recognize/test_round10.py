"""Tenth round, lineage: a body named as what a formation verb made ("to form the Reformist
Group") is a group's name, though its weak head after an English word names nothing alone."""

from __future__ import annotations

import pytest

from factionmap.recognize.discovery import classify_run, discover_formed_named, discover_heads


@pytest.mark.parametrize(("text", "name"), [
    # MMP-style history: the second splinter of a fragmented movement
    ("Many members split off with Mullah Krekar to form the Reformist Group.", "Reformist Group"),
    ("Dissidents later founded the Renewal Movement in 2001.", "Renewal Movement"),
    ("Its fighters went on to re-form the Unity Organization.", "Unity Organization"),
])
def test_discover_formed_named_finds_formed_bodies(text, name):
    found = discover_formed_named(text, 0, len(text))
    assert [(c.name, c.type, c.reason) for c in found] == [(name, "armed_group", "discovered:formed-named")]


def test_discover_formed_named_needs_the_formation_verb():
    # without the verb the weak head and a common word name nothing (classify_run declines)
    text = "Members of the Reformist Group met in Erbil."
    assert discover_formed_named(text, 0, len(text)) == []
    assert discover_heads(text, 0, len(text)) == []


@pytest.mark.parametrize("text", [
    "The rebels formed the Syrian Group in the north.",  # a people's group, no name
    "They formed the Islamic Movement.",  # descriptive words only
    "The soldiers formed the Security Council.",  # no weak head of a group
    "The two men formed the group in 2004.",  # not capitalised
    "Islamist groups left to form the Saudi-backed Unity Movement.",  # a modifier, not the name
    "A faction split to form the Salafist Group for Preaching and Combat.",  # the name goes on
    "They founded the Renewal Movement in Erbil.",  # may be "Renewal Movement in Erbil"
])
def test_discover_formed_named_skips_descriptions(text):
    assert discover_formed_named(text, 0, len(text)) == []


def test_classify_run_still_declines_a_bare_common_word_group():
    # the formation verb, not the run, makes the name: classify_run is unchanged
    text = "the Reformist Group"
    run = [(4, 13, "Reformist"), (14, 19, "Group")]
    assert text[4:19] == "Reformist Group"
    assert classify_run(run) is None
