"""Importer for the Syrian rebel group list of Gade, Hafez & Gabbay (2019), IdeologyVars CSV.

Each row names a group, sometimes with glosses in parentheses ("Faylaq al-Rahman (Al-Rahman
Corps; Al-Rahman Legion)"); the names become aliases. Their collaboration and infighting
matrices are not imported: relations in the KB are background knowledge, and these counts are
kept for checking aggregated graphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from factionmap.kb.importers.common import canonical_flag, clean_aliases, csv_rows
from factionmap.kb.merge import slugify
from factionmap.kb.model import Alias, KBEntity

SOURCE = "gade2019"


def read_gade(path: Path) -> Iterator[KBEntity]:
    """One armed-group record per row of IdeologyVars_JPR.csv."""
    for row in csv_rows(path, ("Group",), "Gade et al. group table"):
        raw = " ".join((row.get("Group") or "").split())
        if not raw:
            continue
        inner = [n.strip() for part in re.findall(r"\(([^)]*)\)", raw) for n in re.split(r"[;/]", part)]
        name = re.sub(r"\s*\([^)]*\)", "", raw).strip()
        candidates = [Alias(name=raw), *(Alias(name=n) for n in inner if n)]
        yield KBEntity(
            id=f"kb:{slugify(name)}",
            name=name,
            type="armed_group",
            aliases=(*canonical_flag(name), *clean_aliases(candidates, canonical=name)),
            country="SY",
            sources=(f"{SOURCE}:{row.get('GroupCode', '').strip()}",),
        )
