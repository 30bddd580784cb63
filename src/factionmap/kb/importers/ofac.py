"""Importer for the US Treasury OFAC SDN list (legacy CSV: sdn.csv, alt.csv, add.csv).

Only terrorism programmes are read (FTO, SDGT, SDT): designated armed groups become KB records
with their a.k.a./f.k.a. names as aliases; companies, charities, banks, vessels and aircraft are
left out. Designated individuals are kept only when the list links them ("Linked To: X") to an
armed group that is kept, as persons with a member_of link. Names are upper-case in the list and
are re-cased ("AL-NUSRAH FRONT" -> "al-Nusrah Front") so acronyms stay recognisable.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from factionmap.errors import KnowledgeBaseError
from factionmap.kb.importers.common import canonical_flag, clean_aliases, country_code
from factionmap.kb.merge import slugify
from factionmap.kb.model import Alias, KBEntity, KBLink

SOURCE_PREFIX = "ofac"
# Programme tags of the terrorism sanctions.
TERROR_PROGRAMS = frozenset({"FTO", "SDGT", "SDT"})
# Words that mark a designated entity as an armed group (kept even without FTO).
ARMED_WORDS = re.compile(
    r"\b(ARMY|BRIGADES?|BATTALIONS?|FRONT|JAYSH|JAISH|JAISH-E|LIWA|KATA.?IB|KATIBAT?|JABHAT|JUND|"
    r"ANSAR|MUJAHID\w*|JIHAD\w*|HIZB\w*|HEZB\w*|HARAKAT|TALIBAN|QA.?IDA|ISIS|ISIL|ISLAMIC STATE|"
    r"PROVINCE|WILAYAT|MOVEMENT|FORCES?|GUARDS?|CORPS|MILITIA|LASHKAR|TEHRIK|SARAYA|ASA.?IB|"
    r"RESISTANCE|FIGHTING GROUP|LIBERATION|TIGERS|JAMA.?AT|JEMAAH|GROUP|NETWORK|ORGANI[SZ]ATION)\b")
# Words that mark a company, charity, bank or outlet: never an armed group.
BUSINESS_WORDS = re.compile(
    r"\b(COMPANY|CO\.|LTD\.?|LIMITED|LLC|L\.L\.C\.|S\.A\.L\.?|SAL|S\.A\.R\.L\.|S\.A\.|INC|CORP\w*|"
    r"TRADING|EXCHANGE\w*|BANK|FOUNDATION|CHARIT\w*|RELIEF|TRUST|HOLDING|INVESTMENT|INDUSTR\w*|"
    r"SHIPPING|AIRLINES?|AIRWAYS|PETROLEUM|OIL|FUEL|MONEY|FINANCE|FINANCIAL|FZE|FZCO|IMPORT|EXPORT|"
    r"TRAVEL|TOURS?|AGENCY|SERVICES|ENTERPRISES?|PHARMACEUTICAL|MEDICAL|MADRASS?A|SCHOOL|"
    r"UNIVERSITY|HOSPITAL|TELEVISION|RADIO|MEDIA|PUBLISHING|BRANCH|OFFICE|OFFSHORE|OFF SHORE|"
    r"RESORT|PARK|CONSTRUCTION|HAWALA|ESTABLISHMENT|SOCIETY|COMMITTEE FOR|ASSOCIATION|FUND|"
    r"INSTITUTE|CENTER|CENTRE|MOSQUE|GALERIA|CASA|MARKET|STORE|SHOP|JEWEL\w*|GEM)\b")
# Particles written lower-case in transliterated names.
LOWER_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud",
                             "wal", "wa", "fi", "li", "bi", "of", "the", "and", "in", "for", "de",
                             "e", "i", "bin"})
# Upper-case codes that contain vowels, kept as written inside names ("ISIS-Sinai Province").
KNOWN_CODES = frozenset({"ISIS", "ISIL", "IRGC", "AQAP", "AQIM", "AQIS", "ISKP", "ETIM", "IMU",
                         "TTP", "LTTE", "ELN", "FARC", "JNIM", "GICM", "MUJAO", "AUC", "ETA"})
_LINKED_RE = re.compile(r"Linked To: ([^;]+?)(?:[;.](?:\s|$)|$)")


def recase(name: str) -> str:
    """Title-case an upper-case list name, keeping particles lower-case and short codes upper."""
    def word(token: str, first: bool) -> str:
        parts = re.split(r"([-/'’ʿ])", token)
        out = []
        for i, part in enumerate(parts):
            low = part.lower()
            if i and parts[i - 1] in "'’ʿ" and part.isalpha():
                out.append(low)  # "KATA'IB" -> "Kata'ib", "PEOPLE'S" -> "People's"
            elif not part or not part.isalpha():
                out.append(part)
            elif part in KNOWN_CODES:
                out.append(part)
            elif low in LOWER_PARTICLES and not (first and i == 0 and low not in {"al", "el"}):
                out.append(low)
            elif len(part) <= 4 and not re.search(r"[AEIOUY]", part):
                out.append(part)  # "PKK", "LTTE"-like codes have no vowels
            else:
                out.append(part[0] + part[1:].lower())
        return "".join(out)

    tokens = name.split()
    return " ".join(word(t, i == 0) for i, t in enumerate(tokens))


def person_name(name: str) -> str:
    """"SOLEIMANI, Qasem" -> "Qasem Soleimani"."""
    if "," in name:
        last, first = (p.strip() for p in name.split(",", 1))
        return f"{first} {recase(last)}".strip()
    return recase(name)


def _read_csv(path: Path) -> list[list[str]]:
    try:
        with path.open(encoding="latin-1", newline="") as handle:
            return [[cell.strip() for cell in row] for row in csv.reader(handle) if row]
    except OSError as exc:
        raise KnowledgeBaseError(f"{path}: cannot read OFAC file: {exc.strerror}") from exc


def _programs(cell: str) -> set[str]:
    return {p.strip(" []") for p in cell.split("] [")}


def is_armed_group(name: str, programs: set[str]) -> bool:
    """A designated entity that is an armed group rather than a company, charity or outlet."""
    if BUSINESS_WORDS.search(name):
        return False
    return "FTO" in programs or bool(ARMED_WORDS.search(name))


def read_ofac(sdn_path: Path) -> Iterator[KBEntity]:
    """KB records of the terrorism-programme armed groups (and their linked leaders) of an SDN list.

    ``alt.csv`` and ``add.csv`` are read from the same folder when present.
    """
    rows = _read_csv(sdn_path)
    if rows and (len(rows[0]) < 4 or not rows[0][0].isdigit()):
        raise KnowledgeBaseError(f"{sdn_path}: not an OFAC sdn.csv (expected ent_num,SDN_Name,SDN_Type,Program,...)")
    folder = sdn_path.parent
    alt: dict[str, list[tuple[str, str]]] = defaultdict(list)
    if (folder / "alt.csv").exists():
        for row in _read_csv(folder / "alt.csv"):
            if len(row) >= 4:
                alt[row[0]].append((row[2].lower(), row[3]))
    countries: dict[str, list[str]] = defaultdict(list)
    if (folder / "add.csv").exists():
        for row in _read_csv(folder / "add.csv"):
            if len(row) >= 5 and row[4] not in ("-0-", ""):
                code = country_code(row[4])
                if code and code not in countries[row[0]]:
                    countries[row[0]].append(code)
    groups: dict[str, KBEntity] = {}
    people: list[tuple[list[str], KBEntity]] = []
    for row in rows:
        if len(row) < 4 or not (_programs(row[3]) & TERROR_PROGRAMS):
            continue
        ent_num, raw_name, sdn_type, programs = row[0], row[1], row[2], _programs(row[3])
        remarks = row[11] if len(row) > 11 else ""
        if sdn_type == "individual":
            linked = [m.strip().upper() for m in _LINKED_RE.findall(remarks)]
            if linked:
                name = person_name(raw_name)
                entity = _entity(ent_num, name, "person", alt[ent_num], countries[ent_num], person=True)
                people.append((linked, entity))
            continue
        if sdn_type not in ("-0-", "") or not is_armed_group(raw_name, programs):
            continue
        groups[raw_name.upper()] = _entity(ent_num, recase(raw_name), "armed_group", alt[ent_num],
                                           countries[ent_num])
    yield from groups.values()
    for linked, person in people:
        targets = [groups[name].id for name in linked if name in groups]
        if targets:
            yield KBEntity(**{**_fields(person), "links": tuple(KBLink(type="member_of", target=t) for t in targets)})


def _entity(ent_num: str, name: str, kind: str, alt_names: list[tuple[str, str]],
            codes: list[str], *, person: bool = False) -> KBEntity:
    candidates = [Alias(name=person_name(n) if person else (n if _is_code(n) else recase(n)),
                        kind="former" if t == "fka" else "name") for t, n in alt_names]
    return KBEntity(
        id=f"kb:{slugify(name)}",
        name=name,
        type=kind,
        aliases=(*canonical_flag(name, person=person), *clean_aliases(candidates, canonical=name, person=person)),
        country=codes[0] if codes else None,
        countries=tuple(codes) if len(codes) > 1 else (),
        sources=(f"{SOURCE_PREFIX}:{ent_num}",),
    )


def _is_code(name: str) -> bool:
    """A short one-word upper-case alias ("GICM", "HTS") is an acronym, kept as written."""
    return " " not in name and len(name) <= 6 and name.isupper()


def _fields(entity: KBEntity) -> dict:
    return {name: getattr(entity, name) for name in entity.__dataclass_fields__}
