"""Modality and attribution: negated and hedged statements never become plain assertions."""

from __future__ import annotations

import pytest

G = "armed_group"
SPEC = {
    "Al Nusrah Front": ("kb:nusra", G), "Jabhat al-Nusra": ("kb:nusra", G),
    "Ahrar al Sham": ("kb:ahrar", G), "Ahrar a-Sham": ("kb:ahrar", G),
    "Ahrar al-Sham": ("kb:ahrar", G), "Ajnad al Sham": ("kb:ajnad", G),
    "Jund al Malahim": ("new:jund-al-malahim", "coalition"), "Jaysh al Islam": ("kb:jaysh-islam", G),
    "Jaysh al-Islam": ("kb:jaysh-islam", G), "Saudi Arabia": ("kb:saudi", "state"),
    "Faylaq al-Sham": ("kb:faylaq", G), "the Islamic State": ("kb:is", G),
    "Jaish al-Fatah": ("kb:jaish-fatah", "coalition"), "Abu Omar": ("new:abu-omar", "person"),
    "Jaish al-Muhajireen wal-Ansar": ("kb:jma", G), "the Islamic Front": ("kb:islamic-front", "coalition"),
    "Syrian forces": ("kb:syrian-army", "state_actor"), "Aleppo": ("geo:aleppo", "place"),
    "Syrian Observatory": ("kb:sohr", "organization"), "Britain": ("kb:uk", "state"),
}
FORMED = ("Al Nusrah Front, Ahrar al Sham and Ajnad al Sham formed a joint operations room named "
          "Jund al Malahim on October 21; notably absent is Jaysh al Islam, widely suspected of being "
          "backed by Saudi Arabia.")
JOINT = ("Abu Omar's jamaat in Jabhat al-Nusra took part in joint operations this week with Jaish "
         "al-Muhajireen wal-Ansar, the Islamic Front and Ahrar a-Sham to battle Syrian forces near Aleppo")


def edges(relations) -> set[tuple]:
    return {(r.type, r.source, r.target, r.modality) for r in relations}


def test_relate_joint_operations_room_with_absent_member(run_relate) -> None:
    relations, events = run_relate(FORMED, SPEC, published="2015-10-22")
    room = "new:jund-al-malahim"
    assert edges(relations) == {
        ("member_of", "kb:nusra", room, "asserted"),
        ("member_of", "kb:ahrar", room, "asserted"),
        ("member_of", "kb:ajnad", room, "asserted"),
        ("allied_with", "kb:ahrar", "kb:nusra", "asserted"),
        ("allied_with", "kb:ajnad", "kb:nusra", "asserted"),
        ("allied_with", "kb:ahrar", "kb:ajnad", "asserted"),
        ("member_of", "kb:jaysh-islam", room, "negated"),
        ("supports", "kb:saudi", "kb:jaysh-islam", "alleged"),
    }
    formed = {r.date for r in relations if r.modality == "asserted"}
    assert formed == {"2015-10-21"}
    (formation,) = [e for e in events if e.type == "formation"]
    assert formation.participants == ("kb:nusra", "kb:ahrar", "kb:ajnad", room)
    assert formation.date == "2015-10-21"


def test_relate_joint_operations_with_listed_partners(run_relate) -> None:
    relations, _ = run_relate(JOINT, SPEC, published="2013-11-20")
    joint = {(r.source, r.target) for r in relations if r.type == "joint_operation"}
    assert joint == {("kb:jma", "kb:nusra"), ("kb:islamic-front", "kb:nusra"), ("kb:ahrar", "kb:nusra")}
    assert ("fights", "kb:nusra", "kb:syrian-army", "asserted") in edges(relations)
    assert all(r.modality == "asserted" for r in relations)
    assert {r.date for r in relations} == {"2013-11"}  # "this week", month precision
    assert {r.place for r in relations if r.type == "fights"} == {"geo:aleppo"}


@pytest.mark.parametrize(("text", "edge"), [
    ("Jaysh al-Islam is not interested in fighting Jabhat al-Nusra.",
     ("fights", "kb:jaysh-islam", "kb:nusra", "negated")),
    ("Faylaq al-Sham is not taking part in joint operations with Jabhat al-Nusra.",
     ("joint_operation", "kb:faylaq", "kb:nusra", "negated")),
    ("Jaysh al-Islam denied being backed by Saudi Arabia.",
     ("supports", "kb:saudi", "kb:jaysh-islam", "negated")),
    ("Faylaq al-Sham was notably absent from Jaish al-Fatah.",
     ("member_of", "kb:faylaq", "kb:jaish-fatah", "negated")),
    ("Ahrar al-Sham never allied with the Islamic State.",
     ("allied_with", "kb:ahrar", "kb:is", "negated")),
    ("Jabhat al-Nusra is widely suspected of being backed by Saudi Arabia.",
     ("supports", "kb:saudi", "kb:nusra", "alleged")),
    ("Ahrar al-Sham reportedly attacked Faylaq al-Sham.",
     ("fights", "kb:ahrar", "kb:faylaq", "alleged")),
    ("Jaysh al-Islam was accused of attacking Faylaq al-Sham.",
     ("fights", "kb:faylaq", "kb:jaysh-islam", "alleged")),
    ("Ahrar al-Sham plans to join Jaish al-Fatah.",
     ("member_of", "kb:ahrar", "kb:jaish-fatah", "planned")),
    ("Faylaq al-Sham will merge into Jaish al-Fatah.",
     ("merged_into", "kb:faylaq", "kb:jaish-fatah", "planned")),
    # a scene-setting "upon" clause is not part of what the main clause's speaker says
    ("Upon being declared a terrorist organization by Saudi Arabia, Ahrar al-Sham announced "
     "a new leader.", ("condemns", "kb:saudi", "kb:ahrar", "asserted")),
    # unnamed sources hedge; a named monitor reports, and where it is based names no claimant
    ("Ahrar al-Sham attacked Faylaq al-Sham according to sources.",
     ("fights", "kb:ahrar", "kb:faylaq", "alleged")),
    ("Ahrar al-Sham attacked Faylaq al-Sham according to residents and the Syrian Observatory, "
     "a Britain-based monitoring organization.", ("fights", "kb:ahrar", "kb:faylaq", "asserted")),
])
def test_relate_modality_cases(run_relate, text: str, edge: tuple) -> None:
    relations, _ = run_relate(text, SPEC)
    assert edges(relations) == {edge}


def test_relate_claim_records_claimant(run_relate) -> None:
    relations, _ = run_relate("Jabhat al-Nusra said that Ahrar al-Sham had attacked the Islamic State.", SPEC)
    (relation,) = relations
    assert (relation.type, relation.modality, relation.claimant) == ("fights", "claimed", "kb:nusra")


@pytest.mark.parametrize("text", [
    FORMED,
    "Jaysh al-Islam is not interested in fighting Jabhat al-Nusra.",
    "Jaysh al-Islam denied being backed by Saudi Arabia.",
    "Ahrar al-Sham has not allied with the Islamic State and never will.",
])
def test_relate_negated_never_reported_as_asserted(run_relate, text: str) -> None:
    relations, _ = run_relate(text, SPEC)
    negated = {(r.type, r.source, r.target) for r in relations if r.modality == "negated"}
    asserted = {(r.type, r.source, r.target) for r in relations if r.modality == "asserted"}
    assert negated
    assert not negated & asserted


@pytest.mark.parametrize(("text", "edge"), [
    ("Xelil reiterated accusations that Saudi Arabia was supporting Jaysh al-Islam.",
     ("supports", "kb:saudi", "kb:jaysh-islam", "alleged")),
    ("Jaysh al-Islam rejected the merger and continued to oppose the Islamic State.",
     ("rival_of", "kb:is", "kb:jaysh-islam", "asserted")),  # symmetric; the rejection is not the opposition's
])
def test_relate_modality_scope(run_relate, text: str, edge: tuple) -> None:
    relations, _ = run_relate(text, SPEC)
    assert edge in {(r.type, r.source, r.target, r.modality) for r in relations}
