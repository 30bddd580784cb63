"""Hand-written corrections of bulk sources: names to drop, records to merge into another.

Bulk sources are imported as they are; what a curator knows to be wrong is written down in
``scripts/kb_curated/corrections/*.yaml`` with the reason, and applied while the KB is built::

    drop_aliases:
      - source: ofac:8759            # a source reference, or `id: kb:<bulk id>`
        names: [al-Tawhid]
        why: OFAC lists AQI's 2004 name loosely; Liwa al-Tawhid is another group.
    merge:
      - sources: [ucdp:743]          # and/or `ids: [kb:<bulk id>, ...]`
        into: kb:farc
        why: UCDP names the FARC only in Spanish, so it matches no curated name.
    separate:
      - sources: [ucdp:748]
        why: Peru's ELN is not Colombia's, though their Spanish names normalise alike.

A merged record's id is kept as a ``former_ids`` entry of the target, so it stays resolvable.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml  # type: ignore[import-untyped]

from factionmap.errors import KnowledgeBaseError
from factionmap.kb.model import KBEntity

CORRECTIONS_DIR = "corrections"


@dataclass(frozen=True, slots=True)
class Corrections:
    """Names to drop (by source reference or bulk id) and bulk records to merge into a KB id."""

    drop: dict[str, frozenset[str]] = field(default_factory=dict)  # ref -> casefolded names
    redirect: dict[str, str] = field(default_factory=dict)  # source ref or bulk id -> KB id
    separate: frozenset[str] = frozenset()  # refs never merged by name into another record

    def refs(self, entity: KBEntity) -> tuple[str, ...]:
        """The references a correction may name ``entity`` by: its id, then its sources."""
        return (entity.id, *entity.sources)

    def dropped(self, entity: KBEntity, *, target: str | None = None) -> frozenset[str]:
        """Casefolded names of ``entity`` that a correction removes (``target``: the id it is
        merged into, whose own drops apply too)."""
        out: set[str] = set()
        for ref in (*self.refs(entity), *([target] if target else [])):
            out |= self.drop.get(ref, frozenset())
        return frozenset(out)

    def target(self, entity: KBEntity) -> str | None:
        """The KB id ``entity`` must be merged into, if a correction says so."""
        return next((self.redirect[r] for r in self.refs(entity) if r in self.redirect), None)

    def kept_apart(self, entity: KBEntity) -> bool:
        """True if ``entity`` must stay its own record although its names match another's."""
        return any(r in self.separate for r in self.refs(entity))

    def clean(self, entity: KBEntity, *, target: str | None = None) -> KBEntity:
        """``entity`` without the aliases a correction drops."""
        dropped = self.dropped(entity, target=target)
        if not dropped:
            return entity
        return replace(entity, aliases=tuple(a for a in entity.aliases if a.name.casefold() not in dropped))


def _refs(item: dict, *, where: str) -> list[str]:
    refs = [str(r) for key in ("source", "id") if item.get(key) for r in [item[key]]]
    refs += [str(r) for key in ("sources", "ids") for r in item.get(key) or ()]
    if not refs or not item.get("why"):
        raise KnowledgeBaseError(f"{where}: a correction names its record (source/id) and says why: {item!r:.80}")
    return refs


def load_corrections(paths: Iterable[Path]) -> Corrections:
    """The corrections of every file, in order (a later redirect of the same record is an error)."""
    drop: dict[str, set[str]] = {}
    redirect: dict[str, str] = {}
    separate: set[str] = set()
    for path in paths:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise KnowledgeBaseError(f"{path}: invalid YAML: {exc}") from exc
        unknown = set(data) - {"drop_aliases", "merge", "separate"}
        if unknown:
            raise KnowledgeBaseError(f"{path}: unknown keys {sorted(unknown)}")
        for item in data.get("drop_aliases") or ():
            names = {str(n).casefold() for n in item.get("names") or ()}
            for ref in _refs(item, where=str(path)):
                drop.setdefault(ref, set()).update(names)
        for item in data.get("merge") or ():
            if not str(item.get("into", "")).startswith("kb:"):
                raise KnowledgeBaseError(f"{path}: a merge needs `into: kb:<id>`: {item!r:.80}")
            for ref in _refs(item, where=str(path)):
                if ref in redirect:
                    raise KnowledgeBaseError(f"{path}: {ref} is already merged into {redirect[ref]}")
                redirect[ref] = str(item["into"])
        for item in data.get("separate") or ():
            separate.update(_refs(item, where=str(path)))
    return Corrections(drop={k: frozenset(v) for k, v in drop.items()}, redirect=redirect,
                       separate=frozenset(separate))


def correction_files(curated_dir: Path) -> list[Path]:
    """The correction files under a curated directory, in a stable order."""
    return sorted((curated_dir / CORRECTIONS_DIR).glob("*.yaml"))
