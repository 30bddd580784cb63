"""A readable view of a cleaned document: each section with its kind and the cue that cut it."""

from __future__ import annotations

from collections import Counter
from typing import Any

from factionmap.types import CleanDocument

# ANSI colours per section kind: body stands out, furniture recedes.
COLORS: dict[str, str] = {"body": "\033[0m", "comments": "\033[33m", "boilerplate": "\033[2;37m"}
HEADER_COLOR = "\033[1;36m"
RESET = "\033[0m"


def render(doc: CleanDocument, *, color: bool = False, kinds: tuple[str, ...] | None = None) -> str:
    """The document as text: a summary line, then every section under a marker line.

    kinds: show only sections of these kinds (all when None).
    """
    sizes: Counter[str] = Counter()
    for s in doc.sections:
        sizes[s.kind] += s.end - s.start
    out = [_paint(f"== {doc.doc_id}", HEADER_COLOR, color)]
    meta = [f"title: {doc.title or '-'}", f"published: {doc.published or '-'}"]
    if doc.author:
        meta.append(f"author: {doc.author}")
    meta.append("from HTML" if doc.from_html else "plain text")
    out.append("   " + " | ".join(meta))
    out.append("   " + ", ".join(f"{k} {sizes[k]} chars" for k in ("body", "comments", "boilerplate")))
    for section in doc.sections:
        if kinds is not None and section.kind not in kinds:
            continue
        why = f" cue={section.cue}" if section.cue else ""
        marker = f"--- {section.kind} [{section.start}:{section.end}]{why} "
        out.append(_paint(marker.ljust(72, "-"), HEADER_COLOR, color))
        body = doc.text[section.start:section.end].strip("\n")
        out.append(_paint(body, COLORS[section.kind], color))
    return "\n".join(out) + "\n"


def sections_json(doc: CleanDocument) -> dict[str, Any]:
    """The cleaned document as a JSON object: metadata and sections with cue and text."""
    return {
        "doc_id": doc.doc_id, "title": doc.title, "published": doc.published, "author": doc.author,
        "from_html": doc.from_html,
        "sections": [{"kind": s.kind, "start": s.start, "end": s.end, "cue": s.cue,
                      "text": doc.text[s.start:s.end]} for s in doc.sections],
    }


def _paint(text: str, code: str, color: bool) -> str:
    if not color:
        return text
    return "\n".join(f"{code}{line}{RESET}" for line in text.split("\n"))
