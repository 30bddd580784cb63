"""Mapping Militants measurement: are both groups of each relation description found and linked?

Each description of /work/shared/data/dev/mapping-militants-mmp/Militant-Group-Relationships-clean.csv
names two groups (``group1_name``, ``group2_name``, MMP canonical names). A group counts as
found when some entity extracted from the description has a name or alias that normalises to
the MMP name (or its parenthesised acronym), or fuzzy-matches it. Run as a script to print the
figure and the misses: ``.venv/bin/python tests/link/mmp_measure.py [--misses]``.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from rapidfuzz import fuzz

from factionmap.kb.normalize import normalize_name
from factionmap.resources import Resources
from factionmap.types import Entity

MMP_CSV = Path("dev/mapping-militants-mmp/Militant-Group-Relationships-clean.csv")
# Fuzzy floor between an entity name and the MMP name (rapidfuzz token_sort_ratio on keys):
# "Al Qaeda in Iraq" vs "al-Qaida in Iraq" meet, "Al Qaeda" vs "Al Qaeda in Iraq" do not.
FUZZY_FLOOR = 90.0
SUBSET_MIN_WORDS = 3


def mmp_rows(shared_data: Path) -> list[dict[str, str]]:
    """The MMP relation rows that have a description."""
    with (shared_data / MMP_CSV).open(encoding="utf-8") as handle:
        return [r for r in csv.DictReader(handle) if r["description"].strip()]


def name_keys(mmp_name: str) -> set[str]:
    """Normalised keys of an MMP name: the whole name, without its parenthesis, the acronym."""
    name = mmp_name.strip()
    keys = {normalize_name(name)}
    inner = re.search(r"\(([^)]+)\)", name)
    if inner:
        keys.add(normalize_name(re.sub(r"\s*\([^)]*\)", "", name)))
        # "(Formerly Jabhat al-Nusra)": the former name is a name of the group too.
        keys.add(normalize_name(re.sub(r"^(?:formerly|previously)(?:\s+known\s+as)?\s+", "",
                                       inner.group(1), flags=re.IGNORECASE)))
    return {k for k in keys if k}


def entity_names(entity: Entity, resources: Resources) -> set[str]:
    """Normalised names of an extracted entity (KB names and aliases, or its surfaces)."""
    kb_entity = resources.kb.get(entity.id)
    names: Iterable[str] = kb_entity.all_names() if kb_entity else (entity.name, *entity.aliases)
    return {normalize_name(n) for n in names} | {normalize_name(m.text) for m in entity.mentions
                                                  if not m.reason.startswith("coref:")}


def matches(keys: set[str], names: set[str]) -> bool:
    """Whether some entity name equals or fuzzy-matches some MMP key.

    Fuzzy: near-equal spellings, or one name holding every word of the other when that one
    has at least ``SUBSET_MIN_WORDS`` words ("Revolutionary Armed Forces of Colombia" in
    "Revolutionary Armed Forces of Colombia - People's Army"; "Al Qaeda" in "Al Qaeda in
    Iraq" is too short to count).
    """
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


def measure(rows: list[dict[str, str]], resources: Resources) -> tuple[float, list[tuple]]:
    """Share of descriptions whose two groups are both found and linked, and the misses."""
    from factionmap.pipeline import extract
    from factionmap.types import Document

    hits = 0
    misses = []
    for row in rows:
        extraction = extract(Document(doc_id=row["unique_id"], text=row["description"]), resources)
        names = [entity_names(e, resources) for e in extraction.entities]
        found = [any(matches(name_keys(row[g]), n) for n in names)
                 for g in ("group1_name", "group2_name")]
        if all(found):
            hits += 1
        else:
            misses.append((row["group1_name"] if not found[0] else "",
                           row["group2_name"] if not found[1] else "", row["description"]))
    return hits / len(rows), misses


if __name__ == "__main__":
    from factionmap.kb import load_kb
    from factionmap.resources import load_nlp

    shared = Path(__file__).resolve().parents[3] / "shared" / "data"
    with_nlp = "--no-nlp" not in sys.argv
    res = Resources(kb=load_kb(), nlp=load_nlp() if with_nlp else None)
    share, missed = measure(mmp_rows(shared), res)
    print(f"MMP both groups found and linked: {share:.3f} ({len(missed)} misses)")
    if "--misses" in sys.argv:
        for g1, g2, text in missed:
            print(f"- [{g1.strip()}] [{g2.strip()}] {text[:200]}")
