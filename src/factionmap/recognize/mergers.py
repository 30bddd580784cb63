"""Names listed with known groups as the parties of a merger are groups.

"Kurdish Hamas and Tawhid merged in 2001", "formed by the merger of the Islamic Movement of
Kurdistan (IMK), al-Nahda, and Kurdish Hamas": only groups merge, so a name coordinated in one
list with a known group as the parties of a merger is a group too, though the model called it
a person ("Tawhid") or nothing found it ("al-Nahda", lower-case article first). Kept narrow:
only the merger predicate (people form, join, split from and ally with groups too: "Baghdadi
and ISIS"), only names the KB does not know as people, only lists without a place or state in
them, and at least one known group in the list. Run after NER, before context discovery.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factionmap.kb.hygiene import common_words
from factionmap.kb.normalize import normalize_name
from factionmap.recognize.context import PERSON_PARTICLES
from factionmap.recognize.rules import DEMONYMS, OPENERS
from factionmap.types import Mention

# The parties of a merger named after it ("the merger of A, B and C", "a merger between A and B").
MERGER_BEFORE = re.compile(r"\b(?:merger|merging|amalgamation)\s+(?:of|between)\s+(?:the\s+)?",
                           re.IGNORECASE)
# ... or before the verb ("A and B merged", "A and B had merged", "A and B officially merged").
MERGED_AFTER = re.compile(r"\s+(?:(?:had|have|has|were|then|later|officially|formally|finally|"
                          r"eventually|subsequently|also)\s+){0,2}merged\b")
# What joins two parties: ", ", " and ", ", and ", with an optional "the".
JOINT = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# A name no pass found: capitalised words, an Arabic article first ("al-Nahda") and small
# connectors inside ("Movement of Kurdistan").
NAME = re.compile(r"(?:(?:al|el|an|ad|ar|as|ash|at|az)[-‐‑])?[A-Z][\w'’-]*"
                  r"(?:\s+(?:(?:of|for|the)\s+)*(?:(?:al|el)[-‐‑])?[A-Z][\w'’-]*){0,5}")
# An acronym or gloss in brackets right after a party: "the Islamic Movement of Kurdistan (IMK)".
BRACKETED = re.compile(r"\s*\([^()]{1,60}\)")
# Labels of the known parties a list may hold; a place or state in it makes it no list of groups.
GROUP_LABELS = frozenset({"armed_group", "coalition"})
NOT_GROUP_LABELS = frozenset({"place", "state", "state_actor"})
MERGER_REASON = "discovered:merger"


@dataclass(frozen=True, slots=True)
class Party:
    """One item of a list: a mention found before, or a name no pass found (``mention`` None)."""

    start: int
    end: int
    mention: Mention | None


def _party_at(text: str, at: int, end: int, mentions: list[Mention]) -> Party | None:
    for mention in mentions:
        if mention.start == at:
            return Party(mention.start, mention.end, mention)
    match = NAME.match(text, at, end)
    if match is None or any(m.start < match.end() and m.end > at for m in mentions):
        return None
    return Party(at, match.end(), None)


def _list_from(text: str, at: int, end: int, mentions: list[Mention]) -> list[Party]:
    """The parties of a list starting at ``at``: items joined by commas and "and", closed by
    the item after the last "and" ("the merger of A and B, Julani said": not Julani)."""
    parties: list[Party] = []
    closed = 0  # parties up to the one after the last "and"
    joint_text = ""
    while True:
        party = _party_at(text, at, end, mentions)
        if party is None:
            break
        parties.append(party)
        if re.search(r"\band\b", joint_text):
            closed = len(parties)
        at = party.end
        bracket = BRACKETED.match(text, at, end)
        if bracket:
            at = bracket.end()
        joint = JOINT.match(text, at, end)
        if joint is None:
            break
        joint_text, at = joint.group(0), joint.end()
    return parties[:closed]


def _plausible(name: str) -> bool:
    """A name that may be a group's: not an opener, a nationality or one common word."""
    bare = re.sub(r"^(?:al|el|an|ad|ar|as|ash|at|az)[-‐‑]", "", name)
    words = bare.split()
    keys = [normalize_name(w) for w in words]
    if not words or words[0].lower() in OPENERS or all(k in DEMONYMS for k in keys):
        return False
    return any(k not in common_words() for k in keys)


def merger_parties(text: str, start: int, end: int, mentions: list[Mention]) -> list[Party]:
    """Parties of a merger in ``text[start:end]`` to be made groups: names no pass found and
    people the KB does not know (``new:`` ids), listed with at least one known group and no place or state."""
    here = sorted((m for m in mentions if start <= m.start and m.end <= end),
                  key=lambda m: m.start)
    lists: list[list[Party]] = []
    for cue in MERGER_BEFORE.finditer(text, start, end):
        lists.append(_list_from(text, cue.end(), end, here))
    for mention in here:  # "A and B merged": a list from a mention up to the verb
        parties = _list_from(text, mention.start, end, here)
        if len(parties) >= 2 and MERGED_AFTER.match(text, parties[-1].end, end):
            lists.append(parties)
    out: dict[tuple[int, int], Party] = {}
    for parties in lists:
        known = [p.mention for p in parties if p.mention is not None]
        if len(parties) < 2 or not any(m.label in GROUP_LABELS for m in known) \
                or any(m.label in NOT_GROUP_LABELS for m in known):
            continue
        for party in parties:
            if party.mention is None and _plausible(text[party.start:party.end]) \
                    or party.mention is not None and party.mention.label == "person" \
                    and party.mention.reason == "ner:person" \
                    and party.mention.text.split()[0].lower() not in PERSON_PARTICLES \
                    and (party.mention.entity_id or "").startswith("new:"):
                out[(party.start, party.end)] = party
    return sorted(out.values(), key=lambda p: p.start)
