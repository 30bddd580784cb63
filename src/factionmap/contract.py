"""Checks that an output object honours the extraction contract (docs/extract-output.md).

Used by the test suite and by anyone consuming factionmap's JSON Lines who wants to verify it.
"""

from __future__ import annotations

from typing import Any

from factionmap.types import (
    ENTITY_TYPES,
    EVENT_TYPES,
    MODALITIES,
    RELATION_TYPES,
    SECTION_KINDS,
)

REQUIRED_KEYS = ("doc_id", "title", "url", "published", "sections", "entities", "relations", "events")
ISO_DATE_LENGTHS = (4, 7, 10)  # YYYY, YYYY-MM, YYYY-MM-DD


def contract_problems(obj: dict[str, Any], text: str | None = None) -> list[str]:
    """Every way ``obj`` breaks the contract (empty when it honours it).

    ``text`` is the document text when the object does not carry it (plain-text input).
    """
    problems = [f"missing key {k!r}" for k in REQUIRED_KEYS if k not in obj]
    if problems:
        return problems
    text = obj.get("text", text)
    problems += _section_problems(obj["sections"], text)
    ids = {e["id"] for e in obj["entities"]}
    for entity in obj["entities"]:
        if entity["type"] not in ENTITY_TYPES:
            problems.append(f"entity {entity['id']}: unknown type {entity['type']!r}")
        if not entity["id"].startswith(("kb:", "new:", "geo:")):
            problems.append(f"entity {entity['id']}: id must start with kb:, new: or geo:")
        for m in entity["mentions"]:
            if text is not None and text[m["start"]:m["end"]] != m["text"]:
                problems.append(f"mention {m} of {entity['id']}: text does not match offsets")
            if m["section"] not in SECTION_KINDS:
                problems.append(f"mention {m}: unknown section")
    for kind, items in (("relation", obj["relations"]), ("event", obj["events"])):
        for item in items:
            problems += _fact_problems(kind, item, ids, text)
    return problems


def _section_problems(sections: list[dict[str, Any]], text: str | None) -> list[str]:
    problems = []
    position = 0
    for s in sorted(sections, key=lambda s: s["start"]):
        if s["kind"] not in SECTION_KINDS:
            problems.append(f"section {s}: unknown kind")
        if s["start"] != position:
            problems.append(f"sections do not tile the text at offset {position} (next starts at {s['start']})")
        if s["end"] <= s["start"]:
            problems.append(f"section {s}: empty or reversed")
        position = s["end"]
    if text is not None and position != len(text) and (sections or text):
        problems.append(f"sections end at {position}, text has {len(text)} characters")
    return problems


def _fact_problems(kind: str, item: dict[str, Any], ids: set[str], text: str | None) -> list[str]:
    problems = []
    if kind == "relation":
        if item["type"] not in RELATION_TYPES:
            problems.append(f"relation type {item['type']!r} unknown")
        endpoints = [item["target"]] + ([item["source"]] if item["source"] is not None else [])
    else:
        if item["type"] not in EVENT_TYPES:
            problems.append(f"event type {item['type']!r} unknown")
        endpoints = list(item["participants"])
    if item.get("place") is not None:
        endpoints.append(item["place"])
    problems += [f"{kind} {item['type']}: id {i!r} not in entities" for i in endpoints if i not in ids]
    if item["modality"] not in MODALITIES:
        problems.append(f"{kind} {item['type']}: unknown modality {item['modality']!r}")
    if item["section"] not in SECTION_KINDS:
        problems.append(f"{kind} {item['type']}: unknown section {item['section']!r}")
    if item.get("date") is not None and len(item["date"]) not in ISO_DATE_LENGTHS:
        problems.append(f"{kind} {item['type']}: date {item['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    confidence = item.get("confidence", 1.0)
    if not 0.0 <= confidence <= 1.0:
        problems.append(f"{kind} {item['type']}: confidence {confidence} outside [0, 1]")
    ev = item["evidence"]
    if text is not None and text[ev["start"]:ev["end"]] != ev["text"]:
        problems.append(f"{kind} {item['type']}: evidence text does not match its offsets")
    return problems
