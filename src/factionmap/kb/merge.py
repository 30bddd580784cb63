"""Merging records of one entity that come from several sources, and slugs for new ids."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from factionmap.kb.model import Alias, KBEntity, KBLink
from factionmap.kb.normalize import normalize_name

_SLUG_STRIP_RE = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """A lower-case ASCII slug of ``name`` ("Hay'at Tahrir al-Sham" -> "hayat-tahrir-al-sham")."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"['’`ʿʾ]", "", ascii_name.lower())
    return _SLUG_STRIP_RE.sub("-", ascii_name).strip("-")


def merge_aliases(first: Iterable[Alias], extra: Iterable[Alias], *, canonical: str) -> tuple[Alias, ...]:
    """``first`` followed by the aliases of ``extra`` whose exact name is new.

    Spelling variants that normalise alike are kept: they are what an analyst searches for and
    what ``kb show`` lists; the index deduplicates their keys anyway.
    """
    out = list(first)
    seen = {canonical.casefold(), *(a.name.casefold() for a in out)}
    for alias in extra:
        if alias.name.casefold() not in seen:
            seen.add(alias.name.casefold())
            out.append(alias)
    return tuple(out)


def merge_entities(base: KBEntity, extra: KBEntity) -> KBEntity:
    """``base`` enriched by ``extra``: its names become aliases, its sources and links are added.

    Fields ``base`` already has win; empty ones are filled from ``extra``.
    """
    extra_aliases = list(extra.aliases)
    if extra.name != base.name:
        extra_aliases.insert(0, Alias(name=extra.name, kind="name"))
    links: list[KBLink] = list(base.links)
    links.extend(link for link in extra.links if link not in links and link.target != base.id)
    countries = tuple(dict.fromkeys((*base.countries, *extra.countries)))
    return replace(
        base,
        aliases=merge_aliases(base.aliases, extra_aliases, canonical=base.name),
        country=base.country or extra.country,
        countries=countries,
        links=tuple(links),
        sources=tuple(dict.fromkeys((*base.sources, *extra.sources))),
        description=base.description or extra.description,
        active_start=base.active_start or extra.active_start,
        active_end=base.active_end or extra.active_end,
        latitude=base.latitude if base.latitude is not None else extra.latitude,
        longitude=base.longitude if base.longitude is not None else extra.longitude,
        admin1=base.admin1 or extra.admin1,
        population=base.population if base.population is not None else extra.population,
        feature=base.feature or extra.feature,
        former_ids=tuple(i for i in dict.fromkeys((*base.former_ids, *extra.former_ids)) if i != base.id),
    )


def name_keys(entity: KBEntity) -> set[str]:
    """Normalised keys of the entity's unambiguous names (used to match records across sources)."""
    keys = {normalize_name(entity.name)}
    keys.update(normalize_name(a.name) for a in entity.aliases if not a.ambiguous and a.kind != "acronym")
    keys.discard("")
    return keys
