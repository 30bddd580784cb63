"""Relations and events between linked entities, with evidence, modality, time and place.

compute: pick candidate sentences (an actor plus a trigger or a second actor), parse each once
with its mentions masked by stand-ins, run the verbal and nominal patterns, then attach
modality, date, place, evidence and confidence to every finding. Boilerplate yields nothing;
comments keep ``section: comments``.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from factionmap.parses import ParseCache
from factionmap.relate.candidates import Arg, is_candidate, mask, sentence_args
from factionmap.relate.clauses import clause_findings, co_member_findings, nested_findings
from factionmap.relate.confidence import confidence
from factionmap.relate.dependency import Context, verbal
from factionmap.relate.factions import FACTION_SPLIT_RE, faction_findings
from factionmap.relate.killings import attack_killings
from factionmap.relate.leader_acts import leader_acts
from factionmap.relate.lineage import note_units
from factionmap.relate.modality import modality_of
from factionmap.relate.nominal import nominal
from factionmap.relate.parsing import parse
from factionmap.relate.partakers import PARTAKING_RE, partaker_findings
from factionmap.relate.places import place_for
from factionmap.relate.relationships import relationship_sentence, wants_follow_up
from factionmap.relate.syntax import EventFinding, Finding, SentenceView, subject_token, subjects
from factionmap.relate.timex import Timex, find_timexes
from factionmap.relate.triggers import VERBS
from factionmap.resources import Resources
from factionmap.types import SYMMETRIC_RELATION_TYPES, CleanDocument, Entity, Event, Evidence, Relation, Sentence

__all__ = ["relate", "relate_sentence_views"]

# Which argument kinds each relation type accepts: (sources, targets); "actor" is group-like.
SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "leads": (frozenset({"person"}), frozenset({"actor"})),
    "member_of": (frozenset({"actor", "person"}), frozenset({"actor"})),
    "based_in": (frozenset({"actor", "person"}), frozenset({"place"})),
    "killed": (frozenset({"actor", "person"}), frozenset({"actor", "person"})),
    "condemns": (frozenset({"actor", "person"}), frozenset({"actor", "person"})),
    "supports": (frozenset({"actor"}), frozenset({"actor", "person"})),  # "its support of bin Laden"
}
DEFAULT_SIGNATURE = (frozenset({"actor"}), frozenset({"actor"}))
# Types that happen somewhere; standing ties (member_of, leads, ...) carry no place.
PLACED_TYPES = frozenset({"fights", "joint_operation", "killed", "allied_with", "condemns"})


def _formation_pattern(pattern: str) -> bool:
    """Whether a pattern is a formation verb's ("verb:form", "verb:establish:mutual")."""
    parts = pattern.split(":")
    cue = VERBS.get(parts[1]) if len(parts) > 1 and parts[0] == "verb" else None
    return cue is not None and cue.event == "formation"


def _kind(arg: Arg) -> str:
    return "place" if arg.is_place else ("person" if arg.is_person else "actor")


def relate(doc: CleanDocument, sentences: tuple[Sentence, ...], entities: tuple[Entity, ...],
           resources: Resources, parses: ParseCache) -> tuple[tuple[Relation, ...], tuple[Event, ...]]:
    """Relations and events stated in the document's body and comments.

    ``parses`` is unused: this stage parses its own masked copies of the candidate sentences
    (see ``candidates.py`` for why), and only those.
    """
    if resources.nlp is None or not entities:
        return (), ()
    nested: dict[int, list[tuple[Arg, Arg]]] = {}
    by_sentence = sentence_args(entities, sentences, nested=nested)
    chosen = _chosen(doc, sentences, by_sentence)
    masked = [mask(i, doc.text, sentences[i], by_sentence.get(i, [])) for i in chosen]
    views = [SentenceView.build(m, parsed)
             for m, parsed in zip(masked, parse(resources, [m.text for m in masked]), strict=True)]
    return relate_sentence_views(doc, sentences, views, nested=nested)


def _chosen(doc: CleanDocument, sentences: tuple[Sentence, ...], by_sentence: dict[int, list[Arg]]) -> list[int]:
    """Indices of the sentences worth a parse, in document order."""
    def text(i: int) -> str:
        return doc.text[sentences[i].start:sentences[i].end]

    chosen = [i for i in sorted(by_sentence)
              if sentences[i].section != "boilerplate"
              and (is_candidate(text(i), by_sentence[i], offset=sentences[i].start)
                   # "This latter faction broke away and renamed itself B": one name, far from its cue
                   or FACTION_SPLIT_RE.search(text(i))
                   # "A claimed the bombing. B had participated in the operation": A's act
                   or (i + 1 < len(sentences) and PARTAKING_RE.search(text(i + 1))))]
    # the sentence after a relationship may name its kind ("However, the net result is an
    # affiliation") without naming a group, so it is parsed too
    follow_ups = {i + 1 for i in chosen if i + 1 < len(sentences)
                  and sentences[i + 1].section == sentences[i].section
                  and wants_follow_up(text(i), text(i + 1))}
    return sorted({*chosen, *follow_ups})


def relate_sentence_views(doc: CleanDocument, sentences: tuple[Sentence, ...],
                          views: list[SentenceView], *,
                          nested: dict[int, list[tuple[Arg, Arg]]] | None = None,
                          ) -> tuple[tuple[Relation, ...], tuple[Event, ...]]:
    """Run the patterns over parsed masked sentences (in document order) and build the output."""
    context = Context()
    relations: dict[tuple[Any, ...], Relation] = {}
    events: dict[tuple[Any, ...], Event] = {}
    years = _years_before(doc, sentences) if doc.published is None and views else {}
    last_index = -1
    for view in views:
        sentence = sentences[view.masked.index]
        text = doc.text[sentence.start:sentence.end]
        between = [doc.text[s.start:s.end] for s in sentences[last_index + 1:view.masked.index]]
        last_index = view.masked.index
        # Without a publication date, a yearless "On 26 September" takes the year the text
        # itself last named (the year is read, never invented); with no year named, none.
        year = years.get(view.masked.index)
        reference = doc.published or (f"{year}-12-31" if year else None)
        timexes = find_timexes(text, reference, offset=sentence.start)
        found, found_events = verbal(view, context)
        found.extend(nominal(view, context))
        found.extend(relationship_sentence(view, context))
        found.extend(faction_findings(view, context, text, between))
        found.extend(partaker_findings(view, context))
        found.extend(clause_findings(view, doc.text))
        found.extend(nested_findings(view, doc.text, (nested or {}).get(view.masked.index, [])))
        found.extend(attack_killings(view, found))
        found.extend(_leader_killings(view, found))
        found.extend(_left_bodies(view, found))
        found.extend(_member_group_acts(view, found))
        found.extend(co_member_findings(view, found))
        found.extend(_successions(view, context))
        found.extend(leader_acts(view, found))
        note_units(view, context)
        for finding in found:
            if finding.type == "leads" and finding.source is not None and finding.source.is_person \
                    and finding.target.is_actor:
                context.led[finding.source.ids] = finding.target
                context.last_led = (finding.source, finding.target)
        for finding in found:
            earlier = _first_sentence(sentences, finding) if finding.pattern in SPANNING_PATTERNS else None
            for relation in _relations(doc, sentence, view, finding, timexes, earlier=earlier):
                key = (relation.type, relation.source, relation.target, relation.evidence.start)
                old = relations.get(key)
                if old is None or _better(relation, old):
                    relations[key] = relation
        for event_finding in found_events:
            event = _event(doc, sentence, view, event_finding, timexes)
            if event is not None:
                event_key = (event.type, event.participants, event.evidence.start)
                if event_key not in events or events[event_key].confidence < event.confidence:
                    events[event_key] = event
    return tuple(relations.values()), tuple(events.values())


# Pronouns that stand for the last leader named: "He was succeeded by X".
PERSON_PRONOUNS = frozenset({"he", "she"})


def _successions(view: SentenceView, context: Context) -> list[Finding]:
    """leads from "He was succeeded by X" and "X succeeded Y": the successor leads what the
    one succeeded led (the last leader named, for a pronoun)."""
    found: list[Finding] = []
    if "succe" not in view.masked.text.lower():
        return found  # no form of "succeed" (most sentences): skip the walk over every token
    for token in view.doc:
        if token.lemma_.lower() != "succeed" or token.pos_ != "VERB":
            continue
        passive = any(c.dep_ == "auxpass" for c in token.children)
        before = next((c for c in token.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if before is None:
            continue
        successors = [a for a in (view.prep_objects(token, ("by",)) if passive else subjects(view, token))
                      if a.is_person]
        group: Arg | None = None
        person = view.arg(before)
        if person is not None and person.is_person:
            group = context.led.get(person.ids)
        elif before.lower_ in PERSON_PRONOUNS and context.last_led is not None:
            group = context.last_led[1]
        if group is not None:
            found.extend(Finding("leads", s, group, "succession", token.i, role="leader")
                         for s in successors)
    return found


def _leader_killings(view: SentenceView, found: list[Finding]) -> list[Finding]:
    """ "AAH claimed responsibility for killing JRTN leader al-Douri", "IS killed FSA leader
    Kamal Hamami", "The UVF's Joe Shaw was killed by UDA members": killing a group's leader or
    member (or a person the sentence calls the group's own) is an act against the group."""
    roles = [(f.source, f.target) for f in found if f.type in ("leads", "member_of") and f.source is not None]
    # "The UVF's Joe Shaw": a person named with a group's possessive is the group's
    roles += [(person, owner) for i, person in view.arg_of_token.items() if person.is_person
              for c in view.doc[i].children if c.dep_ == "poss"
              for owner in view.resolve(c) if owner.is_actor and not owner.coref]
    out = []
    for kill in found:
        if kill.type != "killed" or kill.source is None or not kill.source.is_actor:
            continue
        for person, group in roles:
            if person is not None and person.ids == kill.target.ids and group.is_actor \
                    and not set(group.ids) & set(kill.source.ids):
                out.append(Finding("fights", kill.source, group, "killed:leader", kill.anchor))
    return out


# What a member group or a unit does in the field, the body the sentence names it part of in an
# apposition does: "Ahrar al-Sham, a member group of the Islamic Front, coordinate an attack on
# Hezbollah". Breaking away from a unit is leaving its body as well: "its fighters broke away
# from Liwa al-Tawhid, a constituent brigade within the Levantine Front".
SHARED_ACTS = frozenset({"fights", "joint_operation"})
MEMBER_NOUNS = frozenset({"member"})
PART_TYPES = frozenset({"member_of", "subunit_of"})
# A coalition's possessive on a group names it as the coalition's own, like the apposition.
POSSESSIVE_MEMBER = "clause:coalition-possessive"


def _apposed_parts(view: SentenceView, found: list[Finding]) -> list[tuple[str, Arg, Arg]]:
    """(tie, part, body) from "A, a member (group) of U", "U's A" (U a coalition) and "A, a brigade within U": an
    apposition to a group (the parse may hang it on the head of a list the part closes: "B and
    A, a member of U")."""
    pairs = []
    for f in found:
        if f.type not in PART_TYPES or f.source is None or not f.source.is_actor or not f.target.is_actor:
            continue
        noun = view.doc[f.anchor]
        phrase = noun.head if noun.dep_ == "compound" else noun  # "a member group of U"
        words = {phrase.lemma_.lower()} | {c.lemma_.lower() for c in phrase.children if c.dep_ == "compound"}
        if (f.type == "subunit_of" or words & MEMBER_NOUNS) and phrase.dep_ == "appos" \
                and view.arg(phrase.head) is not None:
            pairs.append((f.type, f.source, f.target))
        elif f.pattern == POSSESSIVE_MEMBER:  # "the Islamic Front's Suqour al-Sham"
            pairs.append((f.type, f.source, f.target))
    return pairs


def _member_group_acts(view: SentenceView, found: list[Finding]) -> list[Finding]:
    """fights / joint_operation of a member group or unit also for its body, named in apposition
    to it ("Al-Nusra and Suqour al-Sham, a member of the Islamic Front, conduct a joint
    attack"), never against the body itself or another group the sentence puts in a body; and
    split_from a unit also from its body (the unit's own split is not its body's)."""
    pairs = _apposed_parts(view, found)
    inside = {f.source.ids for f in found if f.type in PART_TYPES and f.source is not None}
    out: list[Finding] = []
    for tie, part, body in pairs:
        for f in found:
            if f.source is None:
                continue
            if f.type == "split_from" and tie == "subunit_of" and f.target.ids == part.ids \
                    and not set(f.source.ids) & set(body.ids):
                out.append(Finding(f.type, f.source, body, f.pattern + ":unit", f.anchor,
                                   role=f.role, forced=f.forced))
            if f.type not in SHARED_ACTS:
                continue
            for mine, other, swap in ((f.source, f.target, False), (f.target, f.source, True)):
                if mine.ids != part.ids or other.ids in inside or set(other.ids) & set(body.ids):
                    continue
                source, target = (other, body) if swap else (body, other)
                out.append(Finding(f.type, source, target, f.pattern + ":member-group", f.anchor,
                                   role=f.role, forced=f.forced))
    return out


# Verbs by which a group leaves a body without naming it ("it formally split", "was encouraged
# to split off"), and words that make it "an independent group": the body it is said, in the
# same sentence, to have been part of is the one it left.
LEAVING_VERBS = frozenset({"split", "splinter", "secede", "separate", "break"})
INDEPENDENT_WORDS = frozenset({"independent", "independently", "autonomous"})


def _left_bodies(view: SentenceView, found: list[Finding]) -> list[Finding]:
    """ "LeJ remained part of the SSP until 1995, when it formally split", "Al Shabaab, which had
    served as the militant wing of the ICU, became an independent group": split_from the body."""
    bodies = [(f.source, f.target) for f in found
              if f.type in ("member_of", "subunit_of") and f.source is not None and f.source.is_actor]
    out: list[Finding] = []
    for token in view.doc if bodies else ():
        lemma = token.lemma_.lower()
        leaving = token.pos_ == "VERB" and lemma in LEAVING_VERBS \
            and (lemma != "break" or any(c.lower_ in ("away", "off") for c in token.children)) \
            and not any(c.dep_ == "prep" and c.lower_ in ("from", "with") for c in token.children)
        independent = lemma == "become" and any(t.lower_ in INDEPENDENT_WORDS for c in token.children
                                                if c.dep_ in ("attr", "acomp") for t in c.subtree)
        if not (leaving or independent):
            continue
        leavers = subjects(view, token)
        pronoun = subject_token(token)
        if not leavers and pronoun is not None and pronoun.lower_ == "it":
            # "when it formally split": the one group the sentence put inside a body before it
            named = {m.ids: m for m, _ in bodies if m.start < view.masked.to_doc(token.idx)}
            leavers = list(named.values()) if len(named) == 1 else []
        for subject in leavers:
            out.extend(Finding("split_from", subject, body, "split:body", token.i)
                       for member, body in bodies if member.ids == subject.ids and body.ids != subject.ids)
    return out


# A Markdown image ("![Khan Shaykhun (March 15 2013)](...)"): its caption dates the map, not
# the story, so its year sets no context.
MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")


# A year used as a modifier ("The 2014 Idlib offensive", "after the 2014 rebel offensive")
# also sets the year a later "On 27 October" falls in.
BARE_YEAR = re.compile(r"(?<![\d,.$£€-])\b(?:19[5-9]\d|20[0-4]\d)\b(?![\d,.]\d)(?!\s+(?:people|men|"
                       r"fighters|militants|civilians|soldiers|troops|dead|killed))")


def _years_before(doc: CleanDocument, sentences: tuple[Sentence, ...]) -> dict[int, str]:
    """The last explicit year named up to (not in) each sentence, for documents without a date."""
    years: dict[int, str] = {}
    last: str | None = None
    for index, sentence in enumerate(sentences):
        if last is not None:
            years[index] = last
        text = MARKDOWN_IMAGE.sub(" ", doc.text[sentence.start:sentence.end])
        found = [t.value[:4] for t in find_timexes(text, None)] or BARE_YEAR.findall(text)
        if found:
            last = found[-1]
    return years


def _better(new: Relation, old: Relation) -> bool:
    """Whether ``new`` replaces ``old`` for the same edge in the same sentence.

    A hedged or negated reading always wins over an assertion, so a negated statement is
    never also reported as asserted.
    """
    if (new.modality == "asserted") != (old.modality == "asserted"):
        return new.modality != "asserted"
    return new.confidence > old.confidence


# Patterns that read one of their args off an earlier sentence ("However, the net result is an
# affiliation" types the relationship named just before; "This latter faction broke away" is
# a faction of the group named two sentences before): the evidence runs from that sentence.
SPANNING_PATTERNS = frozenset({"noun:relationship:follow-up", "verb:break:faction",
                               "verb:participate:act"})


def _first_sentence(sentences: tuple[Sentence, ...], finding: Finding) -> Sentence | None:
    """The sentence holding a finding's earliest arg."""
    earliest = min(a.start for a in (finding.source, finding.target) if a is not None)
    index = bisect.bisect_right([s.start for s in sentences], earliest) - 1
    return sentences[index] if index >= 0 else None


def _evidence(doc: CleanDocument, sentence: Sentence, view: SentenceView, anchor: int,
              args: tuple[Arg, ...], *, earlier: Sentence | None = None) -> Evidence:
    """The clause (between semicolons) holding the trigger and the args, else the sentence
    (from ``earlier``'s start, for a relation stated over two sentences)."""
    token = view.doc[anchor]
    arg = view.arg(token)
    points = [arg.start if arg else view.masked.to_doc(token.idx)]
    points += [a.start for a in args] + [a.end for a in args]
    low, high = min(points), max(points)
    start, end = (earlier or sentence).start, sentence.end
    text = doc.text
    cut = text.rfind(";", start, low)
    if cut != -1:
        start = cut + 1
    cut = text.find(";", high, end)
    if cut != -1:
        end = cut + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(start, end, text[start:end])


def _date(timexes: tuple[Timex, ...], evidence: Evidence, near: int) -> str | None:
    inside = [t for t in timexes if evidence.start <= t.start and t.end <= evidence.end]
    if not inside:
        return None
    return min(inside, key=lambda t: abs(t.start - near)).value


def _relations(doc: CleanDocument, sentence: Sentence, view: SentenceView, finding: Finding,
               timexes: tuple[Timex, ...], *, earlier: Sentence | None = None) -> list[Relation]:
    sources_ok, targets_ok = SIGNATURES.get(finding.type, DEFAULT_SIGNATURE)
    source, target = finding.source, finding.target
    if source is not None and _kind(source) not in sources_ok:
        return []
    if _kind(target) not in targets_ok and not (finding.type == "based_in" and target.label == "state"):
        return []  # a state is a place to be based in ("the SNC, based in Turkey")
    if finding.type == "member_of" and source is not None and source.label == "state" \
            and target.label == "armed_group" and not _formation_pattern(finding.pattern):
        # states join coalitions, never an armed group ("Afghanistan, a member of IS-K"); a
        # body states formed together is their alliance ("Germany and Italy formed the Axis")
        return []
    anchor = view.doc[finding.anchor]
    modality, claimant = modality_of(view, anchor, pattern=finding.pattern)
    if finding.forced:
        modality = finding.forced
    args = tuple(a for a in (source, target) if a is not None)
    evidence = _evidence(doc, sentence, view, finding.anchor, args, earlier=earlier)
    place = place_for(view, anchor, args) if finding.type in PLACED_TYPES else None
    date = _date(timexes, evidence, view.masked.to_doc(anchor.idx))
    conf = confidence(finding.pattern, modality,
                      link_scores=tuple(a.score for a in args),
                      coref=any(a.coref for a in args), tokens=len(view.doc),
                      section=sentence.section)
    result = []
    source_ids: tuple[str | None, ...] = source.ids if source is not None else (None,)
    for sid in source_ids:
        for tid in target.ids:
            if sid == tid:
                continue
            s, t = sid, tid
            if finding.type in SYMMETRIC_RELATION_TYPES and s is not None and t < s:
                s, t = t, s
            result.append(Relation(
                type=finding.type, source=s, target=t, modality=modality,  # type: ignore[arg-type]
                section=sentence.section, confidence=conf, evidence=evidence, date=date,
                place=place.ids[0] if place else None,
                claimant=claimant.ids[0] if claimant else None, role=finding.role,
                pattern=finding.pattern, via=finding.via.ids[0] if finding.via else None))
    return result


def _event(doc: CleanDocument, sentence: Sentence, view: SentenceView, finding: EventFinding,
           timexes: tuple[Timex, ...]) -> Event | None:
    ids = tuple(dict.fromkeys(i for a in finding.participants for i in a.ids))
    if not ids:
        return None
    anchor = view.doc[finding.anchor]
    modality, claimant = modality_of(view, anchor, pattern=finding.pattern)
    evidence = _evidence(doc, sentence, view, finding.anchor, finding.participants)
    places = tuple(a for a in finding.participants if a.is_place)
    place = places[0] if places else place_for(view, anchor, finding.participants)
    conf = confidence(finding.pattern, modality,
                      link_scores=tuple(a.score for a in finding.participants),
                      coref=any(a.coref for a in finding.participants), tokens=len(view.doc),
                      section=sentence.section)
    return Event(type=finding.type, participants=ids, modality=modality,  # type: ignore[arg-type]
                 section=sentence.section, confidence=conf, evidence=evidence,
                 date=_date(timexes, evidence, view.masked.to_doc(anchor.idx)),
                 place=place.ids[0] if place else None,
                 claimant=claimant.ids[0] if claimant else None, pattern=finding.pattern)
