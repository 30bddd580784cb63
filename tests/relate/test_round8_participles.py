"""Eighth round, participles: a stance stated in a statement's participle or relative clause is
the stance of whoever issued the statement ("posted a video declaring allegiance to B", "issued
a statement that condemned B"); a fronted title's name closed by a comma is the subject of the
verb the parser left without one ("senior leader of A, X, posted ...").

Each rule has a case it must fire on and one it must not.
"""

from __future__ import annotations

import pytest

G, P = "armed_group", "person"
SPEC = {
    "Boko Haram": ("kb:boko", G), "the Islamic State": ("kb:is", G), "AQAP": ("kb:aqap", G),
    "Hezbollah": ("kb:hezbollah", G), "Abu Sayyaf": ("kb:asg", G), "Isnilon Hapilon": ("kb:isnilon", P),
    "Hamas": ("kb:hamas", G),
}


def edges(relations) -> set[tuple]:
    return {(r.type, r.source, r.target) for r in relations}


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the parser takes "declaring" for an adjective of "allegiance"
    ("Boko Haram posted a video declaring allegiance to the Islamic State.",
     {("pledged_allegiance_to", "kb:boko", "kb:is")}, set()),
    ("Boko Haram posted a video on YouTube pledging allegiance to the Islamic State.",
     {("pledged_allegiance_to", "kb:boko", "kb:is")}, set()),
    # a video showing others declaring allegiance is not the poster's pledge
    ("Boko Haram posted a video showing fighters declaring allegiance to the Islamic State.",
     set(), {("pledged_allegiance_to", "kb:boko", "kb:is")}),
    # no issuer named: nobody pledges
    ("A video was posted declaring allegiance to the Islamic State.",
     set(), {("pledged_allegiance_to", "kb:boko", "kb:is")}),
    # a relative clause on the statement (also when the parser hangs it on the verb)
    ("AQAP issued a statement that condemned Hezbollah.",
     {("condemns", "kb:aqap", "kb:hezbollah")}, set()),
    ("AQAP published a statement on its website, al-Manbar, that announced its support for the Islamic State.",
     {("supports", "kb:aqap", "kb:is")}, set()),
    # a statement the subject received, watched or rejected is not his own
    ("Hamas received a video declaring allegiance to Hezbollah.",
     set(), {("pledged_allegiance_to", "kb:hamas", "kb:hezbollah")}),
    ("Hamas rejected a statement that condemned Hezbollah.",
     set(), {("condemns", "kb:hamas", "kb:hezbollah")}),
    ("Hamas rejected a statement condemning Hezbollah.",
     set(), {("condemns", "kb:hamas", "kb:hezbollah")}),
    ("Hamas said in a statement condemning Hezbollah that it would fight.",
     {("condemns", "kb:hamas", "kb:hezbollah")}, set()),
    ("AQAP read a report that condemned Hezbollah.",
     set(), {("condemns", "kb:aqap", "kb:hezbollah")}),
    # the fronted title's name is the subject; the leader's pledge is his group's
    ("On July 23, 2014, senior leader of Abu Sayyaf, Isnilon Hapilon, posted a 6-minute video on YouTube "
     "declaring allegiance to the Islamic State.",
     {("leads", "kb:isnilon", "kb:asg"), ("pledged_allegiance_to", "kb:asg", "kb:is")}, set()),
])
def test_round8_participles(run_relate, text, present, absent):
    found = edges(run_relate(text, SPEC)[0])
    assert present <= found, present - found
    assert not absent & found


def test_pledge_in_a_video_is_the_act_not_a_claim(run_relate):
    relations = run_relate("Boko Haram posted a video declaring allegiance to the Islamic State.", SPEC)[0]
    [pledge] = [r for r in relations if r.type == "pledged_allegiance_to"]
    assert pledge.modality == "asserted"
