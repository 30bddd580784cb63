"""The objects that cross stage boundaries: frozen, slotted dataclasses with offsets.

Every offset is a Python string index (code point) into ``CleanDocument.text``.
Nothing here does I/O; everything pickles, so extraction runs the same in a test,
a process pool or a Dask worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SectionKind = Literal["body", "comments", "boilerplate"]
EntityType = Literal[
    "armed_group", "coalition", "state", "state_actor", "person", "place", "organization", "other"
]
Modality = Literal["asserted", "alleged", "claimed", "negated", "planned"]

SECTION_KINDS: tuple[str, ...] = ("body", "comments", "boilerplate")
ENTITY_TYPES: tuple[str, ...] = (
    "armed_group", "coalition", "state", "state_actor", "person", "place", "organization", "other",
)
MODALITIES: tuple[str, ...] = ("asserted", "alleged", "claimed", "negated", "planned")
RELATION_TYPES: tuple[str, ...] = (
    "allied_with", "joint_operation", "member_of", "subunit_of", "affiliated_with",
    "pledged_allegiance_to", "split_from", "merged_into", "fights", "condemns", "rival_of",
    "supports", "leads", "killed", "based_in",
)
SYMMETRIC_RELATION_TYPES: frozenset[str] = frozenset(
    {"allied_with", "joint_operation", "fights", "rival_of"}
)
EVENT_TYPES: tuple[str, ...] = ("death", "formation", "dissolution", "capture", "clash", "statement")


@dataclass(frozen=True, slots=True)
class Document:
    """A document as read from input, before cleaning: plain text or an HTML page."""

    doc_id: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A run of the text of one kind; ``cue`` names the rule that decided it, for ``clean``."""

    kind: SectionKind
    start: int
    end: int
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class CleanDocument:
    """A document whose text is tiled by sections; offsets everywhere point into ``text``."""

    doc_id: str
    text: str
    sections: tuple[Section, ...]
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    language: str | None = None
    author: str | None = None
    from_html: bool = False

    def section_at(self, offset: int) -> SectionKind:
        """The kind of the section holding ``offset`` (boilerplate when outside every section)."""
        for section in self.sections:
            if section.start <= offset < section.end:
                return section.kind
        return "boilerplate"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the text, inside one section."""

    start: int
    end: int
    section: SectionKind


@dataclass(frozen=True, slots=True)
class Mention:
    """A span that refers to an entity; ``reason`` says how it was found and linked."""

    start: int
    end: int
    text: str
    section: SectionKind
    label: EntityType
    entity_id: str | None = None
    score: float = 1.0
    reason: str = ""
    sentence: int = -1


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor, person or place of one document, with every mention of it in that document."""

    id: str
    name: str
    type: EntityType
    in_kb: bool
    mentions: tuple[Mention, ...] = ()
    aliases: tuple[str, ...] = ()
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """The shortest span that states a fact; ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed edge between two entities, with its provenance."""

    type: str
    source: str | None
    target: str
    modality: Modality
    section: SectionKind
    confidence: float
    evidence: Evidence
    date: str | None = None
    place: str | None = None
    claimant: str | None = None
    role: str | None = None
    pattern: str = ""
    # The person through whom a group's stance is known ("Boko Haram leader Shekau pledged
    # allegiance to IS" gives Boko Haram's pledge via Shekau); None when stated of the group.
    via: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened (death, formation, capture, ...) with its participants."""

    type: str
    participants: tuple[str, ...]
    modality: Modality
    section: SectionKind
    confidence: float
    evidence: Evidence
    date: str | None = None
    place: str | None = None
    claimant: str | None = None
    pattern: str = ""


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document: the result of the pure ``extract`` function."""

    document: CleanDocument
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    events: tuple[Event, ...] = ()
    sentences: tuple[Sentence, ...] = field(default=(), repr=False)
