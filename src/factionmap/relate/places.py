"""Places attached to a finding: the gazetteer-linked place of its clause.

A place mention counts when a locative preposition governs it ("in a village on the outskirts
of P", "in the P countryside", "near the border town of P") and the trigger's clause holds it;
the nearest such place in the tree wins. The place is an entity (``geo:`` id) whose
coordinates come from recognition and linking.
"""

from __future__ import annotations

from factionmap.relate.candidates import Arg
from factionmap.relate.syntax import SentenceView, Token

# Prepositions that locate an event: "in", "near", "outside", "around" P.
LOCATIVE_PREPS = frozenset({"in", "near", "at", "around", "outside", "inside", "across",
                            "throughout", "into", "on", "towards", "toward", "along", "within",
                            "nearby", "close", "between", "from"})
# Nouns between the preposition and the place: "on the outskirts of P", "the town of P".
PLACE_NOUNS = frozenset({"outskirts", "countryside", "town", "city", "village", "province",
                         "governorate", "district", "area", "region", "suburb", "suburbs",
                         "border", "neighborhood", "neighbourhood", "outskirt", "vicinity",
                         "east", "west", "north", "south", "part", "parts", "edge", "center",
                         "centre", "heart", "capital", "desert", "mountains"})


def _located(token: Token) -> bool:
    """Whether a locative preposition governs a place token (through place nouns)."""
    current = token
    for _ in range(6):
        head = current.head
        if head == current:
            return False
        if head.dep_ == "prep" or head.pos_ == "ADP":
            if head.lower_ in LOCATIVE_PREPS:
                return True
            if head.lower_ != "of":
                return False
        elif head.lemma_.lower() not in PLACE_NOUNS and current.dep_ not in ("compound", "appos",
                                                                              "conj", "poss"):
            return False
        current = head
    return False


def _distance(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    for i, t in enumerate(up_a):
        if t in up_b:
            return i + up_b.index(t)
    return 99


def place_for(view: SentenceView, anchor: Token, exclude: tuple[Arg, ...]) -> Arg | None:
    """The place of the clause of ``anchor``, not one of its own arguments."""
    best: tuple[int, Arg] | None = None
    for index, arg in view.arg_of_token.items():
        if not arg.is_place or arg in exclude:
            continue
        token = view.doc[index]
        if not _located(token):
            continue
        distance = _distance(anchor, token)
        if best is None or distance < best[0]:
            best = (distance, arg)
    return best[1] if best else None
