"""Measure relation typing on Mapping Militants descriptions: is the labelled edge found?

For each row of ``Militant-Group-Relationships-clean.csv`` the description is one document;
every MMP group name found in it (any spelling, its parenthesised acronym, an acronym the
description defines) becomes an entity, so the other groups a description names act as
distractors. A row counts as found when a non-negated relation of a type mapped from the
row's label (``MMP_TYPES``) links its two groups. MMP relations are only scored here, never
loaded into the knowledge base.

This is a diagnostic of the relation stage alone (the groups are given, as with oracle
mentions); the official figure, with factionmap's own recognition, is ``factionmap eval --mmp``
(``factionmap.eval.mmp``), whose description cleaning this module shares.

    python -m factionmap.relate.mmp_eval /work/shared/data/dev/mapping-militants-mmp
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

from factionmap.eval.mmp import clean_description
from factionmap.kb.normalize import normalize_name
from factionmap.parses import ParseCache
from factionmap.relate import relate
from factionmap.relate.mappings import MMP_TYPES
from factionmap.resources import Resources, load_resources
from factionmap.types import CleanDocument, Entity, Mention, Section, Sentence

_WORD = re.compile(r"[\w'’-]+")
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z\-]{1,9})\)")
MAX_WINDOW = 9


def name_variants(name: str) -> set[str]:
    """Spellings of an MMP group name: as given, without its acronym, the acronym, without 'The'."""
    name = name.strip()
    variants = {name}
    for m in _ACRONYM.finditer(name):
        variants.add(m.group(1))
    bare = _ACRONYM.sub("", name).strip()
    variants.add(bare)
    for v in list(variants):
        if v.lower().startswith("the "):
            variants.add(v[4:])
    return {v for v in variants if v}


# Words left out of an acronym: connectors and articles ("Lashkar-e-Taiba" -> LeT -> LT).
CONNECTORS = frozenset({"al", "el", "e", "i", "ul", "ud", "wal", "wa", "the", "of", "for", "and",
                        "in", "de", "des", "du", "la", "le", "ash", "an", "ad", "at", "as", "a"})


def acronyms(name: str) -> set[str]:
    """Acronym keys of a name: initials of its words, with and without a leading article."""
    words = [w for w in re.split(r"[\s\-]+", _ACRONYM.sub("", name).strip()) if w]
    keep = [w for w in words if w.lower() not in CONNECTORS]
    result = {"".join(w[0] for w in keep).upper()}
    if words and words[0].lower() in ("al", "el"):
        result.add("".join(w[0] for w in [words[0], *keep]).upper())
    return {"acr:" + a for a in result if len(a) >= 2}


def _acronym_key(word: str) -> str | None:
    """The acronym key of a text token like "LeT", "HuJI", "AIs", "AQ's", or None."""
    word = re.sub(r"(?:['’]s|s)$", "", word) if re.search(r"[A-Z]{2}", word) else word
    capitals = "".join(c for c in word if c.isupper())
    if len(capitals) >= 2 and len(word) <= 7 and capitals == "".join(c for c in word if c.isalpha()
                                                                   and (c.isupper() or False)):
        return "acr:" + capitals
    return None


def _index(groups: dict[str, str], resources: Resources) -> dict[str, str]:
    """Normalised name -> group id: MMP names and acronyms first, then KB aliases."""
    index: dict[str, str] = {}
    for gid, name in groups.items():
        for key in acronyms(name):
            index.setdefault(key, gid)
        for variant in name_variants(name):
            key = normalize_name(variant)
            if key and len(key) > 1:
                index.setdefault(key, gid)
    for gid, name in groups.items():  # KB aliases never take a name an MMP group has
        for entity in resources.kb.find(_ACRONYM.sub("", name).strip()):
            for alias in entity.all_names():
                key = normalize_name(alias)
                if key and len(key) > 2:
                    index.setdefault(key, gid)
    return index


def find_groups(text: str, index: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, group id) of every group name in ``text``, longest first, no overlaps."""
    words = list(_WORD.finditer(text))
    local = dict(index)
    found: list[tuple[int, int, str]] = []
    taken = [False] * len(words)
    for size in range(MAX_WINDOW, 0, -1):
        for i in range(len(words) - size + 1):
            if any(taken[i:i + size]):
                continue
            start, end = words[i].start(), words[i + size - 1].end()
            if not normalize_name(words[i + size - 1].group(0)):
                continue  # "Prima Linea at a": a window never ends on an article
            gid = local.get(normalize_name(text[start:end]))
            if gid is None:
                continue
            if size == 1 and not any(c.isupper() for c in text[start:end]):
                continue  # a lower-case word is not a name ("al-Qaeda" is)
            found.append((start, end, gid))
            for j in range(i, i + size):
                taken[j] = True
            after = _ACRONYM.match(text, end + 1) if end < len(text) else None
            if after:  # "Movement for the Liberation of Azawad (MNLA)" defines MNLA
                local.setdefault(normalize_name(after.group(1)), gid)
    # acronyms defined above may occur before the longer pass reached them: one more pass
    for i, word in enumerate(words):
        key = _acronym_key(word.group(0))
        gid = local.get(normalize_name(word.group(0))) or (local.get(key) if key else None)
        if not taken[i] and gid is not None and word.group(0)[:1].isupper():
            found.append((word.start(), word.end(), gid))
    return sorted(found)


def _sentences(text: str) -> tuple[Sentence, ...]:
    result, start = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\"“(])", text):
        result.append(Sentence(start, m.start(), "body"))
        start = m.end()
    if text[start:].strip():
        result.append(Sentence(start, len(text), "body"))
    return tuple(result)


def run_row(text: str, index: dict[str, str], resources: Resources):
    """Relations of one description, its groups found by name."""
    doc = CleanDocument(doc_id="mmp", text=text, sections=(Section("body", 0, len(text)),))
    sentences = _sentences(text)
    by_id: dict[str, list[Mention]] = {}
    for start, end, gid in find_groups(text, index):
        by_id.setdefault(gid, []).append(Mention(start, end, text[start:end], "body", "armed_group",
                                                 entity_id=f"mmp:{gid}", reason="mmp-name"))
    entities = tuple(Entity(f"mmp:{gid}", ms[0].text, "armed_group", False, tuple(ms))
                     for gid, ms in by_id.items())
    relations, _ = relate(doc, sentences, entities, resources, ParseCache(None, doc, sentences))
    return relations, {e.id for e in entities}


def evaluate(folder: Path, resources: Resources, *, verbose: bool = False) -> dict[str, Counter]:
    """Per MMP label: rows, rows with both groups found, rows whose edge was found right."""
    with (folder / "Militant-Group-Key.csv").open(encoding="utf-8-sig") as handle:
        groups = {r["group_id"]: r["name"] for r in csv.DictReader(handle)}
    index = _index(groups, resources)
    stats: dict[str, Counter] = {}
    with (folder / "Militant-Group-Relationships-clean.csv").open(encoding="utf-8-sig") as handle:
        rows = [r for r in csv.DictReader(handle) if r["description"].strip()]
    for row in rows:
        label = row["type"]
        counter = stats.setdefault(label, Counter())
        counter["rows"] += 1
        relations, ids = run_row(clean_description(row["description"]), index, resources)
        pair = {f"mmp:{row['group1_id']}", f"mmp:{row['group2_id']}"}
        counter["both_found"] += pair <= ids
        between = [r for r in relations if {r.source, r.target} == pair and r.modality != "negated"]
        right = [r for r in between if r.type in MMP_TYPES[label]]
        counter["right"] += bool(right)
        counter["wrong_only"] += bool(between) and not right
        counter["relations"] += len(relations)
        if verbose and not right:
            got = sorted({(r.type, r.source, r.target) for r in between})
            print(f"MISS {label} {row['group1_name']!r}/{row['group2_name']!r} got={got}\n    "
                  f"{row['description'][:300]}")
    return stats


def main(argv: list[str]) -> int:
    """Print per-label and overall figures."""
    folder = Path(argv[0]) if argv else Path("../shared/data/dev/mapping-militants-mmp")
    resources = load_resources()
    stats = evaluate(folder, resources, verbose="-v" in argv)
    total: Counter = Counter()
    print(f"{'label':6} {'rows':>5} {'both':>5} {'right':>6} {'wrong':>6} {'right%':>7} {'of-both%':>8}")
    for label, c in sorted(stats.items()):
        total.update(c)
        print(f"{label:6} {c['rows']:5} {c['both_found']:5} {c['right']:6} {c['wrong_only']:6} "
              f"{c['right'] / c['rows']:7.1%} {c['right'] / max(1, c['both_found']):8.1%}")
    print(f"{'all':6} {total['rows']:5} {total['both_found']:5} {total['right']:6} "
          f"{total['wrong_only']:6} {total['right'] / total['rows']:7.1%} "
          f"{total['right'] / max(1, total['both_found']):8.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
