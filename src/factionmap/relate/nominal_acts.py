"""Deeds and mergers named by nouns: who did it, to whom, and what a merger made.

"IS is responsible for the assassination of X", "A claimed responsibility for the killing of
X", "a suicide bombing at Hezbollah's headquarters", "D was formed by the merger of A, B and C",
"a merger of ... to create D".
"""

from __future__ import annotations

from factionmap.relate.candidates import Arg
from factionmap.relate.syntax import Finding, SentenceView, Token, subject_token

# Nouns of a merger that name the merged groups with "of": "formed by the merger of A, B and C".
MERGER_NOUNS = frozenset({"merger", "amalgamation", "fusion", "consolidation"})
# Verbs whose object (or passive subject) is the body a merger produced.
FORMING_VERBS = frozenset({"form", "create", "establish", "found", "produce", "give"})
# Participles that name a body: "a new group known as Jaysh al-Islam", "an organization called D".
NAMING_VERBS = frozenset({"know", "call", "name", "dub"})


def _named_body(view: SentenceView, token: Token) -> list[Arg]:
    """The actor a body noun stands for: itself, "a group known as D", or (via ``resolve``) the
    subject of "D was an organization formed ..."."""
    arg = view.arg(token)
    if arg is not None:
        return [arg]
    for child in token.children:
        if child.dep_ == "acl" and child.lemma_.lower() in NAMING_VERBS:
            found = [a for c in child.subtree if c.dep_ in ("pobj", "oprd", "attr")
                     for a in [view.arg(c)] if a is not None and a.is_actor]
            if found:
                return found[:1]
    return [a for a in view.resolve(token) if a.is_actor]


def _merged_groups(view: SentenceView, noun: Token) -> list[Arg]:
    """Groups named directly after "merger of" (with their conjuncts and "including" lists);
    "the merger of PLOTE splinter groups" names PLOTE's splinters, not PLOTE."""
    found: list[Arg] = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for token in (obj, *obj.conjuncts):
                arg = view.arg(token)
                if arg is not None and arg.is_actor:
                    found.append(arg)
                for inner in token.children:  # "fifty groups, including Liwa al-Islam"
                    if inner.dep_ == "prep" and inner.lower_ in ("including", "like"):
                        found.extend(a for o in inner.children if o.dep_ == "pobj"
                                     for t in (o, *o.conjuncts) for a in [view.arg(t)]
                                     if a is not None and a.is_actor)
    return list(dict.fromkeys(found))


def merger_of_findings(view: SentenceView, noun: Token) -> list[Finding]:
    """merged_into from "D was formed by the merger of A, B and C" and "a merger of A and B to
    create D": every merged group went into the body it formed."""
    if noun.lemma_.lower() not in MERGER_NOUNS:
        return []
    groups = _merged_groups(view, noun)
    if not groups:
        return []
    bodies: list[Arg] = []
    head = noun.head
    if head.lower_ == "by" and head.head.lemma_.lower() in FORMING_VERBS:
        verb = head.head  # "D was formed by the merger of ...", "an organization formed by ..."
        if verb.dep_ == "acl":
            bodies = _named_body(view, verb.head)
        else:
            bodies = [a for c in verb.children if c.dep_ == "nsubjpass" for a in view.group(c)]
    elif noun.dep_ in ("dobj", "pobj"):
        verb = head if noun.dep_ == "dobj" else head.head
        for clause in verb.children:  # "facilitated a merger of A and B to create D"
            if clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in FORMING_VERBS:
                bodies += [a for c in clause.children if c.dep_ == "dobj" for a in _named_body(view, c)]
    return [Finding("merged_into", g, b, "noun:merger:of", noun.i)
            for b in dict.fromkeys(bodies) if b.is_actor for g in groups if g is not b]


# Words whose "for" names a deed of their holder: "IS is responsible for the assassination of
# X", "A claimed responsibility for the attack on B" ("blamed B for" names the accused, so the
# verb "blame" is not here; nor is the noun, as in "laid the blame for the attack on B").
RESPONSIBILITY_WORDS = frozenset({"responsibility", "responsible", "credit"})


def responsible_party(view: SentenceView, noun: Token) -> list[Arg]:
    """Who takes responsibility for the deed ``noun`` names: the subject of "claimed
    responsibility for" / "is responsible for"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return []
    word = noun.head.head
    if word.lemma_.lower() not in RESPONSIBILITY_WORDS or word.pos_ not in ("NOUN", "ADJ"):
        return []
    token = subject_token(word.head) if word.dep_ in ("dobj", "acomp", "attr") else None
    return view.group(token) if token is not None else []


# Places of a group that stand for it as a target: "a suicide bombing at Hezbollah's
# headquarters", "an all-out assault on EPRLF bases" (spaCy lemmatises "bases" as "basis").
TARGET_PLACE_NOUNS = frozenset({"headquarters", "base", "bases", "office", "offices",
                                "checkpoint", "checkpoints", "camp", "camps", "position",
                                "positions", "stronghold", "strongholds", "compound", "post",
                                "posts", "outpost", "outposts"})
# Prepositions that aim a hostile act at such a place.
TARGET_PLACE_PREPS = ("on", "against", "at")


def owned_place_targets(view: SentenceView, noun: Token, *, patient_of: bool = False) -> list[Arg]:
    """Owners of the places a hostile act hits: "an attack at the headquarters of A and B".

    The act's own prepositions count, and, for an act that is the object of its verb ("carried
    out attacks at the headquarters of A"), the verb's; ``patient_of``: a gerund's "of" names
    what it hits ("the bombing of A's headquarters").
    """
    heads = [noun]
    if noun.dep_ == "dobj":
        heads.append(noun.head)
    found: list[Arg] = []
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or (prep.lower_ not in TARGET_PLACE_PREPS
                                       and not (patient_of and head is noun and prep.lower_ == "of")):
                continue
            for place in prep.children:
                if place.dep_ != "pobj" or view.arg(place) is not None or (
                        place.lower_ not in TARGET_PLACE_NOUNS and place.lemma_.lower() not in TARGET_PLACE_NOUNS):
                    continue
                found += [a for c in place.children if c.dep_ in ("poss", "compound", "nmod")
                          for a in view.resolve(c) if a.is_actor]
                found += [a for a in view.prep_objects(place, ("of",)) if a.is_actor]
    return list(dict.fromkeys(found))
