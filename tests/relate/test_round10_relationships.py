"""Tenth round: relationship nouns typed by their predicate or by the next sentence, a faction
that breaks away under a name of its own, and splinter groups merged to form a body.

- "the relationship between A and B is an alliance", "made its relationship with B one of
  partnership": the predicate noun names the kind (``relate/relationships.py``);
- "The A and B relationship fluctuates ... However, the net result is an affiliation": the
  next sentence names the kind when it names no group of its own;
- "two factions arose within A ... This latter faction broke away and renamed itself B": B
  split from A (``relate/factions.py``), only when the faction belongs to exactly one group;
- "merged X with an A splinter group to form D": D split from A, and A merged into nothing.

Every case lists edges that must be found and edges that must not.
"""

from __future__ import annotations

import pytest

G = "armed_group"
SPEC = {
    "FARC": ("kb:farc", G), "ELN": ("kb:eln", G), "BACRIM": ("kb:bacrim", G),
    "Hamas": ("kb:hamas", G), "Fatah": ("kb:fatah", G), "PLO": ("kb:plo", G),
    "Islamic Front": ("kb:if", G), "PLOTE": ("kb:plote", G), "EPRLF": ("kb:eprlf", G),
    "ENDLF": ("kb:endlf", G), "RB": ("kb:rb", G), "AQI": ("kb:aqi", G),
    "Hamas Iraq": ("kb:hamas-iraq", G), "Jotheeswaran": ("new:jo", "person"),
}


def edges(relations) -> set[tuple]:
    """(type, source, target, modality) of each relation."""
    return {(r.type, r.source, r.target, r.modality) for r in relations}


def check(run_relate, text, present, absent):
    found = edges(run_relate(text, SPEC)[0])
    assert present <= found, f"missing {present - found}; got {found}"
    assert not (absent & found), f"unexpected {absent & found}"


ALLY = ("allied_with", "kb:eln", "kb:farc", "asserted")
RIVAL = ("rival_of", "kb:eln", "kb:farc", "asserted")
AFFILIATE = ("affiliated_with", "kb:farc", "kb:eln", "asserted")  # first named first


@pytest.mark.parametrize(("text", "present", "absent"), [
    # MMP 1543: "its" is the possessor of the clause's subject
    ("BACRIM's involvement in the drug trade has made its relationship with the ELN one of "
     "partnership from the start.", {("allied_with", "kb:bacrim", "kb:eln", "asserted")}, set()),
    ("The relationship between the FARC and the ELN is an alliance.", {ALLY}, {RIVAL}),
    ("The FARC's relationship with the ELN has become a bitter rivalry.", {RIVAL}, {ALLY}),
    ("The relationship between the FARC and the ELN is not an alliance.",
     {("allied_with", "kb:eln", "kb:farc", "negated")}, {ALLY}),
    # a predicate that names no single kind states none
    ("The relationship between the FARC and the ELN is both an alliance and a rivalry.", set(),
     {ALLY, RIVAL}),
    ("The relationship between the FARC and the ELN is complicated.", set(), {ALLY, RIVAL, AFFILIATE}),
    # a verb that names no firm kind: nothing from the sentence alone
    ("The FARC and ELN relationship fluctuates between an alliance and rivalry.", set(),
     {ALLY, RIVAL, AFFILIATE}),
])
def test_round10_relationship_predicate(run_relate, text, present, absent):
    check(run_relate, text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # MMP 661/663/665: the net result of the relationship just named
    ("Due to their similar ideologies, The FARC and ELN relationship fluctuates between an "
     "alliance and rivalry. However, the net result is an affiliation that includes shared "
     "members and tactics.", {AFFILIATE}, {ALLY, RIVAL}),
    ("The relationship between the FARC and the ELN worsened after 2007. The result was a bitter "
     "rivalry.", {RIVAL}, {ALLY}),
    # the next sentence names a group of its own: its result is about something else
    ("The relationship between the FARC and the ELN worsened. The result was an alliance with "
     "Hamas.", set(), {ALLY}),
    # "the result of the vote" is not the relationship's result
    ("The relationship between the FARC and the ELN worsened. The result of the vote is a "
     "partnership.", set(), {ALLY}),
    # a sentence in between: the follow-up no longer points back
    ("The relationship between the FARC and the ELN worsened. Prices rose in Bogota. The result "
     "was a rivalry.", set(), {RIVAL}),
])
def test_round10_relationship_follow_up(run_relate, text, present, absent):
    check(run_relate, text, present, absent)


def test_round10_follow_up_evidence_spans_both_sentences(run_relate):
    text = ("The relationship between the FARC and the ELN worsened after 2007. The result was a "
            "bitter rivalry.")
    (relation,) = [r for r in run_relate(text, SPEC)[0] if r.type == "rival_of"]
    assert relation.evidence.text == text


SPLIT = ("split_from", "kb:hamas-iraq", "kb:rb", "asserted")


@pytest.mark.parametrize(("text", "present", "absent"), [
    # MMP 309: the faction's group two sentences back, the passage still about factions
    ("Two factions arose within the RB that differed over its relations with AQI. While one "
     "faction wanted to confront AQI, the other preferred a more rhetorical approach. This "
     "latter faction broke away in April 2007 and renamed itself Hamas Iraq.", {SPLIT}, set()),
    ("A faction of the RB split off in 2007 and called itself Hamas Iraq.", {SPLIT}, set()),
    ("The RB split into two factions. One faction broke away and called itself Hamas Iraq.",
     {SPLIT}, set()),
    # factions of two groups: the faction is tied to neither
    ("Factions arose within the RB and AQI. One faction broke away and renamed itself Hamas Iraq.",
     set(), {SPLIT, ("split_from", "kb:hamas-iraq", "kb:aqi", "asserted")}),
    # the passage moved on from factions
    ("Two factions arose within the RB. AQI attacked Baghdad in 2007. The faction leaders met. "
     "This latter faction broke away and renamed itself Hamas Iraq.", set(), {SPLIT}),
    # no name of its own taken: nothing to split
    ("Two factions arose within the RB. The latter faction broke away in 2007 and called "
     "Hamas Iraq a traitor.", set(), {SPLIT}),
])
def test_round10_faction_breaks_away(run_relate, text, present, absent):
    check(run_relate, text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # MMP 1031: a splinter group of PLOTE and one of EPRLF went into ENDLF
    ("X, a former leader of PLOTE, merged his militant group with another PLOTE splinter group "
     "led by Jotheeswaran and an EPRLF splinter group led by Y to form the ENDLF.",
     {("split_from", "kb:endlf", "kb:plote", "asserted"),
      ("split_from", "kb:endlf", "kb:eprlf", "asserted")},
     {("member_of", "kb:eprlf", "kb:endlf", "asserted"),
      ("member_of", "kb:plote", "kb:endlf", "asserted")}),
    ("Hamas and Fatah merged with a PLO splinter group to form the Islamic Front.",
     {("split_from", "kb:if", "kb:plo", "asserted"), ("merged_into", "kb:hamas", "kb:if", "asserted")},
     {("merged_into", "kb:plo", "kb:if", "asserted")}),
    # the whole group merged: no split
    ("Hamas merged with the PLO to form the Islamic Front.",
     {("merged_into", "kb:plo", "kb:if", "asserted")}, {("split_from", "kb:if", "kb:plo", "asserted")}),
])
def test_round10_merged_splinters(run_relate, text, present, absent):
    check(run_relate, text, present, absent)


JOINT = ("joint_operation", "kb:fatah", "kb:hamas", "asserted")


@pytest.mark.parametrize(("text", "present", "absent"), [
    # MMP 1481: the act is the claimant's, and the claim is its statement's
    ("AI claimed responsibility for the suicide bombing of a Shiite militia camp in Rabia. In a "
     "statement released shortly after the attack, AI claimed that ISI had participated in the "
     "operation.", {("joint_operation", "kb:ai", "kb:isi", "claimed")}, set()),
    ("Hamas carried out the attack on the base. Fatah took part in the attack.", {JOINT}, set()),
    ("Hamas claimed responsibility for the attack. Fatah did not take part in the attack.",
     {("joint_operation", "kb:fatah", "kb:hamas", "negated")}, {JOINT}),
    # attacks of its own, not the act named before
    ("Hamas claimed responsibility for the attack on the base. Fatah took part in attacks on "
     "the PLO.", set(), {JOINT}),
    # two owners: "the attack" is no single group's
    ("Hamas and the PLO claimed responsibility for the attack. Fatah took part in the attack.",
     set(), {JOINT, ("joint_operation", "kb:fatah", "kb:plo", "asserted")}),
    # the act two sentences back: "the attack" may be another one
    ("Hamas carried out the attack on the base. Prices rose in Gaza. Fatah took part in the attack.",
     set(), {JOINT}),
])
def test_round10_partaker_in_a_groups_act(run_relate, text, present, absent):
    spec = {**SPEC, "AI": ("kb:ai", G), "ISI": ("kb:isi", G)}
    found = edges(run_relate(text, spec)[0])
    assert present <= found, f"missing {present - found}; got {found}"
    assert not (absent & found), f"unexpected {absent & found}"


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a splinter's deeds are not its parent's
    ("Another PLOTE splinter group led by Jotheeswaran attacked the EPRLF.", set(),
     {("leads", "new:jo", "kb:plote", "asserted"), ("fights", "kb:eprlf", "kb:plote", "asserted")}),
    # the splinter's own name still acts
    ("Hamas Iraq, a splinter group of the RB accused of the murders, attacked AQI.",
     {("fights", "kb:aqi", "kb:hamas-iraq", "asserted")}, {("fights", "kb:aqi", "kb:rb", "asserted")}),
    # what a splinter of A formed split from A (not a member of it: before, A was read as the former)
    ("A PLO splinter group formed the Islamic Front.", {("split_from", "kb:if", "kb:plo", "asserted")},
     {("member_of", "kb:plo", "kb:if", "asserted")}),
    ("In 2005 a splinter group of the PLO founded the Islamic Front.",
     {("split_from", "kb:if", "kb:plo", "asserted")}, {("member_of", "kb:plo", "kb:if", "asserted")}),
    # merging with a splinter of the PLO is not merging into the PLO
    ("Hamas merged with a PLO splinter group in 2005.", set(),
     {("merged_into", "kb:hamas", "kb:plo", "asserted")}),
    ("Hamas merged with the PLO in 2005.", {("merged_into", "kb:hamas", "kb:plo", "asserted")}, set()),
    # the whole group forming a body is still a member of it
    ("The PLO formed the Islamic Front.", {("member_of", "kb:plo", "kb:if", "asserted")},
     {("split_from", "kb:if", "kb:plo", "asserted")}),
])
def test_round10_splinter_subjects(run_relate, text, present, absent):
    check(run_relate, text, present, absent)
