"""Aggregating document scores: micro precision/recall/F1 overall and per type, attribute
accuracies, entity recall, and a precision-recall curve over confidence thresholds."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factionmap.eval.relations import DocumentScore, Miss, PredictedEdge, Violation
from factionmap.types import RELATION_TYPES

# Thresholds of the precision-recall curve: a 0.05 grid is fine enough to pick a cut-off
# and short enough to print as a table.
CURVE_THRESHOLDS: tuple[float, ...] = tuple(round(i * 0.05, 2) for i in range(20))
# Document-level bootstrap: 1,000 resamples give interval ends stable to about 0.01 on a set
# of ~70 documents; a fixed seed keeps reports reproducible.
BOOTSTRAP_SAMPLES = 1000
BOOTSTRAP_SEED = 0


@dataclass(frozen=True, slots=True)
class PRF:
    """Counts and micro precision, recall, F1 (precision is 1.0 with nothing predicted)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """tp / (tp + fp)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when the gold has none."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Accuracy:
    """Correct out of total (1.0 when there is nothing to check)."""

    correct: int
    total: int

    @property
    def value(self) -> float:
        """correct / total."""
        return self.correct / self.total if self.total else 1.0


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """Micro precision and recall keeping only edges at or above ``threshold`` confidence."""

    threshold: float
    prf: PRF


@dataclass(frozen=True, slots=True)
class Summary:
    """The evaluation of a gold set."""

    documents: int
    overall: PRF
    per_type: tuple[tuple[str, PRF], ...]
    modality: Accuracy
    section: Accuracy
    date: Accuracy
    entities: Accuracy
    kb_links: Accuracy
    sections: Accuracy
    violations: tuple[Violation, ...]
    misses: tuple[Miss, ...]
    false_positives: tuple[tuple[str, PredictedEdge], ...]
    section_errors: tuple[str, ...]
    curve: tuple[CurvePoint, ...]
    by_kind: tuple[tuple[str, PRF], ...] = ()
    by_document: tuple[tuple[str, PRF], ...] = ()
    modality_confusion: tuple[tuple[str, str, int], ...] = ()  # (gold, predicted, count)
    precision_interval: tuple[float, float] = (0.0, 1.0)
    recall_interval: tuple[float, float] = (0.0, 1.0)


def prf_at(scores: Sequence[DocumentScore], threshold: float = 0.0, *, rtype: str | None = None) -> PRF:
    """Micro P/R/F counts over edges with confidence >= ``threshold`` (of one type when given)."""
    tp = fp = gold = 0
    for s in scores:
        gold += sum(1 for t in s.gold_types if rtype is None or t == rtype)
        for e in s.edges:
            if e.confidence < threshold or (rtype is not None and e.type != rtype):
                continue
            tp += e.status == "tp"
            fp += e.status == "fp"
    return PRF(tp=tp, fp=fp, fn=gold - tp)


def pr_curve(scores: Sequence[DocumentScore],
             thresholds: Sequence[float] = CURVE_THRESHOLDS) -> tuple[CurvePoint, ...]:
    """Precision and recall at each threshold, in ascending threshold order."""
    return tuple(CurvePoint(t, prf_at(scores, t)) for t in sorted(thresholds))


def document_kind(doc_id: str) -> str:
    """The kind of a gold document: its id up to the first hyphen (fakes, page, wiki, mmp, ...)."""
    return doc_id.split("-", 1)[0]


def prf_by(scores: Sequence[DocumentScore], key: Callable[[str], str] = document_kind) -> tuple[tuple[str, PRF], ...]:
    """Micro P/R/F counts per group of documents (by default per document kind)."""
    groups: dict[str, list[DocumentScore]] = {}
    for s in scores:
        groups.setdefault(key(s.doc_id), []).append(s)
    return tuple((k, prf_at(v)) for k, v in sorted(groups.items()))


def bootstrap_intervals(scores: Sequence[DocumentScore], *, samples: int = BOOTSTRAP_SAMPLES,
                        seed: int = BOOTSTRAP_SEED) -> tuple[tuple[float, float], tuple[float, float]]:
    """95% intervals of micro precision and recall, resampling documents with replacement."""
    if not scores:
        return (0.0, 1.0), (0.0, 1.0)
    counts = [(p.tp, p.fp, p.fn) for p in (prf_at([s]) for s in scores)]
    rng = random.Random(seed)
    precisions, recalls = [], []
    for _ in range(samples):
        tp = fp = fn = 0
        for i in (rng.randrange(len(counts)) for _ in counts):
            tp, fp, fn = tp + counts[i][0], fp + counts[i][1], fn + counts[i][2]
        prf = PRF(tp, fp, fn)
        precisions.append(prf.precision)
        recalls.append(prf.recall)
    return _interval(precisions), _interval(recalls)


def _interval(values: list[float]) -> tuple[float, float]:
    values.sort()
    return values[int(0.025 * (len(values) - 1))], values[int(0.975 * (len(values) - 1))]


def _accuracy(scores: Sequence[DocumentScore], attribute: str) -> Accuracy:
    checks = [c for s in scores for c in s.attributes if c.attribute == attribute]
    return Accuracy(sum(c.correct for c in checks), len(checks))


def summarize(scores: Sequence[DocumentScore], *,
              thresholds: Sequence[float] = CURVE_THRESHOLDS) -> Summary:
    """Aggregate document scores into one summary (micro averages over all edges)."""
    types_seen = Counter(t for s in scores for t in s.gold_types) + Counter(
        e.type for s in scores for e in s.edges)
    per_type = tuple((t, prf_at(scores, rtype=t)) for t in RELATION_TYPES if types_seen[t])
    intervals = bootstrap_intervals(scores)
    return Summary(
        documents=len(scores),
        overall=prf_at(scores),
        per_type=per_type,
        modality=_accuracy(scores, "modality"),
        section=_accuracy(scores, "section"),
        date=_accuracy(scores, "date"),
        entities=Accuracy(sum(s.entities_found for s in scores), sum(s.entities_total for s in scores)),
        kb_links=Accuracy(sum(s.kb_correct for s in scores), sum(s.kb_total for s in scores)),
        sections=Accuracy(sum(s.sections_correct for s in scores), sum(s.sections_total for s in scores)),
        violations=tuple(v for s in scores for v in s.violations),
        misses=tuple(m for s in scores for m in s.misses),
        false_positives=tuple((s.doc_id, e) for s in scores for e in s.edges if e.status == "fp"),
        section_errors=tuple(x for s in scores for x in s.section_errors),
        curve=pr_curve(scores, thresholds),
        by_kind=prf_by(scores),
        by_document=prf_by(scores, key=str),
        modality_confusion=tuple(sorted((g, p or "none", n) for (g, p), n in Counter(
            (c.gold, c.predicted) for s in scores for c in s.attributes if c.attribute == "modality").items())),
        precision_interval=intervals[0],
        recall_interval=intervals[1],
    )
