"""The mentions of one document as recognition collects them, and small shared helpers.

``Collector`` keeps actor mentions non-overlapping (first come wins) and hands out the
``new:`` ids of discovered names; ``kb_type`` and ``shouting`` are read by several passes.
"""

from __future__ import annotations

import re
import unicodedata

from factionmap.kb.normalize import normalize_name
from factionmap.recognize.aliases import strip_possessive
from factionmap.recognize.discovery import short_name
from factionmap.recognize.rules import SCORES
from factionmap.resources import Resources
from factionmap.types import ENTITY_TYPES, CleanDocument, Mention

SHOUTING_RATIO = 0.6  # a sentence this upper-case is a headline: short acronyms mean nothing


def slug(name: str) -> str:
    """A stable id slug: ASCII, lower case, words joined by hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"['’`]", "", ascii_name.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-") or "unnamed"


def kb_type(resources: Resources, entity_id: str) -> str:
    """The entity type of a KB id, "other" when unknown."""
    entity = resources.kb.get(entity_id)
    kind = entity.type if entity else "other"
    return kind if kind in ENTITY_TYPES else "other"


class Collector:
    """Mentions of one document, kept non-overlapping for actors (first come wins)."""

    def __init__(self, doc: CleanDocument) -> None:
        self.doc = doc
        self.mentions: list[Mention] = []
        self.taken: list[tuple[int, int]] = []
        self.new_ids: dict[str, tuple[str, str]] = {}  # normalised key -> (id, type)

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.taken)

    def add(self, start: int, end: int, label: str, entity_id: str | None, reason: str,
            sentence: int, *, score: float | None = None) -> None:
        self.taken.append((start, end))
        self.mentions.append(Mention(
            start=start, end=end, text=self.doc.text[start:end],
            section=self.doc.section_at(start), label=label,  # type: ignore[arg-type]
            entity_id=entity_id, score=SCORES.get(reason, 0.8) if score is None else score,
            reason=reason, sentence=sentence))

    def replace_discovered(self, start: int, end: int,
                           reasons: tuple[str, ...] = ("discovered",)) -> bool:
        """Drop a discovered mention with exactly this span (a gloss is its name's alias);
        ``reasons`` widens it to other reason prefixes."""
        for mention in self.mentions:
            if (mention.start, mention.end) == (start, end) and mention.reason.startswith(reasons):
                self.mentions.remove(mention)
                self.taken.remove((start, end))
                return True
        return False

    def remove_inside(self, start: int, end: int, labels: frozenset[str]) -> bool:
        """Drop the mentions inside ``[start, end)`` if all have one of ``labels`` (a longer
        name found later claims the span); False, and nothing dropped, otherwise."""
        inside = [m for m in self.mentions if m.start < end and m.end > start]
        if not all(m.label in labels and start <= m.start and m.end <= end
                   and m.end - m.start < end - start for m in inside):
            return False  # only a strictly longer name claims the span
        for mention in inside:
            self.mentions.remove(mention)
            self.taken.remove((mention.start, mention.end))
        return True

    def new_id(self, name: str, kind: str) -> str:
        """The ``new:`` id of a discovered name, shared by its full and short forms ("Jund
        al-Malahim operations room" and "Jund al Malahim" are one entity)."""
        key = normalize_name(strip_possessive(name))
        short = short_name(strip_possessive(name))
        short_key = normalize_name(short) if short else None
        for known in (key, short_key):
            if known and known in self.new_ids:
                self.new_ids.setdefault(key, self.new_ids[known])
                return self.new_ids[known][0]
        entry = (f"new:{slug(strip_possessive(name))}", kind)
        self.new_ids[key] = entry
        if short_key:
            self.new_ids.setdefault(short_key, entry)
        return entry[0]


def shouting(text: str) -> bool:
    """Whether a sentence is mostly capitals (a headline)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > SHOUTING_RATIO
