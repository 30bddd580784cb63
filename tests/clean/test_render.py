"""The readable view of ``factionmap clean``: every section, its kind and the cue that cut it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factionmap.clean import clean_document
from factionmap.clean.render import render, sections_json
from factionmap.types import Document

PAGE = Path(__file__).resolve().parent.parent / "fixtures" / "pages" / "wpcom_operations_room.txt"


@pytest.fixture(scope="module")
def doc():
    """A cleaned WordPress.com page with all three kinds of section."""
    return clean_document(Document(doc_id="page", text=PAGE.read_text(encoding="utf-8")))


def test_render_plain_lists_every_section_with_its_cue(doc) -> None:
    out = render(doc)
    assert "\033[" not in out
    assert out.count("\n--- ") == len(doc.sections)
    for section in doc.sections:
        assert f"--- {section.kind} [{section.start}:{section.end}]" in out
        if section.cue:
            assert f"cue={section.cue}" in out


@pytest.mark.parametrize("kind", ["body", "comments", "boilerplate"])
def test_render_only_one_kind_in_colour(doc, kind: str) -> None:
    out = render(doc, color=True, kinds=(kind,))
    assert "\033[" in out
    assert all(f"--- {s.kind} " in out for s in doc.sections if s.kind == kind)
    assert not any(f"--- {s.kind} " in out for s in doc.sections if s.kind != kind)


def test_sections_json_texts_rebuild_the_document(doc) -> None:
    obj = sections_json(doc)
    assert "".join(s["text"] for s in obj["sections"]) == doc.text
    assert obj["published"] == "2015-10-22"
