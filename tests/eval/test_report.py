"""Reports: floors, the curve CSV and the readable summary."""

from __future__ import annotations

import json

import pytest

from factionmap.errors import EvalError
from factionmap.eval.report import below_floors, curve_csv, read_floors
from factionmap.eval.scores import PRF, CurvePoint


@pytest.mark.parametrize("measured,floors,broken", [
    ({"precision": 0.9, "recall": 0.7}, {"precision": 0.85, "recall": 0.75}, ["recall"]),
    ({"precision": 0.9, "recall": 0.8}, {"precision": 0.85, "recall": 0.75}, []),
    ({"max_violations": 3.0}, {"max_violations": 2}, ["violations"]),
    ({"precision": 0.5}, {"mmp_hit_rate": 0.7}, []),  # not measured: skipped
])
def test_below_floors_names_each_broken_metric(measured, floors, broken):
    lines = below_floors(measured, floors)
    assert len(lines) == len(broken) and all(b in line for b, line in zip(broken, lines, strict=True))


def test_read_floors_ignores_notes_and_refuses_unknown_keys(tmp_path):
    path = tmp_path / "floors.json"
    path.write_text(json.dumps({"precision": 0.8, "_note": "measured"}), encoding="utf-8")
    assert read_floors(path) == {"precision": 0.8}
    path.write_text(json.dumps({"precison": 0.8}), encoding="utf-8")
    with pytest.raises(EvalError, match="precison"):
        read_floors(path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(EvalError, match="cannot read floors"):
        read_floors(path)


def test_curve_csv_one_row_per_threshold():
    text = curve_csv([CurvePoint(0.0, PRF(3, 1, 1)), CurvePoint(0.5, PRF(2, 0, 2))])
    rows = text.splitlines()
    assert rows[0].startswith("threshold,precision,recall")
    assert rows[1] == "0.00,0.7500,0.7500,0.7500,3,1,1" and rows[2].startswith("0.50,1.0000,0.5000")
