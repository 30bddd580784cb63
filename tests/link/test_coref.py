"""Coreference: plural counts, definite descriptions, pronouns, the regime."""

from __future__ import annotations

import pytest

from factionmap.kb.model import Alias, KBEntity, KnowledgeBase
from factionmap.pipeline import extract
from factionmap.resources import Resources
from factionmap.types import Document


def _kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    for entity in (
        KBEntity("kb:ahrar", "Ahrar al-Sham", "armed_group", country="SY"),
        KBEntity("kb:nusra", "Jabhat al-Nusra", "armed_group", country="SY"),
        KBEntity("kb:jaysh-islam", "Jaysh al-Islam", "armed_group", country="SY"),
        KBEntity("kb:is", "Islamic State", "armed_group", country="IQ"),
        KBEntity("kb:ansar", "Ansar al-Islam", "armed_group", country="IQ"),
        KBEntity("kb:fatah", "Jaysh al-Fatah", "coalition", country="SY"),
        KBEntity("kb:sy-forces", "Syrian government forces", "state_actor",
                 (Alias("regime forces"),), country="SY"),
        KBEntity("kb:sy-air", "Syrian Arab Air Force", "state_actor", country="SY"),
        KBEntity("kb:syria", "Syria", "state", country="SY"),
        KBEntity("geo:idlib", "Idlib", "place", country="SY"),
    ):
        kb.add(entity)
    return kb


@pytest.fixture(scope="module")
def small(nlp) -> Resources:
    return Resources(kb=_kb(), nlp=nlp)


def _corefs(text: str, resources: Resources) -> list[tuple[str, str, str]]:
    extraction = extract(Document("t", text=text), resources)
    return sorted((m.text, m.entity_id, m.reason) for e in extraction.entities
                  for m in e.mentions if m.reason.startswith("coref:"))


@pytest.mark.parametrize("phrase", ["The two groups", "Both factions", "Both groups",
                                    "The two organizations"])
def test_coref_plural_count_distributes_to_each_referent(phrase, small):
    text = f"Ahrar al-Sham and Jabhat al-Nusra took Idlib. {phrase} then split the spoils."
    assert _corefs(text, small) == [(phrase, "kb:ahrar", "coref:plural-count"),
                                    (phrase, "kb:nusra", "coref:plural-count")]


def test_coref_three_organizations(small):
    text = ("Ahrar al-Sham, Jabhat al-Nusra and Jaysh al-Islam met in Idlib. "
            "The three organizations agreed on a truce.")
    assert {c[1] for c in _corefs(text, small)} == {"kb:ahrar", "kb:nusra", "kb:jaysh-islam"}


def test_coref_plural_count_skips_groups_named_after_it(small):
    text = ("Ahrar al-Sham, Jabhat al-Nusra and the Islamic State fought in Idlib. "
            "The two groups that the Islamic State criticizes denied it.")
    assert {c[1] for c in _corefs(text, small)} == {"kb:ahrar", "kb:nusra"}


def test_coref_plural_count_needs_enough_groups(small):
    assert _corefs("Ahrar al-Sham fought. The three groups met.", small) == []


@pytest.mark.parametrize("text, expected", [
    ("Jabhat al-Nusra attacked Idlib. The group said it lost ten men.", "kb:nusra"),
    ("Jaysh al-Islam shelled the town. The Islamist faction denied it.", "kb:jaysh-islam"),
    ("Jaysh al-Fatah took Idlib. Ahrar al-Sham joined. The coalition grew.", "kb:fatah"),
])
def test_coref_definite_description(text, expected, small):
    assert [c[1] for c in _corefs(text, small) if c[2] == "coref:definite"] == [expected]


@pytest.mark.parametrize("text, expected", [
    ('Jaysh al-Fatah took Idlib. "We will hold it," said coalition spokesman Abu Omar.',
     [("coalition", "kb:fatah")]),
    ("Jabhat al-Nusra attacked Idlib. Group leader Abu Omar said it was taken.",
     [("Group", "kb:nusra")]),
    # after a determiner or a name the bare noun is not the role holder's group description
    ("Jabhat al-Nusra attacked Idlib. A militia commander said it was taken.", []),
    ("Jabhat al-Nusra attacked Idlib. The Ahrar al-Sham group leader said so.", []),
])
def test_coref_bare_group_noun_before_a_role(text, expected, small):
    assert [(c[0], c[1]) for c in _corefs(text, small) if c[2] == "coref:definite"] == expected


@pytest.mark.parametrize("text, expected", [
    # the backer in the modifier stays its own mention; the head noun is the reference
    ("Jaysh al-Islam shelled Idlib. The Saudi-backed group denied it.", [("group", "kb:jaysh-islam")]),
    ("Jaysh al-Fatah took Idlib. The Turkish-backed Islamist coalition grew.",
     [("coalition", "kb:fatah")]),
])
def test_coref_backed_description(text, expected, small):
    assert [(c[0], c[1]) for c in _corefs(text, small) if c[2] == "coref:definite"] == expected


def test_coref_definite_object_of_a_relative_clause(small):
    # the relative clause's subject is barred, not the main clause's
    text = "Jabhat al-Nusra blamed Islamic State militants who have fought the group in Idlib."
    assert [(c[0], c[1]) for c in _corefs(text, small) if c[2] == "coref:definite"] == [
        ("the group", "kb:nusra")]


def test_coref_definite_skips_ambiguous_antecedents(small):
    text = "Ahrar al-Sham and Jabhat al-Nusra attacked. The group said it lost ten men."
    assert [c for c in _corefs(text, small) if c[2] == "coref:definite"] == []


@pytest.mark.parametrize("text, expected", [
    ("Jabhat al-Nusra attacked Idlib. Its fighters withdrew.", ["kb:nusra"]),
    ("Jabhat al-Nusra attacked Idlib. It lost ten men.", ["kb:nusra"]),
    ("Ahrar al-Sham and Jabhat al-Nusra attacked. They lost ten men.", ["kb:ahrar", "kb:nusra"]),
    ("Jabhat al-Nusra attacked Idlib. It is unclear why.", []),
])
def test_coref_pronouns(text, expected, small):
    assert sorted(c[1] for c in _corefs(text, small) if c[2] == "coref:pronoun") == expected


def test_coref_regime_is_the_state_actor_of_the_country(small):
    found = _corefs("Syria's war went on. The regime bombed Idlib, and government forces "
                    "advanced.", small)
    assert {(c[0], c[1]) for c in found} == {("The regime", "kb:sy-forces"),
                                              ("government forces", "kb:sy-forces")}


def test_coref_regime_needs_a_country(small):
    assert _corefs("The regime fell.", small) == []


def test_coref_mentions_carry_sentence_and_score(small):
    extraction = extract(Document("t", text="Jabhat al-Nusra attacked. The group withdrew."), small)
    coref = [m for e in extraction.entities for m in e.mentions if m.reason.startswith("coref:")]
    assert len(coref) == 1 and coref[0].sentence == 1 and 0 < coref[0].score < 1
    assert coref[0].label == "armed_group"


def test_coref_plural_apposition_names_its_referents(small):
    text = ("Jaysh al-Islam left the Islamic State in Idlib. "
            "Both factions, Ahrar al-Sham and Jabhat al-Nusra, kept their bases.")
    assert {c[1] for c in _corefs(text, small)} == {"kb:ahrar", "kb:nusra"}


@pytest.mark.parametrize("which, expected", [("former", "kb:ahrar"), ("latter", "kb:nusra")])
def test_coref_former_and_latter(which, expected, small):
    text = f"Ahrar al-Sham fought Jabhat al-Nusra in Idlib. The {which} won."
    assert [c[1] for c in _corefs(text, small) if c[2] == "coref:former-latter"] == [expected]


def test_coref_clause_pronoun_after_comma(small):
    text = "Jabhat al-Nusra joined Jaysh al-Fatah in 2015. However in May, it split off."
    assert [c[1] for c in _corefs(text, small) if c[2] == "coref:pronoun"] == ["kb:nusra"]


def test_coref_definite_place(small):
    text = "Ahrar al-Sham entered Idlib on Monday. Fighting in the city went on."
    assert ("the city", "geo:idlib", "coref:place") in _corefs(text, small)


@pytest.mark.parametrize("phrase", ["The army", "The Syrian government", "The Assad regime"])
def test_coref_regime_variants(phrase, small):
    text = f"Rebels held Idlib in Syria. {phrase} shelled it."
    assert (phrase, "kb:sy-forces", "coref:regime") in _corefs(text, small)


def test_coref_regime_of_an_opening_country(nlp):
    from factionmap.kb.model import KBEntity

    kb = _kb()
    kb.add(KBEntity("kb:afghanistan", "Afghanistan", "state", country="AF"))
    kb.add(KBEntity("kb:af-forces", "Afghan armed forces", "state_actor", country="AF"))
    resources = Resources(kb=kb, nlp=nlp)
    text = ("Rebels held Idlib in Syria. Ahrar al-Sham shelled Idlib. In Afghanistan, the Islamic "
            "State continues to fight the government in Nangarhar.")
    assert ("the government", "kb:af-forces", "coref:regime") in _corefs(text, resources)
    # a state named elsewhere in the sentence is another party, not the government's country
    text = "Rebels held Idlib in Syria. The government and its ally Afghanistan blamed the rebels."
    assert ("The government", "kb:sy-forces", "coref:regime") in _corefs(text, resources)


@pytest.mark.parametrize("text, expected", [
    ("Rebels held Idlib in Syria. Jabhat al-Nusra stormed government positions.", ["government"]),
    ("Rebels held Idlib in Syria. Ahrar al-Sham shelled regime checkpoints.", ["regime"]),
    # a pro-government militia is not the government, nor is a government body
    ("Rebels held Idlib in Syria. Pro-government positions were shelled.", []),
    ("Rebels held Idlib in Syria. Anti-government protests spread.", []),
    # state media's "an army unit"; a name's "Army units" is no regime reference
    ("Rebels held Idlib in Syria. Another army unit shelled Idlib.", ["army"]),
    ("Rebels held Idlib in Syria. Free Syrian Army units shelled Idlib.", []),
    # a group's military wing is not the state's military
    ("Rebels held Idlib in Syria. Abu al-Mundhir leads the military wing of Jabhat al-Nusra.", []),
    ("Rebels held Idlib in Syria. The military shelled Idlib.", ["The military"]),
])
def test_coref_regime_as_owner_of_positions(text, expected, small):
    assert [c[0] for c in _corefs(text, small) if c[2] == "coref:regime"] == expected


def test_coref_definite_replaces_lowercase_kb_description(nlp):
    kb = KnowledgeBase()
    kb.add(KBEntity("kb:fatah", "Jaysh al-Fatah", "coalition", country="SY"))
    kb.add(KBEntity("kb:us-coalition", "US-led coalition", "coalition",
                    (Alias("coalition"),), country="US"))
    found = _corefs("Jaysh al-Fatah took Idlib. The coalition grew.", Resources(kb=kb, nlp=nlp))
    assert [(c[1], c[2]) for c in found] == [("kb:fatah", "coref:definite")]


def test_coref_possessive_without_apostrophe(small):
    text = "A bomb struck Ahrar al-Sham northwest of Idlib killing the groups leader."
    assert ("the groups", "kb:ahrar", "coref:definite") in _corefs(text, small)


@pytest.mark.parametrize("text, expected", [
    ("Jaysh al-Islam mourned an Islamic State commander. Ahrar al-Sham fighters then "
     "stopped the ceremony, sparking a gunfight between the two groups.", {"kb:jaysh-islam", "kb:ahrar"}),
    ("The clashes pitted Jaysh al-Islams affiliate Ahrar al-Sham against the Islamic State. "
     "The two jihadi groups were allies.", {"kb:ahrar", "kb:is"}),
])
def test_coref_plural_skips_groups_named_as_modifiers(text, expected, small):
    assert {c[1] for c in _corefs(text, small) if c[2] == "coref:plural-count"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Jabhat al-Nusra said on Monday that it had taken Idlib.", ["kb:nusra"]),
    ("Jaysh al-Fatah stormed Idlib with its fighters.", ["kb:fatah"]),
    ("Jabhat al-Nusra attacked Idlib, which it had lost in May.", ["kb:nusra"]),
    ("Jabhat al-Nusra attacked Idlib so that it is unclear who holds it.", []),
    ("Jabhat al-Nusra launched the first of its kind assault on Idlib.", []),
])
def test_coref_inner_pronoun_inside_a_clause(text, expected, small):
    found = [c[1] for c in _corefs(text, small) if c[2] == "coref:inner-pronoun"]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # a person between the group and "It" does not block it: "it" is never a person
    ("Jabhat al-Nusra named Abu Omar as leader. It pledged to fight on.", ["kb:nusra"]),
    # the subject after an introductory phrase
    ("In May 2015, Ahrar al-Sham joined Jaysh al-Fatah. It then took Idlib.", ["kb:ahrar"]),
    # a chain: "It" reaches the group through "The group"
    ("Ahrar al-Sham lost Idlib. The group's council met in May. It pledged to fight on.",
     ["kb:ahrar"]),
])
def test_coref_pronoun_subject_continuity(text, expected, small):
    assert [c[1] for c in _corefs(text, small) if c[2] == "coref:pronoun"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Ansar al-Islam fought the Islamic State. Tensions had existed between the groups.",
     ["kb:ansar", "kb:is"]),
    # three groups before: "the groups" is not a pair
    ("Ahrar al-Sham, Jabhat al-Nusra and the Islamic State met. Talks between the groups failed.",
     []),
])
def test_coref_between_the_groups_is_the_nearest_pair(text, expected, small):
    assert sorted(c[1] for c in _corefs(text, small) if c[2] == "coref:plural-between") \
        == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # inside one sentence a description means the subject, not a group after a preposition
    ("Ahrar al-Sham was linked with Jabhat al-Nusra after an attack carried out by the group.",
     ["kb:ahrar"]),
    # the subject of a sentence with a later, non-coordinated group; a date opens the next one
    ("Ahrar al-Sham is a group based in Idlib and has ties to Jabhat al-Nusra. "
     "In July 2014 the group threatened to leave.", ["kb:ahrar"]),
    # coordinated subjects: no single referent
    ("Ahrar al-Sham and Jabhat al-Nusra attacked Idlib. The group lost ten men.", []),
])
def test_coref_definite_prefers_the_uncoordinated_subject(text, expected, small):
    assert [c[1] for c in _corefs(text, small) if c[2] == "coref:definite"] == expected


def test_coref_definite_skips_a_group_named_for_its_men(small):
    text = ("Ahrar al-Sham said that it had killed six Jabhat al-Nusra fighters near Idlib. "
            "The group is a Syrian opposition faction.")
    assert [c[1] for c in _corefs(text, small) if c[2] == "coref:definite"] == ["kb:ahrar"]


def test_coref_uncounted_plural_takes_the_one_list_just_named(resources):
    text = ("In April 2012, Ansar Dine, AQIM and MUJAO ended their alliances with the MNLA. "
            "Shortly after, the groups began to target the MNLA.")
    found = {c[1] for c in _corefs(text, resources) if c[0] == "the groups"}
    assert found == {"kb:ansar-dine", "kb:aqim", "kb:mouvement-pour-le-tawhid-et-du-jihad-en-afrique-de-louest"}
    # two lists leave it open
    text = "Ansar Dine and AQIM fought MUJAO and the MNLA. Later the groups signed a truce."
    assert not [c for c in _corefs(text, resources) if c[0] == "the groups"]


@pytest.mark.parametrize("text, expected", [
    # a bare "the two" after "between": the only two names before it
    ("Ansar al-Islam joined the Islamic State; there was active cooperation between the two in Idlib.",
     ["kb:ansar", "kb:is"]),
    ("Ansar al-Islam fought the Islamic State. Tensions between the two over Idlib grew.",
     ["kb:ansar", "kb:is"]),
    # a noun after it counts something else
    ("Ansar al-Islam fought the Islamic State. Trade between the two countries fell.", []),
    # a third name (a state) before it leaves the pair open
    ("Ansar al-Islam met Syria and the Islamic State; talks between the two continued.", []),
])
def test_coref_between_the_two_is_the_only_pair(text, expected, small):
    assert sorted(c[1] for c in _corefs(text, small) if c[2] == "coref:plural-between") \
        == sorted(expected)
