"""Clause-level patterns that do not hang on one trigger word.

"A and B worked together against C" (joint operation, each fights C), "under the banner of D"
(membership), "received weapons from A" (support), "called on B to stop" (condemnation),
"the FSA's 101st Division" / "FSA 13th Division" (subunit), "Suheil al-Hassan's Tiger Forces"
(leadership), "The offensive included A, B and C" (joint operation).
"""

from __future__ import annotations

import re

from factionmap.recognize.discovery import initials_fit
from factionmap.relate.candidates import GLUED_PARTICIPLE, Arg
from factionmap.relate.modality import modality_of
from factionmap.relate.nominal_phrases import owned_by, plural_among_findings
from factionmap.relate.syntax import Finding, SentenceView, Token, is_passive, pairs, subjects
from factionmap.relate.triggers import HOSTILE_NOUNS, KILLING_NOUNS, MODIFIER_CUES, VERBS

# Verbs whose "against B" names an enemy of the subject: fighting, cooperating, operating.
AGAINST_VERBS = frozenset({"eliminate", "kill", "attack", "target", "strike", "repel", "defend",
                           "fight", "battle", "cooperate", "co-operate", "collaborate",
                           "coordinate", "work", "unite", "ally", "join", "use", "launch",
                           "operate", "advance", "mobilize", "mobilise", "deploy", "rally",
                           "wage", "lead", "spearhead", "continue", "keep", "conduct", "carry",
                           "mount", "participate", "take"})
# Verbs of cooperation: with an enemy named ("against B"), they report a joint operation.
COOPERATION_VERBS = frozenset({"cooperate", "co-operate", "collaborate", "coordinate", "work",
                               "unite", "ally", "join", "partner", "team"})
# Nouns after "under the ... of D" that place the subject inside D.
BANNER_NOUNS = frozenset({"banner", "umbrella", "command", "flag", "leadership", "auspices",
                          "aegis", "fold"})
# Of those, the ones "in" also places inside: "Asian Tigers falls in the umbrella of the TTP",
# "brought into the fold of D" ("in command of D" is leadership, not membership).
INSIDE_NOUNS = frozenset({"umbrella", "fold"})
# Verbs of receiving: "A received weapons from B" -> B supports A.
RECEIVING = frozenset({"receive", "get", "obtain", "acquire", "accept"})
# What is received must be material help, not a visit or a message.
RECEIVED_THINGS = frozenset({"weapon", "weapons", "missile", "missiles", "tow", "rocket", "rockets",
                             "arms", "equipment",
                             "support", "funding", "fund", "funds", "money", "training",
                             "ammunition", "backing", "aid", "assistance", "supplies",
                             "reinforcements", "shelter", "sanctuary", "help", "financing"})
# "called on B to stop/end ...": a public demand to cease is condemnation.
CEASE_VERBS = frozenset({"stop", "end", "cease", "halt", "withdraw", "leave", "release", "refrain"})
DEMAND_VERBS = frozenset({"call", "urge", "demand", "warn"})
# A call to arms against a group is verbal hostility toward it: "urged Muslims to attack B".
ARMS_CALL_VERBS = frozenset({"call", "urge"})
ARMS_VERBS = frozenset({"fight", "attack", "kill", "target", "combat", "confront", "wage"})
# Words in a mention that make it a unit of the actor named next to it ("FSA 13th Division").
UNIT_WORDS = re.compile(r"\b(?:division|brigade|battalion|regiment|corps|column|unit|wing|"
                        r"company|squadron|legion|falcons|lions|knights|fursan|liwa|katiba|"
                        r"kataib)\b", re.IGNORECASE)
# Words naming a media outlet: "its Amaq news agency" is the group's own outlet.
MEDIA_NAME = re.compile(r"\b(?:agency|news|media|channel|radio|outlet|foundation|magazine)\b",
                        re.IGNORECASE)
# Verbs whose subject is an operation that "includes" its participants.
INCLUDE_VERBS = frozenset({"include", "involve", "comprise", "see"})
OPERATION_NOUNS = frozenset({"offensive", "operation", "operations", "campaign", "attack",
                             "assault", "battle", "coalition", "force"})


def _against(view: SentenceView, token: Token, depth: int = 2) -> list[Arg]:
    """Actors after "against" under a token, also through "in operations against B"."""
    found: list[Arg] = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "against":
            found.extend(a for a in view.prep_objects(token, ("against",)) if a.is_actor)
        elif child.dep_ == "prep" and depth > 0:
            for obj in child.children:
                if obj.dep_ == "pobj" and view.arg(obj) is None:
                    found.extend(_against(view, obj, depth - 1))
        elif child.dep_ in ("dobj", "advcl", "xcomp") and depth > 0 and view.arg(child) is None:
            found.extend(_against(view, child, depth - 1))
    return list(dict.fromkeys(found))


def _against_on_partners(view: SentenceView, verb: Token) -> list[Arg]:
    """ "A fought alongside B, C and other militias against D": the parser hangs "against D"
    on the last partner of the list."""
    found: list[Arg] = []
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in ("alongside", "with"):
            continue
        for token in child.subtree:
            if token.dep_ == "prep" and token.lower_ == "against" and token.head != verb:
                found.extend(a for a in view.prep_objects(token.head, ("against",)) if a.is_actor)
    return list(dict.fromkeys(found))


def against_findings(view: SentenceView, verb: Token) -> list[Finding]:
    """fights from "A fought / worked together / used missiles against B"; cooperating
    partners become a joint operation."""
    lemma = verb.lemma_.lower()
    if lemma not in AGAINST_VERBS:
        return []
    enemies = _against(view, verb) or _against_on_partners(view, verb)
    if not enemies:
        return []
    subj = [a for a in subjects(view, verb) if a.is_actor]
    partners = [a for a in view.prep_objects(verb, ("with", "alongside")) if a.is_actor]
    partners += [a for a in view.coagents(verb) if a.is_actor]
    side = list(dict.fromkeys([*subj, *partners]))
    found = [Finding("fights", s, e, f"against:{lemma}", verb.i) for s in side for e in enemies
             if s is not e]
    if lemma in COOPERATION_VERBS or partners:
        found.extend(Finding("joint_operation", a, b, f"against:{lemma}:joint", verb.i)
                     for a, b in pairs(side) if a not in enemies and b not in enemies)
    return found


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token (its own clause's)."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX") or ancestor.tag_.startswith("VB"):
            return ancestor
    return None


def banner_findings(view: SentenceView, verb: Token) -> list[Finding]:
    """member_of from "A and B ... under the banner of D"."""
    found: list[Finding] = []
    for token in verb.subtree:
        if token.dep_ != "pobj" or token.lemma_.lower() not in BANNER_NOUNS:
            continue
        if token.head.lower_ not in ("under", "within") and not (
                token.head.lower_ in ("in", "into") and token.lemma_.lower() in INSIDE_NOUNS):
            continue
        bodies = [a for a in view.prep_objects(token, ("of",)) if a.is_actor]
        governor = _governing_verb(token)
        own = governor is not None and governor.i == verb.i
        # "A, which was operating under the banner of D, was encouraged by X to split": the
        # agent of an outer passive is not the one under the banner of an inner clause
        members = [a for a in view.prep_objects(verb, ("by",))] if verb.tag_ == "VBN" and own else []
        members = members or subjects(view, verb)
        found.extend(Finding("member_of", m, b, "clause:banner", token.i)
                     for m in members for b in bodies if m is not b and m.is_actor)
    return found


def receive_findings(view: SentenceView, verb: Token) -> list[Finding]:
    """supports from "A received anti-tank missiles and other equipment from B"."""
    if verb.lemma_.lower() not in RECEIVING:
        return []
    things = {c.lemma_.lower() for c in verb.subtree if c.dep_ in ("dobj", "conj", "compound")}
    if not things & RECEIVED_THINGS:
        return []
    givers = [a for a in view.prep_objects(verb, ("from",)) if a.is_actor]
    for child in verb.children:
        if child.dep_ == "dobj":
            givers += [a for a in view.prep_objects(child, ("from",)) if a.is_actor]
            if not givers:  # "received support and training in preparation for the attack from B"
                givers += [a for t in child.subtree if t.dep_ == "prep" and t.lower_ == "from"
                           for o in t.children if o.dep_ == "pobj" for a in view.resolve(o) if a.is_actor]
    return [Finding("supports", g, r, "clause:received", verb.i)
            for g in givers for r in subjects(view, verb) if g is not r and r.is_actor]


def demand_findings(view: SentenceView, verb: Token) -> list[Finding]:
    """condemns from "A called on B to stop ..." and from a call to arms against B ("a
    statement calling for all Sunnis to help fight against B")."""
    if verb.lemma_.lower() not in DEMAND_VERBS:
        return []
    if verb.lemma_.lower() in ARMS_CALL_VERBS:
        callers = [a for a in subjects(view, verb) if a.is_actor or a.is_person]
        enemies = [a for t in verb.subtree if t is not verb and t.dep_ in ("xcomp", "advcl", "ccomp")
                   and t.lemma_.lower() in ARMS_VERBS
                   for a in view.prep_objects(t, ("dobj", "against", "on")) if a.is_actor]
        if callers and enemies:
            return [Finding("condemns", s, t, "clause:call-to-arms", verb.i)
                    for s in callers for t in dict.fromkeys(enemies) if s is not t]
    if not any(c.dep_ in ("xcomp", "advcl", "ccomp") and c.lemma_.lower() in CEASE_VERBS
               for t in verb.subtree for c in t.children):
        return []
    targets = [a for a in view.prep_objects(verb, ("on", "dobj")) if a.is_actor]
    return [Finding("condemns", s, t, "clause:demand", verb.i)
            for s in subjects(view, verb) for t in targets if s is not t]


# Ending a tie of belonging is leaving the body: "the organization had ended its affiliation with
# Al Qaeda", "renounced its allegiance to IS" (ending an alliance or "ties" between equals is not).
# ("disavowed any affiliation with B" is left out: it often denies a tie that never was)
ENDING_VERBS = frozenset({"end", "sever", "cut", "break", "renounce", "revoke", "withdraw", "terminate",
                          "drop", "abandon", "relinquish", "rescind"})
BELONGING_NOUNS = frozenset({"affiliation", "allegiance", "membership", "bay'ah", "bayah", "loyalty"})


def ended_tie_findings(view: SentenceView, verb: Token) -> list[Finding]:
    """split_from from "A ended its affiliation with B" (anchored on the verb: the tie is
    negated, the leaving asserted)."""
    if verb.lemma_.lower() not in ENDING_VERBS:
        return []
    found: list[Finding] = []
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in BELONGING_NOUNS:
            continue
        leavers = [a for a in subjects(view, verb) if a.is_actor]
        leavers = leavers or [a for c in noun.children if c.dep_ == "poss" for a in view.resolve(c) if a.is_actor]
        # "renounced any affiliation with IS": the parser often hangs the tie's "with B" on the
        # verb ("ended ties with B" is not read: ties between equals are no belonging)
        bodies = view.prep_objects(noun, ("with", "to")) or view.prep_objects(verb, ("with", "to"))
        found.extend(Finding("split_from", a, b, "clause:ended-tie", verb.i) for a in leavers
                     for b in bodies if b.is_actor and a is not b)
    return found


def name_findings(view: SentenceView, verb: Token) -> list[Finding]:
    """affiliated_with from acting "in the name of B" / "in B's name": a group that acts in
    another's name claims to be its own ("operated under the name of B" only names itself)."""
    found: list[Finding] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for name in prep.children:
            if name.dep_ != "pobj" or name.lower_ != "name":
                continue
            owners = [a for a in view.prep_objects(name, ("of",)) if a.is_actor]
            owners += [a for c in name.children if c.dep_ == "poss" for a in view.resolve(c) if a.is_actor]
            found.extend(Finding("affiliated_with", s, o, "clause:in-the-name-of", verb.i)
                         for s in subjects(view, verb) if s.is_actor for o in owners if s is not o)
    return found


# A group formed "in response to" another group, or "in retaliation for" one's hostile act, is
# formed against it: "ASWJ formed in response to AIAI", "MAS was created in retaliation for the
# kidnapping of X by the M-19" ("formed in response to a call by B" says nothing of B).
RESPONSE_NOUNS: dict[str, tuple[str, ...]] = {"response": ("to",), "reaction": ("to",),
                                              "retaliation": ("for", "against")}
PROVOKING_ACTS = HOSTILE_NOUNS | KILLING_NOUNS | {"kidnapping", "kidnappings", "abduction", "abductions"}


def _provokers(view: SentenceView, obj: Token) -> list[Arg]:
    """The group a response answers: the object itself, or the doer of a hostile act."""
    named = [a for a in view.group(obj) if a.is_actor]
    if named or (obj.lemma_.lower() not in PROVOKING_ACTS and obj.lower_ not in PROVOKING_ACTS):
        return named
    return [a for a in view.prep_objects(obj, ("by",)) if a.is_actor] + [
        a for c in obj.children if c.dep_ == "poss" for a in view.resolve(c) if a.is_actor]


def response_findings(view: SentenceView, verb: Token) -> list[Finding]:
    """rival_of between a body formed in response to a group and that group."""
    cue = VERBS.get(verb.lemma_.lower())
    if cue is None or cue.event != "formation":
        return []
    bodies = [a for c in verb.children if c.dep_ == "dobj" for a in view.group(c) if a.is_actor] \
        or [a for a in subjects(view, verb) if a.is_actor]
    found: list[Finding] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            preps = RESPONSE_NOUNS.get(noun.lower_, ()) if noun.dep_ == "pobj" else ()
            enemies = [a for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
                       for o in p.children if o.dep_ == "pobj" for a in _provokers(view, o)]
            found.extend(Finding("rival_of", b, e, "clause:formed-against", verb.i)
                         for b in bodies for e in dict.fromkeys(enemies) if b is not e)
    return found


def include_findings(view: SentenceView, verb: Token) -> list[Finding]:
    """joint_operation among the participants of "The offensive included A, B and C"."""
    if verb.lemma_.lower() not in INCLUDE_VERBS:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or view.arg(subject) is not None or subject.lemma_.lower() not in OPERATION_NOUNS:
        return []
    members = [a for a in view.prep_objects(verb, ("dobj",)) if a.is_actor]
    for child in verb.children:  # "minimal YPG and YPJ involvement": carriers of their compounds
        if child.dep_ == "dobj":
            for conj in (child, *child.conjuncts):
                members += [view.arg(c) for c in conj.children  # type: ignore[misc]
                            if c.dep_ in ("compound", "nmod") and view.arg(c)]
                members += [view.arg(c) for c in conj.subtree  # type: ignore[misc]
                            if c.dep_ == "conj" and view.arg(c) and c.head.dep_ in ("compound", "nmod")]
    members = [m for m in dict.fromkeys(members) if m.is_actor]
    # "... involvement assisted by US-led coalition airstrikes": the helper backs them all
    backers = [a for d in verb.children if d.dep_ == "dobj" for c in (d, *d.conjuncts) for acl in c.children
               if acl.dep_ == "acl" and acl.lemma_.lower() in ASSISTING_VERBS
               for o in acl.children if o.dep_ in ("agent", "prep") and o.lower_ == "by"
               for p in o.children if p.dep_ == "pobj"
               for a in [*view.resolve(p), *(x for k in p.children if k.dep_ in ("compound", "nmod", "amod")
                                             for x in view.resolve(k))] if a.is_actor]
    return [Finding("joint_operation", a, b, "clause:included", verb.i) for a, b in pairs(members)] + [
        Finding("supports", b, m, "clause:included-assisted", verb.i)
        for b in dict.fromkeys(backers) for m in members if b is not m and m.label != "state"]


# Participles by which a helper backs what it modifies: "involvement assisted by coalition airstrikes".
ASSISTING_VERBS = frozenset({"assist", "support", "back", "aid", "help"})


_ACRONYM_ONLY = re.compile(r"[A-Z]{2,6}")


def _umbrella_acronym(inner: str, outer: str) -> bool:
    """Whether a bracketed name is an acronym that is not the own acronym of the words before it
    ("Turkish Free Syrian Army (TFSA)", "a militia of the Syrian Democratic Forces (SDF)")."""
    words = outer.split()
    return bool(_ACRONYM_ONLY.fullmatch(inner)) and not any(
        initials_fit(inner, words[i:]) for i in range(len(words)))


def structure_findings(view: SentenceView, text: str) -> list[Finding]:
    """subunit_of from "FSA 13th Division" / "the FSA's 101st Division"; leads from
    "Suheil al-Hassan's Tiger Forces"."""
    found: list[Finding] = []
    for index, arg in view.arg_of_token.items():
        token = view.doc[index]
        if arg.is_person and any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children):
            # "Captain X from A attended": a person named with the group they come from is its
            # member (a state is where they come from, not a membership). Only the object itself,
            # not its conjuncts: in "X from A, Y from B" the parser often chains B onto A
            found.extend(Finding("member_of", arg, o, "clause:person-from", token.i)
                         for p in token.children if p.dep_ == "prep" and p.lower_ == "from"
                         and all(t.is_punct for t in token.doc[token.i + 1:p.i])  # right after X
                         for obj in p.children if obj.dep_ == "pobj"
                         for o in view.resolve(obj)
                         if o.is_actor and o.label != "state" and o is not arg)
        if not arg.is_actor:
            continue
        for child in token.children:
            inner = view.arg(child) if child.dep_ == "appos" and child.i > 0 else None
            if inner is not None and inner.label == "coalition" and arg.label != "coalition" \
                    and view.doc[child.i - 1].text == "(" and not set(inner.ids) & set(arg.ids) \
                    and _umbrella_acronym(text[inner.start:inner.end], text[max(0, arg.start - 40):arg.end]):
                # "Ahrar al-Sham (NFL)": a coalition's acronym in brackets after a group is its
                # umbrella; "Turkish Free Syrian Army (TFSA)" is the name's own acronym
                found.append(Finding("member_of", arg, inner, "clause:bracketed-coalition", token.i))
        found.extend(rival_modifier_findings(view, token, arg))
        name = text[arg.start:arg.end]
        found.extend(_glued_modifier(view, token, arg, name))
        owner = owned_by(view, token) if UNIT_WORDS.search(name) else None
        if owner is not None and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            # the parser hung "of the FSA" elsewhere: the words still say whose unit it is
            found.append(Finding("subunit_of", arg, owner, "clause:unit-of", token.i))
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of" and UNIT_WORDS.search(name):
                # "Storm of North Brigade of the so-called FSA"
                found.extend(Finding("subunit_of", arg, parent, "clause:unit-of", token.i)
                             for parent in view.prep_objects(token, ("of",))
                             if parent.is_actor and parent is not arg)
                continue
            if child.dep_ == "poss" and MEDIA_NAME.search(name):
                # "its Amaq news agency", "the group's Amaq agency": the outlet is the owner's
                found.extend(Finding("affiliated_with", arg, o, "clause:media", token.i)
                             for o in view.resolve(child) if o.is_actor and o is not arg)
                continue
            owner = view.arg(child)
            if owner is None or owner is arg:
                continue
            if _possessed_unit(text, child, token, owner, arg, name):
                found.append(Finding("subunit_of", arg, owner, "clause:possessive-unit", token.i))
            if child.dep_ == "poss" and owner.is_person:
                found.append(Finding("leads", owner, arg, "clause:possessor", token.i))
            elif child.dep_ == "poss" and owner.label == "coalition" and arg.label == "armed_group" \
                    and not set(owner.ids) & set(arg.ids) and not UNIT_WORDS.search(name):
                # (a unit, "the PMU's 2nd Brigade", is the coalition's subunit, read below)
                # "the Islamic Front's Suqour al-Sham": a coalition's own group is its member
                found.append(Finding("member_of", arg, owner, "clause:coalition-possessive", token.i))
            elif child.dep_ in ("poss", "compound", "nmod") and owner.is_actor \
                    and UNIT_WORDS.search(name) \
                    and not UNIT_WORDS.search(text[owner.start:owner.end]):
                found.append(Finding("subunit_of", arg, owner, "clause:unit-of", token.i))
    return found


def _glued_modifier(view: SentenceView, token: Token, arg: Arg, name: str) -> list[Finding]:
    """ "al-Qaeda-affiliated Al-Nusra" when the recognizer took "al-Qaeda-affiliated" as a name."""
    m = GLUED_PARTICIPLE.search(name)
    if m is None or token.i + 1 >= len(view.doc):
        return []
    following = view.arg(view.doc[token.i + 1])
    if following is None or following is arg:
        return []
    key = m.group("cue").lower()
    rtype, modifier_is_source = MODIFIER_CUES[key]
    if (rtype == "based_in") != following.is_place or (rtype != "based_in" and not following.is_actor):
        return []
    source, target = (arg, following) if modifier_is_source else (following, arg)
    return [Finding(rtype, source, target, f"modifier:{key}:glued", token.i)]


# Adjectives that make the group they modify a rival: "Hamas's rival Fatah", "blamed rival IS".
RIVAL_MODIFIERS = frozenset({"rival", "enemy", "arch-rival", "archrival", "hostile"})


def rival_modifier_findings(view: SentenceView, token: Token, arg: Arg) -> list[Finding]:
    """rival_of from a group named with "rival": its possessor's, else the clause subject's."""
    if not any(c.dep_ in ("amod", "compound") and c.lower_ in RIVAL_MODIFIERS for c in token.children):
        return []
    others = [a for c in token.children if c.dep_ == "poss" for a in view.resolve(c)]
    slot = token
    if token.dep_ in ("nmod", "compound") and view.arg(token.head) is None:
        slot = token.head  # "blamed rival self-proclaimed IS militants": the carrier takes the slot
    if not others and slot.dep_ in ("dobj", "pobj"):  # "Nusra blamed rival IS for the attack"
        verb = slot.head.head if slot.dep_ == "pobj" else slot.head
        others = subjects(view, verb) if verb.pos_ in ("VERB", "AUX") else []
    return [Finding("rival_of", arg, o, "clause:rival-modifier", token.i)
            for o in others if o.is_actor and o is not arg]


MEDIA_NOUNS = frozenset({"agency", "outlet", "channel", "mouthpiece", "wing", "arm"})
# "on the side of B", "in support of B": the subject backs B.
SIDE_NOUNS = frozenset({"side", "support", "defence", "defense", "behalf"})


def media_findings(view: SentenceView, noun: Token) -> list[Finding]:
    """affiliated_with from "the group's Amaq news agency", "via its Amaq news agency"."""
    if noun.lemma_.lower() not in MEDIA_NOUNS:
        return []
    outlets = [a for c in noun.children if c.dep_ in ("compound", "appos", "nmod")
               for a in view.resolve(c)]
    if noun.dep_ == "compound":
        outlets.extend(view.resolve(noun.head))
    owners: list[Arg] = [a for c in noun.children if c.dep_ == "poss" for a in view.resolve(c)]
    if not owners and any(c.dep_ == "poss" for c in noun.children):
        # "its" / "the group's": the one actor that is a subject in the sentence
        subjects_ = [a for i, a in view.arg_of_token.items()
                     if view.doc[i].dep_ in ("nsubj", "nsubjpass") and a.is_actor and a not in outlets]
        owners = subjects_[:1] if len(set(map(id, subjects_))) == 1 else []
    return [Finding("affiliated_with", o, w, "clause:media", noun.i)
            for o in outlets for w in owners if o is not w]


def side_findings(view: SentenceView, verb: Token) -> list[Finding]:
    """supports from "A intervened on the side of B" / "in support of B"."""
    found: list[Finding] = []
    for token in verb.subtree:
        if token.dep_ == "pobj" and token.lemma_.lower() in SIDE_NOUNS and token.head.lower_ in ("on", "in"):
            # a leader stands for his side ("on the side of Bashar al-Assad"); what one defends
            # may be a person or a shrine ("in defense of Sayeda Zainab"), no side
            backed = [a for a in view.prep_objects(token, ("of",)) if a.is_actor or (
                a.is_person and token.lemma_.lower() not in ("defence", "defense"))]
            # the backer is the subject of the nearest clause: "The regime ... after Russia
            # launched air strikes in support of Assad" is Russia's support
            clause = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), verb)
            backers = subjects(view, clause) or subjects(view, verb)
            found.extend(Finding("supports", s, b, "clause:side", token.i)
                         for s in backers for b in backed if s is not b and s.is_actor)
    return found


# "with Turkish backing", "with Iran's help": the noun's modifier backs the clause's subject.
BACKING_NOUNS = frozenset({"backing", "support", "help", "assistance", "aid", "sponsorship",
                           "funding", "cover"})


def backing_findings(view: SentenceView, verb: Token) -> list[Finding]:
    """supports from "A launched the offensive with Turkish backing" (a modifier, not "of":
    "with the aid of troops from B" is a co-agent, read by ``SentenceView.coagents``)."""
    found: list[Finding] = []
    # "with" hangs on the verb or on its object ("launched the offensive with Turkish backing")
    preps = [c for t in (verb, *(o for o in verb.children if o.dep_ == "dobj")) for c in t.children]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or (noun.lower_ not in BACKING_NOUNS and noun.lemma_.lower() not in BACKING_NOUNS):
                continue
            backers = [a for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                       for a in view.group(c) if a.is_actor]
            found.extend(Finding("supports", b, s, "clause:backing", noun.i)
                         for b in backers for s in subjects(view, verb) if s is not b and s.is_actor)
    return found


INNER_CUES = ("linked", "backed", "affiliated", "allied", "aligned", "supported", "sponsored",
              "funded", "armed", "tied", "inspired", "loyal")
_INNER_CUE = re.compile(r"[\s-]*(?P<cue>" + "|".join(INNER_CUES) + r")\b", re.IGNORECASE)


def nested_findings(view: SentenceView, text: str, nested: list[tuple[Arg, Arg]]) -> list[Finding]:
    """Relations inside one mention: "the US-backed Kurdish-Arab alliance", "Al-Qaeda-linked rebels"."""
    where = {id(a): i for i, a in view.arg_of_token.items()}
    found: list[Finding] = []
    for inner, outer in nested:
        if id(outer) in where and inner.is_actor and outer.is_actor and inner.start == outer.start \
                and UNIT_WORDS.search(text[inner.end:outer.end]) \
                and not UNIT_WORDS.search(text[inner.start:inner.end]):
            # "FSA Falcons of al-Gab unit", "the FSA's 101st Division" as one mention
            found.append(Finding("subunit_of", outer, inner, "clause:unit-of:inner", where[id(outer)]))
            continue
        m = _INNER_CUE.match(text, inner.end)
        if m is None or id(outer) not in where or not (inner.is_actor and outer.is_actor):
            continue
        rtype, inner_is_source = MODIFIER_CUES[m.group("cue").lower()]
        source, target = (inner, outer) if inner_is_source else (outer, inner)
        if set(source.ids) & set(target.ids):
            continue
        found.append(Finding(rtype, source, target, f"modifier:{m.group('cue').lower()}:inner",
                             where[id(outer)]))
    return found


# Units listed as examples of a group's units: "FSA brigades such as A and B".
UNIT_PLURALS = frozenset({"brigade", "brigades", "unit", "units", "battalion", "battalions",
                          "faction", "factions", "division", "divisions", "group", "groups",
                          "affiliate", "affiliates", "branch", "branches"})
# What is supplied: "TOW missiles supplied by the United States".
SUPPLY_VERBS = frozenset({"supply", "provide", "give", "deliver", "send", "donate", "fund"})


def example_findings(view: SentenceView, noun: Token) -> list[Finding]:
    """subunit_of from "FSA brigades such as A and B" / "FSA units including A"."""
    if noun.lemma_.lower() not in UNIT_PLURALS and noun.lower_ not in UNIT_PLURALS:
        return []
    owners = [a for c in noun.children if c.dep_ in ("compound", "poss", "nmod")
              for a in [view.arg(c)] if a is not None and a.is_actor]
    if not owners:
        return []
    members = [a for a in view.prep_objects(noun, ("as", "including", "like")) if a.is_actor]
    for child in noun.children:  # "such as" is parsed as amod "such" + prep "as"
        if child.dep_ == "amod" and child.lower_ == "such":
            members += [a for a in view.prep_objects(child, ("as",)) if a.is_actor]
    return [Finding("subunit_of", m, o, "clause:such-as", noun.i)
            for m in dict.fromkeys(members) for o in owners if m is not o]


# Words naming a force of its own in a possessed name ("the FSA's Army of Victory", "Hamas's
# Qassam Brigades"), beside the (singular) unit words: under a group's possessive, its unit.
POSSESSED_FORCE_WORDS = re.compile(
    r"\b(?:army|force|forces|brigades|battalions|regiments|divisions|units)\b", re.IGNORECASE)
# Labels a possessor must not have: "Syria's Army of ...", "Iran's Quds Force" are a state's,
# which the state-actor rules read; a person's is his command.
NON_GROUP_OWNERS = frozenset({"state", "place", "person"})


def _possessed_unit(text: str, child: Token, token: Token, owner: Arg, arg: Arg, name: str) -> bool:
    """Whether a group's possessive names the unit it is on: "the Free Syrian Army's Army of
    Victory", "Hamas's Qassam Brigades" (two mentions; the name "the FSA's 101st Division"
    recognised as one mention is read by ``nested_findings``). Only a unit-like name under a
    group's possessive: "al-Qaeda's Nusra Front" (an affiliate) and "ISIS's Amaq" say nothing
    of units."""
    return child.dep_ == "poss" and child.i < token.i and owner.is_actor \
        and owner.label not in NON_GROUP_OWNERS and arg.label not in NON_GROUP_OWNERS \
        and not set(owner.ids) & set(arg.ids) and not UNIT_WORDS.search(text[owner.start:owner.end]) \
        and bool(UNIT_WORDS.search(name) or POSSESSED_FORCE_WORDS.search(name))


def supplied_findings(view: SentenceView, verb: Token) -> list[Finding]:
    """supports from "A used TOW missiles supplied by B"."""
    if verb.lemma_.lower() not in SUPPLY_VERBS or verb.dep_ != "acl":
        return []
    thing = verb.head
    if thing.lemma_.lower() not in RECEIVED_THINGS or thing.dep_ not in ("dobj", "pobj"):
        return []
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return []  # "weapons given by B to the militants": the user is someone else
    givers = [a for a in view.prep_objects(verb, ("by",)) if a.is_actor]
    user_verb = thing.head if thing.dep_ == "dobj" else thing.head.head
    users = [a for a in subjects(view, user_verb) if a.is_actor]
    return [Finding("supports", g, u, "clause:supplied", verb.i) for g in givers for u in users
            if g is not u]


# "considered / declared / designated a terrorist organization by A": condemnation by A.
DESIGNATE_VERBS = frozenset({"consider", "declare", "designate", "label", "brand", "list",
                             "deem", "classify", "name", "call", "regard", "view", "see", "perceive"})
BRANDS = frozenset({"terrorist", "terrorists", "apostate", "apostates", "criminal", "criminals",
                    "traitor", "traitors", "khawarij", "infidel", "infidels", "extremist"})
# Words that make the designated group a rival rather than a condemned one: "the FARC considered
# the ERP to be an enemy", "sees B as a rival" ("a threat" is said of routes and programmes too).
# "sees B (B's expansion) as a threat": read only of an actor named as the object (or of an
# actor's doings, below), never of a route or a programme, nor through a relative pronoun.
THREAT_WORDS = frozenset({"threat", "threats", "danger", "menace"})
RIVAL_BRANDS = frozenset({"enemy", "enemies", "rival", "rivals", "foe", "foes", "adversary",
                          "adversaries", "competitor", "competitors"}) | THREAT_WORDS
RELATIVE_WORDS = frozenset({"which", "that", "who", "whom"})
# What a group does or has that another may see as a threat or an enemy's: "saw Hezbollah's
# aggressive campaigns as a threat" is said of Hezbollah. Its possessor is the target.
ACTOR_DOINGS = frozenset({"campaign", "expansion", "presence", "influence", "rise", "growth",
                          "activity", "ambition", "advance", "power", "dominance", "encroachment"})


# Participles by which a designation ties the designated group to another: "classified the group
# as an entity associated with Al Qaeda".
ASSOCIATING = {"associate": "affiliated_with", "affiliate": "affiliated_with",
               "link": "affiliated_with", "tie": "affiliated_with", "connect": "affiliated_with"}


# Nouns of a designation list whose "of" names the kind listed: "added to the list of
# terrorist organizations linked to the Taliban".
LIST_NOUNS = frozenset({"list", "register", "roster", "blacklist"})


def association_findings(view: SentenceView, verb: Token) -> list[Finding]:
    """affiliated_with from "the UN designates A as an organization associated with B" and
    "A was designated to the list of organizations linked to B"."""
    if is_passive(verb):
        designators = [a for a in view.prep_objects(verb, ("by",)) if a.is_actor]
        designated = [a for a in subjects(view, verb) if a.is_actor]
    else:
        designators = subjects(view, verb)
        designated = [a for a in view.prep_objects(verb, ("dobj",)) if a.is_actor]
    designated = [a for a in designated if not any(set(a.ids) & set(d.ids) for d in designators)]
    found: list[Finding] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("as", "to", "on"):
            continue
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ != "as":  # "to the list of organizations linked to B": the kind listed
            # (the parser may hang the participle on the list itself)
            objects = [k for o in objects if o.lemma_.lower() in LIST_NOUNS
                       for k in (o, *(k for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                                      for k in p.children if k.dep_ == "pobj"))]
        for noun in objects:
            for acl in noun.children:
                rtype = ASSOCIATING.get(acl.lemma_.lower()) if acl.dep_ == "acl" else None
                if rtype:
                    found.extend(Finding(rtype, a, b, "clause:designated-as", verb.i)
                                 for a in designated
                                 for b in view.prep_objects(acl, ("with", "to")) if b.is_actor and a is not b)
    return found


def designate_findings(view: SentenceView, verb: Token) -> list[Finding]:
    """condemns from "A is considered a terrorist group by B" / "B declared A apostates";
    rival_of from "B considers A an enemy" / "B sees A (A's campaigns) as a threat"."""
    if verb.lemma_.lower() not in DESIGNATE_VERBS:
        return []
    associated = association_findings(view, verb)
    complements = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "dobj", "ccomp")]
    complements += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                    for o in c.children if o.dep_ == "pobj"]  # "sees B as a rival"
    branded = any(t.lower_ in BRANDS and _said_of(t, c) for c in complements for t in c.subtree)
    rival = not branded and any(_heads_complement(t) and _said_of(t, c) for c in complements
                                for t in c.subtree if t.lower_ in RIVAL_BRANDS)
    if not branded and not rival:
        return associated
    relation = "rival_of" if rival else "condemns"
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.tag_ == "VBN":
        sources = [a for t in (verb, *(c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "dobj")))
                   for a in view.prep_objects(t, ("by",)) if a.is_actor]  # "a terrorist group by B"
        targets = subjects(view, verb)
    else:
        sources = subjects(view, verb)
        targets = [a for a in view.prep_objects(verb, ("dobj",)) if a.is_actor]
        if rival and not any(t.lower_ in RIVAL_BRANDS - THREAT_WORDS and _said_of(t, c)
                             for c in complements for t in c.subtree) and any(
                c.dep_ == "dobj" and c.lower_ in RELATIVE_WORDS for c in verb.children):
            # "a route into Lebanon, which Israel views as a threat": the relative may mean any
            # noun before it, and a threat is said of things as much as of actors
            targets = []
        # "declared Nusra apostates": the parser compounds the name with the brand
        targets += [a for c in verb.children if c.dep_ == "dobj" and view.arg(c) is None
                    for k in c.children if k.dep_ == "compound" for a in view.resolve(k) if a.is_actor]
        # "saw Hezbollah's aggressive campaigns as a threat": the doings' owner
        targets += [a for c in verb.children if c.dep_ == "dobj" and view.arg(c) is None
                    and c.lemma_.lower() in ACTOR_DOINGS
                    for k in c.children if k.dep_ == "poss" for a in view.resolve(k) if a.is_actor]
        # "considered the ERP to be an enemy"
        targets += [a for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                    and (c.lemma_ == "be" or c.pos_ == "NOUN")  # "declared B a terrorist group"
                    for n in c.children if n.dep_ == "nsubj" for a in view.resolve(n) if a.is_actor]
    return associated + [Finding(relation, s, t, "clause:designated", verb.i) for s in sources
                         for t in targets if s is not t and t.is_actor and s.is_actor]


def _said_of(word: Token, complement: Token) -> bool:
    """Whether a brand word in a complement is said of the designated group, not of another
    one described inside it ("an extension of the PKK, an organization designated as a
    terrorist group")."""
    token = word
    while token != complement and token.head != token:
        if token.dep_ in ("acl", "relcl") or token.dep_ == "appos" and token.head != complement:
            return False  # ("considered B an enemy": the parser apposes the brand to B itself)
        token = token.head
    return True


def _heads_complement(word: Token) -> bool:
    """Whether a rival word heads what the object is called ("considered B (to be) an enemy"),
    not a word inside it ("a group that fights the enemy")."""
    if word.dep_ == "pobj" and word.head.lower_ not in ("as", "of"):
        # "saw B as a partner against the threat from C": the threat is C's, not what B is
        # called ("as a rival", "as one of its enemies" are)
        return False
    return word.dep_ in ("oprd", "attr", "xcomp", "pobj", "dobj") and word.head.dep_ != "relcl" \
        or word.dep_ == "appos" and word.head.dep_ == "dobj"  # "considered B an enemy"


APPOINT_VERBS = frozenset({"appoint", "name", "elect", "choose", "select", "designate", "install"})


def appoint_findings(view: SentenceView, verb: Token) -> list[Finding]:
    """leads from "its council appointed X as leader and Y as military chief"."""
    from factionmap.relate.triggers import LEADER_NOUNS

    if verb.lemma_.lower() not in APPOINT_VERBS:
        return []
    found: list[Finding] = []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    owners = []
    if subject is not None:
        owners = [a for a in view.resolve(subject) if a.is_actor] or [
            a for c in subject.children if c.dep_ == "poss" for a in view.resolve(c) if a.is_actor]
    subtree = sorted(verb.subtree, key=lambda t: t.i)
    people = [t for t in subtree if view.arg(t) is not None and view.arg(t).is_person]  # type: ignore[union-attr]
    # "appointed X (also known as "Y") as leader and Z as military chief": each person takes the
    # next "as <role>" after it whose object is a role, not another name
    roles = [o for t in subtree if t.lower_ == "as" and t.dep_ == "prep" for o in t.children
             if o.dep_ == "pobj" and o.lemma_.lower() in LEADER_NOUNS]
    used: set[int] = set()
    named = [p for p in people if not (p.dep_ == "pobj" and p.head.lower_ == "as")]  # not aliases
    for person_token in named:
        role = next((r for r in roles if r.i > person_token.i and r.i not in used), None)
        if role is None or any(person_token.i < p.i < role.i for p in named):
            continue  # another person comes first: the role is theirs
        used.add(role.i)
        person = view.arg(person_token)
        groups = [a for a in view.prep_objects(role, ("of",)) if a.is_actor] or owners
        label = " ".join([*(c.text.lower() for c in role.children if c.dep_ in ("amod", "compound")
                            and view.arg(c) is None), role.text.lower()])
        found.extend(Finding("leads", person, g, "clause:appointed", verb.i, role=label)  # type: ignore[arg-type]
                     for g in groups)
    return found


def clause_findings(view: SentenceView, text: str) -> list[Finding]:
    """Every clause-level finding of a sentence (``text`` is the document text)."""
    found: list[Finding] = []
    for token in view.doc:
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            found.extend(against_findings(view, token))
            found.extend(banner_findings(view, token))
            found.extend(receive_findings(view, token))
            found.extend(demand_findings(view, token))
            found.extend(ended_tie_findings(view, token))
            found.extend(agreement_findings(view, token))
            found.extend(shared_facility_findings(view, token))
            found.extend(name_findings(view, token))
            found.extend(response_findings(view, token))
            found.extend(include_findings(view, token))
            found.extend(supplied_findings(view, token))
            found.extend(designate_findings(view, token))
            found.extend(appoint_findings(view, token))
            found.extend(backing_findings(view, token))
            if token.dep_ == "ROOT":
                found.extend(side_findings(view, token))
        elif token.pos_ in ("NOUN", "PROPN"):
            found.extend(media_findings(view, token))
            found.extend(example_findings(view, token))
    found.extend(structure_findings(view, text))
    found.extend(plural_among_findings(view, text))
    return found


# Memberships that are statements ("joined D", "D includes B", "a member of D", "under the
# banner of D"), not tags: "X from Ahrar al-Sham (NFL) and Y from the Sham Legion (NFL)" labels
# each group with its coalition but says nothing of the two together.
CO_MEMBER_PATTERNS = ("verb:", "noun:", "clause:banner")


def co_member_findings(view: SentenceView, found: list[Finding]) -> list[Finding]:
    """allied_with between groups one sentence puts in the same body by two statements: "A
    joined D, which includes groups such as B and C" makes A the partner of B and of C, as
    co-founders of a body are ("A, B and C formed D"). Only groups (no persons), only
    memberships the patterns do not force (an "absent" member is none), and only when both read
    the same way (a member asserted beside a member claimed gives nothing)."""
    members: dict[tuple[str, ...], list[Finding]] = {}
    for f in found:
        if f.type == "member_of" and f.forced is None and f.source is not None \
                and f.pattern.startswith(CO_MEMBER_PATTERNS) \
                and f.source.is_actor and f.target.is_actor:
            members.setdefault(f.target.ids, []).append(f)
    out: list[Finding] = []
    for group in members.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.source is None or b.source is None or set(a.source.ids) & set(b.source.ids) \
                        or set(a.source.ids) & set(a.target.ids) or set(b.source.ids) & set(b.target.ids):
                    continue
                mood_a = modality_of(view, view.doc[a.anchor], pattern=a.pattern)[0]
                mood_b = modality_of(view, view.doc[b.anchor], pattern=b.pattern)[0]
                if mood_a != mood_b or mood_a == "negated":
                    continue
                if a.anchor == b.anchor:
                    # one statement listing several members ("D was formed by five groups
                    # including A and B", "B and A, a member of D") is left: co-founders of a
                    # merged group are no allies, and the list may be a misread apposition
                    continue
                out.append(Finding("allied_with", a.source, b.source, "clause:co-member", a.anchor))
    return out


# "A and B signed an agreement to coordinate their efforts", "A signed a cooperation accord with
# B": an agreement whose clause names working together is a partnership. A ceasefire, truce or
# peace agreement ends fighting and makes no allies, so those are never read.
SIGNING_VERBS = frozenset({"sign", "conclude", "reach", "ink", "strike", "seal"})
AGREEMENT_NOUNS = frozenset({"agreement", "accord", "deal", "memorandum", "protocol", "treaty"})
COOPERATION_WORDS = frozenset({"cooperate", "co-operate", "cooperation", "co-operation",
                               "coordinate", "coordination", "collaborate", "collaboration",
                               "unite", "unification", "unity", "alliance", "partnership"})
# ("together" is left out: "the government, together with Russia, would strike a deal with
# Turkey" names a co-agent, not what the deal is about)
TRUCE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "peace", "armistice",
                         "non-aggression", "disarmament", "demobilization", "surrender",
                         "withdrawal", "exchange", "swap", "reconciliation", "de-escalation"})


def agreement_findings(view: SentenceView, verb: Token) -> list[Finding]:
    """allied_with among the signers of a cooperation agreement (and with "with B")."""
    if verb.lemma_.lower() not in SIGNING_VERBS:
        return []
    deals = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENT_NOUNS]
    if not deals:
        return []
    # the signing clause only: "A and B signed a deal, and C coordinated attacks" is two clauses
    others = {t.i for c in verb.children if c.dep_ in ("conj", "parataxis", "ccomp") for t in c.subtree}
    clause = [t for t in verb.subtree if t.i not in others]
    words = {t.lemma_.lower() for t in clause} | {t.lower_ for t in clause}
    if not words & COOPERATION_WORDS or words & TRUCE_WORDS:
        return []
    signers = [a for a in subjects(view, verb) if a.is_actor]
    partners = [a for d in deals for a in view.prep_objects(d, ("with", "between"))] \
        + [a for a in view.prep_objects(verb, ("with",))]
    side = list(dict.fromkeys([*signers, *(a for a in partners if a.is_actor)]))
    return [Finding("allied_with", a, b, "clause:cooperation-agreement", verb.i) for a, b in pairs(side)
            if not set(a.ids) & set(b.ids)]


# "In 1986, the LTTE and EROS agree to use EROS training camps as their main training site":
# parties agreeing to share or use a facility (camps, bases) or means of war (intelligence,
# logistics) run it together, a partnership. Not "power" (power sharing ends a war) and not
# a single party agreeing to use another's camps (who consents is not said).
SHARING_VERBS = frozenset({"share", "use", "pool"})
SHARED_FACILITIES = frozenset({"camp", "base", "facility", "site", "headquarters", "compound",
                               "depot", "airfield", "intelligence", "logistics", "resource"})


def shared_facility_findings(view: SentenceView, verb: Token) -> list[Finding]:
    """allied_with among parties agreeing to share or use camps, bases or intelligence."""
    if verb.lemma_.lower() != "agree":
        return []
    if not any(c.dep_ == "xcomp" and c.lemma_.lower() in SHARING_VERBS and any(
            o.dep_ == "dobj" and o.lemma_.lower() in SHARED_FACILITIES for o in c.children)
            for c in verb.children):
        return []
    parties = [a for a in [*subjects(view, verb), *view.prep_objects(verb, ("with",))] if a.is_actor]
    return [Finding("allied_with", a, b, "clause:shared-facility", verb.i)
            for a, b in pairs(list(dict.fromkeys(parties))) if not set(a.ids) & set(b.ids)]
