"""HTML cleaning: trafilatura cuts the article and its comments out of the markup.

The document text is the article text, a blank line, then the comments text; its sections
come from the plain-text state machine run over that text with the comment boundary given,
so furniture trafilatura left in (a share line, a 'Related:' box) is still caught.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from factionmap.clean.dates import normalize_published
from factionmap.clean.text import TextCleaning, clean_text

# Between the article and the comments in the document text.
COMMENTS_SEPARATOR = "\n\n"
# Cue names of sections decided by the markup (shown by ``factionmap clean``).
CUE_HTML_COMMENTS = "html-comments"
# trafilatura's own date search stays on the page's metadata and visible header: an "extensive"
# search picks dates out of comments and sidebars, which is a guess.
DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class HtmlCleaning:
    """Extracted text with its sections, and the page's metadata."""

    text: str
    cleaning: TextCleaning
    title: str | None
    published: str | None
    author: str | None


def clean_html(html: str, *, url: str | None = None) -> HtmlCleaning:
    """Extract article and comments from ``html`` and tile the extracted text with sections."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html, url=url, include_comments=True, with_metadata=True, include_tables=True,
        date_extraction_params=DATE_PARAMS,
    )
    if result is None or not (result.text or "").strip():
        # No article found: clean the page's whole visible text as a flattened page.
        raw = trafilatura.html2txt(html) or ""
        cleaning = clean_text(raw)
        return HtmlCleaning(raw, cleaning, cleaning.title, cleaning.published or _htmldate(html), None)
    body = result.text or ""
    comments = (result.comments or "").strip()
    text = body + COMMENTS_SEPARATOR + comments if comments else body
    cleaning = clean_text(text, extracted=True, comments_at=len(body) + len(COMMENTS_SEPARATOR) if comments else None,
                          comments_cue=CUE_HTML_COMMENTS)
    published = normalize_published(result.date) or _htmldate(html)
    return HtmlCleaning(text, cleaning, result.title or None, published, result.author or None)


def _htmldate(html: str) -> str | None:
    """The page's publication date by htmldate, when trafilatura found none."""
    from htmldate import find_date

    try:
        return find_date(html, extensive_search=False, original_date=True)
    except (ValueError, TypeError):
        return None
