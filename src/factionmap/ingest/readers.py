"""Readers: ``.txt``, ``.html``/``.htm``, ``.jsonl``, directories and ``-`` (JSON Lines on stdin).

Each yields ``Document`` objects, and an ``InputError`` naming the input in place of a bad one
(missing, binary, undecodable, empty, invalid JSON line), so a caller reports it on one line and
goes on. Text is decoded strictly (UTF-8 unless ``encoding`` says otherwise; a UTF-16/32 byte-order
mark is honoured; HTML falls back to its declared charset). Readers never clean: HTML stays HTML
until the clean stage.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from factionmap.errors import InputError
from factionmap.types import Document

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
# A file with NUL bytes in its first block is not text in any encoding we accept.
BINARY_PROBE_BYTES = 8192
# Declared charset of an HTML page, read from its first bytes.
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
# 'published' of a JSON Lines record: YYYY, YYYY-MM, YYYY-MM-DD, or a date and time (the contract).
ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?")
# Files saved as UTF-16 or UTF-32 (Windows "Unicode" text) announce it with a byte-order mark;
# they hold NUL bytes but are text. UTF-32 marks first: UTF-16's is a prefix of UTF-32-LE's.
UNICODE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read_inputs(
    inputs: list[str], *, encoding: str | None = None, stdin: IO[str] | None = None,
    max_bytes: int = 50_000_000,
) -> Iterator[Document | InputError]:
    """Documents of every input in order; a bad input yields an ``InputError`` in its place.

    Yielding errors instead of raising lets a caller report one bad file and go on with the rest.
    """
    for name in inputs:
        if name == "-":
            yield from _read_jsonl_stream(stdin, "<stdin>", encoding)
            continue
        path = Path(name)
        if not path.exists():
            yield InputError(f"{name}: no such file or directory")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
            if not files:
                yield InputError(f"{name}: directory holds no .txt, .html, .htm or .jsonl file")
            for file in files:
                yield from _read_file(file, str(path / file.relative_to(path)), encoding, max_bytes)
        else:
            yield from _read_file(path, name, encoding, max_bytes)


def _read_file(path: Path, name: str, encoding: str | None, max_bytes: int) -> Iterator[Document | InputError]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield InputError(f"{name}: unsupported file type {suffix or '(none)'}; use .txt, .html, .htm or .jsonl")
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputError(f"{name}: file is {size} bytes, over the {max_bytes}-byte limit (setting max_bytes)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(f"{name}: cannot read: {exc.strerror or exc}")
        return
    if not data.strip():
        yield InputError(f"{name}: file is empty")
        return
    if encoding is None:
        encoding = next((codec for bom, codec in UNICODE_BOMS if data.startswith(bom)), None)
    if b"\x00" in data[:BINARY_PROBE_BYTES] and encoding is None:
        yield InputError(f"{name}: looks like a binary file, not text; give a .txt, .html or .jsonl file")
        return
    if suffix in HTML_SUFFIXES:
        declared = META_CHARSET.search(data[:4096])
        enc = encoding
        if enc is None and declared and _known_encoding(declared.group(1).decode("ascii")) \
                and not _is_utf8(data):
            # The page's own <meta charset>; bytes that are valid UTF-8 are read as UTF-8 whatever
            # the page declares, since saved pages often keep a stale declaration.
            enc = declared.group(1).decode("ascii")
        try:
            yield Document(doc_id=name, html=_decode(data, enc))
        except UnicodeDecodeError:
            yield InputError(_decode_message(name, encoding or enc))
        except LookupError:
            yield InputError(f"{name}: unknown encoding {encoding!r}; give a Python codec name such as latin-1")
        return
    try:
        text = _decode(data, encoding)
    except UnicodeDecodeError:
        yield InputError(_decode_message(name, encoding))
        return
    except LookupError:
        yield InputError(f"{name}: unknown encoding {encoding!r}; give a Python codec name such as latin-1")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_lines(_jsonl_lines(text), name)
    else:
        yield Document(doc_id=name, text=text)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _known_encoding(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _decode(data: bytes, encoding: str | None) -> str:
    """Strict decoding (UTF-8 by default, a leading BOM dropped); raises on bad bytes or codec."""
    if encoding is None or encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        return data.decode("utf-8-sig")
    return data.decode(encoding)


def _jsonl_lines(text: str) -> list[str]:
    """Records are separated by newlines only: U+2028 and friends may sit inside JSON strings."""
    return [line.rstrip("\r") for line in text.split("\n")]


def _decode_message(name: str, encoding: str | None) -> str:
    if encoding:
        return f"{name}: cannot be decoded as {encoding}; check --encoding"
    return f"{name}: not valid UTF-8; give the right one with --encoding (e.g. --encoding latin-1)"


def _read_jsonl_stream(stream: IO[str] | None, name: str, encoding: str | None) -> Iterator[Document | InputError]:
    try:
        if stream is None:  # standard input: read bytes so --encoding applies
            lines = _jsonl_lines(_decode(sys.stdin.buffer.read(), encoding))
        else:
            lines = _jsonl_lines(stream.read())
    except UnicodeDecodeError:
        yield InputError(_decode_message(name, encoding))
        return
    except LookupError:
        yield InputError(f"{name}: unknown encoding {encoding!r}; give a Python codec name such as latin-1")
        return
    if not any(line.strip() for line in lines):
        yield InputError(f"{name}: no JSON Lines records on standard input")
        return
    yield from _read_jsonl_lines(lines, name)


def _read_jsonl_lines(lines: list[str], name: str) -> Iterator[Document | InputError]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}: invalid JSON ({exc.msg}, column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield InputError(f"{where}: a JSON Lines record must be an object with 'text' or 'html'")
            continue
        text, html = record.get("text"), record.get("html")
        if not isinstance(text, str) and not isinstance(html, str):
            yield InputError(f"{where}: record has neither a 'text' nor an 'html' string")
            continue
        fields = {k: record.get(k) for k in ("title", "url", "published", "source", "language")}
        bad = [k for k, v in fields.items() if v is not None and not isinstance(v, str)]
        if bad:
            yield InputError(f"{where}: field(s) {', '.join(bad)} must be strings")
            continue
        if fields["published"] is not None and not ISO_DATE.fullmatch(fields["published"]):
            yield InputError(f"{where}: 'published' must be an ISO date or datetime (e.g. 2015-10-22), "
                             f"got {fields['published']!r}")
            continue
        doc_id = record.get("id")
        yield Document(
            doc_id=str(doc_id) if doc_id is not None else f"{name}#{number}",
            text=text if isinstance(text, str) else None,
            html=html if isinstance(html, str) and not isinstance(text, str) else None,
            **fields,
        )
