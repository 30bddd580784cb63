"""Importers on small slices of the real source files in ../shared/data/kb-sources."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from factionmap.errors import KnowledgeBaseError
from factionmap.kb.build import ActorIndex, build_actors, merge_into
from factionmap.kb.importers.cameo import parse_actor_dictionary, phrase_name, read_countries, read_milnonstate
from factionmap.kb.importers.common import country_code
from factionmap.kb.importers.gade import read_gade
from factionmap.kb.importers.ofac import read_ofac, recase
from factionmap.kb.importers.ucdp import read_ucdp
from factionmap.kb.model import Alias, KBEntity


def _slice_csv(src: Path, dst: Path, keep, *, encoding: str = "utf-8-sig", header: bool = True) -> Path:
    with src.open(encoding=encoding, newline="") as handle:
        rows = list(csv.reader(handle))
    body = rows[1:] if header else rows
    with dst.open("w", encoding="utf-8" if header else encoding, newline="") as out:
        writer = csv.writer(out)
        if header:
            writer.writerow(rows[0])
        writer.writerows(r for r in body if r and keep(r))
    return dst


@pytest.fixture(scope="module")
def ucdp_slice(shared_data, tmp_path_factory) -> list[KBEntity]:
    src = shared_data / "kb-sources" / "ucdp-actor-v22.1" / "ucdp-actor-221.csv"
    # IS (name changes), Jabhat Fateh al-Sham, HTS, Ahrar al-Sham (splinter, alliance, joined group),
    # Syrian Liberation Front (its target), Government of Syria, a communal actor (Kuki).
    wanted = {"234", "1170", "6815", "5554", "7105", "5575", "118", "387"}
    path = _slice_csv(src, tmp_path_factory.mktemp("ucdp") / "actors.csv", lambda r: r[0] in wanted)
    return list(read_ucdp(path))


def test_ucdp_name_changes_become_former_and_new_names(ucdp_slice):
    islamic_state = next(e for e in ucdp_slice if "ucdp:234" in e.sources)
    kinds = {a.name: a.kind for a in islamic_state.aliases}
    assert kinds["Jama’at Al-Tawhid wa Al-Jihad"] == "former"
    assert kinds["ISIS"] == "acronym"
    assert "Islamic State of Iraq" in kinds


def test_ucdp_acronym_label_gets_full_canonical_name(ucdp_slice):
    hts = next(e for e in ucdp_slice if "ucdp:6815" in e.sources)
    assert hts.name == "Hay’at Tahrir al-Sham"
    assert any(a.name == "HTS" and a.kind == "acronym" for a in hts.aliases)


def test_ucdp_structure_links_point_to_ucdp_ids(ucdp_slice):
    ahrar = next(e for e in ucdp_slice if "ucdp:5554" in e.sources)
    assert {(lk.type, lk.target) for lk in ahrar.links} == {
        ("splinter_of", "ucdp:5575"), ("member_of", "ucdp:5575"), ("merged_into", "ucdp:7105")}


def test_ucdp_government_is_the_state(ucdp_slice):
    syria = next(e for e in ucdp_slice if "ucdp:118" in e.sources)
    assert (syria.id, syria.type, syria.country) == ("kb:syria", "state", "SY")


def test_ucdp_communal_actor_name_is_ambiguous(ucdp_slice):
    kuki = next(e for e in ucdp_slice if "ucdp:387" in e.sources)
    assert any(a.name == kuki.name and a.ambiguous for a in kuki.aliases)


def test_ucdp_slice_merges_into_curated_records(ucdp_slice, kb):
    merged = {e.id: e for e in merge_into(kb, ucdp_slice)}
    assert "ucdp:1170" in merged["kb:jabhat-al-nusra"].sources
    assert "ucdp:6815" in merged["kb:hayat-tahrir-al-sham"].sources
    ahrar = merged["kb:ahrar-al-sham"]
    # UCDP's links are resolved to KB ids; the curated, dated link to a target is kept first.
    assert not any(lk.target.startswith("ucdp:") for e in merged.values() for lk in e.links)
    assert [lk.type for lk in ahrar.links if lk.target == "kb:jabhat-tahrir-suriya"] == ["member_of"]


def test_ucdp_rejects_other_csv(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="not a UCDP actor CSV"):
        list(read_ucdp(path))


@pytest.fixture(scope="module")
def ofac_slice(shared_data, tmp_path_factory) -> list[KBEntity]:
    src = shared_data / "kb-sources" / "ofac-sdn-2022"
    # al-Nusrah Front, Hizballah, Hasan Nasrallah (linked to Hizballah), a Cuban airline
    # (not a terrorism programme), a Beirut company (SDGT, not an armed group).
    wanted = {"16937", "4697", "2686", "36", "28173"}
    out = tmp_path_factory.mktemp("ofac")
    for name in ("sdn.csv", "alt.csv", "add.csv"):
        _slice_csv(src / name, out / name, lambda r: r[0] in wanted, encoding="latin-1", header=False)
    return list(read_ofac(out / "sdn.csv"))


def test_ofac_keeps_armed_groups_and_linked_leaders_only(ofac_slice):
    assert sorted(e.name for e in ofac_slice) == ["Hasan Nasrallah", "Hizballah", "al-Nusrah Front"]


def test_ofac_aliases_recased_with_acronyms(ofac_slice):
    nusra = next(e for e in ofac_slice if e.name == "al-Nusrah Front")
    names = {a.name for a in nusra.aliases}
    assert {"Jabhat al-Nusrah", "Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham"} <= names


def test_ofac_person_linked_to_group(ofac_slice):
    person = next(e for e in ofac_slice if e.type == "person")
    group = next(e for e in ofac_slice if e.name == "Hizballah")
    assert [(lk.type, lk.target) for lk in person.links] == [("member_of", group.id)]


def test_ofac_alias_owned_by_other_entity_is_not_merged(ofac_slice, kb):
    merged = {e.id: e for e in merge_into(kb, ofac_slice)}
    nusra = merged["kb:jabhat-al-nusra"]
    assert "ofac:16937" in nusra.sources
    # OFAC lists HTS's names under al-Nusrah Front; the KB keeps them for HTS only.
    assert "Hayat Tahrir al-Sham" not in {a.name for a in nusra.aliases}


@pytest.mark.parametrize(("raw", "expected"), [
    ("AL-NUSRAH FRONT", "al-Nusrah Front"),
    ("KATA'IB HIZBALLAH", "Kata'ib Hizballah"),
    ("ISIS-SINAI PROVINCE", "ISIS-Sinai Province"),
])
def test_ofac_recase(raw, expected):
    assert recase(raw) == expected


CAMEO_SAMPLE = """\
# sample in the Phoenix format
ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_
+ADEN_ISLAMIC_ARMY_
+JAYSH_ADAN_
\t [YEMREB]

AMAL_
+MOVEMENT_OF_HOPE_
\t[LBNREB]
"""


def test_cameo_parse_records_and_codes():
    records = list(parse_actor_dictionary(CAMEO_SAMPLE))
    assert [r.phrases[0] for r in records] == ["ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_", "AMAL_"]
    assert records[0].codes == [("YEMREB", "")]


def test_cameo_milnonstate_groups(tmp_path):
    path = tmp_path / "Phoenix.MilNonState.actors.txt"
    path.write_text(CAMEO_SAMPLE, encoding="utf-8")
    groups = {e.name: e for e in read_milnonstate(path)}
    aden = groups["Aden Abyan Islamic Army"]
    assert aden.country == "YE"
    assert {a.name for a in aden.aliases} >= {"AAIA", "Jaysh Adan"}


KEDS_SAMPLE = """JEMAAH_ISLAMIYAH_
	[IMGSEAMUSJMA]
BA'ASYIR_
	[IMGSEAMUSJMA] #  spiritual leader of jma
HAMBALI_
	[IMGSEAMUSJMA]
KASHMIR_LIBERATION_FRONT_
	[IMGKASMUS]
GHAZI_BABA_
	[IMGKASMUS]
AUM_SHINRIKYO_
	[BUDREB]
SHOKO_ASHAHARA_
	[BUDREB]
HISBA_
	[NGAREB]
BOKO_HARAM_
	[NGAREB]
"""


def test_cameo_keds_members_are_persons(tmp_path):
    """The KEDS part codes a group's members with the group's code: they are persons, not
    groups; a lone name under a country's rebel code (REB) stays a group."""
    path = tmp_path / "Phoenix.MilNonState.actors.txt"
    path.write_text(KEDS_SAMPLE, encoding="utf-8")
    types = {e.name: e.type for e in read_milnonstate(path)}
    assert types["Jemaah Islamiyah"] == "armed_group"
    assert types["Kashmir Liberation Front"] == "armed_group"
    assert types["Ba'asyir"] == types["Hambali"] == types["Ghazi Baba"] == "person"
    assert types["Hisba"] == types["Boko Haram"] == types["Shoko Ashahara"] == "armed_group"


def test_cameo_real_keds_members(shared_data):
    path = shared_data / "kb-sources" / "phoenix-dictionaries" / "master" / "Phoenix.MilNonState.actors.txt"
    types = {e.name: e.type for e in read_milnonstate(path)}
    assert types["Isnilon T Hapilon"] == types["Khalid Sheikh Mohammed"] == "person"
    assert types["Abu Sayyaf"] == types["Al Qa'ida"] == types["Jemaah Islamiyah"] == "armed_group"
    assert sum(t == "person" for t in types.values()) < 120  # the KEDS members only


def test_cameo_real_milnonstate_file_is_read(shared_data):
    path = shared_data / "kb-sources" / "phoenix-dictionaries" / "master" / "Phoenix.MilNonState.actors.txt"
    groups = list(read_milnonstate(path))
    assert len(groups) > 500
    assert any(e.name == "Boko Haram" and e.country == "NG" for e in groups)


def test_cameo_countries_give_state_forces(shared_data, tmp_path):
    src = shared_data / "kb-sources" / "phoenix-dictionaries" / "master"
    text = src.joinpath("Phoenix.Countries.actors.txt").read_text(encoding="utf-8", errors="replace")
    lines = text[text.index("SYRIA_  [SYR]"):].splitlines()
    record = [lines[0], *(line for line in lines[1:] if line.startswith("+"))][: 1 + next(
        i for i, line in enumerate(lines[1:]) if not line.startswith("+"))]
    path = tmp_path / "Phoenix.Countries.actors.txt"
    path.write_text("\n".join(record) + "\n", encoding="utf-8")
    [forces] = list(read_countries(path, agents_path=src / "Phoenix.agents.txt"))
    assert forces.type == "state_actor" and forces.country == "SY"
    assert {"Syrian military", "Syrian troops"} <= {a.name for a in forces.aliases}
    # "forces" is no agent of the agents file, yet news writes "Syrian forces" most of all
    assert "Syrian forces" in {a.name for a in forces.aliases}


@pytest.mark.parametrize(("text", "edge"), [
    ("Nigerian forces attacked Boko Haram near Maiduguri.", ("fights", "kb:boko-haram", "kb:nigeria-armed-forces")),
    ("Malian forces attacked Ansar Dine in Kidal.", ("fights", "kb:ansar-dine", "kb:mali-armed-forces")),
    ("In the operation, Afghan forces, backed by the US, killed an estimated 300 ISIS fighters.",
     ("fights", "kb:afghanistan-armed-forces", "kb:islamic-state")),
])
def test_bundled_kb_reads_demonym_forces_as_the_state_forces(resources, text, edge):
    from factionmap.pipeline import extract
    from factionmap.types import Document

    ex = extract(Document(doc_id="t", text=text, source="t"), resources)
    assert edge in {(r.type, r.source, r.target) for r in ex.relations}


@pytest.mark.parametrize(("phrase", "name"), [
    ("BASHAR_AL_ASSAD_", "Bashar al Assad"), ("PKK_", "PKK"),
    ("OFFICIAL_IRA_", "Official IRA"),   # a known code with vowels, not the given name "Ira"
    ("ULSTER_DEFENCE_ASSOCIATION/ULSTER_FREEDOM_FIGHTERS_", "Ulster Defence Association/Ulster Freedom Fighters"),
])
def test_cameo_phrase_name(phrase, name):
    assert phrase_name(phrase) == name


def test_gade_groups_with_parenthesised_glosses(shared_data):
    path = shared_data / "kb-sources" / "gade2019-syria-rebel-networks" / "IdeologyVars_JPR.csv"
    groups = {e.name: e for e in read_gade(path)}
    assert len(groups) == 30
    assert {"Al-Rahman Corps", "Al-Rahman Legion"} <= {a.name for a in groups["Faylaq al-Rahman"].aliases}


@pytest.mark.parametrize(("name", "code"), [
    ("Russia (Soviet Union)", "RU"), ("DR Congo (Zaire)", "CD"), ("Syria", "SY"),
    ("Yemen (North Yemen)", "YE"), ("Atlantis", None)])
def test_country_code(name, code):
    assert country_code(name) == code


def test_build_actors_curated_only_is_deterministic():
    curated = Path(__file__).resolve().parents[2] / "scripts" / "kb_curated"
    first = build_actors(curated)
    assert first == build_actors(curated)
    assert any(e.id == "kb:syria" and any(lk.type == "territory" for lk in e.links) for e in first)


def test_index_match_needs_more_than_one_short_shared_alias():
    index = ActorIndex()
    index.put(KBEntity(id="kb:houthis", name="Houthis", type="armed_group", aliases=(Alias("Ansar Allah"),)))
    other = KBEntity(id="kb:hizballah", name="Hizballah", type="armed_group", aliases=(Alias("Ansar Allah"),))
    assert index.match(other) is None
