"""Building the bundled knowledge base: curated records first, then bulk sources merged into them.

Order matters: a curated record is the reference; a bulk record whose unambiguous name matches
a curated (or earlier) record is folded into it as extra aliases and sources, otherwise it is
added under its own id. ``scripts/build_kb.py`` calls :func:`build_actors` and writes the files.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from factionmap.kb.countries import country_states
from factionmap.kb.curated import load_curated
from factionmap.kb.merge import merge_entities, name_keys
from factionmap.kb.model import KBEntity


class ActorIndex:
    """Entities by id and by normalised unambiguous name, for merging sources."""

    def __init__(self) -> None:
        self.by_id: dict[str, KBEntity] = {}
        self.by_key: dict[str, str] = {}

    def match(self, entity: KBEntity) -> str | None:
        """The id of an indexed entity sharing an id or an unambiguous name with ``entity``."""
        if entity.id in self.by_id:
            return entity.id
        for key in sorted(name_keys(entity)):
            found = self.by_key.get(key)
            if found is not None and _compatible(self.by_id[found], entity):
                return found
        return None

    def put(self, entity: KBEntity) -> None:
        """Add or replace ``entity``; its names point to it unless already taken."""
        self.by_id[entity.id] = entity
        for key in name_keys(entity):
            self.by_key.setdefault(key, entity.id)

    def absorb(self, entity: KBEntity) -> str:
        """Merge ``entity`` into its match, or add it; returns the id it ends up under."""
        found = self.match(entity)
        if found is None:
            self.put(entity)
            return entity.id
        self.put(merge_entities(self.by_id[found], entity))
        return found


# Types that may be merged with each other: a UCDP "armed_group" can be a curated coalition, and
# a state's name can be a state_actor's ("Government of Syria"), but a person never a group.
_MERGEABLE = {
    frozenset({"armed_group", "coalition", "organization"}),
    frozenset({"state", "state_actor"}),
}


def _compatible(a: KBEntity, b: KBEntity) -> bool:
    if a.type == b.type:
        return True
    return any(a.type in group and b.type in group for group in _MERGEABLE)


def curated_files(curated_dir: Path) -> list[Path]:
    """The curated YAML files, in a stable order."""
    return sorted(curated_dir.glob("*.yaml"))


def build_actors(curated_dir: Path, *, bulk: Iterable[Iterable[KBEntity]] = ()) -> list[KBEntity]:
    """Curated records, with generated country states and each bulk source merged in, in order."""
    index = ActorIndex()
    for entity in load_curated(curated_files(curated_dir)):
        index.put(entity)
    for state in country_states():
        index.absorb(state)
    for source in bulk:
        for entity in source:
            index.absorb(entity)
    return sorted(index.by_id.values(), key=lambda e: e.id)
