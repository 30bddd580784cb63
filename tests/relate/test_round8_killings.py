"""Eighth round, killings: a victim named in an "including" list, the author of an attack that
kills, the group of "commander X of A" and a group's apposition hung on a person; killing a
group's commander is fighting the group, and a member group's fight is its coalition's (MMP 1259).

Every case lists edges that must be found and edges that must not.
"""

from __future__ import annotations

import pytest

G = "armed_group"
SPEC = {
    "IS": ("kb:is", G), "Liwa al-Tawhid": ("kb:lat", G), "the Islamic Front": ("kb:if", G),
    "Adnan Bakour": ("new:bakour", "person"), "Aleppo": ("geo:aleppo", "location"),
    "Hezbollah": ("kb:hezbollah", G), "the 17th Division": ("new:div17", G),
    "the Syrian Army": ("kb:saa", "state_actor"), "Raqqa": ("geo:raqqa", "location"),
    "Afghanistan": ("kb:afghanistan", "state"),
}


def edges(relations) -> set[tuple]:
    """(type, source, target, modality) of each relation."""
    return {(r.type, r.source, r.target, r.modality) for r in relations}


@pytest.mark.parametrize(("text", "present", "absent"), [
    # MMP 1259: the attack's author kills the commander; the apposition is his group's
    ("IS carries out a double suicide bombing that kills 26 in Aleppo, including commander Adnan Bakour "
     "of Liwa al-Tawhid, a member group of the Islamic Front.",
     {("killed", "kb:is", "new:bakour", "asserted"), ("leads", "new:bakour", "kb:lat", "asserted"),
      ("member_of", "kb:lat", "kb:if", "asserted"), ("fights", "kb:is", "kb:lat", "asserted"),
      ("fights", "kb:if", "kb:is", "asserted")},
     {("member_of", "new:bakour", "kb:if", "asserted")}),
    # a victim in an "including" list of the verb's object
    ("IS killed 26 people, including Adnan Bakour.", {("killed", "kb:is", "new:bakour", "asserted")}, set()),
    # an attack that is the subject of the killing: "an IS bombing killed"
    ("An IS bombing killed 26 people, including Adnan Bakour.",
     {("killed", "kb:is", "new:bakour", "asserted")}, set()),
    # no author named: no killer invented
    ("The bombing killed 26 people, including Adnan Bakour.", set(),
     {("killed", "kb:is", "new:bakour", "asserted")}),
    # those the killed list includes are victims, never the killers' partners or groups
    ("IS killed 26 people, including members of Liwa al-Tawhid.", set(),
     {("killed", "kb:is", "kb:lat", "asserted"), ("joint_operation", "kb:is", "kb:lat", "asserted")}),
    # a denied killing is no killing
    ("IS did not kill 26 people, including Adnan Bakour.", set(),
     {("killed", "kb:is", "new:bakour", "asserted")}),
    # "commander X of A": X leads A
    ("IS killed commander Adnan Bakour of Liwa al-Tawhid.",
     {("leads", "new:bakour", "kb:lat", "asserted"), ("fights", "kb:is", "kb:lat", "asserted")}, set()),
    # a group's apposition on a person with no group named is nobody's
    ("IS killed Adnan Bakour, a member group of the Islamic Front.", set(),
     {("member_of", "new:bakour", "kb:if", "asserted"), ("fights", "kb:if", "kb:is", "asserted")}),
    # a person's own apposition stays his ("a member of" is no group noun)
    ("Hezbollah welcomed Adnan Bakour, a member of the Islamic Front.",
     {("member_of", "new:bakour", "kb:if", "asserted")}, set()),
    # a strike gerund's named modifier is its author (MMP 1261), unless it is aimed against it
    ("He was killed in an IS bombing of Hezbollah's headquarters.",
     {("fights", "kb:hezbollah", "kb:is", "asserted")}, set()),
    ("The anti-IS bombing of Hezbollah's headquarters failed.", set(),
     {("fights", "kb:hezbollah", "kb:is", "asserted")}),
    # taking control of a group's headquarters is fighting the group
    ("On 25 July 2014, IS took control of the 17th Division headquarters away from the Syrian Army.",
     {("fights", "kb:is", "new:div17", "asserted"), ("fights", "kb:is", "kb:saa", "asserted")}, set()),
    ("IS took control of the headquarters of the 17th Division.", {("fights", "kb:is", "new:div17", "asserted")},
     set()),
    # taking control of a group itself may be a takeover from within; of a place, no group is named
    ("IS took control of the 17th Division.", set(), {("fights", "kb:is", "new:div17", "asserted")}),
    ("IS took control of Raqqa.", set(), {("fights", "kb:is", "geo:raqqa", "asserted")}),
    # a country after "in" is where a leader is, not whose: no leadership, so no fight with it
    ("Adnan Bakour, the top commander in Afghanistan, was killed by IS.",
     {("killed", "kb:is", "new:bakour", "asserted")},
     {("leads", "new:bakour", "kb:afghanistan", "asserted"), ("fights", "kb:afghanistan", "kb:is", "asserted")}),
    ("Adnan Bakour, a commander in the Syrian Army, defected.", {("leads", "new:bakour", "kb:saa", "asserted")},
     set()),
])
def test_round8_killings(run_relate, text, present, absent):
    found = edges(run_relate(text, SPEC)[0])
    assert present <= found, f"missing {present - found}; got {found}"
    assert not absent & found, f"unexpected {absent & found}"
