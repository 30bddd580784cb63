"""The cleaning quality gate: line-level body precision and recall over the fixture pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factionmap.clean import clean_document
from factionmap.clean.score import score_pages
from factionmap.types import Document

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
FLOORS = json.loads((Path(__file__).resolve().parent / "floors.json").read_text(encoding="utf-8"))
GOLD = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def text_scores():
    """Scores of the plain-text pages, computed once."""
    return score_pages(PAGES, suffixes=(".txt",))


@pytest.fixture(scope="module")
def html_scores():
    """Scores of the HTML pages, computed once."""
    return score_pages(PAGES, suffixes=(".html",))


def test_score_pages_fixture_set_is_large_enough() -> None:
    texts = [n for n in GOLD if n.endswith(".txt")]
    htmls = [n for n in GOLD if n.endswith(".html")]
    assert len(texts) >= 30 and len(htmls) >= 10
    assert all((PAGES / n).exists() for n in GOLD)
    assert all(GOLD[n].get("modelled_on") for n in GOLD)


@pytest.mark.parametrize(("kind", "metric"), [
    ("body", "precision"), ("body", "recall"), ("comments", "precision"), ("comments", "recall"),
])
def test_score_pages_text_meets_floor(text_scores, kind: str, metric: str) -> None:
    value = getattr(getattr(text_scores, kind), metric)
    floor = FLOORS[f"text_{kind}_{metric}"]
    assert value >= floor, f"text {kind} {metric} {value:.4f} < floor {floor}: {text_scores.errors}"


@pytest.mark.parametrize(("kind", "metric"), [
    ("body", "precision"), ("body", "recall"), ("comments", "precision"), ("comments", "recall"),
])
def test_score_pages_html_meets_floor(html_scores, kind: str, metric: str) -> None:
    value = getattr(getattr(html_scores, kind), metric)
    floor = FLOORS[f"html_{kind}_{metric}"]
    assert value >= floor, f"html {kind} {metric} {value:.4f} < floor {floor}: {html_scores.errors}"


@pytest.mark.parametrize("name", sorted(n for n in GOLD if "published" in GOLD[n]))
def test_clean_document_published_matches_gold(name: str) -> None:
    raw = (PAGES / name).read_text(encoding="utf-8")
    doc = Document(doc_id=name, html=raw) if name.endswith(".html") else Document(doc_id=name, text=raw)
    assert clean_document(doc).published == GOLD[name]["published"]
