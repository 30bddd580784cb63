"""Readable account of how each mention of an extraction was linked (``extract --explain``)."""

from __future__ import annotations

from factionmap.types import Extraction


def explain(extraction: Extraction) -> str:
    """Per document, per mention in text order: span, section, sentence, id (name), score, reason."""
    doc = extraction.document
    names = {e.id: e.name for e in extraction.entities}
    rows = sorted((m for e in extraction.entities for m in e.mentions),
                  key=lambda m: (m.start, m.end, m.entity_id or ""))
    lines = [f"# {doc.doc_id}: {len(rows)} mentions, {len(extraction.entities)} entities"]
    for m in rows:
        text = m.text.replace("\n", " ")
        lines.append(f"{m.start:>6}-{m.end:<6} {text!r:40} {m.section:<8} s{m.sentence:<4} -> "
                     f"{m.entity_id} ({names.get(m.entity_id or '', '?')}) "
                     f"score={m.score:.2f} reason={m.reason}")
    return "\n".join(lines) + "\n"
