"""Rule-based sentence splitting that never crosses a section boundary.

Fast (one regex pass per section) and tuned for conflict reporting: abbreviations ("Dr.",
"U.S.", "Gen."), initials, decimals, the Arabic article ("al-"), closing quotes and brackets,
and text with paragraph breaks and one-line headlines.
"""

from __future__ import annotations

import re

from factionmap.types import CleanDocument, Sentence

# Words that end with a period without ending a sentence (titles, ranks, months, Latin).
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "sgt", "capt", "cpt", "cmdr",
    "adm", "brig", "gov", "sen", "rep", "st", "sr", "jr", "rev", "sheikh", "no", "nos", "vs",
    "etc", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "fig", "vol", "pp", "ca", "cf", "al",  # "et al."
})
# A candidate boundary: terminal punctuation, optional closers, then whitespace.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
# What may open a sentence after the boundary (capital, digit, quote, bracket, bullet).
_OPENER = re.compile(r"\s+[\"'“‘(\[\-–—•*]?[A-Z0-9À-Þ]")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
# Scraped pages lose the space after a full stop: "the past administrations weakness and
# irresolution.For his part French President ...". A stop glued between a lower-case word of
# two letters or more and a capitalised word is a boundary too (not "U.S.Army", not a URL).
_GLUED_END = re.compile(r"(?<=[a-z]{2})[.!?](?=[A-Z][a-z])")
_URL_BEFORE = re.compile(r"(?:https?:|www\.|\.com|/)\S*$")
# A line break ends a sentence unless it wraps mid-sentence (lower-case or comma before,
# lower-case after): plain-text dumps often hard-wrap paragraphs.
_WRAP = re.compile(r"[a-z,;]\n[a-z(]")


def _is_abbreviation(text: str, end: int) -> bool:
    """Whether the period at ``text[end - 1]`` closes an abbreviation or initial."""
    match = _WORD_BEFORE.search(text, max(0, end - 20), end)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "Abu M. al-Adnani"
    if "." in word:
        return True  # "U.S.", "U.N.", "e.g."
    return word.lower() in ABBREVIATIONS


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of one newline-free-or-wrapped block."""
    spans = []
    cursor = start
    for match in _END.finditer(text, start, end):
        stop = match.end()
        opener = _OPENER.match(text, stop, end)
        if not opener:
            continue
        if text[match.start()] == "." and match.end() - match.start() == 1 \
                and _is_abbreviation(text, match.start() + 1):
            continue
        spans.append((cursor, stop))
        cursor = opener.start() + len(opener.group(0)) - len(opener.group(0).lstrip())
    spans.append((cursor, end))
    return [part for span in spans for part in _split_glued(text, *span)]


def _split_glued(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut again at stops that lost their following space ("irresolution.For")."""
    out = []
    cursor = start
    for match in _GLUED_END.finditer(text, start, end):
        word_start = text.rfind(" ", start, match.start()) + 1
        if _URL_BEFORE.search(text, max(word_start, start), match.start()) \
                or _is_abbreviation(text, match.end()):
            continue
        out.append((cursor, match.end()))
        cursor = match.end()
    out.append((cursor, end))
    return out


def _blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Line-delimited blocks of a section, joining hard-wrapped lines."""
    blocks = []
    cursor = start
    for match in re.finditer(r"\n", text[start:end]):
        at = start + match.start()
        if _WRAP.match(text, at - 1, at + 2):
            continue
        blocks.append((cursor, at))
        cursor = at + 1
    blocks.append((cursor, end))
    return blocks


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(doc: CleanDocument) -> tuple[Sentence, ...]:
    """Sentences of every section, in text order; none crosses a section boundary."""
    result = []
    text = doc.text
    for section in sorted(doc.sections, key=lambda s: s.start):
        for block_start, block_end in _blocks(text, section.start, section.end):
            for start, end in _split_block(text, block_start, block_end):
                start, end = _trim(text, start, end)
                if start < end:
                    result.append(Sentence(start, end, section.kind))
    return tuple(result)
