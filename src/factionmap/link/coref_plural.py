"""Group references that name several groups or one by its head noun, for ``coref``.

``GroupReferences`` holds the document's group mentions and answers: which groups "the two
groups" / "both sides" mean (a list of that many, else the recent parties), which pair "the
former" / "the latter" choose from, and which group "the brigade" / "the Front" names (the
recent one whose name has that head noun). ``coref._Resolver`` adds the single-group rules.
"""

from __future__ import annotations

import re

from factionmap.kb.model import KnowledgeBase
from factionmap.link.coref_patterns import (
    ALIAS_LEAD,
    AND_LEAD,
    ARABIC_HEADS,
    BETWEEN_PAIR_LEAD,
    CLAUSE_END,
    DEFINITE_WINDOW,
    HEAD_WINDOW,
    HEAD_WORDS,
    LIST_JOIN,
    MODIFIER_USE,
    POSSESSIVE,
    SPEAKER_FOR,
    TRAILING_HEAD,
)
from factionmap.types import Mention, Sentence


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


class GroupReferences:
    """The group and person mentions of one document, in text order, and the plural and
    head-noun rules over them."""

    text: str
    sentences: tuple[Sentence, ...]
    kb: KnowledgeBase
    groups: list[Mention]
    people: list[int]
    person_starts: frozenset[int]
    pairs: dict[int, list[tuple[str, str]]]
    _heads: dict[str, set[str]] | None

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
        clause when ``clause``): "the two groups that IS criticizes" leaves IS out; a name
        given as another name of the description ("formerly known as X") does not."""
        limit = self.sentences[index].end
        if clause:
            stop = CLAUSE_END.search(self.text, end, limit)
            limit = stop.start() if stop else limit
        return {m.entity_id for m in self.groups
                if end <= m.start < limit and not m.reason.startswith("coref:")
                and self.is_party(m)
                and not ALIAS_LEAD.search(self.text, max(0, m.start - 25), m.start)}

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

    def list_runs(self, index: int, start: int) -> list[list[Mention]]:
        """The group mentions of the nearest sentence with groups, in runs joined as a list
        ("A, B and C"); "Islamic State (IS)" is one member."""
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
        return runs

    def listed(self, index: int, start: int, count: int, exclude: set[str | None]
               ) -> list[tuple[str, str]] | None:
        """The groups of a list ("A, B and C") in the nearest sentence with groups: the last
        list of exactly ``count`` (``exclude`` left out); None when a longer list leaves the
        choice open."""
        found: list[tuple[str, str]] = []
        for run in self.list_runs(index, start):
            if len(run) < 2:
                continue
            ids = list(dict.fromkeys((m.entity_id, m.label) for m in run
                                     if m.entity_id not in exclude))
            if len(ids) > count:
                return None
            if len(ids) == count:
                found = ids  # type: ignore[assignment]
        return found

    def _plural_noun_near(self, runs: list[list[Mention]], start: int, head: str) -> bool:
        """Whether the sentence of ``runs`` (up to ``start``) uses the reference's plural noun
        itself ("Thirteen groups announce the formation of a coalition. The most prominent of
        the groups are ..."): that noun phrase, not the names, is the antecedent."""
        first = min(m.start for run in runs for m in run)
        sentence = next(s for s in self.sentences if s.start <= first < s.end)
        return re.search(rf"\b{re.escape(head)}\b", self.text[sentence.start:min(sentence.end, start)],
                         re.IGNORECASE) is not None

    def uncounted(self, index: int, start: int, exclude: frozenset[str | None] = frozenset(), *,
                  head: str = "groups") -> list[tuple[str, str]]:
        """Referents of an uncounted "the groups": the one list ("A, B and C") of the nearest
        sentence with groups, however often it is repeated ("A, along with B and C, ...
        contradicted A, B and C's aims"), or its two groups when it lists none and neither is
        named again in the reference's own clause ("These groups target the SDF": not the SDF)
        and the sentence has no plural ``head`` noun of its own; nothing when it holds different
        lists, or no list and one group or more than two."""
        runs = self.list_runs(index, start)
        lists = [list(dict.fromkeys((m.entity_id, m.label) for m in run)) for run in runs]
        named = [i for i in dict.fromkeys(i for ids in lists for i in ids) if i[0] not in exclude]
        lists = [ids for ids in lists if len(ids) >= 2]
        if not lists and len(named) == 2 and not self._plural_noun_near(runs, start, head) \
                and not re.search(r"\bbetween\s+$", self.text[max(0, start - 20):start]):
            # "X, a leader in A, opened communication with B. In 2015, the groups coordinated
            # an attack": no list, but the two groups just named are the only plural there is
            # ("between the groups" is left to the between rule)
            return named  # type: ignore[return-value]
        same = len({frozenset(ids) for ids in lists}) == 1
        return lists[0] if same else []  # type: ignore[return-value]

    def plural(self, index: int, start: int, end: int, count: int, *,
               plural_orgs: bool = False, sides: bool = False,
               barred: frozenset[str | None] = frozenset()) -> list[tuple[str, str]]:
        """Referents of "the two groups", "the three organizations": a list of exactly that
        many in the nearest sentence, else the most recent distinct parties (not those named
        later in the same clause). ``sides`` ("the two sides"): a side may be several groups
        ("YPG on the one hand and ISIS and Nusra on the other"), so only a sentence naming
        exactly two parties settles it (``sides``). ``barred``: the subject of the clause
        whose object the plural is ("The SDF accused both factions")."""
        later = self.later_parties(index, end, clause=True) | barred
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
