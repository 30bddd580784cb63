"""Inline furniture in flattened text: tag lists and related headlines cut out, the story kept.

The texts are modelled on FA-KES articles (The New Arab puts the tag list between the lede and
the story; Sputnik closes with related headlines and tags), all on one line.
"""

from __future__ import annotations

import pytest

from factionmap.clean import clean_document
from factionmap.clean.inline import CUE_INLINE_RELATED, CUE_INLINE_TAGS, inline_furniture
from factionmap.pipeline import extract
from factionmap.types import Document, Section

LEDE = ("The Sawaiq al-Rahman Brigade has announced it has killed several Nusra Front fighters as "
        "clashes between opposition groups continue. ")
STORY = ("The Sawaiq al-Rahman brigade announced on Monday that it had killed six Nusra Front "
         "fighters and injured several others in the countryside south of Idlib in northwest Syria. "
         "The brigade said the fighting started after Nusra stormed one of its checkpoints near "
         "the town of Salqin, and that it would not hand over the prisoners it had taken. ")


def _cut(text: str) -> list[tuple[str, str, str | None]]:
    sections = inline_furniture(text, (Section("body", 0, len(text)),))
    assert sections[0].start == 0 and sections[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))
    return [(s.kind, text[s.start:s.end], s.cue) for s in sections]


@pytest.mark.parametrize("tags, story", [
    ("Tags Syria Free Syrian Army opposition groups Sawaiq al-Rahman brigade al-Nusra Front Idlib ", STORY),
    ("Tags Nusra Front al-Qaeda Aleppo Syria Assad extremism war. ", "A suicide bomber " + STORY),
    ("Tags Syria Idlib Russia airstrikes Syrian regime Bashar Assad ", "Airstrikes on a village " + STORY),
    ("Tags Syria Islamic State group IS civilians barrel bombs Syrian Observatory for Human Rights ",
     "At least 11 civilians were killed. " + STORY),
])
def test_inline_tags_between_lede_and_story_cut(tags, story):
    assert _cut(LEDE + tags + story) == [("body", LEDE, None), ("boilerplate", tags, CUE_INLINE_TAGS),
                                         ("body", story, None)]


@pytest.mark.parametrize("tags", [
    # prose ("the", "and", "an") before any sentence opener: where the list ends is unknown
    "Tags Syria Aleppo regime forces rebel forces the Nusra Front Syrian troops and pro-government "
    "gunmen repelled an offensive ",
    # the story's first words are capitalised names followed by a non-opening verb
    "Tags Syria Idlib Bashar al-Assad SOHR al-Qaeda al-Nusra Syrian rebels launched a huge offensive ",
])
def test_inline_tags_unclear_end_cuts_nothing(tags):
    text = LEDE + tags + STORY
    assert _cut(text) == [("body", text, None)]


def test_closing_tags_and_related_headlines_cut_to_end():
    tail = ("Syrian Army Repels Militant Attack on Western Damascus Russian Airstrikes Kill 120 Daesh "
            "Terrorists Fleeing From Raqqa ")
    tags = "Tags shelling Daesh Syria Community standardsDiscussion Comment via Facebook"
    # one boilerplate run; its first cue names it
    assert _cut(LEDE + STORY + tail + tags) == [("body", LEDE + STORY, None),
                                                ("boilerplate", tail + tags, CUE_INLINE_RELATED)]
    assert _cut(LEDE + STORY + tags) == [("body", LEDE + STORY, None), ("boilerplate", tags, CUE_INLINE_TAGS)]


@pytest.mark.parametrize("text", [
    LEDE + "Tags Syria Idlib Nusra Front\n" + STORY,  # a tag line of its own: the line cues' job
    LEDE + STORY + "Price tags on bread rose again in the besieged town as the siege went on. " * 3,
    "Short text. Tags Syria Idlib The end.",
])
def test_inline_furniture_leaves_other_text_alone(text):
    assert [kind for kind, _, _ in _cut(text)] == ["body"]


def test_clean_document_cuts_inline_tags_from_plain_text():
    text = LEDE + "Tags Syria Free Syrian Army Sawaiq al-Rahman brigade al-Nusra Front Idlib " + STORY
    doc = clean_document(Document(doc_id="d", text=text))
    kinds = [(s.kind, s.cue) for s in doc.sections]
    assert kinds == [("body", None), ("boilerplate", CUE_INLINE_TAGS), ("body", None)]


def test_extract_takes_no_relation_from_an_inline_tag_list(resources):
    # The tag list names the FSA beside Sawaiq al-Rahman: a co-listing, not membership.
    text = LEDE + "Tags Syria Free Syrian Army opposition groups Sawaiq al-Rahman brigade al-Nusra Front Idlib " + STORY
    extraction = extract(Document(doc_id="d", text=text), resources)
    tag_start = text.index("Tags")
    assert not [r for r in extraction.relations if r.evidence.start <= tag_start < r.evidence.end]
    fsa = [e for e in extraction.entities if e.name == "Free Syrian Army"]
    assert not fsa or all(m.section == "boilerplate" for m in fsa[0].mentions)


def test_clean_document_cuts_inline_tags_from_an_html_paragraph():
    tags = "Tags Syria Free Syrian Army Sawaiq al-Rahman brigade al-Nusra Front Idlib "
    html = ("<html><head><title>Brigade kills Nusra fighters</title></head><body><article>"
            f"<h1>Brigade kills Nusra fighters</h1><p>{LEDE}{tags}{STORY}</p><p>{STORY}</p>"
            "</article></body></html>")
    doc = clean_document(Document(doc_id="d", html=html))
    cut = [doc.text[s.start:s.end] for s in doc.sections if s.cue == CUE_INLINE_TAGS]
    assert cut == [tags]
