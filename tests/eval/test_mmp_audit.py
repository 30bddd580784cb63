"""The hand audit of missed MMP rows: reading the file, and the breakdown read beside the outcomes."""

from __future__ import annotations

from pathlib import Path

import pytest

from factionmap.errors import EvalError
from factionmap.eval.mmp import MMPOutcome, MMPRow, read_mmp
from factionmap.eval.mmp_audit import CAUSES, audit_breakdown, format_audit, read_audit

REPO_AUDIT = Path(__file__).resolve().parents[2] / "gold" / "mmp-audit.tsv"
MMP_CSV = Path("dev") / "mapping-militants-mmp" / "Militant-Group-Relationships-clean.csv"
HEADER = "uid\tcause\tnote\n"


def _outcome(uid: str, hit: bool) -> MMPOutcome:
    row = MMPRow(uid=uid, label="all", group1="A", group2="B", date="", description="A and B allied.")
    return MMPOutcome(row=row, found1=True, found2=True, pair_types=("allied_with",) if hit else ())


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "audit.tsv"
    path.write_text(body, encoding="utf-8")
    return path


def test_read_audit_reads_entries(tmp_path):
    audit = read_audit(_write(tmp_path, HEADER + "12\textraction\tmissed cooperation\n\n7\tunnamed\tJA undefined\n"))
    assert {u: (e.cause, e.note) for u, e in audit.items()} == {
        "12": ("extraction", "missed cooperation"), "7": ("unnamed", "JA undefined")}


@pytest.mark.parametrize("body,message", [
    ("uid\tnote\n1\tx\n", ":1: MMP audit must start with the header"),
    (HEADER + "1\textraction\n", ":2: expected uid<TAB>cause<TAB>note"),
    (HEADER + "1\tbad luck\tx\n", ":2: unknown cause 'bad luck'"),
    (HEADER + "1\tkb\tx\n1\tkb\ty\n", ":3: row 1 is audited twice"),
    (HEADER + "1\t \tx\n", ":2: expected uid<TAB>cause<TAB>note"),
])
def test_read_audit_malformed_line_names_file_and_line(tmp_path, body, message):
    with pytest.raises(EvalError) as err:
        read_audit(_write(tmp_path, body))
    assert message in str(err.value) and "audit.tsv" in str(err.value)


def test_read_audit_missing_file(tmp_path):
    with pytest.raises(EvalError, match="audit file not found"):
        read_audit(tmp_path / "nope.tsv")


def test_breakdown_counts_causes_unaudited_stale_and_reachable(tmp_path):
    audit = read_audit(_write(tmp_path, HEADER + "2\textraction\tx\n3\tmapping\tx\n4\tkb\tx\n1\tunstated\tstale\n"))
    outcomes = [_outcome("1", True), _outcome("2", False), _outcome("3", False), _outcome("4", False),
                _outcome("5", False)]
    b = audit_breakdown(outcomes, audit)
    assert dict(b.misses_by_cause) == {"extraction": 1, "kb": 1, "mapping": 1, "unnamed": 0, "unstated": 0}
    assert [c for c, _ in b.misses_by_cause] == list(CAUSES)
    assert (b.unaudited, b.now_hit) == (("5",), ("1",))
    # 1 hit + 2 own-cause misses (extraction, kb) of 5 rows; mapping and the unaudited miss do not count.
    assert b.reachable == pytest.approx(3 / 5)
    text = format_audit(b)
    assert "unaudited      1  missed now, not in the audit: 5" in text
    assert "audited rows that now hit (1): 1" in text and "0.600" in text


def test_repository_audit_rows_are_real_mmp_rows(shared_data):
    audit = read_audit(REPO_AUDIT)
    uids = {r.uid for r in read_mmp(shared_data / MMP_CSV)}
    assert audit and set(audit) <= uids, sorted(set(audit) - uids)
