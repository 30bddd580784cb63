"""Ninth round, dev-gold relation misses: a group's possessive on a unit's name ("the Free Syrian
Army's Army of Victory") makes the unit the group's (subunit_of), as the same name recognised
as one mention already did ("the FSA's 101st Division").

Every case lists edges that must be found and edges that must not.
"""

from __future__ import annotations

import pytest

G = "armed_group"
SPEC = {
    "the Free Syrian Army": ("kb:fsa", G), "Army of Victory": ("kb:aov", G),
    "Hamas": ("kb:hamas", G), "Qassam Brigades": ("kb:qassam", G),
    "al-Qaeda": ("kb:aq", G), "Nusra Front": ("kb:nusra", G),
    "Syria": ("kb:syria", "state"), "Iran": ("kb:iran", "state"), "Quds Force": ("kb:quds", G),
    "Abu Omar": ("new:abu-omar", "person"),
}


def edges(relations) -> set[tuple]:
    """(type, source, target, modality) of each relation."""
    return {(r.type, r.source, r.target, r.modality) for r in relations}


@pytest.mark.parametrize(("text", "present", "absent"), [
    # dev gold wiki-slf-hts-conflict: the group's unit, named apart from the group
    ("Gunmen attacked a checkpoint that was run by the Free Syrian Army's Army of Victory.",
     {("subunit_of", "kb:aov", "kb:fsa", "asserted")}, set()),
    ("Hamas's Qassam Brigades fired rockets at the town.",
     {("subunit_of", "kb:qassam", "kb:hamas", "asserted")}, set()),
    # a possessed name with no unit word is an affiliate or an ally, not a unit
    ("al-Qaeda's Nusra Front attacked the town.", set(),
     {("subunit_of", "kb:nusra", "kb:aq", "asserted")}),
    # a state's force is left to the state-actor rules
    ("Iran's Quds Force trained the fighters.", set(),
     {("subunit_of", "kb:quds", "kb:iran", "asserted")}),
    # a person's possessive names his command, not a parent body
    ("Abu Omar's Army of Victory attacked the town.", set(),
     {("subunit_of", "kb:aov", "new:abu-omar", "asserted")}),
])
def test_round9_possessive_unit(run_relate, text, present, absent):
    found = edges(run_relate(text, SPEC)[0])
    assert present <= found, f"missing {present - found}; got {found}"
    assert not (absent & found), f"unexpected {absent & found}"
