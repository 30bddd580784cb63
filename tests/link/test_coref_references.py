"""Coreference: head-noun descriptions, plural lists, "the former"/"the latter", bare "the two".

Sentences are modelled on FA-KES, Wikipedia and Mapping Militants text in the shared data.
"""

from __future__ import annotations

import pytest

from factionmap.kb.model import Alias, KBEntity, KnowledgeBase
from factionmap.pipeline import extract
from factionmap.resources import Resources
from factionmap.types import Document


def _kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    for entity in (
        KBEntity("kb:sawaiq", "Sawaiq al-Rahman Brigade", "armed_group", country="SY"),
        KBEntity("kb:farouq", "Farouq Brigades", "armed_group", country="SY"),
        KBEntity("kb:tawhid", "Liwa al-Tawhid", "armed_group", country="SY"),
        KBEntity("kb:nusra", "Jabhat al-Nusra", "armed_group", country="SY"),
        KBEntity("kb:ahrar", "Ahrar al-Sham", "armed_group", country="SY"),
        KBEntity("kb:fsa", "Free Syrian Army", "armed_group", country="SY"),
        KBEntity("kb:hts", "Hayat Tahrir al-Sham", "armed_group", country="SY"),
        KBEntity("kb:jaysh-nasr", "Jaysh al-Nasr", "armed_group", country="SY"),
        KBEntity("kb:jund", "Jund al-Aqsa", "armed_group", country="SY"),
        KBEntity("kb:jaysh-islam", "Jaysh al-Islam", "armed_group", country="SY"),
        KBEntity("kb:amara", "Abu Amara Battalions", "armed_group", country="SY"),
        KBEntity("kb:hurras", "Hurras al-Din", "armed_group", country="SY"),
        KBEntity("kb:ansar-tawhid", "Ansar al-Tawhid", "armed_group", country="SY"),
        KBEntity("kb:ansar-din", "Jabhat Ansar al-Din", "armed_group", country="SY"),
        KBEntity("kb:room", "Wa Harid al-Muminin", "coalition", country="SY"),
        KBEntity("kb:sdf", "Syrian Democratic Forces", "coalition", country="SY"),
        KBEntity("kb:mare", "Mare Operations Room", "coalition", country="SY"),
        KBEntity("kb:thuwar", "Jaysh al-Thuwar", "armed_group", country="SY"),
        KBEntity("kb:haqqani", "Haqqani Network", "armed_group", country="AF"),
        KBEntity("kb:aq", "Al Qaeda", "armed_group"),
        KBEntity("kb:taliban", "Taliban", "armed_group", country="AF"),
        KBEntity("kb:mmc", "Manbij Military Council", "armed_group", country="SY"),
        KBEntity("kb:ypg", "People's Protection Units", "armed_group", country="SY"),
        KBEntity("kb:is", "Islamic State", "armed_group", country="IQ"),
        KBEntity("geo:idlib", "Idlib", "place", country="SY"),
        KBEntity("kb:sy-forces", "Syrian government forces", "state_actor", (Alias("regime"),),
                 country="SY"),
    ):
        kb.add(entity)
    return kb


@pytest.fixture(scope="module")
def small(nlp) -> Resources:
    return Resources(kb=_kb(), nlp=nlp)


def _refs(text: str, resources: Resources, rule: str) -> list[tuple[str, str]]:
    """(surface, entity id) of the coreference mentions made by one rule, in text order."""
    extraction = extract(Document("t", text=text), resources)
    found = [(m.start, m.text, m.entity_id or "") for e in extraction.entities
             for m in e.mentions if m.reason == f"coref:{rule}"]
    return [(t, i) for _, t, i in sorted(found)]


@pytest.mark.parametrize("text, expected", [
    # FA-KES: "the brigade" is the group named a brigade, not the FSA named last
    ("Sawaiq al-Rahman Brigade said it had killed six Jabhat al-Nusra fighters near Idlib. "
     "Col Haitham Afisi, a former Free Syrian Army deputy chief, spoke. The brigade also "
     "killed an al-Nusra leader.", [("The brigade", "kb:sawaiq")]),
    # an Arabic first word is the head: "Jabhat" is a front
    ("Jabhat al-Nusra and Ahrar al-Sham took Idlib. The Front then set up courts.",
     [("The Front", "kb:nusra")]),
    ("The Haqqani Network hosted Al Qaeda camps. The Network also supplied the Taliban.",
     [("The Network", "kb:haqqani")]),
    # Wikipedia: the council of the article, several sentences on
    ("The Manbij Military Council fought the Islamic State in 2016. The People's Protection "
     "Units left the city. Training passed to the council.", [("the council", "kb:mmc")]),
    # a generic noun after the name gives it its head
    ('Hurras al-Din formed the "Wa Harid al-Muminin" operations room in Idlib. Ahrar al-Sham '
     "stayed out. The operations room attacked regime positions.",
     [("The operations room", "kb:room")]),
])
def test_coref_head_noun_names_the_group_with_that_head(text, expected, small):
    assert _refs(text, small, "head") == expected


@pytest.mark.parametrize("text", [
    # two brigades ("Liwa" is one): unclear
    "Sawaiq al-Rahman Brigade and Liwa al-Tawhid met. The brigade withdrew.",
    # a front line, not a Front
    "Jabhat al-Nusra attacked Idlib. Hundreds were killed on this front.",
    # number disagrees: several brigades are not one
    "Sawaiq al-Rahman Brigade and Jabhat al-Nusra took Idlib. The opposition brigades left.",
    # "the Army" on Wikipedia is mostly the state's
    "The Free Syrian Army held Idlib. In 2014 the Army withdrew many of its soldiers.",
])
def test_coref_head_noun_skips_unclear_or_generic_uses(text, small):
    assert _refs(text, small, "head") == []


def _plural(text: str, resources: Resources, rule: str = "plural-count") -> list[set[str]]:
    """Per plural reference, the set of entity ids it names."""
    extraction = extract(Document("t", text=text), resources)
    spans: dict[tuple[int, int], set[str]] = {}
    for e in extraction.entities:
        for m in e.mentions:
            if m.reason == f"coref:{rule}":
                spans.setdefault((m.start, m.end), set()).add(m.entity_id or "")
    return [spans[k] for k in sorted(spans)]


@pytest.mark.parametrize("text, expected", [
    # a list of exactly three, not the room they formed
    ("In October 2018, Hurras al-Din, Ansar al-Tawhid and Jabhat Ansar al-Din formed the Wa "
     "Harid al-Muminin operations room. The three organizations said the room would attack.",
     [{"kb:hurras", "kb:ansar-tawhid", "kb:ansar-din"}]),
    # a group named past the clause may still be a referent; the speaker's group is not
    ("Hayat Tahrir al-Sham fighters clashed with Ahrar al-Sham near Idlib on Tuesday, a "
     "spokesman for Jaysh al-Nasr said. Both groups accused each other of breaking the truce, "
     "and Hayat Tahrir al-Sham later withdrew.", [{"kb:hts", "kb:ahrar"}]),
    # a later group named as a modifier ("the Farouq commander") is no reason to skip it
    ("The Free Syrian Army clashed with Jabhat al-Nusra in 2013. In March 2013, Jabhat "
     "al-Nusra captured 33 fighters from the Farouq Brigades. Clashes between the two groups "
     "wounded the Farouq Brigades commander.", [{"kb:nusra", "kb:farouq"}]),
    # MMP: "the trio's ties to the TTP": the list of three, not the last three named
    ("Recent cooperation between Jund al-Aqsa, Ahrar al-Sham and Jabhat al-Nusra and the "
     "trio's ties to the Islamic State led analysts to call the three groups one front.",
     [{"kb:jund", "kb:ahrar", "kb:nusra"}]),
])
def test_coref_plural_prefers_a_list_of_that_many(text, expected, small):
    assert _plural(text, small) == expected


def test_coref_plural_skips_when_a_longer_list_leaves_it_open(small):
    text = ("Jund al-Aqsa, Ahrar al-Sham and Jabhat al-Nusra met in Idlib. "
            "The two groups signed a truce.")
    assert _plural(text, small) == []


@pytest.mark.parametrize("text, expected", [
    ("Eventually most of Jund al-Aqsa joined Jabhat al-Nusra. Conflict between the two broke "
     "out in 2017.", [{"kb:jund", "kb:nusra"}]),
    ("Although previously uncooperative, Jaysh al-Islam and Ahrar al-Sham worked together "
     "in 2015 and both joined the new alliance.", [{"kb:jaysh-islam", "kb:ahrar"}]),
    # people named since: "both" may be them
    ("Jaysh al-Islam and Ahrar al-Sham sent envoys. Zahran Alloush met Hassan Abboud, and "
     "both were wounded.", []),
    # an object "both" at a clause end is no reference to groups
    ("Jund al-Aqsa fought Jabhat al-Nusra at the border, marking the first battle to straddle "
     "both.", []),
])
def test_coref_bare_two_and_both(text, expected, small):
    assert _plural(text, small, "plural-bare") == expected


@pytest.mark.parametrize("text, expected", [
    # a group named with "the former" is not in the pair
    ("On 4 December 2016, Jabhat al-Nusra backed by the Abu Amara Battalions attacked "
     "warehouses held by Jaysh al-Islam. The former captured 2 Jaysh al-Islam fighters.",
     [("The former", "kb:nusra")]),
    # the two sides of a "between", the pair fixed for the whole sentence
    ("In December the conflict between the Syrian Democratic Forces, mainly made up of the "
     "People's Protection Units and Jaysh al-Thuwar, and the Mare Operations Room escalated. "
     "The latter called on Jaysh al-Thuwar to leave the Syrian Democratic Forces, while the "
     "former accused the latter of being led by Ahrar al-Sham.",
     [("The latter", "kb:mare"), ("former", "kb:sdf"), ("the latter", "kb:mare")]),
])
def test_coref_former_latter_pair(text, expected, small):
    found = _refs(text, small, "former-latter")
    assert [(t.replace("the former", "former"), i) for t, i in found] == expected


@pytest.mark.parametrize("text", [
    "Ahrar al-Sham fought Jabhat al-Nusra. It was led by the former leader of Jund al-Aqsa.",
    "Jund al-Aqsa was the former military wing of Jabhat al-Nusra.",
])
def test_coref_former_as_adjective_is_no_reference(text, small):
    assert _refs(text, small, "former-latter") == []


@pytest.mark.parametrize("text, expected", [
    # FA-KES: a reduced relative clause, "it" before "has been" + participle
    ("The Islamic State has executed 700 members of a tribe it has been battling in "
     "eastern Syria.", [("it", "kb:is")]),
    # a passive "it was carried out" is the attack
    ("The Islamic State claimed the attack saying it was carried out by three bombers.", []),
])
def test_coref_subject_it_before_has_had(text, expected, small):
    assert _refs(text, small, "inner-pronoun") == expected


@pytest.mark.parametrize("text, expected", [
    # superlatives compare groups; they point back to none
    ("The Syrian Democratic Forces took Manbij. The strongest group in the Syrian Democratic "
     "Forces is the People's Protection Units.", []),
    ("Ahrar al-Sham formed the Mare Operations Room, and Jabhat al-Nusra threatened to arrest "
     "any member of this new coalition.", [("this new coalition", "kb:mare")]),
])
def test_coref_definite_superlative_and_demonstrative(text, expected, small):
    assert _refs(text, small, "definite") == expected


@pytest.mark.parametrize("text, expected", [
    # MMP: the object of "defeating" is not the subject that defeats
    ("In December 1986, Jaysh al-Islam launched an assault on Ahrar al-Sham bases in Idlib, "
     "defeating the group by early 1987.", [("the group", "kb:ahrar")]),
    ("The Free Syrian Army considered Jund al-Aqsa an enemy, and took measures to contain the "
     "small group.", [("the small group", "kb:jund")]),
    # a verb of saying: the group speaks of itself
    ("Jabhat al-Nusra attacked Ahrar al-Sham positions, and reported the group had lost ten "
     "men.", [("the group", "kb:nusra")]),
])
def test_coref_definite_object_is_not_its_clause_subject(text, expected, small):
    assert _refs(text, small, "definite") == expected


@pytest.mark.parametrize("text, expected", [
    ("Jund al-Aqsa was a member of the Islamic State, the umbrella organization founded by "
     "Jabhat al-Nusra.", [("the umbrella organization", "kb:is")]),
    # "..., the group said": the speaker, not an apposition
    ("Jabhat al-Nusra said it attacked Ahrar al-Sham, the group said on Monday.",
     [("the group", "kb:nusra")]),
])
def test_coref_definite_in_apposition(text, expected, small):
    assert _refs(text, small, "definite") == expected


@pytest.mark.parametrize("text, expected", [
    # MMP: "its" inside a relative clause on the group just named
    ("In 1998 Jund al-Aqsa split to form Hurras al-Din, which later changed its name.",
     [("its", "kb:hurras")]),
    # a place named in between: not the group's relative clause
    ("Jund al-Aqsa attacked Hurras al-Din in Idlib, which lost its fighters.", []),
])
def test_coref_its_in_a_relative_clause(text, expected, small):
    found = [r for r in _refs(text, small, "inner-pronoun") + _refs(text, small, "pronoun")]
    assert [f for f in found if f[1] != "kb:jund"] == expected


def test_coref_description_opening_a_main_clause_is_no_apposition(small):
    text = ("Although Jund al-Aqsa publicly denies a relationship with Jabhat al-Nusra, the "
            "group has released statements in support of it.")
    assert _refs(text, small, "definite") != [("the group", "kb:nusra")]


@pytest.mark.parametrize("text, expected", [
    # FA-KES: one side is two groups, so "the two sides" is not the last two named
    ("Clashes erupted between fighters from the People's Protection Units on the one hand and "
     "fighters from the Islamic State and Jabhat al-Nusra on the other hand. The fighting came "
     "after renewed tensions between the two sides.", []),
    ("Jund al-Aqsa fought Ahrar al-Sham in Idlib. Dozens were killed on both sides.",
     [{"kb:jund", "kb:ahrar"}]),
])
def test_coref_sides_need_a_sentence_of_two_parties(text, expected, small):
    assert _plural(text, small) == expected


@pytest.mark.parametrize("text, expected", [
    # FA-KES: the men of a relative clause's group fight "the group", so it is the other one
    ("No group claimed the blast but supporters of Jabhat al-Nusra blamed Islamic State "
     "militants who have fought the group on several frontlines.", [("the group", "kb:nusra")]),
])
def test_coref_definite_object_of_a_relative_clause(text, expected, small):
    assert _refs(text, small, "definite") == expected


@pytest.mark.parametrize("text, expected", [
    # Wikipedia: a fronted subordinate clause's subject is what the main clause's "it" means
    ("During the time Jund al-Aqsa was part of Jabhat al-Nusra, it fought the People's "
     "Protection Units in Idlib.", [("it", "kb:jund")]),
    ("When Ahrar al-Sham left Jaysh al-Islam in 2015, it kept its bases.", [("it", "kb:ahrar")]),
])
def test_coref_pronoun_after_a_fronted_subordinate_clause(text, expected, small):
    assert _refs(text, small, "pronoun") == expected


@pytest.mark.parametrize("text, expected", [
    # MMP: the main clause's subject continues the subordinate clause's subject
    ("Although Jund al-Aqsa publicly denies a relationship with Al Qaeda, the group has "
     "released statements in support of it.", [("the group", "kb:jund")]),
    # ... but not a description deep inside the main clause
    ("Although Jund al-Aqsa has backed the Islamic State online, the extent of their "
     "connection to the group is unknown.", []),
    # MMP: members who disagree with "the group" are its own
    ("Members of Jund al-Aqsa who disagreed with the group's targeting of civilians formed "
     "Hurras al-Din.", [("the group", "kb:jund")]),
])
def test_coref_definite_after_a_subordinate_clause(text, expected, small):
    assert _refs(text, small, "definite") == expected


@pytest.mark.parametrize("text, expected", [
    # MMP: an expletive "it" is no reference
    ("Jund al-Aqsa seized Idlib with Ahrar al-Sham. It was the first time that rebels held a "
     "provincial capital.", []),
    # "X and its allies": the conjunct's
    ("Jund al-Aqsa has had ties to Al Qaeda and its forerunner since the 1990s.",
     [("its", "kb:aq")]),
    # a group in an introductory phrase is no subject of "they" (the previous sentence's
    # subject is, but "they" after two groups stays open)
    ("Jund al-Aqsa received money from Al Qaeda. As a result of Al Qaeda influence, they "
     "expanded their mission.", []),
    ("Jund al-Aqsa grew in Idlib. As a result of Al Qaeda influence, it expanded its mission.",
     [("it", "kb:jund")]),
])
def test_coref_clause_pronoun_cases(text, expected, small):
    assert _refs(text, small, "pronoun") == expected


@pytest.mark.parametrize("text, expected", [
    # MMP: after "as soon as", "it" may be the object just as well: left open
    ("The Free Syrian Army sought to suppress Jund al-Aqsa as soon as it broke away.", []),
    # a relative clause's subject is not the group it hangs on
    ("Hurras al-Din joined the Wa Harid al-Muminin operations room, where it began "
     "cooperating with Ahrar al-Sham.", [("it", "kb:hurras")]),
    # a group as a person's possessor is a modifier: "its" is the other group's
    ("Al Qaeda's Osama bin Laden sent fighters to help Jund al-Aqsa organize its fighters.",
     [("its", "kb:jund")]),
])
def test_coref_inner_pronoun_cases(text, expected, small):
    assert _refs(text, small, "inner-pronoun") == expected


@pytest.mark.parametrize("text, expected", [
    # FA-KES: "the regime and its supporters" are the regime's, not the group's
    ("The Free Syrian Army said the Syrian regime and its supporters have lost legitimacy.", []),
    # a place: "Idlib and its countryside"
    ("Jund al-Aqsa shelled Idlib and its countryside.", []),
])
def test_coref_and_its_belongs_to_the_conjunct(text, expected, small):
    found = _refs(text, small, "pronoun") + _refs(text, small, "inner-pronoun")
    assert [f for f in found if f[0] == "its"] == expected


def test_coref_plural_object_leaves_out_the_clause_subject(small):
    # Wikipedia: the accuser is not among "both factions" it accuses
    text = ("Bombardment by both Jund al-Aqsa and the Islamic State targeted Syrian Democratic "
            "Forces positions. The Syrian Democratic Forces accused both factions of "
            "co-ordinating their shelling.")
    assert _plural(text, small) == [{"kb:jund", "kb:is"}]


@pytest.mark.parametrize("text, expected", [
    # MMP: groups named later in the clause are others ("autonomously from KH and AAH")
    ("Jund al-Aqsa and Ahrar al-Sham formed Hurras al-Din as a front group in 2013. Since "
     "then the group has operated autonomously from Jund al-Aqsa and Ahrar al-Sham.",
     [("the group", "kb:hurras")]),
])
def test_coref_definite_leaves_out_groups_named_later_in_its_clause(text, expected, small):
    assert _refs(text, small, "definite") == expected


def test_coref_room_names_the_operations_room(small):
    text = ('Hurras al-Din and Ansar al-Tawhid formed the "Wa Harid al-Muminin" operations room. '
            "The two groups said the new room would attack regime positions.")
    assert _refs(text, small, "head") == [("the new room", "kb:room")]


def test_coref_definite_keeps_a_later_name_given_as_its_own(small):
    # MMP: "renamed itself X" names the description's own group again
    text = ("Jabhat al-Nusra leader Abu Muhammad al-Julani announced that the organization had "
            "ended its affiliation with Al Qaeda and had renamed itself Jabhat al-Nusra.")
    assert _refs(text, small, "definite") == [("the organization", "kb:nusra")]
