"""What a formed body is made as: "formed D as a front group" makes D an affiliate of its
formers, "created D to become its armed wing" makes it their unit; the formers are not members
of what they made. A body several groups form "as a united force" keeps their membership."""

from __future__ import annotations

import pytest

G = "armed_group"
SPEC = {
    "Kata'ib Hezbollah": ("kb:kh", G), "Asa'ib Ahl al-Haqq": ("kb:aah", G), "Harakat al-Nujaba": ("kb:hn", G),
    "the Promised Day Brigades": ("kb:pdb", G), "the Mahdi Army": ("kb:mahdi", G),
    "Ahrar al-Sham": ("kb:ahrar", G), "Jaysh al-Islam": ("kb:jaysh", G), "the Islamic Front": ("kb:if", G),
    "Hezbollah": ("kb:hezbollah", G), "the Resistance Brigades": ("new:rb", G),
}


def edges(relations) -> set[tuple]:
    return {(r.type, r.source, r.target, r.modality) for r in relations}


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Kata'ib Hezbollah and Asa'ib Ahl al-Haqq formed Harakat al-Nujaba as a front group for routing "
     "fighters to Syria in 2013.",
     {("affiliated_with", "kb:hn", "kb:kh", "asserted"), ("affiliated_with", "kb:hn", "kb:aah", "asserted"),
      ("allied_with", "kb:aah", "kb:kh", "asserted")},
     {("member_of", "kb:kh", "kb:hn", "asserted"), ("member_of", "kb:aah", "kb:hn", "asserted")}),
    ("In 2008 the Promised Day Brigades was created by the Mahdi Army to become its armed wing.",
     {("subunit_of", "kb:pdb", "kb:mahdi", "asserted")}, {("member_of", "kb:mahdi", "kb:pdb", "asserted")}),
    ("Hezbollah formed the Resistance Brigades as its armed wing.",
     {("subunit_of", "new:rb", "kb:hezbollah", "asserted")}, {("member_of", "kb:hezbollah", "new:rb", "asserted")}),
    # several formers' united force is their coalition: membership stands
    ("Ahrar al-Sham and Jaysh al-Islam formed the Islamic Front as a united opposition force.",
     {("member_of", "kb:ahrar", "kb:if", "asserted"), ("member_of", "kb:jaysh", "kb:if", "asserted")},
     {("subunit_of", "kb:if", "kb:ahrar", "asserted")}),
])
def test_made_as(run_relate, text, present, absent):
    found = edges(run_relate(text, SPEC)[0])
    assert present <= found, present - found
    assert not absent & found
