"""A small, explainable coreference resolver for the references analysts write about groups.

Rules, each named in the mention's reason (``coref:<rule>``):

- ``plural-count``: "the two groups", "the three organizations", "both factions", "all four
  brigades" -> that many most recent distinct groups (excluding groups named later in the same
  sentence: "the two groups that X criticizes" leaves X out). One Mention per referent.
- ``definite``: "the group", "the faction", "the organization", "the jihadists", "the
  coalition" -> the one group of the nearest preceding sentence that has any; skipped when
  that sentence holds several and no type or subject position decides.
- ``pronoun``: sentence-initial "It"/"Its"/"They"/"Their" with one group (or two joined by
  "and" for "they") in the previous sentence and no person in between.
- ``regime``: "the regime", "regime forces", "government forces", "the government" -> the
  state actor of the document's country, when the KB has exactly one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from factionmap.kb.model import KnowledgeBase
from factionmap.types import CleanDocument, Mention, Sentence

GROUP_TYPES = frozenset({"armed_group", "coalition", "organization"})
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4}
# Nouns analysts use for a group; the coalition nouns pick only coalitions.
GROUP_NOUNS = (r"groups?|factions?|organi[sz]ations?|movements?|militias?|brigades?|"
               r"battalions?|jihadist\s+groups?|rebel\s+groups?|militant\s+groups?|"
               r"insurgent\s+groups?|outfits?|rivals?|sides?|coalitions?|alliances?")
COALITION_NOUNS = frozenset({"coalition", "alliance", "operations room", "umbrella"})
_PLURAL = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Bb]oth|[Aa]ll)\s+(?:(?P<num>two|three|four|five|2|3|4)\s+)?"
                     r"(?:(?:jihadist|rebel|militant|insurgent|armed|rival)\s+)?"
                     r"(?P<noun>" + GROUP_NOUNS + r")\b")
_BOTH = re.compile(r"\b[Bb]oth\s+(?:(?:jihadist|rebel|militant|armed|rival)\s+)?"
                   r"(?P<noun>groups|factions|organi[sz]ations|movements|militias|sides)\b")
_DEFINITE = re.compile(r"\b[Tt]he\s+(?:(?:jihadist|rebel|militant|insurgent|armed|extremist|"
                       r"Islamist|new|Salafist)\s+)?(?P<noun>group|faction|organi[sz]ation|"
                       r"movement|militia|jihadists|coalition|alliance|operations\s+room|outfit)"
                       r"(?:['’]s)?\b(?!\s+(?:of|that|which|who|called|named|known)\b)")
_PRONOUN = re.compile(r"^(?P<p>It|Its|They|Their)\b(?!\s+(?:is|was|seems|appears|remains)\s+"
                      r"(?:unclear|not|likely|possible|reported|said|believed|thought|expected|"
                      r"difficult|hard|important|unlikely|too|clear|worth)\b)")
_REGIME = re.compile(r"\b(?:the\s+(?:\w+\s+)?regime|regime\s+forces|(?:pro-)?government\s+forces|"
                     r"the\s+government|the\s+Assad\s+regime)\b", re.IGNORECASE)
REGIME_ALIASES = frozenset({"regime forces", "government forces", "the regime", "regime"})
DEFINITE_WINDOW = 3  # sentences back that "the group" may reach
COREF_SCORES = {"plural-count": 0.75, "definite": 0.75, "pronoun": 0.65, "regime": 0.8}


@dataclass(frozen=True, slots=True)
class _Seen:
    start: int
    entity_id: str
    label: str
    sentence: int


def _overlaps(start: int, end: int, mentions: list[Mention]) -> bool:
    return any(m.start < end and m.end > start for m in mentions)


def resolve_coreference(doc: CleanDocument, sentences: tuple[Sentence, ...],
                        mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Coreference mentions for group references, one per referent, with ``coref:`` reasons."""
    groups = sorted((m for m in mentions if m.label in GROUP_TYPES and m.entity_id),
                    key=lambda m: m.start)
    people = sorted(m.start for m in mentions if m.label == "person")
    regime_id = _regime_actor(mentions, kb)
    text = doc.text
    added: list[Mention] = []
    for index, sentence in enumerate(sentences):
        if sentence.section == "boilerplate":
            continue
        seg = text[sentence.start:sentence.end]
        taken = [m for m in mentions if sentence.start <= m.start < sentence.end]

        def emit(start: int, end: int, ids: list[tuple[str, str]], rule: str) -> None:
            for entity_id, label in ids:
                added.append(Mention(start, end, text[start:end], sentence.section,
                                     label, entity_id, COREF_SCORES[rule], f"coref:{rule}",
                                     index))  # type: ignore[arg-type]
            taken.append(Mention(start, end, "", sentence.section, "other"))

        for match in (*_BOTH.finditer(seg), *_PLURAL.finditer(seg)):
            s, e = sentence.start + match.start(), sentence.start + match.end()
            count = NUMBERS.get((match.groupdict().get("num") or "").lower())
            if match.re is _BOTH:
                count = 2
            if not count or _overlaps(s, e, taken):
                continue
            later = {m.entity_id for m in groups if s < m.start < sentence.end}
            ids = _recent(groups, s, count, exclude=later)
            if len(ids) == count:
                emit(s, e, ids, "plural-count")
        for match in _DEFINITE.finditer(seg):
            s, e = sentence.start + match.start(), sentence.start + match.end()
            if _overlaps(s, e, taken):
                continue
            noun = re.sub(r"\s+", " ", match.group("noun").lower())
            ref = _definite(groups, text, sentences, index, s, noun)
            if ref:
                emit(s, e, [ref], "definite")
        pronoun = _PRONOUN.match(seg)
        if pronoun and index > 0:
            s = sentence.start
            e = s + len(pronoun.group("p"))
            refs = _pronoun(groups, people, sentences[index - 1], pronoun.group("p"), text)
            if refs and not _overlaps(s, e, taken):
                emit(s, e, refs, "pronoun")
        if regime_id:
            for match in _REGIME.finditer(seg):
                s, e = sentence.start + match.start(), sentence.start + match.end()
                if not _overlaps(s, e, taken):
                    emit(s, e, [regime_id], "regime")
    return added


def _recent(groups: list[Mention], before: int, count: int, *, exclude: set[str | None]
            ) -> list[tuple[str, str]]:
    ids: list[tuple[str, str]] = []
    for mention in reversed([m for m in groups if m.end <= before]):
        if mention.entity_id in exclude or any(mention.entity_id == i for i, _ in ids):
            continue
        ids.append((mention.entity_id, mention.label))  # type: ignore[arg-type]
        if len(ids) == count:
            break
    return list(reversed(ids))


def _definite(groups: list[Mention], text: str, sentences: tuple[Sentence, ...],
              index: int, start: int, noun: str) -> tuple[str, str] | None:
    """The single group "the group" points to, or None when it is not clear."""
    wants_coalition = noun in COALITION_NOUNS
    for back in range(0, DEFINITE_WINDOW + 1):
        i = index - back
        if i < 0:
            break
        sent = sentences[i]
        end = start if back == 0 else sent.end
        here = [m for m in groups if sent.start <= m.start < end]
        if wants_coalition:
            here = [m for m in here if m.label == "coalition"]
        distinct = list(dict.fromkeys((m.entity_id, m.label) for m in here))
        if len(distinct) == 1:
            return distinct[0]  # type: ignore[return-value]
        if len(distinct) > 1:
            first = here[0]
            coordinated = re.search(r"\band\b|,", text[first.end:here[1].start]) is not None
            subject = not coordinated and first.start - sent.start < 5 \
                and start - sentences[index].start < 5
            return (first.entity_id, first.label) if subject else None  # type: ignore[return-value]
    return None


def _pronoun(groups: list[Mention], people: list[int], previous: Sentence, word: str,
             text: str) -> list[tuple[str, str]]:
    here = [m for m in groups if previous.start <= m.start < previous.end]
    if any(previous.start <= p < previous.end for p in people):
        return []
    distinct = list(dict.fromkeys((m.entity_id, m.label) for m in here))
    if word in ("It", "Its"):
        return distinct if len(distinct) == 1 and here[0].start - previous.start < 5 else []  # type: ignore[return-value]
    if len(distinct) == 1:
        return distinct  # type: ignore[return-value]
    if len(distinct) == 2 and re.search(r"\band\b", text[here[0].end:here[-1].start]):
        return distinct  # type: ignore[return-value]
    return []


def _regime_actor(mentions: list[Mention], kb: KnowledgeBase) -> tuple[str, str] | None:
    """The state actor of the country the document is about (most mentioned country)."""
    countries: Counter[str] = Counter()
    for mention in mentions:
        entity = kb.get(mention.entity_id) if mention.entity_id else None
        if entity is not None and entity.country and entity.type in ("place", "state"):
            countries[entity.country] += 1
    if not countries:
        return None
    country = countries.most_common(1)[0][0]
    actors = [e for e in kb if e.type == "state_actor" and e.country == country]
    if len(actors) > 1:
        # The country's forces as a whole, not one branch: "government" in the name, then
        # "regime forces" among the aliases.
        ranked = sorted(((("government" in e.name.lower()) * 2
                          + any(n.lower() in REGIME_ALIASES for n in e.all_names()), e.id)
                         for e in actors), reverse=True)
        if ranked[0][0] > 0 and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            return ranked[0][1], "state_actor"
        return None
    return (actors[0].id, "state_actor") if len(actors) == 1 else None
