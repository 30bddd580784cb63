"""People and places from spaCy's NER, run only on sentences that can hold them.

The model mislabels group names (the KB and discovery carry those); it is trusted for PERSON,
GPE, LOC and FAC spans that no actor mention already covers. Only sentences with a
capitalised word that is neither inside a mention nor a common English word are run, and
only the NER component (with the shared embedding, tagger, parser and lemmatizer disabled;
see ``ner_disabled``). The relation stage parses its own masked sentences, so there is no
parse to share here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from factionmap.kb.normalize import MODEL_SAFE, normalize_name, normalize_token
from factionmap.recognize.rules import (
    NER_SKIP_SUFFIXES,
    NER_SKIP_WORDS,
    OPENERS,
    PAGE_WORDS,
    STRONG_HEADS,
)

# spaCy labels kept, and the entity type each becomes.
NER_LABELS = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place"}
# Components NER does not need (spaCy's small English model keeps its own tok2vec in ner).
NER_DISABLE = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
# The shared embedding layer other components listen to.
SHARED_EMBEDDING = "tok2vec"
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")
# Leading and trailing words spaCy folds into a span that are not part of the name.
_LEADING = re.compile(r"^(?:the|The|a|an)\s+")
_FIRST_WORD = re.compile(r"(\w+)\s+")
_TRAILING = re.compile(r"(?:['’]s?|\s+(?:and|or))$")


def wants_ner(sentence: str, taken: list[tuple[int, int]], common: frozenset[str]) -> bool:
    """Whether a sentence has a capitalised word outside mentions that is not common English.

    ``taken`` holds mention spans relative to the sentence start.
    """
    for match in _CAPITALISED.finditer(sentence):
        if any(s <= match.start() < e for s, e in taken):
            continue
        word = match.group(0)
        lower = word.lower()
        if lower in OPENERS or lower in NER_SKIP_WORDS or lower.endswith(NER_SKIP_SUFFIXES):
            continue
        key = normalize_token(word)
        if key and key not in common:
            return True
    return False


def ner_disabled(nlp: Any) -> list[str]:
    """Components the NER pass can skip: the tagging and parsing ones, and the shared
    ``tok2vec`` when NER does not listen to it (the small English model's NER embeds tokens
    itself, so the shared layer would be computed for nothing: about 45% of the pass)."""
    names = [name for name in NER_DISABLE if name in nlp.pipe_names]
    if SHARED_EMBEDDING in nlp.pipe_names and "ner" not in getattr(
            nlp.get_pipe(SHARED_EMBEDDING), "listening_components", ["ner"]):
        names.append(SHARED_EMBEDDING)
    return names


def ner_spans(nlp: Any, texts: dict[int, str], starts: dict[int, int]
              ) -> list[tuple[int, int, str, int]]:
    """(start, end, type, sentence index) of PERSON/GPE/LOC/FAC spans in the given sentences."""
    if not texts:
        return []
    disable = ner_disabled(nlp)
    spans = []
    indices = list(texts)
    for index, parsed in zip(indices, nlp.pipe([texts[i].translate(MODEL_SAFE) for i in indices],
                                               batch_size=64, disable=disable), strict=True):
        base = starts[index]
        text = texts[index]  # the parse's own text (``Doc.text`` rebuilds it on every call)
        for ent in parsed.ents:
            kind = NER_LABELS.get(ent.label_)
            if kind is None:
                continue
            s, e = ent.start_char, ent.end_char
            lead = _LEADING.match(text[s:e])
            if lead:
                s += lead.end()
            trail = _TRAILING.search(text[s:e])
            if trail:
                e -= len(trail.group(0))
            # Page words and openers glued to a name ("Tags Aleppo"): not part of it.
            lead_word = _FIRST_WORD.match(text, s, e)
            while lead_word and e - lead_word.end() > 1 and (
                    lead_word.group(1).lower() in OPENERS
                    or normalize_token(lead_word.group(1)) in PAGE_WORDS):
                s = lead_word.end()
                lead_word = _FIRST_WORD.match(text, s, e)
            surface = text[s:e]
            if not surface[:1].isupper() or surface.lower() in OPENERS:
                continue
            if any(t in STRONG_HEADS for t in normalize_name(surface).split()):
                continue  # "Jaysh al-Islam" tagged PERSON: discovery decides groups
            spans.append((base + s, base + e, kind, index))
    return spans


def chosen_sentences(texts: Iterable[tuple[int, str, list[tuple[int, int]]]],
                     common: frozenset[str]) -> dict[int, str]:
    """Sentence texts worth running NER on, by index."""
    return {i: text for i, text, taken in texts if wants_ner(text, taken, common)}
