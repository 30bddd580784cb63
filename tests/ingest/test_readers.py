"""Readers: files, directories and stdin to Documents; bad input to one InputError naming it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from factionmap.errors import InputError
from factionmap.ingest import read_inputs
from factionmap.types import Document


def read(inputs: list[str], **options) -> list[Document | InputError]:
    """Everything the readers yield for ``inputs``."""
    return list(read_inputs(inputs, **options))


def test_read_inputs_txt_is_kept_exactly(tmp_path: Path) -> None:
    text = "Title line\r\n\r\nAl Nusrah Front and Ahrar al Sham formed Jund al Malahim.\u2028 Tail \n"
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode("utf-8"))
    [doc] = read([str(path)])
    assert isinstance(doc, Document)
    assert doc.text == text and doc.html is None and doc.doc_id == str(path)


def test_read_inputs_html_stays_html_in_declared_charset(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1256"><title>t</title></head><body><p>جبهة النصرة é</p></body></html>'
    path = tmp_path / "page.HTM"
    path.write_bytes(page.encode("cp1256"))  # not valid UTF-8: only the declared charset reads it
    [doc] = read([str(path)])
    assert isinstance(doc, Document) and doc.text is None and doc.html is not None
    assert "<p>جبهة النصرة é</p>" in doc.html


def test_read_inputs_jsonl_fields_and_ids(tmp_path: Path) -> None:
    records = [
        {"id": "seed-1", "text": "a\u2028b", "title": "T", "url": "https://x.example/1",
         "published": "2015-10-22", "source": "blog"},
        {"html": "<p>Nusra</p>"},
        {"id": 7, "text": "plain", "html": "<p>ignored</p>"},
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\n", encoding="utf-8")
    docs = read([str(path)])
    assert [d.doc_id for d in docs] == ["seed-1", f"{path}#2", "7"]
    assert docs[0].text == "a\u2028b" and docs[0].published == "2015-10-22" and docs[0].source == "blog"
    assert docs[1].html == "<p>Nusra</p>" and docs[1].text is None
    assert docs[2].text == "plain" and docs[2].html is None


def test_read_inputs_directory_is_recursive_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z", encoding="utf-8")
    (tmp_path / "a.html").write_text("<p>a</p>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "c"}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("skipped", encoding="utf-8")
    ids = [d.doc_id for d in read([str(tmp_path)])]
    assert ids == [str(tmp_path / "a.html"), str(tmp_path / "b" / "z.txt"), f"{tmp_path / 'c.jsonl'}#1"]


def test_read_inputs_stdin_jsonl() -> None:
    docs = read(["-"], stdin=io.StringIO('{"id": "s1", "text": "from stdin"}\n'))
    assert [(d.doc_id, d.text) for d in docs] == [("s1", "from stdin")]


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\n", "file is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("latin.txt", "Jaysh al-Islam à Douma".encode("latin-1"), "not valid UTF-8"),
    ("bad.jsonl", b'{"text": "ok"}\n{not json}\n', "bad.jsonl:2: invalid JSON"),
    ("list.jsonl", b'["text"]\n', "must be an object"),
    ("notext.jsonl", b'{"id": "x"}\n', "neither a 'text' nor an 'html'"),
    ("badfield.jsonl", b'{"text": "x", "published": 2015}\n', "published"),
    ("baddate.jsonl", b'{"text": "x", "published": "last week"}\n', "'published' must be an ISO date"),
    ("page.pdf", b"%PDF-1.4", "unsupported file type .pdf"),
])
def test_read_inputs_bad_input_gives_one_error_naming_it(tmp_path: Path, name: str, content: bytes,
                                                         message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    errors = [item for item in read([str(path)]) if isinstance(item, InputError)]
    assert len(errors) == 1
    assert name in str(errors[0]) and message in str(errors[0])
    assert "\n" not in str(errors[0])


def test_read_inputs_missing_path_and_empty_directory(tmp_path: Path) -> None:
    missing, empty = tmp_path / "nope.txt", tmp_path / "empty"
    empty.mkdir()
    items = read([str(missing), str(empty)])
    assert [type(i) for i in items] == [InputError, InputError]
    assert "no such file" in str(items[0]) and "holds no" in str(items[1])


def test_read_inputs_encoding_overrides_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Jaysh al-Islam à Douma".encode("latin-1"))
    [doc] = read([str(path)], encoding="latin-1")
    assert isinstance(doc, Document) and doc.text == "Jaysh al-Islam à Douma"
    [error] = read([str(path)], encoding="no-such-codec")
    assert isinstance(error, InputError) and "unknown encoding" in str(error)


def test_read_inputs_goes_on_after_a_bad_file(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("fine", encoding="utf-8")
    items = read([str(tmp_path / "missing.txt"), str(good)])
    assert isinstance(items[0], InputError) and isinstance(items[1], Document)


def test_read_inputs_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 100, encoding="utf-8")
    [error] = read([str(path)], max_bytes=10)
    assert isinstance(error, InputError) and "limit" in str(error)


def test_read_inputs_html_valid_utf8_wins_over_stale_declaration(tmp_path: Path) -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>جبهة النصرة – “Nusra”</p></body></html>'
    path = tmp_path / "saved.html"
    path.write_bytes(page.encode("utf-8"))
    [doc] = read([str(path)])
    assert isinstance(doc, Document) and "جبهة النصرة – “Nusra”" in (doc.html or "")


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_read_inputs_unicode_with_bom_is_text_not_binary(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("Jaysh al-Islam and Faylaq al-Rahman clashed in Misraba.".encode(codec))
    [doc] = read([str(path)])
    assert isinstance(doc, Document) and doc.text == "Jaysh al-Islam and Faylaq al-Rahman clashed in Misraba."


@pytest.mark.parametrize("published", [
    "2015", "2015-10", "2015-10-22", "2015-10-22T14:03:11+00:00", "2015-10-22 14:03",
])
def test_read_inputs_jsonl_published_iso_forms(tmp_path: Path, published: str) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": "x", "published": published}) + "\n", encoding="utf-8")
    [doc] = read([str(path)])
    assert isinstance(doc, Document) and doc.published == published
