"""Helpers shared by the importers: reading CSV tables, alias cleaning, country names to ISO codes."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from factionmap.errors import KnowledgeBaseError
from factionmap.kb.countries import country_table
from factionmap.kb.hygiene import alias_problem, given_name, is_acronym, needs_context, shouted_word
from factionmap.kb.model import Alias

# Country names the sources write differently from GeoNames (after dropping "(...)").
COUNTRY_NAME_FIXES = {
    "united states of america": "US", "russia": "RU", "soviet union": "RU", "dr congo": "CD",
    "congo": "CG", "zaire": "CD", "yemen": "YE", "north yemen": "YE", "south yemen": "YE",
    "vietnam": "VN", "north vietnam": "VN", "south vietnam": "VN", "cambodia": "KH",
    "kampuchea": "KH", "myanmar": "MM", "burma": "MM", "ivory coast": "CI", "cote d'ivoire": "CI",
    "serbia": "RS", "yugoslavia": "RS", "bosnia-herzegovina": "BA", "bosnia and herzegovina": "BA",
    "macedonia": "MK", "north macedonia": "MK", "madagascar": "MG", "malagasy": "MG",
    "zimbabwe": "ZW", "rhodesia": "ZW", "east timor": "TL", "timor-leste": "TL",
    "united kingdom": "GB", "uk": "GB", "gaza": "PS", "palestine": "PS", "west bank": "PS",
    "palestinian territories": "PS", "iran": "IR", "syria": "SY", "laos": "LA",
    "north korea": "KP", "south korea": "KR", "korea": "KR", "taiwan": "TW", "kyrgyzstan": "KG",
    "the gambia": "GM", "gambia": "GM", "swaziland": "SZ", "eswatini": "SZ", "czechoslovakia": "CZ",
    "hyderabad": "IN", "tibet": "CN", "western sahara": "EH", "kosovo": "XK",
}
_PAREN_RE = re.compile(r"\s*\([^)]*\)")


@lru_cache(maxsize=1)
def _country_by_name() -> dict[str, str]:
    table = {c["name"].casefold(): iso for iso, c in country_table().items()}
    table.update(COUNTRY_NAME_FIXES)
    return table


def country_code(name: str) -> str | None:
    """ISO code of a country written by a source ("Russia (Soviet Union)" -> RU), or None."""
    name = name.strip()
    table = _country_by_name()
    found = table.get(name.casefold())
    if found:
        return found
    inner = re.findall(r"\(([^)]*)\)", name)
    found = table.get(_PAREN_RE.sub("", name).strip().casefold())
    if found:
        return found
    return next((table[i.strip().casefold()] for i in inner if i.strip().casefold() in table), None)


def split_list(value: str | None) -> list[str]:
    """A comma-separated list cell as stripped, non-empty items."""
    if not value:
        return []
    return [item.strip() for item in value.split(",") if item.strip()]


def clean_aliases(candidates: Iterable[Alias], *, canonical: str, person: bool = False) -> tuple[Alias, ...]:
    """Candidate aliases of a bulk record, junk dropped, weak ones flagged, duplicates removed.

    An alias that is only generic or common words ("Liberation Army") is kept but flagged
    ambiguous; one that cannot be an alias at all (see hygiene.alias_problem) is dropped.
    ``person``: a one-word name of a person ("Hassan", "Khalid") is flagged too. A common
    Arabic given name or title alone ("Khaled", "Khan"; hygiene.GIVEN_NAMES) is dropped.
    """
    out: list[Alias] = []
    seen = {canonical.casefold()}
    for alias in candidates:
        name = " ".join(alias.name.split()).strip(" ,;\"'")
        if not name or name.casefold() in seen or alias_problem(name) or given_name(name):
            continue  # given_name: "Khaled" alone is everybody's name (hygiene.GIVEN_NAMES)
        seen.add(name.casefold())
        kind = "acronym" if alias.kind == "name" and is_acronym(name) and " " not in name else alias.kind
        ambiguous = alias.ambiguous or (not is_acronym(name) and needs_context(name)) or (
            person and len(name.split()) == 1) or shouted_word(name)
        out.append(Alias(name=name, kind=kind, lang=alias.lang, start=alias.start, end=alias.end,
                         ambiguous=ambiguous))
    return tuple(out)


def canonical_flag(name: str, *, short_ok: bool = False, person: bool = False) -> tuple[Alias, ...]:
    """An ambiguous self-alias when the canonical name itself needs context (see docs/kb.md).

    ``short_ok``: a short canonical name is fine (a town called "Qom" or "al-Bab" is its name);
    only a common or generic word ("Hit", "Mary") is then flagged.
    """
    problem = alias_problem(name)
    if short_ok and problem == "too short":
        problem = None
    if (problem or (not is_acronym(name) and needs_context(name)) or (person and len(name.split()) == 1)
            or given_name(name)):
        return (Alias(name=name, kind="name", ambiguous=True),)
    return ()


def csv_rows(path: Path, required: Iterable[str], what: str) -> Iterator[dict[str, str]]:
    """Rows of a CSV table (UTF-8, BOM allowed); one-line KnowledgeBaseError when unreadable or wrong.

    ``what`` names the expected table in the message ("UCDP actor CSV").
    """
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise KnowledgeBaseError(f"{path}: cannot read {what}: {exc.strerror}") from exc
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or ())]
        if missing:
            raise KnowledgeBaseError(f"{path}: not a {what} (missing columns {', '.join(missing)})")
        yield from reader
