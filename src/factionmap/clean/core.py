"""Entry point of the clean stage: a read ``Document`` to a ``CleanDocument`` tiled by sections."""

from __future__ import annotations

from factionmap.clean.html import clean_html
from factionmap.clean.inline import inline_furniture
from factionmap.clean.text import clean_text
from factionmap.types import CleanDocument, Document


def clean_document(document: Document) -> CleanDocument:
    """Turn a read document into text tiled by body, comments and boilerplate sections.

    Plain text is kept exactly as read (offsets point into it); HTML becomes the text that
    trafilatura extracts. A ``published`` or ``title`` given with the document wins over what
    the page says. In both, tag lists run into a flattened paragraph are cut out
    (``clean.inline``).
    """
    if document.text is None and document.html is not None:
        page = clean_html(document.html, url=document.url)
        return CleanDocument(
            doc_id=document.doc_id, text=page.text, sections=inline_furniture(page.text, page.cleaning.sections),
            title=document.title or page.title, url=document.url,
            published=document.published or page.published, source=document.source,
            language=document.language, author=page.author, from_html=True,
        )
    text = document.text or ""
    cleaned = clean_text(text)
    return CleanDocument(
        doc_id=document.doc_id, text=text, sections=inline_furniture(text, cleaned.sections),
        title=document.title or cleaned.title, url=document.url,
        published=document.published or cleaned.published, source=document.source,
        language=document.language,
    )
