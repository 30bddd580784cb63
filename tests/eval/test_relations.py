"""Scorer unit tests on hand-built Extractions: matching, optional, forbidden, attributes, curve."""

from __future__ import annotations

from pathlib import Path

import pytest

from factionmap.eval.gold import parse_gold
from factionmap.eval.relations import score_document
from factionmap.eval.scores import pr_curve, summarize
from factionmap.types import CleanDocument, Entity, Evidence, Extraction, Mention, Relation, Section

TEXT = ("Jabhat al-Nusra and Ahrar al-Sham formed an operations room. Jaysh al-Islam was notably absent. "
        "Comment: Ahrar al-Sham fights Jaysh al-Islam, everyone knows.")
COMMENT_AT = TEXT.index("Comment:")
GOLD = {
    "id": "t1", "source": "hand-built", "text": TEXT,
    "entities": {"nusra": {"names": ["Jabhat al-Nusra", "Nusra Front"], "kb": "kb:jabhat-al-nusra"},
                 "ahrar": {"names": ["Ahrar al-Sham"]}, "jaish": {"names": ["Jaysh al-Islam"]}},
    "relations": [{"type": "allied_with", "source": "nusra", "target": "ahrar", "date": "2015-10-21"}],
    "optional": [{"type": "rival_of", "source": "nusra", "target": "jaish"}],
    "forbidden": [{"type": "allied_with", "source": "jaish", "target": "ahrar", "modality": "asserted"},
                  {"type": "fights", "source": "ahrar", "target": "jaish", "section": "body"}],
    "sections": {"comments": ["Comment: Ahrar al-Sham fights"]},
}


def _entity(eid: str, name: str) -> Entity:
    start = TEXT.index(name)
    return Entity(id=eid, name=name, type="armed_group", in_kb=eid.startswith("kb:"),
                  mentions=(Mention(start, start + len(name), name, "body", "armed_group", eid),))


ENTITIES = (_entity("kb:jabhat-al-nusra", "Jabhat al-Nusra"), _entity("new:ahrar", "Ahrar al-Sham"),
            _entity("new:jaish", "Jaysh al-Islam"))


def _rel(rtype: str, src: str, tgt: str, *, modality: str = "asserted", section: str = "body",
         conf: float = 0.9, date: str | None = None, start: int = 0) -> Relation:
    return Relation(type=rtype, source=src, target=tgt, modality=modality, section=section,  # type: ignore[arg-type]
                    confidence=conf, evidence=Evidence(start, start + 10, TEXT[start:start + 10]), date=date)


def _score(*relations: Relation):
    doc = CleanDocument(doc_id="t1", text=TEXT, sections=(Section("body", 0, COMMENT_AT),
                                                          Section("comments", COMMENT_AT, len(TEXT))))
    gold = parse_gold(GOLD, Path("t1.yaml"))
    return score_document(gold, Extraction(document=doc, entities=ENTITIES, relations=relations))


@pytest.mark.parametrize("src,tgt", [("kb:jabhat-al-nusra", "new:ahrar"), ("new:ahrar", "kb:jabhat-al-nusra")])
def test_score_document_symmetric_types_match_either_order(src, tgt):
    s = summarize([_score(_rel("allied_with", src, tgt))])
    assert (s.overall.tp, s.overall.fp, s.overall.fn) == (1, 0, 0)


def test_score_document_directed_type_needs_order():
    gold = dict(GOLD, relations=[{"type": "supports", "source": "nusra", "target": "ahrar"}])
    doc = CleanDocument(doc_id="t1", text=TEXT, sections=(Section("body", 0, len(TEXT)),))
    reverse = Extraction(document=doc, entities=ENTITIES,
                         relations=(_rel("supports", "new:ahrar", "kb:jabhat-al-nusra"),))
    s = summarize([score_document(parse_gold(gold, Path("t.yaml")), reverse)])
    assert (s.overall.tp, s.overall.fp, s.overall.fn) == (0, 1, 1)


def test_score_document_optional_neither_credited_nor_penalised():
    s = summarize([_score(_rel("rival_of", "new:jaish", "kb:jabhat-al-nusra"))])
    assert (s.overall.tp, s.overall.fp, s.overall.fn) == (0, 0, 1)


def test_score_document_duplicates_collapse_to_one_edge():
    s = summarize([_score(_rel("allied_with", "kb:jabhat-al-nusra", "new:ahrar"),
                          _rel("allied_with", "new:ahrar", "kb:jabhat-al-nusra", conf=0.5))])
    assert (s.overall.tp, s.overall.fp) == (1, 0)


@pytest.mark.parametrize("relation,expected", [
    (_rel("allied_with", "new:jaish", "new:ahrar"), 1),
    (_rel("allied_with", "new:jaish", "new:ahrar", modality="negated"), 0),
    (_rel("fights", "new:jaish", "new:ahrar", start=COMMENT_AT), 1),
    (_rel("fights", "new:jaish", "new:ahrar", section="comments", start=COMMENT_AT), 0),
    (_rel("condemns", "new:jaish", "new:ahrar", start=COMMENT_AT), 1),  # evidence in a gold comment span
])
def test_score_document_counts_forbidden_violations(relation, expected):
    s = summarize([_score(relation)])
    assert len(s.violations) == expected
    assert all(v.relation.evidence.text in v.describe() for v in s.violations)


@pytest.mark.parametrize("modality,section,date,expected", [
    ("asserted", "body", "2015-10-21", (1, 1, 1)),
    ("alleged", "body", "2015-10-21", (0, 1, 1)),
    ("asserted", "comments", None, (1, 0, 0)),
])
def test_score_document_attribute_accuracy(modality, section, date, expected):
    s = summarize([_score(_rel("allied_with", "kb:jabhat-al-nusra", "new:ahrar", modality=modality,
                               section=section, date=date))])
    assert (s.modality.correct, s.section.correct, s.date.correct) == expected


def test_score_document_entities_and_sections():
    s = summarize([_score()])
    assert (s.entities.correct, s.entities.total) == (3, 3)
    assert (s.kb_links.correct, s.kb_links.total) == (1, 1)
    assert (s.sections.correct, s.sections.total) == (1, 1)


def test_pr_curve_thresholds_ascend_and_recall_never_rises():
    score = _score(_rel("allied_with", "kb:jabhat-al-nusra", "new:ahrar", conf=0.7),
                   _rel("supports", "new:jaish", "new:ahrar", conf=0.3),
                   _rel("leads", "new:jaish", "new:ahrar", conf=0.95))
    curve = pr_curve([score], [0.9, 0.0, 0.5, 0.8])
    assert [p.threshold for p in curve] == [0.0, 0.5, 0.8, 0.9]
    assert [p.prf.recall for p in curve] == [1.0, 1.0, 0.0, 0.0]
    assert [p.prf.tp + p.prf.fp for p in curve] == [3, 2, 1, 1]


def test_bootstrap_intervals_hold_the_estimate_and_repeat():
    from factionmap.eval.scores import bootstrap_intervals, prf_at

    scores = [_score(_rel("allied_with", "kb:jabhat-al-nusra", "new:ahrar")),
              _score(_rel("leads", "new:jaish", "new:ahrar")), _score()]
    (p_lo, p_hi), (r_lo, r_hi) = bootstrap_intervals(scores, samples=200)
    overall = prf_at(scores)
    assert p_lo <= overall.precision <= p_hi and r_lo <= overall.recall <= r_hi
    assert p_lo < p_hi
    assert bootstrap_intervals(scores, samples=200) == ((p_lo, p_hi), (r_lo, r_hi))


@pytest.mark.parametrize("doc_id,kind", [("page-533-x", "page"), ("mmp-1", "mmp"), ("plain", "plain")])
def test_document_kind_is_id_prefix(doc_id, kind):
    from factionmap.eval.scores import document_kind

    assert document_kind(doc_id) == kind


def test_summarize_counts_modality_confusion():
    s = summarize([_score(_rel("allied_with", "kb:jabhat-al-nusra", "new:ahrar", modality="negated"))])
    assert s.modality_confusion == (("asserted", "negated", 1),)
