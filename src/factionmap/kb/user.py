"""An analyst's own knowledge-base file: importing sources into it, adding entities and aliases,
showing and exporting entities. The ``factionmap kb`` commands are thin wrappers over these.

A user KB file is JSON Lines in the bundled schema; loaded after the bundled files
(``load_kb(path)``), a record with a known id adds aliases to that entity and replaces the other
fields it gives; a new id adds an entity.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from factionmap.errors import KnowledgeBaseError
from factionmap.kb.curated import ENTITY_TYPES, LINK_TYPES
from factionmap.kb.hygiene import alias_problem
from factionmap.kb.model import Alias, KBEntity, KnowledgeBase, entity_to_record, read_records

DEFAULT_USER_KB = Path("factionmap-kb.jsonl")
IMPORT_FORMATS = ("ucdp", "ofac", "cameo", "gade")
ALIAS_KINDS = ("name", "full", "acronym", "gloss", "former", "short", "abbrev")
# How many close names `kb show` suggests when a name is unknown, and how close they must be
# (rapidfuzz token_sort_ratio on normalised keys, 0-100; 75 keeps misspellings such as
# "Nusraa Frnt" -> "Nusra Front" and drops unrelated names, checked by hand on a few queries).
SUGGESTIONS = 5
SUGGESTION_MIN_SCORE = 75


def import_into(kb: KnowledgeBase, kind: str, path: Path) -> list[KBEntity]:
    """Records to write to a user KB file so that ``path`` is merged into ``kb``.

    An imported actor that the KB already knows (same id, or its names) comes back as the known
    entity enriched with the new names and sources; others come back as new entities.
    """
    from factionmap.kb.build import merge_into

    return merge_into(kb, import_file(kind, path))


def import_file(kind: str, path: Path) -> list[KBEntity]:
    """KB records read from a source file: ucdp (actor CSV), ofac (sdn.csv), cameo, gade."""
    if kind == "ucdp":
        from factionmap.kb.importers.ucdp import read_ucdp

        return list(read_ucdp(path))
    if kind == "ofac":
        from factionmap.kb.importers.ofac import read_ofac

        return list(read_ofac(path))
    if kind == "cameo":
        from factionmap.kb.importers.cameo import read_countries, read_milnonstate

        if "countr" in path.name.lower():
            agents = path.with_name(path.name.replace("Countries.actors", "agents"))
            return list(read_countries(path, agents_path=agents if agents.exists() else None))
        return list(read_milnonstate(path))
    if kind == "gade":
        from factionmap.kb.importers.gade import read_gade

        return list(read_gade(path))
    raise KnowledgeBaseError(f"unknown import format {kind!r}: use one of {', '.join(IMPORT_FORMATS)}")


def _read_user_file(path: Path) -> dict[str, dict]:
    if not path.exists():
        return {}
    try:
        return {r["id"]: r for r in read_records(path)}
    except (ValueError, KeyError) as exc:
        raise KnowledgeBaseError(f"{path}: not a knowledge-base JSON Lines file: {exc}") from exc


def _write_user_file(path: Path, records: dict[str, dict]) -> None:
    try:
        with path.open("w", encoding="utf-8") as handle:
            for key in sorted(records):
                handle.write(json.dumps(records[key], ensure_ascii=False) + "\n")
    except OSError as exc:
        raise KnowledgeBaseError(f"{path}: cannot write the KB file: {exc.strerror}") from exc


def save_entities(entities: Iterable[KBEntity], path: Path) -> int:
    """Write entities into a user KB file (same id: replaced); returns how many were written."""
    records = _read_user_file(path)
    count = 0
    for entity in entities:
        records[entity.id] = entity_to_record(entity)
        count += 1
    _write_user_file(path, records)
    return count


def add_entity(path: Path, *, entity_id: str, name: str, type: str, aliases: Iterable[str] = (),
               country: str | None = None, links: Iterable[str] = (), description: str | None = None,
               source: str = "user") -> KBEntity:
    """Add (or replace) an analyst's entity in a user KB file.

    ``links`` are "TYPE TARGET [START..END]" strings, as in curated files. Aliases that alias
    hygiene would refuse ("army", a common word, two letters) are kept, flagged ambiguous.
    """
    aliases = list(aliases)
    from factionmap.kb.curated import parse_link

    if not (entity_id.startswith("kb:") or entity_id.startswith("geo:")) or " " in entity_id:
        raise KnowledgeBaseError(f"id {entity_id!r} must look like kb:<slug> (or geo:<id> for a place)")
    if type not in ENTITY_TYPES:
        raise KnowledgeBaseError(f"type {type!r} is not one of {', '.join(sorted(ENTITY_TYPES))}")
    for alias in aliases:
        if alias_problem(alias) in ("placeholder", "too long"):
            raise KnowledgeBaseError(f"alias {alias!r} cannot be used: {alias_problem(alias)}")
    entity = KBEntity(id=entity_id, name=name, type=type,
                      aliases=tuple(Alias(name=a, ambiguous=alias_problem(a) is not None)
                                    for a in dict.fromkeys(aliases) if a != name),
                      country=country, links=tuple(parse_link(lk, where=entity_id) for lk in links),
                      description=description, sources=(source,))
    save_entities([entity], path)
    return entity


def lookup(kb: KnowledgeBase, name: str) -> list[KBEntity]:
    """Every entity named ``name`` (or with that id), actors before places; a clear error if none."""
    entity = kb.get(name)
    if entity is not None:
        return [entity]
    found = kb.find(name)
    if not found:
        close = suggest(kb, name)
        hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        raise KnowledgeBaseError(f"no entity named {name!r} in the knowledge base{hint}")
    return sorted(found, key=lambda e: (e.type == "place", -(e.population or 0), e.id))


def resolve(kb: KnowledgeBase, name: str) -> KBEntity:
    """The one entity named ``name`` (or with that id); a clear error if none or several."""
    found = lookup(kb, name)
    if len(found) == 1:
        return found[0]
    raise KnowledgeBaseError(
        f"{name!r} names {len(found)} entities ({', '.join(e.id for e in found[:8])}); use the id")


def add_alias(kb: KnowledgeBase, path: Path, name: str, alias: str, *, kind: str = "name",
              start: str | None = None, end: str | None = None) -> KBEntity:
    """Give the entity called ``name`` a new alias, recorded in the user KB file."""
    if kind not in ALIAS_KINDS:
        raise KnowledgeBaseError(f"alias kind {kind!r} is not one of {', '.join(ALIAS_KINDS)}")
    problem = alias_problem(alias)
    ambiguous = problem is not None
    if problem in ("placeholder", "too long"):
        raise KnowledgeBaseError(f"alias {alias!r} cannot be used: {problem}")
    entity = resolve(kb, name)
    records = _read_user_file(path)
    record = records.setdefault(entity.id, {"id": entity.id})
    new = {k: v for k, v in (("name", alias), ("kind", kind), ("start", start), ("end", end),
                             ("ambiguous", ambiguous or None)) if v is not None}
    aliases = record.setdefault("aliases", [])
    if all(a.get("name") != alias for a in aliases):
        aliases.append(new)
    _write_user_file(path, records)
    return entity


def suggest(kb: KnowledgeBase, name: str, *, limit: int = SUGGESTIONS) -> list[str]:
    """Known names close to ``name`` (for "not found" messages).

    Names starting with the query's words come first ("Ajnad" -> "Ajnad al-Sham"), then names
    spelled alike (rapidfuzz token_sort_ratio >= SUGGESTION_MIN_SCORE on normalised keys).
    """
    from rapidfuzz import fuzz, process

    from factionmap.kb.normalize import normalize_name

    key = normalize_name(name)
    if not key:
        return []
    index = dict(kb.keys())
    keys = [k for k in index if len(k) >= 4]
    matches = sorted(k for k in keys if k.startswith(key + " "))[:limit]
    matches += [m for m, _, _ in process.extract(key, keys, scorer=fuzz.token_sort_ratio,
                                                 limit=limit * 2, score_cutoff=SUGGESTION_MIN_SCORE)]
    out: list[str] = []
    for match in matches:
        for entity_id in index.get(match, ()):
            label = kb.entities[entity_id].name
            if label not in out:
                out.append(label)
    return out[:limit]


def describe(kb: KnowledgeBase, entity: KBEntity) -> str:
    """A readable multi-line description: id, type, aliases by kind, country, structure, sources."""
    lines = [f"{entity.id}  {entity.name}", f"  type: {entity.type}"]
    countries = [entity.country] if entity.country else []
    countries += [c for c in entity.countries if c not in countries]
    if countries:
        lines.append(f"  country: {', '.join(countries)}")
    if entity.active_start or entity.active_end:
        lines.append(f"  active: {entity.active_start or '?'} .. {entity.active_end or ''}".rstrip())
    if entity.latitude is not None and entity.longitude is not None:
        lines.append(f"  coordinates: {entity.latitude:.4f}, {entity.longitude:.4f}")
    if entity.admin1:
        lines.append(f"  admin1: {entity.admin1}")
    if entity.population:
        lines.append(f"  population: {entity.population}")
    if entity.description:
        lines.append(f"  description: {entity.description}")
    if entity.aliases:
        lines.append("  aliases:")
        for kind in (*ALIAS_KINDS, *sorted({a.kind for a in entity.aliases} - set(ALIAS_KINDS))):
            names = [_alias_label(a) for a in entity.aliases if a.kind == kind and a.name != entity.name]
            if names:
                lines.append(f"    {kind}: {'; '.join(names)}")
    if entity.links:
        lines.append("  structure:")
        for link in entity.links:
            target = kb.get(link.target)
            label = f"{link.target} ({target.name})" if target else link.target
            lines.append(f"    {link.type} {label}{_period(link.start, link.end)}")
    incoming = [(e, lk) for e in kb for lk in e.links if lk.target == entity.id] if entity.type != "place" else []
    if incoming:
        lines.append("  linked from:")
        for other, link in sorted(incoming, key=lambda p: (p[1].type, p[0].id))[:40]:
            lines.append(f"    {other.id} ({other.name}) {link.type} this{_period(link.start, link.end)}")
    if entity.sources:
        lines.append(f"  sources: {', '.join(entity.sources)}")
    return "\n".join(lines) + "\n"


def _alias_label(alias: Alias) -> str:
    label = alias.name + _period(alias.start, alias.end)
    return f"{label} [ambiguous]" if alias.ambiguous else label


def _period(start: str | None, end: str | None) -> str:
    if not start and not end:
        return ""
    return f" ({start or '?'} .. {end or ''})".replace(" .. )", " ..)")


def export_records(kb: KnowledgeBase, *, types: Iterable[str] = ()) -> Iterable[str]:
    """JSON Lines of the knowledge base (optionally only some entity types), sorted by id."""
    wanted = set(types)
    for entity in sorted(kb, key=lambda e: e.id):
        if not wanted or entity.type in wanted:
            yield json.dumps(entity_to_record(entity), ensure_ascii=False)


def validate_link_type(link_type: str) -> None:
    """Raise if ``link_type`` is not a known structure link."""
    if link_type not in LINK_TYPES:
        raise KnowledgeBaseError(f"link type {link_type!r} is not one of {', '.join(sorted(LINK_TYPES))}")
