"""Mapping Militants measurement: are both groups of each relation description found and linked?

Each description of ``Militant-Group-Relationships-clean.csv`` names two groups (MMP canonical
names). A group counts as found when some entity extracted from the description is that group
by the evaluation harness's test (``factionmap.eval.mmp.group_matcher``: the KB id of the MMP
name, or a name, KB alias or mention text equal to or fuzzily matching a variant of it), so
this gate and ``factionmap eval --mmp`` count the same thing. Run as a script to print the
figure and the misses: ``.venv/bin/python tests/link/mmp_measure.py [--misses]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from factionmap.eval.mmp import MMPRow, group_matcher, read_mmp
from factionmap.resources import Resources

MMP_CSV = Path("dev/mapping-militants-mmp/Militant-Group-Relationships-clean.csv")


def mmp_rows(shared_data: Path) -> tuple[MMPRow, ...]:
    """The MMP relation rows the harness scores (a description and a known label)."""
    return read_mmp(shared_data / MMP_CSV)


def measure(rows: tuple[MMPRow, ...], resources: Resources) -> tuple[float, list[tuple[str, str, str]]]:
    """Share of descriptions whose two groups are both found and linked, and the misses."""
    from factionmap.pipeline import extract

    hits = 0
    misses = []
    for row in rows:
        extraction = extract(row.to_document(), resources)
        found = [any(group_matcher(name, resources.kb)(e) for e in extraction.entities)
                 for name in (row.group1, row.group2)]
        if all(found):
            hits += 1
        else:
            misses.append((row.group1 if not found[0] else "", row.group2 if not found[1] else "",
                           row.description))
    return hits / len(rows), misses


if __name__ == "__main__":
    from factionmap.resources import load_resources

    shared = Path(__file__).resolve().parents[3] / "shared" / "data"
    share, missed = measure(mmp_rows(shared), load_resources())
    print(f"MMP both groups found and linked: {share:.3f} ({len(missed)} misses)")
    if "--misses" in sys.argv:
        for g1, g2, text in missed:
            print(f"- [{g1.strip()}] [{g2.strip()}] {text[:200]}")
