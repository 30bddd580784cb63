"""Importer for the UCDP Actor Dataset (CSV, version 22.1 columns): one KB record per actor.

Names: ``NameData`` (UCDP's label), ``NameOrig``/``NameOrigFull`` (original language) and
``NameOrigFullEng`` (English gloss); when ``NameChange`` is 1, the ``NewName*`` columns hold the
later names, comma-separated, so the original ones become ``former`` names (UCDP gives no dates).
Structure: ``Splinter`` -> splinter_of ``ActorIdPrev``; ``Alliance`` -> member_of
``ActorIdAlliance``; ``JoinGroup`` -> merged_into ``ActorIdGroup``. Link targets are written
``ucdp:<ActorId>`` and resolved to KB ids when the KB is built (see kb.build).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from factionmap.kb.countries import state_id
from factionmap.kb.hygiene import NATIONALITY_WORDS, given_name, is_acronym
from factionmap.kb.importers.common import canonical_flag, clean_aliases, country_code, csv_rows, split_list
from factionmap.kb.merge import slugify
from factionmap.kb.model import Alias, KBEntity, KBLink

SOURCE_PREFIX = "ucdp"
REQUIRED_COLUMNS = ("ActorId", "NameData", "NameOrigFull", "NameOrigFullEng", "Org", "Location")
# UCDP's Org codes: 4 is a government; 2 is "supporters of" a politician; 3 is an ethnic or clan
# community (non-state conflict); 1 is an organised armed group.
ORG_TYPES = {"1": "armed_group", "2": "armed_group", "3": "armed_group", "4": "state"}
# Communal actors (Org 3) are named after a people ("Afar", "Dinka"): every mention of the people
# is not a mention of the armed actor, so their names are flagged ambiguous.
AMBIGUOUS_ORGS = frozenset({"3"})
# A communal actor named by a nationality word ("Arab", "Uzbek", "Somali") gets this label
# instead: the word alone is never a name (kb.hygiene.NATIONALITY_WORDS), so such an actor is
# reachable only by id, not by every "Arab" of a text.
COMMUNAL_LABEL = "{} (UCDP communal actor)"
# Same for an actor whose name is, as a key, a common Arabic given name or title ("Ale", an
# Ethiopian people, meets "Ali"; "Mohajir" meets "Muhajir"): see hygiene.GIVEN_NAMES.
ACTOR_LABEL = "{} (UCDP actor)"


def _canonical(row: dict[str, str]) -> str:
    """UCDP's label, unless it is a bare acronym and a full name exists."""
    label = row["NameData"].strip()
    if not is_acronym(label):
        return label
    later_full = split_list(row.get("NewNameFullMotherTongue"))
    for candidate in (later_full[-1] if later_full else "", row.get("NameOrigFull", ""),
                      row.get("NameOrigFullEng", "")):
        candidate = (candidate or "").strip()
        if candidate and candidate.casefold() != "n/a" and not is_acronym(candidate) and _latin(candidate):
            return candidate
    return label


def _latin(name: str) -> bool:
    """Mostly Latin letters: an original-script name (Burmese, Amharic) is no canonical name here."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters) >= 0.8 * len(letters)


def _aliases(row: dict[str, str], canonical: str) -> list[Alias]:
    changed = row.get("NameChange", "").strip() == "1"
    early = "former" if changed else None
    ambiguous = row.get("Org", "").strip() in AMBIGUOUS_ORGS
    out: list[Alias] = [Alias(name=row["NameData"], kind="name", ambiguous=ambiguous)]
    out.append(Alias(name=row.get("NameOrig", ""), kind=early or "name", ambiguous=ambiguous))
    out.append(Alias(name=row.get("NameOrigFull", ""), kind=early or "full", ambiguous=ambiguous))
    out.append(Alias(name=row.get("NameOrigFullEng", ""), kind=early or "gloss", ambiguous=ambiguous))
    if changed:
        out += [Alias(name=n, kind="name") for n in split_list(row.get("NewName"))]
        out += [Alias(name=n, kind="full") for n in split_list(row.get("NewNameFullMotherTongue"))]
        out += [Alias(name=n, kind="gloss") for n in split_list(row.get("NewNameFullEng"))]
    return [a for a in out if a.name]


def _links(row: dict[str, str]) -> tuple[KBLink, ...]:
    links = []
    for flag, column, link_type in (("Splinter", "ActorIdPrev", "splinter_of"),
                                    ("Alliance", "ActorIdAlliance", "member_of"),
                                    ("JoinGroup", "ActorIdGroup", "merged_into")):
        if row.get(flag, "").strip() == "1":
            links += [KBLink(type=link_type, target=f"{SOURCE_PREFIX}:{i}")
                      for i in split_list(row.get(column)) if i.isdigit() and i != row["ActorId"]]
    return tuple(dict.fromkeys(links))


def ucdp_entity(row: dict[str, str]) -> KBEntity:
    """The KB record of one UCDP actor row."""
    org = row.get("Org", "").strip()
    kind = ORG_TYPES.get(org, "armed_group")
    canonical = _canonical(row)
    slug_name = canonical
    if org in AMBIGUOUS_ORGS and canonical.strip().casefold() in NATIONALITY_WORDS:
        canonical = COMMUNAL_LABEL.format(canonical.strip())
    elif given_name(canonical):
        canonical = (COMMUNAL_LABEL if org in AMBIGUOUS_ORGS else ACTOR_LABEL).format(canonical.strip())
    countries = tuple(dict.fromkeys(c for c in map(country_code, split_list(row.get("Location"))) if c))
    entity_id = f"kb:{slugify(slug_name) or 'ucdp-' + row['ActorId'].strip()}"
    if kind == "state":
        # "Government of Syria" is the state itself: same id as the generated state record.
        iso = country_code(row["NameData"].removeprefix("Government of ").strip())
        entity_id = (state_id(iso) if iso else None) or entity_id
        countries = (iso,) if iso else countries
    aliases = clean_aliases(_aliases(row, canonical), canonical=canonical)
    flag = (Alias(name=canonical, kind="name", ambiguous=True),) if org in AMBIGUOUS_ORGS else canonical_flag(canonical)
    return KBEntity(
        id=entity_id,
        name=canonical,
        type=kind,
        aliases=(*flag, *aliases),
        country=countries[0] if countries else None,
        countries=countries if len(countries) > 1 else (),
        links=_links(row),
        sources=(f"{SOURCE_PREFIX}:{row['ActorId'].strip()}",),
        description="UCDP communal actor" if org in AMBIGUOUS_ORGS else None,
    )


def read_ucdp(path: Path) -> Iterator[KBEntity]:
    """Every actor of a UCDP actor CSV file as a KB record (ids made unique by UCDP id)."""
    seen: set[str] = set()
    for row in csv_rows(path, REQUIRED_COLUMNS, "UCDP actor CSV"):
        if not (row.get("ActorId") or "").strip() or not (row.get("NameData") or "").strip():
            continue
        entity = ucdp_entity(row)
        if entity.id in seen and entity.type != "state":
            entity = _with_id(entity, f"{entity.id}-ucdp{row['ActorId'].strip()}")
        seen.add(entity.id)
        yield entity


def _with_id(entity: KBEntity, new_id: str) -> KBEntity:
    from dataclasses import replace

    return replace(entity, id=new_id)
