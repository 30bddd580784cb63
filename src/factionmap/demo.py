"""The demo: run factionmap end to end on the bundled sample corpus and say what it found.

``python -m factionmap.demo SAMPLES_DIR OUT_DIR`` (what ``make demo`` runs).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from factionmap.errors import InputError
from factionmap.ingest import read_inputs
from factionmap.output import extraction_to_json
from factionmap.pipeline import extract
from factionmap.resources import load_resources
from factionmap.types import Extraction

# Relation types shown in the demo's summary of alliances and rivalries.
ALLIANCE_TYPES = ("allied_with", "joint_operation", "member_of", "merged_into", "pledged_allegiance_to")
RIVALRY_TYPES = ("fights", "rival_of", "condemns", "split_from")


def main(argv: list[str]) -> int:
    """Extract every sample, write JSON Lines to OUT_DIR, print a readable summary."""
    samples = Path(argv[0]) if argv else Path("samples")
    out_dir = Path(argv[1]) if len(argv) > 1 else Path("out")
    out_dir.mkdir(parents=True, exist_ok=True)
    resources = load_resources()
    print(f"factionmap demo: knowledge base of {len(resources.kb)} entities; samples in {samples}/")
    out_path = out_dir / "extractions.jsonl"
    results: list[Extraction] = []
    with out_path.open("w", encoding="utf-8") as out:
        for item in read_inputs([str(samples)]):
            if isinstance(item, InputError):
                print(f"  skipped: {item}")
                continue
            extraction = extract(item, resources)
            results.append(extraction)
            out.write(json.dumps(extraction_to_json(extraction, with_text=True), ensure_ascii=False) + "\n")
            _print_document(extraction)
    _print_edges(results)
    print(f"\nwrote {len(results)} documents to {out_path}")
    return 0


def _print_document(ex: Extraction) -> None:
    doc = ex.document
    sizes: Counter[str] = Counter()
    for s in doc.sections:
        sizes[s.kind] += s.end - s.start
    print(f"\n== {doc.doc_id}: {doc.title or '(no title)'}  published={doc.published or '?'}")
    print("   sections: " + ", ".join(f"{k} {sizes[k]} chars" for k in ("body", "comments", "boilerplate")))
    groups = [e for e in ex.entities if e.type in ("armed_group", "coalition", "state_actor")]
    if groups:
        print("   actors: " + "; ".join(f"{e.name} [{e.id}] x{len(e.mentions)}" for e in groups[:12]))


def _print_edges(results: list[Extraction]) -> None:
    names = {e.id: e.name for ex in results for e in ex.entities}
    for title, types in (("Alliance edges", ALLIANCE_TYPES), ("Rivalry edges", RIVALRY_TYPES)):
        rows = [(ex, r) for ex in results for r in ex.relations if r.type in types]
        print(f"\n{title}: {len(rows)}")
        for ex, r in rows:
            src = names.get(r.source or "", r.source or "?")
            tgt = names.get(r.target, r.target)
            print(f"  {src} --{r.type}[{r.modality}, {r.section}, {r.confidence:.2f}]--> {tgt}"
                  f"  ({ex.document.doc_id}, date={r.date or '?'})")
            print(f"      \"{' '.join(r.evidence.text.split())}\"")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
