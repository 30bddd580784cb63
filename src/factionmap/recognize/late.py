"""Recognition passes that run once the KB names, discoveries and definitions are in.

"Haqqani militants" (a KB group name less its head, with its members), and acronyms used
without definition ("AI", "ART"), both read against what the document has already named.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factionmap.kb.hygiene import common_words
from factionmap.kb.normalize import normalize_name
from factionmap.recognize.acronyms import (
    DerivedAcronyms,
    acronym_tokens,
    choose_derived,
    group_position,
    has_group_cue,
)
from factionmap.recognize.aliases import AliasIndex
from factionmap.recognize.collector import Collector, kb_type, shouting
from factionmap.recognize.demonyms import DemonymIndex, state_of_demonym
from factionmap.recognize.rules import (
    ARMED_WORDS,
    DEMONYMS,
    DESCRIPTIVE_WORDS,
    GENERIC_WORDS,
    HEADLESS_MEMBERS,
    NER_SKIP_WORDS,
    SCORES,
    STRONG_HEADS,
    WEAK_HEADS,
)
from factionmap.resources import Resources
from factionmap.types import Sentence

# A capitalised word right before a name may make it part of a person's name.
CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’]*[\s-]+(?:(?:al|el|bin|ibn|abu|abou)[\s-]+)?$")


def headless_names(text: str, sentences: tuple[Sentence, ...], wanted: list[int],
                    out: Collector, resources: Resources, index: AliasIndex,
                    demonyms: DemonymIndex) -> None:
    """A KB group's name without its English head, followed by its members: "Haqqani
    Commanders", "Haqqani militants" (for "Haqqani Network"). A bare family name, a person's
    name ("Jalaluddin Haqqani") or a nationality ("Syrian fighters") is left alone."""
    for i in wanted:
        for match in HEADLESS_MEMBERS.finditer(text, sentences[i].start, sentences[i].end):
            start, end = match.span("name")
            key = normalize_name(match.group("name"))
            entity_id = index.headless.get(key)
            if entity_id is None or not out.free(start, end) \
                    or kb_type(resources, entity_id) not in ("armed_group", "coalition") \
                    or key in common_words() or state_of_demonym(match.group("name"), demonyms) \
                    or key in DEMONYMS or match.group("name").lower() in NER_SKIP_WORDS \
                    or CAPITAL_BEFORE.search(text[max(0, start - 40):start]):
                continue
            out.add(start, end, kb_type(resources, entity_id), entity_id, "alias:headless", i)


# Words a partial name needs at least ("the Volunteer Force" of the Ulster Volunteer Force).
MIN_TAIL_WORDS = 2
# Actor types a partial name may stand for: groups, coalitions and state forces, not states.
TAIL_TYPES = frozenset({"armed_group", "coalition", "state_actor"})


def named_tail(resources: Resources, name: str, named: set[str]) -> str | None:
    """The KB actor named in this document (by any alias: "UVF") whose full name ends in the
    discovered ``name`` ("Volunteer Force" of "Ulster Volunteer Force"): writers drop a
    name's first words once the group is known. Only a tail of two words or more holding an
    organisational head and a word of its own (not only armed, descriptive or generic words),
    and only when exactly one actor of the document fits. ``named`` holds the actors named
    by unambiguous names or acronyms ("Soldiers of the Caliphate" names no one in particular)."""
    words = normalize_name(name).split()
    heads = [w in STRONG_HEADS or w in WEAK_HEADS for w in words]
    if len(words) < MIN_TAIL_WORDS or not any(heads) or all(
            head or w in ARMED_WORDS or w in DESCRIPTIVE_WORDS or w in GENERIC_WORDS
            or w in DEMONYMS for w, head in zip(words, heads, strict=True)):
        return None  # "the Liberation Front", "the Revolutionary Party": every word generic
    fits = set()
    for entity_id in named:
        entity = resources.kb.get(entity_id)
        if entity is None or entity.type not in TAIL_TYPES:
            continue
        for full in (entity.name, *(a.name for a in entity.aliases if a.kind != "acronym")):
            keys = normalize_name(full).split()
            if len(keys) > len(words) and keys[-len(words):] == words:
                fits.add(entity.id)
                break
    return fits.pop() if len(fits) == 1 else None


CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")


@lru_cache(maxsize=65536)
def _is_demonym(word: str) -> bool:
    return normalize_name(word) in DEMONYMS


def nationalities(text: str, resources: Resources, demonyms: DemonymIndex) -> frozenset[str]:
    """Countries the document's nationality words name ("on Pakistani soil", "the Indian
    state of Tamil Nadu"): where it is set, for reading acronyms."""
    found: set[str] = set()
    for word in set(CAPITALISED_WORD.findall(text)):
        if _is_demonym(word):
            state = state_of_demonym(word, demonyms)
            entity = resources.kb.get(state) if state else None
            if entity is not None and entity.country:
                found.add(entity.country)
    return frozenset(found)


def derived_acronyms(text: str, sentences: tuple[Sentence, ...], wanted: list[int],
                      out: Collector, resources: Resources, index: AliasIndex,
                      extra: dict[str, tuple[str, ...]], located: frozenset[str],
                      derived: DerivedAcronyms) -> None:
    """Acronyms used without definition, read off KB names ("AI" for Ansar al-Islam) when
    the document's other entities pick one reading (see ``recognize.acronyms``)."""
    tokens = {i: [t for t in acronym_tokens(text, sentences[i].start, sentences[i].end)
                  if derived.get(t[2]) and t[2] not in index.acronyms and "=" + t[2] not in extra]
              for i in wanted}
    if not any(tokens.values()):
        return  # most documents: no token any KB name abbreviates to
    context = {m.entity_id for m in out.mentions if m.entity_id and m.entity_id.startswith("kb:")}
    for mention in out.mentions:  # "Iraq" is a state and a place until the linker decides
        if mention.entity_id is None:
            context.update(i for i in index.candidates(mention.text)
                           if kb_type(resources, i) in ("state", "place"))
    taken: dict[str, tuple[str, bool]] = {}  # surface -> (reading, decided) in this document
    later: list[tuple[int, int, int, str]] = []
    for i in wanted:
        sentence = sentences[i]
        if not tokens[i] or shouting(text[sentence.start:sentence.end]):
            continue
        for start, end, surface in tokens[i]:
            if not out.free(start, end):
                continue
            if not group_position(text, start, end, sentence.start):
                # "Source AA Related News", "1750 BC", "CW (chemical weapons)"; but one
                # acronym keeps one reading in a document ("within the 1920s RB" after "RB
                # leader"), so a place no group position decides is looked at again below
                later.append((i, start, end, surface))
                continue
            if len(surface) <= 2 and text[end:end + 1] == "s" and not has_group_cue(
                    text, end + 1, end + 1):
                continue  # "the GIs that", "a team of PJs": plural nouns, not "AIs top leaders"
            ids = derived.get(surface)
            entity_id, decided = choose_derived(surface, ids, resources.kb, context,
                                                has_group_cue(text, start, end), located)
            if entity_id is None:
                continue
            out.add(start, end, kb_type(resources, entity_id), entity_id, "acronym:derived", i,
                    score=SCORES["acronym:derived" if decided else "acronym:derived-unique"])
            context.add(entity_id)
            taken.setdefault(surface, (entity_id, decided))
    for i, start, end, surface in later:
        reading = taken.get(surface)
        if reading is None or not out.free(start, end) or not reading[1] \
                or not _same_sense_position(text, start, end):
            continue
        out.add(start, end, kb_type(resources, reading[0]), reading[0], "acronym:derived", i,
                score=SCORES["acronym:derived"])


# What must not stand around a repeat of an acronym read as a group: a number ("1750 BC"), a
# lower-case gloss in brackets ("CW (chemical weapons)") or a unit amount after it.
_REPEAT_BLOCKERS = re.compile(r"\s*(?:\(\s*[a-z]|\d)")
_NUMBER_RIGHT_BEFORE = re.compile(r"\d[\d,.]*\s+$")


def _same_sense_position(text: str, start: int, end: int) -> bool:
    """Whether a later use of an acronym the document already read as a group may take the
    same reading: not after a bare number nor before a gloss or an amount."""
    return not (_NUMBER_RIGHT_BEFORE.search(text, max(0, start - 12), start)
                or _REPEAT_BLOCKERS.match(text, end))


PLACE_LABELS = frozenset({"place", "state"})
# An acronym joined to a country or region names that branch of the group: "AI-Syria",
# "AQ-Yemen". Matched when the KB holds the branch under the group's name and the place.
BRANCH = re.compile(r"(?<![\w-])(?P<acr>[A-Z][A-Za-z]{0,6}[A-Z])[-‐‑](?P<place>[A-Z][a-z]{2,})\b(?!-)")


def branches(text: str, sentences: tuple[Sentence, ...], wanted: list[int], out: Collector,
             resources: Resources, index: AliasIndex, derived: DerivedAcronyms) -> None:
    """"AI-Syria" for the KB's "Ansar al-Islam Syria": every reading of the acronym (the
    KB's, then the derived ones) joined to the place; taken when exactly one KB entity has
    such a name (`acronym:branch`)."""
    for i in wanted:
        for match in BRANCH.finditer(text, sentences[i].start, sentences[i].end):
            readings = (*index.acronyms.get(match.group("acr"), ()), *derived.get(match.group("acr")))
            found = {target for reading in readings for target in _branch_of(
                resources, index, reading, match.group("place"))}
            # The place alone ("Syria") was read first; the branch's name claims its span.
            if len(found) == 1 and (out.free(match.start(), match.end()) or out.remove_inside(
                    match.start(), match.end(), PLACE_LABELS)):
                entity_id = found.pop()
                out.add(match.start(), match.end(), kb_type(resources, entity_id), entity_id,
                        "acronym:branch", i)


def _branch_of(resources: Resources, index: AliasIndex, group_id: str, place: str) -> set[str]:
    entity = resources.kb.get(group_id)
    if entity is None:
        return set()
    found: set[str] = set()
    for name in entity.all_names():
        for form in (f"{name} {place}", f"{name} in {place}", f"{name} ({place})"):
            found.update(i for i in index.keys.get(normalize_name(form), ()) if i != group_id)
    return found


# "AI's Syrian branch", "al-Qaeda's Yemeni affiliate": a group's branch in a country, named
# after the group's mention by a nationality word and a branch noun.
COUNTRY_BRANCH = re.compile(r"(?:['’]s|s)?\s+(?P<span>(?P<demonym>[A-Z][a-z]{3,})\s+"
                            r"(?:branch|wing|affiliate|franchise|faction|offshoot))\b")


NAME_FOLLOWS = re.compile(r",?\s+(?:the\s+)?[A-Z]")


def country_branches(text: str, out: Collector, resources: Resources, index: AliasIndex,
                     demonyms: DemonymIndex) -> None:
    """The branch a group's possessive and a nationality word name ("AI's Syrian branch" ->
    the KB's "Ansar al-Islam Syria"), when exactly one KB entity bears the group's name and
    the country's (`branch:country`)."""
    for mention in list(out.mentions):
        if mention.entity_id is None or mention.label not in ("armed_group", "coalition"):
            continue
        match = COUNTRY_BRANCH.match(text, mention.end)
        if not match or not out.free(match.start("span"), match.end("span")) \
                or NAME_FOLLOWS.match(text, match.end()):
            continue  # "al Qaeda's Syrian offshoot the Nusra Front": the name itself follows
        state = resources.kb.get(state_of_demonym(match.group("demonym"), demonyms) or "")
        if state is None:
            continue
        found = {i for name in state.all_names()[:1]
                 for i in _branch_of(resources, index, mention.entity_id, name)}
        if len(found) == 1:
            entity_id = found.pop()
            out.add(match.start("span"), match.end("span"), kb_type(resources, entity_id),
                    entity_id, "branch:country", mention.sentence)
