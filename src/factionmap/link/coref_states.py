"""The state a document is about and the state actor "the regime" / "the army" means there.

Built once per knowledge base (``resources.derived("state_index", ...)``) and read by the
``regime`` rule of ``coref``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from factionmap.kb.model import KnowledgeBase
from factionmap.link.coref_patterns import REGIME_ALIASES
from factionmap.types import Mention


def document_country(mentions: list[Mention], kb: KnowledgeBase) -> str | None:
    """The country the document is most about (most mentioned among places and states)."""
    countries: Counter[str] = Counter()
    for mention in mentions:
        entity = kb.get(mention.entity_id) if mention.entity_id else None
        if entity is not None and entity.country and entity.type in ("place", "state"):
            countries[entity.country] += 1
    return countries.most_common(1)[0][0] if countries else None


@dataclass(frozen=True, slots=True)
class StateIndex:
    """Per country its state actor (the forces as a whole), and state names by first letters;
    built once per KB (``resources.derived("state_index", ...)``)."""

    actors: dict[str, tuple[str, str] | None]
    stems: dict[str, frozenset[str]]
    states: dict[str, str]  # country -> state id, when a country's forces are undecided


def build_state_index(kb: KnowledgeBase) -> StateIndex:
    """Index the KB's states and state actors for the ``regime`` rule."""
    by_country: dict[str, list] = {}
    stems: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    for entity in kb:
        if entity.type == "state_actor" and entity.country:
            by_country.setdefault(entity.country, []).append(entity)
        elif entity.type == "state" and entity.country:
            stems.setdefault(entity.name.lower()[:4], set()).add(entity.country)
            names.setdefault(entity.country, set()).add(entity.name.lower()[:4])
    actors = {country: _state_actor(found, names.get(country, set()))
              for country, found in by_country.items()}
    states = {e.country: e.id for e in kb if e.type == "state" and e.country}
    return StateIndex(actors, {k: frozenset(v) for k, v in stems.items()}, states)


def country_of_demonym(word: str, kb: KnowledgeBase, states: StateIndex) -> str | None:
    """"Syrian" -> SY, "Iraqi" -> IQ, "Turkish" -> TR: the state named by the word less its
    ending, else the one state whose name shares its first four letters; None otherwise
    ("Assad", "Islamic")."""
    for entity in (*kb.find(word[:-1]), *kb.find(word[:-2]), *kb.find(word)):
        if entity.type == "state" and entity.country:
            return entity.country
    if len(word) < 5:
        return None
    found = states.stems.get(word.lower()[:4], frozenset())
    return next(iter(found)) if len(found) == 1 else None


def _state_actor(actors: list, stems: set[str]) -> tuple[str, str] | None:
    """The forces of a country as a whole: named after the country ("Syrian government
    forces", "Iraqi security forces", not "Kurdistan Regional Government"), then "government"
    in the name, then "regime forces" among the aliases."""
    if len(actors) == 1:
        return actors[0].id, "state_actor"
    ranked = sorted((((e.name.lower()[:4] in stems) * 4 + ("government" in e.name.lower()) * 2
                      + any(n.lower() in REGIME_ALIASES for n in e.all_names()), e.id)
                     for e in actors), reverse=True)
    if ranked and ranked[0][0] > 0 and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
        return ranked[0][1], "state_actor"
    return None
