"""Tenth round: an undefined acronym keeps one reading in a document. "1920s RB leader X"
reads "RB" as the 1920 Revolution Brigades; "two factions arose within the 1920s RB" later in
the same text is the same group, though the place alone would not decide it. A repeat after a
bare number or before a lower-case gloss is still left alone.
"""

from __future__ import annotations

import pytest

from factionmap.pipeline import extract
from factionmap.types import Document

BRIGADES = "kb:1920-revolution-brigades"
OPENING = "1920s RB leader Harith al-Dari was killed by AQI operatives. "
CLOSING = " One of them later renamed itself Hamas Iraq."


def _rb_starts(resources, text: str) -> list[int]:
    ex = extract(Document(doc_id="t", text=text, source="t"), resources)
    return sorted(m.start for e in ex.entities if e.id == BRIGADES for m in e.mentions if m.text == "RB")


def test_repeated_acronym_keeps_the_documents_reading(resources):
    text = OPENING + "Two factions arose within the 1920s RB." + CLOSING
    assert _rb_starts(resources, text) == [6, text.index("RB", 10)]


@pytest.mark.parametrize("middle", [
    "The unit fired 5 RB rounds.",  # after a bare number: a unit or a model
    "Two factions arose within the 1920s RB (rebel bands).",  # a lower-case gloss follows
])
def test_repeated_acronym_not_read_where_it_is_no_name(resources, middle):
    assert _rb_starts(resources, OPENING + middle + CLOSING) == [6]
