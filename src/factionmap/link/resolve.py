"""Resolve each recognised mention to one entity: context for ambiguous names, people by parts.

An ambiguous name (several KB entities share it) is decided by the document: the countries
its unambiguous mentions point to, the publication date against each candidate's active
years, and KB links to the other actors mentioned. A person named in part ("Jolani") joins
the fuller name already mentioned ("Abu Mohammad al-Jolani").
"""

from __future__ import annotations

import re
from dataclasses import replace

from factionmap.kb.model import KBEntity, KnowledgeBase
from factionmap.kb.normalize import normalize_name
from factionmap.recognize.aliases import AliasIndex
from factionmap.recognize.rules import STRONG_HEADS
from factionmap.types import ENTITY_TYPES, CleanDocument, Mention

# Weights of the context clues (set by hand: a shared country is the strongest clue in
# conflict reporting, a KB link to a co-mentioned actor next, the active period last).
COUNTRY_WEIGHT = 2.0
LINK_WEIGHT = 1.5
PERIOD_WEIGHT = 1.0
TYPE_WEIGHT = 0.5  # an actor label prefers actor candidates, a place label places
HEAD_WEIGHT = 3.0  # an organisational head in the surface outweighs every other clue
GROUP_TYPES = frozenset({"armed_group", "coalition"})
AMBIGUOUS_SCORE = 0.6  # no clue separates the candidates: the first (most prominent) is kept
PLACE_LABELS = frozenset({"place"})
_LOCATIVE = re.compile(r"\b(?:in|near|at|from|to|into|outside|around|across|toward|towards|of|"
                       r"town|city|village|province)\s+(?:the\s+)?$", re.IGNORECASE)


def _countries(kb: KnowledgeBase, ids: set[str]) -> set[str]:
    found: set[str] = set()
    for entity_id in ids:
        entity = kb.get(entity_id)
        if entity is None:
            continue
        if entity.country:
            found.add(entity.country)
        found.update(entity.countries)
    return found


def _active(entity: KBEntity, published: str | None) -> bool:
    if not published:
        return False
    year = published[:4]
    start = (entity.active_start or "0000")[:4]
    end = (entity.active_end or "9999")[:4]
    return start <= year <= end


def _linked(entity: KBEntity, ids: set[str], kb: KnowledgeBase) -> int:
    count = sum(1 for link in entity.links if link.target in ids)
    for other_id in ids:
        other = kb.get(other_id)
        if other is not None:
            count += sum(1 for link in other.links if link.target == entity.id)
    return count


def choose(candidates: tuple[str, ...], label: str, doc: CleanDocument, known: set[str],
           kb: KnowledgeBase, surface: str = "") -> tuple[str, float]:
    """The candidate the context favours, with a score (lower when no clue decides).

    A surface with an organisational head ("Jaish al-Muhajireen wal Ansar") prefers group
    candidates over a person or place that carries the same name.
    """
    countries = _countries(kb, known)
    group_name = any(w in STRONG_HEADS for w in normalize_name(surface).split())
    # A country is both a state and a gazetteer place: the state speaks for it ("Qatar", "the
    # United States"); its territory is reached through the state's KB link.
    entities = [kb.get(c) for c in candidates]
    state_countries = {e.country for e in entities if e is not None and e.type == "state"}
    candidates = tuple(c for c, e in zip(candidates, entities, strict=True)
                       if not (e is not None and e.type == "place" and e.feature == "country"
                               and e.country in state_countries)) or candidates
    wants_place = label in PLACE_LABELS
    scored = []
    for rank, entity_id in enumerate(candidates):
        entity = kb.get(entity_id)
        if entity is None:
            continue
        points = 0.0
        own = {entity.country, *entity.countries} - {None}
        if own & countries:
            points += COUNTRY_WEIGHT
        points += LINK_WEIGHT * min(2, _linked(entity, known, kb))
        if _active(entity, doc.published):
            points += PERIOD_WEIGHT
        if wants_place == (entity.type == "place"):
            points += TYPE_WEIGHT
        if group_name and entity.type in GROUP_TYPES:
            points += HEAD_WEIGHT
        scored.append((points, -rank, entity.population or 0, entity_id))
    if not scored:
        return candidates[0], AMBIGUOUS_SCORE
    scored.sort(reverse=True)
    decided = len(scored) == 1 or scored[0][0] > scored[1][0]
    return scored[0][3], 0.85 if decided else AMBIGUOUS_SCORE


def resolve(doc: CleanDocument, mentions: tuple[Mention, ...], kb: KnowledgeBase,
            index: AliasIndex) -> list[Mention]:
    """Every mention with an entity id: ambiguous ones by context, partial person names joined."""
    known = {m.entity_id for m in mentions if m.entity_id}
    resolved = []
    for mention in mentions:
        if mention.entity_id is None:
            candidates = index.candidates(mention.text) or ()
            if not candidates:
                continue
            # A name that is both a group and a place ("Hamas", a German town's alternate
            # name) is the place only after a locative word ("in", "near", "town of").
            label = "place" if _LOCATIVE.search(doc.text, max(0, mention.start - 20),
                                                mention.start) else "actor"
            entity_id, score = choose(candidates, label, doc, known, kb, mention.text)
            entity = kb.get(entity_id)
            label = entity.type if entity is not None else mention.label
            mention = replace(mention, entity_id=entity_id, score=min(mention.score, score),
                              reason=mention.reason + "+context",
                              label=label if label in ENTITY_TYPES else "other")  # type: ignore[arg-type]
        resolved.append(mention)
    return _join_partial_people(resolved)


def _join_partial_people(mentions: list[Mention]) -> list[Mention]:
    """'Jolani' after 'Abu Mohammad al-Jolani': the new partial person joins the full one."""
    people: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.label == "person" and mention.entity_id:
            people.setdefault(mention.entity_id, set()).update(normalize_name(mention.text).split())
    out = []
    for mention in mentions:
        if mention.label == "person" and mention.entity_id and mention.entity_id.startswith("new:"):
            words = set(normalize_name(mention.text).split())
            fuller = [pid for pid, names in people.items()
                      if pid != mention.entity_id and words and words < names]
            if len(fuller) == 1:
                mention = replace(mention, entity_id=fuller[0], reason="person:partial",
                                  score=min(mention.score, 0.75))
        out.append(mention)
    return out
