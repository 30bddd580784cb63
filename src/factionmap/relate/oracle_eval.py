"""Score relation extraction alone on the dev gold, with the gold entities as mentions.

The evaluation harness (``factionmap eval``) scores the whole pipeline, so its relation
figures also count recognition and linking misses. This measures the relate stage in
isolation: every occurrence of a gold entity's names becomes a mention of that entity, the
real cleaner and sentence splitter run, then ``relate``; the harness's own scorer grades it.

    python -m factionmap.relate.oracle_eval gold/dev [-v]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from factionmap.clean import clean_document
from factionmap.errors import EvalError
from factionmap.eval.gold import GoldDocument, load_gold_file
from factionmap.eval.relations import DocumentScore, score_document
from factionmap.eval.report import format_summary
from factionmap.eval.scores import Summary, summarize
from factionmap.parses import ParseCache
from factionmap.pipeline import extract
from factionmap.recognize import split_sentences
from factionmap.relate import relate
from factionmap.resources import Resources, load_resources
from factionmap.types import CleanDocument, Entity, Extraction, Mention

# Gold entity types that are places in factionmap's id scheme.
PLACE_TYPES = frozenset({"place"})


def oracle_entities(gold: GoldDocument, doc: CleanDocument) -> tuple[Entity, ...]:
    """Entities whose mentions are every occurrence of each gold entity's names (longest first)."""
    spans: list[tuple[int, int, str]] = []
    names = sorted(((n, g) for g in gold.entities for n in g.names), key=lambda x: -len(x[0]))
    for name, g in names:
        # FA-KES drops apostrophes: "Ahrar al-Shams leader" is the possessive of the name
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?=(?:['’]?s)?(?!\w))", doc.text):
            if not any(m.start() < e and s < m.end() for s, e, _ in spans):
                spans.append((m.start(), m.end(), g.key))
    entities = []
    for g in gold.entities:
        eid = ("geo:" if g.type in PLACE_TYPES else "gold:") + g.key
        mentions = tuple(Mention(s, e, doc.text[s:e], doc.section_at(s), g.type,  # type: ignore[arg-type]
                                 entity_id=eid, reason="oracle")
                         for s, e, key in sorted(spans) if key == g.key)
        if mentions:
            entities.append(Entity(eid, g.names[0], g.type, False, mentions,  # type: ignore[arg-type]
                                   aliases=g.names))
    return tuple(entities)


def oracle_extraction(gold: GoldDocument, resources: Resources) -> Extraction:
    """Clean, split, then relate over the gold entities."""
    doc = clean_document(gold.to_document())
    sentences = split_sentences(doc)
    entities = oracle_entities(gold, doc)
    relations, events = relate(doc, sentences, entities, resources, ParseCache(resources.nlp, doc, sentences))
    return Extraction(document=doc, entities=entities, relations=relations, events=events,
                      sentences=sentences)


def load_golds(directory: Path) -> list[GoldDocument]:
    """Every valid gold file below ``directory`` (a file a colleague is still editing is skipped)."""
    golds = []
    for path in sorted(directory.rglob("*.yaml")):
        try:
            golds.append(load_gold_file(path))
        except EvalError as exc:
            print(f"skipped: {exc}", file=sys.stderr)
    return golds


def score(golds: list[GoldDocument], resources: Resources, *, full: bool = False) -> list[DocumentScore]:
    """Scores with oracle mentions, or of the whole pipeline when ``full``."""
    run = (lambda g: extract(g.to_document(), resources)) if full else \
        (lambda g: oracle_extraction(g, resources))
    return [score_document(g, run(g)) for g in golds]


def evaluate(directory: Path, resources: Resources) -> Summary:
    """The harness's summary of relate-with-oracle-mentions over a gold folder."""
    return summarize(score(load_golds(directory), resources))


def pattern_precision(scores: list[DocumentScore]) -> dict[str, tuple[int, int]]:
    """(true, false) positive edges per pattern family: how ``confidence.py`` is calibrated.

    An edge counts for every family among the relations behind it; optional edges are left out.
    """
    counts: dict[str, list[int]] = {}
    for doc in scores:
        for edge in doc.edges:
            if edge.status == "optional":
                continue
            for family in {r.pattern.split(":")[0] for r in edge.relations}:
                slot = counts.setdefault(family, [0, 0])
                slot[0 if edge.status == "tp" else 1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(counts.items())}


def main(argv: list[str]) -> int:
    """Print the summary (misses and false positives under -v; --full runs the whole pipeline;
    --patterns prints precision per pattern family)."""
    directory = Path(next((a for a in argv if not a.startswith("-")), "gold/dev"))
    scores = score(load_golds(directory), load_resources(), full="--full" in argv)
    print(format_summary(summarize(scores), details=200 if "-v" in argv else 15))
    if "--patterns" in argv:
        print("\npattern family      tp   fp  precision")
        for family, (tp, fp) in pattern_precision(scores).items():
            print(f"{family:18} {tp:4} {fp:4}  {tp / max(1, tp + fp):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
