"""Evaluation: gold annotation files, relation scoring, the MMP descriptions, reports (docs/eval.md)."""

from factionmap.eval.gold import GoldDocument, GoldEntity, GoldRelation, load_gold_dir, load_gold_file
from factionmap.eval.mmp import LABEL_TYPES, read_mmp, score_row, summarize_mmp
from factionmap.eval.relations import DocumentScore, score_document
from factionmap.eval.report import below_floors, format_mmp, format_summary, metrics, read_floors
from factionmap.eval.scores import PRF, Summary, pr_curve, summarize

__all__ = [
    "GoldDocument", "GoldEntity", "GoldRelation", "load_gold_dir", "load_gold_file",
    "LABEL_TYPES", "read_mmp", "score_row", "summarize_mmp",
    "DocumentScore", "score_document",
    "below_floors", "format_mmp", "format_summary", "metrics", "read_floors",
    "PRF", "Summary", "pr_curve", "summarize",
]
