"""Furniture inside flattened text: tag lists and related-headline blocks with no line breaks.

Scraped corpora often arrive as one line per article (FA-KES): the site's tag list then sits
between the lede and the story ("... a monitoring group said. Tags Syria Idlib al-Nusra Front
The Sawaiq al-Rahman brigade announced ..."), and a news site's "related" headlines and tag list
close it ("... the conditions would need to be studied. Syrian Army Repels Militant Attack on
Western Damascus Tags shelling Daesh"). The line-based cleaner cannot see these; this pass cuts
them out of long body lines as boilerplate, each span named by its cue. When the end of a tag
list cannot be told, nothing is cut: a tag list left in is noise, a story cut out is loss.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factionmap.types import Section

CUE_INLINE_TAGS = "inline-tags"          # "Tags Syria Idlib ..." inside a flattened article
CUE_INLINE_RELATED = "inline-related"    # related headlines run together before a closing tag list

# Only lines at least this long are looked at: a real tag line stands on its own line and the
# line-based cues already handle it.
FLAT_MIN_CHARS = 400
# "Tags" (or "Tags:") right after a sentence end, a closing quote, or a word: the label of the
# list. Lower-case "tags" is prose ("price tags").
TAGS_RE = re.compile(r"(?:(?<=[.!?\"”’)\]])|(?<=\w)|(?<=\.\.\.))\s+(Tags:?)\s+(?=\S)")
# A tag list is at most this many words before the story resumes.
TAG_LIST_MAX_WORDS = 30
# A tag list this close to the end of the text closes the article: cut to the end.
CLOSING_MAX_CHARS = 600
# Capitalised words that open a sentence and are never a tag: when one follows the tag list's
# words, the story resumes there ("... al-Nusra Front The Sawaiq al-Rahman brigade").
SENTENCE_OPENERS = frozenset({
    "The", "A", "An", "At", "In", "On", "After", "Before", "According", "As", "While", "When",
    "Some", "More", "Several", "Dozens", "Hundreds", "Thousands", "Almost", "Nearly", "Over",
    "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
    "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty",
    "Thirty", "Forty", "Fifty", "This", "These", "Those", "It", "Its", "They", "He", "She",
    "There", "Despite", "Following", "Amid", "During", "Since", "Meanwhile", "Earlier", "Later",
    "Overnight", "Suspected",
})
# Lower-case words that follow a sentence's first word and never a tag ("Airstrikes on a
# rebel-held village", "Russia has accused", "Jets thought to belong"): a capitalised word before
# one of them opens the story. Words found inside names ("of", "for", "in") are not here.
OPENING_NEXT = frozenset({
    "on", "has", "have", "had", "is", "are", "was", "were", "will", "said", "say", "says",
    "struck", "killed", "carried", "thought", "launched", "hit", "bombed", "returned",
    "continued", "pounded", "claimed", "announced",
})
# Lower-case function words that prove a span is prose, not a tag list: met before any opener,
# they mean the list ended earlier, somewhere that cannot be told.
PROSE_WORDS = OPENING_NEXT | frozenset({
    "a", "an", "in", "to", "at", "by", "with", "from", "that", "which", "and",
})
# Related headlines before a closing tag list are Title Case: at least this share of their
# words is capitalised, over at least this many words.
HEADLINE_CAPS_SHARE = 0.6
HEADLINE_MIN_WORDS = 6
_WORD_RE = re.compile(r"\S+")
# A sentence end in prose: ". " before a capital (or a digit, for "... 11 Tags").
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z0-9\"“])")


def inline_furniture(text: str, sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """``sections`` with inline tag lists and related-headline blocks of long body lines cut out
    as boilerplate; the sections still tile ``text``."""
    out: list[Section] = []
    for section in sections:
        if section.kind != "body":
            out.append(section)
            continue
        cursor = section.start
        for start, end, cue in _spans(text, section.start, section.end):
            if start > cursor:
                out.append(Section("body", cursor, start, section.cue))
            out.append(Section("boilerplate", start, end, cue))
            cursor = end
        if cursor < section.end:
            out.append(Section("body", cursor, section.end, section.cue))
    return tuple(_merge(out))


def _spans(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """Furniture spans of the long lines inside ``text[start:end]``, in order."""
    line_start = start
    for line in text[start:end].split("\n"):
        line_end = line_start + len(line)
        if len(line) >= FLAT_MIN_CHARS:
            yield from _line_spans(text, line_start, line_end)
        line_start = line_end + 1


def _line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    cursor = start
    for match in TAGS_RE.finditer(text, start, end):
        label = match.start(1)
        if label < cursor:
            continue
        if end - label <= CLOSING_MAX_CHARS and not _SENTENCE_END_RE.search(text, label, end):
            head = _headlines_before(text, cursor, label)
            if head < label:
                yield head, label, CUE_INLINE_RELATED
            yield label, end, CUE_INLINE_TAGS
            return
        resume = _story_resumes(text, match.end(), end)
        if resume is not None:
            yield label, resume, CUE_INLINE_TAGS
            cursor = resume


def _story_resumes(text: str, after: int, end: int) -> int | None:
    """Where the story starts again after a tag list beginning at ``after``, or None when the
    list's end cannot be told (prose words inside it, or no opener within reach)."""
    words = list(_WORD_RE.finditer(text, after, end))[:TAG_LIST_MAX_WORDS + 1]
    for count, word in enumerate(words[:TAG_LIST_MAX_WORDS]):
        token = word.group(0)
        following = words[count + 1].group(0) if count + 1 < len(words) else ""
        if count and (token in SENTENCE_OPENERS
                      or (token[:1].isupper() and following in OPENING_NEXT)):
            return word.start()
        if token in PROSE_WORDS:  # lower case as written: "IS" is a tag, "is" is prose
            return None  # prose before any opener: the list ended earlier, somewhere unknown
        if token.endswith((".", "!", "?")) and len(token) > 2 and not token[:-1].isupper():
            # "... extremism war. A suicide bomber": the list ended with a full stop.
            return _skip_space(text, word.end(), end)
    return None


def _headlines_before(text: str, floor: int, label: int) -> int:
    """Start of the run of Title Case headlines that ends at ``label``, or ``label`` if none."""
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text, floor, label)]
    start = ends[-1] if ends else floor
    words = [w.group(0) for w in _WORD_RE.finditer(text, start, label)]
    alpha = [w for w in words if w[:1].isalpha()]
    if len(alpha) < HEADLINE_MIN_WORDS:
        return label
    share = sum(w[:1].isupper() for w in alpha) / len(alpha)
    return start if share >= HEADLINE_CAPS_SHARE else label


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _merge(sections: list[Section]) -> Iterator[Section]:
    """Drop empty sections and join neighbours of one kind (the first cue names the run)."""
    previous: Section | None = None
    for section in sections:
        if section.end <= section.start:
            continue
        if previous is not None and previous.kind == section.kind:
            previous = Section(section.kind, previous.start, section.end, previous.cue)
            continue
        if previous is not None:
            yield previous
        previous = section
    if previous is not None:
        yield previous
