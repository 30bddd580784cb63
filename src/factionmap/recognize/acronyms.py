"""Acronyms a text uses without defining them, read off the KB's own names.

Analysts write "AI declared war on IS" or "ART and LeT are affiliates" without ever spelling
out Ansar al-Islam or Al Rashid Trust. When the KB holds no such acronym, the token is
matched against the initials of KB actor names (content words only: "Ansar al-Islam" -> AI,
"Sipah-e-Sahaba Pakistan" -> SSP, and, keeping a leading article, "Al Rashid Trust" -> ART).
A reading is accepted only when it is unique after the document's context has spoken (a
co-mentioned actor of the same country, or one the KB links to the candidate), never for an
English word in capitals, and two-letter tokens always need that context.

The index is built once per ``Resources`` (``resources.derived("derived_acronyms", ...)``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from factionmap.kb.hygiene import plain_common_words
from factionmap.kb.model import KBEntity, KnowledgeBase
from factionmap.kb.normalize import APOSTROPHES, normalize_name
from factionmap.recognize.rules import ACRONYM_CONTEXT_WORDS

# Actor types whose names are read for acronyms (places and people are never abbreviated so).
# Armed groups and coalitions only: state forces and civil bodies have their acronyms in the
# KB, and deriving more for them ("Russian Air Force" -> RAF) misreads news prose.
ACRONYM_TYPES = frozenset({"armed_group", "coalition"})
# Joiners that mark a transliterated name ("Ansar al-Islam", "Jamaat-ul-Ahrar"): writers
# abbreviate those, but seldom an English translation ("Army of Aleppo", "Popular
# Mobilization Committee"), so aliases are read only when they hold one.
TRANSLITERATION_JOINERS = frozenset({"al", "el", "ul", "ud", "e", "i", "wal", "wa", "bin", "ibn",
                                     "ad", "an", "ar", "as", "ash", "at", "az"})
# Words an acronym skips: Arabic articles and joiners (al-, wal, e/i/ul/ud of Urdu compounds),
# English and Romance function words ("Army of Islam" -> AI, "Partido de los Pobres" -> PP).
SKIPPED_WORDS = frozenset({
    "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "wa", "wal", "wl", "e", "i",
    "ul", "ud", "ut", "us", "ur", "fi", "li", "bi", "min", "bin", "ibn", "of", "the", "and",
    "for", "in", "on", "to", "a", "de", "del", "des", "du", "la", "le", "les", "los", "las",
    "y", "et", "di", "da", "do", "dos", "&",
})
# Leading Arabic articles a writer may keep as the first letter: "Al Rashid Trust" -> ART,
# "al-Qaeda in Yemen" -> AQY ("Ansar al-Islam" still gives AI: only a leading article counts).
LEADING_ARTICLES = frozenset({"al", "el"})
# Lower-case joiners of South Asian names that writers keep in the acronym: "Lashkar-e-Taiba"
# -> LeT, "Hizb-ul-Mujahideen" -> HuM, "Jaish-e-Mohammed" -> JeM.
KEPT_JOINERS = {"e": "e", "i": "i", "ul": "u", "ud": "u"}
# Longest acronym derived: longer initials are never written as one word.
MAX_DERIVED_LETTERS = 7
# Fewest content words: a one-word name has no acronym worth matching.
MIN_CONTENT_WORDS = 2
_WORD = re.compile(r"[^\W_]+(?:[" + APOSTROPHES + r"][^\W_]+)*")
_PARENS = re.compile(r"\([^)]*\)")


def _parts(name: str) -> list[str]:
    """The words of a name, hyphenated compounds split ("Sipah-e-Sahaba" -> 3 words)."""
    return _WORD.findall(_PARENS.sub(" ", name))


def derive_acronyms(name: str) -> frozenset[str]:
    """The acronyms a writer may form from ``name``: initials of its content words, with a
    leading article kept or not, and with Urdu joiners kept in lower case when hyphenated."""
    words = _parts(name)
    content = [w for w in words if w.lower() not in SKIPPED_WORDS and not w[0].isdigit()]
    if len(content) < MIN_CONTENT_WORDS or any(w.isupper() and len(w) > 1 for w in content):
        return frozenset()  # "FSA Northern Division": a name holding an acronym is not spelled out
    if not all(w[0].isupper() for w in content):
        return frozenset()  # "Russian troops" is a description, never abbreviated "RT"
    plain = "".join(w[0].upper() for w in content)
    found = {plain}
    if words and words[0].lower() in LEADING_ARTICLES:
        found.add(words[0][0].upper() + plain)
    if re.search(r"[-‐‑](?:e|i|ul|ud)[-‐‑]", name, re.IGNORECASE):
        mixed = "".join(KEPT_JOINERS[w.lower()] if w.lower() in KEPT_JOINERS else w[0].upper()
                        for w in words if w.lower() in KEPT_JOINERS
                        or (w.lower() not in SKIPPED_WORDS and not w[0].isdigit()))
        found.add(mixed)
    # Two letters only from a name without a leading article: "Ansar al-Islam" is written
    # AI, but "al-Qaeda in Yemen" never QY (nor "Al Rashid Trust" RT, a TV channel).
    shortest = 3 if words and words[0].lower() in LEADING_ARTICLES else 2
    return frozenset(a for a in found if shortest <= len(a) <= MAX_DERIVED_LETTERS)


def _transliterated(name: str) -> bool:
    return any(w.lower() in TRANSLITERATION_JOINERS for w in _parts(name))


def _names(entity: KBEntity, states: frozenset[str]) -> list[str]:
    """Full names of an entity worth abbreviating: the canonical name and the plain
    transliterated aliases of two words or more (ambiguous aliases, acronyms and English
    translations left out), never a country's forces ("Malawi Army" is not written "MA")."""
    names = [entity.name, *(a.name for a in entity.aliases
                            if not a.ambiguous and a.kind not in ("acronym", "abbrev")
                            and _transliterated(a.name))]
    out = []
    for name in names:
        words = [w for w in _parts(name) if w.lower() not in SKIPPED_WORDS]
        if len(words) >= MIN_CONTENT_WORDS and normalize_name(words[0]) not in states:
            out.append(name)
    return out


@dataclass(frozen=True, slots=True)
class DerivedAcronyms:
    """Derived acronym surface -> KB ids whose names abbreviate to it."""

    ids: dict[str, tuple[str, ...]]

    def get(self, surface: str) -> tuple[str, ...]:
        """KB ids ``surface`` may abbreviate (empty when none)."""
        return self.ids.get(surface, ())


def build_derived_acronyms(kb: KnowledgeBase, known: frozenset[str] = frozenset()
                           ) -> DerivedAcronyms:
    """Every acronym derivable from KB actor names, less the surfaces in ``known`` (the KB's
    own acronym aliases, which the alias pass matches first)."""
    out: dict[str, list[str]] = defaultdict(list)
    states = frozenset(normalize_name(n) for e in kb if e.type == "state" for n in e.all_names())
    for entity in kb:
        if entity.type not in ACRONYM_TYPES:
            continue
        for name in _names(entity, states):
            for acronym in derive_acronyms(name):
                if acronym not in known and entity.id not in out[acronym]:
                    out[acronym].append(entity.id)
    return DerivedAcronyms({k: tuple(v) for k, v in out.items()})


# An undefined acronym in running text: capitals (one lower-case joiner letter allowed, as in
# "LeT"), possibly with a plural or a possessive whose apostrophe was lost ("AIs", "AQs").
_TOKEN = re.compile(r"(?<![\w\-‐‑.])(?P<acr>[A-Z](?:[A-Z]|[a-z](?=[A-Z])){1,6})"
                    r"(?P<tail>s\b|[" + APOSTROPHES + r"]s\b|[" + APOSTROPHES + r"](?!\w))?"
                    r"(?![\w])")
# Hyphenated participles that may follow an acronym without making it another word: "AQ-allied".
_PARTICIPLE = re.compile(r"[-‐‑](?:led|backed|linked|allied|affiliated|associated|aligned|"
                         r"based|held|controlled|run|funded|supported|sponsored|inspired)\b")


def acronym_tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Acronym-like tokens of ``text[start:end]`` as (start, end, surface), the span without
    a plural or possessive ending ("AIs" -> "AI")."""
    found = []
    for match in _TOKEN.finditer(text, start, end):
        after = text[match.end():match.end() + 1]
        if after in "-‐‑" and after and not _PARTICIPLE.match(text, match.end()):
            continue  # "AK-47", "AQ-Syria": a compound, not the acronym alone
        surface = match.group("acr")
        if sum(c.isupper() for c in surface) < 2:
            continue
        found.append((match.start("acr"), match.end("acr"), surface))
    return found


def is_english_word(surface: str) -> bool:
    """Whether an all-capitals token is an English word ("IT", "WAR", "RAW")."""
    return surface.lower() in plain_common_words()


# Abbreviations of news prose that name no armed group (outlets, units, weapons, times,
# currencies, international bodies and companies the KB may lack an acronym for): never
# read as a group's initials even when some KB name happens to abbreviate to them.
NOT_GROUP_ACRONYMS = frozenset(
    "TV AFP BBC CNN RT AP UPI PM AM GMT UTC ID HQ MP MPs NGO NGOs CEO VIP OK PR IED IEDs VBIED "
    "RPG RPGs ATGM SAM GPS SMS PDF URL FAQ DVD CD PHOTO VIDEO UPDATE BREAKING EXCLUSIVE NEWS "
    "AK WIA MIA POW POWs AA AAA CW BW WMD GI GIs SS LS SYP USD GDP EU UN NATO UK USA UAE IMF "
    "WB WHO ICRC UNHCR OPCW UNSC BP GE HP IBM".split())
# Words next to a token that make it an actor ("AQKB militants", "JI operative", "AIs top
# leaders"): a unique three-letter reading needs one of them when no context decides.
GROUP_CUES = frozenset({
    "militants", "fighters", "members", "member", "leader", "leaders", "leadership",
    "operatives", "operative", "commander", "commanders", "spokesman", "founder", "cells",
    "forces", "group", "faction", "affiliates", "troops", "units", "top", "emir", "chief",
})
_CUE_WINDOW = 25  # characters looked at on each side of the token for a cue word


def has_group_cue(text: str, start: int, end: int) -> bool:
    """Whether a group word or a hyphenated participle stands right next to the token."""
    if _PARTICIPLE.match(text, end) or text[end:end + 1] in ("s", "'", "’"):
        return True  # "AQ-allied", "AIs top leaders", "ABM's declaration"
    before = re.findall(r"[\w']+", text[max(0, start - _CUE_WINDOW):start])[-1:]
    after = re.findall(r"[\w']+", text[end:end + _CUE_WINDOW])[:1]
    return any(w.lower() in GROUP_CUES for w in (*before, *after))


def acronym_in_context(text: str, start: int, end: int) -> bool:
    """Words around a short acronym that make it a name in the sentence: a group word or
    participle ("IS fighters", "AQ-allied"), a preposition or verb next to it ("declared war
    on IS", "against the FSA", "HN has fought"), a possessive ("the FSA's")."""
    if has_group_cue(text, start, end):
        return True
    before = re.findall(r"[\w']+", text[max(0, start - _CUE_WINDOW):start])[-1:]
    after = re.findall(r"[\w']+", text[end:end + _CUE_WINDOW])[:1]
    return text[end:end + 2] in ("'s", "’s") or any(
        w.lower() in ACRONYM_CONTEXT_WORDS for w in (*before, *after))


# A number before a short token makes it a unit or an era ("1750 BC", "4 RC drones"); a
# parenthesis after it, a term being spelled out ("CW (chemical weapons)").
_NUMBER_BEFORE = re.compile(r"\d(?:[\d,.]*\d)?\s+$")
# "On August 29, 2014, AI officially merged": an introductory date, then the subject.
_INTRODUCTORY_DATE = re.compile(r"\b(?:1[89]\d\d|20\d\d),$")
_NUMBER_AFTER = re.compile(r"\s*\d")  # "a fine of LS 5,000,000": a currency or a unit
_GLOSS_AFTER = re.compile(r"\s*\((?!and\b|or\b|the\b)[a-z]")


def group_position(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether an undefined acronym stands where a group name stands: opening the sentence or
    a clause ("AI claimed responsibility"), set off as an apposition ("its new affiliate in
    Iraqi Kurdistan, AQKB, ..."), or with the words of ``acronym_in_context`` around it; never
    after a number or before a lower-case gloss."""
    if _NUMBER_BEFORE.search(text, max(0, start - 12), start) or _GLOSS_AFTER.match(text, end) \
            or _NUMBER_AFTER.match(text, end):
        return False
    before = text[sentence_start:start].rstrip()
    # ", AQKB," is an apposition; "(EW)" after lower-case words spells out a term
    # ("electronic warfare (EW)"), and "SPC." is a rank.
    apposition = before.endswith(",") and text[end:end + 1] in (",", ";") or (
        before.endswith("(") and text[end:end + 1] == ")"
        and re.search(r"[A-Z][\w'’-]*\s*\($", before) is not None)
    return not before or before.endswith((";", ":")) or apposition \
        or _INTRODUCTORY_DATE.search(before) is not None or acronym_in_context(text, start, end)


def _countries_of(entity: KBEntity | None) -> set[str]:
    if entity is None:
        return set()
    return {c for c in (entity.country, *entity.countries) if c}


def _linked(entity: KBEntity, context: set[str], kb: KnowledgeBase) -> bool:
    if any(link.target in context for link in entity.links):
        return True
    return any(link.target == entity.id for other in context
               for link in (kb.get(other).links if kb.get(other) else ()))


# How much context a reading needs to win over the others: one specific clue (a place, a
# one-country actor, a KB link) is 1.0; an actor active in n countries lends 1/n per shared
# country ("Islamic State", active in 40 countries, speaks for none of them). Set by hand on
# the Mapping Militants descriptions: "HN ... IS ... Iraq and Syria" picks Harakat al-Nujaba,
# "JAT ... the Islamic State" picks nothing.
MIN_CONTEXT = 0.5
MIN_CONTEXT_TWO_LETTERS = 1.0
MIN_UNIQUE = 0.25  # the only reading needs a quarter clue (an actor of four countries)
MIN_MARGIN = 0.5


# A document naming many countries (a long survey article) makes each country clue weak:
# up to this many distinct countries a clue counts whole, beyond it proportionally less.
BREADTH_FREE = 3


def _breadth_scale(context: set[str], located: frozenset[str], kb: KnowledgeBase) -> float:
    primary = {e.country for e in (kb.get(c) for c in context) if e is not None and e.country}
    breadth = len(primary | located)
    return min(1.0, BREADTH_FREE / breadth) if breadth else 1.0


def _support(entity: KBEntity, context: set[str], located: frozenset[str],
             kb: KnowledgeBase, scale: float = 1.0) -> float:
    own = _countries_of(entity)
    points = float(len(own & located))
    for other_id in context:
        theirs = _countries_of(kb.get(other_id))
        if own & theirs:
            points += 1.0 / len(theirs)
    return float(_linked(entity, context, kb)) + points * scale


def choose_derived(surface: str, ids: tuple[str, ...], kb: KnowledgeBase, context: set[str],
                   cued: bool, located: frozenset[str] = frozenset()
                   ) -> tuple[str | None, bool]:
    """The KB id an undefined acronym stands for, and whether the document's context decided.

    ``context`` holds the KB ids already recognised in the document, ``located`` the
    countries its nationality words name ("Pakistani soil"). A reading named in the document
    wins outright. Otherwise each candidate is scored by its KB links to the context and the
    countries it shares with it (``_support``); the best wins by ``MIN_MARGIN`` with at least
    ``MIN_CONTEXT``. Without enough context only a unique reading is taken: of four letters
    and more, or of three with a group word beside it and no place named against it.
    English words and prose abbreviations never are.
    """
    if not ids or is_english_word(surface) or surface in NOT_GROUP_ACRONYMS:
        return None, False
    named = [i for i in ids if i in context]
    if len(named) == 1:
        return named[0], True  # "Ansar al-Islam ... AI": the reading named in the document
    context = context - set(ids)
    scale = _breadth_scale(context, located, kb)
    scored = sorted(((_support(kb.get(i), context, located, kb, scale), i) for i in ids
                     if kb.get(i) is not None), reverse=True)
    if not scored:
        return None, False
    best = scored[0][0]
    second = scored[1][0] if len(scored) > 1 else 0.0
    letters = sum(c.isupper() for c in surface)
    # Two letters collide most: their winner needs a whole specific clue, not half of one.
    enough = MIN_CONTEXT_TWO_LETTERS if letters <= 2 else MIN_CONTEXT
    if best >= enough and best - second >= MIN_MARGIN or len(scored) == 1 and best >= MIN_UNIQUE:
        return scored[0][1], True  # the clear favourite, or the only reading with support
    if len(scored) == 1 and letters >= 4:
        return scored[0][1], False  # "LIFG", "AQKB": four initials rarely collide
    if len(scored) == 1 and letters == 3 and cued:
        # Places and states named in the document must not contradict a three-letter
        # reading: "NAR members killed a TP leader in Rome" is no Armenian group.
        places = set().union(*(_countries_of(kb.get(c)) for c in context
                               if kb.get(c) is not None and kb.get(c).type in ("place", "state")))
        own = _countries_of(kb.get(scored[0][1]))
        if not (places and own and not own & places):
            return scored[0][1], False
    return None, False
