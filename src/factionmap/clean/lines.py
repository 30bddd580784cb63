"""Lines of a plain text with their offsets and the shape features the cleaner reads.

Thresholds are named here with the reason for each; they were set as a set against the
fixture pages in tests/fixtures/pages and the FA-KES / Wikipedia smoke corpora.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from factionmap.clean.cues import REPEATED_LINE, Cue, match_cue
from factionmap.types import SectionKind

# A line's decision: its section kind and the cue that decided it (None for body).
Label = tuple[SectionKind, str | None]
# Decisions of every line so far; None for blank lines and lines not yet decided.
Labels = list[Label | None]

# Article prose: a line of at least this many words whose words are mostly lowercase-initial
# (menus and titles are Title Case) and which ends a sentence somewhere.
PROSE_MIN_WORDS = 12
PROSE_MIN_LOWER = 0.4
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?:\s|$)")
# A menu item, tag or category link: a few words, no sentence punctuation.
MENU_MAX_WORDS = 4
MENU_MAX_CHARS = 40
MENU_END_PUNCT = tuple(".,;:!?\"”)")
# Lines that are list items or headings belong to the article's structure, never to a menu.
BULLET = re.compile(r"\s*(?:[-*•·▪‣◦–]|\d{1,3}[.)]|\(?[a-z]\))\s+\S")
HEADING = re.compile(r"\s*#{1,6}\s")
# Breadcrumbs and flattened nav bars separate items with these; a title rarely does twice.
NAV_SEPARATORS = re.compile(r"\s[|›»/>·]\s")
# A title: short enough to be a headline and not a sentence ending in a full stop.
TITLE_MIN_WORDS = 2
TITLE_MAX_WORDS = 30
TITLE_MAX_CHARS = 200
# A person's name alone on a line under a headline (Medium, many news sites): a byline.
PERSON_NAME = re.compile(r"(?:[A-Z][\w'’\-]*\.?\s+){1,3}[A-Z][\w'’\-]*\.?")
# A related-post entry: a headline, then ':' '?' or a dash, then the post's first words.
EXCERPT = re.compile(r"([^:?!—–]{8,90}?)(?::|\?|!|\s—|\s–)\s+\S")
# Shape features are read from a line's first characters: every threshold above is far below
# what this many characters hold, and one-line articles (FA-KES) then cost no more than short lines.
FEATURE_CHARS = 600
# A short line printed this many times on one page is a running header or a repeated widget; a
# headline is printed at most twice (the article and a 'Recent posts' list).
REPEATED_MIN = 3
REPEATED_MAX_WORDS = 15
# Furniture lines are short; longer lines (a one-line article) are not tested against cues at all.
CUE_MAX_CHARS = 1000


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the text: ``start``/``end`` include its line break; ``text`` is stripped.

    ``words`` and ``lower_ratio`` are read from the first ``FEATURE_CHARS`` characters.
    """

    start: int
    end: int
    text: str
    cue: Cue | None
    words: int
    lower_ratio: float

    @property
    def cue_name(self) -> str | None:
        """The name of the line's cue, if it has one."""
        return self.cue.name if self.cue is not None else None

    @property
    def role(self) -> str | None:
        """The role of the line's cue, if it has one."""
        return self.cue.role if self.cue is not None else None

    @property
    def blank(self) -> bool:
        """Whether the line holds only whitespace."""
        return not self.text

    @property
    def proseish(self) -> bool:
        """Long and mostly lowercase: reads like running text (an excerpt, a bio, a paragraph)."""
        return self.words >= PROSE_MIN_WORDS and self.lower_ratio >= PROSE_MIN_LOWER

    @property
    def prose(self) -> bool:
        """Running text that ends a sentence: what an article paragraph looks like."""
        return self.proseish and SENTENCE_END.search(self.text) is not None

    @property
    def structural(self) -> bool:
        """A bullet or a heading: part of an article's layout."""
        return BULLET.match(self.text) is not None or HEADING.match(self.text) is not None

    @property
    def menu_like(self) -> bool:
        """Short, unpunctuated and not a list item: a menu entry, tag or category link."""
        return (0 < self.words <= MENU_MAX_WORDS and len(self.text) <= MENU_MAX_CHARS
                and not self.text.endswith(MENU_END_PUNCT) and not self.structural)

    @property
    def title_like(self) -> bool:
        """Short, capitalised, no final full stop, not a nav bar: what a headline looks like."""
        t = HEADING.sub("", self.text, count=1)
        if len(WORD.findall(t)) < TITLE_MIN_WORDS:
            return False  # '10:42 GMT', '07-19-2017, 10:12 AM' are timestamps
        return (TITLE_MIN_WORDS <= self.words <= TITLE_MAX_WORDS and len(t) <= TITLE_MAX_CHARS
                and not t.endswith((".", ",", ";", ":")) and (t[0].isupper() or t[0].isdigit() or t[0] in "\"“‘'")
                and len(NAV_SEPARATORS.findall(t)) < 2 and BULLET.match(t) is None)

    @property
    def excerpt(self) -> bool:
        """A related-post entry: 'Headline: first words of the post…' or a line cut short with '…'."""
        head = EXCERPT.match(self.text)
        return self.text.endswith(("…", "...", "[…]", "[...]")) or (
            head is not None and len(WORD.findall(head.group(1))) >= TITLE_MIN_WORDS and head.group(1)[0].isupper())

    @property
    def person_name(self) -> bool:
        """Only a person's name (two to four capitalised words)."""
        return PERSON_NAME.fullmatch(self.text) is not None


WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def split_lines(text: str) -> tuple[Line, ...]:
    """Every line of ``text`` with offsets; the lines' spans tile the text exactly."""
    lines: list[Line] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        head = stripped[:FEATURE_CHARS]
        words = WORD.findall(head)
        lower = sum(1 for w in words if w[0].islower())
        lines.append(Line(
            start=offset, end=offset + len(raw), text=stripped,
            cue=match_cue(stripped) if stripped and len(stripped) <= CUE_MAX_CHARS else None,
            words=len(head.split()), lower_ratio=lower / len(words) if words else 0.0,
        ))
        offset += len(raw)
    return _mark_repeated(lines)


def _mark_repeated(lines: list[Line]) -> tuple[Line, ...]:
    """Give short lines that recur on the page (running headers of a PDF copy) the repeated-line cue."""
    counts = Counter(line.text for line in lines if line.text and line.cue is None)
    repeated = {text for text, n in counts.items() if n >= REPEATED_MIN}
    if not repeated:
        return tuple(lines)
    return tuple(
        replace(line, cue=REPEATED_LINE) if line.text in repeated and line.words <= REPEATED_MAX_WORDS
        and not line.prose and not line.structural else line
        for line in lines
    )
