"""Reading an evaluation: headline metrics, floors, a readable report, JSON and a curve CSV."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factionmap.errors import EvalError
from factionmap.eval.gold import GoldDocument
from factionmap.eval.mmp import LABEL_NAMES, MMPLabelScore, MMPOutcome
from factionmap.eval.scores import PRF, CurvePoint, Summary, document_kind
from factionmap.types import MODALITIES, RELATION_TYPES

# Floors a gold run may pin (gold/dev/floors.json); "max_" keys are ceilings instead.
FLOOR_KEYS = ("precision", "recall", "f1", "entity_recall", "modality_accuracy", "section_accuracy",
              "date_accuracy", "mmp_hit_rate", "max_violations")


def metrics(summary: Summary | None, mmp: Sequence[MMPLabelScore] | None = None) -> dict[str, float]:
    """The headline numbers, by the names floors use."""
    out: dict[str, float] = {}
    if summary is not None:
        out.update(precision=summary.overall.precision, recall=summary.overall.recall, f1=summary.overall.f1,
                   entity_recall=summary.entities.value, modality_accuracy=summary.modality.value,
                   section_accuracy=summary.section.value, date_accuracy=summary.date.value,
                   max_violations=float(len(summary.violations)))
    if mmp:
        out["mmp_hit_rate"] = next(s.hit_rate for s in mmp if s.label == "overall")
    return out


def read_floors(path: Path) -> dict[str, float]:
    """The floors file: a JSON object of metric name -> number (unknown names are an error)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"{path}: cannot read floors file: {exc}") from exc
    if not isinstance(data, dict):
        raise EvalError(f"{path}: floors file must be a JSON object")
    floors = {k: v for k, v in data.items() if not k.startswith("_")}
    unknown = set(floors) - set(FLOOR_KEYS)
    if unknown or not all(isinstance(v, (int, float)) for v in floors.values()):
        raise EvalError(f"{path}: floors file has unknown or non-numeric key(s): "
                        f"{', '.join(sorted(unknown)) or 'non-numeric value'}; known: {', '.join(FLOOR_KEYS)}")
    return {k: float(v) for k, v in floors.items()}


def below_floors(measured: dict[str, float], floors: dict[str, float]) -> list[str]:
    """One line per floor that the measured metrics break (metrics not measured are skipped)."""
    out = []
    for key, floor in floors.items():
        if key not in measured:
            continue
        value = measured[key]
        if key.startswith("max_") and value > floor:
            out.append(f"{key[4:]} {value:.0f} above ceiling {floor:.0f}")
        elif not key.startswith("max_") and value < floor:
            out.append(f"{key} {value:.3f} below floor {floor:.2f}")
    return out


def curve_csv(curve: Sequence[CurvePoint]) -> str:
    """The precision-recall curve as CSV text."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["threshold", "precision", "recall", "f1", "tp", "fp", "fn"])
    for p in curve:
        writer.writerow([f"{p.threshold:.2f}", f"{p.prf.precision:.4f}", f"{p.prf.recall:.4f}",
                         f"{p.prf.f1:.4f}", p.prf.tp, p.prf.fp, p.prf.fn])
    return buf.getvalue()


def _pct(x: float) -> str:
    return f"{x:.3f}"


def _span(interval: tuple[float, float]) -> str:
    return f"[{interval[0]:.3f}, {interval[1]:.3f}]"


def _prf_row(name: str, prf: PRF) -> str:
    return (f"{name:<24}{_pct(prf.precision):>7}{_pct(prf.recall):>7}{_pct(prf.f1):>7}"
            f"{prf.tp:>5}{prf.fp:>5}{prf.fn:>5}")


def format_summary(summary: Summary, *, details: int = 15) -> str:
    """A readable report of a gold run: overall, per type, attributes, curve, then the worst cases."""
    o = summary.overall
    lines = [f"documents: {summary.documents}",
             f"relations  P {_pct(o.precision)}  R {_pct(o.recall)}  F1 {_pct(o.f1)}  "
             f"(tp {o.tp}, fp {o.fp}, fn {o.fn}; symmetric types unordered)",
             f"95% document-bootstrap intervals: P {_span(summary.precision_interval)}  "
             f"R {_span(summary.recall_interval)}",
             "", f"{'type':<24}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for rtype, prf in summary.per_type:
        lines.append(_prf_row(rtype, prf))
    lines += ["", f"{'document kind':<24}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    lines += [_prf_row(kind, prf) for kind, prf in summary.by_kind]
    lines += ["",
              f"entities found    {_pct(summary.entities.value)} ({summary.entities.correct}/{summary.entities.total})",
              f"kb links correct  {_pct(summary.kb_links.value)} ({summary.kb_links.correct}/{summary.kb_links.total})",
              f"modality accuracy {_pct(summary.modality.value)} ({summary.modality.correct}/{summary.modality.total})",
              f"section accuracy  {_pct(summary.section.value)} ({summary.section.correct}/{summary.section.total})",
              f"date accuracy     {_pct(summary.date.value)} ({summary.date.correct}/{summary.date.total})",
              "modality errors   " + (", ".join(f"{g} as {p}: {n}" for g, p, n in summary.modality_confusion
                                               if g != p) or "none"),
              f"section spans     {_pct(summary.sections.value)} ({summary.sections.correct}/{summary.sections.total})",
              f"forbidden violations: {len(summary.violations)}"]
    lines += [f"  {v.describe()}" for v in summary.violations]  # always all: each is a bug
    lines += ["", "precision-recall curve (edges kept at confidence >= threshold)",
              f"{'threshold':>9}{'P':>7}{'R':>7}{'F1':>7}{'kept':>6}"]
    for p in summary.curve:
        lines.append(f"{p.threshold:>9.2f}{_pct(p.prf.precision):>7}{_pct(p.prf.recall):>7}"
                     f"{_pct(p.prf.f1):>7}{p.prf.tp + p.prf.fp:>6}")
    if details:
        lines += ["", f"missed required relations (first {details} of {len(summary.misses)}):"]
        lines += [f"  {m.doc_id}: {m.relation.type} {m.relation.source} -> {m.relation.target}"
                  for m in summary.misses[:details]]
        lines += [f"false positives (first {details} of {len(summary.false_positives)}):"]
        for doc_id, e in summary.false_positives[:details]:
            lines.append(f"  {doc_id}: {e.type} {e.source} -> {e.target} "
                         f"{e.relations[0].evidence.text.strip()[:100]!r}")
        if summary.section_errors:
            lines += ["section errors:"] + [f"  {x}" for x in summary.section_errors[:details]]
    return "\n".join(lines) + "\n"


def format_mmp(scores: Sequence[MMPLabelScore]) -> str:
    """Per-label hit rates on the Mapping Militants descriptions."""
    lines = [f"{'label':<14}{'rows':>6}{'hit rate':>10}{'pair':>7}{'groups':>8}"]
    for s in scores:
        name = LABEL_NAMES.get(s.label, s.label)
        lines.append(f"{name:<14}{s.rows:>6}{s.hit_rate:>10.3f}{s.pairs:>7}{s.groups:>8}")
    lines.append("hit: labelled relation found with an allowed type; pair: any relation between the two "
                 "groups; groups: both groups recognised")
    return "\n".join(lines) + "\n"


def format_mmp_misses(outcomes: Sequence[MMPOutcome], *, limit: int = 15) -> str:
    """The first ``limit`` rows whose labelled relation was not found, with what was found instead."""
    misses = [o for o in outcomes if not o.hit]
    if not limit or not misses:
        return ""
    lines = [f"missed rows (first {min(limit, len(misses))} of {len(misses)}):"]
    for o in misses[:limit]:
        r = o.row
        found = ", ".join(o.pair_types) or ("no relation" if o.found1 and o.found2 else "group not recognised")
        lines.append(f"  {r.uid} {LABEL_NAMES[r.label]} {r.group1} / {r.group2} [{found}]: {r.description[:120]!r}")
    return "\n".join(lines) + "\n"


def format_gold_stats(golds: Sequence[GoldDocument]) -> str:
    """What a gold set holds: documents per kind, relations per type and modality."""
    kinds = Counter(document_kind(g.id) for g in golds)
    types = Counter(r.type for g in golds for r in g.relations)
    modalities = Counter(r.modality for g in golds for r in (*g.relations, *g.optional))
    lines = [f"{len(golds)} gold documents: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())),
             f"relations: {sum(types.values())} required, {sum(len(g.optional) for g in golds)} optional, "
             f"{sum(len(g.forbidden) for g in golds)} forbidden; "
             f"{sum(len(g.sections) for g in golds)} section expectations",
             "required by type: " + ", ".join(f"{t} {types[t]}" for t in RELATION_TYPES),
             "required or optional by modality: " + ", ".join(f"{m} {modalities[m]}" for m in MODALITIES)]
    return "\n".join(lines) + "\n"


def summary_json(summary: Summary | None, mmp: Sequence[MMPLabelScore] | None = None) -> dict[str, Any]:
    """A JSON-ready object of the evaluation."""
    obj: dict[str, Any] = {"metrics": metrics(summary, mmp)}
    if summary is not None:
        obj["documents"] = summary.documents
        obj["overall"] = _prf(summary.overall)
        obj["per_type"] = {t: _prf(p) for t, p in summary.per_type}
        obj["by_kind"] = {k: _prf(p) for k, p in summary.by_kind}
        obj["by_document"] = {k: _prf(p) for k, p in summary.by_document}
        obj["modality_confusion"] = [{"gold": g, "predicted": p, "count": n}
                                     for g, p, n in summary.modality_confusion]
        obj["intervals"] = {"precision": list(summary.precision_interval),
                            "recall": list(summary.recall_interval)}
        obj["curve"] = [{"threshold": p.threshold, **_prf(p.prf)} for p in summary.curve]
        obj["violations"] = [v.describe() for v in summary.violations]
        obj["misses"] = [{"doc_id": m.doc_id, "type": m.relation.type, "source": m.relation.source,
                          "target": m.relation.target} for m in summary.misses]
        obj["false_positives"] = [{"doc_id": d, "type": e.type, "source": e.source, "target": e.target,
                                   "evidence": e.relations[0].evidence.text} for d, e in summary.false_positives]
    if mmp:
        obj["mmp"] = {s.label: {"rows": s.rows, "hits": s.hits, "hit_rate": s.hit_rate, "pairs": s.pairs,
                                "groups": s.groups} for s in mmp}
    return obj


def _prf(p: Any) -> dict[str, Any]:
    return {"precision": p.precision, "recall": p.recall, "f1": p.f1, "tp": p.tp, "fp": p.fp, "fn": p.fn}
