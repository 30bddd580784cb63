"""Sixth round of constructions, each modelled on a Mapping Militants description: what a member
group named in apposition ("A, a member (group) of U") does in the field, its coalition does.

Every case lists edges that must be found and edges that must not.
"""

from __future__ import annotations

import pytest

G = "armed_group"
SPEC = {
    "IS": ("kb:is", G), "Al-Nusra": ("kb:nusra", G), "Ahrar al-Sham": ("kb:ahrar", G),
    "Suqour al-Sham": ("kb:suqour", G), "the Islamic Front": ("kb:if", G), "Hezbollah": ("kb:hezbollah", G),
    "Jaysh al-Islam": ("kb:jaysh", G), "the Syrian army": ("kb:saa", "state_actor"),
}


def edges(relations) -> set[tuple]:
    """(type, source, target, modality) of each relation."""
    return {(r.type, r.source, r.target, r.modality) for r in relations}


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a member group's joint attack is its coalition's too (MMP 1291, 1285)
    ("Al-Nusra and Suqour al-Sham, a member of the Islamic Front, conduct a joint suicide attack in Idlib.",
     {("joint_operation", "kb:nusra", "kb:suqour", "asserted"), ("joint_operation", "kb:if", "kb:nusra", "asserted"),
      ("member_of", "kb:suqour", "kb:if", "asserted")}, set()),
    # ... and so is its attack on a third group (MMP 1187, 1267)
    ("IS, Al-Nusra, and Ahrar al-Sham, a member group of the Islamic Front, coordinate an attack on "
     "Hezbollah's headquarters in Damascus.",
     {("fights", "kb:hezbollah", "kb:if", "asserted"), ("joint_operation", "kb:if", "kb:is", "asserted"),
      ("joint_operation", "kb:if", "kb:nusra", "asserted")}, set()),
    ("Ahrar al-Sham, a member of the Islamic Front, fought the Syrian army near Idlib.",
     {("fights", "kb:ahrar", "kb:saa", "asserted"), ("fights", "kb:if", "kb:saa", "asserted")}, set()),
    # never the coalition against itself, nor against another group the sentence puts in it
    ("Ahrar al-Sham, a member of the Islamic Front, clashed with Suqour al-Sham, another member of the "
     "Islamic Front.",
     set(), {("fights", "kb:if", "kb:suqour", "asserted"), ("fights", "kb:ahrar", "kb:if", "asserted"),
             ("fights", "kb:if", "kb:if", "asserted")}),
    # membership stated in a relative clause or elsewhere is not the apposition: nothing spreads
    ("Ahrar al-Sham, which joined the Islamic Front, fought Jaysh al-Islam.",
     {("fights", "kb:ahrar", "kb:jaysh", "asserted")}, {("fights", "kb:if", "kb:jaysh", "asserted")}),
    ("Ahrar al-Sham fought Jaysh al-Islam. Ahrar al-Sham is a member of the Islamic Front.",
     {("fights", "kb:ahrar", "kb:jaysh", "asserted")}, {("fights", "kb:if", "kb:jaysh", "asserted")}),
    # only field acts spread, not the member's own ties
    ("Ahrar al-Sham, a member of the Islamic Front, is backed by Hezbollah.",
     set(), {("supports", "kb:hezbollah", "kb:if", "asserted")}),
])
def test_round6_constructions(run_relate, text, present, absent):
    found = edges(run_relate(text, SPEC)[0])
    assert present <= found, f"missing {present - found}; got {found}"
    assert not absent & found, f"unexpected {absent & found}"
