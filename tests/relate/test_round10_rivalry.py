"""Tenth round, rivalry: a group that sees, views or regards another (or that group's campaigns,
expansion, presence) as a threat or a danger states a rivalry, as "an enemy" already did.

Every case lists edges that must be found and edges that must not.
"""

from __future__ import annotations

import pytest

G = "armed_group"
SPEC = {
    "Fatah al-Islam": ("kb:fai", G), "Hezbollah": ("kb:hezbollah", G), "Lebanon": ("kb:lebanon", "state"),
    "Turkey": ("kb:turkey", "state"), "the YPG": ("kb:ypg", G), "Hamas": ("kb:hamas", G),
    "Fatah": ("kb:fatah", G), "Israel": ("kb:israel", "state"),
}


def edges(relations) -> set[tuple]:
    """(type, source, target, modality) of each relation."""
    return {(r.type, r.source, r.target, r.modality) for r in relations}


@pytest.mark.parametrize(("text", "present", "absent"), [
    # MMP 301: a threat seen in the other group's doings
    ("Fatah al-Islam saw Hezbollah's aggressive campaigns as a threat to Sunni control in Lebanon.",
     {("rival_of", "kb:fai", "kb:hezbollah", "asserted")}, set()),
    ("Turkey views the YPG as a threat to its national security.",
     {("rival_of", "kb:turkey", "kb:ypg", "asserted")}, set()),
    ("Hamas regarded Fatah's growing presence in Gaza as a danger.",
     {("rival_of", "kb:fatah", "kb:hamas", "asserted")}, set()),
    # a threat said of a thing, or of what a group owns that is no doing of it, is no rivalry
    ("Israel views the route into Hamas as a threat.", set(),
     {("rival_of", "kb:hamas", "kb:israel", "asserted")}),
    ("Israel views Hamas's tunnels as a threat.", set(),
     {("rival_of", "kb:hamas", "kb:israel", "asserted")}),
    # a relative object may mean any noun before it (Wikipedia, Iran-Israel proxy conflict)
    ("Israel accused Hamas of building a route into Lebanon, which Israel views as a threat.", set(),
     {("rival_of", "kb:israel", "kb:lebanon", "asserted")}),
    # the threat must be what the object is called, not something else in the sentence
    ("Hamas saw Fatah as a partner against the threat from Israel.", set(),
     {("rival_of", "kb:fatah", "kb:hamas", "asserted")}),
    ("Hamas saw Fatah as a partner against the enemies of Israel.", set(),
     {("rival_of", "kb:fatah", "kb:hamas", "asserted")}),
    ("Hamas described the threat that Fatah posed.", set(),
     {("rival_of", "kb:fatah", "kb:hamas", "asserted")}),
])
def test_round10_seen_as_a_threat(run_relate, text, present, absent):
    found = edges(run_relate(text, SPEC)[0])
    assert present <= found, f"missing {present - found}; got {found}"
    assert not (absent & found), f"unexpected {absent & found}"
