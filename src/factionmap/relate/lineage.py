"""Formation, split and merger of groups: which body was formed, by whom, and from what.

"A, B and C formed D" makes each a member of D; "members of A formed D" and "X left A to form D"
make D a splinter of A; "D was formed by the merger of A and B" and "A and B merged to form D"
make each merged into D. Read by the verbal patterns (``dependency.py``) for formation verbs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factionmap.relate.candidates import Arg
from factionmap.relate.syntax import (
    BREAKAWAY_WORDS,
    EventFinding,
    Finding,
    SentenceView,
    Token,
    breakaway_owners,
    is_passive,
    pairs,
    subject_token,
)
from factionmap.relate.triggers import MODIFIER_CUES, VerbCue

if TYPE_CHECKING:
    from factionmap.relate.dependency import Context

# Nouns that name a formed body: "formed an operations room", "launched a new coalition".
FORMED_NOUNS = frozenset({"alliance", "coalition", "room", "front", "group", "council", "army",
                          "command", "movement", "organization", "organisation", "umbrella",
                          "union", "federation", "bloc", "body", "brigade", "faction", "force",
                          "jaysh", "jaish", "operations", "league", "network", "party",
                          "formation", "grouping", "entity", "operation", "division", "corps",
                          "unit", "wing", "battalion", "militia"})
# Verbs that name their object: "an operations room named D", "a group called D".
NAMING_VERBS = frozenset({"name", "call", "dub", "know", "title", "brand"})


# Verbs by which a group leaves the one it was part of; their "from" object (or the object of
# "left"/"quit") is the group left: "split from A", "broke away from A", "left A".
SPLIT_VERBS = frozenset({"split", "splinter", "break", "defect", "secede", "separate", "leave",
                         "quit", "expel", "oust"})
SPLIT_OBJECT_VERBS = frozenset({"leave", "quit"})  # "left A", "quit A": the object was left
# Nouns of a merger that a formation is made "by" or "from": "formed by the merger of A and B".
MERGER_NOUNS = frozenset({"merger", "merging", "amalgamation", "fusion", "union", "unification",
                          "consolidation"})


def named_object(view: SentenceView, noun: Token) -> list[Arg]:
    """The arg a formed noun is named as: "a room named D", "a coalition, D", "the D coalition"."""
    found: list[Arg] = []
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in NAMING_VERBS:
            for grand in child.subtree:
                arg = view.arg(grand)
                if arg is not None and grand.dep_ in ("oprd", "attr", "dobj", "pobj", "xcomp",
                                                      "npadvmod", "appos", "nsubj"):
                    found.append(arg)
                    break
        elif child.dep_ == "appos" and view.arg(child):
            found.append(view.arg(child))  # type: ignore[arg-type]
        elif child.dep_ in ("compound", "nmod") and view.arg(child) and view.arg(child).is_actor:  # type: ignore[union-attr]
            found.append(view.arg(child))  # type: ignore[arg-type]
    return found


def formed_bodies(view: SentenceView, verb: Token) -> tuple[list[Arg], bool]:
    """(named bodies, whether a body was formed at all) for a formation verb."""
    named: list[Arg] = []
    body = False
    head = view.arg(verb.head)
    if verb.dep_ == "acl" and is_passive(verb) and head is not None and not head.coref:
        # "D, formed in 2012 by A and B": the participle modifies the body it formed (not a
        # coreferent "the umbrella organization", which may point at the wrong antecedent)
        named.extend(a for a in view.group(verb.head) if a.is_actor)
        body = bool(named)
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass", "attr", "oprd"):
            continue
        arg = view.arg(child)
        if arg is not None and child.dep_ in ("dobj", "nsubjpass"):
            named.extend(view.group(child))
            body = True
        elif child.lemma_.lower() in FORMED_NOUNS or child.lower_ in FORMED_NOUNS:
            named.extend(named_object(view, child))
            body = True
    return named, body


# Subject nouns that make a formation a split: "members of A formed B" -> B split from A.
SPLITTING_SUBJECTS = frozenset({"member", "faction", "fighter", "leader", "commander", "remnant",
                                "dissident", "defector", "wing", "some", "several", "many",
                                # "formed by rebels from A", "veterans of A founded B": people who
                                # leave A to found B take part of A with them
                                "rebel", "veteran", "cadre", "militant", "splinter"})


# Merger verbs in the historical present, which the parser may take for a plural noun.
MERGE_WORDS = frozenset({"merges", "merge", "merged"})
# Subjects that are a group's people when they split without naming what they left.
PEOPLE_SUBJECTS = SPLITTING_SUBJECTS | {"number", "majority"}


def _formation_kind(verb: Token) -> str:
    """member_of for "A, B and C formed D"; merged_into after "merged to form D"; split_from
    when the formers are members of a group ("members of A split to form D")."""
    head = verb.head if verb.dep_ in ("xcomp", "advcl", "conj") else None
    if head is not None and head.lemma_.lower() in ("merge", "amalgamate", "fuse", "unite"):
        return "merged_into"
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in MERGE_WORDS for c in verb.children):
        # "EIJ merges with al-Qaeda to create D": the timeline's verb taken for a noun subject
        return "merged_into"
    token = _former_token(verb)  # "B was formed by rebels from A": the agent are the formers
    if token is not None and token.lemma_.lower() in SPLITTING_SUBJECTS and any(
            c.dep_ == "prep" and c.lower_ in ("of", "from") for c in token.children):
        return "split_from"  # "members of A formed B"; not "factions including A formed B"
    if head is not None and head.lemma_.lower() in ("split", "break", "splinter", "defect", "leave"):
        return "split_from"
    return "member_of"


def _former_token(verb: Token) -> Token | None:
    """The subject of a formation, or its "by"-agent when passive."""
    if is_passive(verb):
        return next((o for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                     for o in c.children if o.dep_ == "pobj"), None)
    return subject_token(verb)


def _unit_owners(view: SentenceView, verb: Token) -> list[Arg]:
    """The group a splitting unit belongs to: "formed by rebels from the X Front of the ELN"
    (the rebels are the ELN's too)."""
    token = _former_token(verb)
    if token is None or token.lemma_.lower() not in SPLITTING_SUBJECTS:
        return []
    return [a for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
            for unit in p.children if unit.dep_ == "pobj" and view.arg(unit) is not None
            for q in unit.children if q.dep_ == "prep" and q.lower_ == "of"
            for owner in q.children if owner.dep_ == "pobj"
            for a in view.group(owner) if a.is_actor]


def _unit_key(view: SentenceView, unit: Token, start: Token) -> str | None:
    """The words naming a unit, from ``start`` to the unit noun ("mid-Ulster brigade"), as a
    key; None for a bare unit noun ("the brigade"), which names no one unit."""
    words = [t for t in view.doc[start.i:unit.i + 1] if t.dep_ not in ("det", "poss", "punct")
             or t.text == "-"]
    if len(words) < 2 or any(view.arg(t) is not None or t.like_num for t in words):
        return None
    return "".join(t.lower_ for t in words)


def note_units(view: SentenceView, context: Context) -> None:
    """Remember each named unit said to be a group's: "the mid-Ulster brigade of A"."""
    for unit in view.doc:
        if unit.lemma_.lower() not in UNIT_OBJECTS or view.arg(unit) is not None:
            continue
        owners = [a for p in unit.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" for a in view.group(o) if a.is_actor]
        key = _unit_key(view, unit, unit.left_edge) if owners else None
        if key is not None:
            context.units[key] = owners


def _earlier_unit_owners(view: SentenceView, verb: Token, context: Context) -> list[Arg]:
    """The group an earlier sentence said the formers' unit is part of: "... expelled members
    of the mid-Ulster brigade of A. The mid-Ulster brigade members went on to form D"."""
    token = _former_token(verb)
    if token is None or token.lemma_.lower() not in SPLITTING_SUBJECTS or not context.units:
        return []
    for unit in token.children:
        if unit.dep_ in ("compound", "nmod") and unit.lemma_.lower() in UNIT_OBJECTS:
            start = next((t for t in token.subtree), unit)
            key = _unit_key(view, unit, start)
            if key is not None and key in context.units:
                return context.units[key]
    return []


# Verbs by which a body takes a new name: "B, which later changed its name to C", "B, later
# renamed C". C is B under another name, so B's lineage is C's.
RENAMING_VERBS = frozenset({"rename", "rebrand"})


def new_names(view: SentenceView, body: Arg) -> list[Arg]:
    """The names a body is said, in a clause on its own name, to have taken since."""
    found: list[Arg] = []
    for token in (i for i, a in view.arg_of_token.items() if a is body):
        for clause in view.doc[token].children:
            if clause.dep_ not in ("relcl", "acl"):
                continue
            lemma = clause.lemma_.lower()
            if lemma == "change" and any(c.dep_ == "dobj" and c.lemma_.lower() == "name"
                                         for c in clause.children):
                found += view.prep_objects(clause, ("to",))  # "which changed its name to C"
            elif lemma in RENAMING_VERBS:  # "later renamed C", "rebranded as C"
                found += [a for c in clause.children if c.dep_ in ("oprd", "attr", "dobj")
                          for a in view.group(c)]
                found += view.prep_objects(clause, ("as", "to"))
    return [a for a in dict.fromkeys(found) if a.is_actor and not set(a.ids) & set(body.ids)]


def _source_groups(view: SentenceView, verb: Token) -> list[Arg]:
    """Groups whose people a body is formed "from": "re-form D from the remaining members of A",
    "formed D out of fighters from A" (D split from A, as when "members of A formed D")."""
    sources = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("from", "out")
               for o in ([*p.children, *(g for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                                          for g in c.children)])
               if o.dep_ == "pobj"]
    return [a for token in sources if token.lemma_.lower() in SPLITTING_SUBJECTS
            for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
            for o in p.children if o.dep_ == "pobj" for a in view.group(o) if a.is_actor]


def _containers(view: SentenceView, verb: Token) -> list[Arg]:
    """Groups that only contain the formers: "established by several groups in the SDF"."""
    return [a for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
            for o in c.children if o.dep_ == "pobj" and view.arg(o) is None
            for p in o.children if p.dep_ == "prep" and p.lower_ in ("in", "within", "among")
            for a in view.prep_objects(o, (p.lower_,))]


def _carried(verb: Token) -> bool:
    """Whether a formation's subject is people of a group ("members of A", "its fighters")."""
    token = subject_token(verb)
    return token is not None and token.lemma_.lower() in SPLITTING_SUBJECTS | {"number", "majority", "group"}


# Formed nouns that make the formed body a unit of its single former.
UNIT_OBJECTS = frozenset({"unit", "wing", "brigade", "battalion", "branch", "force", "division",
                          "regiment", "cell", "company", "corps"})


def _unit_object(verb: Token) -> bool:
    """Whether a formation verb's object noun is a unit ("established a police unit called D")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in UNIT_OBJECTS for c in verb.children)


# What a formed body is made "as" (or "to become"): its formers' unit, or a front that stands
# for them. "KH and AAH formed HN as a front group", "PDB was created by the Mahdi Army to
# become its armed wing": the formers are not members of what they made.
FRONT_OBJECTS = frozenset({"front", "proxy", "cover", "affiliate", "offshoot"})
MADE_AS_UNITS = frozenset({"wing", "arm", "branch", "unit", "cell"})  # not "a united force"


def _made_as(verb: Token) -> str | None:
    """subunit_of / affiliated_with when a formation verb says what the body is made as: "formed
    D as its armed wing" / "as a front group", "created D to become its armed wing"."""
    nouns = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
             for o in p.children if o.dep_ == "pobj"]
    nouns += [a for x in verb.children if x.dep_ in ("xcomp", "advcl") and x.lemma_.lower() == "become"
              for a in x.children if a.dep_ == "attr"]
    for noun in nouns:
        words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
        if words & FRONT_OBJECTS:
            return "affiliated_with"
        if noun.lemma_.lower() in MADE_AS_UNITS:
            return "subunit_of"
    return None


FOUNDING = frozenset({"found", "form", "create", "establish", "launch", "start"})


def split_parents(view: SentenceView, verb: Token) -> list[Arg]:
    """The group a formation's founders left: "X left A to form D", "D formed when X split from A"."""
    verbs = [verb.head] if verb.dep_ in ("xcomp", "advcl", "conj") and verb.head != verb else []
    verbs += [c for c in verb.children if c.dep_ in ("advcl", "conj")]  # "founded D when he left A"
    # "D formed in December 2012, when X split from A": the parser hangs the clause on the date
    verbs += [r for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
              for r in o.children if r.dep_ in ("relcl", "acl", "advcl")
              and any(w.lower_ == "when" for w in r.children)]
    found: list[Arg] = []
    for split in verbs:
        for candidate in (split, *[c for c in split.children if c.dep_ == "conj"]):
            lemma = candidate.lemma_.lower()
            if lemma not in SPLIT_VERBS or candidate is verb:
                continue
            if lemma in ("expel", "oust") and not is_passive(candidate):
                continue  # "A expelled B from the town" is not A leaving
            preps = ("from", "dobj") if lemma in SPLIT_OBJECT_VERBS else ("from",)
            left = [a for a in view.prep_objects(candidate, preps) if a.is_actor]
            token = subject_token(candidate)
            if not left and lemma not in SPLIT_OBJECT_VERBS and token is not None \
                    and view.arg(token) is None and token.lemma_.lower() in PEOPLE_SUBJECTS:
                # "a large number of its members split off to form D": the group whose people
                # split is the one left
                left = [a for a in view.resolve(token) if a.is_actor]
            if not left and lemma not in SPLIT_OBJECT_VERBS and token is not None \
                    and view.arg(token) is None and token.lemma_.lower() in PARTY_SUBJECTS:
                # "A became divided ..., and a group of militants split to form D": the
                # people who split are a part of the group the sentence says was divided
                left = _divided_group(view, candidate)
            found += left
    return list(dict.fromkeys(found))


# Subjects that are a part of a group when it is said to be divided: "a group of militants".
PARTY_SUBJECTS = PEOPLE_SUBJECTS | {"group", "section", "part", "band"}
# Predicates that say a group came apart: "A became divided", "A split", "A fragmented".
DIVISION_WORDS = frozenset({"divide", "divided", "split", "fragment", "fragmented", "fracture",
                            "fractured", "splinter", "splintered"})
COPULAS = frozenset({"be", "become", "grow", "get", "remain"})  # "A became divided"


def _divided_group(view: SentenceView, verb: Token) -> list[Arg]:
    """The group said to be divided in a clause the split verb is coordinated with: "A became
    divided over X, and a group of militants split" (the clauses chained by "and")."""
    clause = verb
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
        lemma = clause.lemma_.lower()
        if lemma not in DIVISION_WORDS and lemma not in COPULAS:
            continue
        said = {lemma} | {w for c in clause.children if c.dep_ in ("acomp", "attr", "oprd")
                          for w in (c.lemma_.lower(), c.lower_)}
        subject = subject_token(clause)
        if said & DIVISION_WORDS and subject is not None:
            return [a for a in view.resolve(subject) if a.is_actor]
    return []


# Prepositions a formation is made by a merger with: "formed by/from/through/in the merger of A
# and B", "formed as part of a merger between A and B".
MERGER_PREPS = frozenset({"by", "from", "through", "in", "as", "via"})


def _founders_groups(view: SentenceView, verb: Token) -> list[Arg]:
    """Groups a passive formation's founders came from: "founded by X, a former commander of A",
    "by X, an MNLF member"."""
    found: list[Arg] = []
    for c in verb.children:
        if c.dep_ not in ("agent", "prep") or c.lower_ != "by":
            continue
        for person in c.children:
            if person.dep_ != "pobj" or not any(a.is_person for a in view.resolve(person)):
                continue
            for noun in person.children:
                if noun.dep_ != "appos" or noun.lemma_.lower() not in SPLITTING_SUBJECTS:
                    continue
                found += [a for a in view.prep_objects(noun, ("of", "from")) if a.is_actor]
                found += [a for k in noun.children if k.dep_ in ("compound", "nmod", "poss")
                          for a in view.resolve(k) if a.is_actor]
    return list(dict.fromkeys(found))


def merger_parties(view: SentenceView, verb: Token) -> tuple[list[Arg], list[Arg]]:
    """(parties, groups splintered from) of "D was formed by/from the merger of A, B and C".

    "the merger of various PLOTE and EPRLF splinter groups": the parties are splinters of PLOTE
    and EPRLF, not those groups, so D split from them.
    """
    nouns: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("agent", "prep") and c.lower_ in MERGER_PREPS:
            objects = [n for n in c.children if n.dep_ == "pobj"]
            # "formed as part of a merger between A and B"
            nouns += objects + [o for n in objects if n.lemma_.lower() == "part" for p in n.children
                                if p.dep_ == "prep" and p.lower_ == "of"
                                for o in p.children if o.dep_ == "pobj"]
    if verb.dep_ in ("xcomp", "advcl") and verb.head != verb:
        # "facilitated a merger of fifty groups, including A, to create D": the merger's
        # parties formed D, not whoever brought the merger about
        nouns += [c for c in verb.head.children if c.dep_ == "dobj"]
    nouns += [c for c in verb.children if c.dep_ == "nsubj"]  # "The merger of A and B formed D"
    parties: list[Arg] = []
    parents: list[Arg] = []
    for noun in nouns:
        if noun.lemma_.lower() not in MERGER_NOUNS:
            continue
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "between"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for member in (obj, *obj.conjuncts):
                    following = member.doc[member.i + 1] if member.i + 1 < len(member.doc) else member
                    if following.lower_ in MODIFIER_CUES or (view.arg(member) is None and any(
                            k.lower_ in MODIFIER_CUES or k.lemma_.lower() in MODIFIER_CUES
                            for k in member.children if k.dep_ in ("amod", "compound", "acl"))):
                        continue  # "a merger between seven Al-Qaeda aligned factions": not AQ
                    found = [a for a in view.resolve(member) if a.is_actor]
                    found += [a for a in view.prep_objects(member, ("including",)) if a.is_actor]
                    broken = any(k.dep_ in ("amod", "compound") and k.lower_ in BREAKAWAY_WORDS
                                 for k in member.children)
                    (parents if broken else parties).extend(found)
    return list(dict.fromkeys(parties)), list(dict.fromkeys(parents))


# Verbs of a merger whose parties a later "to form D" names: "merged X with Y to form D".
MERGING_VERBS = frozenset({"merge", "amalgamate", "fuse", "unite", "combine"})
# Links by which "to form D" hangs below the merger verb (the parser may hang it on a
# participle inside the merger's object: "merged X with a splinter group led by Y to form D").
MERGER_CHAIN = frozenset({"xcomp", "advcl", "acl", "conj", "pobj", "agent", "prep", "relcl"})


def merged_splinters(view: SentenceView, verb: Token) -> list[tuple[Arg, Arg | None]]:
    """(group splintered from, the arg the splinter noun was read as) for every "A splinter
    group" among the parties of the merger a formation verb completes: "merged his group with
    another PLOTE splinter group ... to form D" names a splinter of PLOTE, not PLOTE."""
    merger = None
    for ancestor in verb.ancestors:
        if ancestor.lemma_.lower() in MERGING_VERBS and ancestor.pos_ == "VERB":
            merger = ancestor
            break
        if ancestor.dep_ not in MERGER_CHAIN and ancestor.dep_ != "ROOT":
            return []
    if merger is None:
        return []
    inside = {t.i for t in verb.subtree}
    found: list[tuple[Arg, Arg | None]] = []
    for noun in merger.subtree:
        if noun.i in inside or noun.pos_ not in ("NOUN", "PROPN") or view.arg(noun) is not None:
            continue
        read_as = view.resolve(noun)
        found += [(o, read_as[0] if read_as else None) for o in breakaway_owners(view, noun)]
    return found


def _splinter_former(view: SentenceView, verb: Token) -> list[Arg]:
    """A of "an A splinter group formed D": the body a splinter of A formed split from A."""
    token = _former_token(verb)
    return breakaway_owners(view, token) if token is not None else []


def formation(view: SentenceView, verb: Token, cue: VerbCue, subj: list[Arg], context: Context
              ) -> tuple[list[Finding], list[EventFinding]]:
    """Relations and the formation event stated by one formation verb ("form", "found", ...)."""
    findings: list[Finding] = []
    events: list[EventFinding] = []
    passive = is_passive(verb)
    pattern = f"verb:{verb.lemma_.lower()}"
    named, body = formed_bodies(view, verb)
    members = [a for a in subj if a.is_actor]
    kind = _formation_kind(verb)
    if passive:  # "D was formed by A, B and C"
        members = [a for a in view.prep_objects(verb, ("by",)) if a.is_actor
                   and a not in _containers(view, verb)]
        merged, splintered = merger_parties(view, verb)
        if merged or splintered:  # "D was formed by the merger of A, B and C": each merged into D
            members, kind = merged, "merged_into"
        if not named and (merged or len(members) >= 2) and verb.dep_ == "acl" and verb.head.dep_ == "attr":
            # "D was an organization formed by the merger of A, B and C" (a single former
            # is left out: the parser also makes attributes of appositions)
            named = [a for a in view.group(verb.head) if a.is_actor and a not in members]
    else:
        merged, splintered = merger_parties(view, verb)
        if merged and not named and not any(c.dep_ == "dobj" for c in verb.children):
            # "D formed in 2006 as part of a merger between A and B"
            named = [a for a in subj if a.is_actor and a not in merged]
            members, kind = merged, "merged_into"
        elif merged and (verb.dep_ in ("xcomp", "advcl") or not members):
            # "facilitated a merger of A and B to create D", "the merger of A and B formed D"
            members, kind = merged, "merged_into"
    splintered += [p for p in _splinter_former(view, verb) if p not in splintered]
    merged_parts = merged_splinters(view, verb) if not passive else []
    # "merged X with an A splinter group to form D": a splinter of A went into D, A did not
    members = [m for m in members if all(m is not r for _, r in merged_parts)]
    parents = split_parents(view, verb) + splintered
    if passive and not members:  # "D was founded by X, a former commander of A": D split from A
        parents += [g for g in _founders_groups(view, verb) if g not in parents]
    if parents and not named and not passive and not any(c.dep_ == "dobj" for c in verb.children):
        # "D formed in 2012 when B and his soldiers split from A": the intransitive subject
        # is the body that came into being
        named = [a for a in subj if a.is_actor]
        members = []
    if parents and ({m.ids for m in members} <= {p.ids for p in parents} or _carried(verb) or splintered):
        # A body founded by people who left A split from A: "X left A to form D", "D was
        # founded when its fighters broke away from A", "founded by X, a former commander of
        # A". No former but the group left counts too ("the ex-chairman of A, X, left A to
        # form D", where the parse loses the person): the group left founds nothing.
        findings.extend(Finding("split_from", b, p, pattern + ":split", verb.i)
                        for b in named for p in parents if b is not p)
        members = []
    elif parents and members:
        # "A and B defected from S and formed D": the split is theirs, D is their new body and,
        # made of S's parts, a splinter of S
        findings.extend(Finding("split_from", b, p, pattern + ":split-formers", verb.i)
                        for b in named for p in parents if b is not p and p not in members)
    if named:  # "re-formed D from the remaining members of A": D is made of A's people
        findings.extend(Finding("split_from", b, g, pattern + ":split-source", verb.i)
                        for g in _source_groups(view, verb) for b in named
                        if b is not g and g not in members)
    findings.extend(Finding("split_from", b, p, pattern + ":split-merger", verb.i)
                    for p in dict.fromkeys(p for p, _ in merged_parts) for b in named if b is not p)
    if parents:
        kind = "member_of"
    if kind == "member_of" and len(members) == 1 and _unit_object(verb):
        kind = "subunit_of"  # "A established a police unit called D": D is A's unit
    made_as = _made_as(verb) if kind == "member_of" and not parents else None
    if made_as == "subunit_of" and len(members) != 1:
        made_as = None  # several formers' "wing" is their joint body: membership stands
    if made_as:
        kind = made_as  # "A and B formed D as a front group": D stands for them, they are not in it
    if passive and not (verb.dep_ == "acl" and verb.head.dep_ == "pobj"):
        # "D was founded in 1991 by X": X is D's founder (not "a coalition affiliated with
        # the FSA created by X", where the participle hangs on the wrong noun)
        findings.extend(Finding("leads", p, b, pattern + ":founder", verb.i, role="founder")
                        for p in view.prep_objects(verb, ("by",)) if p.is_person for b in named)
    if named:
        context.last_formed = named[-1]
        context.formed.extend(named)
        context.last_formed_kind = "merged_into" if kind == "merged_into" else "member_of"
    if named and not members and not parents and not passive:
        findings.extend(Finding("split_from", b, o, pattern + ":split-unit-before", verb.i)
                        for o in _earlier_unit_owners(view, verb, context) for b in named
                        if o is not b and not set(o.ids) & set(b.ids))
    if named and members and kind == "split_from":
        owners = [o for o in _unit_owners(view, verb) if o not in members and o not in named]
        findings.extend(Finding("split_from", b, o, pattern + ":split-unit", verb.i)
                        for b in named for o in owners)
    if named and members:
        for body_arg in named:
            findings.extend(Finding(kind, body_arg, m, pattern + ":" + kind.split("_")[0], verb.i)
                            if kind in ("split_from", "subunit_of", "affiliated_with")
                            else Finding(kind, m, body_arg, pattern, verb.i)
                            for m in members if m is not body_arg)
        events.append(EventFinding("formation", (*members, *named), pattern, verb.i))
    elif body and len(members) >= 2:
        events.append(EventFinding("formation", tuple(members), pattern, verb.i))
    elif named and parents:
        events.append(EventFinding("formation", tuple(named), pattern, verb.i))
    if (named or body) and cue.mutual and len(members) >= 2 and not passive \
            and kind in ("member_of", "subunit_of", "affiliated_with"):
        findings.extend(Finding(cue.mutual, a, b, pattern + ":mutual", verb.i)
                        for a, b in pairs(members))
    renamed = [Finding("split_from", c, f.target, f.pattern + ":renamed", verb.i)
               for f in findings if f.type == "split_from" and f.source is not None
               for c in new_names(view, f.source) if c is not f.target]
    findings.extend(renamed)  # "split to form B, which later changed its name to C": C split too
    return findings, events

