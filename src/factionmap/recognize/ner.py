"""People and places from spaCy's NER, run only on sentences that can hold them.

The model mislabels group names (the KB and discovery carry those); it is trusted for PERSON,
GPE and LOC spans that no actor mention already covers. Only sentences with an actor mention
or a capitalised word inside the sentence are parsed, through the shared ``ParseCache`` (the
relation stage reuses the parses).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factionmap.parses import ParseCache
from factionmap.recognize.rules import OPENERS, STRONG_HEADS
from factionmap.kb.normalize import normalize_name

# spaCy labels kept, and the entity type each becomes.
NER_LABELS = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place"}
# A capitalised word after the first one: the cue that a sentence may name a person or place.
_INNER_CAPITAL = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]")
# Leading words spaCy folds into a span that are not part of the name.
_LEADING = re.compile(r"^(?:the|The|a|an)\s+")
_TRAILING = re.compile(r"(?:['’]s?|\s+(?:and|or))$")


def wants_ner(sentence_text: str, has_actor: bool) -> bool:
    """Whether a sentence is worth the model: an actor mention or an inner capital."""
    return has_actor or bool(_INNER_CAPITAL.search(sentence_text))


def ner_spans(parses: ParseCache, indices: Iterable[int], starts: dict[int, int]
              ) -> list[tuple[int, int, str, int]]:
    """(start, end, type, sentence index) of PERSON/GPE/LOC spans in the given sentences."""
    spans = []
    for index, parsed in parses.parse(indices).items():
        base = starts[index]
        for ent in parsed.ents:
            kind = NER_LABELS.get(ent.label_)
            if kind is None:
                continue
            text = ent.text
            s, e = ent.start_char, ent.end_char
            lead = _LEADING.match(text)
            if lead:
                s += lead.end()
            trail = _TRAILING.search(parsed.text[s:e])
            if trail:
                e -= len(trail.group(0))
            surface = parsed.text[s:e]
            if not surface[:1].isupper() or surface.lower() in OPENERS:
                continue
            if kind == "person" and any(t in STRONG_HEADS for t in normalize_name(surface).split()):
                continue  # "Jaysh al-Islam" tagged PERSON: discovery decides groups
            spans.append((base + s, base + e, kind, index))
    return spans
