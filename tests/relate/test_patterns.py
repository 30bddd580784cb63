"""Each pattern family of relation extraction, with coordination and coreference."""

from __future__ import annotations

import pytest


def _unordered(relations) -> set[tuple[str, frozenset]]:
    """(type, {source, target}) of each relation: direction aside, for symmetric edges."""
    return {(r.type, frozenset((r.source, r.target))) for r in relations}


def edges(relations) -> set[tuple]:
    """(type, source, target, modality) of each relation, for compact assertions."""
    return {(r.type, r.source, r.target, r.modality) for r in relations}


G = "armed_group"
SPEC = {
    "Ahrar al-Sham": ("kb:ahrar", G), "Jabhat al-Nusra": ("kb:nusra", G),
    "Jaysh al-Islam": ("kb:jaysh-islam", G), "the Islamic State": ("kb:is", G),
    "Al Qaeda": ("kb:aq", G), "Jaish al-Fatah": ("kb:jaish-fatah", "coalition"),
    "Faylaq al-Sham": ("kb:faylaq", G), "Saudi Arabia": ("kb:saudi", "state"),
    "Abu Jaber": ("new:abu-jaber", "person"), "Idlib": ("geo:idlib", "place"),
    "Aleppo": ("geo:aleppo", "place"), "Douma": ("geo:douma", "place"),
    "the two groups": (("kb:ahrar", "kb:nusra"), G),
}
PUBLISHED = "2015-10-22"


@pytest.mark.parametrize(("text", "expected"), [
    # verbal
    ("Ahrar al-Sham allied with Jabhat al-Nusra in March.",
     {("allied_with", "kb:ahrar", "kb:nusra", "asserted")}),
    ("Jaysh al-Islam is backed by Saudi Arabia.",
     {("supports", "kb:saudi", "kb:jaysh-islam", "asserted")}),
    ("Jabhat al-Nusra split from the Islamic State in 2013.",
     {("split_from", "kb:nusra", "kb:is", "asserted")}),
    ("Jabhat al-Nusra pledged allegiance to Al Qaeda.",
     {("pledged_allegiance_to", "kb:nusra", "kb:aq", "asserted")}),
    ("Jabhat al-Nusra merged into Jaish al-Fatah.",
     {("merged_into", "kb:nusra", "kb:jaish-fatah", "asserted")}),
    ("Jaysh al-Islam condemned Jabhat al-Nusra.",
     {("condemns", "kb:jaysh-islam", "kb:nusra", "asserted")}),
    # nominal
    ("An alliance between Ahrar al-Sham and Faylaq al-Sham was announced last month.",
     {("allied_with", "kb:ahrar", "kb:faylaq", "asserted")}),
    ("Ahrar al-Sham is a rival of the Islamic State.",
     {("rival_of", "kb:ahrar", "kb:is", "asserted")}),
    # appositive and relative clauses
    ("Jabhat al-Nusra, an official branch of Al Qaeda, attacked Jaysh al-Islam near Douma.",
     {("affiliated_with", "kb:nusra", "kb:aq", "asserted"),
      ("fights", "kb:jaysh-islam", "kb:nusra", "asserted")}),
    ("Jabhat al-Nusra, which is linked to Al Qaeda, refused to negotiate.",
     {("affiliated_with", "kb:nusra", "kb:aq", "asserted")}),
    # coordination distributes
    ("Ahrar al-Sham fought alongside Jabhat al-Nusra and Faylaq al-Sham in Idlib.",
     {("joint_operation", "kb:ahrar", "kb:nusra", "asserted"),
      ("joint_operation", "kb:ahrar", "kb:faylaq", "asserted")}),
    ("Ahrar al-Sham, Jabhat al-Nusra and Faylaq al-Sham formed Jaish al-Fatah.",
     {("member_of", "kb:ahrar", "kb:jaish-fatah", "asserted"),
      ("member_of", "kb:nusra", "kb:jaish-fatah", "asserted"),
      ("member_of", "kb:faylaq", "kb:jaish-fatah", "asserted"),
      ("allied_with", "kb:ahrar", "kb:nusra", "asserted"),
      ("allied_with", "kb:ahrar", "kb:faylaq", "asserted"),
      ("allied_with", "kb:faylaq", "kb:nusra", "asserted")}),
    ("Jaish al-Fatah, a coalition of Ahrar al-Sham and Faylaq al-Sham, took Idlib.",
     {("member_of", "kb:ahrar", "kb:jaish-fatah", "asserted"),
      ("member_of", "kb:faylaq", "kb:jaish-fatah", "asserted"),
      ("allied_with", "kb:ahrar", "kb:faylaq", "asserted")}),
    ("Jabhat al-Nusra and Ahrar al-Sham clashed in Aleppo yesterday.",
     {("fights", "kb:ahrar", "kb:nusra", "asserted")}),
    # copular list, the body taken from the sentence before
    ("Jaish al-Fatah was formed in Idlib. The three organizations are Ahrar al-Sham, "
     "Jabhat al-Nusra and Faylaq al-Sham.",
     {("member_of", "kb:ahrar", "kb:jaish-fatah", "asserted"),
      ("member_of", "kb:nusra", "kb:jaish-fatah", "asserted"),
      ("member_of", "kb:faylaq", "kb:jaish-fatah", "asserted")}),
    # cross-sentence: "the two groups" is a plural coreference to the two just named
    ("Ahrar al-Sham and Jabhat al-Nusra captured Idlib. Jaysh al-Islam condemned the two groups.",
     {("condemns", "kb:jaysh-islam", "kb:ahrar", "asserted"),
      ("condemns", "kb:jaysh-islam", "kb:nusra", "asserted"),
      ("joint_operation", "kb:ahrar", "kb:nusra", "asserted")}),  # took Idlib together
    # bases
    ("Jabhat al-Nusra's stronghold of Idlib was shelled.",
     {("based_in", "kb:nusra", "geo:idlib", "asserted")}),
])
def test_relate_pattern_families(run_relate, text: str, expected: set) -> None:
    relations, _ = run_relate(text, SPEC, published=PUBLISHED)
    assert edges(relations) == expected


@pytest.mark.parametrize(("text", "role"), [
    ("Ahrar al-Sham, whose military emir is Abu Jaber, denied the report.", "military emir"),
    ("The new military emir of Ahrar al-Sham, Abu Jaber, spoke on Monday.", "military emir"),
    ("Abu Jaber, the leader of Ahrar al-Sham, spoke on Monday.", "leader"),
])
def test_relate_leaders_carry_role(run_relate, text: str, role: str) -> None:
    relations, _ = run_relate(text, SPEC, published=PUBLISHED)
    (relation,) = relations
    assert (relation.type, relation.source, relation.target, relation.role) == (
        "leads", "new:abu-jaber", "kb:ahrar", role)
    assert relation.modality == "asserted"


def test_relate_death_event_without_killer(run_relate) -> None:
    relations, events = run_relate("Abu Jaber was killed in the fighting.", SPEC)
    assert edges(relations) == {("killed", None, "new:abu-jaber", "asserted")}
    assert [(e.type, e.participants) for e in events] == [("death", ("new:abu-jaber",))]


@pytest.mark.parametrize(("text", "event", "participants"), [
    ("Ahrar al-Sham and Jabhat al-Nusra captured Idlib.", "capture",
     ("kb:ahrar", "kb:nusra", "geo:idlib")),
    ("Jabhat al-Nusra and Ahrar al-Sham clashed in Aleppo.", "clash", ("kb:nusra", "kb:ahrar")),
    ("Ahrar al-Sham and Faylaq al-Sham formed Jaish al-Fatah.", "formation",
     ("kb:ahrar", "kb:faylaq", "kb:jaish-fatah")),
    # a statement alone does not select a sentence; one with a second actor is parsed
    ("Jaysh al-Islam said the talks with Ahrar al-Sham had failed.", "statement", ("kb:jaysh-islam",)),
])
def test_relate_events(run_relate, text: str, event: str, participants: tuple) -> None:
    _, events = run_relate(text, SPEC)
    assert (event, participants) in {(e.type, e.participants) for e in events}


def test_relate_time_and_place_attached(run_relate) -> None:
    relations, _ = run_relate("Jabhat al-Nusra and Ahrar al-Sham clashed in Aleppo yesterday.", SPEC,
                              published=PUBLISHED)
    (relation,) = relations
    assert (relation.date, relation.place) == ("2015-10-21", "geo:aleppo")


def test_relate_evidence_is_exact_text(run_relate) -> None:
    text = "Idlib fell. Ahrar al-Sham allied with Jabhat al-Nusra in March. Nothing else."
    relations, _ = run_relate(text, SPEC, published=PUBLISHED)
    (relation,) = relations
    evidence = relation.evidence
    assert text[evidence.start:evidence.end] == evidence.text == \
        "Ahrar al-Sham allied with Jabhat al-Nusra in March."
    assert relation.pattern == "verb:ally"


def test_relate_co_attackers_operate_jointly_not_against_each_other(run_relate) -> None:
    relations, _ = run_relate("Ahrar al-Sham and Jabhat al-Nusra attacked the town.", SPEC)
    assert edges(relations) == {("joint_operation", "kb:ahrar", "kb:nusra", "asserted")}


@pytest.mark.parametrize("text", [
    "Jabhat al-Nusra spokesmen met reporters in Idlib.",
    "Ahrar al-Sham, Jabhat al-Nusra and Faylaq al-Sham were mentioned in the report.",
    "The Islamic State is a group.",
])
def test_relate_states_nothing_without_a_relation(run_relate, text: str) -> None:
    relations, _ = run_relate(text, SPEC)
    assert relations == ()


def test_relate_yearless_date_takes_the_year_the_text_named(run_relate) -> None:
    text = "The offensive began in 2013. On 26 September, Ahrar al-Sham attacked Jabhat al-Nusra."
    relations, _ = run_relate(text, SPEC)  # no publication date
    (relation,) = relations
    assert relation.date == "2013-09-26"


def test_relate_yearless_date_without_any_year_stays_unknown(run_relate) -> None:
    relations, _ = run_relate("On 26 September, Ahrar al-Sham attacked Jabhat al-Nusra.", SPEC)
    (relation,) = relations
    assert relation.date is None


@pytest.mark.parametrize(("speaker", "modality"), [
    ("Jaysh al-Islam", "claimed"),  # a party speaks: its claim
    ("The Observatory", "asserted"),  # a monitor reports: no claimant
])
def test_relate_claimant_is_a_party(run_relate, speaker: str, modality: str) -> None:
    spec = {**SPEC, "The Observatory": ("kb:sohr", "organization")}
    relations, _ = run_relate(f"{speaker} said that Ahrar al-Sham had attacked the Islamic State.", spec)
    (relation,) = relations
    assert relation.modality == modality


@pytest.mark.parametrize(("text", "expected"), [
    ("JA separated from the TTP over disagreements between its founding leader, Omar Khorasani, "
     "and the then leader of the TTP, Maulana Fazlullah.",
     {("leads", "new:omar-khorasani", "kb:ja", "founding leader"),
      ("leads", "new:maulana-fazlullah", "kb:ttp", "leader")}),
    ("In 1977, OIRA killed INLA Chief of Staff Seamus Costello.",
     {("leads", "new:seamus-costello", "kb:inla", "chief")}),
    ("In March SDF military commander Nasser Haj Mansour told reporters that the town was surrounded.",
     {("leads", "new:nasser-haj-mansour", "kb:sdf", "military commander")}),
    # a country's possessive locates the group; the role is the group's, not the state's
    ("Militants loyal to Iraq's Al-Qaeda frontman Abu Musab al-Zarqawi said they attempted to "
     "assassinate the prime minister.",
     {("leads", "kb:zarqawi", "kb:aq", "frontman")}),
])
def test_relate_leaders_in_noun_phrases(run_relate, text: str, expected: set) -> None:
    spec = {"Iraq": ("kb:iraq", "state"), "Al-Qaeda": ("kb:aq", G),
            "Abu Musab al-Zarqawi": ("kb:zarqawi", "person"), "JA": ("kb:ja", G), "the TTP": ("kb:ttp", G),
            "OIRA": ("kb:oira", G), "INLA": ("kb:inla", G),
            "SDF": ("kb:sdf", G), "Omar Khorasani": ("new:omar-khorasani", "person"),
            "Maulana Fazlullah": ("new:maulana-fazlullah", "person"),
            "Seamus Costello": ("new:seamus-costello", "person"),
            "Nasser Haj Mansour": ("new:nasser-haj-mansour", "person")}
    relations, _ = run_relate(text, spec)
    assert {(r.type, r.source, r.target, r.role) for r in relations if r.type == "leads"} == expected


def test_relate_clashes_between_two_sides(run_relate) -> None:
    text = ("Clashes erupted on Friday between fighters from Ahrar al-Sham on the one hand and fighters "
            "from the Islamic State and Jabhat al-Nusra on the other hand.")
    relations, _ = run_relate(text, SPEC)
    assert edges(relations) == {("fights", "kb:ahrar", "kb:is", "asserted"),
                                ("fights", "kb:ahrar", "kb:nusra", "asserted")}


@pytest.mark.parametrize(("text", "expected"), [
    # the parser hangs the names on the opening phrase; they are still the verb's subject
    ("In the years following the 2003 invasion, Ahrar al-Sham and Jabhat al-Nusra worked closely "
     "with one another to combat the Islamic State.",
     {("joint_operation", "kb:ahrar", "kb:nusra"), ("fights", "kb:ahrar", "kb:is"),
      ("fights", "kb:nusra", "kb:is")}),
])
def test_relate_subjects_stranded_after_an_opening_phrase(run_relate, text: str, expected: set) -> None:
    relations, _ = run_relate(text, SPEC)
    assert _unordered(relations) == {
        (t, frozenset((a, b))) for t, a, b in expected}


@pytest.mark.parametrize(("text", "expected"), [
    # the parser hangs the carrier's "from" phrase on the verb
    ("Ahrar al-Sham had also attacked fighters from groups including Jaysh al-Islam.",
     {("fights", "kb:ahrar", "kb:jaysh-islam")}),
    # a place is where fighters come from, and "their positions" names no group
    ("Jabhat al-Nusra attacked fighters from Idlib.", set()),
    ("Jabhat al-Nusra expelled Ahrar al-Sham fighters from their positions in Idlib.",
     {("fights", "kb:nusra", "kb:ahrar")}),
])
def test_relate_carrier_phrase_hung_on_the_verb(run_relate, text: str, expected: set) -> None:
    spec = {**SPEC, "Sudan": ("kb:sudan", "state")}
    relations, _ = run_relate(text, spec)
    assert _unordered(relations) == {
        (t, frozenset((a, b))) for t, a, b in expected}


@pytest.mark.parametrize(("text", "expected"), [
    # a leader stands for his side; the backer is the subject of the nearest clause
    ("Hezbollah cited the threat as a reason for its intervention in the civil war on the side "
     "of Bashar al-Assad.", {("supports", "kb:hezbollah", "kb:assad")}),
    ("The regime gained ground after Saudi Arabia launched air strikes in support of Ahrar al-Sham.",
     {("supports", "kb:saudi", "kb:ahrar")}),
    # defending a person or a shrine takes no side
    ("Hezbollah announced the deaths of two fighters in defense of Bashar al-Assad.", set()),
])
def test_relate_on_the_side_of(run_relate, text: str, expected: set) -> None:
    spec = {**SPEC, "Hezbollah": ("kb:hezbollah", G), "Bashar al-Assad": ("kb:assad", "person"),
            "The regime": ("kb:regime", "state_actor")}
    relations, _ = run_relate(text, spec)
    assert {(r.type, r.source, r.target) for r in relations if r.type == "supports"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the parser makes the direction the head of "a target southwest of P"
    ("Saudi Arabia launched an air strike against an Ahrar al-Sham target southwest of Idlib.",
     {("fights", frozenset({"kb:saudi", "kb:ahrar"}))}),
])
def test_relate_target_named_with_a_direction(run_relate, text: str, expected: set) -> None:
    relations, _ = run_relate(text, SPEC)
    assert _unordered(relations) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Palmyra, which the Islamic State had lost in March to Jaysh al-Islam, fell again.",
     {("fights", frozenset({"kb:is", "kb:jaysh-islam"}))}),
    # passive: the subject is what was lost, no loser is named
    ("The opposition seized Idlib a day after it was lost to Ahrar al-Sham.", set()),
    # losing men to airstrikes is no fight with an actor
    ("Ahrar al-Sham lost 20 fighters to airstrikes.", set()),
    ("Jabhat al-Nusra forces backed by Saudi air power advanced.",
     {("supports", frozenset({"kb:saudi", "kb:nusra"}))}),
])
def test_relate_losing_ground_and_air_power(run_relate, text: str, expected: set) -> None:
    spec = {**SPEC, "Saudi": ("kb:saudi", "state")}
    relations, _ = run_relate(text, spec)
    assert _unordered(relations) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # killing a group's leader is an act against the group
    ("Ahrar al-Sham killed Jaysh al-Islam leader Abu Jaber in Douma.",
     {("killed", "kb:ahrar", "new:abu-jaber"), ("leads", "new:abu-jaber", "kb:jaysh-islam"),
      ("fights", "kb:ahrar", "kb:jaysh-islam")}),
    # "against D" hung on the last partner of the list
    ("Ahrar al-Sham fought alongside Jaysh al-Islam, Faylaq al-Sham and other militias against "
     "elements of the Islamic State.",
     {("joint_operation", "kb:ahrar", "kb:jaysh-islam"), ("joint_operation", "kb:ahrar", "kb:faylaq"),
      ("joint_operation", "kb:faylaq", "kb:jaysh-islam"), ("fights", "kb:ahrar", "kb:is"),
      ("fights", "kb:jaysh-islam", "kb:is"), ("fights", "kb:faylaq", "kb:is")}),
    # ", including B," after the object of a fight hangs on the verb
    ("Since its founding, Ahrar al-Sham fought against Jaish al-Fatah, including Faylaq al-Sham, "
     "because of its stance.",
     {("fights", "kb:ahrar", "kb:jaish-fatah"), ("fights", "kb:ahrar", "kb:faylaq")}),
    # "A, the B, and The C": the middle name parsed as an apposition is in the list
    ("Ahrar al-Sham, the Islamic State, and Jaysh al-Islam began targeting Faylaq al-Sham.",
     {("joint_operation", "kb:ahrar", "kb:is"), ("joint_operation", "kb:ahrar", "kb:jaysh-islam"),
      ("joint_operation", "kb:is", "kb:jaysh-islam"), ("fights", "kb:ahrar", "kb:faylaq"),
      ("fights", "kb:is", "kb:faylaq"), ("fights", "kb:jaysh-islam", "kb:faylaq")}),
])
def test_relate_lists_partners_and_leaders(run_relate, text: str, expected: set) -> None:
    relations, _ = run_relate(text, SPEC)
    sym = {"fights", "joint_operation", "allied_with"}
    norm = lambda t, a, b: (t, *sorted((a, b))) if t in sym else (t, a, b)  # noqa: E731
    assert {norm(r.type, r.source, r.target) for r in relations} == {norm(*e) for e in expected}


@pytest.mark.parametrize(("text", "expected"), [
    # attacking or taking a place someone holds is fighting the holder
    ("Jabhat al-Nusra captured three villages held by the Islamic State.",
     {("fights", frozenset({"kb:nusra", "kb:is"}))}),
    ("Ahrar al-Sham attacked several neighborhoods held by Jaysh al-Islam.",
     {("fights", frozenset({"kb:ahrar", "kb:jaysh-islam"}))}),
])
def test_relate_held_places_and_reprisals(run_relate, text: str, expected: set) -> None:
    relations, _ = run_relate(text, SPEC)
    assert _unordered(relations) == expected


def test_relate_reprisals_are_hostile_acts(resources) -> None:
    from factionmap.pipeline import extract
    from factionmap.types import Document

    text = "The attacks led to reprisals on IS positions by the Badr Organization."
    relations = extract(Document("t", text=text), resources).relations
    assert _unordered(relations) == {
        ("fights", frozenset({"kb:islamic-state", "kb:badr-organization"}))}


@pytest.mark.parametrize(("text", "expected"), [
    # some of a group's people joining B says nothing of the group's membership
    ("Some members of Ahrar al-Sham joined Jaish al-Fatah.", set()),
    ("It added that 120 former Jaysh al-Islam fighters had joined Faylaq al-Sham.", set()),
    ("After Ahrar al-Sham announced its dissolution, some of its members joined Jaish al-Fatah.",
     set()),
    # the group's fighters, unqualified, stand for the group
    ("Ahrar al-Sham fighters joined Jaish al-Fatah in 2015.",
     {("member_of", "kb:ahrar", "kb:jaish-fatah")}),
])
def test_relate_part_of_a_group_joining(run_relate, text: str, expected: set) -> None:
    relations, _ = run_relate(text, SPEC)
    assert {(r.type, r.source, r.target) for r in relations if r.type == "member_of"} == expected


def test_relate_taking_over_security_is_a_handover(run_relate) -> None:
    text = "Jaish al-Fatah announced that it was taking over the security of Idlib from Ahrar al-Sham."
    relations, _ = run_relate(text, SPEC)
    assert not [r for r in relations if r.type == "fights"]


@pytest.mark.parametrize(("text", "expected"), [
    # joining someone in an act is fighting beside them
    ("Faylaq al-Sham joined Ahrar al-Sham in the offensive on Idlib.",
     {("joint_operation", frozenset({"kb:faylaq", "kb:ahrar"}))}),
    ("Jaysh al-Islam joined Jabhat al-Nusra in this one.",
     {("joint_operation", frozenset({"kb:jaysh-islam", "kb:nusra"}))}),
    # joining a body in a year is membership
    ("Ahrar al-Sham joined Jaish al-Fatah in 2015.",
     {("member_of", frozenset({"kb:ahrar", "kb:jaish-fatah"}))}),
])
def test_relate_joined_in_an_act(run_relate, text: str, expected: set) -> None:
    relations, _ = run_relate(text, SPEC)
    assert _unordered(relations) == expected
