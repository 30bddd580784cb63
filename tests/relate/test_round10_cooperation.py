"""Tenth round, cooperation: a co-agent adjunct before a subjectless verb ("A, in
collaboration with B, C and D, took advantage ..."), a cue verb without its cue object keeps
its co-agents, a shared "between" after two coordinated nouns, and parties agreeing to share
camps or bases.

Every case lists edges that must be found and edges that must not.
"""

from __future__ import annotations

import pytest

G = "armed_group"
SPEC = {
    "MUJAO": ("kb:mujao", G), "the MNLA": ("kb:mnla", G), "AQIM": ("kb:aqim", G),
    "Ansar Dine": ("kb:dine", G), "the Malian government": ("kb:mali-gov", "state_actor"),
    "Mali": ("kb:mali", "state"), "Hamas": ("kb:hamas", G), "Fatah": ("kb:fatah", G),
    "the PLO": ("kb:plo", G), "Egypt": ("kb:egypt", "state"), "the LTTE": ("kb:ltte", G),
    "EROS": ("kb:eros", G), "Vavuniya": ("geo:vavuniya", "place"), "TNSM": ("kb:tnsm", G),
    "TTP": ("kb:ttp", G), "the two": (("kb:ttp", "kb:tnsm"), G),
}


def edges(relations) -> set[tuple]:
    """(type, source, target, modality) of each relation."""
    return {(r.type, r.source, r.target, r.modality) for r in relations}


def pair(relations, a: str, b: str) -> set[str]:
    """Types of the relations linking two ids, either way."""
    return {r.type for r in relations if {r.source, r.target} == {a, b}}


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the adjunct hung on the clause before; the verb left without a subject (MMP 1751)
    ("Following the coup that overthrew the Malian government, MUJAO, in collaboration with the MNLA, "
     "AQIM, and Ansar Dine, took advantage of the lack of rule of law and invaded northern Mali together.",
     {("allied_with", "kb:mnla", "kb:mujao", "asserted"), ("allied_with", "kb:aqim", "kb:mujao", "asserted"),
      ("allied_with", "kb:dine", "kb:mujao", "asserted")},
     {("allied_with", "kb:mali-gov", "kb:mnla", "asserted"), ("allied_with", "kb:mali-gov", "kb:mujao", "asserted")}),
    # two names before the adjunct share it
    ("Following the coup that overthrew the Malian government, Hamas and Fatah, in collaboration with "
     "the PLO, took advantage of the chaos.",
     {("allied_with", "kb:hamas", "kb:plo", "asserted"), ("allied_with", "kb:fatah", "kb:plo", "asserted")},
     {("allied_with", "kb:mali-gov", "kb:plo", "asserted")}),
    # a cue verb without the object its cue needs ("took orders from B") keeps its co-agents
    ("MUJAO, in collaboration with the MNLA, took advantage of the chaos.",
     {("allied_with", "kb:mnla", "kb:mujao", "asserted")}, set()),
    # the name before the adjunct is an object, not the actor: nothing
    ("The attack on Hamas, in coordination with Fatah, was carried out by the PLO.",
     set(), {("allied_with", "kb:fatah", "kb:hamas", "asserted")}),
])
def test_coagent_adjunct(run_relate, text, present, absent):
    found = edges(run_relate(text, SPEC)[0])
    assert present <= found, f"missing {present - found}; got {found}"
    assert not absent & found, f"unexpected {absent & found}"


def test_coagent_adjunct_needs_an_actor_before_it(run_relate):
    """A description with no name ("the army") before the adjunct gives its partner nobody."""
    relations = run_relate("Following the coup, the army, in collaboration with the PLO, took advantage "
                           "of the chaos.", SPEC)[0]
    assert not {r for r in relations if r.type == "allied_with"}, edges(relations)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # "between" after the second of two coordinated nouns is both nouns' (MMP 979, with "the
    # two" resolved by coreference)
    ("Soon after the launch of TTP, TNSM became an important member of the TTP coalition; there was "
     "active coordination and cooperation between the two in upstaging the Pakistani state apparatus.",
     {("allied_with", "kb:tnsm", "kb:ttp", "asserted"), ("member_of", "kb:tnsm", "kb:ttp", "asserted")}, set()),
    ("There was active coordination and cooperation between Hamas and Fatah in Gaza.",
     {("allied_with", "kb:fatah", "kb:hamas", "asserted")}, set()),
])
def test_shared_between(run_relate, text, present, absent):
    found = edges(run_relate(text, SPEC)[0])
    assert present <= found, f"missing {present - found}; got {found}"
    assert not absent & found, f"unexpected {absent & found}"


def test_shared_between_not_past_the_first_nouns_own_partner(run_relate):
    """ "Coordination with Egypt and cooperation between ...": the first noun has a partner of
    its own before the second; the "between" is not shared back to it."""
    relations = run_relate("Hamas sought coordination with Egypt and cooperation with the PLO.", SPEC)[0]
    assert "allied_with" not in pair(relations, "kb:egypt", "kb:plo"), edges(relations)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # agreeing to use one training site (MMP 1077)
    ("In 1986, the LTTE and EROS agree to use EROS training camps in Vavuniya as their main military "
     "training site.", {("allied_with", "kb:eros", "kb:ltte", "asserted")}, set()),
    ("Hamas agreed with Fatah to share intelligence and bases.",
     {("allied_with", "kb:fatah", "kb:hamas", "asserted")}, set()),
    # a refusal is denied
    ("Hamas and Fatah did not agree to share the training camps.",
     {("allied_with", "kb:fatah", "kb:hamas", "negated")}, {("allied_with", "kb:fatah", "kb:hamas", "asserted")}),
    # power sharing and using force are no partnership
    ("Hamas and Fatah agreed to share power in the camps.", set(),
     {("allied_with", "kb:fatah", "kb:hamas", "asserted")}),
    ("Hamas and Fatah agreed to use force against the camps.", set(),
     {("allied_with", "kb:fatah", "kb:hamas", "asserted")}),
    # one party agreeing to use another's camps: who consents is not said
    ("Hamas agreed to use Fatah training camps.", set(), {("allied_with", "kb:fatah", "kb:hamas", "asserted")}),
])
def test_shared_facility_agreement(run_relate, text, present, absent):
    found = edges(run_relate(text, SPEC)[0])
    assert present <= found, f"missing {present - found}; got {found}"
    assert not absent & found, f"unexpected {absent & found}"


@pytest.mark.parametrize(("text", "present", "absent"), [
    # one jailbreak by the men of two groups is done together (MMP 483)
    ("Militants belonging to Hamas and Fatah helped four members of the PLO escape from prison in Gaza.",
     {("joint_operation", "kb:fatah", "kb:hamas", "asserted")}, set()),
    # freeing a group's men from prison is no fight with that group; together it is one operation
    ("Hamas and Fatah freed four members of the PLO from prison.",
     {("joint_operation", "kb:fatah", "kb:hamas", "asserted")},
     {("fights", "kb:hamas", "kb:plo", "asserted"), ("fights", "kb:fatah", "kb:plo", "asserted")}),
    # help that is no jailbreak, or one group alone: nothing
    ("Hamas and Fatah helped refugees escape from the fighting.", set(),
     {("joint_operation", "kb:fatah", "kb:hamas", "asserted")}),
    ("Hamas and Fatah helped the PLO.", set(), {("joint_operation", "kb:fatah", "kb:hamas", "asserted")}),
])
def test_jailbreak(run_relate, text, present, absent):
    found = edges(run_relate(text, SPEC)[0])
    assert present <= found, f"missing {present - found}; got {found}"
    assert not absent & found, f"unexpected {absent & found}"


def test_both_responsible_for_attacks_is_no_joint_operation(run_relate):
    """ "A and B were both responsible for attacks against C" (MMP 735-763) names no one operation."""
    relations = run_relate("Hamas and Fatah were both responsible for attacks against Egypt.", SPEC)[0]
    assert "joint_operation" not in pair(relations, "kb:hamas", "kb:fatah"), edges(relations)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a lack of cooperation denies it
    ("There was a lack of cooperation between Hamas and Fatah.",
     {("allied_with", "kb:fatah", "kb:hamas", "negated")}, {("allied_with", "kb:fatah", "kb:hamas", "asserted")}),
    # an absence elsewhere in the sentence does not reach the act
    ("Hamas and Fatah, in the absence of the PLO, cooperated in Gaza.",
     {("allied_with", "kb:fatah", "kb:hamas", "asserted")}, {("allied_with", "kb:fatah", "kb:hamas", "negated")}),
])
def test_lack_of_cooperation(run_relate, text, present, absent):
    found = edges(run_relate(text, SPEC)[0])
    assert present <= found, f"missing {present - found}; got {found}"
    assert not absent & found, f"unexpected {absent & found}"
