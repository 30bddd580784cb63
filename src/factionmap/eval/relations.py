"""Scoring one extraction against its gold document: pure functions, dataclass results.

Relations are scored as edges: the predicted relations of a document are collapsed to distinct
(type, source, target) edges over gold entity keys (endpoints unordered for symmetric types),
since the same fact stated in three sentences is one fact an analyst records once. An edge
matching a required relation is a true positive, one matching only an optional relation is
ignored, any other edge is a false positive. Modality, section and date are scored as
attribute accuracy over the matched required relations.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from factionmap.eval.gold import ANY_TYPE, GoldDocument, GoldRelation, edge_key
from factionmap.kb.normalize import normalize_name
from factionmap.types import SYMMETRIC_RELATION_TYPES, Entity, Extraction, Relation

# A predicted entity that maps to no gold entity gets this prefix on its id, so its edges are
# still distinct false positives and never collide with a gold key.
UNMAPPED = "?"


@dataclass(frozen=True, slots=True)
class PredictedEdge:
    """A distinct predicted edge of one document with the relations behind it."""

    type: str
    source: str | None
    target: str
    confidence: float  # the highest confidence among its relations
    relations: tuple[Relation, ...]
    status: str  # "tp", "fp" or "optional"


@dataclass(frozen=True, slots=True)
class Violation:
    """A predicted relation that a forbidden gold entry bans, with its evidence."""

    doc_id: str
    relation: Relation
    rule: GoldRelation
    source_key: str | None
    target_key: str

    def describe(self) -> str:
        """One readable line: the banned edge, how it came out, and the sentence."""
        r = self.relation
        return (f"{self.doc_id}: {r.type} {self.source_key} -> {self.target_key} "
                f"[{r.modality}, {r.section}, conf {r.confidence:.2f}]: {r.evidence.text.strip()[:160]!r}")


@dataclass(frozen=True, slots=True)
class Miss:
    """A required relation that no prediction matched."""

    doc_id: str
    relation: GoldRelation


@dataclass(frozen=True, slots=True)
class AttributeCheck:
    """One attribute (modality, section, date) of one matched required relation."""

    attribute: str
    gold: str
    predicted: str | None

    @property
    def correct(self) -> bool:
        """Whether the prediction has the gold value."""
        return self.gold == self.predicted


@dataclass(frozen=True, slots=True)
class DocumentScore:
    """Everything measured on one document."""

    doc_id: str
    edges: tuple[PredictedEdge, ...]
    gold_types: tuple[str, ...]  # type of every required relation (for per-type recall)
    matched: tuple[GoldRelation, ...]
    misses: tuple[Miss, ...]
    attributes: tuple[AttributeCheck, ...]
    violations: tuple[Violation, ...]
    entities_found: int
    entities_total: int
    kb_correct: int
    kb_total: int
    sections_correct: int
    sections_total: int
    section_errors: tuple[str, ...] = field(default=())


def entity_keys(gold: GoldDocument, entity: Entity) -> frozenset[str]:
    """The gold entity keys that a predicted entity stands for (by KB id or by a name)."""
    names = {normalize_name(entity.name), *(normalize_name(a) for a in entity.aliases),
             *(normalize_name(m.text) for m in entity.mentions)}
    names.discard("")
    keys = set()
    for g in gold.entities:
        if g.kb is not None and g.kb == entity.id:
            keys.add(g.key)
        elif any(normalize_name(n) in names for n in g.names):
            keys.add(g.key)
    return frozenset(keys)


def entity_map(gold: GoldDocument, extraction: Extraction) -> dict[str, frozenset[str]]:
    """Predicted entity id -> gold keys; an unmapped entity maps to ``?<its id>``."""
    out = {}
    for e in extraction.entities:
        keys = entity_keys(gold, e)
        out[e.id] = keys or frozenset({UNMAPPED + e.id})
    return out


def _endpoint_keys(mapping: dict[str, frozenset[str]], entity_id: str | None) -> frozenset[str | None]:
    if entity_id is None:
        return frozenset({None})
    return frozenset(mapping.get(entity_id, {UNMAPPED + entity_id}))


def _matches(rule: GoldRelation, rtype: str, src: str | None, tgt: str) -> bool:
    if rule.type != ANY_TYPE and rule.type != rtype:
        return False
    if (rule.source, rule.target) == (src, tgt):
        return True
    symmetric = rule.type == ANY_TYPE or rtype in SYMMETRIC_RELATION_TYPES
    return symmetric and (rule.source, rule.target) == (tgt, src)


def _candidates(mapping: dict[str, frozenset[str]], r: Relation) -> list[tuple[str | None, str]]:
    return [(s, t) for s in _endpoint_keys(mapping, r.source) for t in _endpoint_keys(mapping, r.target)
            if t is not None]


def _best(relations: Iterable[Relation], gold: GoldRelation) -> Relation:
    """The prediction to read attributes from: one whose evidence holds the gold evidence, else the surest."""
    rels = list(relations)
    if gold.evidence:
        near = [r for r in rels if gold.evidence in r.evidence.text or r.evidence.text.strip() in gold.evidence]
        rels = near or rels
    return max(rels, key=lambda r: r.confidence)


def _section_checks(gold: GoldDocument, extraction: Extraction) -> tuple[int, list[str]]:
    doc = extraction.document
    correct, errors = 0, []
    for kind, sub in gold.sections:
        at = doc.text.find(sub)
        got = doc.section_at(at) if at >= 0 else "missing"
        # Boilerplate that the cleaner dropped altogether cannot leak into the body: fine.
        if got == kind or (kind == "boilerplate" and got == "missing"):
            correct += 1
        else:
            errors.append(f"{gold.id}: {sub[:60]!r} expected in {kind}, found in {got}")
    return correct, errors


def _leaks(gold: GoldDocument, extraction: Extraction) -> list[Relation]:
    """Relations reported as body whose evidence lies inside a gold comments/boilerplate substring."""
    text = extraction.document.text
    spans = []
    for kind, sub in gold.sections:
        at = text.find(sub)
        if kind != "body" and at >= 0:
            spans.append((at, at + len(sub)))
    return [r for r in extraction.relations
            if r.section == "body" and any(s <= r.evidence.start < e for s, e in spans)]


def score_document(gold: GoldDocument, extraction: Extraction) -> DocumentScore:
    """Score one extraction against its gold annotation."""
    mapping = entity_map(gold, extraction)
    required = {edge_key(g.type, g.source, g.target): g for g in gold.relations}
    optional = {edge_key(g.type, g.source, g.target) for g in gold.optional}

    # Collapse relations to edges; a relation whose endpoints map to several gold keys takes
    # the reading that matches a required edge, then an optional one, else the first.
    grouped: dict[tuple, list[Relation]] = {}
    for r in extraction.relations:
        cands = [edge_key(r.type, s, t) for s, t in _candidates(mapping, r)]
        chosen = (next((c for c in cands if c in required), None)
                  or next((c for c in cands if c in optional), None) or min(cands, key=str))
        grouped.setdefault(chosen, []).append(r)
    edges = []
    for key, rels in sorted(grouped.items(), key=lambda kv: str(kv[0])):
        status = "tp" if key in required else "optional" if key in optional else "fp"
        edges.append(PredictedEdge(type=key[0], source=key[1], target=key[2],
                                   confidence=max(r.confidence for r in rels), relations=tuple(rels),
                                   status=status))

    matched, misses, attributes = [], [], []
    for key, g in required.items():
        if key not in grouped:
            misses.append(Miss(gold.id, g))
            continue
        matched.append(g)
        best = _best(grouped[key], g)
        attributes.append(AttributeCheck("modality", g.modality or "asserted", best.modality))
        attributes.append(AttributeCheck("section", g.section or "body", best.section))
        if g.date:
            attributes.append(AttributeCheck("date", g.date, best.date))

    violations = []
    for r in extraction.relations:
        for s, t in _candidates(mapping, r):
            rule = next((f for f in gold.forbidden if _matches(f, r.type, s, t)
                         and (f.modality is None or f.modality == r.modality)
                         and (f.section is None or f.section == r.section)), None)
            if rule is not None:
                violations.append(Violation(gold.id, r, rule, s, t))
                break
    leak_rule = GoldRelation(type=ANY_TYPE, source=None, target="", modality=None, section="body",
                             note="evidence lies in a gold comments/boilerplate span")
    for r in _leaks(gold, extraction):
        if not any(v.relation is r for v in violations):
            violations.append(Violation(gold.id, r, leak_rule, r.source, r.target))

    found: set[str] = set().union(*mapping.values()) if mapping else set()
    by_key: dict[str, set[str]] = {}
    for e in extraction.entities:
        for k in mapping[e.id]:
            by_key.setdefault(k, set()).add(e.id)
    kb_gold = [g for g in gold.entities if g.kb]
    sec_ok, sec_errors = _section_checks(gold, extraction)
    return DocumentScore(
        doc_id=gold.id, edges=tuple(edges), gold_types=tuple(g.type for g in required.values()),
        matched=tuple(matched), misses=tuple(misses), attributes=tuple(attributes),
        violations=tuple(violations),
        entities_found=sum(1 for g in gold.entities if g.key in found), entities_total=len(gold.entities),
        kb_correct=sum(1 for g in kb_gold if g.kb in by_key.get(g.key, ())), kb_total=len(kb_gold),
        sections_correct=sec_ok, sections_total=len(gold.sections), section_errors=tuple(sec_errors),
    )
