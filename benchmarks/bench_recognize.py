"""Throughput of recognition and linking on FA-KES, beside spaCy on every sentence.

Runs, in one process, on the same articles: (1) the alias pass alone over every sentence
(the whole KB), (2) recognition + linking without the model (KB, discovery, coreference),
(3) recognition + linking with NER on the sentences that need it, (4) bare spaCy
``nlp.pipe`` over every sentence (the cost recognition avoids). Prints mentions/s, docs/s,
microseconds per sentence for the alias pass, and the share of sentences parsed.

    .venv/bin/python benchmarks/bench_recognize.py [--limit N] [--data PATH]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

from factionmap.clean import clean_document
from factionmap.kb.hygiene import common_words
from factionmap.link import link
from factionmap.parses import ParseCache
from factionmap.recognize import alias_index, recognize, split_sentences
from factionmap.recognize.aliases import find_aliases
from factionmap.recognize.ner import chosen_sentences
from factionmap.resources import Resources, load_resources
from factionmap.types import Document

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "text" / "fa-kes" / "FA-KES-Dataset.csv"


def load_fakes(path: Path, limit: int | None) -> list[Document]:
    """FA-KES articles (column article_content) as documents."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["article_content"].strip()]
    docs = [Document(doc_id=r["unit_id"], text=r["article_content"]) for r in rows]
    return docs[:limit] if limit else docs


def run(cleaned: list, resources: Resources) -> tuple[float, Counter]:
    """Recognise and link every document; seconds and counts (mentions, parsed sentences)."""
    counts: Counter = Counter()
    start = time.perf_counter()
    for doc, sentences in cleaned:
        parses = ParseCache(resources.nlp, doc, sentences)
        mentions = recognize(doc, sentences, resources, parses)
        entities = link(doc, sentences, mentions, resources, parses)
        counts["mentions"] += sum(len(e.mentions) for e in entities)
        counts["entities"] += len(entities)
        if resources.nlp is not None:  # the sentences recognition ran the model on
            taken: dict[int, list[tuple[int, int]]] = {}
            for m in mentions:
                if m.reason.startswith(("ner:", "discovered:context")):
                    continue  # found after the model ran
                base = sentences[m.sentence].start
                taken.setdefault(m.sentence, []).append((m.start - base, m.end - base))
            counts["parsed"] += len(chosen_sentences(
                ((i, doc.text[s.start:s.end], taken.get(i, [])) for i, s in enumerate(sentences)
                 if s.section != "boilerplate"), common_words()))
        for entity in entities:
            for mention in entity.mentions:
                counts["reason:" + mention.reason.split("+")[0]] += 1
    return time.perf_counter() - start, counts


def main(argv: list[str] | None = None) -> int:
    """Time each stage variant and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="FA-KES CSV file")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data}: not found; pass --data", file=sys.stderr)
        return 2
    docs = load_fakes(args.data, args.limit)
    with_nlp = load_resources()
    no_nlp = Resources(kb=with_nlp.kb, nlp=None, settings=with_nlp.settings)
    cleaned = []
    for document in docs:
        doc = clean_document(document)
        cleaned.append((doc, split_sentences(doc)))
    n_docs = len(cleaned)
    n_sentences = sum(len(s) for _, s in cleaned)

    begin = time.perf_counter()
    index = alias_index(no_nlp)
    built = time.perf_counter() - begin
    begin = time.perf_counter()
    for doc, sentences in cleaned:
        for sentence in sentences:
            find_aliases(doc.text, sentence.start, sentence.end, index)
    alias_seconds = time.perf_counter() - begin

    kb_seconds, kb_counts = run(cleaned, no_nlp)
    alias_index(with_nlp)
    full_seconds, full_counts = run(cleaned, with_nlp)

    texts = [doc.text[s.start:s.end] for doc, sentences in cleaned for s in sentences]
    begin = time.perf_counter()
    for _ in with_nlp.nlp.pipe(texts, batch_size=64):
        pass
    bare_seconds = time.perf_counter() - begin

    print(f"FA-KES articles: {n_docs}, sentences: {n_sentences}, KB entities: {len(with_nlp.kb)}")
    print(f"alias index built in {built * 1000:.1f} ms; alias pass "
          f"{alias_seconds / n_sentences * 1e6:.1f} us/sentence")
    print(f"{'run':42} {'seconds':>8} {'docs/s':>8} {'mentions':>9} {'mentions/s':>11}")
    for name, seconds, counts in (("recognise+link, KB/discovery/coref only", kb_seconds, kb_counts),
                                  ("recognise+link, with NER where needed", full_seconds,
                                   full_counts)):
        print(f"{name:42} {seconds:8.2f} {n_docs / seconds:8.1f} {counts['mentions']:9d} "
              f"{counts['mentions'] / seconds:11.0f}")
    print(f"{'bare spaCy nlp.pipe (every sentence)':42} {bare_seconds:8.2f} "
          f"{n_docs / bare_seconds:8.1f}")
    print(f"sentences run through NER: {full_counts['parsed']} of {n_sentences} "
          f"({full_counts['parsed'] / max(1, n_sentences):.0%}); recognition with NER is "
          f"{bare_seconds / full_seconds:.2f}x the speed of parsing every sentence")
    reasons = sorted((k[7:], v) for k, v in full_counts.items() if k.startswith("reason:"))
    print("mentions by reason: " + ", ".join(f"{k} {v}" for k, v in reasons))
    return 0


if __name__ == "__main__":
    sys.exit(main())
