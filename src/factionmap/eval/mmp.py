"""Scoring the Mapping Militants (Stanford MMP) relationship descriptions.

Each row of ``Militant-Group-Relationships-clean.csv`` labels the relation between two groups
(alliance, rivalry, affiliation, splinter, merger) and most carry a one- or two-sentence
description. The pipeline runs on the description alone; a row is a hit when some predicted
relation links the two groups (either direction) with a type its label allows.
These relations are a dev set only: they must never be loaded into the knowledge base.
"""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from factionmap.errors import EvalError
from factionmap.kb.model import KnowledgeBase
from factionmap.kb.normalize import normalize_name
from factionmap.relate.mappings import MMP_TYPES
from factionmap.types import Document, Entity, Extraction

# Where the shared data folder keeps the file, relative to the repository root.
DEFAULT_MMP_CSV = Path("../shared/data/dev/mapping-militants-mmp/Militant-Group-Relationships-clean.csv")
# MMP label -> relation types that express it (the mapping, kept with the export mappings).
LABEL_TYPES: dict[str, frozenset[str]] = MMP_TYPES
LABEL_NAMES = {"all": "alliance", "riv": "rivalry", "aff": "affiliation", "spl": "splinter", "mer": "merger"}
_PAREN_RE = re.compile(r"\(([^)]*)\)")


@dataclass(frozen=True, slots=True)
class MMPRow:
    """One labelled MMP relation with its description."""

    uid: str
    label: str
    group1: str
    group2: str
    date: str
    description: str

    def to_document(self) -> Document:
        """The description as a pipeline input."""
        return Document(doc_id=f"mmp-{self.uid}", text=self.description,
                        source=f"Mapping Militants relationship {self.uid}")


@dataclass(frozen=True, slots=True)
class MMPOutcome:
    """What the pipeline found for one row."""

    row: MMPRow
    found1: bool
    found2: bool
    pair_types: tuple[str, ...]  # types of non-negated predicted relations linking the two groups

    @property
    def hit(self) -> bool:
        """The labelled relation found with an allowed type."""
        return bool(set(self.pair_types) & LABEL_TYPES[self.row.label])


@dataclass(frozen=True, slots=True)
class MMPLabelScore:
    """Hit rates for one label."""

    label: str
    rows: int
    hits: int
    pairs: int
    groups: int

    @property
    def hit_rate(self) -> float:
        """Share of rows whose labelled relation was found with the right type."""
        return self.hits / self.rows if self.rows else 0.0


def clean_description(text: str) -> str:
    """Undo the CSV's escaping artefacts: backslash-escaped quotes (``\\'``), HTML entities
    (``&#039;``) and UTF-8 read as Latin-1 (``groupâ\x80\x99s``). The words are left alone."""
    text = text.replace("\\'", "'").replace("\\&", "&")
    text = html.unescape(text)
    if "\u00e2" in text or "\u00c3" in text:
        try:
            text = text.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return text.strip()


def read_mmp(path: Path) -> tuple[MMPRow, ...]:
    """Rows of the MMP relationships CSV that have a description and a known label."""
    if not path.is_file():
        raise EvalError(f"{path}: Mapping Militants CSV not found; pass its path to --mmp "
                        "(Militant-Group-Relationships-clean.csv of ../shared/data/dev/mapping-militants-mmp)")
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            records = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise EvalError(f"{path}: cannot read Mapping Militants CSV: {exc}") from exc
    need = {"unique_id", "type", "group1_name", "group2_name", "description"}
    if records and not need <= set(records[0]):
        raise EvalError(f"{path}: not a Mapping Militants relationships CSV (needs columns {sorted(need)})")
    return tuple(
        MMPRow(uid=r["unique_id"], label=r["type"].strip(), group1=r["group1_name"].strip(),
               group2=r["group2_name"].strip(), date=r.get("date", ""),
               description=clean_description(r["description"]))
        for r in records
        if r["type"].strip() in LABEL_TYPES and len(r["description"].strip()) > 20
    )


# A parenthetical that gives a former name: "Hay'at Tahrir al-Sham (Formerly Jabhat al-Nusra)".
_FORMERLY_RE = re.compile(r"^(?:formerly|previously|once)(?:\s+known\s+as)?\s+", re.IGNORECASE)
# Fuzzy floor between a predicted entity's name and an MMP name (rapidfuzz token_sort_ratio on
# normalised keys): MMP's own misspellings ("Liberation Tigers of Tamil Elam") meet the KB's
# spelling; "Al Qaeda" vs "Al Qaeda in Iraq" (a different group) does not.
FUZZY_FLOOR = 90.0
# One name holding every word of the other counts only when the shorter has this many words
# ("Revolutionary Armed Forces of Colombia" in "... - People's Army"; "Al Qaeda" is too short).
SUBSET_MIN_WORDS = 3


def group_names(name: str) -> tuple[str, ...]:
    """A group name and its variants: without the parenthetical, and the parenthetical alone
    (often an acronym; "Formerly X" gives X)."""
    out = [name]
    bare = _PAREN_RE.sub("", name).strip()
    if bare and bare != name:
        out.append(bare)
    out.extend(_FORMERLY_RE.sub("", m.strip()) for m in _PAREN_RE.findall(name) if m.strip())
    return tuple(out)


def names_match(keys: set[str], names: set[str]) -> bool:
    """Whether a normalised entity name equals or fuzzy-matches a normalised MMP key."""
    if keys & names:
        return True
    for key in keys:
        for name in names:
            if not name:
                continue
            if fuzz.token_sort_ratio(key, name) >= FUZZY_FLOOR:
                return True
            shorter = min(len(key.split()), len(name.split()))
            if shorter >= SUBSET_MIN_WORDS and fuzz.token_set_ratio(key, name) == 100:
                return True
    return False


def entity_forms(entity: Entity, kb: KnowledgeBase | None) -> set[str]:
    """Normalised names of a predicted entity: its KB names and aliases (when linked), its
    name and aliases, and the text of its own mentions (not coreference mentions)."""
    kb_entity = kb.get(entity.id) if kb is not None else None
    forms = {entity.name, *entity.aliases, *(kb_entity.all_names() if kb_entity else ())}
    forms.update(m.text for m in entity.mentions if not m.reason.startswith("coref:"))
    return {normalize_name(f) for f in forms} - {""}


def group_matcher(name: str, kb: KnowledgeBase | None) -> Callable[[Entity], bool]:
    """A test for "this predicted entity is the MMP group ``name``": its id is the one the KB
    gives that name, or one of its names matches a variant of it (exactly or fuzzily)."""
    keys = {normalize_name(n) for n in group_names(name)} - {""}
    ids = {e.id for n in group_names(name) for e in (kb.find(n) if kb is not None else ())}

    def matches(entity: Entity) -> bool:
        return entity.id in ids or names_match(keys, entity_forms(entity, kb))

    return matches


def score_row(row: MMPRow, extraction: Extraction, kb: KnowledgeBase | None = None) -> MMPOutcome:
    """Whether the extraction of one description links its two groups, and how."""
    m1, m2 = group_matcher(row.group1, kb), group_matcher(row.group2, kb)
    ids1 = {e.id for e in extraction.entities if m1(e)}
    ids2 = {e.id for e in extraction.entities if m2(e)}
    # A negated statement ("AI denied any ties to IS") never credits the label.
    types = tuple(sorted({r.type for r in extraction.relations if r.modality != "negated"
                          and ((r.source in ids1 and r.target in ids2) or (r.source in ids2 and r.target in ids1))}))
    return MMPOutcome(row=row, found1=bool(ids1), found2=bool(ids2), pair_types=types)


def summarize_mmp(outcomes: Sequence[MMPOutcome]) -> tuple[MMPLabelScore, ...]:
    """Per-label scores, then an ``overall`` line."""
    out = []
    for label in (*LABEL_TYPES, "overall"):
        rows = [o for o in outcomes if label in ("overall", o.row.label)]
        out.append(MMPLabelScore(label=label, rows=len(rows), hits=sum(o.hit for o in rows),
                                 pairs=sum(bool(o.pair_types) for o in rows),
                                 groups=sum(o.found1 and o.found2 for o in rows)))
    return tuple(out)


def select_rows(rows: Iterable[MMPRow], *, every: int = 1, limit: int | None = None) -> tuple[MMPRow, ...]:
    """A deterministic sample: every ``every``-th row, at most ``limit`` of them."""
    picked = [r for i, r in enumerate(rows) if i % max(every, 1) == 0]
    return tuple(picked[:limit] if limit is not None else picked)
