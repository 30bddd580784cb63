"""Linking and coreference: each mention to one entity, then one Entity per id.

``resolve`` decides ambiguous KB names by context and joins partial person names; ``coref``
adds the mentions analysts make with "the group", "both factions", "the regime"; then every
id becomes one Entity with its mentions in text order (KB name and type for ``kb:``/``geo:``
ids, the best surface for ``new:`` ones).
"""

from __future__ import annotations

from collections import Counter

from factionmap.kb.normalize import normalize_name
from factionmap.link.coref import build_state_index, resolve_coreference
from factionmap.link.resolve import resolve
from factionmap.parses import ParseCache
from factionmap.recognize import alias_index
from factionmap.recognize.aliases import strip_possessive
from factionmap.resources import Resources
from factionmap.types import ENTITY_TYPES, CleanDocument, Entity, Mention, Sentence

__all__ = ["build_entities", "link"]

IN_KB_PREFIXES = ("kb:", "geo:")


def link(doc: CleanDocument, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
         resources: Resources, parses: ParseCache) -> tuple[Entity, ...]:
    """Entities with their mentions: recognised ones resolved, coreferences added."""
    resolved = resolve(doc, mentions, resources.kb, alias_index(resources))
    states = resources.derived("state_index", lambda r: build_state_index(r.kb))
    added, replaced = resolve_coreference(doc, sentences, resolved, resources.kb, states)
    resolved = [m for m in resolved if m not in replaced] + added
    return build_entities(resolved, resources)


def _name(mentions: list[Mention]) -> str:
    """The reported name of a new entity: its most frequent longest surface, cleaned."""
    named = [m for m in mentions if not m.reason.startswith("coref:")
             and m.reason not in ("acronym:defined", "gloss")] or mentions
    surfaces = Counter(strip_possessive(m.text.strip()) for m in named)
    return max(surfaces, key=lambda s: (surfaces[s], len(s)))


def build_entities(mentions: list[Mention], resources: Resources) -> tuple[Entity, ...]:
    """One Entity per id, mentions sorted by start; entities ordered by first mention."""
    by_id: dict[str, list[Mention]] = {}
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        if mention.entity_id:
            by_id.setdefault(mention.entity_id, []).append(mention)
    entities = []
    for entity_id, group in by_id.items():
        kb_entity = resources.kb.get(entity_id)
        if kb_entity is not None:
            name, kind = kb_entity.name, kb_entity.type
        else:
            name = _name(group)
            kind = Counter(m.label for m in group if not m.reason.startswith("coref:")
                           ).most_common(1)[0][0] if group else "other"
        kind = kind if kind in ENTITY_TYPES else "other"
        key = normalize_name(name)
        aliases = tuple(dict.fromkeys(
            strip_possessive(m.text) for m in group if not m.reason.startswith("coref:")
            and normalize_name(m.text) != key))
        entities.append(Entity(
            id=entity_id, name=name, type=kind,  # type: ignore[arg-type]
            in_kb=entity_id.startswith(IN_KB_PREFIXES) and kb_entity is not None,
            mentions=tuple(group), aliases=aliases,
            country=kb_entity.country if kb_entity else None,
            latitude=kb_entity.latitude if kb_entity else None,
            longitude=kb_entity.longitude if kb_entity else None))
    return tuple(entities)
