"""Entry point of the clean stage (placeholder: whole text is body until the cleaner lands)."""

from __future__ import annotations

import re

from factionmap.types import CleanDocument, Document, Section


def clean_document(document: Document) -> CleanDocument:
    """Turn a read document into text tiled by sections."""
    text = document.text if document.text is not None else re.sub(r"<[^>]+>", " ", document.html or "")
    sections = (Section("body", 0, len(text)),) if text else ()
    return CleanDocument(doc_id=document.doc_id, text=text, sections=sections, title=document.title,
                         url=document.url, published=document.published, source=document.source,
                         language=document.language, from_html=document.text is None)
