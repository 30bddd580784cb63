"""A small, explainable coreference resolver for the references analysts write.

Rules, each named in the mention's reason (``coref:<rule>``):

- ``plural-count``: "the two groups", "the three organizations", "both factions", "both
  sides" -> that many most recent distinct groups, leaving out groups named later in the same
  sentence ("the two groups that X criticizes"), unless they stand in apposition right after
  ("Both factions, JMA and Nusrah, ..."). One Mention per referent.
- ``former-latter``: "the former" / "the latter" -> first / second of the last two groups.
- ``definite``: "the group", "the hard-line militant group", "the faction", "the jihadists",
  "the coalition", "the new room" -> the one group (coalition for coalition nouns) of the
  nearest preceding sentence that has any; skipped when several compete and no subject
  parallelism decides. A KB description matched in lower case ("coalition") gives way to it.
- ``pronoun``: "It"/"Its"/"They"/"Their" opening a sentence or clause, with one group (or two
  joined by "and" for "they") just before and no person in between.
- ``place``: "the city", "the town", "the village", "the province" -> the most recent place.
- ``regime``: "the regime", "regime forces", "government forces", "the government", "the
  army", "the Syrian government" -> the state actor of that (or the document's) country.
"""

from __future__ import annotations

import re
from bisect import insort
from collections import Counter

from factionmap.kb.model import KnowledgeBase
from factionmap.link.coref_patterns import (
    ADVERBIAL_SUBORDINATORS,
    AND_ITS,
    AND_LEAD,
    APPOSITION_AFTER,
    APPOSITION_GAP,
    ARABIC_HEADS,
    BETWEEN,
    BETWEEN_PAIR_LEAD,
    CLAUSE_END,
    COALITION_NOUNS,
    COORDINATION,
    COREF_SCORES,
    DEFINITE,
    DEFINITE_WINDOW,
    FORMER_LATTER,
    GROUP_TYPES,
    HEAD_DEFINITE,
    HEAD_WINDOW,
    HEAD_WORDS,
    INNER_PRONOUN,
    LIST_JOIN,
    MAIN_AFTER_SUBORDINATE,
    MEMBERS_OF,
    MODIFIER_USE,
    NOT_ANAPHORIC,
    NUMBERS,
    OBJECT_LEAD,
    PLACE,
    PLURAL,
    PLURAL_BARE,
    POSSESSIVE,
    PP_INTRO,
    PRONOUN,
    REGIME,
    RELATIVE_GAP,
    RELATIVE_LEAD,
    RELATIVE_SUBJECT,
    SALIENCE_MARGIN,
    SPEAKER_FOR,
    SUBJECT_LEAD,
    SUBORDINATE_LEAD,
    TRAILING_HEAD,
)
from factionmap.link.coref_states import (
    StateIndex,
    build_state_index,
    country_of_demonym,
    document_country,
)
from factionmap.types import CleanDocument, Mention, Sentence

__all__ = ["StateIndex", "build_state_index", "resolve_coreference"]


def _overlaps(start: int, end: int, mentions: list[Mention]) -> bool:
    return any(m.start < end and m.end > start for m in mentions)


def fold_head(word: str) -> str:
    """A head noun in one form: its last word, lower case, "organization" spelled with a z
    (number is kept: "the brigades" is not one brigade)."""
    return word.lower().split()[-1].replace("isation", "ization")


def name_heads(name: str) -> set[str]:
    """Head nouns of a name: its last word before "of"/"for"/"in" when a head noun ("Army of
    Conquest", "Nusra Front"), and the head an Arabic first word means ("Jabhat" -> front)."""
    words = re.findall(r"[A-Za-z]+", re.sub(r"\b(?:al|el|ad|ash|as|an|ar)-", "", name))
    heads: set[str] = set()
    if not words:
        return heads
    cut = next((i for i, w in enumerate(words) if i and w.lower() in ("of", "for", "in", "li",
                                                                        "lil")), len(words))
    last = fold_head(words[cut - 1])
    if last in HEAD_WORDS:
        heads.add(last)
    if words[0].lower() in ARABIC_HEADS:
        heads.add(ARABIC_HEADS[words[0].lower()])
    return heads


class _Resolver:
    """State for one document: the group, person and place mentions seen, in text order."""

    def __init__(self, doc: CleanDocument, sentences: tuple[Sentence, ...],
                 mentions: list[Mention], kb: KnowledgeBase, states: StateIndex) -> None:
        self.text = doc.text
        self.sentences = sentences
        self.kb = kb
        self.mentions = mentions
        self.groups = sorted((m for m in mentions if m.label in GROUP_TYPES and m.entity_id),
                             key=lambda m: m.start)
        self.people = [m.start for m in mentions if m.label == "person"]
        self.person_starts = frozenset(self.people)
        # Other actors a pronoun may mean: states and their forces ("RAW ... when they").
        self.actors = sorted((m for m in mentions if m.label in ("state", "state_actor")
                              and m.entity_id), key=lambda m: m.start)
        self.places = sorted((m for m in mentions if m.label == "place" and m.entity_id),
                             key=lambda m: m.start)
        self.states = states
        self.demonyms: dict[str, str | None] = {}
        self.country = document_country(mentions, kb)
        self.added: list[Mention] = []
        self.replaced: list[Mention] = []
        self.pairs: dict[int, list[tuple[str, str]]] = {}  # former/latter pair per sentence
        self._heads: dict[str, set[str]] | None = None

    def emit(self, index: int, start: int, end: int, ids: list[tuple[str, str]], rule: str,
             taken: list[Mention]) -> None:
        sentence = self.sentences[index]
        for entity_id, label in ids:
            mention = Mention(start, end, self.text[start:end], sentence.section, label,  # type: ignore[arg-type]
                              entity_id, COREF_SCORES[rule], f"coref:{rule}", index)
            self.added.append(mention)
            if label in GROUP_TYPES and len(ids) == 1:
                # A resolved reference carries its group on: "The group's council appointed
                # X. It pledged ..." reaches the group through "The group".
                insort(self.groups, mention, key=lambda m: m.start)
        taken.append(Mention(start, end, "", sentence.section, "other"))

    def is_subject(self, index: int, mention: Mention) -> bool:
        """Whether ``mention`` opens sentence ``index`` as its subject, after at most a
        determiner or one introductory phrase closed by a comma."""
        sent = self.sentences[index]
        lead = SUBJECT_LEAD.match(self.text, sent.start, mention.start)
        return lead is not None and lead.end() == mention.start

    def opens_subordinate(self, index: int, mention: Mention) -> bool:
        """Whether ``mention`` is the subject of a fronted subordinate clause ("When X ...")."""
        lead = SUBORDINATE_LEAD.match(self.text, self.sentences[index].start, mention.start)
        return lead is not None and lead.end() == mention.start

    def opens_main_clause(self, index: int, start: int) -> bool:
        """Whether ``start`` opens the main clause after a fronted subordinate one."""
        return MAIN_AFTER_SUBORDINATE.fullmatch(self.text, self.sentences[index].start,
                                                start) is not None

    def in_sentence(self, items: list[Mention], index: int, before: int | None = None
                    ) -> list[Mention]:
        sent = self.sentences[index]
        stop = sent.end if before is None else before
        return [m for m in items if sent.start <= m.start < stop]

    def recent_groups(self, before: int, count: int, exclude: set[str | None], *,
                      plural_orgs: bool = False) -> list[tuple[str, str]]:
        """The ``count`` most recent distinct groups before ``before``, leaving out groups named
        only as a modifier and, unless ``plural_orgs`` ("the two organizations"), civil bodies."""
        ids: list[tuple[str, str]] = []
        for mention in reversed([m for m in self.groups if m.end <= before]):
            if mention.entity_id in exclude or any(mention.entity_id == i for i, _ in ids):
                continue
            if not self.is_party(mention) or mention.label == "organization" and not plural_orgs:
                continue  # "an ISIL commander", "a spokesman for X": not a party here
            ids.append((mention.entity_id, mention.label))  # type: ignore[arg-type]
            if len(ids) == count:
                break
        return list(reversed(ids))

    def is_party(self, mention: Mention) -> bool:
        """Whether a group mention names a party to what is said, not the modifier of a
        person or unit ("an ISIL commander") nor the body a speaker speaks for ("a spokesman
        for Jaish al-Nasr said")."""
        return not MODIFIER_USE.match(self.text, mention.end) \
            and not SPEAKER_FOR.search(self.text, max(0, mention.start - 40), mention.start)

    def owns_person(self, mention: Mention) -> bool:
        """Whether a group is named as a person's possessor ("Al Qaeda's Osama bin Laden")."""
        possessive = POSSESSIVE.match(self.text, mention.end)
        return possessive is not None and possessive.end() in self.person_starts

    def later_parties(self, index: int, end: int, *, clause: bool) -> set[str | None]:
        """Groups named as parties after ``end`` in sentence ``index`` (up to the end of its
        clause when ``clause``): "the two groups that IS criticizes" leaves IS out."""
        limit = self.sentences[index].end
        if clause:
            stop = CLAUSE_END.search(self.text, end, limit)
            limit = stop.start() if stop else limit
        return {m.entity_id for m in self.groups
                if end <= m.start < limit and not m.reason.startswith("coref:")
                and self.is_party(m)}

    def nearest_groups(self, index: int, start: int, window: int = DEFINITE_WINDOW
                       ) -> list[Mention]:
        """The named group mentions of the nearest sentence (this one before ``start``, then
        up to ``window`` back) that has any."""
        for back in range(0, window + 1):
            if index - back < 0:
                break
            here = [m for m in self.in_sentence(self.groups, index - back,
                                                start if back == 0 else None)
                    if not m.reason.startswith("coref:")]
            if here:
                return here
        return []

    def listed(self, index: int, start: int, count: int, exclude: set[str | None]
               ) -> list[tuple[str, str]] | None:
        """The groups of a list ("A, B and C") in the nearest sentence with groups: the last
        list of exactly ``count`` (``exclude`` left out); None when a longer list leaves the
        choice open."""
        runs: list[list[Mention]] = []
        for mention in self.nearest_groups(index, start):
            if runs:
                tail = runs[-1][-1]
                gap = re.sub(r"^\s*\)", "", self.text[tail.end:mention.start])
                if mention.entity_id == tail.entity_id and re.fullmatch(r"\s*\(\s*", gap):
                    continue  # "Islamic State (IS)": the same member
                if LIST_JOIN.fullmatch(gap):
                    runs[-1].append(mention)
                    continue
            runs.append([mention])
        found: list[tuple[str, str]] = []
        for run in runs:
            if len(run) < 2:
                continue
            ids = list(dict.fromkeys((m.entity_id, m.label) for m in run
                                     if m.entity_id not in exclude))
            if len(ids) > count:
                return None
            if len(ids) == count:
                found = ids  # type: ignore[assignment]
        return found

    def plural(self, index: int, start: int, end: int, count: int, *,
               plural_orgs: bool = False, sides: bool = False) -> list[tuple[str, str]]:
        """Referents of "the two groups", "the three organizations": a list of exactly that
        many in the nearest sentence, else the most recent distinct parties (not those named
        later in the same clause). ``sides`` ("the two sides"): a side may be several groups
        ("YPG on the one hand and ISIS and Nusra on the other"), so only a sentence naming
        exactly two parties settles it (``sides``)."""
        later = self.later_parties(index, end, clause=True)
        if sides:
            return self.sides(index, start, count, later)
        listed = self.listed(index, start, count, later)
        if listed is None:
            return []
        if listed:
            return listed
        return self.recent_groups(start, count, exclude=later, plural_orgs=plural_orgs)

    def sides(self, index: int, start: int, count: int, exclude: set[str | None]
              ) -> list[tuple[str, str]]:
        """The parties of the sentences back to the first that brings their number to
        ``count``; nothing when one sentence brings more (a side may be several groups)."""
        found: list[tuple[str, str]] = []
        for back in range(0, DEFINITE_WINDOW + 1):
            if index - back < 0:
                break
            here = self.in_sentence(self.groups, index - back, start if back == 0 else None)
            for m in reversed(here):
                pair = (m.entity_id, m.label)
                if not m.reason.startswith("coref:") and self.is_party(m) \
                        and m.entity_id not in exclude and pair not in found:
                    found.append(pair)  # type: ignore[arg-type]
            if len(found) >= count:
                return list(reversed(found)) if len(found) == count else []
        return []

    def between_pair(self, index: int, start: int) -> list[tuple[str, str]]:
        """The two sides of "between A ... and B" in the nearest sentence with groups."""
        here = self.nearest_groups(index, start)
        for i, first in enumerate(here):
            if BETWEEN_PAIR_LEAD.search(self.text, max(0, first.start - 20), first.start):
                for last in reversed(here[i + 1:]):
                    if last.entity_id != first.entity_id and \
                            AND_LEAD.search(self.text, max(0, last.start - 10), last.start):
                        return [(first.entity_id, first.label),  # type: ignore[list-item]
                                (last.entity_id, last.label)]  # type: ignore[list-item]
                return []
        return []

    def former_latter(self, index: int, start: int, end: int) -> list[tuple[str, str]]:
        """The pair "the former" / "the latter" choose from, fixed for the whole sentence:
        the sides of a "between", else the last two parties not named later in it ("The
        former captured two Jaysh al-Islam fighters" is not about Jaysh al-Islam)."""
        if index not in self.pairs:
            self.pairs[index] = self.between_pair(index, start) or self.recent_groups(
                start, 2, exclude=self.later_parties(index, end, clause=False))
        return self.pairs[index]

    def heads(self) -> dict[str, set[str]]:
        """Per group id, the head nouns of its names ("front" for "Nusra Front" and "Jabhat
        al-Nusra", "brigade" for "Sawaiq al-Rahman brigade"), from the KB and the text."""
        if self._heads is None:
            self._heads = {}
            for m in self.groups:
                if m.reason.startswith("coref:"):
                    continue
                heads = self._heads.setdefault(m.entity_id, set())  # type: ignore[arg-type]
                entity = self.kb.get(m.entity_id or "")
                for name in (m.text, *(entity.all_names() if entity is not None else ())):
                    heads.update(name_heads(name))
                trailing = TRAILING_HEAD.match(self.text, m.end)
                if trailing:
                    heads.add(fold_head(trailing.group("head")))
        return self._heads

    def head_ref(self, index: int, start: int, head: str) -> tuple[str, str] | None | bool:
        """The one group of the nearest sentence (within ``HEAD_WINDOW``) whose name has this
        head; False when several there do, None when none in the window does."""
        heads = self.heads()
        for back in range(0, HEAD_WINDOW + 1):
            if index - back < 0:
                break
            here = self.in_sentence(self.groups, index - back, start if back == 0 else None)
            distinct = list(dict.fromkeys((m.entity_id, m.label) for m in here
                                          if head in heads.get(m.entity_id or "", ())))
            if len(distinct) == 1:
                return distinct[0]  # type: ignore[return-value]
            if distinct:
                return False
        return None

    def people_between(self, start: int, end: int) -> bool:
        """Whether a person is named between two offsets."""
        return any(start <= p < end for p in self.people)

    def apposition(self, end: int, count: int, limit: int) -> list[tuple[str, str]]:
        """Groups in apposition right after a plural: "Both factions, JMA and Nusrah, ..."."""
        if not re.match(r"\s*[,:(—–-]\s*", self.text[end:end + 3]):
            return []
        after = [m for m in self.groups if end < m.start < min(limit, end + 80)]
        ids = list(dict.fromkeys((m.entity_id, m.label) for m in after))[:count]
        return ids if len(ids) == count else []  # type: ignore[return-value]

    def clause_subject(self, index: int, start: int) -> str | None:
        """The group opening sentence ``index`` as its lone subject, if one does (before
        ``start``)."""
        here = self.in_sentence(self.groups, index, start)
        if not here or not self.is_subject(index, here[0]):
            return None
        second = next((m for m in here if m.entity_id != here[0].entity_id), None)
        if second is not None and COORDINATION.fullmatch(self.text[here[0].end:second.start]):
            return None
        return here[0].entity_id

    def appositive(self, index: int, start: int, end: int) -> tuple[str, str] | None:
        """The group a description stands in apposition to ("ISI, the umbrella organization
        founded by AQI"), when no verb follows it ("..., the group said")."""
        here = self.in_sentence(self.groups, index, start)
        if not here or not APPOSITION_AFTER.match(self.text, end):
            return None
        last = here[-1]
        if APPOSITION_GAP.fullmatch(self.text, last.end, start) and not last.reason.startswith(
                "coref:"):
            return last.entity_id, last.label  # type: ignore[return-value]
        return None

    def definite(self, index: int, start: int, noun: str) -> tuple[str, str] | None:
        """The single group "the group" points to, or None when it is not clear."""
        wants_coalition = noun in COALITION_NOUNS
        barred: set[str | None] = set()
        if OBJECT_LEAD.search(self.text, max(0, start - 40), start):
            barred.add(self.clause_subject(index, start))
            before = self.in_sentence(self.groups, index, start)
            if before and RELATIVE_SUBJECT.fullmatch(self.text, before[-1].end, start):
                barred.add(before[-1].entity_id)  # "ISIS militants who fought the group"
            barred.discard(None)
        for back in range(0, DEFINITE_WINDOW + 1):
            i = index - back
            if i < 0:
                break
            here = [m for m in self.in_sentence(self.groups, i, start if back == 0 else None)
                    if m.entity_id not in barred]
            if wants_coalition:
                here = [m for m in here if m.label == "coalition"]
            # "killed six Nusra Front fighters", "ISIS militants": a group named as the modifier
            # of its men is not what "the group" points back to, when another group is there.
            parties = [m for m in here if not MEMBERS_OF.match(self.text, m.end)
                       and not MODIFIER_USE.match(self.text, m.end)]
            if parties:
                here = parties
            distinct = list(dict.fromkeys((m.entity_id, m.label) for m in here))
            if len(distinct) == 1:
                return distinct[0]  # type: ignore[return-value]
            if len(distinct) > 1:
                first, second = here[0], next(m for m in here if m.entity_id != here[0].entity_id)
                coordinated = COORDINATION.fullmatch(self.text[first.end:second.start])
                reference = Mention(start, start, "", "body", "other")
                # Subject parallelism across sentences; inside one sentence the subject is
                # what a later description means ("X ... an attack carried out by the group").
                subject = not coordinated and (self.is_subject(i, first) and (
                    back == 0 or self.is_subject(index, reference)) or back == 0
                    and self.opens_subordinate(i, first) and self.opens_main_clause(i, start))
                if subject:
                    return first.entity_id, first.label  # type: ignore[return-value]
                return self.salient(index, start, distinct)
        return None

    def nearest_pair(self, index: int, start: int) -> list[tuple[str, str]]:
        """The two distinct groups of the nearest sentence (within the window) that names
        any, when it names exactly two; else nothing."""
        for back in range(0, DEFINITE_WINDOW + 1):
            if index - back < 0:
                break
            here = self.in_sentence(self.groups, index - back, start if back == 0 else None)
            distinct = list(dict.fromkeys((m.entity_id, m.label) for m in here))
            if distinct:
                return distinct if len(distinct) == 2 else []  # type: ignore[return-value]
        return []

    def salient(self, index: int, start: int, distinct: list) -> tuple[str, str] | None:
        """Among competing groups, the one the passage is about: mentioned clearly more often
        (by ``SALIENCE_MARGIN``) since the window start, else None."""
        first = self.sentences[max(0, index - DEFINITE_WINDOW)].start
        counts = Counter(m.entity_id for m in self.groups if first <= m.start < start)
        ranked = sorted(((counts[e], (e, label)) for e, label in distinct), reverse=True)
        if ranked[0][0] >= ranked[1][0] + SALIENCE_MARGIN:
            return ranked[0][1]  # type: ignore[return-value]
        return None

    def relative_to(self, group: Mention, start: int) -> bool:
        """Whether ``start`` lies in a relative clause right after ``group``, with nothing
        else named in between ("the GSPC, which later changed its name")."""
        return RELATIVE_GAP.fullmatch(self.text, group.end, start) is not None and not any(
            group.end <= m.start < start for m in self.mentions)

    def pronoun(self, index: int, start: int, word: str, *, adverbial: bool = False
                ) -> list[tuple[str, str]]:
        """Referents of a pronoun: groups earlier in this sentence, else in the previous one;
        "it" takes a lone group or the uncoordinated subject of that sentence.

        ``adverbial``: a subject after "when", "after", "as" ...; two actors before it leave
        it open.
        """
        i, stop = index, start
        here = self.in_sentence(self.groups, i, stop)
        conjunct = [m for m in (*self.mentions, *self.added)
                    if AND_ITS.fullmatch(self.text, m.end, start)] if word.lower() == "its" else []
        if conjunct:
            # "X and its allies": the conjunct's when a group, else nobody's ("the Syrian
            # regime and its supporters", "Idlib and its countryside")
            if conjunct[0].label not in GROUP_TYPES:
                return []
            return [(conjunct[0].entity_id, conjunct[0].label)]  # type: ignore[list-item]
        if here and word.lower() == "its" and self.relative_to(here[-1], start):
            return [(here[-1].entity_id, here[-1].label)]  # type: ignore[list-item]
        intro = PP_INTRO.match(self.text, self.sentences[index].start, start)
        if intro is not None and intro.end() == start:
            here = []  # "As a result of Al Qaeda influence, they ...": the previous subject
        if here and RELATIVE_LEAD.fullmatch(self.text, here[-1].end, start):
            # "RPM-P, for which they serve": the relative clause's subject is not RPM-P
            relative = here[-1].entity_id
            here = [m for m in here if m.entity_id != relative]
            if not here:
                return []
        # "Al Qaeda's Osama bin Laden sent men to help AIAI organize its fighters"
        here = [m for m in here if not self.owns_person(m)] or here
        if here and adverbial and len({m.entity_id for m in here} | {
                m.entity_id for m in self.in_sentence(self.actors, i, stop)}) > 1:
            return []
        if not here:
            i, stop = index - 1, self.sentences[index - 1].end if index > 0 else 0
            if i < 0:
                return []
            here = self.in_sentence(self.groups, i)
        sent = self.sentences[i]
        singular = word.lower() in ("it", "its")
        # "it" never means a person; "they" may, so a person in between blocks it.
        if not here or not singular and any(sent.start <= p < stop for p in self.people):
            return []
        distinct = list(dict.fromkeys((m.entity_id, m.label) for m in here))
        if len(distinct) == 1:
            return distinct  # type: ignore[return-value]
        first = here[0]
        second = next(m for m in here if m.entity_id != first.entity_id)
        between = self.text[first.end:second.start]
        if singular:
            subject = (self.is_subject(i, first) or self.opens_subordinate(i, first)
                       and self.opens_main_clause(index, start)) \
                and not COORDINATION.fullmatch(between)
            return [(first.entity_id, first.label)] if subject else []  # type: ignore[list-item]
        if len(distinct) == 2 and re.fullmatch(r"\s*(?:and|,)\s*", between):
            return distinct  # type: ignore[return-value]
        return []

    def place(self, index: int, start: int, noun: str) -> tuple[str, str] | None:
        """The most recent place within the window (not a country for a city or town)."""
        first = self.sentences[max(0, index - DEFINITE_WINDOW)].start
        for mention in reversed([m for m in self.places if first <= m.start < start]):
            entity = self.kb.get(mention.entity_id or "")
            if entity is not None and entity.type == "state":
                continue
            feature = (entity.feature or "") if entity is not None else ""
            if noun in ("province", "governorate") and feature and not feature.startswith("ADM"):
                continue
            if noun in ("city", "town", "village") and feature.startswith(("ADM", "region")):
                continue  # "the town" is no governorate
            return mention.entity_id, "place"  # type: ignore[return-value]
        return None

    def regime_actor(self, demonym: str | None) -> tuple[str, str] | None:
        if demonym and demonym not in self.demonyms:
            self.demonyms[demonym] = country_of_demonym(demonym, self.kb, self.states)
        # An unknown word before "regime" ("the Assad regime") leaves the document's country.
        country = (self.demonyms[demonym] if demonym else None) or self.country
        if not country:
            return None
        actor = self.states.actors.get(country)
        if actor is None and country in self.states.states:
            return self.states.states[country], "state"  # "the Iraqi government": the state
        return actor


def resolve_coreference(doc: CleanDocument, sentences: tuple[Sentence, ...],
                        mentions: list[Mention], kb: KnowledgeBase,
                        states: StateIndex | None = None) -> tuple[list[Mention], list[Mention]]:
    """Coreference mentions (one per referent) and the KB lower-case matches they replace.

    ``states`` is the KB's state index (built here when not given).
    """
    r = _Resolver(doc, sentences, mentions, kb, states or build_state_index(kb))
    text = doc.text
    for index, sentence in enumerate(sentences):
        if sentence.section == "boilerplate":
            continue
        seg = text[sentence.start:sentence.end]
        taken = [m for m in mentions if sentence.start <= m.start < sentence.end]
        soft = [m for m in taken if m.reason.startswith("alias") and not m.text[:1].isupper()
                and m.label in GROUP_TYPES]  # "coalition" matched as a KB description
        hard = [m for m in taken if m not in soft]
        for match in PLURAL.finditer(seg):
            s, e = sentence.start + match.start(), sentence.start + match.end()
            num = (match.group("num") or "").lower()
            count = 2 if match.group(0).lower().startswith("both") else NUMBERS.get(num)
            if not count or _overlaps(s, e, hard):
                continue
            ids = r.apposition(e, count, sentence.end) or r.plural(
                index, s, e, count, plural_orgs=match.group("noun").startswith("organ"),
                sides=match.group("noun") == "sides")
            if len(ids) == count:
                r.emit(index, s, e, ids, "plural-count", hard)
        for match in PLURAL_BARE.finditer(seg):
            s, e = sentence.start + match.start(), sentence.start + match.end()
            if _overlaps(s, e, hard):
                continue
            ids = r.plural(index, s, e, 2)
            # "Both were wounded": a bare "both" may count people; none may come between.
            last = max((m.end for m in r.groups if m.end <= s and (m.entity_id, m.label) in ids),
                       default=s)
            if len(ids) == 2 and not r.people_between(last, s):
                r.emit(index, s, e, ids, "plural-bare", hard)
        for match in BETWEEN.finditer(seg):
            s, e = sentence.start + match.start("span"), sentence.start + match.end("span")
            pair = r.nearest_pair(index, s)
            if pair and not _overlaps(s, e, hard):
                r.emit(index, s, e, pair, "plural-between", hard)
        for match in FORMER_LATTER.finditer(seg):
            s, e = sentence.start + match.start(), sentence.start + match.end()
            pair = r.former_latter(index, s, e)
            if len(pair) == 2 and not _overlaps(s, e, hard):
                r.emit(index, s, e, [pair[0 if match.group("which") == "former" else 1]],
                       "former-latter", hard)
        for match in HEAD_DEFINITE.finditer(seg):
            s, e = sentence.start + match.start(), sentence.start + match.end()
            if _overlaps(s, e, hard) or NOT_ANAPHORIC.search(match.group(0)):
                continue
            found = r.head_ref(index, s, fold_head(match.group("head")))
            if found is False:
                # Two groups so named: "the brigade" is unclear, and no nearer group settles it.
                hard.append(Mention(s, e, "", sentence.section, "other"))
            elif found:
                r.replaced.extend(m for m in soft if m.start < e and m.end > s)
                r.emit(index, s, e, [found], "head", hard)  # type: ignore[list-item]
        for match in DEFINITE.finditer(seg):
            s, e = sentence.start + match.start(), sentence.start + match.end()
            if _overlaps(s, e, hard) or NOT_ANAPHORIC.search(match.group(0)):
                continue
            noun = re.sub(r"\s+", " ", match.group("noun").lower())
            # A plural ("the jihadists") is no apposition to one group.
            ref = None if noun in ("groups", "jihadists", "extremists") \
                else r.appositive(index, s, e)
            ref = ref or r.definite(index, s, "group" if noun == "groups" else noun)
            if ref:
                r.replaced.extend(m for m in soft if m.start < e and m.end > s)
                r.emit(index, s, e, [ref], "definite", hard)
        for match in PRONOUN.finditer(seg):
            s = sentence.start + match.start("p")
            e = s + len(match.group("p"))
            refs = r.pronoun(index, s, match.group("p"))
            if refs and not _overlaps(s, e, hard):
                r.emit(index, s, e, refs, "pronoun", hard)
        for match in INNER_PRONOUN.finditer(seg):
            which = next(g for g in ("poss", "subj", "aux") if match.group(g))
            word = match.group(which)
            s = sentence.start + match.start(which)
            e = s + len(word)
            lead = match.group(0).split()[0].lower()
            refs = r.pronoun(index, s, word,
                             adverbial=which == "subj" and lead in ADVERBIAL_SUBORDINATORS)
            if refs and not _overlaps(s, e, hard):
                r.emit(index, s, e, refs, "inner-pronoun", hard)
        for match in PLACE.finditer(seg):
            s, e = sentence.start + match.start(), sentence.start + match.end()
            ref = r.place(index, s, match.group("noun"))
            if ref and not _overlaps(s, e, hard):
                r.emit(index, s, e, [ref], "place", hard)
        for match in REGIME.finditer(seg):
            s, e = sentence.start + match.start(), sentence.start + match.end()
            demonym = (match.group("demonym") or match.group("demonym2") or "").strip() or None
            ref = r.regime_actor(demonym)
            inside = [m for m in hard if m.start < e and m.end > s]
            # "the Assad regime": the person inside the phrase does not block it.
            if ref and all(m.label == "person" and s < m.start for m in inside):
                r.replaced.extend(inside)
                r.emit(index, s, e, [ref], "regime", hard)
    return r.added, r.replaced
