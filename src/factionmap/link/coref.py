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
from dataclasses import dataclass

from factionmap.kb.model import KnowledgeBase
from factionmap.types import CleanDocument, Mention, Sentence

GROUP_TYPES = frozenset({"armed_group", "coalition", "organization"})
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4}
# Up to two modifiers: "hard-line militant", "Islamist"; other capitalised words make a name.
_MODIFIER = (r"(?:(?:[a-z]+-)?[a-z]+\s+|(?:Islamist|Salafi|Salafist|Kurdish|Jihadist|Sunni|Shia"
             r"|Shiite|Arab)\s+){0,2}?")
_PLURAL = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Bb]oth|[Aa]ll)\s+(?:(?P<num>two|three|four|five|2|3|4)\s+)?"
    + _MODIFIER + r"(?P<noun>groups|factions|organi[sz]ations|movements|militias|brigades|"
    r"battalions|outfits|rivals|sides|parties|coalitions|alliances)\b")
_DEFINITE = re.compile(
    r"\b[Tt]he\s+" + _MODIFIER + r"(?P<noun>groups(?=\s+(?:leader|leaders|headquarters|fighters|"
    r"members|commander|spokesman|founder)\b)|group|faction|organi[sz]ation|movement|militia|"
    r"jihadists|extremists|coalition|alliance|operations\s+room|room|outfit|brigade)"
    r"\b(?!\s+(?:of|that|which|who|called|named|known)\b)")
# "between the groups": a relation between exactly two, so the groups are the two of the nearest
# sentence that has any (when it has exactly two).
_BETWEEN = re.compile(r"\b(?:between|among)\s+(?P<span>(?:the|these|both)\s+(?:groups|factions|"
                      r"organi[sz]ations|movements|sides))\b")
_FORMER_LATTER = re.compile(r"\b[Tt]he\s+(?P<which>former|latter)\b")
_PRONOUN = re.compile(r"(?:^|(?<=[,;]\s)|(?<=\band\s))(?P<p>[Ii]t|[Ii]ts|[Tt]hey|[Tt]heir)\b"
                      r"(?!\s+(?:is|was|seems|appears|remains)\s+(?:unclear|not|likely|possible|"
                      r"reported|said|believed|thought|expected|difficult|hard|important|"
                      r"unlikely|too|clear|worth)\b)")
# Pronouns inside a clause: "announced that it had killed", "stormed its headquarters",
# "its rival". "its" only before what a group possesses; "their" not at all (on the mention gold
# it bound people: "forced the Druze to renounce their religion"); a subject "it" / "they"
# only after a subordinating word, where it starts a clause of its own (not "make it").
# What a group possesses, so that a mid-clause "its" is the group's and not a battle's ("its
# details") or an idiom's ("first of its kind"); up to two words may come between ("its
# Syrian capital", "its Amaq news agency").
GROUP_POSSESSIONS = (
    "leader|leaders|leadership|founder|commander|commanders|chief|emir|spokesman|members|"
    "fighters|militants|men|ranks|forces|troops|units|brigades|wing|branch|affiliate|affiliates|"
    "rival|rivals|ally|allies|enemies|headquarters|base|bases|stronghold|strongholds|capital|"
    "territory|positions|ideology|allegiance|loyalty|statement|channels|agency|media|"
    "supporters|operations|offensive|attack|attacks|struggle|founding|formation|name")
_INNER_PRONOUN = re.compile(
    r"\b(?:(?P<poss>its)(?=(?:\s+[\w-]+){0,2}?\s+(?:" + GROUP_POSSESSIONS + r")\b)"
    r"|(?:that|which|after|when|as|because|since|while|before|until|where|if|but|so)\s+"
    r"(?P<subj>it|they))\b"
    r"(?!\s+(?:is|was|seems|appears|remains|has\s+been|had\s+been)\s+(?:unclear|not|likely|"
    r"possible|reported|said|believed|thought|expected|difficult|hard|important|unlikely|too|"
    r"clear|worth)\b)")
_PLACE = re.compile(r"\b[Tt]he\s+(?P<noun>city|town|village|province|governorate|district)\b"
                    r"(?!\s+(?:of|that|which)\b)")
# "the other group", "the largest group" compare groups; they do not point back to one.
_NOT_ANAPHORIC = re.compile(r"\b(?:other|another|largest|biggest|smallest|same|first|second|"
                            r"last|only|one|new\s+group)\b", re.IGNORECASE)
_REGIME = re.compile(r"\b(?:[Tt]he\s+(?P<demonym>[A-Z][a-z]+\s+)?(?:[Aa]ssad\s+)?regime|"
                     r"(?:pro-)?(?:regime|government)\s+(?:forces|troops)|"
                     r"[Tt]he\s+(?P<demonym2>[A-Z][a-z]+\s+)?government|[Tt]he\s+army|"
                     r"[Tt]he\s+military)\b")
# A group named as the modifier of a person or unit ("an ISIL commander", "al-Qaidas
# affiliate the Nusra Front") is not one of "the two groups".
_MODIFIER_USE = re.compile(r"(?:['’]?s)?\s+(?:affiliate|branch|offshoot|breakaway|splinter|"
                           r"franchise|wing|leader|leaders|"
                           r"commander|commanders|emir|founder|spokesman|official|officials|"
                           r"operative|operatives|cell|cells)\b")
# What may open a sentence before its subject: nothing, a determiner, or one introductory phrase
# closed by a comma ("In September 2014, X joined ...", "On Monday, the X said ...").
_SUBJECT_LEAD = re.compile(
    r"\s*(?:[^,;:()]{0,60},\s*|(?:In|On|By|Since|Until|During)\s+(?:early\s+|late\s+|mid-)?"
    r"(?:\d{1,4}|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+\d{1,4})?\s+)?(?:[Tt]he\s+)?")
# What joins two groups into one coordinated subject ("X and Y", "X, Y", "X along with Y"):
# then neither alone is the subject.
_COORDINATION = re.compile(r"[\s,]*(?:and|or|as\s+well\s+as|along\s+with|together\s+with)?"
                           r"[\s,]*(?:the\s+)?")
_MEMBERS_OF = re.compile(r"(?:['’]?s)?\s+(?:fighters|militants|members|jihadists|gunmen|"
                         r"positions|prisoners|detainees)\b")
COALITION_NOUNS = frozenset({"coalition", "alliance", "operations room", "room"})
# Sentences back that "the group" and "the city" may reach.
DEFINITE_WINDOW = 3
# How many more mentions make one group the topic among competitors ("the group" then means
# it); set on the gold excerpts, where 2 resolved more references than it broke.
SALIENCE_MARGIN = 2
REGIME_ALIASES = frozenset({"regime forces", "government forces", "the regime", "regime"})
COREF_SCORES = {"plural-count": 0.75, "definite": 0.75, "pronoun": 0.65, "regime": 0.8,
                "inner-pronoun": 0.6, "plural-between": 0.7,
                "former-latter": 0.75, "place": 0.7}


def _overlaps(start: int, end: int, mentions: list[Mention]) -> bool:
    return any(m.start < end and m.end > start for m in mentions)


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
        self.places = sorted((m for m in mentions if m.label == "place" and m.entity_id),
                             key=lambda m: m.start)
        self.states = states
        self.demonyms: dict[str, str | None] = {}
        self.country = _document_country(mentions, kb)
        self.added: list[Mention] = []
        self.replaced: list[Mention] = []

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
        lead = _SUBJECT_LEAD.match(self.text, sent.start, mention.start)
        return lead is not None and lead.end() == mention.start

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
            if _MODIFIER_USE.match(self.text, mention.end) or mention.label == "organization" \
                    and not plural_orgs:
                continue  # "an ISIL commander", "al-Qaidas affiliate": not a party here
            ids.append((mention.entity_id, mention.label))  # type: ignore[arg-type]
            if len(ids) == count:
                break
        return list(reversed(ids))

    def apposition(self, end: int, count: int, limit: int) -> list[tuple[str, str]]:
        """Groups in apposition right after a plural: "Both factions, JMA and Nusrah, ..."."""
        if not re.match(r"\s*[,:(—–-]\s*", self.text[end:end + 3]):
            return []
        after = [m for m in self.groups if end < m.start < min(limit, end + 80)]
        ids = list(dict.fromkeys((m.entity_id, m.label) for m in after))[:count]
        return ids if len(ids) == count else []  # type: ignore[return-value]

    def definite(self, index: int, start: int, noun: str) -> tuple[str, str] | None:
        """The single group "the group" points to, or None when it is not clear."""
        wants_coalition = noun in COALITION_NOUNS
        for back in range(0, DEFINITE_WINDOW + 1):
            i = index - back
            if i < 0:
                break
            here = self.in_sentence(self.groups, i, start if back == 0 else None)
            if wants_coalition:
                here = [m for m in here if m.label == "coalition"]
            # "killed six Nusra Front fighters", "ISIS militants": a group named as the modifier
            # of its men is not what "the group" points back to, when another group is there.
            parties = [m for m in here if not _MEMBERS_OF.match(self.text, m.end)
                       and not _MODIFIER_USE.match(self.text, m.end)]
            if parties:
                here = parties
            distinct = list(dict.fromkeys((m.entity_id, m.label) for m in here))
            if len(distinct) == 1:
                return distinct[0]  # type: ignore[return-value]
            if len(distinct) > 1:
                first, second = here[0], next(m for m in here if m.entity_id != here[0].entity_id)
                coordinated = _COORDINATION.fullmatch(self.text[first.end:second.start])
                reference = Mention(start, start, "", "body", "other")
                # Subject parallelism across sentences; inside one sentence the subject is
                # what a later description means ("X ... an attack carried out by the group").
                subject = not coordinated and self.is_subject(i, first) \
                    and (back == 0 or self.is_subject(index, reference))
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

    def pronoun(self, index: int, start: int, word: str) -> list[tuple[str, str]]:
        """Referents of a clause-initial pronoun: groups earlier in this sentence, else in the
        previous one; "it" takes a lone group or the uncoordinated subject of that sentence."""
        i, stop = index, start
        here = self.in_sentence(self.groups, i, stop)
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
            subject = self.is_subject(i, first) and not _COORDINATION.fullmatch(between)
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
            self.demonyms[demonym] = _country_of_demonym(demonym, self.kb, self.states)
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
        for match in _PLURAL.finditer(seg):
            s, e = sentence.start + match.start(), sentence.start + match.end()
            num = (match.group("num") or "").lower()
            count = 2 if match.group(0).lower().startswith("both") else NUMBERS.get(num)
            if not count or _overlaps(s, e, hard):
                continue
            ids = r.apposition(e, count, sentence.end)
            if not ids:
                later = {m.entity_id for m in r.groups if s < m.start < sentence.end}
                ids = r.recent_groups(s, count, exclude=later,
                                      plural_orgs=match.group("noun").startswith("organ"))
            if len(ids) == count:
                r.emit(index, s, e, ids, "plural-count", hard)
        for match in _BETWEEN.finditer(seg):
            s, e = sentence.start + match.start("span"), sentence.start + match.end("span")
            pair = r.nearest_pair(index, s)
            if pair and not _overlaps(s, e, hard):
                r.emit(index, s, e, pair, "plural-between", hard)
        for match in _FORMER_LATTER.finditer(seg):
            s, e = sentence.start + match.start(), sentence.start + match.end()
            pair = r.recent_groups(s, 2, exclude=set())
            if len(pair) == 2 and not _overlaps(s, e, hard):
                r.emit(index, s, e, [pair[0 if match.group("which") == "former" else 1]],
                       "former-latter", hard)
        for match in _DEFINITE.finditer(seg):
            s, e = sentence.start + match.start(), sentence.start + match.end()
            if _overlaps(s, e, hard) or _NOT_ANAPHORIC.search(match.group(0)):
                continue
            noun = re.sub(r"\s+", " ", match.group("noun").lower())
            ref = r.definite(index, s, "group" if noun == "groups" else noun)
            if ref:
                r.replaced.extend(m for m in soft if m.start < e and m.end > s)
                r.emit(index, s, e, [ref], "definite", hard)
        for match in _PRONOUN.finditer(seg):
            s = sentence.start + match.start("p")
            e = s + len(match.group("p"))
            refs = r.pronoun(index, s, match.group("p"))
            if refs and not _overlaps(s, e, hard):
                r.emit(index, s, e, refs, "pronoun", hard)
        for match in _INNER_PRONOUN.finditer(seg):
            word = match.group("poss") or match.group("subj")
            s = sentence.start + match.start("poss" if match.group("poss") else "subj")
            e = s + len(word)
            refs = r.pronoun(index, s, word)
            if refs and not _overlaps(s, e, hard):
                r.emit(index, s, e, refs, "inner-pronoun", hard)
        for match in _PLACE.finditer(seg):
            s, e = sentence.start + match.start(), sentence.start + match.end()
            ref = r.place(index, s, match.group("noun"))
            if ref and not _overlaps(s, e, hard):
                r.emit(index, s, e, [ref], "place", hard)
        for match in _REGIME.finditer(seg):
            s, e = sentence.start + match.start(), sentence.start + match.end()
            demonym = (match.group("demonym") or match.group("demonym2") or "").strip() or None
            ref = r.regime_actor(demonym)
            inside = [m for m in hard if m.start < e and m.end > s]
            # "the Assad regime": the person inside the phrase does not block it.
            if ref and all(m.label == "person" and s < m.start for m in inside):
                r.replaced.extend(inside)
                r.emit(index, s, e, [ref], "regime", hard)
    return r.added, r.replaced


def _document_country(mentions: list[Mention], kb: KnowledgeBase) -> str | None:
    """The country the document is most about (most mentioned among places and states)."""
    countries: Counter[str] = Counter()
    for mention in mentions:
        entity = kb.get(mention.entity_id) if mention.entity_id else None
        if entity is not None and entity.country and entity.type in ("place", "state"):
            countries[entity.country] += 1
    return countries.most_common(1)[0][0] if countries else None


@dataclass(frozen=True, slots=True)
class StateIndex:
    """Per country its state actor (the forces as a whole), and state names by first letters;
    built once per KB (``resources.derived("state_index", ...)``)."""

    actors: dict[str, tuple[str, str] | None]
    stems: dict[str, frozenset[str]]
    states: dict[str, str]  # country -> state id, when a country's forces are undecided


def build_state_index(kb: KnowledgeBase) -> StateIndex:
    """Index the KB's states and state actors for the ``regime`` rule."""
    by_country: dict[str, list] = {}
    stems: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    for entity in kb:
        if entity.type == "state_actor" and entity.country:
            by_country.setdefault(entity.country, []).append(entity)
        elif entity.type == "state" and entity.country:
            stems.setdefault(entity.name.lower()[:4], set()).add(entity.country)
            names.setdefault(entity.country, set()).add(entity.name.lower()[:4])
    actors = {country: _state_actor(found, names.get(country, set()))
              for country, found in by_country.items()}
    states = {e.country: e.id for e in kb if e.type == "state" and e.country}
    return StateIndex(actors, {k: frozenset(v) for k, v in stems.items()}, states)


def _country_of_demonym(word: str, kb: KnowledgeBase, states: StateIndex) -> str | None:
    """"Syrian" -> SY, "Iraqi" -> IQ, "Turkish" -> TR: the state named by the word less its
    ending, else the one state whose name shares its first four letters; None otherwise
    ("Assad", "Islamic")."""
    for entity in (*kb.find(word[:-1]), *kb.find(word[:-2]), *kb.find(word)):
        if entity.type == "state" and entity.country:
            return entity.country
    if len(word) < 5:
        return None
    found = states.stems.get(word.lower()[:4], frozenset())
    return next(iter(found)) if len(found) == 1 else None


def _state_actor(actors: list, stems: set[str]) -> tuple[str, str] | None:
    """The forces of a country as a whole: named after the country ("Syrian government
    forces", "Iraqi security forces", not "Kurdistan Regional Government"), then "government"
    in the name, then "regime forces" among the aliases."""
    if len(actors) == 1:
        return actors[0].id, "state_actor"
    ranked = sorted((((e.name.lower()[:4] in stems) * 4 + ("government" in e.name.lower()) * 2
                      + any(n.lower() in REGIME_ALIASES for n in e.all_names()), e.id)
                     for e in actors), reverse=True)
    if ranked and ranked[0][0] > 0 and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
        return ranked[0][1], "state_actor"
    return None
