"""Gold files: the dev set parses and covers the contract; bad files fail with one line naming them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from factionmap.errors import EvalError
from factionmap.eval.gold import load_gold_dir, load_gold_file, parse_gold
from factionmap.types import MODALITIES, RELATION_TYPES

DEV = Path(__file__).resolve().parents[2] / "gold" / "dev"
GOOD = """\
id: g1
source: hand-built
text: Ahrar al-Sham and Jabhat al-Nusra formed an operations room.
entities:
  ahrar: {names: [Ahrar al-Sham]}
  nusra: {names: [Jabhat al-Nusra]}
relations:
  - {type: allied_with, source: ahrar, target: nusra, evidence: formed an operations room}
"""


@pytest.fixture(scope="module")
def dev_gold():
    return load_gold_dir(DEV)


def test_load_gold_dir_dev_set_has_sixty_documents(dev_gold):
    assert len(dev_gold) >= 60
    assert len({g.id for g in dev_gold}) == len(dev_gold)


def test_load_gold_dir_dev_set_mixes_sources(dev_gold):
    kinds = Counter(g.id.split("-")[0] for g in dev_gold)
    assert kinds["fakes"] + kinds["page"] >= 20 and kinds["mmp"] >= 15 and kinds["page"] >= 8
    assert kinds["wiki"] >= 4 and kinds["case"] + kinds["petr"] >= 3
    long_docs = [g for g in dev_gold if g.text and len(g.text.split()) >= 2500]
    assert len(long_docs) >= 3


def test_load_gold_dir_dev_set_covers_types_and_modalities(dev_gold):
    required = Counter(r.type for g in dev_gold for r in g.relations)
    assert all(required[t] >= 3 for t in RELATION_TYPES), required
    modalities = Counter(r.modality for g in dev_gold for r in (*g.relations, *g.optional))
    assert all(modalities[m] >= 3 for m in MODALITIES), modalities
    assert sum(len(g.forbidden) for g in dev_gold) >= 60
    assert sum(1 for g in dev_gold for kind, _ in g.sections if kind == "comments") >= 16


def test_load_gold_dir_every_entity_is_used_or_named(dev_gold):
    for g in dev_gold:
        keys = {e.key for e in g.entities}
        used = {k for r in (*g.relations, *g.optional, *g.forbidden) for k in (r.source, r.target)}
        assert used - {None} <= keys, g.id


def test_parse_gold_reads_defaults():
    import yaml

    gold = parse_gold(yaml.safe_load(GOOD), Path("g1.yaml"))
    (rel,) = gold.relations
    assert (rel.modality, rel.section, rel.symmetric) == ("asserted", "body", True)
    assert gold.to_document().text == gold.text


@pytest.mark.parametrize("change,message", [
    (("type: allied_with", "type: allied"), "unknown relation type 'allied'"),
    (("target: nusra,", "target: nosra,"), "target 'nosra' is not an entity key"),
    (("evidence: formed", "evidence: founded"), "is not in the text"),
    (("source: hand-built\n", ""), "'source' is required"),
    (("id: g1\n", "id: g1\nhtml: <p>x</p>\n"), "exactly one of 'text' or 'html'"),
    (("  nusra: {names: [Jabhat al-Nusra]}", "  nusra: {names: []}"), "needs a non-empty list of 'names'"),
    (("relations:", "relation:"), "unknown key(s) relation"),
    (("- {type", "- {modality: sure, type"), "unknown modality 'sure'"),
    (("entities:", "entities: [\n"), "YAML error"),
])
def test_load_gold_file_bad_file_names_file_and_problem(tmp_path, change, message):
    path = tmp_path / "bad.yaml"
    path.write_text(GOOD.replace(*change), encoding="utf-8")
    with pytest.raises(EvalError) as err:
        load_gold_file(path)
    assert str(path) in str(err.value) and message in str(err.value)
    assert "\n" not in str(err.value)


def test_load_gold_dir_refuses_duplicate_ids_and_empty_dirs(tmp_path):
    with pytest.raises(EvalError, match="no gold files"):
        load_gold_dir(tmp_path)
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(EvalError, match="already used"):
        load_gold_dir(tmp_path)


def test_load_gold_dir_every_entity_has_a_name_in_its_text(dev_gold):
    import html
    import re

    for g in dev_gold:
        text = (g.text if g.text is not None else html.unescape(re.sub(r"<[^>]+>", " ", g.html or ""))).lower()
        missing = [e.key for e in g.entities if not any(n.lower() in text for n in e.names)]
        assert not missing, f"{g.id}: no name of {missing} occurs in the text"


def test_load_gold_dir_kb_ids_exist_in_bundled_kb(dev_gold, kb):
    unknown = sorted({(g.id, e.kb) for g in dev_gold for e in g.entities
                      if e.kb and e.kb.startswith("kb:") and kb.get(e.kb) is None})
    assert not unknown, unknown
