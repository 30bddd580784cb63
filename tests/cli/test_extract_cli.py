"""``factionmap extract`` through the real CLI in a subprocess: contract objects out, clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factionmap.contract import contract_problems

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m factionmap`` with ``args``; output is returned as bytes."""
    return subprocess.run([sys.executable, "-m", "factionmap", *args], input=stdin, capture_output=True,
                          timeout=300, check=False)


def objects(result: subprocess.CompletedProcess[bytes]) -> list[dict]:
    """The JSON objects printed on stdout, one per line."""
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]


def assert_valid(obj: dict, text: str | None) -> None:
    """The object honours the contract; sections tile the text and offsets slice it."""
    assert contract_problems(obj, text) == []
    text = obj.get("text", text)
    assert text is not None
    sections = obj["sections"]
    assert sections[0]["start"] == 0 and sections[-1]["end"] == len(text)
    assert all(a["end"] == b["start"] for a, b in zip(sections, sections[1:], strict=False))
    for relation in obj["relations"]:
        ev = relation["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]


@pytest.mark.parametrize("name", ["wpcom_operations_room.txt", "blogger_musings.html"])
def test_extract_cli_file_prints_contract_object(name: str) -> None:
    path = PAGES / name
    result = run_cli("extract", str(path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    [obj] = objects(result)
    assert obj["doc_id"] == str(path) and obj["published"]
    assert_valid(obj, None if name.endswith(".html") else path.read_text(encoding="utf-8"))
    if name.endswith(".html"):
        assert "text" in obj
    kinds = {s["kind"] for s in obj["sections"]}
    assert {"body", "comments", "boilerplate"} <= kinds


def test_extract_cli_jsonl_directory_and_stdin(tmp_path: Path) -> None:
    page = (PAGES / "wpcom_one_thought.txt").read_text(encoding="utf-8")
    html = (PAGES / "clean_article.html").read_text(encoding="utf-8")
    records = [{"id": "r1", "text": page, "published": "2014-02-15"}, {"id": "r2", "html": html}]
    jsonl = "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "b.txt").write_text(page, encoding="utf-8")
    (folder / "a.jsonl").write_text(jsonl, encoding="utf-8")

    from_file = tmp_path / "docs.jsonl"
    from_file.write_text(jsonl, encoding="utf-8")
    for result in (run_cli("extract", str(from_file)), run_cli("extract", "-", stdin=jsonl.encode("utf-8"))):
        assert result.returncode == 0, result.stderr.decode()
        first, second = objects(result)
        assert (first["doc_id"], second["doc_id"]) == ("r1", "r2")
        assert first["published"] == "2014-02-15"  # the JSON Lines field wins
        assert_valid(first, page)
        assert_valid(second, None)

    result = run_cli("extract", str(folder))
    assert result.returncode == 0, result.stderr.decode()
    out = objects(result)
    assert [o["doc_id"] for o in out] == ["r1", "r2", str(folder / "sub" / "b.txt")]
    assert_valid(out[2], page)


@pytest.mark.parametrize(("name", "content", "message"), [
    ("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00", "binary"),
    ("latin.txt", "Jaysh al-Islam \xe0 Douma".encode("latin-1"), "not valid UTF-8"),
    ("empty.txt", b"", "empty"),
    ("bad.jsonl", b'{"text": "fine"}\n{"text": broken}\n', "bad.jsonl:2: invalid JSON"),
    (None, b"", "no such file"),
])
def test_extract_cli_bad_input_one_line_nonzero_exit(tmp_path: Path, name: str | None, content: bytes,
                                                     message: str) -> None:
    path = tmp_path / (name or "missing.txt")
    if name is not None:
        path.write_bytes(content)
    result = run_cli("extract", str(path))
    stderr = result.stderr.decode("utf-8")
    assert result.returncode != 0
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert str(path) in stderr and message in stderr


def test_extract_cli_stdin_invalid_json_is_one_line() -> None:
    result = run_cli("extract", "-", stdin=b"this is not json\n")
    stderr = result.stderr.decode("utf-8")
    assert result.returncode != 0 and "Traceback" not in stderr
    assert stderr.strip().splitlines() == [stderr.strip()] and "<stdin>:1: invalid JSON" in stderr
