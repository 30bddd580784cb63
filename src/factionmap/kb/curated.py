"""The hand-curated part of the knowledge base: compact YAML records compiled to KBEntity.

A curated record groups its aliases by kind so an analyst can write them quickly::

    - id: kb:jabhat-al-nusra
      name: Jabhat al-Nusra
      type: armed_group
      country: SY
      active: 2012-01-23..2017-01-28
      names: [Jabhat al-Nusrah, Nusra Front]        # kind "name"
      gloss: [Support Front]                        # English translations
      acronyms: [JN, JaN]
      short: [Nusra]
      former: ["Jabhat Fateh al-Sham 2016-07-28..2017-01-28"]   # a name held for a period
      ambiguous: [JN, JaN]                          # names needing context
      links: ["branch_of kb:al-qaeda 2013-04-10..2016-07-28"]

docs/kb.md documents every key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]

from factionmap.errors import KnowledgeBaseError
from factionmap.kb.model import Alias, KBEntity, KBLink

# Record keys holding alias lists, with the alias kind each one gives.
ALIAS_KEYS = {"names": "name", "full": "full", "gloss": "gloss", "acronyms": "acronym",
              "short": "short", "abbrev": "abbrev", "former": "former"}
# Entity types the knowledge base knows; anything else is a typo in a curated file.
ENTITY_TYPES = frozenset({"armed_group", "coalition", "state", "state_actor", "person", "place",
                          "organization"})
# Static structure between entities (background knowledge, never reported as extracted facts).
LINK_TYPES = frozenset({"member_of", "branch_of", "part_of", "splinter_of", "successor_of",
                        "merged_into", "leader_of", "backed_by", "territory", "located_in"})
CURATED_SOURCE = "curated:factionmap"
# A date bound: YYYY, YYYY-MM, YYYY-MM-DD, or a decade like 1970s (kept as written).
_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?|s)?"
_PERIOD_RE = re.compile(rf"^(?P<start>{_DATE})?\.\.(?P<end>{_DATE})?$")
_DATED_NAME_RE = re.compile(rf"^(?P<name>.+?)\s+(?P<period>(?:{_DATE})?\.\.(?:{_DATE})?)$")
KNOWN_KEYS = frozenset({"id", "name", "type", "country", "countries", "active", "links",
                        "description", "sources", "ambiguous", "former_ids", *ALIAS_KEYS})


def parse_period(text: str, *, where: str) -> tuple[str | None, str | None]:
    """Split ``START..END`` (either side may be empty) into its two bounds.

    A single date (a split, a merger, a renaming) is the start of what the link says.
    """
    if re.fullmatch(_DATE, text.strip()):
        return text.strip(), None
    match = _PERIOD_RE.match(text.strip())
    if not match:
        raise KnowledgeBaseError(f"{where}: period {text!r} is not START..END (YYYY[-MM[-DD]])")
    return match.group("start"), match.group("end")


def parse_link(text: str, *, where: str) -> KBLink:
    """Parse ``"type target [START..END]"`` into a KBLink."""
    parts = text.split()
    if len(parts) not in (2, 3) or parts[0] not in LINK_TYPES:
        raise KnowledgeBaseError(
            f"{where}: link {text!r} must be 'TYPE TARGET [START..END]' with TYPE one of "
            f"{', '.join(sorted(LINK_TYPES))}")
    start, end = parse_period(parts[2], where=where) if len(parts) == 3 else (None, None)
    return KBLink(type=parts[0], target=parts[1], start=start, end=end)


def _aliases(raw: dict[str, Any], *, where: str) -> tuple[Alias, ...]:
    if any(isinstance(n, bool) for n in raw.get("ambiguous") or ()):
        raise KnowledgeBaseError(f"{where}: an ambiguous name is a YAML boolean (ON, NO...); quote it")
    ambiguous = {str(n) for n in raw.get("ambiguous") or ()}
    seen: set[str] = {str(raw["name"])}
    out: list[Alias] = []
    for key, kind in ALIAS_KEYS.items():
        for item in raw.get(key) or ():
            start = end = None
            if isinstance(item, bool):
                # YAML 1.1 reads unquoted ON/OFF/YES/NO as booleans: Ordine Nuovo's "ON"
                # would silently become the alias "True".
                raise KnowledgeBaseError(f"{where}: {key} item {item!r} is a YAML boolean; quote the name")
            if isinstance(item, dict):
                name, start, end = str(item["name"]), item.get("start"), item.get("end")
            else:
                name = str(item)
                dated = _DATED_NAME_RE.match(name)
                if dated:
                    name = dated.group("name")
                    start, end = parse_period(dated.group("period"), where=where)
            if name in seen:
                continue
            seen.add(name)
            out.append(Alias(name=name, kind=kind, start=start, end=end,
                             ambiguous=name in ambiguous))
    # An ambiguous name not listed under a kind is a short form.
    for name in sorted(ambiguous - seen):
        kind = "acronym" if name.replace(".", "").isupper() else "short"
        out.append(Alias(name=name, kind=kind, ambiguous=True))
    return tuple(out)


def curated_entity(raw: dict[str, Any], *, where: str = "curated") -> KBEntity:
    """Compile one curated YAML record into a KBEntity (errors name the record)."""
    for key in ("id", "name", "type"):
        if not raw.get(key):
            raise KnowledgeBaseError(f"{where}: record without {key!r}: {raw!r:.80}")
    where = f"{where}: {raw['id']}"
    unknown = set(raw) - KNOWN_KEYS
    if unknown:
        raise KnowledgeBaseError(f"{where}: unknown keys {sorted(unknown)}")
    if raw["type"] not in ENTITY_TYPES:
        raise KnowledgeBaseError(f"{where}: unknown type {raw['type']!r}")
    active_start = active_end = None
    if raw.get("active"):
        active_start, active_end = parse_period(str(raw["active"]), where=where)
    countries = tuple(str(c) for c in raw.get("countries") or ())
    country = raw.get("country") or (countries[0] if countries else None)
    return KBEntity(
        id=str(raw["id"]),
        name=str(raw["name"]),
        type=str(raw["type"]),
        aliases=_aliases(raw, where=where),
        country=str(country) if country else None,
        countries=countries,
        links=tuple(parse_link(str(t), where=where) for t in raw.get("links") or ()),
        sources=tuple(raw.get("sources") or (CURATED_SOURCE,)),
        description=raw.get("description"),
        active_start=active_start,
        active_end=active_end,
        former_ids=tuple(str(i) for i in raw.get("former_ids") or ()),
    )


def load_curated_file(path: Path) -> list[KBEntity]:
    """Every entity of one curated YAML file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path}: invalid YAML: {exc}") from exc
    if not isinstance(data, list):
        raise KnowledgeBaseError(f"{path}: a curated file is a YAML list of records")
    return [curated_entity(raw, where=path.name) for raw in data]


def load_curated(paths: Iterable[Path]) -> Iterator[KBEntity]:
    """Entities of several curated files in order; a repeated id is an error."""
    seen: dict[str, Path] = {}
    for path in paths:
        for entity in load_curated_file(path):
            if entity.id in seen:
                raise KnowledgeBaseError(f"{path}: id {entity.id} already defined in {seen[entity.id]}")
            seen[entity.id] = path
            yield entity
