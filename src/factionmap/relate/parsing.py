"""Parsing masked sentences: the model without its named-entity recognizer.

The patterns need the tree, tags, coarse part of speech and lemmas, not named entities.
(Replacing the model's attribute ruler by a tag -> POS dictionary was measured at a third
less parse time but cost three points of relation recall on the dev gold, because the
lemmatizer also reads the morphology the ruler sets; it is not done.)
"""

from __future__ import annotations

from typing import Any

from factionmap.resources import Resources

# Components the patterns do not use.
PARSE_DISABLE = ("ner",)


def parse(resources: Resources, texts: list[str]) -> list[Any]:
    """spaCy Docs of the texts, with tags, tree, coarse POS and lemmas (no entities)."""
    nlp = resources.nlp
    disable = [name for name in PARSE_DISABLE if name in nlp.pipe_names]
    return list(nlp.pipe(texts, batch_size=64, disable=disable))
