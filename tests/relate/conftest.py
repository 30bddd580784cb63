"""Helpers for relation tests: documents whose entities are built by hand from surface strings.

Recognition and linking are other stages; these tests give ``relate`` exactly the entities a
sentence names, so a failure points at the relation patterns and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from factionmap.parses import ParseCache
from factionmap.recognize import split_sentences
from factionmap.relate import relate
from factionmap.types import CleanDocument, Entity, Event, Mention, Relation, Section

# surface string -> (entity id, label) or (tuple of ids, label) for a plural coreference
Spec = dict[str, tuple[str | tuple[str, ...], str]]
LABEL_TYPES = {"person": "person", "place": "place"}


def build_document(text: str, spec: Spec, *, published: str | None = None,
                   sections: tuple[Section, ...] | None = None
                   ) -> tuple[CleanDocument, tuple[Entity, ...]]:
    """A clean document and its entities: every occurrence of each surface string is a mention."""
    doc = CleanDocument(doc_id="t", text=text, published=published,
                        sections=sections or (Section("body", 0, len(text)),))
    taken: list[tuple[int, int]] = []
    mentions: dict[str, list[Mention]] = {}
    meta: dict[str, tuple[str, str]] = {}
    for surface in sorted(spec, key=len, reverse=True):
        ids, label = spec[surface]
        id_list = (ids,) if isinstance(ids, str) else ids
        coref = not isinstance(ids, str)
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            for eid in id_list:
                reason = "coref:plural" if coref else "test"
                mentions.setdefault(eid, []).append(Mention(
                    m.start(), m.end(), surface, doc.section_at(m.start()), label,  # type: ignore[arg-type]
                    entity_id=eid, reason=reason))
                meta.setdefault(eid, (surface, label))
    entities = tuple(
        Entity(id=eid, name=meta[eid][0], type=meta[eid][1], in_kb=eid.startswith("kb:"),  # type: ignore[arg-type]
               mentions=tuple(sorted(ms, key=lambda x: x.start)))
        for eid, ms in mentions.items()
    )
    return doc, entities


@pytest.fixture(scope="session")
def run_relate(resources) -> Callable[..., tuple[tuple[Relation, ...], tuple[Event, ...]]]:
    """Run ``relate`` on a text whose entities come from a surface-string spec."""

    def run(text: str, spec: Spec, *, published: str | None = None,
            sections: tuple[Section, ...] | None = None):
        doc, entities = build_document(text, spec, published=published, sections=sections)
        sentences = split_sentences(doc)
        return relate(doc, sentences, entities, resources, ParseCache(resources.nlp, doc, sentences))

    return run

