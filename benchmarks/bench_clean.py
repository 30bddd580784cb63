"""Throughput of the clean stage: plain text (FA-KES, Wikipedia) and HTML pages (fixtures).

Each corpus is timed against a baseline run in the same process: a bare ``str.splitlines``
pass for plain text, and lxml parsing plus ``text_content()`` for HTML (trafilatura alone is
timed too). Prints docs/s, MB/s (of input, UTF-8) and the ratio to the baseline; not part of
the test suite.

    .venv/bin/python benchmarks/bench_clean.py [--limit N] [--rounds R]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable
from pathlib import Path

from factionmap.clean import clean_html, clean_text

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "text"
PAGES = ROOT / "tests" / "fixtures" / "pages"


def fakes(limit: int | None) -> list[str]:
    """FA-KES article texts."""
    path = DATA / "fa-kes" / "FA-KES-Dataset.csv"
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        texts = [row["article_content"] for row in csv.DictReader(handle)]
    return texts[:limit] if limit else texts


def wikipedia(limit: int | None) -> list[str]:
    """Wikipedia articles (Markdown with front matter) as texts."""
    paths = sorted((DATA / "wikipedia-syria-iraq-war-articles" / "articles").glob("*.md"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    return texts[:limit] if limit else texts


def timed(work: Callable[[str], object], texts: list[str], rounds: int) -> float:
    """Best wall time of ``rounds`` passes of ``work`` over every text."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            work(text)
        best = min(best, time.perf_counter() - start)
    return best


def report(corpus: str, texts: list[str], runs: list[tuple[str, Callable[[str], object]]], rounds: int) -> None:
    """Print one line per run: docs/s, MB/s and the ratio of its time to the first run's."""
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"\n{corpus}: {len(texts)} docs, {megabytes:.2f} MB, best of {rounds}")
    baseline = None
    for name, work in runs:
        seconds = timed(work, texts, rounds)
        baseline = baseline or seconds
        print(f"  {name:28} {len(texts) / seconds:10.1f} docs/s {megabytes / seconds:8.2f} MB/s "
              f"{seconds / baseline:8.1f}x baseline time")


def _lxml_text(html: str) -> object:
    import lxml.html

    return lxml.html.fromstring(html).text_content()


def _trafilatura(html: str) -> object:
    import trafilatura

    return trafilatura.bare_extraction(html, include_comments=True, with_metadata=True, favor_precision=True)


def main(argv: list[str] | None = None) -> int:
    """Time every corpus and print the comparison."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents of each corpus")
    parser.add_argument("--rounds", type=int, default=3, help="passes per run; the best is kept")
    args, _ = parser.parse_known_args(argv)
    if not DATA.exists():
        print(f"{DATA}: not found", file=sys.stderr)
        return 2
    text_runs: list[tuple[str, Callable[[str], object]]] = [
        ("baseline str.splitlines", lambda t: t.splitlines(keepends=True)),
        ("clean_text", clean_text),
    ]
    report("FA-KES (plain text)", fakes(args.limit), text_runs, args.rounds)
    report("Wikipedia (Markdown text)", wikipedia(args.limit), text_runs, args.rounds)
    pages = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.html"))]
    report("HTML fixture pages", pages, [
        ("baseline lxml text_content", _lxml_text),
        ("trafilatura alone", _trafilatura),
        ("clean_html", clean_html),
    ], args.rounds)
    twins = [(PAGES / f"{p.stem}.txt").read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.html"))]
    report("Text twins of the HTML pages", twins, text_runs, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
