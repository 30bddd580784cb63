"""Smoke test on bulk real text: cleaning keeps essentially all of a clean article in the body."""

from __future__ import annotations

import csv

import pytest

from factionmap.clean import clean_text

# Share of characters (FA-KES) and of prose lines (Wikipedia) that must stay in the body.
MIN_BODY_SHARE = 0.995


def test_clean_text_keeps_fakes_articles_in_body(shared_data) -> None:
    path = shared_data / "text" / "fa-kes" / "FA-KES-Dataset.csv"
    if not path.exists():
        pytest.skip("FA-KES not present")
    csv.field_size_limit(10**8)
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        texts = [row["article_content"] for row in csv.DictReader(handle)]
    assert len(texts) > 500
    kept = total = 0
    for text in texts:
        sections = clean_text(text).sections
        kept += sum(s.end - s.start for s in sections if s.kind == "body")
        total += len(text)
    assert kept / total >= MIN_BODY_SHARE


def test_clean_text_keeps_wikipedia_prose_in_body(shared_data) -> None:
    folder = shared_data / "text" / "wikipedia-syria-iraq-war-articles" / "articles"
    if not folder.exists():
        pytest.skip("Wikipedia articles not present")
    kept = total = 0
    for path in sorted(folder.glob("*.md")):
        cleaned = clean_text(path.read_text(encoding="utf-8", errors="replace"))
        for line, (kind, cue) in zip(cleaned.lines, cleaned.labels, strict=True):
            if line.prose and not line.structural and cue != "front-matter":
                total += 1
                kept += kind == "body"
    assert total > 1000
    assert kept / total >= MIN_BODY_SHARE
