"""Throughput of full extraction (clean, recognise, link, relate) on FA-KES, beside bare spaCy.

Both runs see the same texts in the same process: factionmap's ``extract`` on each article,
then the bare spaCy model's ``nlp.pipe`` over the same article texts (every sentence parsed,
every component on). Prints docs/s, tokens/s and the ratio; not part of the test suite.

    .venv/bin/python benchmarks/bench_extract.py [--limit N] [--data PATH]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from pathlib import Path

from factionmap.pipeline import extract
from factionmap.relate.candidates import is_candidate, sentence_args
from factionmap.resources import load_resources
from factionmap.types import Document

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "text" / "fa-kes" / "FA-KES-Dataset.csv"
_TOKEN = re.compile(r"\w+|[^\w\s]")


def load_fakes(path: Path, limit: int | None) -> list[Document]:
    """FA-KES articles as documents (text, title, date)."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        rows = list(csv.DictReader(handle))
    docs = [Document(doc_id=r["unit_id"], text=r["article_content"], title=r["article_title"],
                     published=None, source=r["source"]) for r in rows if r["article_content"].strip()]
    return docs[:limit] if limit else docs


def main(argv: list[str] | None = None) -> int:
    """Run both timings and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="FA-KES CSV file")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds; the best of each is kept")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data}: not found; pass --data", file=sys.stderr)
        return 2
    docs = load_fakes(args.data, args.limit)
    resources = load_resources()
    tokens = sum(len(_TOKEN.findall(d.text or "")) for d in docs)
    extract(docs[0], resources)  # warm the derived indexes (alias automaton, matchers) once

    counts: Counter = Counter()
    ours_runs, bare_runs = [], []
    for _ in range(args.rounds):  # alternate the two so that machine load hits both alike
        start = time.perf_counter()
        counts = Counter()
        for doc in docs:
            result = extract(doc, resources)
            counts["sentences"] += len(result.sentences)
            counts["entities"] += len(result.entities)
            counts["relations"] += len(result.relations)
            counts["events"] += len(result.events)
        ours_runs.append(time.perf_counter() - start)
        start = time.perf_counter()
        for _ in resources.nlp.pipe([d.text or "" for d in docs], batch_size=64):
            pass
        bare_runs.append(time.perf_counter() - start)
    ours, bare = min(ours_runs), min(bare_runs)
    for doc in docs:  # outside the timing: how many sentences relate parsed
        result = extract(doc, resources)
        text = result.document.text
        for index, found in sentence_args(result.entities, result.sentences).items():
            sentence = result.sentences[index]
            counts["relate_parsed"] += sentence.section != "boilerplate" and is_candidate(
                text[sentence.start:sentence.end], found)


    n = len(docs)
    print(f"FA-KES articles: {n}, tokens: {tokens}, sentences: {counts['sentences']}")
    print(f"found: {counts['entities']} entities, {counts['relations']} relations, "
          f"{counts['events']} events")
    print(f"relate parsed {counts['relate_parsed']} of {counts['sentences']} sentences "
          f"({counts['relate_parsed'] / max(1, counts['sentences']):.0%})")
    print(f"best of {args.rounds} alternating rounds")
    print(f"{'run':34} {'seconds':>8} {'docs/s':>8} {'tokens/s':>9}")
    print(f"{'factionmap extract (full)':34} {ours:8.2f} {n / ours:8.1f} {tokens / ours:9.0f}")
    print(f"{'bare spaCy nlp.pipe (every text)':34} {bare:8.2f} {n / bare:8.1f} {tokens / bare:9.0f}")
    print(f"ratio: factionmap is {bare / ours:.2f}x the speed of bare spaCy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
