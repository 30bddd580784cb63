"""Verbal patterns over the masked parse: "A allied with B", "B is backed by A", "A, B and C formed D".

Each trigger verb finds its logical source (subject, or ``by``-agent when passive) and its
targets (object or the prepositions its cue lists); coordination distributes both sides.
The nominal, appositive, copular and leader patterns live in ``nominal.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from factionmap.relate.candidates import Arg
from factionmap.relate.factions import FactionOwner
from factionmap.relate.lineage import (
    FOUNDING,
    SPLIT_VERBS,
    formation,
    formed_bodies,
    merged_splinters,
    named_object,
)
from factionmap.relate.partakers import OwnedAct
from factionmap.relate.relationships import OpenRelationship
from factionmap.relate.syntax import (
    EventFinding,
    Finding,
    SentenceView,
    Token,
    breakaway_owners,
    is_passive,
    pairs,
    subject_token,
    subjects,
)
from factionmap.relate.triggers import (
    ADJECTIVE_CUES,
    CAPTURE_VERBS,
    COPULAS,
    DESTINATION_PREPS,
    DISSOLVE_VERBS,
    FIGHT_PREPS,
    FLIPPED_VERBS,
    HOSTED_OBJECTS,
    HOSTILE_NOUNS,
    NEEDS_OBJECT,
    SPEECH_VERBS,
    TOGETHER_WORDS,
    VERBS,
)

# Combat cues: co-agents of these verbs operate jointly (joint_operation, not allied_with).
COMBAT_TYPES = frozenset({"fights"})
# Nouns of fighting that "joined B in ..." can take besides hostile acts.
CLASH_NOUNS = frozenset({"clash", "clashes", "fighting", "battle", "battles", "fight", "combat"})
# Verbs of trying: a killing they govern did not (yet) happen.
ATTEMPT_VERBS = frozenset({"attempt", "try", "plot", "seek", "fail", "plan"})
# Verbs of dying (death event without a relation).
DEATH_VERBS = frozenset({"die"})
# A group's men in the field: joining them is fighting beside them.
FIELD_CARRIERS = frozenset({"fighter", "troop", "force", "soldier", "militant", "rebel", "gunman",
                            "combatant", "militiaman", "unit"})
# Nouns of time that "over" spans rather than contests: "fought over the weekend".
TIME_NOUNS = frozenset({"weekend", "day", "week", "month", "year", "night", "period", "past",
                        "course", "time", "hour", "decade", "summer", "winter", "spring", "autumn"})
# Nouns of command that subordinate whoever acts under them: "operated under AQ orders".
ORDER_NOUNS = frozenset({"order", "orders", "command", "direction", "instruction", "instructions",
                         "authority", "guidance"})
# Reciprocal objects: "A and B fought each other", "worked closely with one another".
RECIPROCALS = frozenset({"other", "another"})
# Nouns of holding a place: "wrested the city from IMK control", "from the hands of B".
HOLDING_NOUNS = frozenset({"control", "hand", "hands", "grip", "rule", "occupation"})
# Combat verbs that also mean a verbal attack when a reason follows: "attacked B for
# relinquishing the fight" is criticism, not combat.
REPROACHING = frozenset({"attack", "target", "slam"})
# Objects of "fought / battled" that make it a contest between the subjects: "A and B battled
# for local control", "fought over the town"; "A and B fought for independence" is side by side.
CONTESTED = frozenset({"control", "dominance", "supremacy", "territory", "influence", "power",
                       "leadership", "turf"})


@dataclass(slots=True)
class Context:
    """What a document has said so far that later sentences point back to."""

    last_formed: Arg | None = None
    formed: list[Arg] = field(default_factory=list)
    # how the last body was formed: "Four groups merged to form D. The four groups were A, B,
    # C and D" makes each merged into D, not a member
    last_formed_kind: str = "member_of"
    # who led what, for successions: "He was succeeded by X" (the last leader named) and
    # "Y succeeded X" (X's group)
    led: dict[tuple[str, ...], Arg] = field(default_factory=dict)
    last_led: tuple[Arg, Arg] | None = None
    # named units and whose they are: "members of the mid-Ulster brigade of A" lets a later
    # "the mid-Ulster brigade members formed D" say whose members they were (lineage.py)
    units: dict[str, list[Arg]] = field(default_factory=dict)
    # a relationship named without a firm kind, which the next sentence may type ("The A and B
    # relationship fluctuates ... However, the net result is an affiliation")
    open_relationship: OpenRelationship | None = None
    # the one group the factions of the passage so far belong to ("two factions arose within A")
    faction_owner: FactionOwner | None = None
    # the one group whose act the last sentence named ("A claimed responsibility for the bombing")
    last_act: OwnedAct | None = None


# Quantifiers that make a group's people only part of it: "some members of A joined B".
PARTIAL_WORDS = frozenset({"some", "several", "many", "few", "former", "dozens", "hundreds",
                           "thousands", "scores", "most", "part", "one"})
# Objects of "join" that make the "with B" a partner: "joined forces / hands with B".
JOINED_WITH = frozenset({"forces", "hands"})
# A group's people, as opposed to its units ("several factions joined D" is whole groups).
GROUP_PEOPLE = frozenset({"member", "fighter", "militant", "soldier", "commander", "leader",
                          "cadre", "jihadist", "rebel", "official", "operative"})
# Participles by which a place is said to be held: "the town, controlled by B".
HOLDING_VERBS = frozenset({"control", "hold", "occupy", "run", "defend", "besiege"})
# Acts one joins someone in ("joined B in this one", "in the fighting").
JOINED_ACTS = frozenset({"one", "fighting", "clash", "battle", "effort", "offensive", "operation",
                         "assault", "fight", "war", "attack", "push", "counteroffensive"})
# What is handed over rather than taken by force: "took over the security of P from B".
HANDOVER_OBJECTS = frozenset({"security", "responsibility", "duty", "duties", "administration",
                              "management", "governance", "policing"})
# Helping someone out of detention: "helped four members of C escape from prison".
HELP_VERBS = frozenset({"help", "assist"})
ESCAPE_VERBS = frozenset({"escape", "flee", "break"})
# Places of detention: freeing men "from prison" frees them, it takes nothing from their group.
DETENTION_NOUNS = frozenset({"prison", "jail", "gaol", "detention", "custody", "captivity", "prisons",
                             "jails"})
# Verbs whose subject is the losing party: in the passive the subject is the thing lost.
LOSER_SUBJECT_VERBS = frozenset({"lose"})


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
    subject_tokens = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    inherited = subject_token(verb) if not subject_tokens else None
    if inherited is not None and inherited.head != verb:
        # "A, in collaboration with B, took advantage ... and invaded P": the subject the
        # coordinated verb shares brings its partners along
        subject_tokens.append(inherited)
    if verb.dep_ == "conj" and not passive and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "A, in collaboration with B, took advantage ... and invaded P" (not "A fights
        # alongside B and is attacked by C": the passive's subject is acted on, with no partner)
        subject_tokens.append(verb.head)
    for token in subject_tokens:
        coagents.extend(view.coagents(token))

    findings.extend(_subordination(view, verb, subj))
    findings.extend(_predicate_adjectives(view, verb, subj))
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
        losers = [a for a in view.prep_objects(verb, ("from",)) if a.is_actor] + holders(view, verb)
        for child in verb.children:  # "recaptured the village of P from B": "from" on the object
            if child.dep_ == "dobj":
                losers += [a for a in view.prep_objects(child, ("from",)) if a.is_actor]
                losers += holders(view, child) + held_by(view, child)
            if child.dep_ == "dobj" and child.lower_ in NEEDS_OBJECT.get(lemma, ()):
                losers = []  # "takes orders from B": subordination, read below, not a capture
            if child.dep_ == "dobj" and child.lemma_.lower() in HANDOVER_OBJECTS:
                losers = []  # "taking over the security of Manbij from the YPG": a handover
        findings.extend(Finding("fights", a, b, f"verb:{lemma}:from", verb.i)
                        for a in agents for b in losers if a is not b)
        if not places and _from_detention(verb):
            # "freed four members of B from prison": the men are set free, B is not fought;
            # freeing them together is one operation
            findings.extend(Finding("joint_operation", a, b, f"verb:{lemma}:together", verb.i)
                            for a, b in pairs(agents))
            return findings, events
        if not places:  # "to capture fighters of B": taking B's men is fighting B
            captives = [a for c in verb.children if c.dep_ == "dobj" for a in view.group(c) if a.is_actor]
            # "took control of the 17th Division headquarters": a group's base or men, not the
            # group itself ("took control of B" may be a takeover from within)
            captives += [a for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "control"
                         for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "over")
                         for o in p.children if o.dep_ == "pobj" and view.arg(o) is None
                         for a in view.group(o) if a.is_actor and a not in captives]
            findings.extend(Finding("fights", a, b, f"verb:{lemma}:captives", verb.i)
                            for a in agents for b in captives if a is not b)
            if captives:  # "A and B overtook a government air base": taken together
                findings.extend(Finding("joint_operation", a, b, f"verb:{lemma}:together", verb.i)
                                for a, b in pairs([a for a in agents if a not in captives]))
        if places or lemma not in VERBS:
            if not places:  # "A, in collaboration with B, stormed the building": partners still
                findings.extend(_coagent_findings(subj, coagents, _kind(verb), verb))
            return findings, events
        # "stormed government positions": no place taken, read it as the combat verb it also is

    if lemma in HELP_VERBS and not passive and any(
            c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in ESCAPE_VERBS and _from_detention(c)
            for c in verb.children):
        # "Militants belonging to A and B helped four members of C escape from prison": one
        # jailbreak, done together (as "A and B freed the men from prison" is)
        findings.extend(Finding("joint_operation", a, b, f"verb:{lemma}:escape", verb.i)
                        for a, b in pairs([a for a in subj if a.is_actor]))
    cue = VERBS.get(lemma)
    hostile_object = any(c.dep_ == "dobj" and c.lemma_.lower() in HOSTILE_NOUNS for c in verb.children)
    kind = _kind(verb)
    needed = NEEDS_OBJECT.get(lemma)
    if cue is None or needed is not None and not needed & (
            {t.lower_ for t in verb.subtree} | {t.lemma_.lower() for t in verb.subtree}):
        # Any verb with a co-agent or a "together" cue states cooperation between its actors
        # (also a cue verb without the object its cue needs: "A, in collaboration with B, took
        # advantage of the chaos" is no "took orders from B", but the partnership stands).
        if coagents and subj:
            findings.extend(_coagent_findings(subj, coagents, kind, verb))
        if together and len([a for a in subj if a.is_actor]) >= 2:
            findings.extend(Finding(kind, a, b, "verb:together", verb.i)
                            for a, b in pairs([a for a in subj if a.is_actor]))
        return findings, events
    pattern = f"verb:{lemma}"
    if lemma in LOSER_SUBJECT_VERBS and passive:
        return findings, events  # "a day after it was lost to government forces": no loser named
    if cue.type == "member_of" and cue.event != "formation" and _part_of_a_group(verb):
        # "some members of A joined B": the members did, not A ("some of its members formed D"
        # is a split, which the formation reads)
        return findings, events
    if cue.type == "killed" and verb.head.lemma_.lower() in ATTEMPT_VERBS:
        return findings, events  # "attempted to assassinate X": X was not killed
    if lemma == "operate" and verb.dep_ in ("acl", "relcl"):
        return findings, events  # "factions operating in P" describes, it does not locate a base

    if cue.event == "formation":
        formed, formed_events = formation(view, verb, cue, subj, context)
        return findings + formed, events + formed_events

    agents = view.prep_objects(verb, ("by",)) if passive else []
    if passive and not agents and (cue.type in COMBAT_TYPES or cue.type == "killed"):
        agents = _act_agents(view, verb)  # "B members were killed in the shelling of the army"
    relation_override = None
    flipped_already = False
    sources: list[Arg | None]
    if lemma in SPLIT_VERBS and passive and not agents:
        # "A was expelled from B", "was ousted from the BIFF": separated from the group it was in
        relation_override = "split_from"
        sources, targets = list(subj), [a for a in view.prep_objects(verb, ("from",)) if a.is_actor]
    elif lemma in FLIPPED_VERBS and passive and not agents and view.prep_objects(verb, ("into",)):
        # "A was absorbed into B": no absorber named, the group it went into is
        sources, targets = list(subj), [a for a in view.prep_objects(verb, ("into",)) if a.is_actor]
        flipped_already = True
    elif passive and "dobj" in cue.preps and (agents or cue.type == "killed"):
        sources = list(agents) or [None]
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
        if cue.type in COMBAT_TYPES:
            targets += [a for a in _combat_targets(view, verb, preps, bool(targets))
                        if a not in targets]
        if cue.type == "based_in":
            targets = [t for t in targets if t.is_place or t.label == "state"]
            for child in verb.children:  # "operates in the Assyrian areas of P"
                if child.dep_ == "prep" and child.lower_ in preps:
                    targets += [p for o in child.children if o.dep_ == "pobj" for p in view.places(o)]
                elif child.dep_ == "dobj" and "dobj" in preps:
                    targets += view.places(child)
            # "based in Saraqib in the Idlib Governorate in Syria": the first place is the base
            targets = list(dict.fromkeys(targets))[:1] or _where(view, verb)
            nearer = _object_before(view, verb)
            if nearer is not None:  # "A merged with B to form D, initially based in P": D is
                sources = [nearer]
    if cue.type == "merged_into":  # "merged together into a new organization called D"
        targets = targets + [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"
                             for o in c.children if o.dep_ == "pobj" and view.arg(o) is None
                             for a in named_object(view, o)]
    if needed is not None and not targets:
        # "has sworn a loyalty oath to B", "takes orders from B": the other party hangs on the
        # noun the verb needs
        targets = [a for c in verb.children if c.dep_ == "dobj" and c.lower_ in needed
                   for a in view.prep_objects(c, cue.preps) if a.is_actor]
    if cue.type == "merged_into":
        # "merged with / into a PLO splinter group": a splinter of the PLO, not the PLO
        parents = [a for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "into")
                   for o in c.children if o.dep_ == "pobj" for a in breakaway_owners(view, o)]
        targets = [t for t in targets if t not in parents]
    if lemma in ("merge", "fuse", "amalgamate") and not passive:
        moved = view.prep_objects(verb, ("dobj",))
        if any(c.dep_ == "dobj" and any(k.dep_ == "poss" and k.lower_ == "their" for k in c.children)
               for c in verb.children) and len([a for a in subj if a.is_actor]) >= 2:
            moved = [a for a in subj if a.is_actor]  # "the leaders of A, B and C merged their groups into D"
        if moved:  # "officially merged A into B"
            sources = list(moved)
        for child in verb.children:
            if child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() in FOUNDING:
                # "A merged with B to form D": B is a co-party, both merged into D (the formation
                # verb gives A's edge)
                # ("merged with an A splinter group to form D": a splinter of A merged, not A)
                splinters = [r for _, r in merged_splinters(view, child)]
                partners = [a for a in view.prep_objects(verb, ("with",)) if a.is_actor
                            and all(a is not r for r in splinters)]
                bodies = [b for b in formed_bodies(view, child)[0] if b not in partners]
                targets = [t for t in targets if all(t is not r for r in splinters)]
                targets = [t for t in targets if t not in partners]
                findings.extend(Finding("merged_into", p, b, f"{pattern}:with", verb.i)
                                for p in partners for b in bodies if p is not b)
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
    if lemma in FLIPPED_VERBS and not flipped_already:
        sources, targets = list(targets), [s for s in sources if s is not None]
    if lemma == "host" and not any(c.dep_ == "dobj" and (view.arg(c) or c.lemma_.lower() in HOSTED_OBJECTS)
                                   for c in verb.children):
        targets = []  # "hosted talks between A and B": hosting a meeting is no support
    relation = relation_override or cue.type
    if relation == "member_of" and lemma == "join" and _joined_in_an_act(verb):
        relation, pattern = "joint_operation", pattern + ":in-act"  # "A joined B in the attack"
    if lemma in REPROACHING and relation == "fights" and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" for g in c.children)
            for c in verb.children):
        relation, pattern = "condemns", pattern + ":for"  # "attacked B for relinquishing the fight"
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
        if relation == "member_of" and _ceased(verb):
            relation, pattern = "merged_into", pattern + ":ceased"
    if lemma == "join" and any(c.dep_ == "dobj" and c.lower_ in JOINED_WITH for c in verb.children):
        # "A joined forces with B", "A joined hands with B": partners, not members of B
        relation = "allied_with"
        targets = [a for a in view.prep_objects(verb, ("with",)) if a.is_actor]
        sources = [s for s in sources if s is not None and s.is_actor]
    if lemma == "join" and any(c.dep_ == "prep" and c.lower_ == "in" and any(
            o.dep_ == "pobj" and (o.lemma_.lower() in HOSTILE_NOUNS or o.lemma_.lower() in CLASH_NOUNS)
            for o in c.children) for c in verb.children):
        relation = "joint_operation"  # "joined B in clashes with C": fighting beside B
    if lemma == "join" and any(c.dep_ == "dobj" and c.lemma_.lower() in FIELD_CARRIERS and view.group(c)
                               for c in verb.children):  # not the idiom "joined forces with B"
        # "PKK fighters joined KDP peshmerga fighters fighting IS": joining a group's men in the
        # field is fighting beside them, not membership (joining the group itself is); whom
        # they were fighting, the joiners fight too
        relation = "joint_operation"
        enemies = [a for c in verb.children if c.dep_ == "dobj" for acl in c.children
                   if acl.dep_ == "acl" and VERBS.get(acl.lemma_.lower(), cue).type in COMBAT_TYPES
                   for a in view.prep_objects(acl, FIGHT_PREPS) if a.is_actor]
        findings.extend(Finding("fights", s, e, f"{pattern}:beside", verb.i)
                        for s in sources if s is not None for e in enemies if s is not e)
    reciprocal = _reciprocal(verb)
    if reciprocal or (not targets and cue.mutual and len(subj) >= 2
                      and (lemma not in ("fight", "battle") or _contested(verb))
                      and not (cue.mutual == "merged_into" and _names_merger_body(view, verb, subj))
                      and (not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")
                                   for c in verb.children) or hostile_object)):
        # "A and B fought" may be side by side; only "clashed" (or "each other") is A vs B
        if cue.mutual or (cue.type in COMBAT_TYPES and len(subj) >= 2):
            # "A and B attacked one another's members": attack has no mutual of its own
            mutual = kind if cue.mutual == "allied_with" else (cue.mutual or cue.type)
            findings.extend(Finding(mutual, a, b, pattern + ":mutual", verb.i) for a, b in pairs(subj))
            if cue.event == "clash" or lemma in ("fight", "battle"):
                events.append(EventFinding("clash", tuple(subj), pattern, verb.i))
    if len([a for a in subj if a.is_actor]) >= 2 and relation in COMBAT_TYPES and not passive \
            and not reciprocal \
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


def _from_detention(verb: Token) -> bool:
    """Whether a verb's "from" names a place of detention ("escape from prison")."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in DETENTION_NOUNS for o in c.children) for c in verb.children)


def _kind(verb: Token) -> str:
    """What partners of a verb share: an operation when it is aimed at someone ("to fight C",
    "launched an attack", "against C"), else a cooperation."""
    hostile_object = any(c.dep_ == "dobj" and c.lemma_.lower() in HOSTILE_NOUNS for c in verb.children)
    return "joint_operation" if _combat_purpose(verb) or hostile_object or any(
        c.dep_ == "prep" and c.lower_ == "against" for c in verb.children) else "allied_with"


def _coagent_findings(subj: list[Arg], coagents: list[Arg], kind: str, verb: Token) -> list[Finding]:
    return [Finding(kind, s, c, f"coagent:{verb.lemma_.lower()}", verb.i)
            for s in subj for c in dict.fromkeys(coagents) if s is not c and s.is_actor and c.is_actor]


def _joined_in_an_act(verb: Token) -> bool:
    """ "Ansar al-Din joined Nusra in this one", "joined B in the offensive on P": joining
    someone in an act is fighting beside them, not becoming their member."""
    return any(o.lemma_.lower() in JOINED_ACTS or o.lemma_.lower() in HOSTILE_NOUNS
               for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
               for o in p.children if o.dep_ == "pobj")


def _part_of_a_group(verb: Token) -> bool:
    """Whether a verb's subject is part of a group's people ("some members of A", "some of
    its members", "several A fighters"): what they join, A does not."""
    token = subject_token(verb)
    if token is None or verb.dep_ in ("acl", "relcl"):
        return False
    if token.lower_ in PARTIAL_WORDS:  # "some of its members"
        return any(o.lemma_.lower() in GROUP_PEOPLE for p in token.children
                   if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    return token.lemma_.lower() in GROUP_PEOPLE and any(
        c.lower_ in PARTIAL_WORDS for c in token.children
        if c.dep_ in ("det", "amod", "nummod", "quantmod"))


# Verbs by which a joiner ends as a group of its own: "joined B and ceased to exist as a
# separate organization", "joined B and dissolved itself".
ENDING_VERBS = frozenset({"cease", "dissolve", "disband"})


def _ceased(verb: Token) -> bool:
    """Whether a joining verb is coordinated with the joiner's end ("... and ceased to exist")."""
    return any(c.dep_ in ("conj", "advcl") and c.lemma_.lower() in ENDING_VERBS
               and (c.lemma_.lower() != "cease" or any(
                   x.dep_ in ("xcomp", "dobj") and x.lemma_.lower() in ("exist", "be", "existence")
                   for x in c.children))
               for c in verb.children)


# Acts in which a passive victim was hit, naming who did it: "killed in the shelling of the army",
# "targeted in the joint combat flights of the Syrian and Russian jets".
AGENT_ACTS = HOSTILE_NOUNS | frozenset({"flight", "flights", "sortie", "sorties", "fire", "missile",
                                        "missiles", "barrage"})


def _act_agents(view: SentenceView, verb: Token) -> list[Arg]:
    """Who carried out the act a passive victim was hit "in" or "during"."""
    found: list[Arg] = []
    for v in (verb, *verb.conjuncts):  # "were killed or wounded in the shelling of B"
        for prep in v.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "by"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for noun in (obj, *obj.conjuncts):
                    if noun.lemma_.lower() not in AGENT_ACTS and noun.lower_ not in AGENT_ACTS:
                        continue
                    found += [a for a in view.prep_objects(noun, ("of", "by")) if a.is_actor]
                    # "in the army's shelling", "killed in an AQI suicide bombing": the doer
                    # modifies the act
                    found += [a for c in noun.children if c.dep_ in ("poss", "compound")
                              for a in view.resolve(c) if a.is_actor]
                    # "of the Syrian and Russian fighter jets": the nations that fly them
                    found += [a for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "by")
                              for o in p.children if o.dep_ == "pobj" and view.arg(o) is None
                              for c in o.children if c.dep_ in ("nmod", "amod", "compound")
                              for t in (c, *c.conjuncts) for a in [view.arg(t)]
                              if a is not None and a.is_actor]
    return list(dict.fromkeys(found))


def _object_before(view: SentenceView, verb: Token) -> Arg | None:
    """The group object a subjectless participle clause set off after it describes ("to form
    D, initially based in P"), when the parser hung the participle on the main verb."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return None
    objects = [view.arg(t) for t in verb.head.subtree if t.i < verb.i and t.dep_ == "dobj"]
    found = [a for a in objects if a is not None and a.is_actor]
    return found[-1] if found else None


# Prepositions that locate a combat act at a place whose holder it then hits.
PLACE_PREPS = frozenset({"near", "in", "around", "outside", "at"})


def _combat_targets(view: SentenceView, verb: Token, preps: tuple[str, ...],
                    named: bool) -> list[Arg]:
    """Further enemies of a combat verb besides its object (``named``: it has one)."""
    found: list[Arg] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            # "fought against the CMA, including the HCUA": fighting a body is fighting the
            # groups it is said to include (membership is not distributed this way)
            found += [a for o in child.children if o.dep_ == "pobj"
                      for a in view.prep_objects(o, ("including",)) if a.is_actor]
            # "fired on positions held by B"
            found += [a for o in child.children if o.dep_ == "pobj" for a in held_by(view, o)]
        elif child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
            # "attacked the town near the border, controlled by B", "shelled villages in the
            # district held by B": the place the act is located in is B's
            found += [a for o in child.children if o.dep_ == "pobj" for a in held_by(view, o)]
        elif child.dep_ == "dobj":
            found += held_by(view, child)  # "attacked the town of P, controlled by B"
            if child.lemma_.lower() in HOSTILE_NOUNS:  # "repelled a push by B"
                found += [a for a in view.prep_objects(child, ("by",)) if a.is_actor]
    if named:  # ", including the HCUA," set off after the object hangs on the verb
        found += [a for a in view.prep_objects(verb, ("including",)) if a.is_actor]
    return list(dict.fromkeys(found))


def held_by(view: SentenceView, obj: Token) -> list[Arg]:
    """The holder of a place object: "the town of Beledweyne, controlled by Hizbul Islam",
    "villages held by IS", "locations in western districts of the city that are held by B"."""
    nouns = [obj]
    for noun in nouns:  # down "of"/"in" phrases naming where the object lies
        if len(nouns) < 4:
            nouns += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                      for o in p.children if o.dep_ == "pobj"]
    return [a for noun in nouns for child in noun.children
            if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in HOLDING_VERBS
            for a in view.prep_objects(child, ("by",)) if a.is_actor]


def holders(view: SentenceView, token: Token) -> list[Arg]:
    """The holder named by "from B's control", "from IMK control", "from the hands of B"."""
    found: list[Arg] = []
    for child in token.children:
        if child.dep_ != "prep" or child.lower_ != "from":
            continue
        for obj in child.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in HOLDING_NOUNS:
                found += [a for c in obj.children if c.dep_ in ("poss", "compound", "nmod")
                          for a in view.group(c) if a.is_actor]
                found += [a for a in view.prep_objects(obj, ("of",)) if a.is_actor]
    return found


def _predicate_adjectives(view: SentenceView, verb: Token, subj: list[Arg]) -> list[Finding]:
    """ "A has been active against B", "A remains loyal to B", "A is opposed to B"."""
    found: list[Finding] = []
    lemma = verb.lemma_.lower()
    cues = [(c, ADJECTIVE_CUES[c.lower_]) for c in verb.children
            if c.dep_ == "acomp" and c.lower_ in ADJECTIVE_CUES and lemma in COPULAS]
    if verb.lower_ in ADJECTIVE_CUES and is_passive(verb):  # "is opposed to B": a passive parse
        cues.append((verb, ADJECTIVE_CUES[verb.lower_]))
    for token, (rtype, preps) in cues:
        targets = [a for a in view.prep_objects(token, preps) if a.is_actor]
        found += [Finding(rtype, s, t, f"verb:{token.lower_}", token.i)
                  for s in subj if s.is_actor for t in targets if s is not t]
    return found


def _subordination(view: SentenceView, verb: Token, subj: list[Arg]) -> list[Finding]:
    """ "A operated under AQ orders", "acted under the command of B": A answers to B."""
    owners: list[Arg] = []
    # "operated to a certain extent under AQ orders": the parser may hang it on the phrase before
    preps = [*verb.children, *[g for c in verb.children if c.dep_ == "prep" for o in c.children
                               if o.dep_ == "pobj" and view.arg(o) is None for g in o.children]]
    for child in preps:
        if child.dep_ != "prep" or child.lower_ != "under":
            continue
        for obj in child.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in ORDER_NOUNS:
                owners += [a for c in obj.children if c.dep_ in ("poss", "compound", "nmod")
                           for a in view.group(c) if a.is_actor]
                owners += [a for a in view.prep_objects(obj, ("of", "from")) if a.is_actor]
    return [Finding("affiliated_with", s, o, "verb:under-orders", verb.i)
            for s in subj if s.is_actor for o in owners if s is not o]


def _names_merger_body(view: SentenceView, verb: Token, subj: list[Arg]) -> bool:
    """Whether a merger verb's clause names a group besides the merging ones: "A and B merged to
    form C", "merged under the name of C" give A->C and B->C (read elsewhere), not A->B."""
    own = {a.ids for a in subj}
    return any(a.is_actor and a.ids not in own
               for t in verb.subtree if (a := view.arg(t)) is not None)


def _reciprocal(verb: Token) -> bool:
    """Whether a verb's objects include "each other" or "one another"."""
    return any(t.lower_ in RECIPROCALS and (t.dep_ in ("dobj", "pobj", "poss")
                                            or t.head.dep_ in ("dobj", "pobj", "poss"))
               for t in verb.subtree)


def _contested(verb: Token) -> bool:
    """Whether "fought / battled" names what the subjects contested ("for control", "over P")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "over" and any(
                o.dep_ == "pobj" and o.lemma_.lower() not in TIME_NOUNS for o in child.children):
            return True  # "fought over the town", not "fought over the weekend"
        if child.dep_ == "prep" and child.lower_ == "for" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in CONTESTED for o in child.children):
            return True
    return False


def _combat_purpose(verb: Token) -> bool:
    """Whether a verb's purpose clause is a combat or capture ("worked together to capture P")."""
    clauses = [*verb.children, *[g for c in verb.children if c.dep_ == "prep" for o in c.children
                                 if o.lower_ in RECIPROCALS | {"one"} for g in o.children]]
    for child in clauses:  # "worked with one another to capture P" hangs the purpose on "one"
        if child.dep_ in ("xcomp", "advcl", "relcl") and (
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
            tried = _attempted(token)
            if tried is not None:  # "attempted to work with B": the partnership was not made
                f = [replace(x, forced=tried) if x.type in COOPERATIVE_TYPES and x.forced is None else x
                     for x in f]
            denied = _denied_restatement(token)
            if denied:  # "have cooperated (not aligned)": the writer denies that very tie
                f = [replace(x, forced="negated") if x.type in denied else x for x in f]
            findings.extend(f)
            events.extend(e)
    return findings, events


# Ties that an attempt does not make: "unsuccessfully attempted to work with the GIA" is no
# alliance. An attempt at a hostile act is still hostility ("tried to take the town from B").
COOPERATIVE_TYPES = frozenset({"allied_with", "joint_operation", "member_of", "merged_into",
                               "pledged_allegiance_to", "affiliated_with", "supports"})
# Adverbs that say an attempt failed.
FAILED_WORDS = frozenset({"unsuccessfully", "vainly", "fruitlessly"})


def _denied_restatement(verb: Token) -> frozenset[str]:
    """Types a negated verb attached to ``verb`` denies: "cooperated (not aligned)" -> allied_with."""
    return frozenset(VERBS[c.lemma_.lower()].type for c in verb.children
                     if c.lemma_.lower() in VERBS and c.pos_ == "VERB" and c.dep_ not in ("conj", "advcl", "xcomp",
                                                                                         "ccomp", "relcl")
                     and any(g.dep_ == "neg" for g in c.children))


def _attempted(verb: Token) -> str | None:
    """ "negated" for "unsuccessfully attempted to V", "planned" for "attempted to V", else None."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in ("attempt", "try", "seek"):
        return None
    return "negated" if any(c.lower_ in FAILED_WORDS for c in head.children) else "planned"
