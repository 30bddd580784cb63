"""A nationality adjective that acts for its state: "Saudi-backed", "with Turkish backing",
"Russian air power", "Iranian support" name the state as an actor.

A bare demonym ("Syrian rebels", "a Turkish town") is description, not an actor, and is left
alone; only the cues below (a backing or leading compound, a support or air-power noun) make
the state a party the relation stage can use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factionmap.kb.model import KnowledgeBase

# Words after a demonym that make the state itself the actor; each reads as "<state> did it".
# Kept to support and air power: "Turkish forces" / "Russian troops" are state actors the KB
# names, and "Syrian rebels" is no state at all.
STATE_ACTOR_NOUNS = (
    "backing", "support", "help", "aid", "assistance", "intervention", "air power",
    "air support", "air strikes", "airstrikes", "air raids", "warplanes", "jets",
    "fighter jets", "aircraft", "bombers", "drones", "artillery", "shelling", "bombardment",
)
# Compounds "<demonym>-backed", "-led", "-supported", "-sponsored", "-funded", "-armed".
STATE_COMPOUNDS = ("backed", "led", "supported", "sponsored", "funded", "armed", "trained")
# What follows a demonym acting for its state: "-backed", " air strikes".
_CUE_TAIL = (r"(?:-(?:" + "|".join(STATE_COMPOUNDS) + r")\b|\s+(?:"
             + "|".join(sorted(STATE_ACTOR_NOUNS, key=len, reverse=True)) + r")\b)")
_CUE = re.compile(r"(?<![\w-])(?P<demonym>[A-Z][a-z]{3,})" + _CUE_TAIL)
# "Russian and Syrian airstrikes", "Saudi and Emirati support": the first of two coordinated
# demonyms shares the cue of the second.
_COORDINATED = re.compile(
    r"(?<![\w-])(?P<demonym>[A-Z][a-z]{3,})\s+and\s+(?=[A-Z][a-z]{3,}" + _CUE_TAIL + ")")
# Demonym endings, longest first: "Turkish" -> "Turk", "Russian" -> "Russ", "Iraqi" -> "Iraq".
DEMONYM_ENDINGS = ("ese", "ian", "ish", "an", "i", "n")
# Demonyms that do not start with their state's name; without these "American" would read as
# American Samoa and "British" as nothing.
IRREGULAR_DEMONYMS = {"American": "United States", "British": "United Kingdom",
                      "Emirati": "United Arab Emirates", "Dutch": "Netherlands",
                      "Qatari": "Qatar", "Yemeni": "Yemen"}
# Adjectives that read as a state's name cut short but name no state: "Western-backed rebels"
# is the West's backing, not Western Sahara's; "Northern"/"Southern" are directions.
NOT_DEMONYMS = frozenset({"Western", "Eastern", "Northern", "Southern", "Central", "Middle"})
# Shortest stem kept: "Syr" for Syrian is enough, two letters is not.
MIN_STEM = 3


@dataclass(frozen=True, slots=True)
class DemonymIndex:
    """State ids by lower-case name, built once per KB
    (``resources.derived("demonym_index", ...)``)."""

    by_name: dict[str, str]


def build_demonym_index(kb: KnowledgeBase) -> DemonymIndex:
    """Index the KB's states by their lower-case names."""
    return DemonymIndex({e.name.lower(): e.id for e in kb if e.type == "state"})


def state_of_demonym(word: str, index: DemonymIndex) -> str | None:
    """The state a nationality adjective names ("Turkish" -> Turkey): among the state names
    that start with the word less its ending, the one that adds fewest letters; None if two
    tie or none does ("Kurdish")."""
    if word in IRREGULAR_DEMONYMS:
        return index.by_name.get(IRREGULAR_DEMONYMS[word].lower())
    if word in NOT_DEMONYMS:
        return None
    lower = word.lower()
    for ending in DEMONYM_ENDINGS:
        stem = lower[:-len(ending)] if lower.endswith(ending) else ""
        if len(stem) < MIN_STEM:
            continue
        found = sorted((len(name) - len(stem), name) for name in index.by_name
                       if name.startswith(stem))
        if found and (len(found) == 1 or found[0][0] < found[1][0]):
            return index.by_name[found[0][1]]
    return None


def state_cues(text: str, start: int, end: int, index: DemonymIndex
               ) -> list[tuple[int, int, str]]:
    """``(start, end, state id)`` for each demonym acting as its state in ``text[start:end]``;
    the span is the demonym alone."""
    out = []
    matches = [*_CUE.finditer(text, start, end), *_COORDINATED.finditer(text, start, end)]
    for match in sorted(matches, key=lambda m: m.start()):
        state = state_of_demonym(match.group("demonym"), index)
        if state is not None:
            out.append((match.start("demonym"), match.end("demonym"), state))
    return out
