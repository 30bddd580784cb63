"""Rewrite the measured-figures block of docs/eval.md from the harness's JSON output.

    .venv/bin/factionmap eval gold/dev --mmp --json > /tmp/eval.json
    .venv/bin/python scripts/eval_figures.py /tmp/eval.json docs/eval.md

Everything between ``<!-- figures -->`` and ``<!-- /figures -->`` is replaced, so the figures in
the docs are always what the harness printed, never typed by hand.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

START, END = "<!-- figures -->", "<!-- /figures -->"
LABELS = {"all": "alliance", "riv": "rivalry", "aff": "affiliation", "spl": "splinter", "mer": "merger",
          "overall": "overall"}
CURVE_THRESHOLDS = (0.0, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


def _rows(table: dict[str, dict], name: str) -> list[str]:
    out = [f"| {name} | P | R | F1 | tp | fp | fn |", "| --- | --- | --- | --- | --- | --- | --- |"]
    for key, s in table.items():
        out.append(f"| `{key}` | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | "
                   f"{s['tp']} | {s['fp']} | {s['fn']} |")
    return out


def block(data: dict) -> str:
    """The markdown figures block for one harness JSON report."""
    lines = _rows(data["per_type"], "type")
    o = data["overall"]
    lines.append(f"| **overall** | {o['precision']:.3f} | {o['recall']:.3f} | {o['f1']:.3f} | "
                 f"{o['tp']} | {o['fp']} | {o['fn']} |")
    lines += ["", *_rows(data["by_kind"], "document kind"), "",
              "Precision-recall curve over confidence (edges kept at confidence >= threshold):", "",
              "| threshold | P | R | kept |", "| --- | --- | --- | --- |"]
    for point in data["curve"]:
        if any(abs(point["threshold"] - t) < 1e-9 for t in CURVE_THRESHOLDS):
            lines.append(f"| {point['threshold']:.2f} | {point['precision']:.3f} | {point['recall']:.3f} | "
                         f"{point['tp'] + point['fp']} |")
    if data.get("mmp"):
        lines += ["", "Mapping Militants descriptions:", "",
                  "| MMP label | rows | hit rate | any relation between the pair | both groups recognised |",
                  "| --- | --- | --- | --- | --- |"]
        for key, s in data["mmp"].items():
            lines.append(f"| {LABELS.get(key, key)} | {s['rows']} | {s['hit_rate']:.3f} | {s['pairs']} | "
                         f"{s['groups']} |")
    if data.get("mmp_audit"):
        audit = data["mmp_audit"]
        lines += ["", "Missed MMP rows by audited cause (`gold/mmp-audit.tsv`):", "",
                  "| cause | missed rows |", "| --- | --- |"]
        lines += [f"| {cause} | {n} |" for cause, n in audit["misses_by_cause"].items()]
        lines += [f"| not audited | {len(audit['unaudited'])} |", "",
                  f"Reachable hit rate if every `extraction` and `kb` miss were fixed: {audit['reachable']:.3f}."]
    m, ci = data["metrics"], data["intervals"]
    lines += ["", f"Other figures: 95% document-bootstrap intervals P [{ci['precision'][0]:.3f}, "
              f"{ci['precision'][1]:.3f}] R [{ci['recall'][0]:.3f}, {ci['recall'][1]:.3f}]; entity recall "
              f"{m['entity_recall']:.3f}; modality accuracy {m['modality_accuracy']:.3f}, section accuracy "
              f"{m['section_accuracy']:.3f}, date accuracy {m['date_accuracy']:.3f} (over matched relations); "
              f"forbidden violations {int(m['max_violations'])}."]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Replace the block in the doc; exit 1 when the markers are missing."""
    report, doc = Path(argv[0]), Path(argv[1])
    text = doc.read_text(encoding="utf-8")
    if START not in text or END not in text:
        print(f"{doc}: no {START} ... {END} block", file=sys.stderr)
        return 1
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    data = json.loads(report.read_text(encoding="utf-8"))
    doc.write_text(f"{head}{START}\n{block(data)}\n{END}{tail}", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
