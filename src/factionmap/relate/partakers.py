"""A group said to have taken part in another group's attack.

"AI claimed responsibility for the suicide bombing of a camp. ... AI claimed that ISI had
participated in the operation": the act is AI's (it claimed it, or carried it out), and ISI
took part in it, so the two operated jointly (claimed, by AI's statement). "The operation" must
point back to one act of exactly one group, in the same sentence or the one before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factionmap.relate.candidates import Arg
from factionmap.relate.nominal_acts import responsible_party
from factionmap.relate.syntax import Finding, SentenceView, Token, subject_token
from factionmap.relate.triggers import HOSTILE_NOUNS

if TYPE_CHECKING:
    from factionmap.relate.dependency import Context

# Acts a group owns and others may take part in (``HOSTILE_NOUNS`` plus the ambiguous
# "operation"'s neighbours).
ACT_NOUNS = HOSTILE_NOUNS | {"bombing", "bombings", "attack", "suicide", "kidnapping", "massacre"}
# Verbs by which a group carries out an act: "carried out / launched / staged the attack".
CARRYING_VERBS = frozenset({"carry", "conduct", "launch", "mount", "stage", "execute", "perpetrate"})
# Determiners by which "the operation" points back to an act already named.
BACK_DETERMINERS = frozenset({"the", "this", "that"})


# Cheap test for a sentence that points back at an act ("had participated in the operation"):
# the sentence before it is parsed even when it names one group only.
PARTAKING_RE = re.compile(r"\b(?:participat\w*|t(?:ook|ake|akes|aking|aken) part)\s+in\s+(?:the|this|that)\b",
                          re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class OwnedAct:
    """The one group whose act the sentence named (it claimed or carried it out)."""

    index: int
    owner: Arg


def _act_owners(view: SentenceView) -> list[Arg]:
    """Groups that claimed or carried out an act in this sentence."""
    found: list[Arg] = []
    for noun in view.doc:
        if noun.lemma_.lower() not in ACT_NOUNS and noun.lower_ not in ACT_NOUNS:
            continue
        found += [a for a in responsible_party(view, noun) if a.is_actor]
        verb = noun.head
        if noun.dep_ == "dobj" and verb.lemma_.lower() in CARRYING_VERBS:
            subject = subject_token(verb)
            found += [a for a in view.group(subject) if a.is_actor] if subject is not None else []
    return list(dict.fromkeys(found))


def _partaking(view: SentenceView) -> list[tuple[Token, list[Arg]]]:
    """(act noun, partakers) of "B participated in / took part in the operation"."""
    found = []
    for verb in view.doc:
        lemma = verb.lemma_.lower()
        if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
            continue
        if lemma not in ("participate", "take"):
            continue
        subject = subject_token(verb)
        partakers = [a for a in view.group(subject) if a.is_actor] if subject is not None else []
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or (noun.lemma_.lower() not in ACT_NOUNS and noun.lower_ not in ACT_NOUNS):
                    continue
                if not any(c.dep_ == "det" and c.lower_ in BACK_DETERMINERS for c in noun.children):
                    continue  # "took part in attacks" names no act of anyone's
                if any(c.dep_ in ("poss", "prep", "acl", "relcl") for c in noun.children):
                    continue  # "the attack on B", "its operation": an act described here
                found.append((noun, partakers))
    return found


def partaker_findings(view: SentenceView, context: Context) -> list[Finding]:
    """joint_operation of a group that took part in an act with the group whose act it was."""
    index = view.masked.index
    previous = context.last_act if context.last_act is not None and context.last_act.index == index - 1 else None
    owners = _act_owners(view)
    context.last_act = OwnedAct(index, owners[0]) if len(owners) == 1 else None
    if not owners and previous is not None:
        owners = [previous.owner]
    if len(owners) != 1:
        return []
    owner = owners[0]
    return [Finding("joint_operation", owner, b, "verb:participate:act", noun.i)
            for noun, partakers in _partaking(view) for b in partakers if b.ids != owner.ids]
