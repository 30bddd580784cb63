"""docs/cleaning.md documents every cue."""

from __future__ import annotations

from pathlib import Path

from factionmap.clean.cues import CUES

DOC = Path(__file__).resolve().parent.parent.parent / "docs" / "cleaning.md"


def test_cleaning_doc_lists_every_cue() -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = [c.name for c in CUES if f"| `{c.name}` |" not in text]
    assert missing == []
