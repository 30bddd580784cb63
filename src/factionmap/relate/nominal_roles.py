"""Roles and bases: "the new military emir of A, X", "A, whose leader is X", "X a commander
with A" (a comma-less apposition), "A's stronghold of P", "P, a stronghold of A", "its Syrian
capital of P"."""

from __future__ import annotations

from factionmap.relate.candidates import Arg
from factionmap.relate.nominal_phrases import pronoun_owner
from factionmap.relate.syntax import Finding, SentenceView, Token, subject_token
from factionmap.relate.triggers import MEMBER_ROLES, ROLE_DROP

# Words that make a noun's relation plain fact about someone else, not its holder's.
COPULAS = frozenset({"be", "become", "remain", "serve", "act"})


def _role(noun: Token) -> str:
    words = [c.text for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
             and c.lower_ not in ROLE_DROP and c.pos_ != "PROPN"]
    return " ".join([*words, noun.text]).lower()


def leader_findings(view: SentenceView, noun: Token) -> list[Finding]:
    """leads (or member_of for non-leading roles) between a person and a group around a role noun."""
    groups: list[Arg] = []
    people: list[Arg] = []
    for child in noun.children:
        arg = view.arg(child)
        if child.dep_ in ("poss", "compound", "nmod") and arg is not None and arg.is_actor:
            groups.append(arg)
        elif child.dep_ == "poss" and child.lower_ == "whose" and noun.head.dep_ in ("relcl", "ccomp"):
            groups.extend(a for a in view.group(noun.head.head) if a.is_actor)
        elif child.dep_ == "poss" and arg is None:  # "its founding leader, X"
            groups.extend(a for a in view.resolve(child) if a.is_actor)
        elif child.dep_ == "acl" and child.lemma_.lower() in ("name", "call"):
            people.extend(a for t in child.subtree for a in [view.arg(t)] if a is not None and a.is_person)
        elif child.dep_ == "prep" and child.lower_ in ("of", "for", "in", "with"):
            # "a senior leader ... in Afghanistan": a country after "in" is where, not whose
            groups.extend(a for a in view.prep_objects(noun, (child.lower_,)) if a.is_actor
                          and not (child.lower_ == "in" and a.label == "state"))
            for obj in child.children:  # "the emir of A, X": the parser hangs X on A
                people.extend(a for c in obj.children if c.dep_ == "appos" or (
                    c.dep_ == "npadvmod" and c.i > 0 and c.doc[c.i - 1].text == ",")
                              for a in view.group(c) if a.is_person)
        elif child.dep_ == "appos":  # the apposition only, not what is coordinated with it
            people.extend(a for a in view.resolve(child) if a.is_person)
        elif child.dep_ == "compound" and arg is not None and arg.is_person:
            people.append(arg)
    if not groups:  # "In March SDF military commander X": the parser cut the phrase short
        j = noun.i - 1
        while j >= 0 and noun.doc[j].dep_ in ("amod", "compound") and view.arg(noun.doc[j]) is None:
            j -= 1
        before = view.arg(noun.doc[j]) if j >= 0 else None
        if before is not None and before.is_actor and noun.doc[j].dep_ != "nsubj":
            groups.append(before)
    named = view.arg(noun.head) if noun.dep_ == "compound" else None
    if not groups and named is not None and named.is_person:
        # "commander X of A": the title's group hangs on the name it precedes
        groups.extend(a for a in view.prep_objects(noun.head, ("of",)) if a.is_actor)
    if len(groups) > 1 and any(a.label != "state" for a in groups):
        # "Iraq's Al-Qaeda frontman X": the country locates the group the role belongs to
        groups = [a for a in groups if a.label != "state"]
    people.extend(_apposed_without_comma(view, noun))
    head = noun.head
    if noun.dep_ == "appos" or (noun.dep_ in ("compound", "nmod") and view.arg(head)):
        people.extend(a for a in view.group(head) if a.is_person)
    elif noun.dep_ in ("attr", "nsubj") and head.lemma_ in COPULAS:
        for child in head.children:
            if child != noun and child.dep_ in ("nsubj", "attr"):
                people.extend(a for a in view.group(child) if a.is_person)
    kind = "member_of" if noun.lemma_.lower() in MEMBER_ROLES else "leads"
    role = _role(noun)
    return [Finding(kind, p, g, f"role:{noun.lemma_.lower()}", noun.i, role=role)
            for p in dict.fromkeys(people) for g in dict.fromkeys(groups)]


# Words that may stand between a name and the role noun of its comma-less apposition.
ROLE_PREMODIFIER_DEPS = frozenset({"det", "amod", "compound", "nummod"})


def _apposed_without_comma(view: SentenceView, noun: Token) -> list[Arg]:
    """ "Shaher al-Assouli a commander with A was targeted": scraped text lost the commas of an
    apposition, and the parser made the name and the role two subjects of one verb."""
    j = noun.i - 1
    while j >= 0 and noun.doc[j].dep_ in ROLE_PREMODIFIER_DEPS and noun.doc[j].head == noun \
            and view.arg(noun.doc[j]) is None:
        j -= 1
    if j < 0 or j == noun.i - 1 or noun.doc[j + 1].dep_ != "det":
        return []  # an article must open the role: "X a commander", not "X commander"
    before = noun.doc[j]
    arg = view.arg(before)
    if arg is None or not arg.is_person or before.head != noun.head or before.dep_ != noun.dep_:
        return []
    return [arg]


def base_findings(view: SentenceView, noun: Token) -> list[Finding]:
    """based_in from "A's stronghold of P", "P, a stronghold of A", "A's base in P"."""
    groups: list[Arg] = []
    places: list[Arg] = []
    named: list[Arg] = []  # "the stronghold of P": the base itself, whatever "in Q" places it
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "nmod") or (
                child.dep_ == "nsubj" and noun.pos_ == "VERB"):  # "ISIS groups stronghold of P"
            resolved = view.resolve(child) or pronoun_owner(view, child)
            for arg in resolved:
                (places if arg.is_place else groups).append(arg)
        elif child.dep_ == "prep" and child.lower_ in ("of", "in", "at", "near"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    (named if child.lower_ == "of" else places).extend(view.places(obj))
            for a in view.prep_objects(noun, (child.lower_,)):
                # only "of" names the holder ("the stronghold of A"); "in eastern Syria" places it
                if child.lower_ == "of":
                    (named if a.is_place else groups).append(a)
                elif a.is_place:
                    places.append(a)
        elif child.dep_ == "appos":
            places.extend(a for a in view.group(child) if a.is_place)
    if noun.dep_ == "appos":
        places.extend(a for a in view.group(noun.head) if a.is_place)
    elif noun.dep_ == "attr":
        token = subject_token(noun.head)
        if token is not None:
            places.extend(a for a in view.group(token) if a.is_place)
    if noun.dep_ in ("dobj", "pobj"):  # "stormed the headquarters of A in P"
        for child in noun.head.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "near", "at"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        places.extend(view.places(obj))
    places = named or places  # "stronghold of Raqqa in eastern Syria": Raqqa, not Syria
    return [Finding("based_in", g, p, f"base:{noun.lemma_.lower()}", noun.i)
            for g in dict.fromkeys(groups) if g.is_actor for p in dict.fromkeys(places)]
