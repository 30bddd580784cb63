"""Recognition: find mentions of actors, people and places in the body and comments.

Per sentence of a body or comments section: the KB alias pass (``aliases``), discovery of
unknown groups (``discovery``), acronyms and glosses defined in the text, then spaCy NER for
people and places on the sentences that can hold them (``ner``). Boilerplate yields nothing.
Each Mention carries a ``reason`` (see docs/recognition.md) and, when already decided, its
``entity_id``; ambiguous KB names keep ``entity_id=None`` for the linker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factionmap.kb.hygiene import common_words
from factionmap.kb.normalize import normalize_name
from factionmap.parses import ParseCache
from factionmap.recognize.acronyms import (
    acronym_in_context,
    build_derived_acronyms,
    has_group_cue,
    is_english_word,
)
from factionmap.recognize.aliases import (
    AliasHit,
    AliasIndex,
    build_alias_index,
    find_aliases,
    strip_possessive,
)
from factionmap.recognize.collector import Collector, kb_type, shouting, slug
from factionmap.recognize.context import discover_by_context
from factionmap.recognize.demonyms import build_demonym_index, state_cues
from factionmap.recognize.discovery import (
    Candidate,
    definition_after,
    discover_defined,
    discover_formed_bodies,
    discover_formed_named,
    discover_heads,
    discover_intro,
    discover_named_after,
    discover_tribes,
    initials_fit,
    short_name,
)
from factionmap.recognize.late import (
    CAPITAL_BEFORE,
    branches,
    country_branches,
    derived_acronyms,
    headless_names,
    named_tail,
    nationalities,
)
from factionmap.recognize.mergers import MERGER_REASON, merger_parties
from factionmap.recognize.ner import chosen_sentences, ner_spans
from factionmap.recognize.rules import (
    AMBIGUOUS_ACRONYMS,
    CONNECTORS,
    DEMONYMS,
    DESCRIPTIVE_WORDS,
    GENERIC_WORDS,
    MONTHS,
    OPENERS,
    SCORES,
    SHORT_ACRONYM_LEN,
    STRONG_HEADS,
    TRAILING_LOWER_HEADS,
    WEAK_HEADS,
)
from factionmap.recognize.sentences import split_sentences
from factionmap.resources import Resources
from factionmap.types import CleanDocument, Mention, Sentence

__all__ = ["alias_index", "recognize", "slug", "split_sentences"]

RECOGNISED_SECTIONS = ("body", "comments")
PERSON_OVERRIDABLE = frozenset({"person", "place"})
MAX_LENDER_COUNTRIES = 2  # an acronym supported by its own words lends a specific country only
ACTOR_TYPES = frozenset({"armed_group", "coalition", "state", "state_actor", "organization"})
# A bare repeat of a discovered name after these words is the place it is named after.
_LOCATIVE_BEFORE = re.compile(r"\b(?:town|city|village|province|district|area|region|of|in|near"
                              r"|at|from|outside)\s+$", re.IGNORECASE)
# A city name standing for its governorate: "Idlib province", "province of Latakia", a list
# of names closed by "provinces". (The KB's own "Idlib province" alias wins by length.)
_ADMIN_AFTER = re.compile(r"(?:(?:\s*,\s*|\s+and\s+|\s+)[A-Z][\w'’-]+){0,3}\s+(?:provinces|governorates)\b"
                          r"|['’]?s?\s+(?:province|governorate)\b")
_ADMIN_BEFORE = re.compile(r"\b(?:province|governorate)\s+of\s+$", re.IGNORECASE)
# An Arabic article and a capitalised word right after a KB name: the name goes on.
_ARABIC_TAIL = re.compile(r"\s+(?:al|el|ad|an|ar|as|ash|at|az)[-‐‑][A-Z][\w'’]+(?![-‐‑]\w)")
# Name particles of people ("Abu Abdelrahman Salqeen", "bin Laden"): a place after them is a
# nisba or family name. Words after a place name that make it something else.
_PERSON_BEFORE = re.compile(r"\b(?:Abu|Umm|Ibn|ibn|bin|Bin|Sheikh|Shaykh)\s+(?:[A-Z][\w'’-]+\s+){0,2}$")
_NOT_PLACE_AFTER = re.compile(r"\s+(?:Post|Times|News|TV|Television|Radio|Journal|Herald|Tribune|"
                              r"Agency|Press|Institute|University|Road|Street|Highway|Airport)\b")


def alias_index(resources: Resources) -> AliasIndex:
    """The KB alias index of these resources, built once and cached."""
    return resources.derived("alias_index", lambda r: build_alias_index(r.kb))


def _short_acronym_ok(text: str, hit: AliasHit, named_elsewhere: bool) -> bool:
    """Context for a short, ambiguous acronym: "IS fighters", "against the FSA", "JI
    operative", "AQ-allied militants", "AQs leader", or the name elsewhere in the document."""
    return named_elsewhere or acronym_in_context(text, hit.start, hit.end)


def _fuzzy(index: AliasIndex, name: str) -> str | None:
    """A KB id whose name is a near spelling of a discovered name (same first word)."""
    from rapidfuzz import fuzz, process

    from factionmap.recognize.rules import FUZZY_MIN_RATIO

    key = normalize_name(name)
    if not key:
        return None
    if key in index.headless:
        return index.headless[key]  # "Farouq" for the KB's "Farouq Brigades"
    words = key.split(" ")
    pool = (*index.by_head.get(words[0], ()), *index.by_head.get("$" + words[-1], ()))
    for near, _, _ in process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_RATIO,
                                      limit=3):
        # numbers are not misspellings ("17th Division" is not the 16th), and the words that
        # differ must be spellings of each other ("Raqqa Military Council" is not Daraa's)
        if _digits(near) == _digits(key) and same_words(key, near):
            ids = index.keys[near]
            return ids[0] if len(ids) == 1 else None
    return None


def same_words(key: str, near: str) -> bool:
    """Whether two name keys differ only by misspelt words: the words not shared (less
    connectors) pair up as near spellings with the same first letter, or run together ("Nur
    Din" / "Nuriddeen"). A ratio over the whole key lets one short word change the name:
    "Raqqa Military Council" / "Daraa Military Council", "Communist Party of Nepal / India"."""
    from factionmap.recognize.rules import (
        FUZZY_IGNORED_WORDS,
        FUZZY_JOINED_MIN_RATIO,
        FUZZY_WORD_MIN_RATIO,
    )

    rest_a, rest_b = key.split(), near.split()
    for word in list(rest_a):
        if word in rest_b:
            rest_a.remove(word)
            rest_b.remove(word)
    rest_a = [w for w in rest_a if w not in FUZZY_IGNORED_WORDS]
    rest_b = [w for w in rest_b if w not in FUZZY_IGNORED_WORDS]
    if not rest_a or not rest_b:
        return not rest_a and not rest_b
    pairs = list(zip(rest_a, rest_b, strict=True)) if len(rest_a) == len(rest_b) else [
        ("".join(rest_a), "".join(rest_b))]
    floor = FUZZY_WORD_MIN_RATIO if len(rest_a) == len(rest_b) else FUZZY_JOINED_MIN_RATIO
    return all(_near_word(a, b, floor) for a, b in pairs)


# The English adjective ending of a noun ("Islam" / "Islamic").
ADJECTIVE_SUFFIX = "ic"


def _near_word(a: str, b: str, floor: float) -> bool:
    """One word misspelt: same first letter (or both vowels) and a ratio at ``floor``, or the
    same consonants ("fata" / "fati": "Fatah" / "Fateh")."""
    from rapidfuzz import fuzz

    if a[0] != b[0] and not (a[0] in "aeiou" and b[0] in "aeiou"):
        return False
    if a + ADJECTIVE_SUFFIX == b or b + ADJECTIVE_SUFFIX == a:
        return False  # a noun and its adjective are two words: "Islamic Army" is not "Islam Army"
    return fuzz.ratio(a, b) >= floor or re.sub("[aeiouy]", "", a) == re.sub("[aeiouy]", "", b)


def _digits(key: str) -> list[str]:
    """The numbers in a name key ("17th division" -> ["17"])."""
    return re.findall(r"\d+", key)


def _contains_only_heads(doc_text: str, cand: Candidate, inner: list[AliasHit]) -> bool:
    """Whether the words of ``cand`` outside its KB matches are heads, connectors, modifiers
    ("the Kurdish YPG militia"), not a name of their own ("Al-Tawhid Islamic Front")."""
    rest = doc_text[cand.start:cand.end]
    for hit in sorted(inner, key=lambda h: -h.start):
        rest = rest[:hit.start - cand.start] + " " + rest[hit.end - cand.start:]
    words = normalize_name(rest).split()
    return all(w in STRONG_HEADS or w in WEAK_HEADS or w in DESCRIPTIVE_WORDS or w in DEMONYMS
               or w in GENERIC_WORDS or w in CONNECTORS or w in {"operations", "operation"}
               for w in words)


def recognize(doc: CleanDocument, sentences: tuple[Sentence, ...], resources: Resources,
              parses: ParseCache) -> tuple[Mention, ...]:
    """Mentions of actors, people and places in the body and comments of ``doc``."""
    index = alias_index(resources)
    demonyms = resources.derived("demonym_index", lambda r: build_demonym_index(r.kb))
    text = doc.text
    out = Collector(doc)
    extra: dict[str, tuple[str, ...]] = {}
    wanted = [i for i, s in enumerate(sentences) if s.section in RECOGNISED_SECTIONS]
    kb_hits: dict[int, list[AliasHit]] = {i: find_aliases(text, sentences[i].start,
                                                          sentences[i].end, index) for i in wanted}
    located = nationalities(text, resources, demonyms)
    kb_hits = _supported(text, kb_hits, index, resources, located)
    named: set[str] = {i for hits in kb_hits.values() for h in hits
                       if not h.reason.startswith("acronym") for i in h.ids}
    plain_hits = [h for hits in kb_hits.values() for h in hits
                  if len(h.ids) == 1 and not h.reason.startswith("acronym")]
    named_countries = _countries(resources, {h.ids[0] for h in plain_hits})
    mentioned = {h.ids[0] for hits in kb_hits.values() for h in hits
                 if len(h.ids) == 1 and (h.key, h.ids[0]) not in index.ambiguous}
    for i in wanted:
        sentence = sentences[i]
        hits = kb_hits[i]
        candidates = _candidates(text, sentence)
        for cand in candidates:
            cut = _unit_of_known(text, cand, hits, resources)
            if cut is None:
                continue  # "commander Adnan Bakour of Liwa al-Tawhid": the KB group stands
            cand = cut
            inner = [h for h in hits if h.start < cand.end and h.end > cand.start]
            if any(h.start <= cand.start and h.end >= cand.end for h in inner):
                continue  # the KB knows this name (or a longer one)
            actors = [h for h in inner if kb_type(resources, h.ids[0]) in ACTOR_TYPES]
            # A place after the KB name is no part of it ("al-Nusra Front Idlib" in a tag list).
            after = [h for h in inner if actors and h.start >= max(a.end for a in actors)
                     and kb_type(resources, h.ids[0]) == "place"]
            if actors and (len(actors) > 1
                           or _contains_only_heads(text, cand, actors + after)):
                continue  # "the Kurdish YPG militia", "Ahrar al-Sham Nusra Front": KB names stand
            if not out.free(cand.start, cand.end):
                continue
            hits = [h for h in hits if h not in inner]
            kb_id = _fuzzy(index, cand.name)
            if kb_id and _abroad(resources, kb_id, located | _countries(resources, {
                    h.ids[0] for h in plain_hits if not _GLOSS_OPEN.fullmatch(
                        text, cand.end, h.start)})):
                kb_id = None  # "Four Somali groups ... Jabhatul Islamiya": not Syria's Islamic Front
            if kb_id:
                out.add(cand.start, cand.end, kb_type(resources, kb_id), kb_id, "fuzzy", i)
                continue
            tail_of = named_tail(resources, cand.name, mentioned)
            if tail_of:  # "the Volunteer Force" where the document names the UVF
                out.add(cand.start, cand.end, kb_type(resources, tail_of), tail_of, "alias:tail", i)
                continue
            leader_group = _led_group(resources, index, cand)
            if leader_group:  # "Zahran Alloush's group": the group the KB says he led
                out.add(cand.start, cand.end, kb_type(resources, leader_group), leader_group,
                        "named-after:kb-leader", i)
                continue
            entity_id = out.new_id(cand.name, cand.type)
            out.add(cand.start, cand.end, cand.type, entity_id, cand.reason, i)
            extra.setdefault(normalize_name(cand.name), (entity_id,))
            short = short_name(cand.name)
            if short:
                extra.setdefault(normalize_name(short), (entity_id,))
        for hit in hits:
            if not out.free(hit.start, hit.end):
                continue
            if kb_type(resources, hit.ids[0]) == "place" and _not_a_place(text, hit):
                continue
            if _a_date(text, hit) or _opposed_forces(text, hit):
                continue
            longer = _ARABIC_TAIL.match(text, hit.end, sentence.end)
            if longer and index.candidates(longer.group(0).strip()):
                longer = None  # "the Nusra Front al-Qaedas branch": two names side by side
            if longer and kb_type(resources, hit.ids[0]) in ACTOR_TYPES | {"place"} \
                    and out.free(hit.start, longer.end()):
                # "Fatah al-Islam" is not Fatah, "Bab al-Nayrab" not Bab: an Arabic name
                # continues with its article; a place's continuation is a place.
                name = text[hit.start:longer.end()]
                kind = "place" if kb_type(resources, hit.ids[0]) == "place" else "armed_group"
                kb_id = _fuzzy(index, name) if kind != "place" else None
                if kb_id:
                    out.add(hit.start, longer.end(), kb_type(resources, kb_id), kb_id, "fuzzy", i)
                else:
                    out.add(hit.start, longer.end(), kind, out.new_id(name, kind),
                            "discovered:extended", i)
                continue
            surface = strip_possessive(text[hit.start:hit.end])
            reason = hit.reason
            if reason == "acronym:kb" and (len(surface) <= SHORT_ACRONYM_LEN
                                           or surface in AMBIGUOUS_ACRONYMS):
                # The entity named plainly, or, for a group, an actor or place of its country
                # named in the document ("IS carries out a bombing ... in Aleppo"), is
                # context enough. A state's own country proves nothing ("US President").
                groups = {x for x in hit.ids if kb_type(resources, x) in ("armed_group",
                                                                          "coalition")}
                supported = any(x in named for x in hit.ids) or bool(
                    _countries(resources, groups) & named_countries)
                if shouting(text[sentence.start:sentence.end]) or not _short_acronym_ok(
                        text, hit, supported):
                    continue
                reason = "acronym:short"
            ids = _province(text, hit, index, sentence.end) or hit.ids
            decided = ids[0] if len(ids) == 1 else None  # several: the linker decides
            out.add(hit.start, hit.end, kb_type(resources, ids[0]), decided, reason, i)
        for start, end, state in state_cues(text, sentence.start, sentence.end, demonyms):
            if out.free(start, end):
                out.add(start, end, "state", state, "demonym:state", i)
    _definitions(text, out, extra)
    _second_pass(text, sentences, wanted, out, extra)
    headless_names(text, sentences, wanted, out, resources, index, demonyms)
    derived = resources.derived("derived_acronyms", lambda r: build_derived_acronyms(
        r.kb, frozenset(alias_index(r).acronyms)))
    branches(text, sentences, wanted, out, resources, index, derived)
    derived_acronyms(text, sentences, wanted, out, resources, index, extra, located, derived)
    country_branches(text, out, resources, index, demonyms)
    _people_and_places(text, sentences, wanted, out, resources, parses, index)
    _surnames(text, sentences, out, resources, index)
    _merger_groups(text, sentences, wanted, out)
    _context_groups(text, sentences, wanted, out, resources, index)
    return tuple(sorted(out.mentions, key=lambda m: (m.start, m.end)))


# A bracket opening right after a name: what follows glosses it ("Jabhatul Islamiya (Islamic
# Front)"), so it is no evidence of where the name belongs.
_GLOSS_OPEN = re.compile(r"\s*\(\s*")


def _abroad(resources: Resources, kb_id: str, here: frozenset[str] | set[str]) -> bool:
    """Whether a near spelling's KB entity belongs to none of the countries the document is set
    in (its nationality words and the countries of its plainly named KB entities): a name
    spelt alike in another country's conflict is another group. A document placed nowhere,
    or an entity of no country, decides nothing."""
    theirs = _countries(resources, {kb_id})
    return bool(here) and bool(theirs) and not theirs & set(here)


def _countries(resources: Resources, ids: set[str]) -> set[str]:
    found: set[str] = set()
    for entity_id in ids:
        entity = resources.kb.get(entity_id)
        if entity is not None:
            found.update(c for c in (entity.country, *entity.countries) if c)
    return found


def _supported(text: str, kb_hits: dict[int, list[AliasHit]], index: AliasIndex,
               resources: Resources, located: frozenset[str] = frozenset()
               ) -> dict[int, list[AliasHit]]:
    """Hits whose KB-ambiguous names ("regime", "Ahrar", "IS") have support in the document:
    the entity named plainly elsewhere, its country among the countries of plain names, or,
    for an acronym, group-like words around it ("declared war on IS") or its country named by
    a nationality word ("RAW ... the Indian state of Tamil Nadu"). An acronym its own words
    support lends its country to the others ("ASWJ signed an agreement with the TFG")."""
    if not index.ambiguous:
        return kb_hits
    plain = {i for hits in kb_hits.values() for h in hits for i in h.ids
             if (h.key, i) not in index.ambiguous}
    local = {h: _local_support(text, h) for hits in kb_hits.values() for h in hits}
    # Only an entity of one or two countries lends them: "the ISI" read as the Islamic State
    # (active in 40 countries) would support every ambiguous name ("Tigers").
    lenders = {h.ids[0] for h, ok in local.items() if ok and len(h.ids) == 1
               and len(_countries(resources, {h.ids[0]})) <= MAX_LENDER_COUNTRIES}
    countries = _countries(resources, plain | lenders)
    out: dict[int, list[AliasHit]] = {}
    for sentence, hits in kb_hits.items():
        kept = []
        for hit in hits:
            near = countries | located if hit.reason.startswith("acronym") else countries
            ids = tuple(i for i in hit.ids if (hit.key, i) not in index.ambiguous or i in plain
                        or local[hit] or _countries(resources, {i}) & near)
            if ids:
                kept.append(AliasHit(hit.start, hit.end, ids, hit.reason, hit.key))
        out[sentence] = kept
    return out


def _local_support(text: str, hit: AliasHit) -> bool:
    """Whether an acronym's own words make it a name (see ``acronym_in_context``); an English
    word in capitals ("RAW", "GAP", "MODEL") needs a group word beside it ("RAW operatives"),
    not just "the" ("the RAW footage")."""
    if not hit.reason.startswith("acronym"):
        return False
    surface = text[hit.start:hit.end]
    if len(surface) > SHORT_ACRONYM_LEN and is_english_word(surface):
        return has_group_cue(text, hit.start, hit.end)
    return _short_acronym_ok(text, hit, False)


def _led_group(resources: Resources, index: AliasIndex, cand: Candidate) -> str | None:
    """For "X's group"/"the faction of X" with X a KB person: the one group X leads in the KB."""
    if cand.reason != "discovered:named-after":
        return None
    person = re.split(r"['’]s\s|\s+of\s+", cand.name, maxsplit=1)
    name = person[0] if "'" in cand.name or "’" in cand.name else person[-1]
    groups: set[str] = set()
    for entity_id in index.candidates(name.strip()):
        entity = resources.kb.get(entity_id)
        if entity is not None and entity.type == "person":
            groups.update(link.target for link in entity.links if "lead" in link.type)
    return groups.pop() if len(groups) == 1 else None


def _province(text: str, hit: AliasHit, index: AliasIndex, limit: int) -> tuple[str, ...]:
    """The governorate a city name stands for in "Idlib province", "the province of Latakia",
    "Aleppo, Damascus and Idlib provinces" (when the KB has "<name> Governorate")."""
    if not (_ADMIN_AFTER.match(text, hit.end, limit)
            or _ADMIN_BEFORE.search(text, max(0, hit.start - 20), hit.start)):
        return ()
    surface = strip_possessive(text[hit.start:hit.end])
    return index.keys.get(normalize_name(surface + " Governorate"), ())


# A name that is a date ("17 November", the Greek group) is the date after a temporal word or
# before a year: "On 17 November, Israeli forces fired ...", "17 November 2002".
_DATE_NAME = re.compile(r"^(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})$")
_DATE_BEFORE = re.compile(r"\b(?:on|since|until|till|by|before|after|from|to|between|and|early|"
                          r"late|mid|of)\s+$", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"^,?\s*(?:1[89]|20)\d\d\b")


def _a_date(text: str, hit: AliasHit) -> bool:
    """Whether a KB name is used as the date it spells ("On 17 November, ...")."""
    surface = text[hit.start:hit.end]
    if not _DATE_NAME.match(surface) or not any(w.lower() in MONTHS for w in surface.split()):
        return False
    return bool(_DATE_BEFORE.search(text[max(0, hit.start - 12):hit.start])
                or _YEAR_AFTER.match(text[hit.end:hit.end + 8]))


# "anti-government forces" are the rebels: a prefix that turns a forces name into its
# opponents' is never the forces themselves ("pro-government forces" stay the government's side,
# as the coreference stage reads them).
_OPPOSING_PREFIX = re.compile(r"\banti[-\u2010\u2011]$", re.IGNORECASE)
FORCES_HEADS = frozenset({"forces", "force", "troops", "army", "military"})


def _opposed_forces(text: str, hit: AliasHit) -> bool:
    """Whether a forces name ("government forces") follows "anti-"."""
    words = text[hit.start:hit.end].split()
    return len(words) > 1 and words[-1].lower() in FORCES_HEADS and bool(
        _OPPOSING_PREFIX.search(text, max(0, hit.start - 6), hit.start))


def _not_a_place(text: str, hit: AliasHit) -> bool:
    """A place name inside a person's name ("Abu Abdelrahman Salqeen") or an outlet's
    ("Washington Post") is not the place."""
    return bool(_PERSON_BEFORE.search(text, max(0, hit.start - 40), hit.start)
                or _NOT_PLACE_AFTER.match(text, hit.end))


# A unit named with the group it belongs to: "the Jose Solano Sepulveda Front of the National
# Liberation Army" is the Front, of the NLA (the KB's name stays a mention of its own).
_UNIT_OF = re.compile(r"\s+of\s+(?:the\s+)?$")
UNIT_HEADS = frozenset({"front", "brigade", "brigades", "battalion", "battalions", "division",
                        "regiment", "column", "company", "unit", "wing", "cell", "bloc", "legion"})


def _unit_of_known(text: str, cand: Candidate, hits: list[AliasHit],
                   resources: Resources) -> Candidate | None:
    """The discovered name cut before "of (the) <KB group>" when what precedes ends in a unit
    head; None when what precedes has no organisational head at all ("commander Adnan Bakour
    of Liwa al-Tawhid": a person of the group, whose KB name must stand); else the name as
    discovered."""
    for hit in hits:
        if hit.end != cand.end or not cand.start < hit.start \
                or kb_type(resources, hit.ids[0]) not in ("armed_group", "coalition"):
            continue
        joint = _UNIT_OF.search(text, cand.start, hit.start)
        if joint is None:
            continue
        unit = text[cand.start:joint.start()]
        words = unit.split()
        if len(words) >= 2 and words[-1].lower() in UNIT_HEADS:
            return Candidate(cand.start, joint.start(), unit, cand.type, cand.reason)
        keys = normalize_name(unit).split()
        if not any(k in STRONG_HEADS or k in WEAK_HEADS or k in TRAILING_LOWER_HEADS
                   for k in keys):
            return None
    return cand


def _candidates(text: str, sentence: Sentence) -> list[Candidate]:
    """Discovered names in a sentence, longest first, cue-introduced ones preferred."""
    found = [*discover_intro(text, sentence.start, sentence.end),
             *discover_named_after(text, sentence.start, sentence.end),
             *discover_heads(text, sentence.start, sentence.end),
             *discover_defined(text, sentence.start, sentence.end),
             *discover_tribes(text, sentence.start, sentence.end),
             *discover_formed_bodies(text, sentence.start, sentence.end),
             *discover_formed_named(text, sentence.start, sentence.end)]
    trimmed = []
    for cand in found:  # "Jaysh al-Izza's fighters": the name ends before the possessive
        bare = strip_possessive(text[cand.start:cand.end])
        if len(bare) < cand.end - cand.start:
            cand = Candidate(cand.start, cand.start + len(bare), strip_possessive(cand.name),
                             cand.type, cand.reason)
        trimmed.append(cand)
    return sorted(trimmed, key=lambda c: (c.start, -(c.end - c.start)))


def _definitions(text: str, out: Collector, extra: dict[str, tuple[str, ...]]) -> None:
    """Acronyms and glosses written right after an actor name become document aliases."""
    for mention in list(out.mentions):
        if mention.label not in ACTOR_TYPES and mention.label != "coalition":
            continue
        found = definition_after(text, mention.end, min(len(text), mention.end + 100))
        if not found or mention.entity_id is None:
            continue
        kind, start, end, surface = found
        # "the Rwandan Patriotic Front (RPF)": a KB name whose initials the acronym spells
        # outweighs the KB's other reading of the acronym (Rohingya Patriotic Front). A name
        # the KB lacks does not: "Rally for Congolese Democracy (RCD)" is the KB's French-named
        # RCD, and "the Chief of Staff of the Supreme Military Council (SMC)" the KB's SMC.
        reasons = ("discovered", "acronym:kb", "acronym:short") if kind == "acronym" and \
            mention.entity_id.startswith("kb:") and initials_fit(
                surface, [w for w in re.findall(r"[\w'’-]+", mention.text)
                          if w.lower() not in CONNECTORS]) else ("discovered",)
        if not out.free(start, end) and not out.replace_discovered(start, end, reasons):
            continue
        ids = (mention.entity_id,)
        if kind == "acronym":
            extra.setdefault("=" + surface, ids)
            out.add(start, end, mention.label, mention.entity_id, "acronym:defined",
                    mention.sentence)
        else:
            extra.setdefault(normalize_name(surface), ids)
            out.add(start, end, mention.label, mention.entity_id, "gloss", mention.sentence)
    # An acronym the document defines means that name everywhere in it, also where the
    # alias pass read it as a KB acronym: "Ansar al-Shariah in Libya (ASL) ... ASL has sold".
    labels = {m.entity_id: m.label for m in out.mentions}
    for at, mention in enumerate(out.mentions):
        defined = extra.get("=" + strip_possessive(mention.text))
        if defined and mention.reason in ("acronym:kb", "acronym:short") \
                and mention.entity_id != defined[0] and defined[0].startswith("kb:"):
            out.mentions[at] = replace(mention, entity_id=defined[0], reason="acronym:defined",
                                       label=labels.get(defined[0], mention.label),
                                       score=SCORES["acronym:defined"])


def _second_pass(text: str, sentences: tuple[Sentence, ...], wanted: list[int], out: Collector,
                 extra: dict[str, tuple[str, ...]]) -> None:
    """Later (and earlier) uses of names, acronyms and glosses defined in this document."""
    if not extra:
        return
    empty = AliasIndex()
    labels = {m.entity_id: m.label for m in out.mentions}
    for i in wanted:
        for hit in find_aliases(text, sentences[i].start, sentences[i].end, empty, extra):
            if hit.reason == "discovered:repeat" and _LOCATIVE_BEFORE.search(
                    text, max(0, hit.start - 16), hit.start):
                continue  # "the town of Ras Kamboni": the place the group is named after
            if out.free(hit.start, hit.end):
                out.add(hit.start, hit.end, labels.get(hit.ids[0], "armed_group"), hit.ids[0],
                        hit.reason, i)


def _merger_groups(text: str, sentences: tuple[Sentence, ...], wanted: list[int],
                   out: Collector) -> None:
    """Names listed with a known group as the parties of a merger are groups (see
    ``mergers``): a name no pass found is added, a person the model named and the KB does
    not know becomes a group in every mention."""
    for i in wanted:
        for party in merger_parties(text, sentences[i].start, sentences[i].end, out.mentions):
            if party.mention is None:
                if out.free(party.start, party.end):
                    name = text[party.start:party.end]
                    out.add(party.start, party.end, "armed_group",
                            out.new_id(name, "armed_group"), MERGER_REASON, i)
                continue
            person = party.mention.entity_id
            for at, mention in enumerate(out.mentions):
                if mention.entity_id == person and mention.label == "person":
                    out.mentions[at] = replace(mention, label="armed_group", reason=MERGER_REASON,
                                               score=SCORES[MERGER_REASON])


def _context_groups(text: str, sentences: tuple[Sentence, ...], wanted: list[int],
                    out: Collector, resources: Resources, index: AliasIndex) -> None:
    """Names made groups by a coordinated group or a group-relation cue (run last)."""
    by_sentence: dict[int, list[Mention]] = {}
    for mention in out.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    defined: dict[str, tuple[str, ...]] = {}
    for i in wanted:
        here = by_sentence.get(i, [])
        groups = [(m.start, m.end) for m in here if m.label in ACTOR_TYPES and m.label != "state"]
        taken = [(m.start, m.end) for m in here]
        for cand in discover_by_context(text, sentences[i].start, sentences[i].end, groups, taken):
            if not out.free(cand.start, cand.end):
                continue
            kb_id = _fuzzy(index, cand.name)
            if kb_id:
                out.add(cand.start, cand.end, kb_type(resources, kb_id), kb_id, "fuzzy", i)
                continue
            entity_id = out.new_id(cand.name, cand.type)
            out.add(cand.start, cand.end, cand.type, entity_id, cand.reason, i)
            found = definition_after(text, cand.end, sentences[i].end)
            if cand.type == "armed_group" and found and found[0] == "acronym" \
                    and out.free(found[1], found[2]) and not index.candidates(found[3]):
                # "Let's Take Action (CA)": the acronym the document gives the name, here and
                # in later uses (not one the KB holds)
                out.add(found[1], found[2], cand.type, entity_id, "acronym:defined", i)
                defined.setdefault("=" + found[3], (entity_id,))
    _second_pass(text, sentences, wanted, out, defined)


# A capitalised word right before or after a place name may make it part of a person's name.
_CAPITAL_AFTER = re.compile(r"^[\s-]+(?:(?:al|el|bin|ibn)[\s-]+)?[A-Z]")


# A name followed by these is a tribe or clan, not a person.
_TRIBE_AFTER = re.compile(r"\s+(?:tribe|tribes|clan|tribal\s+confederation|confederation)\b")
# Words a person span needs before its near spelling of a KB group name is taken as the group:
# two-word names ("Abu Omar") are too often both a person and part of a group name.
FUZZY_GROUP_MIN_WORDS = 3
# A number closing a quoted nom de guerre: ""Abu Hassan 600"".
_NOM_DE_GUERRE_NUMBER = re.compile(r"\s\d{1,4}(?=[\"”’'])")
# What only people do right after their name, and a role a name is apposed to: an unknown
# name the model calls a place is a person there.
_HUMAN_VERB_AFTER = re.compile(
    r"\s+(?:(?:did|does|has|had|have|also|then|later)\s+(?:not\s+)?)?(?:said|says|told|agreed|"
    r"agree|criticized|criticised|denied|accused|vowed|claimed|announced|argued|insisted|wrote|"
    r"warned|resigned|defected|pledged|swore|admitted|refused)\b")
_ROLE_BEFORE = re.compile(r"\b(?:chairman|leader|commander|founder|co-founder|chief|head|"
                          r"spokesman|emir|deputy|member)\s+of\s+(?:the\s+)?[A-Z][^,.;]{0,60},\s*$")


def _may_be_in_a_name(text: str, start: int, end: int) -> bool:
    """Whether a place mention touches another capitalised word (then NER must see it)."""
    return bool(CAPITAL_BEFORE.search(text[max(0, start - 40):start])
                or _CAPITAL_AFTER.match(text[end:end + 40]))


# The word right after a KB person's name that may be the rest of it: one capitalised word.
_NEXT_NAME_WORD = re.compile(r" ([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?![\w'’-])")


def _surnames(text: str, sentences: tuple[Sentence, ...], out: Collector, resources: Resources,
              index: AliasIndex) -> None:
    """A KB person named by part of his name ("Isnilon" of "Isnilon Hapilon", which the model
    missed) takes the capitalised word right after it as the rest of the name, when that word is
    nothing known: no KB or found name, no calendar word or sentence opener, no common word.
    Only an unknown word: FA-KES texts lose their commas, so "Assad Putin and Erdogan" stays
    two known people."""
    common = resources.derived("common_words", lambda r: common_words())
    for mention in list(out.mentions):
        if mention.label != "person" or mention.entity_id is None or mention.reason.startswith("ner"):
            continue
        word = _NEXT_NAME_WORD.match(text, mention.end, sentences[mention.sentence].end)
        if word is None or not out.free(word.start(1), word.end(1)):
            continue
        surname = word.group(1)
        if surname.lower() in OPENERS or normalize_name(surname) in common \
                or index.candidates(surname) or normalize_name(surname) in out.new_ids:
            continue
        out.mentions.remove(mention)
        out.taken.remove((mention.start, mention.end))
        out.add(mention.start, word.end(1), "person", mention.entity_id, mention.reason,
                mention.sentence, score=mention.score)


def _people_and_places(text: str, sentences: tuple[Sentence, ...], wanted: list[int],
                       out: Collector, resources: Resources, parses: ParseCache,
                       index: AliasIndex) -> None:
    """PERSON/GPE/LOC spans of the model on sentences worth it, linked to the KB or new."""
    if not parses.available or resources.nlp is None:
        return
    common = resources.derived("common_words", lambda r: common_words())
    taken: dict[int, list[tuple[int, int]]] = {}
    for mention in out.mentions:
        if mention.label == "place" and _may_be_in_a_name(text, mention.start, mention.end):
            continue  # a place name may be part of a person's ("Ahmad al-Nemeh"): let NER see it
        base = sentences[mention.sentence].start
        taken.setdefault(mention.sentence, []).append((mention.start - base, mention.end - base))
    chosen = chosen_sentences(((i, text[sentences[i].start:sentences[i].end], taken.get(i, []))
                               for i in wanted), common)
    starts = {i: sentences[i].start for i in chosen}
    for start, end, kind, i in ner_spans(resources.nlp, chosen, starts):
        # A person's full name holding a KB short name or a place ("Abu Khaled", "Abu
        # Abdelrahman Salqeen") is the person; the model's longer span wins.
        if not out.free(start, end) and not (kind == "person" and out.remove_inside(
                start, end, PERSON_OVERRIDABLE)):
            continue
        surface = strip_possessive(text[start:end])
        end = start + len(surface)
        numbered = _NOM_DE_GUERRE_NUMBER.match(text, end) if kind == "person" else None
        if numbered and out.free(start, numbered.end()):  # "Abu Hassan 600": the number is his name's
            end, surface = numbered.end(), text[start:numbered.end()]
        wanted_types = ("person",) if kind == "person" else ("place", "state")
        ids = [x for x in index.candidates(surface) if kb_type(resources, x) in wanted_types]
        if kind == "place" and len(ids) > 1:
            ids = [x for x in ids if kb_type(resources, x) == "place"] or ids
        if kind == "place" and not ids and not _LOCATIVE_BEFORE.search(text, max(0, start - 12), start) \
                and (_HUMAN_VERB_AFTER.match(text, end) or _ROLE_BEFORE.search(text, max(0, start - 80), start)):
            # ("Activists in Deir Ezzor said": a place after "in" stays a place)
            # the model calls an unknown one-word name a place; a place does not say or
            # leave, nor is it "the ex-chairman of the LTTE, Mukundan"
            kind, wanted_types = "person", ("person",)
        reason = f"ner:{kind}"
        if kind == "person" and _TRIBE_AFTER.match(text, end):
            # "the Shammar tribe": a tribe, an actor of its own, not a person
            kind, ids = "other", [x for x in index.candidates(surface)
                                  if kb_type(resources, x) not in ("person", "place")]
        if not ids and kind == "person" and len(surface.split()) >= FUZZY_GROUP_MIN_WORDS:
            # The model calls a misspelt group a person ("Asai'ib Ahl al-Haqq"); a near
            # spelling of a KB group name of three words or more is that group.
            kb_id = _fuzzy(index, surface)
            if kb_id and kb_type(resources, kb_id) in ACTOR_TYPES:
                out.add(start, end, kb_type(resources, kb_id), kb_id, "fuzzy", i)
                continue
        if len(ids) == 1:
            out.add(start, end, kind, ids[0], reason, i)
        elif ids:
            out.add(start, end, kind, None, reason, i)
        else:
            out.add(start, end, kind, out.new_id(surface, kind), reason, i)
