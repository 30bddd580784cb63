"""The extraction contract: ``Extraction`` to the JSON object of docs/extract-output.md."""

from __future__ import annotations

from typing import Any

from factionmap.types import Entity, Event, Evidence, Extraction, Mention, Relation


def extraction_to_json(extraction: Extraction, *, with_text: bool = False) -> dict[str, Any]:
    """The contract object of one document; ``text`` is printed for HTML input or on request."""
    doc = extraction.document
    obj: dict[str, Any] = {
        "doc_id": doc.doc_id,
        "title": doc.title,
        "url": doc.url,
        "published": doc.published,
    }
    if doc.from_html or with_text:
        obj["text"] = doc.text
    if doc.author:
        obj["author"] = doc.author
    if doc.source:
        obj["source"] = doc.source
    obj["sections"] = [
        {"kind": s.kind, "start": s.start, "end": s.end} for s in doc.sections
    ]
    obj["entities"] = [_entity(e) for e in extraction.entities]
    obj["relations"] = [_relation(r) for r in extraction.relations]
    obj["events"] = [_event(e) for e in extraction.events]
    return obj


def _mention(m: Mention) -> dict[str, Any]:
    return {"start": m.start, "end": m.end, "text": m.text, "section": m.section,
            "score": round(m.score, 3), "reason": m.reason}


def _entity(e: Entity) -> dict[str, Any]:
    obj: dict[str, Any] = {"id": e.id, "name": e.name, "type": e.type, "in_kb": e.in_kb,
                           "mentions": [_mention(m) for m in e.mentions]}
    if e.country:
        obj["country"] = e.country
    if e.latitude is not None and e.longitude is not None:
        obj["latitude"], obj["longitude"] = e.latitude, e.longitude
    if e.aliases:
        obj["aliases"] = list(e.aliases)
    return obj


def _evidence(ev: Evidence) -> dict[str, Any]:
    return {"start": ev.start, "end": ev.end, "text": ev.text}


def _relation(r: Relation) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "type": r.type, "source": r.source, "target": r.target, "date": r.date, "place": r.place,
        "modality": r.modality, "section": r.section, "confidence": round(r.confidence, 3),
        "evidence": _evidence(r.evidence),
    }
    for key in ("claimant", "role", "via"):
        if getattr(r, key):
            obj[key] = getattr(r, key)
    if r.pattern:
        obj["pattern"] = r.pattern
    return obj


def _event(e: Event) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "type": e.type, "participants": list(e.participants), "date": e.date, "place": e.place,
        "modality": e.modality, "section": e.section, "confidence": round(e.confidence, 3),
        "evidence": _evidence(e.evidence),
    }
    if e.claimant:
        obj["claimant"] = e.claimant
    if e.pattern:
        obj["pattern"] = e.pattern
    return obj
