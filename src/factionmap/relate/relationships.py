"""Relationship noun phrases typed by their predicate, and by the sentence after them.

"The relationship between A and B is an alliance", "A's relationship with B has become a
rivalry", "X has made its relationship with B one of partnership": the relationship noun names
the two groups and the predicate names the kind of tie. An unqualified relationship noun states
nothing by itself (``nominal_phrases.RELATIONSHIP_NOUNS``); its predicate may.

"The A and B relationship fluctuates between an alliance and rivalry. However, the net result
is an affiliation": a relationship whose own sentence names no firm kind stays open
(``Context.open_relationship``), and the next sentence may name it through "the (net) result"
or "the relationship", as long as that sentence names no group of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factionmap.relate.candidates import Arg
from factionmap.relate.nominal_phrases import RELATIONSHIP_NOUNS, relationship_cue
from factionmap.relate.syntax import Finding, SentenceView, Token, pairs

if TYPE_CHECKING:
    from factionmap.relate.dependency import Context

# Nouns that name the kind of a relationship when they are its predicate.
KIND_NOUNS: dict[str, str] = {
    # cooperation between groups is what the contract calls an alliance
    "alliance": "allied_with", "partnership": "allied_with", "cooperation": "allied_with",
    "co-operation": "allied_with", "collaboration": "allied_with",
    "rivalry": "rival_of", "hostility": "rival_of", "enmity": "rival_of",
    "animosity": "rival_of", "antagonism": "rival_of",
    "affiliation": "affiliated_with",
}
# Copulas whose attribute describes the subject: "the relationship is/remains/became a rivalry".
COPULAS = frozenset({"be", "remain", "become", "stay"})
# Verbs that raise a copula's subject: "the relationship appears to be / seems to remain X".
RAISING_VERBS = frozenset({"appear", "seem", "prove", "tend", "continue"})
# Verbs whose object is described by a second complement: "made its relationship one of
# partnership", "kept their relationship an alliance".
MAKING_VERBS = frozenset({"make", "keep", "render", "turn"})
# Subjects of a follow-up sentence that stand for the relationship just named: "the net
# result is an affiliation", "the relationship is mostly an alliance".
FOLLOW_UP_SUBJECTS = frozenset({"result", "outcome", "relationship", "relation", "relations"})
# Cheap test for the sentence after an open relationship, before it is parsed at all.
FOLLOW_UP_RE = re.compile(r"\b(?:result|outcome|relationship|relations?)\s+(?:is|was|has been|remains|"
                          r"remained|became|has become|appears to be|seems to be)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class OpenRelationship:
    """Two groups a relationship noun named without a firm kind, kept for the next sentence."""

    index: int  # sentence index of the relationship noun
    parties: tuple[tuple[Arg, Arg], ...]


def _kind(token: Token) -> str | None:
    """The relation type a predicate noun names ("an alliance", "one of partnership")."""
    noun = token
    if token.lower_ == "one":  # "one of partnership"
        objects = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        if len(objects) != 1:
            return None
        noun = objects[0]
    kinds = {KIND_NOUNS.get(n.lower_) or KIND_NOUNS.get(n.lemma_.lower()) for n in (noun, *noun.conjuncts)}
    # "is both an alliance and a rivalry" names no single kind
    return kinds.pop() if len(kinds) == 1 else None


def _owner(view: SentenceView, token: Token) -> list[Arg]:
    """The group a possessive on the relationship noun stands for: a name, or "its"/"their" as
    the possessor of the clause's subject ("BACRIM's involvement has made its relationship"),
    else the nearest group named before it."""
    arg = view.arg(token)
    if arg is not None:
        return [arg] if arg.is_actor else []
    if token.lower_ not in ("its", "their"):
        return []
    verb = token.head.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.i < token.i:
        named = view.arg(subject) or next(
            (view.arg(c) for c in subject.children if c.dep_ == "poss" and view.arg(c)), None)
        if named is not None and named.is_actor:
            return [named]
    earlier = [(i, a) for i, a in view.arg_of_token.items()
               if i < token.i and a.is_actor and a.label != "state"]
    return [max(earlier, key=lambda x: x[0])[1]] if earlier else []


def parties(view: SentenceView, noun: Token) -> list[tuple[Arg, Arg]]:
    """The pairs a relationship noun relates: "A's relationship with B", "the relationship
    between A and B", "the A and B relationship"."""
    owners: list[Arg] = []
    for child in noun.children:
        if child.dep_ == "poss":
            owners += _owner(view, child)
        elif child.dep_ in ("compound", "nmod") and child.i < noun.i:
            owners += [a for a in view.group(child) if a.is_actor]
    owners += [a for a in view.prep_objects(noun, ("of",)) if a.is_actor]  # "the relationship of A with B"
    partners = [a for a in view.prep_objects(noun, ("with", "to")) if a.is_actor]
    listed = [a for a in view.prep_objects(noun, ("between", "among")) if a.is_actor]
    owners = list(dict.fromkeys(owners))
    if partners:
        return [(a, b) for a in owners for b in dict.fromkeys(partners) if a is not b]
    return list(pairs(list(dict.fromkeys(owners + listed))))


def _predicate(noun: Token) -> tuple[Token | None, bool]:
    """(the predicate noun naming the relationship's kind, whether the noun has a predicate
    verb at all) for "the relationship is an alliance" / "made its relationship one of X"."""
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in RAISING_VERBS:
        # "the relationship appears to be a rivalry" (read as asserted, as "A appears to be an
        # ally of B" is everywhere else)
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in COPULAS), verb)
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in COPULAS:
        attr = next((c for c in verb.children if c.dep_ in ("attr", "acomp")), None)
        return attr, True
    if noun.dep_ == "dobj" and verb.lemma_.lower() in MAKING_VERBS:
        complement = next((c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp", "attr")), None)
        if complement is None:
            # "made its relationship with the ELN one of partnership": the parser hangs "one"
            # on the partner's name as an apposition
            complement = next((t for t in noun.subtree if t.lower_ == "one" and t.dep_ == "appos"), None)
        return complement, True
    return None, noun.dep_ in ("nsubj", "nsubjpass")


def relationship_findings(view: SentenceView, noun: Token, context_open: list[OpenRelationship],
                          index: int) -> list[Finding]:
    """Relations a bare relationship noun states through its predicate; a subject whose verb
    names no kind ("fluctuates between an alliance and rivalry") is left open for the next
    sentence (appended to ``context_open``)."""
    lower, lemma = noun.lower_, noun.lemma_.lower()
    if (lower not in RELATIONSHIP_NOUNS and lemma not in RELATIONSHIP_NOUNS) or relationship_cue(noun):
        return []
    found_pairs = parties(view, noun)
    if not found_pairs:
        return []
    predicate, has_verb = _predicate(noun)
    rtype = _kind(predicate) if predicate is not None else None
    if rtype is None:
        if has_verb and predicate is None:
            context_open.append(OpenRelationship(index, tuple(found_pairs)))
        return []
    return [Finding(rtype, a, b, f"noun:{lemma}:predicate", predicate.i)  # type: ignore[union-attr]
            for a, b in found_pairs]


def follow_up_findings(view: SentenceView, open_: OpenRelationship) -> list[Finding]:
    """ "However, the net result is an affiliation": the kind of the relationship named in the
    sentence before, when this sentence names no group of its own."""
    if any(a.is_actor for a in view.arg_of_token.values()):
        return []
    found: list[Finding] = []
    for token in view.doc:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.lemma_.lower() not in FOLLOW_UP_SUBJECTS:
            continue
        if token.head.dep_ not in ("ROOT",) or token.head.lemma_.lower() not in COPULAS:
            continue
        if any(c.dep_ in ("prep", "poss") for c in token.children):
            continue  # "the result of the war", "its relationship with B": about something else
        attr = next((c for c in token.head.children if c.dep_ in ("attr", "acomp")), None)
        rtype = _kind(attr) if attr is not None else None
        if rtype is not None:
            found.extend(Finding(rtype, a, b, "noun:relationship:follow-up", attr.i)  # type: ignore[union-attr]
                         for a, b in open_.parties)
    return found


# A relationship word in a sentence, which makes the sentence after it worth a parse when that
# one reads as a follow-up (``FOLLOW_UP_RE``).
RELATIONSHIP_RE = re.compile(r"\b(?:relationships?|relations|ties|links)\b", re.IGNORECASE)


def wants_follow_up(text: str, next_text: str) -> bool:
    """Whether the sentence after ``text`` may name the kind of a relationship ``text`` opens."""
    return bool(RELATIONSHIP_RE.search(text) and FOLLOW_UP_RE.search(next_text))


def relationship_sentence(view: SentenceView, context: Context) -> list[Finding]:
    """Relations of the bare relationship nouns of one sentence, and of the relationship the
    sentence before left open."""
    index = view.masked.index
    found: list[Finding] = []
    previous, context.open_relationship = context.open_relationship, None
    if previous is not None and previous.index == index - 1:
        found += follow_up_findings(view, previous)
    opened: list[OpenRelationship] = []
    for token in view.doc:
        if token.pos_ in ("NOUN", "PROPN") and view.arg(token) is None:
            found += relationship_findings(view, token, opened, index)
    if len(opened) == 1:  # two open relationships: "the result" could be either's
        context.open_relationship = opened[0]
    return found
