"""Which sentences to parse, and the masked text each is parsed as.

A sentence is worth parsing when it holds an actor mention plus a trigger word or a second
actor; everything else costs nothing. Before parsing, every mention is replaced by a one-word
stand-in of its kind ("Hamas", "John", "Paris"): the small spaCy model tags unknown
transliterated names as anything from verbs to languages, and a stand-in it knows gives a
far cleaner parse. Each stand-in token maps back to its mention (an ``Arg``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from factionmap.kb.normalize import CP1252_CONTROLS
from factionmap.relate.triggers import MODIFIER_CUES, TRIGGER_RE
from factionmap.types import Entity, Sentence

# The stand-in word per entity label: common names the model tags as proper nouns.
STAND_INS = {"person": "John", "place": "Paris", "state": "France"}
DEFAULT_STAND_IN = "Hamas"
# Possessive pronouns that coreference resolves to a mention: masked as "Hamas's", not "Hamas",
# or "renounce its armed struggle" parses as "renounce Hamas (dative) armed struggle".
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
# Labels that take part in group relations (people and places have their own patterns).
ACTOR_LABELS = frozenset({"armed_group", "coalition", "state", "state_actor", "organization",
                          "other"})


@dataclass(frozen=True, slots=True)
class Arg:
    """A mention span with every entity it refers to (a plural coreference names several)."""

    ids: tuple[str, ...]
    label: str
    start: int  # document offsets of the mention
    end: int
    score: float
    coref: bool
    section: str

    @property
    def is_place(self) -> bool:
        """Whether this mention names a place."""
        return self.label == "place" or all(i.startswith("geo:") for i in self.ids)

    @property
    def is_person(self) -> bool:
        """Whether this mention names a person."""
        return self.label == "person"

    @property
    def is_actor(self) -> bool:
        """Whether this mention names a group-like actor (not a person, not a place)."""
        return not self.is_place and not self.is_person


@dataclass(frozen=True, slots=True)
class MaskedSentence:
    """A sentence's text with mentions replaced by stand-ins, and the map back."""

    index: int
    text: str
    args: tuple[Arg, ...]
    arg_starts: tuple[int, ...]  # masked-text start of each arg's stand-in
    shifts: tuple[tuple[int, int], ...]  # (masked offset, original doc offset) breakpoints
    # masked starts of stand-ins for a name glued to a participle ("Al Qaeda-affiliated"): the
    # name modifies the noun after it and is not that noun (see ``SentenceView.resolve``)
    glued: frozenset[int] = frozenset()

    def arg_at(self, masked_start: int) -> Arg | None:
        """The arg whose stand-in starts at this masked offset."""
        i = bisect.bisect_left(self.arg_starts, masked_start)
        if i < len(self.arg_starts) and self.arg_starts[i] == masked_start:
            return self.args[i]
        return None

    def to_doc(self, masked_offset: int) -> int:
        """The document offset of a masked-text offset outside stand-ins."""
        keys = [s[0] for s in self.shifts]
        i = bisect.bisect_right(keys, masked_offset) - 1
        masked, original = self.shifts[max(i, 0)]
        return original + (masked_offset - masked)


# A mention longer than this many words is a recognition run-on (a headline swallowed whole).
MAX_MENTION_WORDS = 8
_DIGITS = re.compile(r"\d")


def plausible(text: str) -> bool:
    """Whether a mention's text can be a name ("7 2016 Hezbollah Syrian Army Kill 2" cannot)."""
    words = text.split()
    if len(words) > MAX_MENTION_WORDS:
        return False
    return not (_DIGITS.search(text) and len(words) > 3)


def sentence_args(entities: Iterable[Entity], sentences: tuple[Sentence, ...], *,
                  nested: dict[int, list[tuple[Arg, Arg]]] | None = None) -> dict[int, list[Arg]]:
    """Args per sentence index: mentions grouped by span, nested spans dropped for the outer one.

    ``nested``, when given, collects each dropped (inner, outer) pair per sentence: "the
    US-backed Kurdish-Arab alliance" holds "US", which still says who backs the alliance.
    """
    starts = [s.start for s in sentences]
    spans: dict[tuple[int, int], dict] = {}
    for entity in entities:
        for mention in entity.mentions:
            if not plausible(mention.text):
                continue
            key = (mention.start, mention.end)
            slot = spans.setdefault(key, {"ids": [], "label": mention.label or entity.type,
                                          "score": 1.0, "coref": False, "section": mention.section,
                                          "text": mention.text})
            eid = mention.entity_id or entity.id
            if eid not in slot["ids"]:
                slot["ids"].append(eid)
            slot["score"] = min(slot["score"], mention.score)
            slot["coref"] = slot["coref"] or mention.reason.startswith("coref:")
            if entity.type == "place" or eid.startswith("geo:"):
                slot["label"] = "place"
    by_sentence: dict[int, list[Arg]] = {}
    for (start, end), slot in sorted(spans.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        index = bisect.bisect_right(starts, start) - 1
        if index < 0 or end > sentences[index].end:
            continue
        args = by_sentence.setdefault(index, [])
        arg = Arg(tuple(slot["ids"]), slot["label"], start, end, slot["score"], slot["coref"],
                  slot["section"])
        if args and start < args[-1].end:
            if nested is not None and end <= args[-1].end:
                nested.setdefault(index, []).append((arg, args[-1]))
            continue  # nested in (or overlapping) the previous, longer mention
        args.append(arg)
    if nested is not None:
        _names_inside(spans, by_sentence, nested)
    return by_sentence


def _names_inside(spans: dict[tuple[int, int], dict], by_sentence: dict[int, list[Arg]],
                  nested: dict[int, list[tuple[Arg, Arg]]]) -> None:
    """Names of other entities inside one mention ("the FSA's 101st Division", "the US-backed
    alliance"): linking gave the whole span one id, but its parts still say whose it is."""
    names: dict[str, dict] = {}
    for slot in spans.values():
        if not slot["coref"] and slot["label"] in ACTOR_LABELS and slot["text"][:1].isupper():
            names.setdefault(slot["text"], slot)
    if not names:
        return
    patterns = {n: re.compile(r"(?<!\w)" + re.escape(n) + r"(?=['’]?s?\b)") for n in names}
    for index, args in by_sentence.items():
        for outer in args:
            text = spans[(outer.start, outer.end)]["text"]
            for name, pattern in patterns.items():
                if len(name) >= len(text) or name not in text:
                    continue
                m = pattern.search(text)
                slot = names[name]
                if m is None or set(slot["ids"]) & set(outer.ids):
                    continue
                inner = Arg(tuple(slot["ids"]), slot["label"], outer.start + m.start(),
                            outer.start + m.end(), slot["score"], False, outer.section)
                nested.setdefault(index, []).append((inner, outer))


# How far (in characters) a cue word may lie from an actor's mention to select a sentence:
# a "killed" forty words away from the only group named rarely says anything about it.
TRIGGER_WINDOW = 25


def is_candidate(text: str, args: list[Arg], *, offset: int = 0) -> bool:
    """Whether a sentence holds an actor plus a trigger word near it, or a second actor.

    ``offset`` is the document offset of ``text`` (args carry document offsets).
    """
    actors = [a for a in args if not a.is_place]
    if not actors:
        return False
    if len({a.ids for a in actors}) >= 2:  # two different actors ("Hamas (Hamas)" is one)
        return True
    spans = [(a.start - offset, a.end - offset) for a in actors]
    # the gap between the cue and the mention counts, not the cue's own length: "ISIS retreated
    # to its stronghold" holds its cue 18 characters after the name, however long the word
    return any(m.start() <= e + TRIGGER_WINDOW and s - TRIGGER_WINDOW <= m.end()
               for m in TRIGGER_RE.finditer(text) for s, e in spans)


# A mention whose text ends in a hyphenated participle ("al-Qaeda-affiliated", recognised as a
# name): the participle still relates it to the name that follows, as the modifier pattern does
# ("clauses.py"), so the two are no list and get no comma between them.
GLUED_PARTICIPLE = re.compile(r"-(?P<cue>" + "|".join(sorted(
    (k for k in MODIFIER_CUES if k.endswith("ed") or k == "loyal"), key=len, reverse=True)) + r")$",
    re.IGNORECASE)

_BLANKED = str.maketrans({"*": " ", "#": " ", "_": " ", "|": " ", **CP1252_CONTROLS})
# "with/aiding", "and/or" between words (not inside a URL or a path)
_SLASH_ALTERNATIVE = re.compile(r"(?<![\w/:.%-])([A-Za-z]+)(/[a-z]+)\b(?!/)")


# "re-formed D", "to re-form D": the parser splits the prefix off and loses the verb; the
# founding verb without its prefix parses ("formed D"), and is the same act again.
_REFOUNDING = re.compile(r"\b[Rr]e-(?=(?:form|found|establish|creat|launch)[a-z]*\b)")


def _blank(match: re.Match[str]) -> str:
    return match.group(1) + " " * len(match.group(2))


def _for_parser(piece: str) -> str:
    """A piece of masked text with what breaks the parse blanked, offsets kept."""
    piece = _SLASH_ALTERNATIVE.sub(_blank, piece.translate(_BLANKED))
    return _REFOUNDING.sub(lambda m: " " * len(m.group(0)), piece)
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b|as well as\b)")


def _list_runs(doc_text: str, args: list[Arg]) -> set[int]:
    """Args that follow another arg across bare whitespace inside a list ("A B and C").

    Two names side by side that are not part of a longer list are usually one name
    ("FSA 13th Division"), so they keep no comma.
    """
    runs: list[list[Arg]] = []
    for arg in args:
        previous = runs[-1][-1] if runs else None
        if previous is not None and doc_text[previous.end:arg.start].isspace() \
                and not GLUED_PARTICIPLE.search(doc_text[previous.start:previous.end]):
            runs[-1].append(arg)
        else:
            runs.append([arg])
    listed: set[int] = set()
    for run in runs:
        if len(run) >= 3 or (len(run) == 2 and _LIST_GOES_ON.match(doc_text, run[-1].end)):
            listed.update(id(a) for a in run[1:])
    return listed


# A bracket around a repeat of the name before it, followed by the next conjunct: the repeat is
# left out of the masked text (see ``mask``).
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKETED_REPEAT_END = re.compile(r"\s*\)(?=\s*(?:,|and\b|or\b|as well as\b))")


def mask(index: int, doc_text: str, sentence: Sentence, args: list[Arg]) -> MaskedSentence:
    """The sentence text with each arg replaced by its stand-in word."""
    pieces: list[str] = []
    starts: list[int] = []
    shifts: list[tuple[int, int]] = [(0, sentence.start)]
    cursor, length = sentence.start, 0
    previous: Arg | None = None
    kept: list[Arg] = []  # one per stand-in, in order
    glued: set[int] = set()
    listed = _list_runs(doc_text, args)
    for arg in args:
        gap = doc_text[cursor:arg.start]
        close = _BRACKETED_REPEAT_END.match(doc_text, arg.end, sentence.end)
        if previous is not None and previous.ids == arg.ids and close is not None \
                and _BRACKET_OPEN.fullmatch(gap):
            # "aligned with the Kenyan Defense Forces (KDF) and Somali forces": the bracketed
            # acronym of the name before it, kept, parses as an apposition and the conjunct
            # after it hangs on the verb; left out, "A and B" are coordinated again.
            cursor = close.end()
            shifts.append((length, cursor))
            continue
        if previous is not None and gap.isspace() and id(arg) in listed:
            # "Jeish al-Islam Faylaq al-Rahman and ...": scraped text lost its commas, and two
            # stand-ins side by side parse as one compound name; a comma restores the list.
            pieces.append(",")
            length += 1
            shifts.append((length, cursor))
        before = gap[:-1] or (pieces[-1] if pieces else "")
        if gap.endswith("(") and before[-1:].isalnum():
            # "Tehreek-e-Taliban(TTP) Pakistan": a stand-in glued to the word before its
            # bracket parses as one token ("Hamas(Hamas"); a space keeps the two apart.
            pieces.append(gap[:-1] + " ")
            length += len(gap)
            shifts.append((length, arg.start - 1))
            gap = "("
        pieces.append(gap)
        length += len(gap)
        previous = arg
        word = STAND_INS.get(arg.label, DEFAULT_STAND_IN)
        if doc_text[arg.start:arg.end].lower() in POSSESSIVE_PRONOUNS:
            word += "'s"  # "renounce its armed struggle": the stand-in keeps the possessive
        parts = _conjuncts(arg, doc_text[arg.start:arg.end]) if not word.endswith("'s") else (arg,)
        if GLUED_PARTICIPLE.search(doc_text[arg.start:arg.end]):
            glued.add(length)
        for k, part in enumerate(parts):
            if k:
                joint = " and " if k == len(parts) - 1 else ", "
                pieces.append(joint)
                length += len(joint)
            starts.append(length)
            kept.append(part)
            pieces.append(word)
            length += len(word)
        cursor = arg.end
        shifts.append((length, cursor))
    pieces.append(doc_text[cursor:sentence.end])
    # Markup marks ("**bold**", "## heading") break the parse; blanks keep every offset. So
    # do word alternatives: "associated with/aiding the Taliban and/or al Qaeda" parses as
    # "associated with the Taliban and al Qaeda".
    pieces = [_for_parser(p) for p in pieces]
    return MaskedSentence(index, "".join(pieces), tuple(kept), tuple(starts), tuple(shifts),
                          frozenset(glued))


# A plural reference ("the two groups") is written as this many coordinated stand-ins at most.
MAX_CONJUNCTS = 4


def _conjuncts(arg: Arg, text: str) -> tuple[Arg, ...]:
    """A plural coreference to groups as one single-entity arg per group: masked as "Hamas and
    Hamas", "the two groups clashed" parses with two subjects, as "A and B clashed" does.
    "The two sides" stays one arg: a side may be several groups, so it names no pair."""
    if (not arg.coref or not arg.is_actor or not 2 <= len(arg.ids) <= MAX_CONJUNCTS
            or "side" in text.lower()):
        return (arg,)
    return tuple(replace(arg, ids=(i,)) for i in arg.ids)
