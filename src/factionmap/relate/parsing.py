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
# Bare infinitives the lemmatizer reads as another verb's past: "helped found D" is founding,
# not finding. (word, wrong lemma) -> (right lemma, words that must precede it)
LEMMA_FIXES = {("found", "find"): ("found", frozenset({"help", "helped", "helps", "helping", "to"}))}


def parse(resources: Resources, texts: list[str]) -> list[Any]:
    """spaCy Docs of the texts, with tags, tree, coarse POS and lemmas (no entities)."""
    nlp = resources.nlp
    disable = [name for name in PARSE_DISABLE if name in nlp.pipe_names]
    docs = list(nlp.pipe(texts, batch_size=64, disable=disable))
    for doc in docs:
        for token in doc:
            fix = LEMMA_FIXES.get((token.lower_, token.lemma_))
            if fix is not None and token.i > 0 and doc[token.i - 1].lower_ in fix[1]:
                token.lemma_ = fix[0]
    return docs
