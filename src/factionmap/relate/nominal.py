"""Nominal, appositive, relative and copular patterns over the masked parse.

"an alliance between A and B", "A, an official branch of B", "A is a rival of B",
"The three organizations are A, B and C", "notably absent is A". Roles and bases live in
``nominal_roles.py``, deeds and mergers named by nouns in ``nominal_acts.py``, partitives,
generic heads, relationship nouns and comma-less appositions in ``nominal_phrases.py``.
"""

from __future__ import annotations

from factionmap.relate.candidates import Arg
from factionmap.relate.dependency import Context
from factionmap.relate.nominal_acts import (
    TARGET_PLACE_NOUNS,
    merger_of_findings,
    owned_place_targets,
    responsible_party,
)
from factionmap.relate.nominal_phrases import (
    EXTRA_HOSTILE_NOUNS,
    EXTRA_LIGHT_VERBS,
    NOUN_CUES,
    OWN_LIST_NOUNS,
    negated_by_determiner,
    owner_pairs,
    partitive_findings,
    pass_through_head,
    pronoun_owner,
    relationship_cue,
    sequence_findings,
)
from factionmap.relate.nominal_roles import base_findings, leader_findings
from factionmap.relate.syntax import Finding, SentenceView, Token, pairs, subject_token, subjects
from factionmap.relate.triggers import (
    ABSENT_WORDS,
    BASE_NOUNS,
    HOSTILE_NOUNS,
    ISSUING_VERBS,
    JOINT_NOUNS,
    KILLING_NOUNS,
    LEADER_NOUNS,
    LIGHT_VERBS,
    LIST_NOUNS,
    MODIFIER_CUES,
    RECEIVE_VERBS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
    TOGETHER_WORDS,
    NounCue,
)
from factionmap.types import SYMMETRIC_RELATION_TYPES

# Verbs that lend their subject to a relational noun object (``triggers.py`` and ours).
LIGHT = LIGHT_VERBS | EXTRA_LIGHT_VERBS
# Hostile acts named by a noun (``triggers.py`` and ours).
HOSTILE = HOSTILE_NOUNS | EXTRA_HOSTILE_NOUNS
# Nouns of a body whose listed parties are its members.
BODY_NOUNS = frozenset({"alliance", "coalition", "room", "council", "umbrella", "front",
                        "federation", "union", "bloc", "grouping"})
# Verbs by which actors take part in an operation together: "the groups involved in the battle".
PARTAKING_VERBS = frozenset({"involve", "participate", "engage", "take", "join"})
# Nouns of quantity that pass their holder through: "a series of airstrikes", "a wave of attacks".
QUANTITY_NOUNS = frozenset({"series", "wave", "number", "string", "spate", "barrage", "round",
                            "set", "campaign"})
# Prepositions by which a hostile act names its target: "an attack on B", "war against B".
HOSTILE_PREPS = ("on", "against")
# Verbs that list the members of their subject: "D comprises A, B and C".
MEMBERSHIP_VERBS = frozenset({"include", "comprise", "consist", "encompass", "incorporate",
                              "gather", "unite", "contain", "involve"})
# Nouns of a group's leading body: "the leadership of D includes X and Y" names D's leaders.
LEADERSHIP_NOUNS = frozenset({"leadership", "triumvirate", "command", "presidium", "politburo"})
# Verbs whose object "member" / "part" still speaks of the subject: "A became a member of D" is
# an attribute; other verbs act on the members ("executed members of B", "released B members").
MEMBER_VERBS = frozenset({"become", "remain", "form", "constitute", "make"})
# Prepositions of company or opposition: "with / alongside / against members of B" puts the
# subject beside or against B's members, never among them.
COMPANY_PREPS = frozenset({"with", "alongside", "against"})
# Prepositions of source: "re-formed D from the remaining members of B" draws on B's members
# (D split from B, lineage.py); the subject who did it is not said to be one of them.
SOURCE_PREPS = frozenset({"from"})


# Verbs of a beginning whose "as" names what the subject first was: "A began as B".
ORIGIN_VERBS = frozenset({"begin", "start", "emerge", "originate"})


# Appositive heads that name a group, never a person: "X of A, a member group of D".
GROUP_APPOSITIVES = frozenset({"group", "organization", "organisation", "faction", "brigade",
                               "movement", "militia", "outfit"})


def holders(view: SentenceView, noun: Token, *, any_verb: bool = False) -> list[Arg]:
    """Who a relational noun is said of: its appositive head, copular subject or verb subject.

    ``any_verb``: take the subject of any governing verb ("A were killed in clashes with B"),
    not only of light verbs ("A formed an alliance with B").
    """
    dep, head = noun.dep_, noun.head
    named = [a for c in noun.children if c.dep_ == "appos" for a in view.resolve(c)]
    if named:  # "al-Qaeda's affiliate in Syria, the Nusra Front"
        return named
    issued = _participle_issuer(view, noun)
    if issued is not None:  # "posted a video declaring allegiance to B"
        return issued
    named = _apposed_past_place(view, noun)
    if named:  # the parser hung the apposition on the place: "its affiliate group in P, AQKB"
        return named
    if dep == "appos":  # "A (part of D), B and C": the apposition is A's alone
        later = [c for c in head.conjuncts if head.i < c.i < noun.i]
        if later:  # "A and B, a member of D,": the parser hung it on A; it is the nearest name's
            return view.resolve(max(later, key=lambda c: c.i))
        if noun.lemma_.lower() in GROUP_APPOSITIVES and view.resolve(head) \
                and all(a.is_person for a in view.resolve(head)):
            # "commander X of A, a member group of D": a group's apposition hung on a person is
            # the nearest group's named with the person; with none, it is nobody's
            named = [a for t in head.subtree if t.i < noun.i for a in [view.arg(t)]
                     if a is not None and a.is_actor]
            return named[-1:]
        origin = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "as" else None
        if origin is not None and origin.lemma_.lower() in ORIGIN_VERBS:
            # "A began as the New B, a splinter group of C": what A began as is said of A too
            token = subject_token(origin)
            return view.resolve(head) + (view.group(token) if token is not None else [])
        return view.resolve(head)
    if dep == "compound" and view.arg(head) is not None:  # "al-Qaeda affiliate al-Nusra Front"
        return view.resolve(head)
    if dep == "nsubj" and head.lemma_ in ("be", "remain", "become"):
        # "The strongest group in D is A"
        return [a for c in head.children if c.dep_ == "attr" for a in view.group(c)]
    if dep in ("attr", "acomp", "oprd", "dobj", "nsubj") or (dep == "pobj" and head.dep_ == "prep"):
        verb = head.head if dep == "pobj" else head
        took_part = verb.lemma_ == "take" and any(c.lower_ == "part" for c in verb.children)
        if dep == "pobj" and head.lower_ == "as" and verb.pos_ in ("VERB", "AUX"):
            # "BIFF emerged as a splinter group of MILF": a predicative "as" describes the subject,
            # or the object when there is one ("the US designated Hamas as a proxy of Iran")
            objects = [a for c in verb.children if c.dep_ == "dobj" for a in view.group(c)]
            token = subject_token(verb)
            return objects or (view.group(token) if token is not None and token != noun else [])
        if dep in ("dobj", "pobj") and verb.lemma_.lower() not in LIGHT and not took_part \
                and not any_verb:
            # "sanctions on the Taliban for its support of B": only a possessor speaks for itself
            return [a for c in noun.children if c.dep_ == "poss" for a in view.resolve(c)]
        if dep == "pobj" and head.head.pos_ in ("NOUN", "PROPN") and view.arg(head.head) is None:
            return []  # "the leader of an attack on B": not a clause of its own
        if dep == "nsubj":
            return []
        token = subject_token(verb)
        if token is not None and token != noun:
            return view.group(token)
    # "A's ally", "Hamas' rival", "its support of B"
    return [a for c in noun.children if c.dep_ == "poss" for a in view.resolve(c)]


def _participle_issuer(view: SentenceView, noun: Token) -> list[Arg] | None:
    """Who speaks in "A posted a video (on YouTube) declaring allegiance to B": the parser may
    take the participle for an adjective of the stance noun ("declaring/amod allegiance") and
    the statement noun for a modifier or an object of its own. The participle's clause is the
    statement's, and the statement speaks for the subject of the verb that issued it (as in
    the parsed "released a statement pledging allegiance to B"). Only a light participle
    (declare, pledge, announce ...) after a statement noun; None when that is not the case, no
    one when the statement is not the verb's subject's own ("received / watched a video
    declaring allegiance to B", "a video was posted ...", "a video showing fighters declaring
    ...")."""
    participle = next((c for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBG"
                       and c.lemma_.lower() in LIGHT), None)
    if participle is None or noun.dep_ not in ("dobj", "pobj"):
        return None
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if verb.pos_ != "VERB" or verb.i > participle.i:
        return None
    between = view.doc[verb.i + 1:participle.i]
    if not any(t.lemma_.lower() in STATEMENT_NOUNS and t.pos_ == "NOUN" for t in between):
        return None
    if any(c.dep_ == "auxpass" for c in verb.children) or any(t.pos_ == "VERB" for t in between) \
            or verb.lemma_.lower() not in ISSUING_VERBS | SPEECH_VERBS:
        return []
    return subjects(view, verb)


def _apposed_past_place(view: SentenceView, noun: Token) -> list[Arg]:
    """Actors in apposition to the place of "<noun> in P, A": the apposition names the noun."""
    found: list[Arg] = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            place = view.arg(obj)
            # a place the recognizer did not name is still a proper noun ("in Iraqi Kurdistan")
            is_place = obj.pos_ == "PROPN" if place is None else (place.is_place or place.label == "state")
            if obj.dep_ == "pobj" and is_place:
                # "in Idlib, Syria" names the place twice: a state in apposition is no holder
                found.extend(a for c in obj.children if c.dep_ == "appos"
                             for a in view.resolve(c) if a.is_actor and a.label != "state")
    return found


def _sides(view: SentenceView, members: list[Arg]) -> list[tuple[Arg, Arg]]:
    """Pairs among listed actors, or across the two sides of "on the one hand ... on the other"."""
    one = next((t.i for t in view.doc if t.lower_ == "one" and t.head.lower_ == "hand"), None)
    if one is None or not any(t.lower_ == "other" and t.head.lower_ == "hand" for t in view.doc):
        return list(pairs(members))
    # "between A on the one hand and B and C on the other hand": A's side ends at "one hand"
    where = {id(arg): i for i, arg in view.arg_of_token.items()}
    first = [m for m in members if where.get(id(m), 0) < one]
    second = [m for m in members if where.get(id(m), 0) > one]
    return [(a, b) for a in first for b in second if a is not b]


def _joint(noun: Token) -> bool:
    """Whether an operation noun is shared: "a joint attack", "coordinated an attack"."""
    words = {c.lower_ for c in noun.children} | {noun.head.lower_} if noun.dep_ == "compound" else \
        {c.lower_ for c in noun.children}
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("coordinate", "co-ordinate"):
        return True
    return bool(words & TOGETHER_WORDS)


# What a strike aims at besides a group: its places and its people ("targeting IS positions",
# "targeting the Islamic State groups stronghold", a scrape that lost the apostrophe).
TARGETED_NOUNS = TARGET_PLACE_NOUNS | {"group", "fighter", "militant", "member", "convoy", "unit",
                                       "force", "troop"}


def _alternatives(verb: Token) -> bool:
    """Whether a verb's agents are alternatives ("carried out by the regime or Russian jets")."""
    return any(t.dep_ == "cc" and t.lower_ in ("or", "nor") for c in verb.children
               if c.dep_ in ("agent", "prep") and c.lower_ == "by" for t in c.subtree)


# Taking a place from someone, said inside a clause about an operation.
TAKING_WORDS = frozenset({"capture", "recapture", "seizure", "liberation", "expulsion", "take", "seize",
                          "wrest", "retake", "liberate"})


# Verbs by which groups carry out an operation together: "the battle was led by A and B".
LEADING_VERBS = frozenset({"lead", "spearhead", "conduct", "wage", "launch", "carry"})


def _part_of(view: SentenceView, noun: Token) -> list[Arg]:
    """The subject of "A was (a) part of <noun>"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lemma_.lower() != "part":
        return []
    part = noun.head.head
    token = subject_token(part.head) if part.dep_ in ("attr", "dobj") else None
    return [a for a in view.group(token) if a.is_actor] if token is not None else []


# Strike gerunds whose "of" names the target, never the striker.
PATIENT_GERUNDS = frozenset({"bombing", "bombings", "shelling", "shellings"})


def hostile_findings(view: SentenceView, noun: Token) -> list[Finding]:
    """fights from "A launched an attack on B", "an air strike against B"; "declared war on B"
    is verbal hostility (condemns)."""
    key = noun.lemma_.lower()
    holder_noun = noun
    while holder_noun.dep_ == "pobj" and holder_noun.head.lower_ == "of" \
            and holder_noun.head.head.lemma_.lower() in QUANTITY_NOUNS:
        holder_noun = holder_noun.head.head  # "unleashed a series of airstrikes"
    own = holders(view, holder_noun) + [a for a in view.prep_objects(noun, ("by",)) if a.is_actor]
    # "A led B's offensive": the offensive is B's as well
    own += [a for c in (noun, *(k for k in noun.children if k.dep_ == "compound")) for p in c.children
            if p.dep_ == "poss" for a in view.resolve(p)
            if a.is_actor and not a.coref and a not in own]  # named owners, not a resolved "its"
    if not own and noun.lower_ in PATIENT_GERUNDS:
        # "an IS bombing of B's headquarters": a strike gerund's named modifier is its author
        # (not "the anti-IS bombing")
        own = [a for c in noun.children if c.dep_ == "compound" and c.i < noun.i
               and not (c.i > 0 and noun.doc[c.i - 1].lower_ in ("-", "anti", "counter"))
               for a in view.resolve(c) if a.is_actor and not a.coref]
    # "A was a part of a YPG-led offensive": A wages it, and so does the leader its modifier
    # names (not read alone: "US-led strikes on Syria" hit IS in Syria, and "would not take
    # part in a Turkish-led offensive" is the speaker's refusal, not Turkey's)
    partakers = _part_of(view, noun)
    leaders = [a for m in noun.children if m.dep_ == "amod" and m.lemma_.lower() in LEADING_VERBS
               for c in m.children if c.dep_ in ("npadvmod", "compound", "nmod")
               for a in view.resolve(c) if a.is_actor] if partakers else []
    own += [a for a in (*leaders, *partakers) if a not in own]
    own = own or [a for a in responsible_party(view, holder_noun) if a.is_actor]
    # "its armed struggle against Israel": the pronoun's antecedent wages it
    own = own or [a for c in holder_noun.children for a in pronoun_owner(view, c, agent=True)]
    # "the bombing of B's headquarters", "the shelling of B": a strike gerund's "of" is what it
    # hits ("airstrikes of the coalition" are the coalition's, so only gerunds)
    patient_of = noun.lower_ in PATIENT_GERUNDS
    targets = [a for a in view.prep_objects(noun, HOSTILE_PREPS + ("targeting",) + (("of",) if patient_of else ()))
               if a.is_actor]
    if holder_noun is not noun:  # "a series of airstrikes on B": the parser hangs "on B" on "series"
        targets += [a for a in view.prep_objects(holder_noun, HOSTILE_PREPS) if a.is_actor]
    # "the offensive that led to the capture of P from B": whom the place was taken from
    targets += list(dict.fromkeys(
        a for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree
        if t.lemma_.lower() in TAKING_WORDS for f in t.subtree if f.dep_ == "prep" and f.lower_ == "from"
        for o in f.children if o.dep_ == "pobj" for a in view.resolve(o) if a.is_actor))
    targets += owned_place_targets(view, noun, patient_of=patient_of)
    for child in noun.children:  # "an attack targeting B", "airstrikes targeting B's stronghold"
        if child.dep_ == "acl" and child.lemma_.lower() == "target":
            targets.extend(a for a in view.prep_objects(child, ("dobj",)) if a.is_actor)
            targets.extend(a for d in child.children if d.dep_ == "dobj" and view.arg(d) is None
                           and d.lemma_.lower() in TARGETED_NOUNS
                           for c in d.children if c.dep_ in ("poss", "compound", "nmod")
                           for a in view.resolve(c) if a.is_actor)
    rtype = "condemns" if key == "war" and noun.head.lemma_.lower() == "declare" else "fights"
    found = [Finding(rtype, h, t, f"noun:{key}:on", noun.i) for h in own for t in targets
             if h is not t and h.is_actor]
    # "A, B and C were the main groups involved in the battle" / "the battle was led by A and B":
    # participants of one operation fought side by side
    side: list[Arg] = []
    if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in PARTAKING_VERBS:
        side = [a for a in view.group(noun.head.head.head) if a.is_actor] \
            if noun.head.head.dep_ == "acl" else [a for a in holders(view, noun, any_verb=True) if a.is_actor]
    elif noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in LEADING_VERBS and not _alternatives(noun.head):
        side = [a for a in view.prep_objects(noun.head, ("by",)) if a.is_actor]
    else:  # "the two main assaults spearheaded by A, B and other factions"
        side = [a for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in LEADING_VERBS
                and not _alternatives(c) for a in view.prep_objects(c, ("by",)) if a.is_actor]
    if leaders and partakers:
        side = [*leaders, *partakers]
    if key not in HOSTILE_NOUNS and noun.lower_ not in HOSTILE_NOUNS:
        return found  # "involved in a leadership struggle" makes no partners
    found.extend(Finding("joint_operation", a, b, f"noun:{key}:partners", noun.i)
                 for a, b in pairs(list(dict.fromkeys(side))))
    return found


def killing_findings(view: SentenceView, noun: Token) -> list[Finding]:
    """killed from "the assassination of X by A" (or fights when the victims are a group's)."""
    victims = view.prep_objects(noun, ("of",))
    killers = [a for a in view.prep_objects(noun, ("by",)) if a.is_actor or a.is_person]
    # "IS is responsible for the assassination of X", "A claimed responsibility for the killing"
    killers = killers or [a for a in responsible_party(view, noun) if a.is_actor or a.is_person]
    found: list[Finding] = []
    for victim in victims:
        if victim.is_person:
            sources: list[Arg | None] = list(killers) or [None]
            found.extend(Finding("killed", k, victim, f"noun:{noun.lemma_.lower()}", noun.i)
                         for k in sources)
        elif victim.is_actor:
            found.extend(Finding("fights", k, victim, f"noun:{noun.lemma_.lower()}", noun.i)
                         for k in killers if k.is_actor and k is not victim)
    return found


def noun_findings(view: SentenceView, noun: Token, *, cue: NounCue | None = None,
                  key: str | None = None) -> list[Finding]:
    """Relations stated by one relational noun.

    ``cue`` and ``key``, when given, type the noun instead of its own word: a generic head
    carrying a relational modifier ("a splinter group of B") or a qualified relationship noun.
    """
    if key is None:
        key = noun.lower_ if noun.lower_ in NOUN_CUES else noun.lemma_.lower()
    if cue is not None:
        return _noun_findings(view, noun, key, cue)
    if key == "merger" and len(holders(view, noun)) >= 2 and not view.prep_objects(noun, ("with", "into")):
        # "A and B announced a merger": partners in a new body
        return [Finding("allied_with", a, b, "noun:merger:among", noun.i)
                for a, b in pairs(holders(view, noun))]
    found_cue = NOUN_CUES.get(key)
    if found_cue is None:
        return []
    return _noun_findings(view, noun, key, found_cue)


def _noun_findings(view: SentenceView, noun: Token, key: str, cue: NounCue) -> list[Finding]:
    pattern = f"noun:{key}"
    own = holders(view, noun, any_verb=cue.type == "fights")
    if not own and noun.dep_ == "ROOT" and not any(t.pos_ in ("VERB", "AUX") for t in noun.doc[:noun.i]):
        # a verbless line ("ART and LeT affiliates.") or a verb tagged as a noun ("HuM splinters
        # from HuJI to fight ..."; a verb after it is its purpose): the names before it hold it
        own = [a for c in noun.children if c.dep_ in ("compound", "nsubj", "nmod") and c.i < noun.i
               for a in view.group(c) if a.is_actor]
    if cue.type == "pledged_allegiance_to" and not own:
        # "A swore allegiance to B" mis-parsed as a noun phrase: A is a modifier of the noun
        own = [a for c in noun.children if c.dep_ in ("compound", "nsubj", "nmod") and c.i < noun.i
               for a in view.resolve(c) if a.is_actor]
    if cue.type not in SYMMETRIC_RELATION_TYPES:
        # "al-Qaeda's affiliate": the possessor is the target, never the holder
        possessors = [view.arg(c) for c in noun.children if c.dep_ == "poss" and view.arg(c)]
        own = [a for a in own if a not in possessors]
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if cue.type == "member_of" and noun.dep_ == "dobj" and verb.lemma_.lower() not in MEMBER_VERBS:
        return []  # "A executed 700 members of B": acting on B's members makes A none of them
    if cue.type == "member_of" and noun.dep_ == "pobj" and noun.head.lower_ in COMPANY_PREPS | SOURCE_PREPS:
        return []  # "A formed D with deserting IS members": acting beside B's members makes A none
    if key in JOINT_NOUNS or noun.lemma_.lower() in JOINT_NOUNS:
        found: list[Finding] = []  # the hostile reading is hostile_findings'
        if not _joint(noun):
            return found
        partners = view.prep_objects(noun, ("with", "between", "alongside"))
        if noun.dep_ in ("dobj", "pobj"):
            partners += view.prep_objects(verb, ("with", "alongside"))
        actors = [a for a in own if a.is_actor]
        found.extend(Finding("joint_operation", h, p, pattern, noun.i)
                     for h in actors for p in partners if p is not h)
        if not partners:
            found.extend(Finding("joint_operation", a, b, pattern + ":among", noun.i)
                         for a, b in pairs(actors))
        between = [a for a in view.prep_objects(noun, ("between", "by")) if a.is_actor]
        found.extend(Finding("joint_operation", a, b, pattern + ":between", noun.i)
                     for a, b in pairs(between))
        return found
    targets = view.prep_objects(noun, tuple(p for p in cue.preps if p not in ("between", "among")))
    if "of" in cue.preps and noun.dep_ == "attr":
        # "the Islamic Front, of which al-Nusra is notably not a member": the relative's antecedent
        targets += [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children if o.dep_ == "pobj" and o.lower_ in ("which", "whom")
                    for a in view.resolve(o) if a.is_actor]
    if noun.dep_ in ("dobj", "pobj") and cue.among:
        targets += view.prep_objects(verb, ("with",))
    if not own and targets and cue.type in SYMMETRIC_RELATION_TYPES:
        # "reported LeJ's alliance with TTP" (the possessive lost): the name before the noun
        own = [a for c in noun.children if c.dep_ in ("compound", "nmod", "poss") and c.i < noun.i
               for a in [view.arg(c)] if a is not None and a.is_actor]
    listed = [a for a in view.prep_objects(noun, ("between", "among")) if a.is_actor]
    if not listed and cue.among and noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and not any(
            c.dep_ == "prep" and c.i < noun.i for c in noun.head.children):
        # "coordination and cooperation between A and B": the parser hangs the shared "between"
        # on the first noun; one after the second is both nouns'
        listed = [a for c in noun.head.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
                  and c.i > noun.i for o in c.children if o.dep_ == "pobj" for a in view.group(o) if a.is_actor]
    if not listed and cue.among and noun.dep_ in ("nsubj", "nsubjpass") and key not in OWN_LIST_NOUNS:
        # "Clashes erupted on Friday between A and B": the list hangs anywhere in the clause
        for token in noun.head.subtree:
            if token.dep_ == "prep" and token.lower_ in ("between", "among"):
                for obj in token.children:
                    if obj.dep_ == "pobj":
                        listed.extend(a for a in view.group(obj) if a.is_actor)
    if not targets and not cue.among:  # "an al-Qaeda franchise": the actor modifies the noun
        # the modifier nearest the noun: "ISIS and al-Qaeda affiliate X" is al-Qaeda's affiliate
        near = [(m.i, view.arg(m)) for c in noun.children
                if c.dep_ in ("compound", "nmod", "amod", "poss") and c.i < noun.i
                for m in (c, *c.conjuncts) if view.arg(m) is not None and m.i < noun.i]
        before = view.arg(noun.doc[noun.i - 1]) if noun.i > 0 else None
        if not near and before is not None:  # the parser hung "al-Qaeda" elsewhere
            near = [(noun.i - 1, before)]
        if not near and key != "group":  # "its new affiliate group, AQKB": the pronoun's antecedent
            near = [(c.i, a) for c in noun.children if c.dep_ == "poss" for a in view.resolve(c)[:1]]
        targets = [max(near, key=lambda x: x[0])[1]] if near else []  # type: ignore[list-item]
        targets = [t for t in targets if t not in own]
    found = []
    if cue.among and key in BODY_NOUNS and own and noun.dep_ in ("appos", "attr"):
        # "D, a coalition of A, B and C": members of D, allied among themselves;
        # "D is a joint operations room between A and B"
        # "D is a coalition including A and B": "including" lists members as "of" does
        of = [a for a in view.prep_objects(noun, ("of", "between", "including")) if a.is_actor]
        for body in own:
            found.extend(Finding("member_of", m, body, pattern + ":of", noun.i) for m in of if m is not body)
        found.extend(Finding("allied_with", a, b, pattern + ":of", noun.i) for a, b in pairs(of))
        return found
    of_list = [a for a in view.prep_objects(noun, ("of",)) if a.is_actor] if cue.among else []
    if cue.among and (listed or (not own and len(of_list) >= 2 and noun.dep_ not in ("appos",))):
        members = list(dict.fromkeys(listed or of_list))
        # "clashes between ISIL and Storm of North Brigade of the FSA": a unit and its owner
        # are one side
        owned = owner_pairs(view)
        found.extend(Finding(cue.type, a, b, pattern + ":among", noun.i) for a, b in _sides(view, members)
                     if (id(a), id(b)) not in owned and (id(b), id(a)) not in owned)
        return found
    plural = noun.tag_ in ("NNS", "NNPS") or cue.among
    # "A and B were involved in the battle" puts them on one side: no fights among holders
    mutual_type = cue.type in (SYMMETRIC_RELATION_TYPES - {"fights"}) or cue.type == "affiliated_with"
    if not targets and plural and mutual_type and len(own) >= 2 and noun.dep_ in ("dobj", "attr", "pobj", "ROOT"):
        # "A and B are rivals", "A and B have an alliance": the noun relates its holders
        found.extend(Finding(cue.type, a, b, pattern + ":among", noun.i) for a, b in pairs(own))
    if cue.type == "supports" and not targets and any(c.dep_ == "poss" for c in noun.children):
        targets = view.prep_objects(noun, ("of",))  # "its support of B" (not "the support of B")
    if cue.type == "supports" and noun.dep_ == "pobj" and noun.head.lower_ == "with":
        return found  # "A fought with Turkish support": the backer is the modifier (clauses.py)
    if cue.type == "supports" and verb.lemma_.lower() in RECEIVE_VERBS:
        # "A received support from B": B supports A
        givers = view.prep_objects(noun, ("from",)) + view.prep_objects(verb, ("from",))
        return [Finding("supports", g, h, pattern + ":received", noun.i) for g in givers for h in own
                if g is not h]
    for h in own:
        found.extend(Finding(cue.type, h, t, pattern, noun.i) for t in targets if t is not h)
    return found


def copular_list(view: SentenceView, verb: Token, context: Context) -> list[Finding]:
    """member_of from "The three organizations are A, B and C" and "D comprises A, B and C"."""
    lemma = verb.lemma_.lower()
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    if lemma == "be":
        members = [a for c in verb.children if c.dep_ == "attr" for a in view.group(c) if a.is_actor]
        listed = {subject.lemma_.lower(), subject.lower_} | {
            o.lemma_.lower() for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"}  # "The most prominent of the groups are"
        if len(members) < 2 or not listed & LIST_NOUNS:
            return []
        bodies = [a for a in view.prep_objects(subject, ("of",)) if a.is_actor]
        bodies += [view.arg(c) for c in subject.children if c.dep_ == "poss" and view.arg(c)]  # type: ignore[misc]
        kind = "member_of"
        if not bodies and context.last_formed is not None:
            bodies, kind = [context.last_formed], context.last_formed_kind
        return [Finding(kind, m, b, "copular:list", verb.i)
                for b in bodies for m in members if m is not b]
    if lemma not in MEMBERSHIP_VERBS:
        return []
    if {subject.lemma_.lower(), *(c.lower_ for c in subject.children if c.dep_ in ("compound", "amod"))} \
            & LEADERSHIP_NOUNS:
        # "The leadership triumvirate of the council includes X, Y and Z": each leads the council
        bodies = [a for a in view.prep_objects(subject, ("of",)) if a.is_actor]
        bodies += [a for c in subject.children if c.dep_ == "poss" for a in view.resolve(c) if a.is_actor]
        people = [a for a in view.prep_objects(verb, ("dobj",)) if a.is_person]
        # "includes X from A, Y from B, and Z from C": the parser chains the later names onto
        # the "from" phrases; every person named outside a "from" object is one of them
        inside_subject = {t.i for t in subject.subtree}
        people += [a for t in verb.subtree if t.i not in inside_subject and t.dep_ in ("conj", "appos", "dobj")
                   for a in [view.arg(t)] if a is not None and a.is_person and a not in people]
        return [Finding("leads", p, b, "role:leadership", verb.i, role="leadership")
                for b in dict.fromkeys(bodies) for p in dict.fromkeys(people)]
    if subject.lower_ in ("which", "that") and subject.head.dep_ == "relcl":
        # "the SLF, which consists of A and B, and HTS": the antecedent alone, not its conjuncts
        bodies = [a for a in view.resolve(subject.head.head) if a.is_actor]
    else:
        bodies = [a for a in view.group(subject) if a.is_actor]
    preps = ("dobj", "of") if lemma == "consist" else ("dobj",)
    members = [a for a in view.prep_objects(verb, preps) if a.is_actor]
    if lemma in ("unite", "gather", "involve") and len(members) < 2:
        return []
    return [Finding("member_of", m, b, f"verb:{lemma}:members", verb.i)
            for b in bodies for m in members if m is not b]


# Nouns announcing that a body was formed: "announced the formation of D".
FORMATION_NOUNS = frozenset({"formation", "creation", "establishment", "founding", "launch",
                             "birth"})


def formation_noun(view: SentenceView, noun: Token, context: Context) -> list[Finding]:
    """Remember D from "the formation of D" for later copular lists ("The groups are A, B and C")."""
    if noun.lemma_.lower() not in FORMATION_NOUNS:
        return []
    bodies = [a for a in view.prep_objects(noun, ("of",)) if a.is_actor]
    if bodies:
        context.last_formed = bodies[-1]
        context.formed.extend(bodies)
        context.last_formed_kind = "member_of"
    return []


def absent_findings(view: SentenceView, word: Token, context: Context) -> list[Finding]:
    """Negated member_of from "notably absent is A" / "A was absent from D"."""
    verb = word.head
    people: list[Arg] = []
    for child in verb.children:
        if child is not word and child.dep_ in ("nsubj", "attr", "nsubjpass"):
            people.extend(a for a in view.group(child) if a.is_actor)
    bodies = [a for a in view.prep_objects(word, ("from",)) if a.is_actor]
    if not bodies and context.last_formed is not None:
        bodies = [context.last_formed]
    return [Finding("member_of", p, b, "absent", word.i, forced="negated")
            for p in people for b in bodies if p is not b]


def modifier_findings(view: SentenceView, word: Token) -> list[Finding]:
    """ "the al-Qaeda-linked Nusra Front", "Iran-backed militias": a participle between two actors."""
    key = word.lower_ if word.lower_ in MODIFIER_CUES else word.lemma_.lower()
    rtype, modifier_is_source = MODIFIER_CUES[key]
    if word.dep_ not in ("amod", "compound", "nmod", "acl"):
        return []
    modifiers = [a for c in word.children if c.i < word.i and c.dep_ in (
        "npadvmod", "compound", "nmod", "advmod", "amod", "poss", "dep") for a in view.resolve(c)]
    heads = view.places(word.head) if rtype == "based_in" else view.resolve(word.head)
    found = []
    for m in modifiers:
        for h in heads:
            if m is not h:
                source, target = (m, h) if modifier_is_source else (h, m)
                found.append(Finding(rtype, source, target, f"modifier:{key}", word.i))
    return found


def nominal(view: SentenceView, context: Context) -> list[Finding]:
    """Every nominal, appositive, relative, copular and role finding of a sentence."""
    findings: list[Finding] = []
    for token in view.doc:
        lower, lemma = token.lower_, token.lemma_.lower()
        if view.arg(token) is not None:
            continue
        if token.pos_ in ("NOUN", "PROPN") and (lemma in HOSTILE or lower in HOSTILE):
            findings.extend(hostile_findings(view, token))
        if token.pos_ in ("NOUN", "PROPN") and lemma in KILLING_NOUNS:
            findings.extend(killing_findings(view, token))
        if token.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
            if lemma in LEADER_NOUNS or lower in LEADER_NOUNS:
                findings.extend(leader_findings(view, token))
            elif lemma in BASE_NOUNS or lower in BASE_NOUNS:
                findings.extend(base_findings(view, token))
            elif (lower in NOUN_CUES or lemma in NOUN_CUES) and relationship_cue(token) is None and (
                    token.pos_ != "VERB" or token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")):
                # a gerund in a noun's place reads as the noun: "fighting between A and B erupted";
                # a qualified relationship noun ("operational links") is read by _phrase_findings
                findings.extend(noun_findings(view, token))
        if token.pos_ in ("NOUN", "PROPN", "ADJ"):
            findings.extend(_phrase_findings(view, token))
        if lower in MODIFIER_CUES or lemma in MODIFIER_CUES:
            findings.extend(modifier_findings(view, token))
        if token.pos_ == "NOUN":
            findings.extend(formation_noun(view, token, context))
        if lower in ABSENT_WORDS:
            findings.extend(absent_findings(view, token, context))
        if lemma == "be" or lemma in MEMBERSHIP_VERBS:
            findings.extend(copular_list(view, token, context))
    findings.extend(sequence_findings(view))
    return findings


def _phrase_findings(view: SentenceView, token: Token) -> list[Finding]:
    """Partitives, relational modifiers of generic heads and qualified relationship nouns."""
    findings = partitive_findings(view, token) + merger_of_findings(view, token)
    relationship = relationship_cue(token)
    if relationship is not None:
        key, cue = relationship
        findings.extend(negated_by_determiner(token, noun_findings(view, token, cue=cue, key=key)))
    head = pass_through_head(view, token)
    own = NOUN_CUES.get(token.lower_) or NOUN_CUES.get(token.lemma_.lower())
    if head is not None and own is not None:
        key = token.lower_ if token.lower_ in NOUN_CUES else token.lemma_.lower()
        findings.extend(negated_by_determiner(head, noun_findings(view, head, cue=own, key=key)))
    return findings
