"""HTML cleaning: trafilatura cuts the article and its comments out of the markup.

The document text is the article text, a blank line, then the comments text; its sections
come from the plain-text state machine run over that text with the comment boundary given,
so furniture trafilatura left in (a share line, a 'Related:' box) is still caught.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from factionmap.clean.dates import normalize_published
from factionmap.clean.text import TextCleaning, clean_text

# Between the article and the comments in the document text.
COMMENTS_SEPARATOR = "\n\n"
# trafilatura's precision mode: calibrated on tests/fixtures/pages (see docs/cleaning.md).
FAVOR_PRECISION = True
# Keep images (and so their captions) in the extracted text.
INCLUDE_IMAGES = False
# Image captions are article text (the issue: captions stay in the body), but trafilatura drops
# <figure> with its image; unwrap figures and read <figcaption> as a paragraph instead.
CAPTION_TAG = re.compile(r"<(/?)figcaption\b", re.IGNORECASE)
FIGURE_TAG = re.compile(r"</?figure\b[^>]*>", re.IGNORECASE)
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
    import trafilatura.settings

    result = trafilatura.bare_extraction(
        _captions_as_paragraphs(html), url=url, include_comments=True, with_metadata=True, include_tables=True,
        favor_precision=FAVOR_PRECISION, include_images=INCLUDE_IMAGES, date_extraction_params=DATE_PARAMS,
    )
    if not isinstance(result, trafilatura.settings.Document) or not (result.text or "").strip():
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


def _captions_as_paragraphs(html: str) -> str:
    """The page with figures unwrapped and captions turned into paragraphs."""
    return CAPTION_TAG.sub(r"<\1p", FIGURE_TAG.sub("", html))


def _htmldate(html: str) -> str | None:
    """The page's publication date by htmldate, when trafilatura found none."""
    from htmldate import find_date

    try:
        return find_date(html, extensive_search=False, original_date=True)
    except (ValueError, TypeError):
        return None
