"""Extraction as a pure function: ``Document -> Extraction``.

clean -> sentences -> recognize -> link -> relate. No I/O, no database: the same call runs in
a test, in one process, in a process pool or on a Dask worker, and its result pickles.
"""

from __future__ import annotations

from factionmap.clean import clean_document
from factionmap.link import link
from factionmap.recognize import recognize, split_sentences
from factionmap.relate import relate
from factionmap.resources import Resources
from factionmap.types import Document, Extraction


def extract(document: Document, resources: Resources) -> Extraction:
    """Run every stage on one document and return what it says."""
    cleaned = clean_document(document)
    sentences = split_sentences(cleaned)
    mentions = recognize(cleaned, sentences, resources)
    entities = link(cleaned, sentences, mentions, resources)
    relations, events = relate(cleaned, sentences, entities, resources)
    minimum = float(resources.settings.get("min_confidence", 0.0))
    relations = tuple(r for r in relations if r.confidence >= minimum)
    return Extraction(document=cleaned, entities=entities, relations=relations, events=events,
                      sentences=sentences)
