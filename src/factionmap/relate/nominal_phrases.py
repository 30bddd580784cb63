"""Noun phrases the base nominal patterns miss, and their cue data.

- partitives: "A, one of B's major rivals", "A and C, two of B's strongest factions";
- generic heads that carry a relational modifier: "a splinter group of B", "an alliance
  agreement with B", "its new affiliate group, A";
- relationship nouns typed by their qualifier: "a rival relationship with B" (rival_of),
  "close relations with B" / "the connection between A and B" (affiliated_with);
- surface fallbacks where the small parser breaks an apposition that has no comma:
  "the FSA affiliated Hazzm Movement", "al-Qaedas affiliate in Syria the Nusra Front".

The relational nouns themselves (``NOUNS``) live in ``triggers.py``; the extra nouns here are
merged into ``NOUN_CUES``, which the nominal patterns read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factionmap.relate.candidates import Arg
from factionmap.relate.syntax import Finding, SentenceView, Token
from factionmap.relate.triggers import MODIFIER_CUES, NOUNS, NounCue

# Relational nouns beyond ``triggers.NOUNS`` (each with why):
EXTRA_NOUNS: dict[str, NounCue] = {
    # "the conflict between A and B", "A's conflict with B": armed conflict is combat
    "conflict": NounCue("fights", ("with", "against", "between"), among=True),
    # "a drunken brawl between the two groups", "skirmishes between A and B": fights as clashes are
    "brawl": NounCue("fights", ("with", "between", "among", "against"), among=True),
    "skirmish": NounCue("fights", ("with", "between", "among", "against"), among=True),
    "skirmishes": NounCue("fights", ("with", "between", "among", "against"), among=True),
    "firefight": NounCue("fights", ("with", "between", "among", "against"), among=True),
    "gunfight": NounCue("fights", ("with", "between", "among", "against"), among=True),
    # "the connection between A and AQ": a tie between two groups, like "links" / "ties"
    "connection": NounCue("affiliated_with", ("with", "to", "between"), among=True),
    "connections": NounCue("affiliated_with", ("with", "to", "between"), among=True),
    # "a rivalry" is in NOUNS; its plural is read by lemma, but "rivalries between the two" is
    # often tagged as a proper noun in headings, so the surface form is listed too
    "rivalries": NounCue("rival_of", ("with", "between"), among=True),
    # "Asian Tigers is a front of HuJI": a front group is a disguised arm (NOUNS reads "for" only)
    "front": NounCue("affiliated_with", ("for", "of")),
    # "the Red Hand Defenders was a cover name for members of the UDA", "a cover for B"
    "cover": NounCue("affiliated_with", ("for",)),
    # "the IBT stated that they were an 'elite department' of the LTTE": a unit inside B
    "department": NounCue("subunit_of", ("of", "within")),
    # "Al Fawj al-Awl conducted military exercises with Jabhat al-Nusra": drilling together
    "exercises": NounCue("joint_operation", ("with",), among=True),
    "exercise": NounCue("joint_operation", ("with",), among=True),
    "drills": NounCue("joint_operation", ("with",), among=True),
    # "created to be an affiliate to Ansar Dine" (NOUNS reads "of" only)
    "affiliate": NounCue("affiliated_with", ("of", "to")),
}
# Hostile acts beyond ``triggers.HOSTILE_NOUNS``: "its armed struggle against Israel", "the
# insurgency against the government", "a jihad against the Soviets", "a crackdown on B".
EXTRA_HOSTILE_NOUNS = frozenset({"struggle", "insurgency", "jihad", "crackdown", "onslaught",
                                 "incursion", "invasion", "reprisal", "reprisals", "retaliation",
                                 "counterattack", "counteroffensive", "counter-offensive"})
# Verbs beyond ``triggers.LIGHT_VERBS`` whose subject holds a relational noun object: "Jundullah
# vows allegiance to IS", "AQAP announced its support", "X expressed its loyalty to B".
EXTRA_LIGHT_VERBS = frozenset({"vow", "express", "affirm", "reaffirm", "profess", "proclaim",
                               "confirm", "voice",
                               # "unleashed a series of airstrikes on B", "intensified its attacks"
                               "unleash", "intensify", "step", "escalate", "renew",
                               # "organized a joint attack with B"
                               "organize", "organise"})
NOUN_CUES: dict[str, NounCue] = {**NOUNS, **EXTRA_NOUNS}
# Nouns whose "between" list must hang on the noun itself: "The conflict in Syria is described as
# proxy wars between the US and Russia" names no conflict between every pair in the clause.
OWN_LIST_NOUNS = frozenset({"conflict", "connection", "connections", "exercises", "exercise",
                            "drills"})

# Generic heads that take over the relation of a relational noun modifying them: "a splinter
# group of B" is a splinter of B, "an alliance agreement with B" an alliance with B, "its new
# affiliate group, AQKB" an affiliate. Heads that are relational nouns themselves ("faction")
# are not listed: "a breakaway faction" must not also read as a plain faction.
PASS_THROUGH_HEADS = frozenset({"group", "groups", "organization", "organisation", "outfit",
                                "movement", "network", "agreement", "accord", "deal", "treaty",
                                "body", "entity", "relationship", "relations",
                                # "has sworn a loyalty oath to the Caucasus Emirate"
                                "oath", "pledge",
                                # "was a cover name for members of the UDA"
                                "name"})

# Relationship nouns that say nothing by themselves ("the organization's relations with AQI"
# may be good or bad): a qualifier types them, and without one they state no edge.
RELATIONSHIP_NOUNS = frozenset({"relationship", "relationships", "relation", "relations",
                                "connection", "connections", "link", "links", "tie", "ties"})
# Qualifiers of a hostile relationship: "a rival relationship with TJP", "hostile relations".
HOSTILE_QUALIFIERS = frozenset({"rival", "hostile", "adversarial", "antagonistic", "tense",
                                "strained", "bitter", "competitive", "uneasy", "acrimonious",
                                "violent", "confrontational"})
# Qualifiers of working together: "a close working relationship between the two
# organizations", "operational links" — cooperation, which the contract calls an alliance.
COOPERATIVE_QUALIFIERS = frozenset({"working", "cooperative", "co-operative", "operational",
                                    "strategic", "military"})
# Qualifiers of a tie: "close relations with AQ", "strong relationships with Al Qaeda".
CLOSE_QUALIFIERS = frozenset({"close", "strong", "extensive", "deep", "longstanding",
                              "long-standing", "direct", "organizational", "organisational",
                              "ideological", "historical", "historic", "warm", "cordial",
                              "friendly", "good", "intimate", "special", "financial",
                              "logistical", "tight"})
# Relationship nouns that name a tie without a qualifier ("the connection between A and AQ").
SELF_TYPED = frozenset({"connection", "connections", "link", "links", "tie", "ties"})

# Words that pick members out of a plural noun: "A, one of B's rivals".
PARTITIVE_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "some", "several",
                             "many", "both", "each", "either"})
# Relation types a partitive passes on: combat and joint operations are events, not kinds.
PARTITIVE_TYPES = frozenset({"rival_of", "allied_with", "subunit_of", "affiliated_with",
                             "member_of", "supports", "split_from"})
# Types whose noun may hang between two names without a comma ("X's affiliate in P the Y").
# Support is left out: in "with Iran's support the rebels advanced" the name after the noun
# is not the supporter's ward but the clause's subject.
SEQUENCE_TYPES = frozenset({"affiliated_with", "subunit_of", "allied_with", "rival_of",
                            "split_from"})
# Participles that relate two adjacent names ("the FSA affiliated Hazzm Movement"): only the
# passive forms, which cannot be a finite verb with the second name as its object... except
# the backing ones, whose verb reading ("Iran backed Hezbollah") states the same edge.
SEQUENCE_PARTICIPLES = frozenset({"linked", "affiliated", "allied", "aligned", "backed",
                                  "supported", "sponsored", "funded", "armed", "tied",
                                  "inspired", "loyal", "controlled", "held", "occupied",
                                  "dominated"})


def cue_for(token: Token) -> tuple[str, NounCue] | None:
    """The (key, cue) of a relational noun token, by surface form first, then lemma."""
    if token.lower_ in NOUN_CUES:
        return token.lower_, NOUN_CUES[token.lower_]
    lemma = token.lemma_.lower()
    if lemma in NOUN_CUES:
        return lemma, NOUN_CUES[lemma]
    return None


def _partitive(noun: Token) -> Token | None:
    """The "one" of "one of B's rivals" when ``noun`` is the plural it picks from."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    word = noun.head.head
    if word.lower_ in PARTITIVE_WORDS or (word.like_num and word.pos_ == "NUM"):
        return word
    return None


def _named_before_comma(view: SentenceView, token: Token) -> list[Arg]:
    """The names just before ", one of ...", when the parser did not make it an apposition."""
    if token.i < 2 or token.doc[token.i - 1].text != ",":
        return []
    before = token.doc[token.i - 2]
    return view.group(before) if view.arg(before) is not None else []


def partitive_findings(view: SentenceView, noun: Token) -> list[Finding]:
    """ "A, one of B's major rivals" / "A and C, two of B's strongest factions": A relates to B."""
    found = cue_for(noun)
    word = _partitive(noun)
    if found is None or word is None:
        return []
    key, cue = found
    if cue.type not in PARTITIVE_TYPES:
        return []
    if word.dep_ == "appos":
        named = view.group(word.head)
    elif word.dep_ == "attr" and word.head.lemma_ in ("be", "remain", "become"):
        subject = next((c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        named = view.group(subject) if subject is not None else []
    else:
        named = _named_before_comma(view, word)
    owners = [a for c in noun.children if c.dep_ == "poss" for a in view.resolve(c)]
    owners += [a for a in view.prep_objects(noun, ("of",))]
    owners += [a for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i
               for a in [view.arg(c)] if a is not None]
    return [Finding(cue.type, a, b, f"noun:{key}:partitive", noun.i)
            for a in dict.fromkeys(named) if a.is_actor
            for b in dict.fromkeys(owners) if b.is_actor and b is not a]


def pass_through_head(view: SentenceView, token: Token) -> Token | None:
    """The generic head ("group", "agreement") a relational modifier hands its relation to."""
    head = token.head
    if token.dep_ not in ("compound", "amod", "nmod") or head.i <= token.i:
        return None
    if head.lemma_.lower() not in PASS_THROUGH_HEADS and head.lower_ not in PASS_THROUGH_HEADS:
        return None
    return head if view.arg(head) is None else None


def relationship_cue(noun: Token) -> tuple[str, NounCue] | None:
    """The cue of a relationship noun, typed by its qualifier, or None when it states nothing."""
    lower, lemma = noun.lower_, noun.lemma_.lower()
    if lower not in RELATIONSHIP_NOUNS and lemma not in RELATIONSHIP_NOUNS:
        return None
    qualifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    qualifiers |= {q.lower_ for c in noun.children if c.dep_ == "amod"
                   for q in c.conjuncts}  # "close and longstanding ties"
    if qualifiers & HOSTILE_QUALIFIERS:
        rtype = "rival_of"
    elif qualifiers & COOPERATIVE_QUALIFIERS:
        rtype = "allied_with"
    elif qualifiers & CLOSE_QUALIFIERS or lower in SELF_TYPED or lemma in SELF_TYPED:
        rtype = "affiliated_with"
    else:
        return None
    return lemma, NounCue(rtype, ("with", "to"), among=True)


def negated_by_determiner(noun: Token, findings: list[Finding]) -> list[Finding]:
    """ "no connection with B", "no ties to B": the determiner negates what the noun states."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return [replace(f, forced="negated") for f in findings]
    return findings


def _left_owner(view: SentenceView, noun: Token) -> Arg | None:
    """The name right before a relational noun ("al-Qaedas affiliate", "Hamas's rival")."""
    j = noun.i - 1
    while j >= 0 and (noun.doc[j].tag_ == "POS" or noun.doc[j].pos_ == "ADJ"):
        j -= 1
    arg = view.arg(noun.doc[j]) if j >= 0 else None
    return arg if arg is not None and arg.is_actor else None


def sequence_findings(view: SentenceView) -> list[Finding]:
    """Appositions and reduced relatives the parser broke, read off the token sequence.

    "the FSA affiliated Hazzm Movement" (name, participle, name), "Ansar al-Haq affiliated to
    Ahrar al-Sham" (name, participle, preposition, name), "al-Qaedas affiliate in Syria the
    Nusra Front" (name, relational noun, optional "in/of P", optional comma and article, name),
    "the other large group in the coalition the al-Qaeda-linked Nusra Front".
    """
    found: list[Finding] = []
    for token in view.doc:
        lower = token.lower_
        if lower in SEQUENCE_PARTICIPLES and 0 < token.i < len(view.doc) - 1:
            found.extend(_participle_sequence(view, token))
        elif lower in MEMBER_WORDS:
            found.extend(_member_sequence(view, token))
        elif token.pos_ in ("NOUN", "PROPN") and view.arg(token) is None:
            found.extend(_noun_sequence(view, token))
    return found


# Prepositions after a participle that name its other party: "affiliated to B", "backed by B".
PARTICIPLE_PREPS = frozenset({"to", "with", "by"})


def _participle_sequence(view: SentenceView, token: Token) -> list[Finding]:
    doc = token.doc
    lower = token.lower_
    key = lower if lower in MODIFIER_CUES else token.lemma_.lower()
    if key not in MODIFIER_CUES:
        return []
    rtype, modifier_is_source = MODIFIER_CUES[key]
    j = token.i - 1
    if doc[j].text == "-" and j > 0:
        j -= 1
    left, right = view.arg(doc[j]), view.arg(doc[token.i + 1])
    if left is not None and right is not None and left is not right and doc[token.i + 1].dep_ != "poss":
        if rtype == "based_in" and not right.is_place:
            return []
        if rtype != "based_in" and not (left.is_actor and right.is_actor):
            return []
        source, target = (left, right) if modifier_is_source else (right, left)
        # the modifier pattern's construction, which the parser broke: same family
        return [Finding(rtype, source, target, f"modifier:{key}:sequence", token.i)]
    # "Ansar al-Haq affiliated to Ahrar al-Sham": a reduced relative on the name right before it
    k = token.i + 2 if doc[token.i + 1].lower_ in PARTICIPLE_PREPS else -1
    if k < 0 or rtype == "based_in" or j != token.i - 1 or left is None or not left.is_actor:
        return []
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    other = view.arg(doc[k]) if k < len(doc) else None
    by = doc[token.i + 1].lower_ == "by"
    if other is None or other is left or not other.is_actor or by != modifier_is_source:
        return []  # "backed by B" names the backer; "affiliated by B" names nothing
    # "aligned with the KDF and Somali forces": every conjunct of the party is one
    others = [other, *(a for a in (view.arg(c) for c in doc[k].conjuncts)
                       if a is not None and a is not left and a is not other and a.is_actor)]
    return [Finding(rtype, *((o, left) if by else (left, o)), f"modifier:{key}:sequence", token.i)
            for o in others]


def _noun_sequence(view: SentenceView, token: Token) -> list[Finding]:
    doc = token.doc
    cue = cue_for(token)
    if cue is None:
        return []
    key, noun_cue = cue
    j = token.i + 1
    inner = view.arg(doc[j + 1]) if j + 1 < len(doc) and doc[j].lower_ in ("in", "of") else None
    owner = _left_owner(view, token)
    if inner is not None and inner.label in ("place", "state"):
        j += 2  # "al-Qaedas affiliate in Syria the Nusra Front": the owner is before the noun
    elif inner is not None and inner.is_actor and doc[j].lower_ in noun_cue.preps and owner is None:
        owner, j = inner, j + 2  # "the other large group in the coalition the Nusra Front"
    else:
        inner = None
    if owner is None or (noun_cue.type not in SEQUENCE_TYPES and not (
            inner is not None and inner is owner and noun_cue.type == "member_of")):
        return []
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    if j + 2 < len(doc) and view.arg(doc[j]) is not None and doc[j + 1].text == "-" \
            and doc[j + 2].lower_ in SEQUENCE_PARTICIPLES:
        j += 3  # "the al-Qaeda-linked Nusra Front": the name after its own modifier
    named = view.arg(doc[j]) if j < len(doc) else None
    if named is None or not named.is_actor or named is owner or doc[j].dep_ == "poss":
        return []
    return [Finding(noun_cue.type, named, owner, f"noun:{key}:sequence", token.i)]


# Tokens that may stand between "A of" and the owner B: "Storm of North Brigade of the so-called FSA".
OWNER_FILLERS = frozenset({"the", "so", "-", "called", "so-called"})


def owned_by(view: SentenceView, token: Token) -> Arg | None:
    """B of a name directly followed by "of B" ("Storm of North Brigade of the FSA"), else None."""
    doc = token.doc
    j = token.i + 1
    if view.arg(token) is None or j >= len(doc) or doc[j].lower_ != "of":
        return None
    j += 1
    while j < len(doc) and doc[j].lower_ in OWNER_FILLERS:
        j += 1
    owner = view.arg(doc[j]) if j < len(doc) else None
    return owner if owner is not None and owner.is_actor and owner is not view.arg(token) else None


def owner_pairs(view: SentenceView) -> set[tuple[int, int]]:
    """(id of A, id of B) for every "A of B" written as two adjacent names."""
    pairs_found = set()
    for index, arg in view.arg_of_token.items():
        owner = owned_by(view, view.doc[index])
        if owner is not None:
            pairs_found.add((id(arg), id(owner)))
    return pairs_found


def pronoun_owner(view: SentenceView, token: Token, *, agent: bool = False) -> list[Arg]:
    """The antecedent of a possessive pronoun ("its", "their") on a noun the resolver skips.

    For a base noun, the object of the verb the noun's phrase hangs on ("to drive Islamic
    State from its Syrian capital of Raqqa": the one driven out), else that verb's subject
    ("ISIS retreated to its stronghold"); a verb whose object is no name gives none ("fighting
    the militants in its former bastion"). For an act (``agent``) the sentence's subject wages
    it ("IS attacked the YPG during its offensive"), unless the subject is a state and a group
    comes later ("Washington labelled Hamas a terrorist group because of its armed struggle").
    """
    if token.dep_ != "poss" or token.lower_ not in ("its", "their"):
        return []
    earlier = [(i, a) for i, a in view.arg_of_token.items() if i < token.i and a.is_actor]
    if not earlier:
        return []
    if not agent:
        noun = token.head
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < token.i]
        if objects:
            return [a for a in view.resolve(objects[0]) if a.is_actor]
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return [a for a in view.resolve(subject) if a.is_actor] if subject is not None else []
    root = token.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    named = view.arg(subject) if subject is not None and subject.i < token.i else None
    if named is not None and named.is_actor and named.label != "state":
        return [named]
    groups = [(i, a) for i, a in earlier if a.label != "state"]
    return [max(groups or earlier, key=lambda x: x[0])[1]]


# "A part of B" / "A, a member of the B alliance": membership words read off the sequence.
MEMBER_WORDS = frozenset({"part", "member"})


def _member_sequence(view: SentenceView, token: Token) -> list[Finding]:
    """ "according to the group part of the so-called Islamic Front alliance": the name right
    before "part of" belongs to the name right after it (articles and "so-called" between)."""
    doc = token.doc
    if token.i < 1 or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "of":
        return []
    member = view.arg(doc[token.i - 1])
    j = token.i + 2
    while j < len(doc) and doc[j].lower_ in OWNER_FILLERS:
        j += 1
    body = view.arg(doc[j]) if j < len(doc) else None
    if member is None or body is None or member is body or not (member.is_actor and body.is_actor):
        return []
    return [Finding("member_of", member, body, f"noun:{token.lower_}:sequence", token.i)]


# Plural nouns that name groups: "the feud between the two groups" relates both groups the
# mention stands for. "The two sides" may be armies, camps or negotiators, so it does not count.
GROUP_PLURALS = re.compile(r"\b(?:groups|organi[sz]ations|movements|militias|factions)\b", re.IGNORECASE)
# Types a plural "between" states; joint operations need their "joint" cue, memberships a body.
PLURAL_AMONG_TYPES = frozenset({"fights", "rival_of", "allied_with", "affiliated_with"})


def plural_among_findings(view: SentenceView, text: str) -> list[Finding]:
    """ "Tensions had existed between the groups", "the feud between the two groups": one
    plural mention (a coreference naming two groups) is both sides of the relation."""
    found: list[Finding] = []
    for index, arg in view.arg_of_token.items():
        if not arg.coref or len(arg.ids) < 2 or not GROUP_PLURALS.search(text[arg.start:arg.end]):
            continue
        token = view.doc[index]
        if token.dep_ != "pobj" or token.head.lower_ not in ("between", "among"):
            continue
        head = token.head.head  # the noun, or the verb of "Tensions had existed between ..."
        nouns = [head] if head.pos_ in ("NOUN", "PROPN") else [
            c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        for noun in nouns:
            cue = cue_for(noun) or relationship_cue(noun)
            if cue is not None and cue[1].among and cue[1].type in PLURAL_AMONG_TYPES:
                found.append(Finding(cue[1].type, arg, arg, f"noun:{cue[0]}:among", noun.i))
    return found
