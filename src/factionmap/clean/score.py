"""Line-level scoring of cleaning against hand-marked pages (tests/fixtures/pages).

A gold file (``gold.json``) maps each page file to the 1-based line numbers of its body and
comments, written as ranges ("3-27,30"). An HTML page is scored against the body lines of its
plain-text twin (``"twin": "x.txt"``), matched by normalised line text, since its text is
what trafilatura extracts; its comments are scored on the lines readers wrote (lines without a
cue), since thread chrome differs between markup and text copy. Blank lines and the headline do
not count.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from factionmap.clean.core import clean_document
from factionmap.clean.cues import match_cue
from factionmap.types import CleanDocument, Document, SectionKind

# Typographic variants that differ between a page's HTML and its text copy.
QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})
# List markers that trafilatura writes as "- " and pages print as "•", "-" or "1.".
MARKER = re.compile(r"^(?:[-*•·]|\d{1,3}[.)])\s+")
# A comment line with fewer words is an author name or a vote count, not what a reader wrote.
READER_MIN_WORDS = 4


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives of one kind of line."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: Counter[str] | set[int], gold: Counter[str] | set[int]) -> None:
        """Add one page's predicted and gold lines (sets of line numbers or multisets of texts)."""
        if isinstance(predicted, Counter) and isinstance(gold, Counter):
            self.tp += sum((predicted & gold).values())
            self.fp += sum((predicted - gold).values())
            self.fn += sum((gold - predicted).values())
        else:
            self.tp += len(predicted & gold)  # type: ignore[operator]
            self.fp += len(predicted - gold)  # type: ignore[operator]
            self.fn += len(gold - predicted)  # type: ignore[operator]

    @property
    def precision(self) -> float:
        """Share of predicted lines that are right (1.0 when nothing was predicted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold lines found (1.0 when there were none)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass(slots=True)
class PageScores:
    """Micro-averaged counts over a set of pages, and the pages with errors."""

    body: Counts = field(default_factory=Counts)
    comments: Counts = field(default_factory=Counts)
    pages: int = 0
    errors: dict[str, list[str]] = field(default_factory=dict)


def parse_ranges(ranges: str) -> set[int]:
    """Line numbers of "3-27,30" as a set."""
    out: set[int] = set()
    for part in filter(None, ranges.split(",")):
        first, _, last = part.partition("-")
        out.update(range(int(first), int(last or first) + 1))
    return out


def normalize_line(line: str) -> str:
    """A line as compared across HTML and text: plain quotes, no list marker, single spaces."""
    line = unicodedata.normalize("NFKC", line).translate(QUOTES)
    return " ".join(MARKER.sub("", line.strip()).split())


def line_kinds(doc: CleanDocument) -> list[tuple[str, SectionKind]]:
    """Each non-blank line of the document's text with the kind of section it starts in."""
    out: list[tuple[str, SectionKind]] = []
    offset = 0
    for raw in doc.text.splitlines(keepends=True):
        if raw.strip():
            out.append((raw, doc.section_at(offset + len(raw) - len(raw.lstrip()))))
        offset += len(raw)
    return out


def score_pages(pages: Path, *, suffixes: tuple[str, ...] = (".txt", ".html")) -> PageScores:
    """Clean every page listed in ``pages/gold.json`` with one of ``suffixes`` and score it."""
    gold = json.loads((pages / "gold.json").read_text(encoding="utf-8"))
    scores = PageScores()
    for name, entry in sorted(gold.items()):
        if not name.endswith(suffixes):
            continue
        path = pages / name
        raw = path.read_text(encoding="utf-8")
        is_html = name.endswith((".html", ".htm"))
        doc = clean_document(Document(doc_id=name, html=raw) if is_html else Document(doc_id=name, text=raw))
        scores.pages += 1
        if is_html:
            _score_html(scores, name, doc, gold[entry["twin"]], (pages / entry["twin"]).read_text(encoding="utf-8"),
                        entry)
        else:
            _score_text(scores, name, doc, entry)
    return scores


def _score_text(scores: PageScores, name: str, doc: CleanDocument, entry: dict[str, str]) -> None:
    lines = doc.text.splitlines(keepends=True)
    kinds: dict[int, SectionKind] = {}
    offset = 0
    for number, raw in enumerate(lines, 1):
        if raw.strip():
            kinds[number] = doc.section_at(offset + len(raw) - len(raw.lstrip()))
        offset += len(raw)
    for kind, counts in (("body", scores.body), ("comments", scores.comments)):
        predicted = {n for n, k in kinds.items() if k == kind}
        expected = parse_ranges(entry[kind])
        counts.add(predicted, expected)
        for n in sorted(predicted ^ expected):
            scores.errors.setdefault(name, []).append(
                f"line {n} {'extra' if n in predicted else 'missed'} {kind}: {lines[n - 1].strip()[:80]}")


def _reader_text(line: str) -> bool:
    """A line a reader wrote: no cue matches it and it has a few words (not a lone author name)."""
    return match_cue(line.strip()) is None and len(line.split()) >= READER_MIN_WORDS


def _score_html(scores: PageScores, name: str, doc: CleanDocument, twin: dict[str, str], twin_text: str,
                entry: dict[str, object]) -> None:
    twin_lines = twin_text.splitlines()
    title = normalize_line(doc.title or "")
    for kind, counts in (("body", scores.body), ("comments", scores.comments)):
        numbers = parse_ranges(twin[kind])
        if kind == "comments":
            if not entry.get("comments_in_markup", True):
                continue  # a Disqus thread is loaded by script: the markup has no comments to find
            # Only what readers wrote: a thread's chrome (author lines, dates, 'Reply') is printed
            # differently by a page's markup and its text copy.
            numbers = {n for n in numbers if _reader_text(twin_lines[n - 1])}
        expected = Counter(normalize_line(twin_lines[n - 1]) for n in numbers)
        predicted = Counter(normalize_line(raw) for raw, k in line_kinds(doc) if k == kind)
        for counter in (expected, predicted):
            counter.pop(title, None)  # the headline is metadata for HTML: neither right nor wrong
        if kind == "comments":
            predicted = Counter({line: n for line, n in predicted.items() if _reader_text(line)})
        counts.add(predicted, expected)
        for line in sorted((predicted - expected) | (expected - predicted)):
            scores.errors.setdefault(name, []).append(
                f"{'extra' if predicted[line] > expected[line] else 'missed'} {kind}: {line[:80]}")
