"""Importer for Phoenix/CAMEO (PETRARCH) actor dictionaries.

Format (see the dictionaries' README): a record is a primary phrase (words joined by ``_``,
optionally ``[CODE]``), synonym lines starting with ``+``, and date-restricted codes on
tab-indented lines ``[CODE YYMMDD-YYMMDD]``. A CAMEO code starts with a 3-letter country (ISO
alpha-3, or IMG/MUS... for international groups) followed by role codes (REB, GOV, MIL...).

What becomes KB records:

- the militarised non-state actors file (``*MilNonState*``): every record, as an armed group;
- a countries file (``*Countries*``): people whose code is a bare political-military role
  (``SYRMIL``, ``IRQREB``; ``xxxGOV`` only for the states of the Syrian and Iraqi wars), and, with
  the agents file, each state's forces as a ``state_actor`` named from its demonym and the
  force agents ("Syrian military", "Syrian troops"). In a countries file the synonyms of a
  record are other actors sharing its code (the README's example lists three Afghan leaders in
  one record), so only the primary phrase is used; a record named with a group word ("Free
  Syrian Army", "Kurdistan Regional Government") is a group or a state body, not a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from factionmap.errors import KnowledgeBaseError
from factionmap.kb.countries import country_table, state_id
from factionmap.kb.hygiene import generic_keys, given_name
from factionmap.kb.importers.common import canonical_flag, clean_aliases
from factionmap.kb.merge import slugify
from factionmap.kb.model import Alias, KBEntity, KBLink
from factionmap.kb.normalize import normalize_name

SOURCE = "cameo:phoenix"
# Label of a person known only by a common given name (see read_countries).
PERSON_LABEL = "{} (CAMEO person)"
# Roles that make a person from a countries file a conflict actor.
PERSON_ROLES = frozenset({"MIL", "REB", "SPY", "OPP"})
# States whose government members (bare GOV code) are kept: the Syrian and Iraqi wars' states.
GOV_PERSON_STATES = frozenset({"SYR", "IRQ", "IRN", "TUR", "RUS", "ISR", "LBN", "JOR", "SAU", "QAT"})
# Agents (agents file, code ~MIL) that name a state's forces as a whole when put after its demonym.
FORCE_AGENTS = ("ARMED_FORCES", "ARMY", "MILITARY", "TROOP", "SOLDIER", "SECURITY_FORCE", "AIR_FORCE", "NAVY")
# Endings of a country record's one-word synonym that make it a demonym ("SYRIAN", "LEBANESE").
DEMONYM_ENDINGS = ("AN", "ESE", "I", "ISH", "CH", "IC")
# Letters a demonym shares with its country's name: 4 keeps "SYRIAN" for SYRIA and drops
# "TAINAN" (a city listed under TAIWAN) and misspellings like "AFGJANISTAN".
DEMONYM_STEM = 4
# Words news puts after a demonym for a state's forces that the agents file has no agent for:
# "Nigerian forces", "Malian forces" (the file has SECURITY_FORCE and TROOP, not FORCES).
EXTRA_FORCE_WORDS = ("forces",)
# Agents with an irregular or no plural in English text.
PLURALS = {"ARMY": "ARMIES", "MILITARY": "", "ARMED_FORCES": "", "NAVY": ""}
_CODE_RE = re.compile(r"\[([A-Z~]+)(?:\s+([<>]?\d{6}(?:-\d{6})?))?\s*\]")


@dataclass
class Record:
    """One dictionary record: its phrases and its (code, period) pairs."""

    phrases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str | None]] = field(default_factory=list)


def _strip_comment(line: str) -> str:
    line = re.sub(r"<!--.*?-->", "", line)
    return re.split(r"\s#|^#|;", line, maxsplit=1)[0].rstrip()


def parse_actor_dictionary(text: str) -> Iterator[Record]:
    """Records of an actor dictionary, in file order."""
    record: Record | None = None
    for raw in text.splitlines():
        line = _strip_comment(raw)
        if not line.strip():
            continue
        if line[0] in " \t":
            if record is not None:
                record.codes += [(c, p) for c, p in _CODE_RE.findall(line)]
            continue
        is_synonym = line.startswith("+")
        phrase = _CODE_RE.sub("", line.lstrip("+")).strip()
        codes = [(c, p or None) for c, p in _CODE_RE.findall(line)]
        if not is_synonym or record is None:
            if record is not None and record.phrases:
                yield record
            record = Record()
        if phrase:
            record.phrases.append(phrase)
        record.codes += codes
    if record is not None and record.phrases:
        yield record


# Upper-case codes with vowels that CAMEO writes inside group names ("OFFICIAL_IRA"): kept as
# written, where vowel-less codes ("UVF") already are; "Official Ira" would read as a given name.
CAMEO_CODES = frozenset({"IRA", "ISIS", "ISIL", "PLO", "ETA", "UDA", "UFF", "INLA", "IPLO", "ELA"})


def phrase_name(phrase: str) -> str:
    """"BASHAR_AL_ASSAD_" -> "Bashar al Assad"; "(AAIA)" acronyms and known codes ("IRA") are
    kept upper-case; each part of "A/B" or "A-B" is capitalised ("Ulster Defence
    Association/Ulster Freedom Fighters")."""
    words = [w for w in phrase.replace("_", " ").split() if w]
    out = []
    for i, word in enumerate(words):
        bare = word.strip("()")
        if word.startswith("(") or (len(bare) <= 4 and not re.search(r"[AEIOUY]", bare)) or bare in CAMEO_CODES:
            out.append(word)
        elif word.lower() in {"al", "el", "of", "the", "and", "for", "in", "wal", "wa", "fi", "li"} and i:
            out.append(word.lower())
        else:
            out.append(re.sub(r"[^-/]+", lambda m: m.group()[:1] + m.group()[1:].lower(), word))
    return " ".join(out)


def _split_acronym(name: str) -> tuple[str, list[str]]:
    """"Aden Abyan Islamic Army (AAIA)" -> ("Aden Abyan Islamic Army", ["AAIA"])."""
    inner = re.findall(r"\(([^)]*)\)", name)
    return re.sub(r"\s*\([^)]*\)", "", name).strip(), [i for i in inner if i]


@lru_cache(maxsize=1)
def _iso3_to_iso2() -> dict[str, str]:
    return {c["iso3"]: iso for iso, c in country_table().items()}


def _date(yymmdd: str) -> str:
    yy, mm, dd = int(yymmdd[:2]), yymmdd[2:4], yymmdd[4:6]
    year = 2000 + yy if yy <= 30 else 1900 + yy  # PETRARCH's two-digit years
    return f"{year}-{mm}-{dd}"


def _period(text: str | None) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    if text.startswith("<"):
        return None, _date(text[1:])
    if text.startswith(">"):
        return _date(text[1:]), None
    start, _, end = text.partition("-")
    return _date(start), (_date(end) if end else None)


def _read(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KnowledgeBaseError(f"{path}: cannot read CAMEO dictionary: {exc.strerror}") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # older dictionary files are Latin-1


# The KEDS "International Militarized Groups" part of the MNSA dictionary codes a group's members
# with the group's own code ("BA'ASYIR_ [IMGSEAMUSJMA]" beside "JEMAAH_ISLAMIYAH_
# [IMGSEAMUSJMA]"): a record under such a code whose name has none of these organisation words,
# while another record under the code has one, is a person of that group, not a group.
# Compared as lower-case words as written (normalize_name respells them).
MEMBER_CODE_PREFIX = "IMG"
ORGANISATION_WORDS = frozenset({
    "army", "front", "brigade", "brigades", "battalion", "group", "movement", "organisation",
    "organization", "federation", "company", "force", "forces", "division", "mujahideen",
    "mujahiden", "jamaah", "jemaah", "jamaa", "lashkar", "laskar", "harkat", "harakut", "qaida",
    "qaidah", "qai'dah", "qa'ida", "qaeda", "sayyaf", "jklf", "aum", "aleph", "kumpulan", "wahhabi",
})


def _organisation_name(name: str) -> bool:
    return bool(set(re.split(r"[^a-z']+", name.lower())) & ORGANISATION_WORDS)


def member_person(record: Record, records: Sequence[Record]) -> bool:
    """Whether a MNSA record names a member of a group coded with the group's code (above)."""
    if not record.codes or not record.codes[0][0].startswith(MEMBER_CODE_PREFIX):
        return False
    code = record.codes[0][0]
    if _organisation_name(phrase_name(record.phrases[0])):
        return False
    return any(other is not record and other.codes and other.codes[0][0] == code
               and _organisation_name(phrase_name(other.phrases[0])) for other in records)


def read_milnonstate(path: Path) -> Iterator[KBEntity]:
    """Armed groups of a militarised non-state actors dictionary, and the persons its KEDS part
    codes as their members (``member_person``)."""
    records = list(parse_actor_dictionary(_read(path)))
    for record in records:
        names: list[str] = []
        acronyms: list[str] = []
        for phrase in record.phrases:
            name, inner = _split_acronym(phrase_name(phrase))
            names.append(name)
            acronyms += inner
        canonical = names[0]
        if not canonical:
            continue
        iso3 = next((c[:3] for c, _ in record.codes if len(c) >= 3), "")
        country = _iso3_to_iso2().get(iso3)
        candidates = [Alias(name=n) for n in names[1:]] + [Alias(name=a, kind="acronym") for a in acronyms]
        yield KBEntity(
            id=f"kb:{slugify(canonical)}",
            name=canonical,
            type="person" if member_person(record, records) else "armed_group",
            aliases=(*canonical_flag(canonical), *clean_aliases(candidates, canonical=canonical)),
            country=country,
            sources=(f"{SOURCE}:{path.name}",),
            description=f"CAMEO code {record.codes[0][0]}" if record.codes else None,
        )


def _force_agents(agents_path: Path | None) -> list[str]:
    if agents_path is None:
        return list(FORCE_AGENTS)
    present = {p.split()[0] for p in _read(agents_path).splitlines() if "[~MIL]" in p and p.strip()}
    return [a for a in FORCE_AGENTS if a in present]


def _plural(agent: str) -> str:
    word = agent.replace("_", " ").lower()
    if agent in PLURALS:
        return PLURALS[agent].replace("_", " ").lower()
    return word + "s"


def read_countries(path: Path, *, agents_path: Path | None = None) -> Iterator[KBEntity]:
    """State forces (from demonyms and force agents) and conflict people of a countries dictionary."""
    agents = _force_agents(agents_path)
    iso = _iso3_to_iso2()
    for record in parse_actor_dictionary(_read(path)):
        codes = [c for c, _ in record.codes]
        if len(codes) == 1 and len(codes[0]) == 3 and codes[0] in iso:
            yield from _state_forces(record, iso[codes[0]], agents, path)
            continue
        roles = {c[3:] for c in codes if len(c) == 6 and c[:3] in iso}
        keep = roles & PERSON_ROLES or ({"GOV"} & roles if {c[:3] for c in codes} & GOV_PERSON_STATES else set())
        if not keep or not record.phrases:
            continue
        name = phrase_name(record.phrases[0])
        country = iso.get(codes[0][:3])
        start = end = None
        for code, period in record.codes:
            if code[3:] in keep:
                start, end = _period(period)
        role = "/".join(sorted(keep))
        kind = _actor_kind(name, keep)
        entity_id = f"kb:{slugify(name)}"
        if given_name(name):
            # King "Khalid", "Abdullah": known only by a common given name, the record would be
            # every Khaled of a text; labelled, it stays reachable by id (hygiene.GIVEN_NAMES).
            name = PERSON_LABEL.format(name)
        yield KBEntity(
            id=entity_id,
            name=name,
            type=kind,
            aliases=canonical_flag(name, person=kind == "person"),
            country=country,
            sources=(f"{SOURCE}:{path.name}",),
            description=f"CAMEO role {role}" + (f" from {start}" if start else "") + (f" to {end}" if end else ""),
        )


def _actor_kind(name: str, roles: set[str]) -> str:
    """person, or armed_group / state_actor for a record named with a group word."""
    tokens = set(normalize_name(name).split())
    if not tokens & generic_keys():
        return "person"
    return "state_actor" if roles & {"GOV", "MIL", "SPY"} else "armed_group"


def _state_forces(record: Record, country: str, agents: list[str], path: Path) -> Iterator[KBEntity]:
    name = phrase_name(record.phrases[0])
    stem = record.phrases[0].strip("_ ")[:DEMONYM_STEM]
    demonyms = [phrase_name(p) for p in record.phrases[1:]
                if "_" not in p.strip("_ ") and p.startswith(stem) and p.strip("_ ").endswith(DEMONYM_ENDINGS)]
    if not demonyms:
        return
    state = state_id(country)
    candidates = []
    for demonym in demonyms:
        for agent in agents:
            words = agent.replace("_", " ").lower()
            candidates.append(Alias(name=f"{demonym} {words}"))
            plural = _plural(agent)
            if plural:
                candidates.append(Alias(name=f"{demonym} {plural}"))
        candidates.extend(Alias(name=f"{demonym} {words}") for words in EXTRA_FORCE_WORDS)
    canonical = f"{name} armed forces"
    yield KBEntity(
        id=f"kb:{slugify(name)}-armed-forces",
        name=canonical,
        type="state_actor",
        aliases=clean_aliases(candidates, canonical=canonical),
        country=country,
        links=(KBLink(type="part_of", target=state),) if state else (),
        sources=(f"{SOURCE}:{path.name}",),
    )
