"""A leader's or spokesman's stance is the group's.

"Boko Haram leader Abubakar Shekau pledged allegiance to the Islamic State", "Hezbollah chief
Hassan Nasrallah denounced the Islamic State", "Jaish al-Islam spokesman Islam Alloush
condemned the Nusra Front": analysts (and Mapping Militants) read each as the group's own
pledge, condemnation or alliance. When the same sentence names a person as a group's leader or
spokesman and that person is the source of a stance toward another actor, the group gets the
stance too, with the person recorded in ``via`` and a lower confidence than a direct
statement (the ``via-leader`` entry of ``confidence.SUFFIX_WEIGHTS``). The person's own edge
is kept when its type takes a person.

Deliberately narrow:
- only stances a leader takes for the group (``GROUP_STANCES``); fighting, killing, meeting or
  being arrested are the person's own;
- only the roles of ``SPEAKING_ROLES`` (a founder, a deputy or a "former" leader does not speak
  for the group now);
- only a role stated in the same sentence, never the group itself as target.

A person's joining (``member_of``) is the group's only when the sentence has the leader carry
his own organisation along: "X formally joined Al Qaeda, renaming his organization T" or "X
joined the Islamic State with his group, A" (``CARRYING_VERBS``). A leader or commander who
merely "joined" another group may have defected alone, so a role alone passes no joining on.
"""

from __future__ import annotations

from factionmap.relate.syntax import Arg, Finding, SentenceView, Token, subjects

# Stances a leader or spokesman takes in the group's name.
GROUP_STANCES = frozenset({"pledged_allegiance_to", "condemns", "allied_with", "supports"})
# Roles (as the role patterns record them) whose holder speaks for the group.
SPEAKING_ROLES = frozenset({"leader", "emir", "amir", "chief", "head", "chairman", "president",
                            "spokesman", "spokesperson", "commander", "frontman"})
# Modifiers of the role noun that put the role in the past: "Former Fatah al-Islam leader".
PAST_ROLE_WORDS = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "one-time"})
VIA_PATTERN_SUFFIX = ":via-leader"
# Nouns for a person's own organisation: "renaming his organization T".
OWN_GROUP_NOUNS = frozenset({"organization", "organisation", "group", "movement", "faction",
                             "militia", "network", "outfit"})
# Verbs (and prepositions) by which a leader takes his organisation along in an act of his:
# "renaming his organization T", "bringing his group A", "joined B with his group A".
# Leaving verbs ("left his group A to join B") are deliberately absent.
CARRYING_VERBS = frozenset({"rename", "bring", "take", "lead", "rebrand", "transform"})
CARRYING_PREPS = frozenset({"with", "along"})
# Acts that pass to a carried organisation, besides the stances.
CARRIED_ACTS = frozenset({"member_of"})


def _speaks_for(view: SentenceView, found: list[Finding]) -> list[tuple[Arg, Arg]]:
    """(person, group) for each leads / member_of finding of a speaking role in the sentence."""
    pairs = []
    for f in found:
        if f.type not in ("leads", "member_of") or f.source is None or not f.source.is_person \
                or not f.target.is_actor or not f.pattern.startswith("role:"):
            continue
        if f.pattern.split(":", 1)[1] not in SPEAKING_ROLES:
            continue
        noun = view.doc[f.anchor]
        if any(c.lower_ in PAST_ROLE_WORDS for c in noun.children) \
                or (noun.i > 0 and noun.doc[noun.i - 1].lower_ in PAST_ROLE_WORDS):
            continue
        pairs.append((f.source, f.target))
    return pairs


def _own_person(view: SentenceView, verb: Token) -> list[Arg]:
    """The person acting through ``verb``: its subject, or (for "renaming ..." hung on "joined")
    the subject of the verbs it hangs on, two steps up at most."""
    for _ in range(3):
        people = [a for a in subjects(view, verb) if a.is_person]
        if people or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head == verb:
            return people
        verb = verb.head
    return []


def _carries(view: SentenceView) -> list[tuple[Arg, Arg, Token]]:
    """(person, group, verb) for "his organization T" carried along by a carrying verb or
    "with", the person being the one subject of that act."""
    pairs: list[tuple[Arg, Arg, Token]] = []
    for token in view.doc:
        if token.dep_ != "poss" or token.lower_ not in ("his", "her"):
            continue
        noun = token.head
        if noun.lemma_.lower() not in OWN_GROUP_NOUNS:
            continue
        groups = [a for c in noun.children if c.dep_ == "appos" for a in view.group(c) if a.is_actor]
        head = noun.head
        if noun.dep_ == "dobj" and head.lemma_.lower() in CARRYING_VERBS:
            verb = head
        elif noun.dep_ == "pobj" and head.lower_ in CARRYING_PREPS and head.head.pos_ in ("VERB", "AUX"):
            verb = head.head
        else:
            continue
        people = _own_person(view, verb)
        if len(people) != 1 or not groups:
            continue
        pairs.extend((people[0], g, verb) for g in groups)
    return pairs


def _cited(token: Token) -> bool:
    """Whether a name follows "according to" within its own noun phrase ("According to U.S.
    President X and UK Prime Minister Y"), read on the surface: the parser hangs such names
    anywhere."""
    doc = token.doc
    for j in range(token.i - 1, max(token.i - 12, 0) - 1, -1):
        if doc[j].lower_ == "to" and j > 0 and doc[j - 1].lower_ == "according":
            return True
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (",", ";", ":"):
            return False
    return False


def _own_act(view: SentenceView, person: Arg, anchor: int) -> bool:
    """Whether the person is the one who takes the stance at ``anchor``: the subject (or the
    possessor) of the trigger or of a verb it hangs on. Not when an object-control verb hands
    the act to someone else ("called on Muslims to support B", "urged A to condemn B"), nor
    when the person only vouches for the sentence ("According to X, the coalition aimed to end
    Y's support for terrorism")."""
    named = [view.doc[i] for i, a in view.arg_of_token.items() if a.ids == person.ids]
    if named and all(_cited(t) for t in named):
        return False  # the source the sentence cites, whatever the parser hangs on the name
    token = view.doc[anchor]
    for _ in range(6):
        if token.dep_ in ("xcomp", "ccomp") and any(
                c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("on", "upon"))
                for c in token.head.children if c.i < token.i):
            return False
        if token.pos_ in ("VERB", "AUX") and any(a.ids == person.ids for a in subjects(view, token)):
            return True
        if any(a.ids == person.ids for c in token.children if c.dep_ == "poss" for a in view.resolve(c)):
            return True
        if token.head == token:
            return False
        token = token.head
    return False


def leader_acts(view: SentenceView, found: list[Finding]) -> list[Finding]:
    """The group's own stance for each stance its leader or spokesman takes in the sentence,
    and its joining when he carries it along."""
    pairs: list[tuple[Arg, Arg, Token | None]] = [(p, g, None) for p, g in _speaks_for(view, found)]
    if "his" in view.masked.text.lower() or "her" in view.masked.text.lower():
        pairs.extend(_carries(view))
    if not pairs:
        return []
    out: list[Finding] = []
    for f in found:
        if f.source is None or not f.source.is_person \
                or f.type not in GROUP_STANCES | CARRIED_ACTS:
            continue
        for person, group, carrier in pairs:
            if person.ids != f.source.ids or set(group.ids) & set(f.target.ids):
                continue
            # the organisation goes along in this very act: "joined B, renaming his
            # organization A" or "joined B with his group A", not in another act of the sentence
            if carrier is not None and f.anchor not in (carrier.i, carrier.head.i):
                continue
            if f.type in CARRIED_ACTS and carrier is None:
                continue
            if not _own_act(view, person, f.anchor):
                continue
            out.append(Finding(f.type, group, f.target, f.pattern + VIA_PATTERN_SUFFIX, f.anchor,
                               role=f.role, forced=f.forced, via=person))
    return out
