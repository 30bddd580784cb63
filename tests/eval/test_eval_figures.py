"""scripts/eval_figures.py: the docs' figures block is rewritten from the harness's JSON."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "eval_figures.py"
SCORE = {"precision": 0.9, "recall": 0.6, "f1": 0.72, "tp": 9, "fp": 1, "fn": 6}
REPORT = {
    "per_type": {"fights": SCORE}, "overall": SCORE, "by_kind": {"wiki": SCORE},
    "curve": [{"threshold": 0.0, **SCORE}, {"threshold": 0.05, **SCORE}],
    "mmp": {"overall": {"rows": 10, "hits": 5, "hit_rate": 0.5, "pairs": 6, "groups": 8}},
    "metrics": {"entity_recall": 0.9, "modality_accuracy": 0.95, "section_accuracy": 1.0,
                "date_accuracy": 0.8, "max_violations": 0.0},
    "intervals": {"precision": [0.85, 0.95], "recall": [0.5, 0.7]},
}


@pytest.fixture(scope="module")
def figures():
    spec = importlib.util.spec_from_file_location("eval_figures", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_eval_figures_replaces_only_the_block(figures, tmp_path):
    doc = tmp_path / "eval.md"
    doc.write_text("intro\n<!-- figures -->\nold table\n<!-- /figures -->\noutro\n", encoding="utf-8")
    report = tmp_path / "r.json"
    report.write_text(json.dumps(REPORT), encoding="utf-8")
    assert figures.main([str(report), str(doc)]) == 0
    text = doc.read_text(encoding="utf-8")
    assert text.startswith("intro\n<!-- figures -->\n") and text.endswith("<!-- /figures -->\noutro\n")
    assert "old table" not in text
    assert "| `fights` | 0.900 | 0.600 | 0.720 | 9 | 1 | 6 |" in text
    assert "| overall | 10 | 0.500 | 6 | 8 |" in text
    assert text.count("| 0.00 |") == 1 and "| 0.05 |" not in text  # the curve keeps listed thresholds
    assert "audited cause" not in text  # no audit in the report, no audit table


def test_eval_figures_writes_the_audit_breakdown(figures, tmp_path):
    doc = tmp_path / "eval.md"
    doc.write_text("<!-- figures -->\n<!-- /figures -->\n", encoding="utf-8")
    report = tmp_path / "r.json"
    audit = {"misses_by_cause": {"extraction": 2, "mapping": 3}, "unaudited": ["7"], "now_hit": [],
             "reachable": 0.7}
    report.write_text(json.dumps({**REPORT, "mmp_audit": audit}), encoding="utf-8")
    assert figures.main([str(report), str(doc)]) == 0
    text = doc.read_text(encoding="utf-8")
    assert "| extraction | 2 |" in text and "| mapping | 3 |" in text and "| not audited | 1 |" in text
    assert "fixed: 0.700." in text


def test_eval_figures_refuses_a_doc_without_markers(figures, tmp_path):
    doc = tmp_path / "eval.md"
    doc.write_text("no block here\n", encoding="utf-8")
    report = tmp_path / "r.json"
    report.write_text(json.dumps(REPORT), encoding="utf-8")
    assert figures.main([str(report), str(doc)]) == 1
    assert doc.read_text(encoding="utf-8") == "no block here\n"
