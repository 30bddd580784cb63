"""The knowledge base: entities of the world that factionmap knows, loaded from JSON Lines.

One record per line (see docs/kb.md for the schema). A user's own file overlays the bundled
one: a record with an id already present replaces it field by field; new ids are added.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factionmap.errors import KnowledgeBaseError
from factionmap.kb.normalize import normalize_name

BUNDLED_DIR = Path(__file__).parent / "data"
BUNDLED_FILES = ("actors.jsonl", "places.jsonl")


@dataclass(frozen=True, slots=True)
class Alias:
    """Another name of an entity; ``kind`` is name, full, acronym, gloss, former, short, abbrev.

    ``start``/``end`` bound the period the name was in use (a former name, a later name).
    ``ambiguous`` marks a name that also means other things ("IS", "the regime", "FSA"): a
    linker should accept it only with support from context (see docs/kb.md).
    """

    name: str
    kind: str = "name"
    lang: str | None = None
    start: str | None = None
    end: str | None = None
    ambiguous: bool = False


@dataclass(frozen=True, slots=True)
class KBLink:
    """Static structure between two KB entities (background knowledge, never reported as text)."""

    type: str
    target: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True, slots=True)
class KBEntity:
    """One record of the knowledge base."""

    id: str
    name: str
    type: str
    aliases: tuple[Alias, ...] = ()
    country: str | None = None
    countries: tuple[str, ...] = ()
    links: tuple[KBLink, ...] = ()
    sources: tuple[str, ...] = ()
    description: str | None = None
    active_start: str | None = None
    active_end: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    admin1: str | None = None
    population: int | None = None
    feature: str | None = None
    # Ids this entity was known under before a duplicate was merged into it ("kb:assad-forces"
    # is now "kb:syrian-government-forces"): KnowledgeBase.get still resolves them.
    former_ids: tuple[str, ...] = ()

    def all_names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias name."""
        return (self.name, *(a.name for a in self.aliases))

    def ambiguous_keys(self) -> frozenset[str]:
        """Normalised names of this entity that need context ("IS", "the regime", a town called
        "Hit"): those of aliases flagged ``ambiguous``, the canonical name included when it is
        repeated as a flagged alias (docs/kb.md)."""
        return frozenset(normalize_name(a.name) for a in self.aliases if a.ambiguous)


def entity_from_record(record: dict) -> KBEntity:
    """Build a KBEntity from one JSON record (the on-disk schema)."""
    aliases = tuple(
        Alias(**a) if isinstance(a, dict) else Alias(name=str(a)) for a in record.get("aliases", ())
    )
    links = tuple(KBLink(**link) for link in record.get("links", ()))
    return KBEntity(
        id=record["id"],
        name=record["name"],
        type=record.get("type", "other"),
        aliases=aliases,
        country=record.get("country"),
        countries=tuple(record.get("countries", ())),
        links=links,
        sources=tuple(record.get("sources", ())),
        description=record.get("description"),
        active_start=record.get("active_start"),
        active_end=record.get("active_end"),
        latitude=record.get("latitude"),
        longitude=record.get("longitude"),
        admin1=record.get("admin1"),
        population=record.get("population"),
        feature=record.get("feature"),
        former_ids=tuple(record.get("former_ids", ())),
    )


def entity_to_record(entity: KBEntity) -> dict:
    """The JSON record of a KBEntity, leaving out empty fields."""
    record: dict = {"id": entity.id, "name": entity.name, "type": entity.type}
    if entity.aliases:
        record["aliases"] = [
            {k: v for k, v in (("name", a.name), ("kind", a.kind), ("lang", a.lang),
                               ("start", a.start), ("end", a.end),
                               ("ambiguous", a.ambiguous or None)) if v is not None}
            for a in entity.aliases
        ]
    for key in ("country", "description", "active_start", "active_end", "latitude",
                "longitude", "admin1", "population", "feature"):
        value = getattr(entity, key)
        if value is not None:
            record[key] = value
    if entity.countries:
        record["countries"] = list(entity.countries)
    if entity.links:
        record["links"] = [
            {k: v for k, v in (("type", lk.type), ("target", lk.target), ("start", lk.start),
                               ("end", lk.end)) if v is not None}
            for lk in entity.links
        ]
    if entity.sources:
        record["sources"] = list(entity.sources)
    if entity.former_ids:
        record["former_ids"] = list(entity.former_ids)
    return record


@dataclass(slots=True)
class KnowledgeBase:
    """Entities by id, with an index from normalised name to ids (and from merged-away ids)."""

    entities: dict[str, KBEntity] = field(default_factory=dict)
    _by_key: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _redirects: dict[str, str] = field(default_factory=dict, repr=False)

    def add(self, entity: KBEntity) -> None:
        """Add or replace an entity (replacing keeps the index consistent)."""
        if entity.id in self.entities:
            self._unindex(self.entities[entity.id])
        self.entities[entity.id] = entity
        for old in entity.former_ids:
            self._redirects.setdefault(old, entity.id)
        for name in entity.all_names():
            key = normalize_name(name)
            if key:
                ids = self._by_key.setdefault(key, [])
                if entity.id not in ids:
                    ids.append(entity.id)

    def _unindex(self, entity: KBEntity) -> None:
        for name in entity.all_names():
            ids = self._by_key.get(normalize_name(name))
            if ids and entity.id in ids:
                ids.remove(entity.id)

    def get(self, entity_id: str) -> KBEntity | None:
        """The entity with this id (or a former id merged into it), or None."""
        found = self.entities.get(entity_id)
        if found is None and entity_id in self._redirects:
            found = self.entities.get(self._redirects[entity_id])
        return found

    def resolve(self, entity_id: str) -> str:
        """The current id of ``entity_id``: itself, or the entity a former id was merged into."""
        return entity_id if entity_id in self.entities else self._redirects.get(entity_id, entity_id)

    def find(self, name: str) -> list[KBEntity]:
        """Entities having ``name`` (in any spelling) as name or alias."""
        return [self.entities[i] for i in self._by_key.get(normalize_name(name), ())]

    def keys(self) -> Iterator[tuple[str, list[str]]]:
        """Every normalised name key with the ids it points to."""
        return iter(self._by_key.items())

    def __iter__(self) -> Iterator[KBEntity]:
        return iter(self.entities.values())

    def __len__(self) -> int:
        return len(self.entities)


def read_records(path: Path) -> Iterator[dict]:
    """JSON records of a KB file, one per non-empty line (``//`` starts a comment line)."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeBaseError(f"{path}: cannot read knowledge-base file: {exc.strerror}") from exc
    with handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if line and not line.startswith("//"):
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise KnowledgeBaseError(
                        f"{path}:{number}: invalid JSON in knowledge base: {exc.msg}") from exc
                if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                    raise KnowledgeBaseError(f"{path}:{number}: a KB record is a JSON object with an \"id\"")
                yield record


def load_kb(*overlays: Path, bundled: bool = True) -> KnowledgeBase:
    """Load the bundled knowledge base, then each overlay file in order on top of it.

    A missing overlay, invalid JSON or an invalid record is a KnowledgeBaseError naming the
    file and line.
    """
    kb = KnowledgeBase()
    paths: list[Path] = [BUNDLED_DIR / name for name in BUNDLED_FILES] if bundled else []
    for path in overlays:
        if not Path(path).exists():
            raise KnowledgeBaseError(f"{path}: knowledge-base file not found")
    for path in [*paths, *overlays]:
        if path.exists():
            for record in read_records(Path(path)):
                try:
                    _merge(kb, record)
                except (KeyError, TypeError, ValueError) as exc:
                    raise KnowledgeBaseError(
                        f"{path}: invalid record {record.get('id')!r}: {exc!r} (see docs/kb.md)") from exc
    return kb


def _merge(kb: KnowledgeBase, record: dict) -> None:
    old = kb.get(record["id"])
    if old is not None:
        merged = entity_to_record(old)
        extra_aliases = record.pop("aliases", None)
        merged.update(record)
        if extra_aliases:
            names = {a["name"] for a in merged.get("aliases", [])}
            merged.setdefault("aliases", []).extend(
                a for a in (x if isinstance(x, dict) else {"name": x} for x in extra_aliases)
                if a["name"] not in names
            )
        record = merged
    kb.add(entity_from_record(record))


def write_records(entities: Iterable[KBEntity], path: Path) -> None:
    """Write entities as JSON Lines, sorted by id, for stable diffs."""
    with path.open("w", encoding="utf-8") as handle:
        for entity in sorted(entities, key=lambda e: e.id):
            handle.write(json.dumps(entity_to_record(entity), ensure_ascii=False) + "\n")
