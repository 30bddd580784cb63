"""A small, explainable coreference resolver for the references analysts write.

Rules, each named in the mention's reason (``coref:<rule>``):

- ``plural-count``: "the two groups", "the three organizations", "both factions", "the two
  forces" -> a list of exactly that many in the nearest sentence ("A, B and C formed D. The
  three organizations ..."), else that many most recent distinct parties (not groups named as
  a modifier, "an ISIL commander", nor a speaker's, "a spokesman for X said"), leaving out
  parties named later in the same clause ("the two groups that X criticizes"), unless they
  stand in apposition right after ("Both factions, JMA and Nusrah, ..."); nothing when a
  longer list leaves it open. "the two sides" / "both sides" only when the sentences back to
  it name exactly two parties (a side may be several groups). One Mention per referent.
- ``plural-bare``: "Conflict between the two broke out", "both joined" -> the same, when a
  verb follows and no person is named since.
- ``plural-between``: "between the groups" -> the two groups of the nearest sentence; a bare
  "between the two" only when they are the only names in its sentence up to it, or in the
  sentence before and its own.
- ``former-latter``: "the former" / "the latter" -> first / second of the sides of a
  "between A ... and B", else of the last two parties not named later in the sentence; the
  pair is fixed for the sentence. "the former leader" is an adjective.
- ``head``: "the brigade", "the Front", "the Network", "the council", "the operations room"
  -> the recent group whose name has that head noun ("Jabhat" counts as front, "Liwa" as
  brigade), number agreeing; nothing when two so named compete.
- ``definite``: "the group", "the hard-line militant group", "the faction", "this new
  coalition", "the right-wing guerrilla" -> a group it stands in apposition to ("ISI, the
  umbrella organization founded by AQI"), else the one group (coalition for coalition nouns) of
  the nearest preceding sentence that has any; a verb's object is not its clause's subject ("X
  attacked Y, defeating the group") nor the group right before the verb ("Because A ..., B
  targets the guerrilla"); "guerrilla" only as the head of its phrase ("the guerrilla war" is
  none); skipped when several compete and no subject parallelism decides.
  Superlatives ("the strongest group") are no references. A KB description matched in lower
  case ("coalition") gives way to it.
- ``pronoun``: "It"/"Its"/"They"/"Their" opening a sentence or clause, with one group (or two
  joined by "and" for "they") just before and no person in between; expletives ("It remains
  unclear") are none; "X and its" is the conjunct's.
- ``inner-pronoun``: "that it had", "its fighters", "a tribe it has been battling"; "its" in a
  relative clause is the group it hangs on; after "when", "as", "after" ... two actors before
  it leave it open.
- ``place``: "the city", "the town", "the village", "the province" -> the most recent place.
- ``regime``: "the regime", "regime forces", "government forces", "the government", "the
  army", "the Syrian government" -> the state actor of that (or the document's) country.

Patterns and word lists live in ``coref_patterns``; the plural, former/latter and head-noun
rules in ``coref_plural``; the state index in ``coref_states``.
"""

from __future__ import annotations

import re
from bisect import insort
from collections import Counter

from factionmap.kb.model import KnowledgeBase
from factionmap.link.coref_patterns import (
    ADVERBIAL_SUBORDINATORS,
    AND_ITS,
    APPOSITION_AFTER,
    APPOSITION_GAP,
    BACKED_DEFINITE,
    BARE_ROLE,
    BARE_ROLE_BEFORE,
    BETWEEN,
    BETWEEN_BARE,
    COALITION_NOUNS,
    COORDINATION,
    COREF_SCORES,
    DEFINITE,
    DEFINITE_WINDOW,
    FORMER_LATTER,
    GROUP_TYPES,
    HEAD_DEFINITE,
    INNER_PRONOUN,
    MAIN_AFTER_SUBORDINATE,
    MEMBERS_OF,
    MODIFIER_USE,
    NOT_ANAPHORIC,
    NUMBERS,
    OBJECT_LEAD,
    PLACE,
    PLURAL,
    PLURAL_BARE,
    PP_INTRO,
    PRONOUN,
    REGIME,
    RELATIVE_GAP,
    RELATIVE_LEAD,
    RELATIVE_SUBJECT,
    SALIENCE_MARGIN,
    SPEAKER_GAP,
    SUBJECT_LEAD,
    SUBJECT_VERB_OBJECT,
    SUBORDINATE_LEAD,
    UNCOUNTED,
)
from factionmap.link.coref_plural import GroupReferences, fold_head
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


class _Resolver(GroupReferences):
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

    def only_pair(self, index: int, start: int) -> list[tuple[str, str]]:
        """The two groups a bare "between the two" means: the only two things named (groups,
        people, states or places) in its sentence before ``start``, or, when that names none,
        in the sentence before and its own; else nothing."""
        for back in (0, 1):
            if index - back < 0:
                break
            named = [m for m in self.mentions if m.entity_id and not m.reason.startswith("coref:")
                     and self.sentences[index - back].start <= m.start < start]
            if not named:
                continue
            ids = list(dict.fromkeys((m.entity_id, m.label) for m in named))
            if len({i for i, _ in ids}) == 2 and all(label in GROUP_TYPES for _, label in ids):
                return ids  # type: ignore[return-value]
            return []
        return []

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

    def definite(self, index: int, start: int, end: int, noun: str
                 ) -> tuple[str, str] | None:
        """The single group "the group" points to, or None when it is not clear. Groups
        named later in its clause are other parties ("the group began to operate
        autonomously from KH and AAH")."""
        wants_coalition = noun in COALITION_NOUNS
        barred = self.later_parties(index, end, clause=True)
        before = self.in_sentence(self.groups, index, start)
        if OBJECT_LEAD.search(self.text, max(0, start - 40), start):
            if before and RELATIVE_SUBJECT.fullmatch(self.text, before[-1].end, start):
                # "Nusra blamed ISIS militants who fought the group": the relative clause's
                # subject is ISIS, not the main clause's Nusra
                barred.add(before[-1].entity_id)
            else:
                barred.add(self.clause_subject(index, start))
            barred.discard(None)
        if before and SUBJECT_VERB_OBJECT.fullmatch(self.text, before[-1].end, start):
            # "Because A ..., B targets the guerrilla": B, right before the verb, is its
            # subject though the sentence does not open with it
            barred.add(before[-1].entity_id)
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

    def regime_actor(self, demonym: str | None, local: str | None = None) -> tuple[str, str] | None:
        """The state actor "the regime" / "the government" means: the demonym's country, else
        the one country the sentence names (``local``), else the document's."""
        if demonym and demonym not in self.demonyms:
            self.demonyms[demonym] = country_of_demonym(demonym, self.kb, self.states)
        # An unknown word before "regime" ("the Assad regime") leaves the document's country.
        country = (self.demonyms[demonym] if demonym else None) or local or self.country
        if not country:
            return None
        actor = self.states.actors.get(country)
        if actor is None and country in self.states.states:
            return self.states.states[country], "state"  # "the Iraqi government": the state
        return actor


# An opening locative: "In Afghanistan, ...".
OPENING_IN = re.compile(r"\s*In\s+(?:the\s+)?")


def sentence_country(text: str, sentence: Sentence, mentions: list[Mention],
                     kb: KnowledgeBase) -> str | None:
    """The country a sentence opens in ("In Afghanistan, ISKP fights ... the government in
    Nangarhar"): a state or place named by an opening "In X,". Other states a sentence names
    are usually other parties ("the government and its ally Russia"), so they do not count."""
    for mention in mentions:
        entity = kb.get(mention.entity_id) if mention.entity_id else None
        if entity is None or not entity.country or entity.type not in ("place", "state"):
            continue
        if OPENING_IN.fullmatch(text, sentence.start, mention.start) \
                and text[mention.end:mention.end + 1] == ",":
            return entity.country
    return None


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
            if not count and UNCOUNTED.fullmatch(match.group(0)) and not _overlaps(s, e, hard):
                # "AQIM, Ansar Dine and MUJAO ended their alliances ... Shortly after, the groups
                # began to target the MNLA": the one list just named
                ids = r.uncounted(index, s, frozenset(r.later_parties(index, e, clause=True)),
                                  head=match.group(0).split()[-1].lower())
                if ids:
                    r.emit(index, s, e, ids, "plural-list", hard)
                continue
            if not count or _overlaps(s, e, hard):
                continue
            barred = frozenset({r.clause_subject(index, s)}) \
                if OBJECT_LEAD.search(text, max(0, s - 40), s) else frozenset()
            ids = r.apposition(e, count, sentence.end) or r.plural(
                index, s, e, count, plural_orgs=match.group("noun").startswith("organ"),
                sides=match.group("noun") == "sides", barred=barred - {None})
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
        for match in BETWEEN_BARE.finditer(seg):
            s, e = sentence.start + match.start("span"), sentence.start + match.end("span")
            pair = r.only_pair(index, s)
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
            ref = None if noun in ("groups", "jihadists", "extremists", "guerrillas") \
                else r.appositive(index, s, e)
            ref = ref or r.definite(index, s, e, "group" if noun == "groups" else noun)
            if ref:
                r.replaced.extend(m for m in soft if m.start < e and m.end > s)
                r.emit(index, s, e, [ref], "definite", hard)
        for match in BACKED_DEFINITE.finditer(seg):
            s, e = sentence.start + match.start("noun"), sentence.start + match.end("noun")
            if _overlaps(s, e, hard):
                continue
            ref = r.definite(index, sentence.start + match.start(), e, match.group("noun").lower())
            if ref:
                r.emit(index, s, e, [ref], "definite", hard)
        for match in BARE_ROLE.finditer(seg):
            s, e = sentence.start + match.start(), sentence.start + match.end()
            if _overlaps(s, e, hard) or not BARE_ROLE_BEFORE.search(seg, 0, match.start()):
                continue
            ref = r.definite(index, s, e, match.group("noun").lower())
            if ref:
                r.emit(index, s, e, [ref], "definite", hard)
        for match in PRONOUN.finditer(seg):
            s = sentence.start + match.start("p")
            e = s + len(match.group("p"))
            refs = r.pronoun(index, s, match.group("p"))
            if refs and not _overlaps(s, e, hard):
                r.emit(index, s, e, refs, "pronoun", hard)
        for match in INNER_PRONOUN.finditer(seg):
            which = next(g for g in ("poss", "subj", "aux", "speech") if match.group(g))
            word = match.group(which)
            s = sentence.start + match.start(which)
            e = s + len(word)
            lead = match.group(0).split()[0].lower()
            if which == "speech":
                # "Hamas said it attacked": only the group that speaks, named right before the
                # verb ("Ankara said it is targeting IS" names no group: nothing)
                verb_at = sentence.start + match.start()
                speakers = r.in_sentence(r.groups, index, verb_at)
                refs = [(speakers[-1].entity_id or "", str(speakers[-1].label))] if speakers and \
                    SPEAKER_GAP.fullmatch(text, speakers[-1].end, verb_at) else []
            else:
                refs = r.pronoun(index, s, word,
                                 adverbial=which == "subj" and lead in ADVERBIAL_SUBORDINATORS)
            if refs and not _overlaps(s, e, hard):
                r.emit(index, s, e, refs, "inner-pronoun", hard)
        for match in PLACE.finditer(seg):
            s, e = sentence.start + match.start(), sentence.start + match.end()
            ref = r.place(index, s, match.group("noun"))
            if ref and not _overlaps(s, e, hard):
                r.emit(index, s, e, [ref], "place", hard)
        local = sentence_country(text, sentence, taken, kb)
        for match in REGIME.finditer(seg):
            s, e = sentence.start + match.start(), sentence.start + match.end()
            demonym = (match.group("demonym") or match.group("demonym2") or "").strip() or None
            ref = r.regime_actor(demonym, local)
            inside = [m for m in hard if m.start < e and m.end > s]
            # "the Assad regime": the person inside the phrase does not block it.
            if ref and all(m.label == "person" and s < m.start for m in inside):
                r.replaced.extend(inside)
                r.emit(index, s, e, [ref], "regime", hard)
    return r.added, r.replaced
