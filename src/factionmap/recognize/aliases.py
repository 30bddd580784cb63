"""The alias pass: every KB name and alias found in a sentence by normalised n-gram lookup.

The index is built once per ``Resources`` (``resources.derived("alias_index", ...)``): a dict
from normalised key to KB ids, plus, per first token, the n-gram lengths worth trying, so a
sentence costs one dict probe per token and candidate length. Acronyms are matched apart, in
the text's exact case ("IS", never "is").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from factionmap.kb.hygiene import common_words
from factionmap.kb.model import KnowledgeBase
from factionmap.kb.normalize import (
    APOSTROPHES,
    normalize_name,
    normalize_token,
    tokens_with_offsets,
)
from factionmap.recognize.rules import OPENERS

# An alias is an acronym when it is one short word of mostly capitals (dots aside): "ISIS",
# "HTS", "JaF", "YPG", "I.S."; "Al-Qaeda" (two capitals of seven letters) is a name.
ACRONYM_MAX_LETTERS = 7
# What may stand between two tokens of one name: spaces, hyphens, apostrophes and the
# dropped articles; punctuation such as "," or "(" ends a name.
_GAP = re.compile(r"^[\s\-‐‑–" + APOSTROPHES + r"]*(?:[A-Za-z]{1,3}[\s\-‐‑–]+)*$")
# After a single letter, a dot (and a hyphen) is a dotted acronym inside a name, not an end:
# "U.S.-led coalition", "U.N. Security Council".
_DOT_GAP = re.compile(r"^\.[\s\-‐‑–]?$")
# The Arabic article glued before a matched name belongs to its span: "al-Nusra".
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:[Aa][lnrstdz]|[Aa]sh|[Aa]dh|[Ee][lnsdz]|[Ee]sh)[-‐‑])$"
                             r"|(?:\b(?:[Aa]l|AL|[Ee]l)\s)$")
# A dotted acronym in the text: "U.S.", "U.N.", "I.S." (final dot optional).
_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}(?:[A-Z]\b)?")
# English heads a name may drop: "the Farouq" for "Farouq Brigades".
_ENGLISH_HEAD_KEYS = frozenset(normalize_name(w) for w in (
    "brigade brigades battalion battalions division front army movement legion regiment "
    "network").split())
# The first word of an alias that is not an article ("al-Nusra" -> "Nusra").
_FIRST_WORD = re.compile(r"(?<![\w'’])(?!(?:al|el|a[dnrstz]|ash|the)\b)[^\W\d_]+", re.IGNORECASE)
# Single-word aliases that are ordinary English words in lower case are never matched alone:
# the KB may hold "Islam", "State" or "Hope" as someone's short name.
COMMON_SINGLE_WORDS = frozenset(normalize_name(w) for w in (
    "state army front group islam islamic brigade movement union council forces government "
    "people nation party hope dawn unity victory glory martyrs free liberation revolution "
    "resistance jihad"
).split())


# What makes a lower-case one-word state name the state in blog and comment text: "turkey
# started shelling Kurdish YPG fighters", "russia bombed the rebels". A military act right
# after it; "turkey" the bird or the meal never shells, bombs, invades or backs anyone.
STATE_ACTS_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|is|was|also|then|again|already|now|started|began|continued|"
    r"keeps|kept)\s+){0,2}(?:shell(?:s|ed|ing)?|bomb(?:s|ed|ing)?|attack(?:s|ed|ing)?|"
    r"struck|strik(?:es|ing)|invad(?:e|es|ed|ing)|target(?:s|ed|ing)|back(?:s|ed|ing)|"
    r"support(?:s|ed|ing)|deploy(?:s|ed|ing))\b")


def COMMON_KEYS() -> frozenset[str]:  # noqa: N802 - reads as the constant it caches
    """Normalised common English words (the KB's list), loaded once."""
    return common_words()


def is_acronym(name: str, kind: str = "name") -> bool:
    """Whether an alias is to be matched as an acronym (exact case, one word)."""
    word = name.strip()
    if " " in word:
        return False
    if kind in ("acronym", "abbrev"):
        return True
    letters = [c for c in word if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return 2 <= len(letters) <= ACRONYM_MAX_LETTERS and capitals >= 2 \
        and capitals * 2 >= len(letters) and word.replace(".", "").isalnum()


@dataclass(slots=True)
class AliasIndex:
    """Normalised KB names to ids, acronyms by exact surface, surfaces for exact-match checks."""

    keys: dict[str, tuple[str, ...]] = field(default_factory=dict)
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    acronyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    surfaces: dict[str, frozenset[str]] = field(default_factory=dict)
    by_head: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Keys whose KB alias is written in lower case ("regime forces"): matched uncapitalised.
    lower_ok: frozenset[str] = frozenset()
    # A KB name less its trailing English head ("farouq" for "Farouq Brigades"), when only
    # one entity has it: a discovered bare name links there.
    headless: dict[str, str] = field(default_factory=dict)
    # (key or acronym surface, id) pairs the KB marks ambiguous: they need context support.
    ambiguous: frozenset[tuple[str, str]] = frozenset()
    # One-word canonical names of states ("turkey"): matched in lower case only as the subject
    # of a military act (STATE_ACTS_AFTER).
    state_keys: frozenset[str] = frozenset()

    def candidates(self, text: str) -> tuple[str, ...]:
        """KB ids a surface can mean (acronym surfaces first, then the normalised key)."""
        stripped = strip_possessive(text)
        if stripped in self.acronyms:
            return self.acronyms[stripped]
        found = self.keys.get(normalize_name(text), ())
        if not found and text.endswith("s"):  # "Syrias": a possessive that lost its apostrophe
            found = self.keys.get(normalize_name(text[:-1]), ())
        return found


def strip_possessive(text: str) -> str:
    """``text`` without a trailing possessive ("IS's" -> "IS")."""
    if len(text) > 2 and text[-2] in APOSTROPHES and text[-1] in "sS":
        return text[:-2]
    if text and text[-1] in APOSTROPHES:
        return text[:-1]
    return text


def build_alias_index(kb: KnowledgeBase) -> AliasIndex:
    """Index every name and alias of the KB (run once per Resources)."""
    keys: dict[str, list[str]] = defaultdict(list)
    acronyms: dict[str, list[str]] = defaultdict(list)
    surfaces: dict[str, set[str]] = defaultdict(set)
    lower_ok: set[str] = set()
    ambiguous: set[tuple[str, str]] = set()
    plain: set[tuple[str, str]] = set()  # a plain name with the same key lifts the doubt
    state_keys: set[str] = set()
    for entity in kb:
        if entity.type == "state" and " " not in normalize_name(entity.name):
            state_keys.add(normalize_name(entity.name))
        names = [(entity.name, "name", False),
                 *((a.name, a.kind, getattr(a, "ambiguous", False)) for a in entity.aliases)]
        for name, kind, vague in names:
            if is_acronym(name, kind):
                surface = name.replace(".", "") if name.count(".") >= 2 else name
                if entity.id not in acronyms[surface]:
                    acronyms[surface].append(entity.id)
                (ambiguous if vague else plain).add((surface, entity.id))
                continue
            key = normalize_name(name)
            if not key or (" " not in key and key in COMMON_SINGLE_WORDS):
                continue
            if entity.id not in keys[key]:
                keys[key].append(entity.id)
            surfaces[key].add(name.casefold())
            (ambiguous if vague else plain).add((key, entity.id))
            first = _FIRST_WORD.search(name)
            if first and first.group(0)[:1].islower():
                lower_ok.add(key)
    lengths: dict[str, set[int]] = defaultdict(set)
    by_head: dict[str, list[str]] = defaultdict(list)
    headless: dict[str, set[str]] = defaultdict(set)
    for key, ids in keys.items():
        parts = key.split(" ")
        if len(parts) > 1 and parts[-1] in _ENGLISH_HEAD_KEYS:
            headless[" ".join(parts[:-1])].update(ids)
    for key in keys:
        parts = key.split(" ")
        lengths[parts[0]].add(len(parts))
        by_head[parts[0]].append(key)
        if len(parts) > 1:  # fuzzy pools by first and by last word ("Syria Democratic Forces")
            by_head["$" + parts[-1]].append(key)
    return AliasIndex(
        keys={k: tuple(v) for k, v in keys.items()},
        lengths={k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()},
        acronyms={k: tuple(v) for k, v in acronyms.items()},
        surfaces={k: frozenset(v) for k, v in surfaces.items()},
        by_head={k: tuple(v) for k, v in by_head.items()},
        lower_ok=frozenset(lower_ok),
        headless={k: next(iter(v)) for k, v in headless.items() if len(v) == 1 and k not in keys},
        ambiguous=frozenset(ambiguous - plain),
        state_keys=frozenset(state_keys),
    )


@dataclass(frozen=True, slots=True)
class AliasHit:
    """One match in a sentence: document offsets, KB candidates and how it matched."""

    start: int
    end: int
    ids: tuple[str, ...]
    reason: str
    key: str = ""  # the normalised key (or acronym surface) that matched


def _extend_article(text: str, start: int) -> int:
    match = _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
    return match.start() if match else start


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def find_aliases(text: str, start: int, end: int, index: AliasIndex,
                 extra: dict[str, tuple[str, ...]] | None = None) -> list[AliasHit]:
    """Longest non-overlapping alias matches in ``text[start:end]`` (one sentence).

    ``extra`` maps further normalised keys (names defined in this document) to ids.
    """
    segment = text[start:end]
    tokens = tokens_with_offsets(segment)
    norms = [t[2] for t in tokens]
    hits: list[AliasHit] = []
    dotted = {m.start(): m for m in _DOTTED.finditer(segment)}
    i = 0
    while i < len(tokens):
        # A KB name that starts with an acronym and runs past it wins over the acronym alone:
        # "US-led coalition", "U.S.-led coalition" are the coalition, not the United States.
        named = _name_at(segment, tokens, norms, i, index, extra)
        acronym_end = dotted[tokens[i][0]].end() if tokens[i][0] in dotted else tokens[i][1]
        longer = named is not None and tokens[i + named[0] - 1][1] > acronym_end
        if not longer and tokens[i][0] in dotted:  # "U.S.", "U.N.": a dotted acronym spans several tokens
            match = dotted[tokens[i][0]]
            ids = index.acronyms.get(match.group(0).replace(".", ""))
            if ids:
                hits.append(AliasHit(start + match.start(), start + match.end(), ids, "acronym:kb",
                                     match.group(0).replace(".", "")))
                while i < len(tokens) and tokens[i][0] < match.end():
                    i += 1
                continue
        hit = None
        if not longer:
            hit = _acronym_at(segment, tokens[i], index, extra)
        if hit is None:
            hit = named
        if hit is None:
            i += 1
            continue
        n, ids, reason, key = hit
        s = _extend_article(segment, tokens[i][0]) if not reason.startswith("acronym") \
            else tokens[i][0]
        e = tokens[i + n - 1][1]
        e = s + len(strip_possessive(segment[s:e]))  # "al-Nusra Front's" -> "al-Nusra Front"
        if reason.startswith("acronym") and n == 1:
            e = s + len(key)  # "AQs" -> "AQ"
        hits.append(AliasHit(start + s, start + e, ids, reason, key))
        i += n
    return hits


# An acronym with a number or a capital suffix after a hyphen is one name: "M-19", "N-17",
# "LeJ-AA" (a KB acronym only: "ISIS-K" is matched when the KB lists it).
_NUMBERED = re.compile(r"[-‐‑](?:\d{1,3}|[A-Z]{1,3})\b")
# A plural or a possessive whose apostrophe was lost in scraping: "AQs leader", "the IMKs
# truce", "TTPs decision" (capitals, then one lower-case s).
_LOST_APOSTROPHE = re.compile(r"^[A-Z]{2,7}s$")


def _acronym_at(segment: str, token: tuple[int, int, str], index: AliasIndex,
                extra: dict[str, tuple[str, ...]] | None
                ) -> tuple[int, tuple[str, ...], str, str] | None:
    surface = strip_possessive(segment[token[0]:token[1]])
    numbered = _NUMBERED.match(segment, token[1])
    if numbered and surface + numbered.group(0) in index.acronyms:
        return 2, index.acronyms[surface + numbered.group(0)], "acronym:kb", surface + numbered.group(0)
    if _LOST_APOSTROPHE.match(surface) and surface not in index.acronyms \
            and not (extra and ("=" + surface) in extra):
        surface = surface[:-1]
    if extra and ("=" + surface) in extra:
        return 1, extra["=" + surface], "acronym:defined", surface
    ids = index.acronyms.get(surface)
    if not ids:
        return None
    return 1, ids, "acronym:kb", surface


def _name_at(segment: str, tokens: list[tuple[int, int, str]], norms: list[str], i: int,
             index: AliasIndex, extra: dict[str, tuple[str, ...]] | None
             ) -> tuple[int, tuple[str, ...], str, str] | None:
    first = segment[tokens[i][0]:tokens[i][1]]
    # Names are written with a capital somewhere ("jabhat al-Nusra" yes, "islamic state" in
    # lower case is prose), except the KB's own lower-case descriptions ("regime forces").
    lengths = set(index.lengths.get(norms[i], ()))
    if not lengths and first.endswith("s") and normalize_token(first[:-1]) in index.keys:
        lengths = {1}  # "al-Qaedas": a lost-apostrophe possessive of a one-word name
    if extra:
        lengths |= {len(k.split(" ")) for k in extra if not k.startswith("=")
                    and k.split(" ", 1)[0] == norms[i]}
    for n in sorted(lengths, reverse=True):
        if i + n > len(tokens):
            continue
        key = " ".join(norms[i:i + n])
        ids = (extra or {}).get(key) or index.keys.get(key)
        last = segment[tokens[i + n - 1][0]:tokens[i + n - 1][1]]
        bare_s = False
        if not ids and len(last) >= 5 and last.endswith("s") and last[0].isupper():
            # A possessive whose apostrophe was lost ("Syrias", "al-Qaedas", "Assads"): the
            # name without its final s, when the KB knows that name.
            alt = " ".join([*norms[i:i + n - 1], normalize_token(last[:-1])])
            ids = index.keys.get(alt)
            key, bare_s = alt, bool(ids)
        if not ids:
            continue
        if key not in index.lower_ok and not any(
                _capitalised(segment[tokens[j][0]:tokens[j][1]]) for j in range(i, i + n)) \
                and not (n == 1 and key in index.state_keys
                         and STATE_ACTS_AFTER.match(segment, tokens[i][1])):
            continue
        if not all(_GAP.match(segment[tokens[j][1]:tokens[j + 1][0]])
                   or (tokens[j][1] - tokens[j][0] == 1
                       and _DOT_GAP.match(segment[tokens[j][1]:tokens[j + 1][0]]))
                   for j in range(i, i + n - 1)):
            continue
        if n == 1 and first.lower() in OPENERS:
            continue
        span = segment[_extend_article(segment, tokens[i][0]):tokens[i + n - 1][1]]
        if extra and key in extra:
            return n, ids, "discovered:repeat", key
        if n == 1 and key in COMMON_KEYS() and first.casefold() not in index.surfaces.get(key, ()):
            continue  # spelling rules made an English word a name ("Four" -> "Fur")
        known = index.surfaces.get(key, ())
        bare = strip_possessive(segment[tokens[i][0]:tokens[i + n - 1][1]]).casefold()
        exact = strip_possessive(span).casefold() in known or bare in known
        if bare_s:
            return n, ids, "alias:normalized", key
        return n, ids, "alias:exact" if exact else "alias:normalized", key
    return None
