"""Building the bundled knowledge base: curated records first, then bulk sources merged into them.

Order matters: a curated record is the reference; a bulk record whose unambiguous name matches
a curated (or earlier) record is folded into it as extra aliases and sources, otherwise it is
added under its own id. A bulk alias already naming another entity is not carried over (OFAC
lists "HTS" among al-Nusrah Front's names; the KB keeps HTS for Hay'at Tahrir al-Sham).
Links between source records (``ucdp:<id>``) are resolved to KB ids at the end.
``scripts/build_kb.py`` calls :func:`build_actors` and writes the files.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from factionmap.kb.corrections import Corrections, correction_files, load_corrections
from factionmap.kb.countries import country_states
from factionmap.kb.curated import load_curated
from factionmap.kb.hygiene import is_acronym
from factionmap.kb.merge import merge_entities, name_keys
from factionmap.kb.model import Alias, KBEntity, KBLink
from factionmap.kb.normalize import normalize_name

# Types that may be merged with each other: a UCDP "armed_group" can be a curated coalition, and
# a state's name can be a state_actor's, but a person is never a group.
_MERGEABLE = (
    frozenset({"armed_group", "coalition", "organization"}),
    frozenset({"state", "state_actor"}),
)
# Types of the records whose bulk names may not be place names without a flag (states are named
# after their country, on purpose).
_GROUP_TYPES = frozenset({"armed_group", "coalition", "organization"})
# Shared names that identify two records when their canonical names differ; one shared name
# suffices when it has this many words (after articles are dropped).
MIN_SHARED_NAMES = 2
MIN_SPECIFIC_TOKENS = 3
# Source references that other records' links point to ("ucdp:1170" for UCDP actor 1170).
LINKABLE_PREFIXES = ("ucdp:",)


def compatible(a: KBEntity, b: KBEntity) -> bool:
    """True if two records of these types may describe one entity."""
    return a.type == b.type or any(a.type in g and b.type in g for g in _MERGEABLE)


class ActorIndex:
    """Entities by id and by normalised name, for merging sources."""

    def __init__(self, corrections: Corrections | None = None, *,
                 place_keys: frozenset[str] = frozenset()) -> None:
        self.corrections = corrections or Corrections()
        self.place_keys = place_keys
        self.by_id: dict[str, KBEntity] = {}
        self.by_key: dict[str, str] = {}  # unambiguous names: used to match records
        self.owner: dict[str, str] = {}  # every name by key: the first entity to have it
        # Who may keep a name (see owns): plain names by key, acronyms by their surface.
        self.plain_owner: dict[str, str] = {}
        self.acronym_owner: dict[str, str] = {}
        self.acronym_keys: dict[str, set[str]] = {}
        self.external: dict[str, str] = {}  # source reference -> KB id

    def match(self, entity: KBEntity) -> str | None:
        """The id of the indexed entity ``entity`` describes, or None.

        Same id, or the canonical name is a known unambiguous name, or enough other names are
        shared (MIN_SHARED_NAMES, or one name of MIN_SPECIFIC_TOKENS words): sources list odd
        aliases (OFAC gives Hizballah the alias "Ansar Allah"), so one short shared alias is
        not proof of identity.
        """
        same = self.by_id.get(entity.id)
        if same is not None and compatible(same, entity):
            return entity.id
        found = self.by_key.get(normalize_name(entity.name))
        if found is not None and compatible(self.by_id[found], entity):
            return found
        votes: Counter[str] = Counter()
        specific: set[str] = set()
        for key in name_keys(entity):
            found = self.by_key.get(key)
            if found is not None and compatible(self.by_id[found], entity):
                votes[found] += 1
                if len(key.split()) >= MIN_SPECIFIC_TOKENS:
                    specific.add(found)
        for found, count in votes.most_common():
            if count >= MIN_SHARED_NAMES or found in specific:
                return found
        return None

    def put(self, entity: KBEntity) -> None:
        """Add or replace ``entity``; its names point to it unless already taken."""
        self.by_id[entity.id] = entity
        for key in name_keys(entity):
            self.by_key.setdefault(key, entity.id)
        kinds = {a.name: a.kind for a in entity.aliases}
        for name in entity.all_names():
            key = normalize_name(name)
            if key:
                self.owner.setdefault(key, entity.id)
                if _is_acronym_alias(name, kinds.get(name, "name")):
                    self.acronym_owner.setdefault(_surface(name), entity.id)
                    self.acronym_keys.setdefault(key, set()).add(entity.id)
                else:
                    self.plain_owner.setdefault(key, entity.id)
        for source in entity.sources:
            if source.startswith(LINKABLE_PREFIXES):
                self.external[source] = entity.id

    def owns(self, alias: Alias, target: str) -> bool:
        """True if ``alias`` may be a name of ``target``: no other entity has it already.

        Acronyms are matched as written, so two acronyms conflict only when written alike:
        "SRCC" (the Syrian Revolutionary Command Council) leaves "SRRC" to a Somali council
        and "JeM" (Jaish-e-Mohammed) "JEM" to Sudan's Justice and Equality Movement, although
        their normalised keys meet. An acronym still yields to a plain name with its key
        (CAMEO's "UZBEKISTAN" is the country), and a plain name to any name with its key.
        """
        key = normalize_name(alias.name)
        if _is_acronym_alias(alias.name, alias.kind):
            return (self.acronym_owner.get(_surface(alias.name), target) == target
                    and self.plain_owner.get(key, target) == target)
        return self.owner.get(key, target) == target

    def clashes(self, entity: KBEntity) -> bool:
        """True if ``entity``'s canonical name already names an entity of an incompatible type.

        CAMEO files list people among militant groups ("Ayman al Zawahiri" coded as a group):
        such a record would only duplicate a known entity under the wrong type.
        """
        found = self.by_key.get(normalize_name(entity.name))
        return found is not None and not compatible(self.by_id[found], entity)

    def absorb(self, entity: KBEntity) -> str | None:
        """Merge ``entity`` into its match, or add it; returns the id it ends up under.

        A record that clashes with a known entity of another type is dropped (None). Curated
        corrections apply first: dropped names go, and a record they redirect is merged into its
        target (its own id kept as a former id) whatever its names say.
        """
        entity = self.corrections.clean(entity)
        forced = self.corrections.target(entity)
        if forced is not None and forced in self.by_id and forced != entity.id:
            base = self.by_id[forced]
            name = base.name if entity.name.casefold() in self.corrections.dropped(entity) else entity.name
            entity = replace(entity, name=name, former_ids=(*entity.former_ids, entity.id))
        if forced is not None and forced in self.by_id:
            found: str | None = forced
        elif self.corrections.kept_apart(entity):
            found = None
        else:
            found = self.match(entity)
        if found is None and self.clashes(entity) and not self.corrections.kept_apart(entity):
            return None
        target = found or entity.id
        entity = self.corrections.clean(entity, target=target)
        entity = self.flag_places(entity)
        kept = tuple(a for a in entity.aliases if self.owns(a, target))
        entity = replace(entity, aliases=kept)
        if found is None:
            if entity.id in self.by_id:  # same slug, different kind of entity
                entity = replace(entity, id=_free_id(entity.id, self.by_id))
            self.put(entity)
            return entity.id
        base = self.by_id[found]
        merged = merge_entities(base, entity)
        # The record's canonical name joins as a plain alias: flag it too if it is a place.
        added = self.flag_places(replace(merged, name=base.name, aliases=merged.aliases[len(base.aliases):]))
        self.put(replace(merged, aliases=(*base.aliases, *(a for a in added.aliases
                                                           if a.name != base.name or not a.ambiguous))))
        return found


    def flag_places(self, entity: KBEntity) -> KBEntity:
        """``entity`` with its bulk aliases that are also place names flagged ambiguous.

        CAMEO writes acronyms title-cased ("Camo" for the Christian Anti-Moslem Organization is
        Ca Mau in Vietnam), UCDP spells peoples like towns ("Mouro"): as names they would turn a
        place into a group mention. Acronym-kind aliases are matched as written and stay.
        """
        if not self.place_keys or entity.type not in _GROUP_TYPES:
            return entity
        aliases = tuple(
            replace(a, ambiguous=True) if not a.ambiguous and a.kind != "acronym"
            and normalize_name(a.name) in self.place_keys else a
            for a in entity.aliases)
        if normalize_name(entity.name) in self.place_keys and not any(
                a.ambiguous and a.name == entity.name for a in aliases):
            aliases = (Alias(name=entity.name, kind="name", ambiguous=True), *aliases)
        return entity if aliases == entity.aliases else replace(entity, aliases=aliases)


def _is_acronym_alias(name: str, kind: str) -> bool:
    return kind == "acronym" or (" " not in name.strip() and is_acronym(name))


def _surface(name: str) -> str:
    return name.strip().replace(".", "")


def _free_id(base: str, taken: dict[str, KBEntity]) -> str:
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def resolve_links(entities: Iterable[KBEntity], external: dict[str, str], *,
                  known: Iterable[str] = ()) -> list[KBEntity]:
    """Entities with source-reference link targets replaced by KB ids; dangling links dropped.

    ``known``: ids of other entities that links may point to.
    """
    entities = list(entities)
    ids = {e.id for e in entities} | set(known)
    out = []
    for entity in entities:
        links: list[KBLink] = []
        for link in entity.links:
            target = external.get(link.target, link.target)
            if target in ids and target != entity.id or target.startswith("geo:"):
                resolved = replace(link, target=target)
                # The first link to a target wins: curated links come first and carry dates.
                if not any(existing.target == target for existing in links) or (
                        resolved.start or resolved.end) and resolved not in links:
                    links.append(resolved)
        out.append(replace(entity, links=tuple(links)))
    return out


def curated_files(curated_dir: Path) -> list[Path]:
    """The curated YAML files, in a stable order."""
    return sorted(curated_dir.glob("*.yaml"))


def build_actors(curated_dir: Path, *, bulk: Iterable[Iterable[KBEntity]] = (),
                 places: Iterable[KBEntity] = ()) -> list[KBEntity]:
    """Curated records, with generated country states and each bulk source merged in, in order.

    The corrections in ``curated_dir/corrections/`` (see kb.corrections) apply to bulk records;
    bulk aliases that name one of ``places`` are flagged ambiguous (ActorIndex.flag_places).
    """
    place_keys = frozenset(k for p in places for k in map(normalize_name, p.all_names()) if k)
    index = ActorIndex(load_corrections(correction_files(curated_dir)), place_keys=place_keys)
    for entity in load_curated(curated_files(curated_dir)):
        index.put(entity)
    for state in country_states():
        index.absorb(state)
    for source in bulk:
        for entity in source:
            index.absorb(entity)
    return sorted(resolve_links(index.by_id.values(), index.external), key=lambda e: e.id)


def merge_into(existing: Iterable[KBEntity], incoming: Iterable[KBEntity]) -> list[KBEntity]:
    """The records ``incoming`` adds or changes when merged into ``existing`` (as in a build).

    Used to import a source into a user KB file: matched entities come back whole, with the new
    names and sources, so the file overlays the bundled KB without losing curated fields.
    """
    index = ActorIndex()
    for entity in existing:
        index.put(entity)
    touched = [i for i in dict.fromkeys(index.absorb(entity) for entity in incoming) if i is not None]
    return resolve_links((index.by_id[i] for i in touched), index.external, known=index.by_id)
