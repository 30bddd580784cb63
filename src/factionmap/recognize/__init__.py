"""Recognition: find mentions of actors, people, places and dates."""

from __future__ import annotations

import re

from factionmap.parses import ParseCache
from factionmap.resources import Resources
from factionmap.types import CleanDocument, Mention, Sentence

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])|\n\s*\n")


def split_sentences(doc: CleanDocument) -> tuple[Sentence, ...]:
    """Sentences of every section (placeholder splitter)."""
    result = []
    for section in doc.sections:
        start = section.start
        for match in _SENTENCE_END.finditer(doc.text, section.start, section.end):
            if doc.text[start:match.start()].strip():
                result.append(Sentence(start, match.start(), section.kind))
            start = match.end()
        if doc.text[start:section.end].strip():
            result.append(Sentence(start, section.end, section.kind))
    return tuple(result)


def recognize(doc: CleanDocument, sentences: tuple[Sentence, ...], resources: Resources,
              parses: ParseCache) -> tuple[Mention, ...]:
    """Mentions in every sentence (placeholder: none)."""
    return ()
