"""Sentence selection and masking: which sentences are parsed, and as what text."""

from __future__ import annotations

import pytest

from factionmap.relate.candidates import Arg, is_candidate, mask, plausible
from factionmap.types import Sentence


def _arg(text: str, name: str, eid: str, label: str = "armed_group", nth: int = 0) -> Arg:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Arg((eid,), label, start, start + len(name), 1.0, False, "body")


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Ahrar al-Sham attacked the town.", [("Ahrar al-Sham", "kb:a")], True),  # actor + cue
    ("Ahrar al-Sham and Faylaq al-Sham met.", [("Ahrar al-Sham", "kb:a"), ("Faylaq al-Sham", "kb:f")], True),
    ("Ahrar al-Sham said the talks went well.", [("Ahrar al-Sham", "kb:a")], False),  # speech alone
    ("Ahrar al-Sham opened schools in the north of the province last year, and far away from "
     "there somebody else attacked a market.", [("Ahrar al-Sham", "kb:a")], False),  # cue too far
    ("Aleppo was attacked.", [("Aleppo", "geo:1")], False),  # a place is no actor
    # the gap to the cue counts, not the cue's length (fakes: "its stronghold of Raqqa")
    ("ISIS retreated to its stronghold of Raqqa.", [("ISIS", "kb:is"), ("Raqqa", "geo:r")], True),
])
def test_is_candidate_selection(text: str, names: list, expected: bool) -> None:
    args = [_arg(text, n, i, "place" if i.startswith("geo:") else "armed_group") for n, i in names]
    assert is_candidate(text, args) is expected


def test_mask_replaces_mentions_and_maps_back() -> None:
    text = "Jeish al-Islam Faylaq al-Rahman and Jeish al-Fastat clashed near Douma."
    args = [_arg(text, "Jeish al-Islam", "kb:j"), _arg(text, "Faylaq al-Rahman", "kb:f"),
            _arg(text, "Jeish al-Fastat", "kb:s"), _arg(text, "Douma", "geo:d", "place")]
    masked = mask(0, text, Sentence(0, len(text), "body"), args)
    assert masked.text == "Hamas, Hamas and Hamas clashed near Paris."  # the lost comma restored
    assert [masked.arg_at(s) for s in masked.arg_starts] == args
    clashed = masked.text.index("clashed")
    assert masked.to_doc(clashed) == text.index("clashed")


def test_mask_keeps_possessive_pronouns_possessive() -> None:
    # conflibert: "demanded that Hamas renounce its armed struggle against Israel"
    text = "Washington demanded that Hamas renounce its armed struggle against Israel."
    args = [_arg(text, "Hamas", "kb:hamas"), _arg(text, "its", "kb:hamas"),
            _arg(text, "Israel", "kb:israel", "state")]
    masked = mask(0, text, Sentence(0, len(text), "body"), args)
    assert masked.text == "Washington demanded that Hamas renounce Hamas's armed struggle against France."
    assert masked.arg_at(masked.text.index("Hamas's")) == args[1]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ahrar al-Sham", True), ("Jabhat Fatah al-Sham", True),
    ("7 2016 Hezbollah Syrian Army Kill 2 Al-Nusra Front Commanders", False),
    ("Tags Syria Free Syrian Army opposition groups Sawaiq al-Rahman brigade al-Nusra Front", False),
])
def test_plausible_mention_text(text: str, expected: bool) -> None:
    assert plausible(text) is expected


def test_plural_reference_masks_as_coordinated_subjects(resources):
    # "the two groups clashed": one stand-in per group, so the clash has two subjects (mmp-1483 style)
    from factionmap.pipeline import extract
    from factionmap.types import Document

    text = ("Jaysh al-Islam and Faylaq al-Rahman signed a truce in 2016. "
            "In April 2017 the two groups clashed in the Eastern Ghouta.")
    extraction = extract(Document(doc_id="d", text=text), resources)
    clashes = [r for r in extraction.relations if r.type == "fights"]
    assert {frozenset((r.source, r.target)) for r in clashes} == {
        frozenset(("kb:jaysh-al-islam", "kb:faylaq-al-rahman"))}
    assert clashes[0].evidence.text.startswith("In April 2017 the two groups clashed")
