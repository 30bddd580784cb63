"""``factionmap clean`` through the real CLI: sections shown readably, plain when not a terminal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m factionmap`` with ``args``."""
    return subprocess.run([sys.executable, "-m", "factionmap", *args], capture_output=True, text=True,
                          timeout=120, check=False)


def test_clean_cmd_shows_sections_with_cues_plain_when_piped() -> None:
    result = run_cli("clean", str(PAGES / "wpcom_operations_room.txt"))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "\033[" not in out  # not a terminal: no colour
    assert "--- comments [" in out and "cue=thread-thoughts-on" in out and "cue=form-leave-reply" in out
    assert "published: 2015-10-22" in out


def test_clean_cmd_colour_and_filters() -> None:
    result = run_cli("clean", "--color", "always", "--only", "comments", str(PAGES / "blogger_musings.txt"))
    assert result.returncode == 0 and "\033[" in result.stdout
    assert "--- body" not in result.stdout and "Anonymous said..." in result.stdout


def test_clean_cmd_jsonl_sections_tile_and_carry_text() -> None:
    path = PAGES / "disqus_lwj.txt"
    result = run_cli("clean", "--format", "jsonl", str(path), str(PAGES / "news_wire.html"))
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert "".join(s["text"] for s in first["sections"]) == path.read_text(encoding="utf-8")
    assert second["from_html"] and all(s["cue"] for s in second["sections"] if s["kind"] != "body")


def test_clean_cmd_bad_input_one_line() -> None:
    result = run_cli("clean", str(PAGES / "no-such-page.txt"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "no-such-page.txt" in result.stderr
