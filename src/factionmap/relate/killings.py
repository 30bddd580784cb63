"""Killings the verb patterns leave half read: victims named in an "including" list ("killed 26
people, including commander X") and the killer of an attack that kills ("A carried out a
bombing that killed X", "an A bombing that killed X": the attack's author is the killer)."""

from __future__ import annotations

from factionmap.relate.candidates import Arg
from factionmap.relate.syntax import Finding, SentenceView, Token, subject_token, subjects
from factionmap.relate.triggers import VERBS

# Attacks whose author is the killer of those the attack killed.
ATTACK_NOUNS = frozenset({"attack", "bombing", "bombings", "blast", "explosion", "strike",
                          "airstrike", "raid", "ambush", "shelling", "assault"})
# Verbs by which a subject is the author of the attack it governs: "A carried out a bombing".
AUTHOR_VERBS = frozenset({"carry", "conduct", "launch", "stage", "mount", "perpetrate", "claim"})


def _including(view: SentenceView, token: Token, after: int) -> list[Arg]:
    """People in an "including" list hung on a token, after position ``after``."""
    return [a for p in token.children if p.dep_ == "prep" and p.lower_ == "including" and p.i > after
            for o in p.children if o.dep_ == "pobj" for a in view.group(o) if a.is_person]


def _attack_authors(view: SentenceView, noun: Token) -> list[Arg]:
    """Who carried out an attack noun: "an A bombing", "A's attack", "A carried out a bombing"."""
    authors = [a for c in noun.children if c.dep_ in ("poss", "compound", "nmod")
               for a in view.resolve(c) if a.is_actor]
    if not authors and noun.dep_ == "dobj" and noun.head.lemma_.lower() in AUTHOR_VERBS:
        authors = [a for a in subjects(view, noun.head) if a.is_actor]
    return authors


def attack_killings(view: SentenceView, found: list[Finding]) -> list[Finding]:
    """killed from "A killed 26 people, including X" and "A carried out a bombing that killed
    (26 people, including) X"; the killer is left out when the sentence names none."""
    out: list[Finding] = []
    for verb in view.doc:
        cue = VERBS.get(verb.lemma_.lower())
        if cue is None or cue.type != "killed" or verb.pos_ != "VERB" \
                or any(c.dep_ == "neg" for c in verb.children):
            continue
        if any(c.dep_ == "auxpass" for c in verb.children):
            continue  # "X was killed": the passive's subject is the victim, read by the verb pattern
        victims = _including(view, verb, verb.i)
        victims += [a for c in verb.children if c.dep_ == "dobj" for a in _including(view, c, c.i)]
        killers = [a for a in subjects(view, verb) if a.is_actor]
        attack = verb.head if verb.dep_ == "relcl" else subject_token(verb)
        if attack is not None and attack.lemma_.lower() in ATTACK_NOUNS and view.arg(attack) is None:
            # "a bombing that kills 26 in P, including X": the parser may hang the list on the attack
            victims += _including(view, attack, verb.i)
            killers = killers or _attack_authors(view, attack)
            named = [f.target for f in found if f.type == "killed" and f.anchor == verb.i]
            victims += [v for v in named if v.is_person]
        elif not killers:
            continue
        for victim in dict.fromkeys(victims):
            sources: list[Arg | None] = list(killers) if killers else [None]  # no author: unknown killer
            out.extend(Finding("killed", k, victim, f"verb:{verb.lemma_.lower()}:attack", verb.i)
                       for k in sources)
    return out
