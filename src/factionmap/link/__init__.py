"""Linking and coreference: each mention to one entity."""

from __future__ import annotations

from factionmap.parses import ParseCache
from factionmap.resources import Resources
from factionmap.types import CleanDocument, Entity, Mention, Sentence


def link(doc: CleanDocument, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
         resources: Resources, parses: ParseCache) -> tuple[Entity, ...]:
    """Entities with their mentions (placeholder: none)."""
    return ()
