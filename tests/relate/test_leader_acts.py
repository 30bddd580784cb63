"""A leader's or spokesman's stance, named in the same sentence, is the group's too
(relate/leader_acts.py): the group edge records the person in ``via``; fights, meetings,
founders and former leaders do not pass anything on."""

from __future__ import annotations

import pytest

from factionmap.relate.confidence import confidence

G, P = "armed_group", "person"
SPEC = {
    "Boko Haram": ("kb:boko", G), "Abubakar Shekau": ("kb:shekau", P), "the Islamic State": ("kb:is", G),
    "Hezbollah": ("kb:hezbollah", G), "Hassan Nasrallah": ("kb:nasrallah", P),
    "Jaish al-Islam": ("kb:jaish", G), "Islam Alloush": ("new:alloush", P), "the Nusra Front": ("kb:nusra", G),
    "Fatah al-Islam": ("new:fai", G), "Al Abssi": ("new:abssi", P), "Jemaah Islamiyah": ("kb:ji", G),
    "Abu Bakar Baasyir": ("new:baasyir", P),
}


def edges(relations) -> set[tuple]:
    return {(r.type, r.source, r.target, r.modality) for r in relations}


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Boko Haram leader Abubakar Shekau pledged allegiance to the Islamic State.",
     {("pledged_allegiance_to", "kb:boko", "kb:is", "asserted")}, set()),
    ("Abubakar Shekau, the leader of Boko Haram, declared allegiance to the Islamic State.",
     {("pledged_allegiance_to", "kb:boko", "kb:is", "asserted")}, set()),
    ("Hezbollah chief Hassan Nasrallah denounced the Islamic State.",
     {("condemns", "kb:hezbollah", "kb:is", "asserted"), ("condemns", "kb:nasrallah", "kb:is", "asserted")}, set()),
    ("Jaish al-Islam spokesman Islam Alloush condemned the Nusra Front.",
     {("condemns", "kb:jaish", "kb:nusra", "asserted")}, set()),
    # the hedge stays
    ("Hezbollah chief Hassan Nasrallah reportedly denounced the Islamic State.",
     {("condemns", "kb:hezbollah", "kb:is", "alleged")}, {("condemns", "kb:hezbollah", "kb:is", "asserted")}),
    # a former leader does not speak for the group now; a founder is not its voice
    ("Former Fatah al-Islam leader Al Abssi condemned Hezbollah.",
     {("condemns", "new:abssi", "kb:hezbollah", "asserted")}, {("condemns", "new:fai", "kb:hezbollah", "asserted")}),
    ("Abu Bakar Baasyir, the co-founder of Jemaah Islamiyah, pledged loyalty to the Islamic State.",
     set(), {("pledged_allegiance_to", "kb:ji", "kb:is", "asserted")}),
    # a leader's meeting is his own
    ("Hezbollah chief Hassan Nasrallah met the Islamic State envoy.",
     set(), {("allied_with", "kb:hezbollah", "kb:is", "asserted")}),
])
def test_leader_acts(run_relate, text, present, absent):
    found = edges(run_relate(text, SPEC)[0])
    assert present <= found, present - found
    assert not absent & found


def test_leader_act_records_the_person_and_weighs_less(run_relate):
    relations = run_relate("Boko Haram leader Abubakar Shekau pledged allegiance to the Islamic State.", SPEC)[0]
    [pledge] = [r for r in relations if r.type == "pledged_allegiance_to"]
    assert pledge.via == "kb:shekau" and pledge.pattern.endswith(":via-leader")
    direct = run_relate("Boko Haram pledged allegiance to the Islamic State.", SPEC)[0]
    [own] = [r for r in direct if r.type == "pledged_allegiance_to"]
    assert own.via is None and pledge.confidence < own.confidence
    assert confidence("verb:pledge:via-leader", "asserted") < confidence("verb:pledge", "asserted")


CARRY = {
    "Abu Mus'ab al-Zarqawi": ("kb:zarqawi", P), "Osama bin Laden": ("kb:obl", P), "Al Qaeda": ("kb:aq", G),
    "Tanzim Qaidat al-Jihad fi Bilad al-Rafidayn": ("kb:aqi", G), "Khadaffy Janjalani": ("new:janjalani", P),
    "Abu Sayyaf": ("kb:asg", G), "the Islamic State": ("kb:is", G),
}


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a leader who carries his own organisation into the act joins with it
    ("In October 2004, Abu Mus'ab al-Zarqawi came to an agreement with Osama bin Laden and formally "
     "joined Al Qaeda, renaming his organization Tanzim Qaidat al-Jihad fi Bilad al-Rafidayn.",
     {("member_of", "kb:aqi", "kb:aq", "asserted"), ("member_of", "kb:zarqawi", "kb:aq", "asserted")}, set()),
    ("Khadaffy Janjalani joined the Islamic State with his group, Abu Sayyaf.",
     {("member_of", "kb:asg", "kb:is", "asserted")}, set()),
    # leaving his group is no carrying; a leader's joining alone may be his own defection
    ("Khadaffy Janjalani left his group, Abu Sayyaf, and joined the Islamic State.",
     {("member_of", "new:janjalani", "kb:is", "asserted")}, {("member_of", "kb:asg", "kb:is", "asserted")}),
    ("Abu Sayyaf leader Khadaffy Janjalani joined the Islamic State.",
     {("member_of", "new:janjalani", "kb:is", "asserted")}, {("member_of", "kb:asg", "kb:is", "asserted")}),
])
def test_leader_carries_his_organisation(run_relate, text, present, absent):
    relations = run_relate(text, CARRY)[0]
    found = edges(relations)
    assert present <= found, present - found
    assert not absent & found
    assert all(r.via == "new:janjalani" or r.via == "kb:zarqawi" for r in relations
               if r.type == "member_of" and r.source in ("kb:asg", "kb:aqi"))


def test_a_leader_who_calls_on_others_to_act_takes_no_stance_for_his_group(run_relate):
    spec = {**SPEC, "Al-Qaeda": ("kb:aq", G), "Ayman al-Zawahiri": ("kb:zawahiri", P)}
    urged = run_relate("Al-Qaeda's chief Ayman al-Zawahiri called on Muslims to support the Nusra Front.", spec)[0]
    assert not [r for r in urged if r.via], [(r.type, r.source, r.target) for r in urged if r.via]
    own = run_relate("Al-Qaeda's chief Ayman al-Zawahiri condemned the Nusra Front.", spec)[0]
    assert ("condemns", "kb:aq", "kb:nusra", "asserted") in edges(own)


def test_a_leader_cited_as_the_source_takes_no_stance_for_his_group(run_relate):
    spec = {**SPEC, "U.S.": ("kb:us", "state"), "George W. Bush": ("new:bush", P), "UK": ("kb:uk", "state"),
            "Tony Blair": ("new:blair", P), "Saddam Hussein": ("kb:saddam", P), "Iraq": ("kb:iraq", "state")}
    relations = run_relate("According to U.S. President George W. Bush and UK Prime Minister Tony Blair, the "
                           "coalition aimed to disarm Iraq of weapons of mass destruction, to end Saddam "
                           "Hussein's support for terrorism, and to free the Iraqi people.", spec)[0]
    assert not [r for r in relations if r.via], [(r.type, r.source, r.target) for r in relations if r.via]
