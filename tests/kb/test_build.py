"""The bundled KB files are exactly what scripts/build_kb.py makes from the shared data."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from factionmap.kb.model import BUNDLED_DIR

ROOT = Path(__file__).resolve().parents[2]


def test_bundled_files_match_a_fresh_build(shared_data, tmp_path):
    spec = importlib.util.spec_from_file_location("build_kb", ROOT / "scripts" / "build_kb.py")
    build_kb = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_kb)
    try:
        assert build_kb.main(["--shared-data", str(shared_data), "--out", str(tmp_path)]) == 0
    finally:
        from factionmap.kb.hygiene import use_common_words

        use_common_words(None)  # back to the bundled list for the other tests
    for name in ("actors.jsonl", "places.jsonl", "common_words.txt"):
        fresh = (tmp_path / name).read_text(encoding="utf-8")
        bundled = (BUNDLED_DIR / name).read_text(encoding="utf-8")
        assert fresh == bundled, f"{name} is stale: run .venv/bin/python scripts/build_kb.py"
