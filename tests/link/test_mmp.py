"""Mapping Militants gate: both groups of each relation description found and linked.

The measurement lives in ``mmp_measure.py`` (runnable as a script to list the misses); the
floor is pinned in ``mmp_floor.json`` and only ever raised.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from factionmap.eval.mmp import group_names, names_match
from factionmap.kb.normalize import normalize_name

HERE = Path(__file__).resolve().parent
FLOOR = json.loads((HERE / "mmp_floor.json").read_text(encoding="utf-8"))


def _measure_module():
    spec = importlib.util.spec_from_file_location("mmp_measure", HERE / "mmp_measure.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def mmp():
    return _measure_module()


def test_mmp_both_groups_meet_floor(mmp, shared_data, resources):
    share, misses = mmp.measure(mmp.mmp_rows(shared_data), resources)
    assert share >= FLOOR["both_groups_found_and_linked"], (
        f"MMP both-groups share {share:.3f} fell below {FLOOR['both_groups_found_and_linked']}; "
        "first misses:\n" + "\n".join(f"{a} | {b} | {t[:120]}" for a, b, t in misses[:15]))


@pytest.mark.parametrize("mmp_name, expected", [
    ("Jaysh Rijal al-Tariqa al-Naqshbandia (JRTN)", {"jaysh rijal tariqa naqshbandia", "jrtn"}),
    ("Hay'at Tahrir al-Sham (Formerly Jabhat al-Nusra)", {"jabhat nusra"}),
])
def test_group_names_split_parenthesis(mmp_name, expected):
    assert expected <= {normalize_name(n) for n in group_names(mmp_name)}


@pytest.mark.parametrize("key, names, expected", [
    ({"jabhat fatih sham"}, {"jabhat fatah sham"}, True),
    ({"qayda iraq"}, {"qayda"}, False),
    ({"rivulutiunary armid furcis colombia pupli army"}, {"rivulutiunary armid furcis colombia"},
     True),
])
def test_names_match_fuzzy_and_subset(key, names, expected):
    assert names_match(key, names) is expected
