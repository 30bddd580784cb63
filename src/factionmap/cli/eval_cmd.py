"""``factionmap eval``: score the pipeline against a gold folder and/or the MMP descriptions."""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
from pathlib import Path

from factionmap.errors import EvalError
from factionmap.eval.gold import load_gold_dir
from factionmap.eval.mmp import DEFAULT_MMP_CSV, read_mmp, select_rows
from factionmap.eval.mmp_audit import DEFAULT_AUDIT, audit_breakdown, audit_json, format_audit, read_audit
from factionmap.eval.report import (
    below_floors,
    curve_csv,
    format_gold_stats,
    format_mmp,
    format_mmp_misses,
    format_summary,
    metrics,
    read_floors,
    summary_json,
)
from factionmap.eval.run import evaluate_mmp, score_gold
from factionmap.eval.scores import summarize
from factionmap.resources import load_resources
from factionmap.settings import load_settings

REPO_ROOT = Path(__file__).resolve().parents[3]


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``eval`` subcommand."""
    p = sub.add_parser("eval", help="score extraction against gold files (and the MMP descriptions)")
    p.add_argument("gold_dir", nargs="?", type=Path, metavar="GOLD_DIR", help="folder of gold YAML files")
    p.add_argument("--mmp", nargs="?", const="default", default=None, metavar="CSV",
                   help="also score the Mapping Militants descriptions (default: the shared data copy)")
    p.add_argument("--mmp-audit", type=Path, default=None, metavar="TSV",
                   help="hand audit of missed MMP rows, read beside the scores "
                        "(default: the repository's gold/mmp-audit.tsv when present)")
    p.add_argument("--mmp-every", type=int, default=1, metavar="N", help="score every N-th MMP row only")
    p.add_argument("--only", default=None, metavar="GLOB",
                   help="score only gold documents whose id matches this pattern (e.g. 'page-*')")
    p.add_argument("--check", action="store_true",
                   help="only validate the gold files and print what they hold (no extraction)")
    p.add_argument("--floors", type=Path, default=None, metavar="FILE",
                   help="JSON floors; exit 5 when a metric falls below one")
    p.add_argument("--curve", type=Path, default=None, metavar="FILE", help="write the PR curve as CSV")
    p.add_argument("--json", action="store_true", help="print the evaluation as JSON")
    p.add_argument("--details", type=int, default=15, metavar="N", help="misses/false positives listed")
    p.add_argument("--kb", action="append", type=Path, default=None, metavar="FILE",
                   help="extra knowledge-base file overlaid on the bundled one (repeatable)")
    p.add_argument("--config", type=Path, default=None, help="TOML settings file")
    p.set_defaults(run=run)


def _mmp_path(value: str) -> Path:
    """The CSV given, else the shared data copy beside the working directory or the repository."""
    if value != "default":
        return Path(value)
    candidates = (Path.cwd() / DEFAULT_MMP_CSV, REPO_ROOT / DEFAULT_MMP_CSV)
    return next((c for c in candidates if c.is_file()), candidates[0])


def _audit_path(value: Path | None) -> Path | None:
    """The audit given, else the repository's copy when there is one (none: no breakdown)."""
    if value is not None:
        return value
    candidates = (Path.cwd() / DEFAULT_AUDIT, REPO_ROOT / DEFAULT_AUDIT)
    return next((c for c in candidates if c.is_file()), None)


def run(args: argparse.Namespace) -> int:
    """Score, print the report, and fail with EvalError when a floor is broken."""
    if args.gold_dir is None and args.mmp is None:
        raise EvalError("give a GOLD_DIR, --mmp [CSV], or both")
    floors = read_floors(args.floors) if args.floors else {}
    golds = load_gold_dir(args.gold_dir) if args.gold_dir is not None else None
    if golds is not None and args.only:
        golds = tuple(g for g in golds if fnmatch.fnmatchcase(g.id, args.only))
        if not golds:
            raise EvalError(f"{args.gold_dir}: no gold document id matches {args.only!r}")
    rows = select_rows(read_mmp(_mmp_path(args.mmp)), every=args.mmp_every) if args.mmp else None
    audit_file = _audit_path(args.mmp_audit) if rows is not None else None
    audit = read_audit(audit_file) if audit_file is not None else None
    if args.check:
        if golds is None:
            raise EvalError("--check needs a GOLD_DIR")
        sys.stdout.write(format_gold_stats(golds))
        return 0
    settings = load_settings(args.config, kb=[str(p) for p in args.kb] if args.kb else None)
    resources = load_resources(settings=settings)
    summary = summarize(score_gold(golds, resources)) if golds is not None else None
    outcomes, mmp = evaluate_mmp(rows, resources) if rows is not None else ((), None)
    breakdown = audit_breakdown(outcomes, audit) if audit is not None and mmp is not None else None
    if args.curve and summary is not None:
        args.curve.write_text(curve_csv(summary.curve), encoding="utf-8")
    if args.json:
        obj = summary_json(summary, mmp)
        if breakdown is not None:
            obj["mmp_audit"] = audit_json(breakdown)
        sys.stdout.write(json.dumps(obj, indent=2) + "\n")
    else:
        if summary is not None:
            sys.stdout.write(format_summary(summary, details=args.details))
        if mmp is not None:
            sys.stdout.write(("\n" if summary else "") + "Mapping Militants descriptions\n"
                             + format_mmp(mmp) + format_mmp_misses(outcomes, limit=args.details)
                             + (format_audit(breakdown) if breakdown is not None else ""))
    failures = below_floors(metrics(summary, mmp), floors)
    if failures:
        raise EvalError(f"below floors in {args.floors}: " + "; ".join(failures))
    return 0
