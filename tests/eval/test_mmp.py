"""Mapping Militants scoring: reading the CSV, name variants, and row hits on hand-built extractions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from factionmap.errors import EvalError
from factionmap.eval.mmp import LABEL_TYPES, MMPRow, clean_description, group_names, read_mmp, score_row, summarize_mmp
from factionmap.types import CleanDocument, Entity, Evidence, Extraction, Mention, Relation, Section

ROW = MMPRow(uid="1", label="all", group1="Jaysh Rijal al-Tariqa al-Naqshbandia (JRTN) ",
             group2="The Islamic State", date="2014-02-00",
             description="The JRTN and IS worked together to capture Fallujah in February 2014.")


def _extraction(rtype: str | None, *, name2: str = "Islamic State", id2: str | None = None) -> Extraction:
    text = ROW.description
    doc = CleanDocument(doc_id="d", text=text, sections=(Section("body", 0, len(text)),))
    ents = tuple(Entity(id=i or f"new:{n.lower()}", name=n, type="armed_group", in_kb=False,
                        mentions=(Mention(0, len(n), n, "body", "armed_group"),))
                 for n, i in (("JRTN", None), (name2, id2)))
    rels = () if rtype is None else (Relation(type=rtype, source=ents[1].id, target=ents[0].id,
                                              modality="asserted", section="body", confidence=0.8,
                                              evidence=Evidence(0, len(text), text)),)
    return Extraction(document=doc, entities=ents, relations=rels)


@pytest.mark.parametrize("name,expected", [
    ("Jaysh Rijal al-Tariqa al-Naqshbandia (JRTN) ", ("Jaysh Rijal al-Tariqa al-Naqshbandia (JRTN) ",
                                                     "Jaysh Rijal al-Tariqa al-Naqshbandia", "JRTN")),
    ("Al Shabaab", ("Al Shabaab",)),
])
def test_group_names_variants(name, expected):
    assert group_names(name) == expected


@pytest.mark.parametrize("rtype,hit,pair", [
    ("joint_operation", True, True), ("allied_with", True, True), ("fights", False, True), (None, False, False),
])
def test_score_row_hit_needs_allowed_type_either_direction(rtype, hit, pair):
    out = score_row(ROW, _extraction(rtype))
    assert (out.hit, bool(out.pair_types), out.found1, out.found2) == (hit, pair, True, True)


def test_score_row_unrecognised_group_is_no_hit():
    out = score_row(ROW, _extraction("allied_with", name2="Hezbollah"))
    assert (out.hit, out.found2) == (False, False)


def test_score_row_matches_a_group_through_the_kb(kb):
    assert kb.find("The Islamic State"), "the bundled KB should know the Islamic State"
    kb_id = kb.find("The Islamic State")[0].id
    assert not score_row(ROW, _extraction("allied_with", name2="IS", id2="new:x")).hit
    assert score_row(ROW, _extraction("allied_with", name2="IS", id2=kb_id), kb).hit


def test_summarize_mmp_counts_per_label_and_overall():
    rows = [score_row(ROW, _extraction("allied_with")), score_row(ROW, _extraction(None))]
    scores = {s.label: s for s in summarize_mmp(rows)}
    assert (scores["all"].rows, scores["all"].hits, scores["all"].hit_rate) == (2, 1, 0.5)
    assert scores["overall"].rows == 2 and scores["riv"].rows == 0
    assert set(scores) == {*LABEL_TYPES, "overall"}


def test_read_mmp_reads_shared_csv(shared_data):
    rows = read_mmp(shared_data / "dev" / "mapping-militants-mmp" / "Militant-Group-Relationships-clean.csv")
    assert len(rows) > 500
    assert {r.label for r in rows} == set(LABEL_TYPES)
    assert all(r.description and r.group1 and r.group2 for r in rows)


@pytest.mark.parametrize("content,message", [
    (None, "not found"), ("a,b\n1,2\n", "not a Mapping Militants relationships CSV"),
])
def test_read_mmp_bad_path_is_one_clear_line(tmp_path, content, message):
    path = tmp_path / "mmp.csv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        read_mmp(Path(path))


def test_format_mmp_misses_lists_what_was_found_instead():
    from factionmap.eval.report import format_mmp_misses

    text = format_mmp_misses([score_row(ROW, _extraction("fights")), score_row(ROW, _extraction("allied_with"))])
    assert "first 1 of 1" in text and "alliance" in text and "[fights]" in text and "JRTN and IS" in text
    assert format_mmp_misses([score_row(ROW, _extraction("allied_with"))]) == ""


@pytest.mark.parametrize("raw,clean", [
    ("Iraq\\&#039;s jihadist groups", "Iraq's jihadist groups"),
    ("following the latter\\'s expulsion", "following the latter's expulsion"),
    ("the group\u00e2\u0080\u0099s first leader", "the group\u2019s first leader"),
    ("Café Ã  la", "Café Ã  la"),  # not mojibake of valid UTF-8: left alone
])
def test_clean_description_undoes_csv_artefacts(raw, clean):
    assert clean_description(raw) == clean


def test_score_row_negated_relation_is_no_hit():
    extraction = _extraction("joint_operation")
    negated = replace(extraction, relations=tuple(replace(r, modality="negated") for r in extraction.relations))
    assert score_row(ROW, extraction).hit
    assert not score_row(ROW, negated).hit
