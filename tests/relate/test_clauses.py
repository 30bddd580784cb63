"""Clause-level patterns: enemies after "against", banners, received support, designations,
possessors, listed units, demands, sides, captures from an enemy, places through relatives."""

from __future__ import annotations

import pytest

G = "armed_group"
SPEC = {
    "Ahrar al-Sham": ("kb:ahrar", G), "Jabhat al-Nusra": ("kb:nusra", G),
    "the Islamic State": ("kb:is", G), "Al Qaeda": ("kb:aq", G),
    "Jaish al-Fatah": ("kb:jaish-fatah", "coalition"), "Faylaq al-Sham": ("kb:faylaq", G),
    "the United States": ("kb:us", "state"), "Russia": ("kb:russia", "state"),
    "Idlib": ("geo:idlib", "place"), "Tel Abyad": ("geo:tel-abyad", "place"),
    "the YPG": ("kb:ypg", G), "FSA": ("kb:fsa", G), "Fursan al-Haq": ("new:fursan-al-haq", G),
    "Suheil al-Hassan": ("new:suheil-al-hassan", "person"), "Tiger Forces": ("kb:tiger-forces", G),
    "Liwa al-Tawhid": ("kb:liwa-al-tawhid", G), "Abu Jaber": ("new:abu-jaber", "person"),
    "the Sunni Awakening": ("kb:sunni-awakening", "coalition"), "US": ("kb:us", "state"),
    "the Taliban": ("kb:taliban", G), "Osama bin Laden": ("new:osama-bin-laden", "person"),
}


def edges(relations) -> set[tuple]:
    return {(r.type, r.source, r.target, r.modality) for r in relations}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ahrar al-Sham and Faylaq al-Sham worked together against the Islamic State.",
     {("joint_operation", "kb:ahrar", "kb:faylaq", "asserted"),
      ("fights", "kb:ahrar", "kb:is", "asserted"), ("fights", "kb:faylaq", "kb:is", "asserted")}),
    ("Ahrar al-Sham and Jabhat al-Nusra fought under the banner of Jaish al-Fatah.",
     {("member_of", "kb:ahrar", "kb:jaish-fatah", "asserted"),
      ("member_of", "kb:nusra", "kb:jaish-fatah", "asserted")}),
    ("Faylaq al-Sham received anti-tank missiles from the United States.",
     {("supports", "kb:us", "kb:faylaq", "asserted")}),
    ("Jabhat al-Nusra is considered a terrorist group by Russia.",
     {("condemns", "kb:russia", "kb:nusra", "asserted")}),
    ("Suheil al-Hassan's Tiger Forces advanced on Idlib.",
     {("leads", "new:suheil-al-hassan", "kb:tiger-forces", "asserted")}),
    ("FSA brigades such as Fursan al-Haq shelled the town.",
     {("subunit_of", "new:fursan-al-haq", "kb:fsa", "asserted")}),
    ("Tel Abyad, which is controlled by the YPG, was attacked.",
     {("based_in", "kb:ypg", "geo:tel-abyad", "asserted")}),
    ("Ahrar al-Sham called on Jabhat al-Nusra to stop the attacks.",
     {("condemns", "kb:ahrar", "kb:nusra", "asserted")}),
    ("Jabhat al-Nusra intervened on the side of Ahrar al-Sham.",
     {("supports", "kb:nusra", "kb:ahrar", "asserted")}),
    ("Ahrar al-Sham recaptured Idlib from the Islamic State.",
     {("fights", "kb:ahrar", "kb:is", "asserted")}),
    ("The truce does not apply to the Islamic State and Al Qaeda affiliate Jabhat al-Nusra.",
     {("affiliated_with", "kb:nusra", "kb:aq", "asserted")}),  # the apposition is not negated
    ("Liwa al-Tawhid cooperated with the Islamic State to fight the YPG.",
     {("joint_operation", "kb:is", "kb:liwa-al-tawhid", "asserted"),
      ("fights", "kb:liwa-al-tawhid", "kb:ypg", "asserted"), ("fights", "kb:is", "kb:ypg", "asserted")}),
    ("Ahrar al-Sham and Jabhat al-Nusra coordinated an attack on the YPG.",
     {("joint_operation", "kb:ahrar", "kb:nusra", "asserted"),
      ("fights", "kb:ahrar", "kb:ypg", "asserted"), ("fights", "kb:nusra", "kb:ypg", "asserted")}),
    ("Ahrar al-Sham said its council appointed Abu Jaber as leader.",
     {("leads", "new:abu-jaber", "kb:ahrar", "claimed")}),
    ("Ahrar al-Sham was accused of participating in the Sunni Awakening.",
     {("member_of", "kb:ahrar", "kb:sunni-awakening", "alleged")}),
    ("Jabhat al-Nusra stormed the headquarters of Ahrar al-Sham.",
     {("fights", "kb:ahrar", "kb:nusra", "asserted")}),
    ("US military attacks have killed eight top Al Qaeda leaders.",
     {("fights", "kb:aq", "kb:us", "asserted")}),
    ("Ahrar al-Sham and Jabhat al-Nusra were the main rebel groups involved in the battle.",
     {("joint_operation", "kb:ahrar", "kb:nusra", "asserted")}),  # one side, not enemies
    ("Ahrar al-Sham launched an operation to capture members including those from the Islamic State.",
     {("fights", "kb:ahrar", "kb:is", "asserted")}),
    ("Sanctions were imposed on the Taliban for its support of Osama bin Laden.",
     {("supports", "kb:taliban", "new:osama-bin-laden", "asserted")}),
])
def test_relate_clause_patterns(run_relate, text: str, expected: set) -> None:
    relations, _ = run_relate(text, SPEC)
    assert edges(relations) == expected


@pytest.mark.parametrize("text", [
    "Jabhat al-Nusra attempted to assassinate Suheil al-Hassan.",  # an attempt is no killing
])
def test_relate_clause_patterns_state_nothing(run_relate, text: str) -> None:
    relations, _ = run_relate(text, SPEC)
    assert relations == ()


def test_relate_capture_event_with_place_through_noun(run_relate) -> None:
    _, events = run_relate("Ahrar al-Sham captured the town of Idlib.", SPEC)
    assert ("capture", ("kb:ahrar", "geo:idlib")) in {(e.type, e.participants) for e in events}


@pytest.mark.parametrize(("text", "edge"), [
    ("The FSA shelled the town. Rebels from the FSA's 101st Division were killed.",
     ("subunit_of", "new:101st-division", "kb:fsa")),
    ("The US denied it. The US-backed Kurdish-Arab alliance seized a road junction.",
     ("supports", "kb:us", "kb:sdf")),
])
def test_relate_names_inside_one_mention(run_relate, text: str, edge: tuple) -> None:
    spec = {"FSA": ("kb:fsa", G), "FSA's 101st Division": ("new:101st-division", G),
            "US": ("kb:us", "state"), "US-backed Kurdish-Arab alliance": ("kb:sdf", "coalition")}
    relations, _ = run_relate(text, spec)
    assert edge in {(r.type, r.source, r.target) for r in relations}


def test_relate_media_outlet_of_its_owner(run_relate) -> None:
    spec = {"Daesh": ("kb:daesh", G), "Amaq news agency": ("kb:amaq", "organization")}
    relations, _ = run_relate("Daesh claimed the attack via its Amaq news agency.", spec)
    assert ("affiliated_with", "kb:amaq", "kb:daesh") in {(r.type, r.source, r.target) for r in relations}


def test_relate_appointments_pair_people_with_roles(run_relate) -> None:
    spec = {"Ahrar al-Sham": ("kb:ahrar", G), "Hashem al-Sheikh": ("new:hashem-al-sheikh", "person"),
            "Abu Saleh Tahan": ("new:abu-saleh-tahan", "person")}
    text = ('Ahrar al-Sham said its council appointed Hashem al-Sheikh also known as "Abu Jaber" as '
            "leader and Abu Saleh Tahan as military chief.")
    relations, _ = run_relate(text, spec)
    assert {(r.source, r.target, r.role) for r in relations if r.type == "leads"} == {
        ("new:hashem-al-sheikh", "kb:ahrar", "leader"), ("new:abu-saleh-tahan", "kb:ahrar", "military chief")}


@pytest.mark.parametrize(("text", "expected"), [
    # a designation "as an organization associated with B" ties the designated group to B
    ("Saudi Arabia designates Ahrar al-Sham as an organization associated with Jabhat al-Nusra.",
     {("affiliated_with", "kb:ahrar", "kb:nusra")}),
    # the designator is not the one designated
    ("Jabhat al-Nusra classified itself as an entity associated with Jabhat al-Nusra.", set()),
])
def test_relate_designated_as_associated(run_relate, text: str, expected: set) -> None:
    spec = {"Ahrar al-Sham": ("kb:ahrar", "armed_group"), "Jabhat al-Nusra": ("kb:nusra", "armed_group"),
            "Saudi Arabia": ("kb:saudi", "state")}
    relations, _ = run_relate(text, spec)
    assert {(r.type, r.source, r.target) for r in relations if r.type == "affiliated_with"} == expected


def test_relate_passive_after_upon_is_the_main_subjects(run_relate) -> None:
    text = ("Upon being declared a terrorist organization by Saudi Arabia in August 2013, "
            "Ahrar al-Sham declared its loyalty to Jabhat al-Nusra.")
    spec = {"Ahrar al-Sham": ("kb:ahrar", "armed_group"), "Jabhat al-Nusra": ("kb:nusra", "armed_group"),
            "Saudi Arabia": ("kb:saudi", "state")}
    relations, _ = run_relate(text, spec)
    assert ("condemns", "kb:saudi", "kb:ahrar") in {(r.type, r.source, r.target) for r in relations}
