"""``factionmap kb`` through the real command line (bundled KB, files in a temporary folder)."""

from __future__ import annotations

import json

import pytest

from factionmap.cli import main


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the default user KB file is ./factionmap-kb.jsonl


def test_kb_show_finds_group_under_any_spelling(capsys):
    assert main(["kb", "show", "Jabhat al Nusrah"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("kb:jabhat-al-nusra  Jabhat al-Nusra\n")
    for expected in ("type: armed_group", "Nusra Front", "former: Jabhat Fateh al-Sham (2016-07-28 .. 2017-01-28)",
                     "merged_into kb:hayat-tahrir-al-sham (Hay'at Tahrir al-Sham) (2017-01-28 ..)",
                     "sources: curated:factionmap", "ucdp:1170"):
        assert expected in out


def test_kb_show_unknown_name_exits_3_with_suggestions(capsys):
    assert main(["kb", "show", "Nusraa Frnt"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no entity named 'Nusraa Frnt'" in err and "Jabhat al-Nusra" in err


def test_kb_alias_then_show_uses_user_file(tmp_path, capsys):
    assert main(["kb", "alias", "Jaysh al-Islam", "Alloush's army", "--kind", "short"]) == 0
    record = json.loads((tmp_path / "factionmap-kb.jsonl").read_text(encoding="utf-8"))
    assert record == {"id": "kb:jaysh-al-islam", "aliases": [{"name": "Alloush's army", "kind": "short"}]}
    assert main(["kb", "show", "Alloush's army"]) == 0
    assert capsys.readouterr().out.startswith("kb:jaysh-al-islam")


def test_kb_add_new_entity_with_link(tmp_path, capsys):
    argv = ["kb", "add", "--id", "kb:liwa-al-mithal", "--name", "Liwa al-Mithal", "--type", "armed_group",
            "--alias", "Mithal Brigade", "--country", "SY", "--link", "member_of kb:syrian-national-army 2019..",
            "--kb-file", str(tmp_path / "mine.jsonl")]
    assert main(argv) == 0
    assert main(["kb", "show", "Mithal Brigade", "--kb-file", str(tmp_path / "mine.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "member_of kb:syrian-national-army (Syrian National Army) (2019 ..)" in out


@pytest.mark.parametrize("argv", [
    ["kb", "add", "--id", "liwa", "--name", "Liwa", "--type", "armed_group"],
    ["kb", "add", "--id", "kb:liwa", "--name", "Liwa", "--type", "militia"],
    ["kb", "show", "Nusra Front", "--kb", "missing.jsonl"],
    ["kb", "alias", "Ahrar", "n/a"],
])
def test_kb_bad_input_is_one_line_exit_3(argv, capsys):
    assert main(argv) == 3
    assert capsys.readouterr().err.startswith("factionmap: error: ")


def test_kb_import_merges_into_user_file(shared_data, tmp_path, capsys):
    src = shared_data / "kb-sources" / "gade2019-syria-rebel-networks" / "IdeologyVars_JPR.csv"
    assert main(["kb", "import", "gade", str(src)]) == 0
    records = [json.loads(line) for line in (tmp_path / "factionmap-kb.jsonl").read_text(encoding="utf-8").splitlines()]
    by_id = {r["id"]: r for r in records}
    assert "kb:faylaq-al-rahman" in by_id  # merged into the curated record, not a new id
    assert by_id["kb:faylaq-al-rahman"]["name"] == "Faylaq al-Rahman"


def test_kb_export_type_filter(capsys):
    assert main(["kb", "export", "--type", "coalition"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records and all(r["type"] == "coalition" for r in records)
    assert "kb:islamic-front" in {r["id"] for r in records}


def test_kb_show_lists_every_entity_sharing_a_name(capsys):
    assert main(["kb", "show", "Sinjar"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n  type: place\n") >= 2 and "geo:sinjar  Sinjar" in out
