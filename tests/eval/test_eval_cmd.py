"""``factionmap eval`` errors a user can cause: one line on stderr, exit code 5, before any model loads."""

from __future__ import annotations

import pytest

from factionmap.cli import main

GOOD = """\
id: g1
source: hand-built
text: Ahrar al-Sham and Jabhat al-Nusra formed an operations room.
entities:
  ahrar: {names: [Ahrar al-Sham]}
"""

MMP_CSV = """\
unique_id,type,group1_name,group2_name,date,description
9,all,Hamas,Fatah,2010,Hamas and Fatah announced an alliance against Israel in Gaza.
10,riv,Hamas,Fatah,2011,The Aqsa Brigades and the Qassam Brigades quarrelled in 2011 in Gaza.
"""


@pytest.mark.parametrize("setup,args,message", [
    (None, [], "give a GOLD_DIR"),
    (None, ["{tmp}/absent"], "gold directory not found"),
    ({"bad.yaml": GOOD.replace("entities:", "entity:")}, ["{tmp}"], "bad.yaml: invalid gold file"),
    ({"g.yaml": GOOD, "floors.json": '{"precision": "high"}'}, ["{tmp}", "--floors", "{tmp}/floors.json"],
     "non-numeric"),
    (None, ["--mmp", "{tmp}/mmp.csv"], "Mapping Militants CSV not found"),
    ({"g.yaml": GOOD}, ["{tmp}", "--only", "page-*"], "no gold document id matches 'page-*'"),
    ({"mmp.csv": MMP_CSV}, ["--mmp", "{tmp}/mmp.csv", "--mmp-audit", "{tmp}/absent.tsv"],
     "absent.tsv: MMP audit file not found"),
    ({"mmp.csv": MMP_CSV, "a.tsv": "uid\tcause\tnote\n9\tluck\tx\n"},
     ["--mmp", "{tmp}/mmp.csv", "--mmp-audit", "{tmp}/a.tsv"], "a.tsv:2: unknown cause 'luck'"),
])
def test_eval_cmd_bad_input_exits_5_with_one_line(tmp_path, capsys, setup, args, message):
    for name, content in (setup or {}).items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    code = main(["eval", *(a.format(tmp=tmp_path) for a in args)])
    err = capsys.readouterr().err
    assert code == 5
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_eval_cmd_check_validates_without_extracting(tmp_path, capsys):
    (tmp_path / "g.yaml").write_text(GOOD, encoding="utf-8")
    assert main(["eval", str(tmp_path), "--check"]) == 0
    out = capsys.readouterr().out
    assert "1 gold documents: g1 1" in out and "0 required" in out


def test_eval_cmd_mmp_prints_misses_by_audited_cause(tmp_path, capsys):
    (tmp_path / "mmp.csv").write_text(MMP_CSV, encoding="utf-8")
    (tmp_path / "a.tsv").write_text("uid\tcause\tnote\n10\tunnamed\tbrigades only\n", encoding="utf-8")
    assert main(["eval", "--mmp", str(tmp_path / "mmp.csv"), "--mmp-audit", str(tmp_path / "a.tsv")]) == 0
    out = capsys.readouterr().out
    assert "unnamed        1" in out and "unaudited      0" in out
    assert "reachable hit rate (every extraction and kb miss fixed): 0.500" in out
