"""HTML cleaning: trafilatura's text, tiled by sections, with the page's metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from factionmap.clean import clean_document
from factionmap.types import Document

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


def html_doc(name: str):
    """The cleaned HTML fixture page ``name``."""
    return clean_document(Document(doc_id=name, html=(PAGES / name).read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", sorted(PAGES.glob("*.html")), ids=lambda p: p.stem)
def test_clean_html_sections_tile_extracted_text(path: Path) -> None:
    doc = html_doc(path.name)
    assert doc.from_html
    assert doc.sections[0].start == 0 and doc.sections[-1].end == len(doc.text)
    for left, right in zip(doc.sections, doc.sections[1:], strict=False):
        assert left.end == right.start and left.kind != right.kind
    assert "<" not in doc.text or "</" not in doc.text  # markup does not leak into the text


@pytest.mark.parametrize(("name", "title", "author"), [
    ("wpcom_operations_room.html", "Nusra, Ahrar and Ajnad form Jund al-Malahim operations room", "Levantmonitor"),
    ("news_wire.html", "Syrian rebels say Nusra Front attacked their bases in Idlib", "Suleiman Al-Khalidi"),
    ("clean_article.html", "Jaysh al-Islam expels Faylaq al-Rahman from Misraba", None),
])
def test_clean_html_reads_title_and_author(name: str, title: str, author: str | None) -> None:
    doc = html_doc(name)
    assert (doc.title, doc.author) == (title, author)


@pytest.mark.parametrize(("name", "comment", "not_body"), [
    ("wpcom_operations_room.html", "Jaysh al Islam will never join anything Nusra is in", "Leave a Reply"),
    ("wp_selfhosted_responses.html", "Tahrir al-Sham is just Nusra with a new logo", "Post Comment"),
    ("blogger_musings.html", "Nothing will change until Abadi takes control of the PMC", "Post a Comment"),
])
def test_clean_html_reader_comments_are_comments(name: str, comment: str, not_body: str) -> None:
    doc = html_doc(name)
    at = doc.text.index(comment)
    assert doc.section_at(at) == "comments"
    assert not_body not in "".join(doc.text[s.start:s.end] for s in doc.sections if s.kind == "body")


def test_clean_html_captions_stay_in_body() -> None:
    doc = html_doc("article_captions.html")
    assert doc.section_at(doc.text.index("Fighters near Idlib, 2015")) == "body"


@pytest.mark.parametrize("html", [
    "<html><body></body></html>",
    "<html><head><title>x</title></head><body><nav><a>Home</a><a>About</a></nav></body></html>",
    "not really html at all",
])
def test_clean_html_pages_without_article_do_not_fail(html: str) -> None:
    doc = clean_document(Document(doc_id="x", html=html))
    assert doc.from_html
    assert not doc.text or (doc.sections[0].start == 0 and doc.sections[-1].end == len(doc.text))
