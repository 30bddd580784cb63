"""Sentence parses shared by the stages of one extraction, computed once and only where needed.

Recognition, linking and relation extraction each ask for the spaCy parse of some sentences;
the cache runs the model on each sentence at most once per document, in batches. It lives for
one ``extract`` call, so extraction stays a pure function.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from factionmap.types import CleanDocument, Sentence

# A function word typed twice ("split from from the old IRA", "the the"): the parser reads the
# second as a preposition of the first and loses the object. The first copy is blanked with
# spaces for the parser only, so every character offset (and the evidence) stays the text's.
# "that that" and "had had" are grammatical and not listed.
DOUBLED_WORD = re.compile(r"\b(the|a|an|of|from|to|in|on|with|by|for|and|at|into|against)"
                          r"(\s+)(?=\1\b)", re.IGNORECASE)


def undouble(text: str) -> str:
    """``text`` with the first of two identical function words blanked (same length)."""
    return DOUBLED_WORD.sub(lambda m: " " * len(m.group(0)), text)


class ParseCache:
    """spaCy ``Doc`` per sentence index, parsed on first request."""

    __slots__ = ("_nlp", "_doc", "_sentences", "_parsed")

    def __init__(self, nlp: Any, doc: CleanDocument, sentences: tuple[Sentence, ...]) -> None:
        self._nlp = nlp
        self._doc = doc
        self._sentences = sentences
        self._parsed: dict[int, Any] = {}

    @property
    def available(self) -> bool:
        """Whether a model is loaded (without one, stages fall back to patterns only)."""
        return self._nlp is not None

    def parse(self, indices: Iterable[int]) -> dict[int, Any]:
        """Parses of the given sentences (each a spaCy Doc whose char 0 is the sentence start)."""
        wanted = [i for i in dict.fromkeys(indices) if 0 <= i < len(self._sentences)]
        if self._nlp is None:
            return {}
        todo = [i for i in wanted if i not in self._parsed]
        if todo:
            texts = [undouble(self._doc.text[self._sentences[i].start:self._sentences[i].end])
                     for i in todo]
            for i, parsed in zip(todo, self._nlp.pipe(texts, batch_size=64), strict=True):
                self._parsed[i] = parsed
        return {i: self._parsed[i] for i in wanted}

    def get(self, index: int) -> Any:
        """The parse of one sentence, or None without a model."""
        return self.parse([index]).get(index)
