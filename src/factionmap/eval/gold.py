"""Gold annotation files: one YAML file per document, parsed and validated (docs/eval.md).

A bad file raises ``EvalError`` with one line naming the file and the problem, so a typo in a
hand-written annotation never surfaces as a traceback or, worse, as a silently wrong score.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]

from factionmap.errors import EvalError
from factionmap.types import (
    ENTITY_TYPES,
    MODALITIES,
    RELATION_TYPES,
    SECTION_KINDS,
    SYMMETRIC_RELATION_TYPES,
    Document,
)

# Gold files end in one of these; anything else in the gold folder (floors.json, README) is skipped.
GOLD_SUFFIXES = (".yaml", ".yml")
# A forbidden entry may use this type to forbid every relation between two entities
# (e.g. two groups that only share a navigation menu).
ANY_TYPE = "*"
TOP_KEYS = frozenset({"id", "source", "published", "title", "url", "text", "html", "note", "entities",
                      "relations", "optional", "forbidden", "sections"})
RELATION_KEYS = frozenset({"type", "source", "target", "modality", "section", "date", "evidence", "note"})
ENTITY_KEYS = frozenset({"names", "kb", "type", "note"})


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """An entity of one gold document: its key, the surface forms used for it, its KB id."""

    key: str
    names: tuple[str, ...]
    type: str = "armed_group"
    kb: str | None = None


@dataclass(frozen=True, slots=True)
class GoldRelation:
    """A relation of the gold: required, optional or forbidden (``source`` None: unknown agent).

    For forbidden entries ``modality`` and ``section`` are None unless given, and then restrict
    the ban (e.g. forbidden only as ``asserted`` or only as ``body``).
    """

    type: str
    source: str | None
    target: str
    modality: str | None = "asserted"
    section: str | None = "body"
    date: str | None = None
    evidence: str | None = None
    note: str | None = None

    @property
    def symmetric(self) -> bool:
        """Whether endpoints match in either order."""
        return self.type in SYMMETRIC_RELATION_TYPES


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One annotated document."""

    id: str
    source: str
    path: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...] = ()
    optional: tuple[GoldRelation, ...] = ()
    forbidden: tuple[GoldRelation, ...] = ()
    sections: tuple[tuple[str, str], ...] = ()  # (kind, substring that must lie in that kind)
    text: str | None = None
    html: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None

    def entity(self, key: str) -> GoldEntity:
        """The gold entity with this key."""
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)

    def to_document(self) -> Document:
        """The pipeline input this gold annotates."""
        return Document(doc_id=self.id, text=self.text, html=self.html, title=self.title, url=self.url,
                        published=self.published, source=self.source)


def _date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    return str(value)


def _fail(path: Path, message: str) -> EvalError:
    return EvalError(f"{path}: invalid gold file: {message}")


def _relations(path: Path, raw: Any, keys: set[str], *, kind: str, text: str | None) -> tuple[GoldRelation, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise _fail(path, f"'{kind}' must be a list")
    out = []
    for n, item in enumerate(raw, 1):
        where = f"{kind}[{n}]"
        if not isinstance(item, dict):
            raise _fail(path, f"{where} must be a mapping")
        unknown = set(item) - RELATION_KEYS
        if unknown:
            raise _fail(path, f"{where} has unknown key(s) {', '.join(sorted(unknown))}")
        rtype = item.get("type")
        allowed = (*RELATION_TYPES, ANY_TYPE) if kind == "forbidden" else RELATION_TYPES
        if rtype not in allowed:
            raise _fail(path, f"{where} has unknown relation type {rtype!r}")
        source, target = item.get("source"), item.get("target")
        if source is not None and source not in keys:
            raise _fail(path, f"{where} source {source!r} is not an entity key")
        if target not in keys:
            raise _fail(path, f"{where} target {target!r} is not an entity key")
        default_mod, default_sec = (None, None) if kind == "forbidden" else ("asserted", "body")
        modality = item.get("modality", default_mod)
        section = item.get("section", default_sec)
        if modality is not None and modality not in MODALITIES:
            raise _fail(path, f"{where} has unknown modality {modality!r}")
        if section is not None and section not in SECTION_KINDS:
            raise _fail(path, f"{where} has unknown section {section!r}")
        evidence = item.get("evidence")
        if evidence is not None and text is not None and str(evidence) not in text:
            raise _fail(path, f"{where} evidence {str(evidence)[:50]!r} is not in the text")
        out.append(GoldRelation(type=rtype, source=source, target=target, modality=modality,
                                section=section, date=_date(item.get("date")),
                                evidence=None if evidence is None else str(evidence),
                                note=item.get("note")))
    return tuple(out)


def _entities(path: Path, raw: Any) -> tuple[GoldEntity, ...]:
    if not isinstance(raw, dict) or not raw:
        raise _fail(path, "'entities' must be a non-empty mapping of key -> {names: [...]}")
    out = []
    for key, spec in raw.items():
        if isinstance(spec, list):
            spec = {"names": spec}
        if not isinstance(spec, dict):
            raise _fail(path, f"entity {key!r} must be a mapping with 'names'")
        unknown = set(spec) - ENTITY_KEYS
        if unknown:
            raise _fail(path, f"entity {key!r} has unknown key(s) {', '.join(sorted(unknown))}")
        names = spec.get("names")
        if isinstance(names, str):
            names = [names]
        if not names or not all(isinstance(n, str) and n.strip() for n in names):
            raise _fail(path, f"entity {key!r} needs a non-empty list of 'names'")
        etype = spec.get("type", "armed_group")
        if etype not in ENTITY_TYPES:
            raise _fail(path, f"entity {key!r} has unknown type {etype!r}")
        kb = spec.get("kb")
        if kb is not None and not str(kb).startswith(("kb:", "geo:")):
            raise _fail(path, f"entity {key!r} kb id {kb!r} must start with kb: or geo:")
        out.append(GoldEntity(key=str(key), names=tuple(names), type=etype, kb=kb))
    return tuple(out)


def _sections(path: Path, raw: Any, text: str | None) -> tuple[tuple[str, str], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise _fail(path, "'sections' must map a section kind to a list of substrings")
    out = []
    for kind, subs in raw.items():
        if kind not in SECTION_KINDS:
            raise _fail(path, f"sections has unknown kind {kind!r}")
        for sub in [subs] if isinstance(subs, str) else subs or []:
            if text is not None and sub not in text:
                raise _fail(path, f"sections.{kind} substring {sub[:50]!r} is not in the text")
            out.append((kind, str(sub)))
    return tuple(out)


def parse_gold(data: Any, path: Path) -> GoldDocument:
    """Validate the parsed YAML ``data`` of ``path`` and build its GoldDocument."""
    if not isinstance(data, dict):
        raise _fail(path, "top level must be a mapping")
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise _fail(path, f"unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("id", "source"):
        if not data.get(key):
            raise _fail(path, f"'{key}' is required")
    text, html = data.get("text"), data.get("html")
    if (text is None) == (html is None):
        raise _fail(path, "exactly one of 'text' or 'html' is required")
    entities = _entities(path, data.get("entities"))
    keys = {e.key for e in entities}
    plain = text if text is not None else None
    relations = _relations(path, data.get("relations"), keys, kind="relations", text=plain)
    seen: set[tuple] = set()
    for r in relations:
        ident = edge_key(r.type, r.source, r.target)
        if ident in seen:
            raise _fail(path, f"duplicate required relation {r.type} {r.source} -> {r.target}")
        seen.add(ident)
    return GoldDocument(
        id=str(data["id"]), source=str(data["source"]), path=str(path), entities=entities,
        relations=relations,
        optional=_relations(path, data.get("optional"), keys, kind="optional", text=plain),
        forbidden=_relations(path, data.get("forbidden"), keys, kind="forbidden", text=plain),
        sections=_sections(path, data.get("sections"), plain),
        text=text, html=html, published=_date(data.get("published")), title=data.get("title"),
        url=data.get("url"),
    )


def edge_key(rtype: str, source: str | None, target: str) -> tuple[str, str | None, str]:
    """The identity of an edge: endpoints sorted for symmetric types."""
    if rtype in SYMMETRIC_RELATION_TYPES and source is not None and source > target:
        return (rtype, target, source)
    return (rtype, source, target)


def load_gold_file(path: Path) -> GoldDocument:
    """Read and validate one gold YAML file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"{path}: cannot read gold file: {exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise EvalError(f"{path}: invalid gold file: YAML error{where}: "
                        f"{getattr(exc, 'problem', None) or exc}") from exc
    return parse_gold(data, path)


def load_gold_dir(directory: Path) -> tuple[GoldDocument, ...]:
    """Every gold file below ``directory``, sorted by path; ids must be unique."""
    if not directory.is_dir():
        raise EvalError(f"{directory}: gold directory not found")
    paths = sorted(p for p in directory.rglob("*") if p.suffix in GOLD_SUFFIXES and p.is_file())
    if not paths:
        raise EvalError(f"{directory}: no gold files (*.yaml) found")
    docs = [load_gold_file(p) for p in paths]
    ids: dict[str, str] = {}
    for d in docs:
        if d.id in ids:
            raise EvalError(f"{d.path}: invalid gold file: id {d.id!r} already used by {ids[d.id]}")
        ids[d.id] = d.path
    return tuple(docs)
