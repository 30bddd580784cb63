"""A faction of one group that breaks away under a name of its own.

"Two factions arose within A. While one faction wanted to confront C, the other preferred
... This latter faction broke away in 2007 and renamed itself B": B split from A. The faction
is tied to its group in its own phrase ("a faction of A broke away and called itself B") or by
the sentences before it: a sentence that puts factions inside exactly one group ("factions
arose within A", "A split into two factions"), followed only by sentences that go on talking
about factions (``Context.faction_owner``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factionmap.relate.candidates import Arg
from factionmap.relate.syntax import Finding, SentenceView, Token

if TYPE_CHECKING:
    from factionmap.relate.dependency import Context

# Nouns for part of a group's people that may go their own way.
FACTION_NOUNS = frozenset({"faction", "factions"})  # not "wing": "its armed wing" is a unit
# Prepositions that put factions inside a group: "factions within A", "a faction of A".
INSIDE_PREPS = ("within", "of", "in", "inside")
# Verbs whose "into" object are the parts a group divides into: "A split into two factions".
DIVIDING_VERBS = frozenset({"split", "divide", "splinter", "fracture", "break"})
# Verbs by which a faction leaves its group ("broke away", "split off", "seceded").
LEAVING_VERBS = frozenset({"break", "split", "splinter", "secede", "separate", "defect"})
# Verbs by which the faction takes a name of its own: "renamed itself B", "called itself B",
# "formed B", "became B".
NAMING_VERBS = frozenset({"rename", "call", "name", "dub", "style", "form", "found", "establish",
                          "create", "become"})
# Cheap test for a sentence worth a parse when it names only the new body.
FACTION_SPLIT_RE = re.compile(r"\bfaction\b.{0,80}\b(?:broke|split|splintered|seceded|separated|"
                              r"defected)\b", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class FactionOwner:
    """The one group the factions of a passage belong to, and the last sentence about them."""

    index: int
    owner: Arg


def _inside(view: SentenceView, noun: Token) -> list[Arg]:
    """The groups a faction noun is put inside: its own "of/within A", "A's faction", "an A
    faction", the "within A" of the verb it is the subject of, or the subject of "A split
    into factions"."""
    found = [a for a in view.prep_objects(noun, INSIDE_PREPS) if a.is_actor]
    found += [a for c in noun.children if c.dep_ in ("poss", "compound", "nmod")
              for a in [view.arg(c)] if a is not None and a.is_actor]
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        found += [a for a in view.prep_objects(verb, ("within", "inside")) if a.is_actor]
    if noun.dep_ == "pobj" and noun.head.lower_ == "into" and noun.head.head.lemma_.lower() in DIVIDING_VERBS:
        subject = next((c for c in noun.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        found += [a for a in view.group(subject) if a.is_actor] if subject is not None else []
    return list(dict.fromkeys(found))


def _new_name(view: SentenceView, verb: Token) -> list[Arg]:
    """B of "renamed itself B", "called itself B", "formed B", "became B"."""
    lemma = verb.lemma_.lower()
    if lemma in ("form", "found", "establish", "create"):
        return [a for a in view.prep_objects(verb, ("dobj",)) if a.is_actor]
    slots = ("oprd", "attr", "xcomp", "dobj") if lemma != "become" else ("attr",)
    if lemma != "become" and not any(c.dep_ == "dobj" and c.lower_ in ("itself", "themselves")
                                     for c in verb.children):
        return []  # "called X a traitor" names someone else
    return [a for c in verb.children if c.dep_ in slots and c.lower_ not in ("itself", "themselves")
            for a in view.group(c) if a.is_actor]


def _breakaways(view: SentenceView) -> list[tuple[Token, Token, list[Arg]]]:
    """(faction noun, leaving verb, new bodies) for "the faction broke away and renamed itself B"."""
    found = []
    for verb in view.doc:
        if verb.lemma_.lower() not in LEAVING_VERBS or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in FACTION_NOUNS or view.arg(subject) is not None:
            continue
        if any(a.is_actor for a in view.prep_objects(verb, ("from",))):
            continue  # "broke away from A": the verbal patterns read the group left
        named = [a for c in verb.conjuncts if c.i > verb.i for a in _new_name(view, c)]
        named += [a for c in verb.children if c.dep_ in ("xcomp", "advcl") for a in _new_name(view, c)]
        if named:
            found.append((subject, verb, list(dict.fromkeys(named))))
    return found


def faction_findings(view: SentenceView, context: Context, text: str,
                     between: list[str]) -> list[Finding]:
    """split_from of a faction's new name from its group; keeps ``context.faction_owner``.

    ``text`` is the sentence's text, ``between`` the texts of the unparsed sentences since the
    last one parsed (a passage about factions must not lapse in between).
    """
    index = view.masked.index
    previous = context.faction_owner
    if previous is not None and not all(FACTION_WORD.search(t) for t in between):
        previous = None
    found: list[Finding] = []
    for noun, verb, named in _breakaways(view):
        owners = _inside(view, noun)
        if not owners and previous is not None:
            owners = [previous.owner]
        if len(owners) != 1:
            continue  # the faction must be tied to exactly one group
        found.extend(Finding("split_from", b, owners[0], "verb:break:faction", verb.i)
                     for b in named if b.ids != owners[0].ids)
    owners = list(dict.fromkeys(a for t in view.doc if t.lower_ in FACTION_NOUNS and view.arg(t) is None
                                for a in _inside(view, t)))
    if len(owners) == 1:
        context.faction_owner = FactionOwner(index, owners[0])
    elif not owners and previous is not None and FACTION_WORD.search(text):
        context.faction_owner = FactionOwner(index, previous.owner)  # the passage goes on
    else:
        context.faction_owner = None
    return found


FACTION_WORD = re.compile(r"\bfactions?\b", re.IGNORECASE)
