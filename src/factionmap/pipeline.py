"""Extraction as a pure function: ``Document -> Extraction``.

clean -> sentences -> recognize -> link -> relate. No I/O, no database: the same call runs in
a test, in one process, in a process pool or on a Dask worker, and its result pickles.
"""

from __future__ import annotations

from factionmap.clean import clean_document
from factionmap.link import link
from factionmap.parses import ParseCache
from factionmap.recognize import recognize, split_sentences
from factionmap.relate import relate
from factionmap.resources import Resources
from factionmap.types import Document, Extraction


def extract(document: Document, resources: Resources) -> Extraction:
    """Run every stage on one document and return what it says."""
    cleaned = clean_document(document)
    sentences = split_sentences(cleaned)
    parses = ParseCache(resources.nlp, cleaned, sentences)
    mentions = recognize(cleaned, sentences, resources, parses)
    entities = link(cleaned, sentences, mentions, resources, parses)
    relations, events = relate(cleaned, sentences, entities, resources, parses)
    known = {e.id for e in entities}
    minimum = float(resources.settings.get("min_confidence", 0.0))
    # Every id a relation or event names must be listed in entities (the contract).
    relations = tuple(
        r for r in relations
        if r.confidence >= minimum and r.target in known and (r.source is None or r.source in known)
        and (r.place is None or r.place in known)
    )
    events = tuple(e for e in events if all(p in known for p in e.participants)
                   and (e.place is None or e.place in known))
    return Extraction(document=cleaned, entities=entities, relations=relations, events=events,
                      sentences=sentences)
