"""Regenerate the bundled knowledge base (src/factionmap/kb/data) from the shared data and the
curated YAML sources in scripts/kb_curated/.

    .venv/bin/python scripts/build_kb.py [--shared-data ../shared/data] [--out src/factionmap/kb/data]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from factionmap.kb.build import build_actors
from factionmap.kb.model import write_records

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Build actors.jsonl (and places.jsonl) and print what was written."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared-data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--curated", type=Path, default=ROOT / "scripts" / "kb_curated")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "factionmap" / "kb" / "data")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    actors = build_actors(args.curated)
    args.out.mkdir(parents=True, exist_ok=True)
    write_records(actors, args.out / "actors.jsonl")
    print(f"actors.jsonl: {len(actors)} entities ({time.perf_counter() - started:.1f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
