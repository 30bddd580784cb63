"""Relations and events between linked entities, with evidence, modality and time."""

from __future__ import annotations

from factionmap.parses import ParseCache
from factionmap.resources import Resources
from factionmap.types import CleanDocument, Entity, Event, Relation, Sentence


def relate(doc: CleanDocument, sentences: tuple[Sentence, ...], entities: tuple[Entity, ...],
           resources: Resources, parses: ParseCache) -> tuple[tuple[Relation, ...], tuple[Event, ...]]:
    """Relations and events (placeholder: none)."""
    return (), ()
