"""Running the pipeline over a gold set or the MMP descriptions and scoring what comes out.

The only module of ``eval`` that calls ``extract``; everything else scores given extractions.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from factionmap.eval.gold import GoldDocument, load_gold_dir
from factionmap.eval.mmp import MMPLabelScore, MMPOutcome, MMPRow, score_row, summarize_mmp
from factionmap.eval.relations import DocumentScore, score_document
from factionmap.eval.scores import Summary, summarize
from factionmap.pipeline import extract
from factionmap.resources import Resources


def score_gold(golds: Sequence[GoldDocument], resources: Resources) -> tuple[DocumentScore, ...]:
    """Extract every gold document and score it."""
    return tuple(score_document(g, extract(g.to_document(), resources)) for g in golds)


def evaluate_gold_dir(directory: Path, resources: Resources) -> Summary:
    """Load, extract and score every gold file below ``directory``."""
    return summarize(score_gold(load_gold_dir(directory), resources))


def evaluate_mmp(rows: Sequence[MMPRow], resources: Resources) -> tuple[tuple[MMPOutcome, ...],
                                                                        tuple[MMPLabelScore, ...]]:
    """Extract every MMP description and score the labelled relation."""
    outcomes = tuple(score_row(r, extract(r.to_document(), resources), resources.kb) for r in rows)
    return outcomes, summarize_mmp(outcomes)
