"""Curated groups and acronyms added for issue 3 (docs/kb.md, "Curation log", 2026-11-22): each
name reaches its one entity on the bundled KB, acronyms are case-sensitive `acronym` aliases,
acronyms that are also words or other bodies' initials are flagged, and wrong merges are undone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("name", "entity_id"), [
    # Italian years of lead
    ("Armed Revolutionary Nuclei", "kb:nuclei-armati-rivoluzionari"),
    ("NAR", "kb:nuclei-armati-rivoluzionari"),
    ("Partisan Action Groups", "kb:gruppi-di-azione-partigiana"),
    ("Proletarians Armed for Communism", "kb:proletari-armati-per-il-comunismo"),
    ("Communists Organized for Proletarian Liberation", "kb:comunisti-organizzati-per-la-liberazione-proletaria"),
    ("COLP", "kb:comunisti-organizzati-per-la-liberazione-proletaria"),
    ("March 28 Brigade", "kb:brigata-xxviii-marzo"),
    ("Red Barbagia", "kb:barbagia-rossa"),
    ("National Vanguard", "kb:avanguardia-nazionale"),
    ("Ordine Nuovo", "kb:ordine-nuovo"),
    # South Asia
    ("Al Rashid Trust", "kb:al-rashid-trust"),
    ("Aid Organization of the Ulema", "kb:al-rashid-trust"),
    ("UTN", "kb:ummah-tameer-e-nau"),
    ("Lashkar-e-Islam", "kb:lashkar-e-islam"),
    ("LeI", "kb:lashkar-e-islam"),
    ("IJT", "kb:islami-jamiat-e-talaba"),
    ("Lashkar-e-Zil", "kb:lashkar-al-zil"),
    ("HUJI", "kb:huji"),
    # Sri Lanka
    ("ENDLF", "kb:endlf"),
    ("Eelam National Liberation Front", "kb:enlf"),
    ("TELA", "kb:tela"),
    ("TMVP", "kb:colonel-karuna-faction"),
    ("Colonel Karuna", "kb:karuna-amman"),
    ("IBT", "kb:internet-black-tigers"),
    ("Democratic Socialist Republic of Sri Lanka", "kb:sri-lanka"),
    # elsewhere
    ("ABB", "kb:alex-boncayao-brigade"),
    ("LVF", "kb:loyalist-volunteer-force"),
    ("Popular Liberation Army", "kb:ejercito-popular-de-liberacion"),
    ("BACRIM", "kb:bacrim"),
    ("IIPB", "kb:iipb"),
    ("Riyadus-Salikhin", "kb:riyadus-salikhin"),
    ("SPIR", "kb:special-purpose-islamic-regiment"),
    ("Movement for an Islamic State", "kb:mouvement-pour-un-etat-islamique"),
    ("OJAL", "kb:ojal"),
    ("AIAI", "kb:al-itahad-al-islami"),
    ("Al-Itihaad Al-Islamiya", "kb:al-itahad-al-islami"),
    ("Anoole Forces", "kb:anole"),
    ("HCUA", "kb:hcua"),
    ("Coordination of the Movements of Azawad", "kb:coordination-des-mouvements-de-lazawad"),
    ("Those Who Signed in Blood Brigade", "kb:al-mulathamun-battalion"),
    ("LIFG", "kb:libyan-islamic-fighting-group"),
    ("AST", "kb:ansar-al-sharia-in-tunisia"),
    ("JAT", "kb:jemmah-anshorut-tauhid"),
    ("AQKB", "kb:al-qaida-kurdish-battalions"),
    ("AAI", "kb:ansar-al-islam"),
    ("Ansar al-Islam in Syria", "kb:ansar-al-islam-in-syria"),
    ("Kurdistan Islamic Group", "kb:kurdistan-islamic-group"),
    ("Second Soran Unit", "kb:second-soran-unit"),
])
def test_find_curated_group_name_reaches_one_entity(kb, name, entity_id):
    assert [e.id for e in kb.find(name) if e.type != "place"] == [entity_id]


@pytest.mark.parametrize(("acronym", "entity_id", "ambiguous"), [
    ("ART", "kb:al-rashid-trust", True),            # the English word "art"
    ("SSP", "kb:sipah-e-sahaba-pakistan", True),    # Senior Superintendent of Police
    ("ABB", "kb:alex-boncayao-brigade", True),      # the engineering company
    ("IBT", "kb:internet-black-tigers", True),
    ("GAP", "kb:gruppi-di-azione-partigiana", True),
    ("PAC", "kb:proletari-armati-per-il-comunismo", True),  # Pan Africanist Congress
    ("AN", "kb:avanguardia-nazionale", True),
    ("ON", "kb:ordine-nuovo", True),
    ("TP", "kb:terza-posizione", True),
    ("ASL", "kb:ansar-al-sharia-in-libya", True),   # Gade's code of Faylaq al-Sham
    ("NAR", "kb:nuclei-armati-rivoluzionari", False),
    ("LIFG", "kb:libyan-islamic-fighting-group", False),
    ("AQKB", "kb:al-qaida-kurdish-battalions", False),
])
def test_curated_acronym_kind_and_flag(kb, acronym, entity_id, ambiguous):
    alias = next(a for a in kb.get(entity_id).aliases if a.name == acronym)
    assert (alias.kind, alias.ambiguous) == ("acronym", ambiguous)


@pytest.mark.parametrize(("acronym", "entity_id", "start", "end"), [
    ("ABM", "kb:is-sinai", "2011", "2014-11-10"),    # Ansar Bayt al-Maqdis before its pledge to IS
    ("AQY", "kb:aqap", "2006", "2009-01"),           # al-Qaeda in Yemen before the AQAP merger
])
def test_former_acronym_is_dated(kb, acronym, entity_id, start, end):
    alias = next(a for a in kb.get(entity_id).aliases if a.name == acronym)
    assert (alias.kind, alias.start, alias.end) == ("acronym", start, end)


@pytest.mark.parametrize(("name", "not_id"), [
    ("Lashkar-e-Islam", "kb:jaysh-al-islam"),   # UCDP 399 (Pakistan) had merged into Syria's group by the gloss
    ("Karuna", "geo:5339631"),                  # GeoNames' "Karona" of Corona, California
    ("Movement for an Islamic State", "kb:islamic-state"),
])
def test_find_wrong_reading_is_gone(kb, name, not_id):
    assert not_id not in [e.id for e in kb.find(name)]


def test_ucdp_lashkar_e_islam_is_its_own_group(kb):
    holders = {s: e.id for e in kb for s in e.sources if s in ("ucdp:399", "ucdp:6377")}
    assert holders == {"ucdp:399": "kb:lashkar-e-islam", "ucdp:6377": "kb:jaysh-al-islam"}


@pytest.mark.parametrize(("old", "new"), [
    ("kb:the-aid-organization-of-the-ulema", "kb:al-rashid-trust"),
    ("kb:the-islamic-international-brigade", "kb:iipb"),
    ("kb:the-riyadus-salikhin-reconnaissance-and-sabotage-battalion-of-chechen-martyrs", "kb:riyadus-salikhin"),
    ("kb:al-itihaad-al-islamiya", "kb:al-itahad-al-islami"),
])
def test_bulk_id_resolves_to_curated_entity(kb, old, new):
    assert old not in kb.entities and kb.resolve(old) == new


@pytest.mark.parametrize("raw", [
    {"id": "kb:x", "name": "Ordine Nuovo", "type": "armed_group", "acronyms": [True]},
    {"id": "kb:x", "name": "Ordine Nuovo", "type": "armed_group", "ambiguous": [False]},
])
def test_curated_entity_rejects_yaml_boolean_names(raw):
    """Unquoted ON/NO in YAML are booleans: they must fail, not become the alias "True"."""
    from factionmap.errors import KnowledgeBaseError
    from factionmap.kb.curated import curated_entity

    with pytest.raises(KnowledgeBaseError, match="YAML boolean"):
        curated_entity(raw)


@pytest.mark.parametrize(("name", "expected", "not_id"), [
    ("Sufi", set(), "geo:727011"),                                       # Sofia's GeoNames "Sofi"
    ("Baath", {"kb:baath-party", "kb:iraqi-baath-party"}, None),    # besides Bath, England
    ("Haqqani", {"kb:haqqani-network"}, None),
])
def test_find_word_reaches_its_real_referents(kb, name, expected, not_id):
    found = {e.id for e in kb.find(name)}
    assert expected <= found and not_id not in found


@pytest.mark.parametrize(("old", "new"), [
    ("kb:al-aqsa-martyrs-brigade", "kb:kataeb-al-shaheed-al-aqsa"),   # OFAC singular, UCDP plural
    ("kb:harakit-sawaid-misr", "kb:hasm"),
    ("kb:islamic-jihad-group", "kb:islamic-jihad-union"),
    ("kb:jihad-islamic-group", "kb:islamic-jihad-union"),
    ("kb:jamatul-mujahedin-bangladesh", "kb:jamaat-ul-mujahideen-bangladesh"),
    ("kb:laskar-e-tayyiba", "kb:lashkar-e-taiba"),
    ("kb:tigray-peoples-liberation-front", "kb:tigrean-peoples-liberation-front"),
    ("kb:harkat-ul-ansar", "kb:harakat-ul-mujahideen"),
    ("kb:zimbabwe-african-nationalist-union", "kb:zimbabwe-african-national-union"),
    ("kb:al-qaeda-organization-in-the-land-of-the-two-rivers", "kb:islamic-state"),
    ("kb:kurdish-democratic-party", "kb:kdp"),
])
def test_bulk_duplicate_is_merged(kb, old, new):
    assert old not in kb.entities and kb.resolve(old) == new


@pytest.mark.parametrize(("name", "entity_id"), [
    ("Kurdish Democratic Party", "kb:kdp"),
    ("Democratic Party of Iranian Kurdistan", "kb:parti-demokirati-kurdistani-eran"),
    ("TPLF", "kb:tigrean-peoples-liberation-front"),
    ("Islamic Jihad Union", "kb:islamic-jihad-union"),
])
def test_find_merged_group_reaches_one_entity(kb, name, entity_id):
    assert [e.id for e in kb.find(name) if e.type != "place"] == [entity_id]


def test_al_aqsa_alone_is_not_the_brigades(kb):
    """CAMEO's "Al-Aqsa" alone is the mosque far more often than the Fatah brigades."""
    assert "kb:kataeb-al-shaheed-al-aqsa" not in [e.id for e in kb.find("Al-Aqsa")]


@pytest.mark.parametrize(("acronym", "entity_id"), [
    ("MUJWA", "kb:mouvement-pour-le-tawhid-et-du-jihad-en-afrique-de-louest"),
    ("CIRA", "kb:continuity-ira"),
    ("TTP-JA", "kb:jamaat-ul-ahrar"),
    ("ISIS-SP", "kb:is-sinai"),
    ("ISIS-WA", "kb:iswap"),
])
def test_ofac_remark_acronym_is_curated(kb, acronym, entity_id):
    assert [e.id for e in kb.find(acronym) if any(a.name == acronym for a in e.aliases)] == [entity_id]


def test_jua_needs_context_for_both_groups(kb):
    """JuA is written for Jund al-Aqsa (Syria) and Jamaat-ul-Ahrar (Pakistan): context decides."""
    holders = {e.id for e in kb.find("JuA") if any(a.name == "JuA" and a.ambiguous for a in e.aliases)}
    assert holders == {"kb:jund-al-aqsa", "kb:jamaat-ul-ahrar"}


@pytest.mark.parametrize(("entity_id", "name"), [
    ("kb:proletari-armati-per-il-comunismo", "Armed Proletarians for Communism"),  # abbreviates to APC
    ("kb:bacrim", "Emerging Criminal Bands"),                                      # abbreviates to ECB
])
def test_gloss_abbreviating_to_a_common_acronym_is_flagged(kb, entity_id, name):
    """Recognition derives acronyms from plain multiword names; a flagged name is left out."""
    assert next(a for a in kb.get(entity_id).aliases if a.name == name).ambiguous


def test_baath_brigades_are_the_syrian_party_militia(kb):
    assert any(link.type == "branch_of" and link.target == "kb:baath-party"
               for link in kb.get("kb:baath-brigades").links)


@pytest.mark.parametrize(("name", "not_id"), [
    ("International Battalion", "kb:iipb"),              # the YPG's, the Spanish Civil War's
    ("Islamic Union", "kb:al-itahad-al-islami"),         # Islamic Union of the Soldiers of the Levant
    ("al-Hadid", "kb:harakat-ul-mujahideen"),            # Bab al-Hadid, Aleppo
    ("Republican Sinn Fein", "kb:continuity-ira"),       # a party, initials RSF
    ("The Libyan Society", "kb:islamic-jihad-union"),    # abbreviated LS, the Syrian pound
    ("Jamiyat", "kb:islamic-jihad-union"),               # Jamiyat al-Zahra, Aleppo
])
def test_generic_bulk_alias_found_false_matches_is_gone(kb, name, not_id):
    """Names that matched the wrong thing when the new KB was run over the Wikipedia and FA-KES corpora."""
    assert not_id not in [e.id for e in kb.find(name)]


@pytest.mark.parametrize(("name", "place_id"), [
    ("Baath City", "geo:madinat-al-baath"),   # Quneitra; "Baath" alone is the party
    ("Baath Dam", "geo:baath-dam"),
    ("Tabqa Dam", "geo:tabqa-dam"),
    ("Euphrates Dam", "geo:tabqa-dam"),
    ("Tishreen Dam", "geo:tishrin-dam"),
    ("Mosul Dam", "geo:mosul-dam"),
    ("Haditha Dam", "geo:haditha-dam"),
])
def test_find_curated_facility_or_town(kb, name, place_id):
    assert [e.id for e in kb.find(name)] == [place_id]


@pytest.mark.parametrize(("name", "entity_id"), [
    ("Official IRA", "kb:official-ira"),
    ("UFF", "kb:ulster-defence-association"),
    ("Ulster Freedom Fighters", "kb:ulster-defence-association"),
])
def test_find_cameo_and_loyalist_names(kb, name, entity_id):
    assert [e.id for e in kb.find(name) if e.type != "place"] == [entity_id]


def test_cameo_code_keeps_its_capitals(kb):
    assert kb.get("kb:official-ira").name == "Official IRA"
