"""Verbal patterns over the masked parse: "A allied with B", "B is backed by A", "A, B and C formed D".

Each trigger verb finds its logical source (subject, or ``by``-agent when passive) and its
targets (object or the prepositions its cue lists); coordination distributes both sides.
The nominal, appositive, copular and leader patterns live in ``nominal.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factionmap.relate.candidates import Arg
from factionmap.relate.syntax import (
    EventFinding,
    Finding,
    SentenceView,
    Token,
    is_passive,
    pairs,
    subject_token,
    subjects,
)
from factionmap.relate.triggers import (
    CAPTURE_VERBS,
    DESTINATION_PREPS,
    DISSOLVE_VERBS,
    FLIPPED_VERBS,
    HOSTILE_NOUNS,
    NEEDS_OBJECT,
    SPEECH_VERBS,
    TOGETHER_WORDS,
    VERBS,
)

# Nouns that name a formed body: "formed an operations room", "launched a new coalition".
FORMED_NOUNS = frozenset({"alliance", "coalition", "room", "front", "group", "council", "army",
                          "command", "movement", "organization", "organisation", "umbrella",
                          "union", "federation", "bloc", "body", "brigade", "faction", "force",
                          "jaysh", "jaish", "operations", "league", "network", "party",
                          "formation", "grouping", "entity", "operation", "division", "corps",
                          "unit", "wing", "battalion", "militia"})
# Verbs that name their object: "an operations room named D", "a group called D".
NAMING_VERBS = frozenset({"name", "call", "dub", "know", "title", "brand"})
# Combat cues: co-agents of these verbs operate jointly (joint_operation, not allied_with).
COMBAT_TYPES = frozenset({"fights"})
# Nouns of fighting that "joined B in ..." can take besides hostile acts.
CLASH_NOUNS = frozenset({"clash", "clashes", "fighting", "battle", "battles", "fight", "combat"})
# Verbs of trying: a killing they govern did not (yet) happen.
ATTEMPT_VERBS = frozenset({"attempt", "try", "plot", "seek", "fail", "plan"})
# Verbs of dying (death event without a relation).
DEATH_VERBS = frozenset({"die"})
# Reciprocal objects: "A and B fought each other".
RECIPROCALS = frozenset({"other", "another"})


@dataclass(slots=True)
class Context:
    """What a document has said so far that later sentences point back to."""

    last_formed: Arg | None = None
    formed: list[Arg] = field(default_factory=list)


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


def _formed(view: SentenceView, verb: Token) -> tuple[list[Arg], bool]:
    """(named bodies, whether a body was formed at all) for a formation verb."""
    named: list[Arg] = []
    body = False
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


def verb_findings(view: SentenceView, verb: Token, context: Context
                  ) -> tuple[list[Finding], list[EventFinding]]:
    """Relations and events stated by one trigger verb."""
    lemma = verb.lemma_.lower()
    findings: list[Finding] = []
    events: list[EventFinding] = []
    passive = is_passive(verb)
    subj = subjects(view, verb)
    children = {c.lower_ for c in verb.children} | {c.lemma_.lower() for c in verb.children}
    together = bool(children & TOGETHER_WORDS)
    coagents = view.coagents(verb)
    for token in (verb, *[c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]):
        if token != verb:
            coagents.extend(view.coagents(token))

    if lemma in SPEECH_VERBS and subj and not passive:
        events.append(EventFinding("statement", tuple(subj), f"verb:{lemma}", verb.i))
    if lemma in DEATH_VERBS and subj:
        events.append(EventFinding("death", tuple(a for a in subj if a.is_person), "verb:die", verb.i))
    if lemma in DISSOLVE_VERBS:
        if subj:
            events.append(EventFinding("dissolution", tuple(subj), f"verb:{lemma}", verb.i))
    if lemma in CAPTURE_VERBS:
        places = [p for c in verb.children if c.dep_ == "dobj" for p in view.places(c)]
        for child in verb.children:  # "took control of P"
            if child.dep_ == "dobj" and child.lemma_ == "control":
                places.extend(a for a in view.prep_objects(child, ("of", "over")) if a.is_place)
        agents = [a for a in (subj if not passive else view.prep_objects(verb, ("by",)))
                  if a.is_actor]
        if places and agents:
            events.append(EventFinding("capture", (*agents, *coagents, *places), f"verb:{lemma}", verb.i))
            findings.extend(_coagent_findings(subj, coagents, "joint_operation", verb))
            # "A and B captured P": taking a place together is a joint operation
            findings.extend(Finding("joint_operation", a, b, f"verb:{lemma}:together", verb.i)
                            for a, b in pairs(agents))
        # "recaptured P from B", "freed villages from B": the holder was fought
        losers = [a for a in view.prep_objects(verb, ("from",)) if a.is_actor]
        for child in verb.children:  # "recaptured the village of P from B": "from" on the object
            if child.dep_ == "dobj":
                losers += [a for a in view.prep_objects(child, ("from",)) if a.is_actor]
        findings.extend(Finding("fights", a, b, f"verb:{lemma}:from", verb.i)
                        for a in agents for b in losers if a is not b)
        if not places:  # "to capture fighters of B": taking B's men is fighting B
            captives = [a for c in verb.children if c.dep_ == "dobj" for a in view.group(c) if a.is_actor]
            findings.extend(Finding("fights", a, b, f"verb:{lemma}:captives", verb.i)
                            for a in agents for b in captives if a is not b)
        if places or lemma not in VERBS:
            return findings, events
        # "stormed government positions": no place taken, read it as the combat verb it also is

    cue = VERBS.get(lemma)
    kind = "joint_operation" if _combat_purpose(verb) or any(
        c.dep_ == "prep" and c.lower_ == "against" for c in verb.children) else "allied_with"
    if cue is None:
        # Any verb with a co-agent or a "together" cue states cooperation between its actors.
        if coagents and subj:
            findings.extend(_coagent_findings(subj, coagents, kind, verb))
        if together and len([a for a in subj if a.is_actor]) >= 2:
            findings.extend(Finding(kind, a, b, "verb:together", verb.i)
                            for a, b in pairs([a for a in subj if a.is_actor]))
        return findings, events
    needed = NEEDS_OBJECT.get(lemma)
    if needed is not None:
        words = {t.lower_ for t in verb.subtree} | {t.lemma_.lower() for t in verb.subtree}
        if not words & needed:
            return findings, events
    pattern = f"verb:{lemma}"
    if cue.type == "killed" and verb.head.lemma_.lower() in ATTEMPT_VERBS:
        return findings, events  # "attempted to assassinate X": X was not killed
    if lemma == "operate" and verb.dep_ in ("acl", "relcl"):
        return findings, events  # "factions operating in P" describes, it does not locate a base

    if cue.event == "formation":
        named, body = _formed(view, verb)
        members = [a for a in subj if a.is_actor]
        if passive:  # "D was formed by A, B and C"
            members = [a for a in view.prep_objects(verb, ("by",)) if a.is_actor]
        kind = _formation_kind(verb)
        if kind == "member_of" and len(members) == 1 and _unit_object(verb):
            kind = "subunit_of"  # "A established a police unit called D": D is A's unit
        if named:
            context.last_formed = named[-1]
            context.formed.extend(named)
        if named and members:
            for body_arg in named:
                findings.extend(Finding(kind, body_arg, m, pattern + ":" + kind.split("_")[0], verb.i)
                                if kind in ("split_from", "subunit_of")
                                else Finding(kind, m, body_arg, pattern, verb.i)
                                for m in members if m is not body_arg)
            events.append(EventFinding("formation", (*members, *named), pattern, verb.i))
        elif body and len(members) >= 2:
            events.append(EventFinding("formation", tuple(members), pattern, verb.i))
        if (named or body) and cue.mutual and len(members) >= 2 and kind == "member_of" and not passive:
            findings.extend(Finding(cue.mutual, a, b, pattern + ":mutual", verb.i)
                            for a, b in pairs(members))
        return findings, events

    agents = view.prep_objects(verb, ("by",)) if passive else []
    if passive and "dobj" in cue.preps and (agents or cue.type == "killed"):
        sources: list[Arg | None] = list(agents) or [None]
        targets = subj
        if cue.type == "based_in":  # "Nearly all of Hasakah province is controlled by A"
            token = subject_token(verb)
            targets = view.places(token) if token is not None else []
    elif passive and "dobj" in cue.preps and not cue.mutual:
        return findings, events  # "B is backed" with no backer named
    else:
        sources = list(subj)
        if not sources and cue.type == "killed" and subject_token(verb) is not None:
            sources = [None]  # "the bombing killed X": a killing without a named killer
        preps = cue.preps
        if cue.type in COMBAT_TYPES and (view.prep_objects(verb, ("against",)) or _combat_purpose(verb)):
            # "with B against C" / "fought with B to take Mosul": B is a partner
            preps = tuple(p for p in preps if p != "with")  # "with B against C": B is a partner
            coagents.extend(view.prep_objects(verb, ("with",)))
        targets = view.prep_objects(verb, preps)
        if cue.type in COMBAT_TYPES:  # "thwarted an attack by B", "repelled a push by B"
            for child in verb.children:
                if child.dep_ == "dobj" and child.lemma_.lower() in HOSTILE_NOUNS:
                    targets += [a for a in view.prep_objects(child, ("by",)) if a.is_actor]
        if cue.type == "based_in":
            targets = [t for t in targets if t.is_place or t.label == "state"]
            for child in verb.children:  # "operates in the Assyrian areas of P"
                if child.dep_ == "prep" and child.lower_ in preps:
                    targets += [p for o in child.children if o.dep_ == "pobj" for p in view.places(o)]
                elif child.dep_ == "dobj" and "dobj" in preps:
                    targets += view.places(child)
            # "based in Saraqib in the Idlib Governorate in Syria": the first place is the base
            targets = list(dict.fromkeys(targets))[:1] or _where(view, verb)
    if lemma in ("merge", "fuse", "amalgamate") and not passive:
        moved = view.prep_objects(verb, ("dobj",))
        if moved:  # "officially merged A into B"
            sources = list(moved)
    if cue.type == "split_from" and sources and all(s is not None and s.is_person for s in sources):
        # "Masood Azhar splits from HuM to found JeM": the founded group split from HuM
        for child in verb.children:
            if child.dep_ in ("xcomp", "advcl", "conj") and child.lemma_.lower() in FOUNDING:
                founded = [a for a in view.prep_objects(child, ("dobj",)) if a.is_actor]
                findings.extend(Finding("split_from", f, t, f"{pattern}:founded", verb.i)
                                for f in founded for t in targets if f is not t)
    circular = {id(t) for t in targets} & {id(s) for s in sources if s is not None}
    if circular:  # "a channel linked to A and B": the slot resolved to its own object
        sources = [s for s in sources if s is None or id(s) not in circular]
    destination = DESTINATION_PREPS.get(lemma)
    if destination is not None and not passive:  # "X defected to B": X is now B's
        landed = [a for a in view.prep_objects(verb, (destination[0],)) if a.is_actor]
        findings.extend(Finding(destination[1], s, t, f"{pattern}:{destination[0]}", verb.i)
                        for s in sources if s is not None for t in landed if s is not t)
    if lemma in FLIPPED_VERBS:
        sources, targets = list(targets), [s for s in sources if s is not None]
    relation = cue.type
    if relation == "allied_with" and kind == "joint_operation":
        # "A cooperated with B to fight C": partners in an operation; B fights C as well
        relation = "joint_operation"
        for child in verb.children:
            if child.dep_ in ("xcomp", "advcl"):
                enemies = [a for a in view.prep_objects(child, ("dobj", "against")) if a.is_actor]
                findings.extend(Finding("fights", t, e, f"{pattern}:purpose", child.i)
                                for t in targets for e in enemies if t is not e)
    if lemma == "join" and not passive:
        for child in verb.children:  # "joined a coalition called D"
            if child.dep_ == "dobj" and view.arg(child) is None:
                targets = targets + named_object(view, child)
        sources = sources + [c for c in coagents if c.is_actor]  # "along with other groups"
    if lemma == "join" and any(c.dep_ == "dobj" and c.lower_ == "forces" for c in verb.children):
        # "A joined forces with B": partners, not members of B
        relation = "allied_with"
        targets = [a for a in view.prep_objects(verb, ("with",)) if a.is_actor]
        sources = [s for s in sources if s is not None and s.is_actor]
    if lemma == "join" and any(c.dep_ == "prep" and c.lower_ == "in" and any(
            o.dep_ == "pobj" and (o.lemma_.lower() in HOSTILE_NOUNS or o.lemma_.lower() in CLASH_NOUNS)
            for o in c.children) for c in verb.children):
        relation = "joint_operation"  # "joined B in clashes with C": fighting beside B
    if any(c.lower_ in RECIPROCALS for c in verb.subtree if c.dep_ in ("dobj", "pobj", "poss")) \
            or (not targets and cue.mutual and len(subj) >= 2 and lemma not in ("fight", "battle")
                and not any(c.dep_ == "dobj" for c in verb.children)):
        # "A and B fought" may be side by side; only "clashed" (or "each other") is A vs B
        if cue.mutual or (cue.type in COMBAT_TYPES and len(subj) >= 2):
            # "A and B attacked one another's members": attack has no mutual of its own
            mutual = kind if cue.mutual == "allied_with" else (cue.mutual or cue.type)
            findings.extend(Finding(mutual, a, b, pattern + ":mutual", verb.i) for a, b in pairs(subj))
            if cue.event == "clash" or lemma in ("fight", "battle"):
                events.append(EventFinding("clash", tuple(subj), pattern, verb.i))
    if len([a for a in subj if a.is_actor]) >= 2 and relation in COMBAT_TYPES and not passive \
            and not any(c.lower_ in RECIPROCALS for c in verb.subtree) \
            and (targets or any(c.dep_ == "dobj" for c in verb.children)):
        # "A and B crushed the attack": fighting side by side
        findings.extend(Finding("joint_operation", a, b, pattern + ":together", verb.i)
                        for a, b in pairs([a for a in subj if a.is_actor]))
    elif together and len(subj) >= 2 and targets and relation in COMBAT_TYPES:
        findings.extend(Finding("joint_operation", a, b, pattern + ":together", verb.i)
                        for a, b in pairs(subj))
    for source in sources:
        for target in targets:
            if source is not None and source is target:
                continue
            if relation == "killed" and target.is_actor:
                # killing a group's fighters is fighting the group
                if source is not None and source.is_actor:
                    findings.append(Finding("fights", source, target, pattern, verb.i))
                continue
            findings.append(Finding(relation, source, target, pattern, verb.i))
            if relation in COMBAT_TYPES:
                findings.extend(Finding(relation, c, target, pattern + ":coagent", verb.i)
                                for c in coagents if c is not target)
    if cue.event == "clash" and targets and sources:
        events.append(EventFinding("clash", (*[s for s in sources if s], *targets), pattern, verb.i))
    if cue.event == "death":
        victims = [t for t in targets if t.is_person]
        if victims:
            killers = [s for s in sources if s is not None]
            events.append(EventFinding("death", (*victims, *killers), pattern, verb.i))
    alongside = view.prep_objects(verb, ("alongside",))
    if any(c.lower_ == "alongside" and any(g.lower_ in RECIPROCALS for g in c.subtree) for c in verb.children):
        # "IMU and Taliban militants fight alongside one another"
        findings.extend(Finding("joint_operation", a, b, pattern + ":alongside", verb.i)
                        for a, b in pairs([s for s in sources if s is not None and s.is_actor]))
    kind = "joint_operation" if relation in COMBAT_TYPES else "allied_with"
    findings.extend(_coagent_findings([s for s in sources if s], [*coagents, *alongside], kind, verb))
    return findings, events


# Subject nouns that make a formation a split: "members of A formed B" -> B split from A.
SPLITTING_SUBJECTS = frozenset({"member", "faction", "fighter", "leader", "commander", "remnant",
                                "dissident", "defector", "wing", "some", "several", "many",
                                # "formed by rebels from A", "veterans of A founded B": people who
                                # leave A to found B take part of A with them
                                "rebel", "veteran", "cadre", "militant", "splinter"})


def _formation_kind(verb: Token) -> str:
    """member_of for "A, B and C formed D"; merged_into after "merged to form D"; split_from
    when the formers are members of a group ("members of A split to form D")."""
    head = verb.head if verb.dep_ in ("xcomp", "advcl", "conj") else None
    if head is not None and head.lemma_.lower() in ("merge", "amalgamate", "fuse", "unite"):
        return "merged_into"
    token = subject_token(verb)
    if is_passive(verb):  # "B was formed by rebels from A": the agent are the formers
        token = next((o for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                      for o in c.children if o.dep_ == "pobj"), None)
    if token is not None and token.lemma_.lower() in SPLITTING_SUBJECTS and any(
            c.dep_ == "prep" and c.lower_ in ("of", "from") for c in token.children):
        return "split_from"  # "members of A formed B"; not "factions including A formed B"
    if head is not None and head.lemma_.lower() in ("split", "break", "splinter", "defect", "leave"):
        return "split_from"
    return "member_of"


def _coagent_findings(subj: list[Arg], coagents: list[Arg], kind: str, verb: Token) -> list[Finding]:
    return [Finding(kind, s, c, f"coagent:{verb.lemma_.lower()}", verb.i)
            for s in subj for c in dict.fromkeys(coagents) if s is not c and s.is_actor and c.is_actor]


# Formed nouns that make the formed body a unit of its single former.
UNIT_OBJECTS = frozenset({"unit", "wing", "brigade", "battalion", "branch", "force", "division",
                          "regiment", "cell", "company", "corps"})


def _unit_object(verb: Token) -> bool:
    """Whether a formation verb's object noun is a unit ("established a police unit called D")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in UNIT_OBJECTS for c in verb.children)


FOUNDING = frozenset({"found", "form", "create", "establish", "launch", "start"})


def _combat_purpose(verb: Token) -> bool:
    """Whether a verb's purpose clause is a combat or capture ("worked together to capture P")."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "advcl") and (
                child.lemma_.lower() in CAPTURE_VERBS
                or (child.lemma_.lower() in VERBS and VERBS[child.lemma_.lower()].type in COMBAT_TYPES)):
            return True
    return False


def _where(view: SentenceView, verb: Token) -> list[Arg]:
    """The place of "the town where X was based": the noun the ``where`` clause modifies."""
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        return [a for a in view.group(verb.head) if a.is_place]
    return []


def verbal(view: SentenceView, context: Context) -> tuple[list[Finding], list[EventFinding]]:
    """Every verbal finding of a sentence."""
    findings: list[Finding] = []
    events: list[EventFinding] = []
    for token in view.doc:
        if token.pos_ in ("VERB", "AUX") or (token.tag_.startswith("VB")):
            f, e = verb_findings(view, token, context)
            findings.extend(f)
            events.extend(e)
    return findings, events
