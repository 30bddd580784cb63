"""Parsing masked sentences: the model without its named-entity recognizer.

The patterns need the tree, tags, coarse part of speech and lemmas, not named entities.
(Replacing the model's attribute ruler by a tag -> POS dictionary was measured at a third
less parse time but cost three points of relation recall on the dev gold, because the
lemmatizer also reads the morphology the ruler sets; it is not done.)
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA

from factionmap.kb.hygiene import plain_common_words
from factionmap.relate.ruler import FastRuler
from factionmap.relate.triggers import VERBS
from factionmap.resources import Resources

# Components the patterns do not use.
PARSE_DISABLE = ("ner",)
# Bare infinitives the lemmatizer reads as another verb's past: "helped found D" is founding,
# not finding. (word, wrong lemma) -> (right lemma, words that must precede it)
LEMMA_FIXES = {("found", "find"): ("found", frozenset({"help", "helped", "helps", "helping", "to"}))}
# Trigger verbs the model's lemmatizer strips to another word whatever the context ("staged" ->
# "stag", "waged" -> "wag"): found by running every trigger verb's -s, -ed and -ing forms through
# the model. (word, wrong lemma) -> right lemma, for verb-tagged tokens only ("wages" the noun stays).
VERB_LEMMA_FIXES = {**{(form, wrong): right
                       for right, wrong in (("stage", "stag"), ("wage", "wag"))
                       for form in (right + "d", right + "s", right[:-1] + "ing")},
                    ("slamming", "slamming"): "slam"}


# Misspelt trigger verbs ("began coordianting with B"): a long -ing/-ed word that is one
# transposition or substitution away from a trigger verb's form takes that verb's lemma.
TYPO_MIN_LENGTH = 8


@lru_cache(maxsize=1)
def _trigger_forms() -> dict[str, list[tuple[str, str]]]:
    """(form, lemma) of the trigger verbs' -ing and -ed forms, by their first three letters."""
    forms: dict[str, list[tuple[str, str]]] = {}
    for lemma in VERBS:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        for form in (stem + "ing", stem + "ed", lemma + "d" if lemma.endswith("e") else lemma + "ed"):
            if len(form) >= TYPO_MIN_LENGTH:
                forms.setdefault(form[:3], []).append((form, lemma))
    return forms


def _misspelt_trigger(token: Any) -> str | None:
    word = token.lower_
    if len(word) < TYPO_MIN_LENGTH or not word.endswith(("ing", "ed")):
        return None
    common = plain_common_words()
    if word in common or token.lemma_.lower() in common:
        return None  # a real word ("contacted", "shouting"), not a misspelt "contracted", "shooting"
    for form, lemma in _trigger_forms().get(word[:3], ()):
        if form != word and abs(len(form) - len(word)) <= 1 and OSA.distance(form, word) <= 1:
            return lemma
    return None


# Components run after the model's own pipe when the attribute ruler is replaced by the
# indexed one (the lemmatizer reads the part of speech and morphology the ruler sets).
RULER, LEMMATIZER = "attribute_ruler", "lemmatizer"


def _fast_ruler(resources: Resources) -> FastRuler | None:
    nlp = resources.nlp
    if RULER not in nlp.pipe_names:
        return None
    return FastRuler.build(nlp.get_pipe(RULER))


# Auxiliaries of the perfect: "BACRIM and the FARC have work together" (a dropped "-ed") is
# tagged a noun with the auxiliary and the subject hanging on it; the pair makes it a verb.
PERFECT_AUX = frozenset({"have", "has", "had"})


def _bare_participle(token: Any) -> bool:
    """Whether a noun-tagged trigger verb heads a perfect with its own subject."""
    return token.tag_ == "NN" and token.lower_ in VERBS and any(
        c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in token.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _fix_lemmas(doc: Any) -> None:
    """The lemma fixes, misspelt triggers and bare participles, in place."""
    for token in doc:
        if _bare_participle(token):
            token.tag_, token.pos_, token.lemma_ = "VBN", "VERB", token.lower_
        fix = LEMMA_FIXES.get((token.lower_, token.lemma_))
        if fix is not None and token.i > 0 and doc[token.i - 1].lower_ in fix[1]:
            token.lemma_ = fix[0]
        elif token.pos_ == "VERB" and (token.lower_, token.lemma_) in VERB_LEMMA_FIXES:
            token.lemma_ = VERB_LEMMA_FIXES[(token.lower_, token.lemma_)]
        elif token.lemma_ not in VERBS and token.tag_.startswith("VB"):
            typo = _misspelt_trigger(token)
            if typo is not None:
                token.lemma_ = typo


def parse(resources: Resources, texts: list[str]) -> list[Any]:
    """spaCy Docs of the texts, with tags, tree, coarse POS and lemmas (no entities).

    The model's attribute ruler is applied by ``FastRuler`` (the same attributes, a fraction
    of the cost), then the model's lemmatizer; without an indexable ruler, the model's own.
    """
    nlp = resources.nlp
    ruler = resources.derived("fast_attribute_ruler", _fast_ruler)
    after = [name for name in (RULER, LEMMATIZER) if name in nlp.pipe_names] if ruler else []
    lemmatizer = nlp.get_pipe(LEMMATIZER) if LEMMATIZER in after else None
    disable = [name for name in (*PARSE_DISABLE, *after) if name in nlp.pipe_names]
    docs = list(nlp.pipe(texts, batch_size=64, disable=disable))
    for doc in docs:
        if ruler is not None:
            ruler(doc)
        if lemmatizer is not None:
            lemmatizer(doc)
        _fix_lemmas(doc)
    return docs
