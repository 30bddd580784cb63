"""The head of a flattened page: where the article starts, its headline, and what sits above.

The article starts at its first prose line (or at hard-wrapped prose); looking back from there
over bylines, datelines and captions finds the headline. Everything above the headline is page
furniture (menus, taglines, cookie banners, a sidebar's About box).
"""

from __future__ import annotations

from factionmap.clean.cues import INLINE_ROLES
from factionmap.clean.lines import BULLET, PROSE_MIN_LOWER, PROSE_MIN_WORDS, SENTENCE_END, Labels, Line

# Cue names for head lines decided by position rather than by their own pattern.
CUE_HEADER = "page-header"          # before the article's headline
CUE_FRONT_MATTER = "front-matter"   # a YAML block opening a Markdown export
CUE_BYLINE = "byline"
CUE_ABOUT = "sidebar-about"
CUE_DATELINE = "dateline"
CUE_CAPTION_LABEL = "image-caption-label"
CUE_LEAD_CAPTION = "lead-caption"
# 'Image caption,' is 14 characters: a longer line carries the caption itself.
CAPTION_LABEL_CHARS = 16
# Short sentences, summary bullets and their intro may open an article above its first prose line:
# at most this many lines are stepped over when looking for the headline.
OPENING_LINES = 6
OPENING_MIN_WORDS = 4
OPENING_INTRO_WORDS = 4
# A dateline ('ISTANBUL', 'DAMASCUS, SYRIA') has at most this many words.
DATELINE_MAX_WORDS = 3
# Hard-wrapped prose (newsletters, e-mail, WET records cut at 72-80 columns): lines of at least
# this many words, read together up to this many lines, may make the first paragraph.
WRAP_MIN_WORDS = 5
WRAP_MAX_LINES = 8
# Medium and many news sites put the date under the standfirst: lines this close count as header.
HEADER_META_WINDOW = 12
# Markdown exports (Jekyll, Hugo, Astro) open with '---' ... '---' metadata, at most this long.
FRONT_MATTER_MAX_LINES = 300


def starts_prose(lines: tuple[Line, ...], i: int) -> bool:
    """Whether line ``i`` starts article prose: a prose line, or hard-wrapped prose lines."""
    line = lines[i]
    if line.cue is not None or line.blank:
        return False
    if line.prose:
        return True
    if line.lower_ratio < PROSE_MIN_LOWER and not SENTENCE_END.search(line.text[-3:]):
        return False  # a headline above the first paragraph, not its first wrapped line
    words = lowered = 0.0
    count = 0
    for other in lines[i:i + WRAP_MAX_LINES]:
        if other.blank or other.cue is not None or other.words < WRAP_MIN_WORDS or other.prose:
            break
        words += other.words
        lowered += other.words * other.lower_ratio
        count += 1
        if count >= 2 and words >= PROSE_MIN_WORDS and lowered / words >= PROSE_MIN_LOWER \
                and SENTENCE_END.search(other.text):
            return True
    return False


def _dateline(line: Line) -> bool:
    """A place name in capitals alone on a line between headline and article ('ISTANBUL')."""
    return 0 < line.words <= DATELINE_MAX_WORDS and line.text.isupper() and not line.structural


def _is_caption(lines: tuple[Line, ...], i: int) -> bool:
    """Whether line ``i`` follows an 'Image caption' label."""
    j = i - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    return j >= 0 and lines[j].cue_name == CUE_CAPTION_LABEL and len(lines[j].text) <= CAPTION_LABEL_CHARS


def under_about(lines: tuple[Line, ...], i: int) -> bool:
    """Whether line ``i`` is the paragraph of a sidebar 'About' box (its previous line is the box's heading)."""
    j = i - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    return j >= 0 and lines[j].cue_name == CUE_ABOUT


def meta_after(lines: tuple[Line, ...], labels: Labels, anchor: int) -> list[str]:
    """Byline and date lines just under a standfirst that was taken as the first paragraph."""
    out: list[str] = []
    for i in range(anchor + 1, min(len(lines), anchor + 1 + HEADER_META_WINDOW)):
        if lines[i].prose:
            break
        label = labels[i]
        if lines[i].role in INLINE_ROLES and label is not None and label[0] == "boilerplate":
            out.append(lines[i].text)
    return out


def front_matter(lines: tuple[Line, ...], labels: Labels) -> int:
    """Label a leading YAML block as boilerplate; return the index after it (0 if none)."""
    nonblank = [i for i, line in enumerate(lines[:FRONT_MATTER_MAX_LINES]) if not line.blank]
    if not nonblank or lines[nonblank[0]].text != "---":
        return 0
    for i in nonblank[1:]:
        if lines[i].text == "---":
            for j in range(nonblank[0], i + 1):
                if not lines[j].blank:
                    labels[j] = ("boilerplate", CUE_FRONT_MATTER)
            return i + 1
    return 0


def label_head(lines: tuple[Line, ...], labels: Labels, first: int, anchor: int) -> int | None:
    """Label lines before the first prose line; return the headline's index, if there is one."""
    title = _find_title(lines, first, anchor)
    for i in range(first, anchor):
        line = lines[i]
        if line.blank:
            continue
        if title is None or i < title:
            labels[i] = ("boilerplate", line.cue.name if line.cue else CUE_HEADER)
        elif i == title:
            labels[i] = ("body", None)
        elif line.cue is not None:
            labels[i] = ("boilerplate", line.cue.name)
        elif line.person_name:
            labels[i] = ("boilerplate", CUE_BYLINE)
        elif _dateline(line):
            labels[i] = ("boilerplate", CUE_DATELINE)
        elif _is_caption(lines, i):
            labels[i] = ("boilerplate", CUE_LEAD_CAPTION)  # the lead image's caption, above the article
        else:
            labels[i] = ("body", None)  # a standfirst or subtitle under the headline
    return title


def _find_title(lines: tuple[Line, ...], first: int, anchor: int) -> int | None:
    """The headline: the first title-like line above the article's bylines and datelines.

    When an author's name sits alone above the article (Medium: title, subtitle, author), the
    headline is the line above the subtitle.
    """
    i = _previous_content(lines, first, anchor - 1)
    for _ in range(OPENING_LINES):
        # A short opening sentence ('In the name of God, the Most Gracious, the Most Merciful.') or
        # a summary list ('Key points:' and its bullets) is the article's: the headline is above it.
        if i is None or not _opening_line(lines[i]):
            break
        i = _previous_content(lines, first, i - 1)
    if i is not None and lines[i].person_name:
        byline = i
        i = _previous_content(lines, first, byline - 1)
        if i is not None and lines[i].title_like:
            above = _previous_plain(lines, first, i - 1)
            if above is not None and lines[above].title_like and lines[above].words >= 4:
                return above
    if i is None or not lines[i].title_like:
        return None
    # A short source line under the headline ('Enab Baladi – Idlib' under a date): the headline
    # is the longer title-like line above the dateline.
    j = i - 1
    skipped = False
    while j >= first and (lines[j].blank or (lines[j].role in INLINE_ROLES)):
        skipped = skipped or not lines[j].blank
        j -= 1
    longer = j >= first and lines[j].cue is None and lines[j].title_like and lines[j].words > lines[i].words
    if skipped and longer:
        return j
    return i


def _opening_line(line: Line) -> bool:
    """A complete sentence too short to count as prose, a bullet, or a list's intro ('Key points:')."""
    if BULLET.match(line.text) or (line.text.endswith(":") and line.words <= OPENING_INTRO_WORDS):
        return True
    return not line.title_like and line.words >= OPENING_MIN_WORDS and SENTENCE_END.search(line.text[-3:]) is not None


def _previous_content(lines: tuple[Line, ...], first: int, i: int) -> int | None:
    """The nearest line at or above ``i`` that is neither blank, furniture (a cue) nor a dateline."""
    while i >= first and (lines[i].blank or lines[i].cue is not None or _dateline(lines[i])
                          or _is_caption(lines, i)):
        i -= 1
    return i if i >= first else None


def _previous_plain(lines: tuple[Line, ...], first: int, i: int) -> int | None:
    """The nearest non-blank line at or above ``i`` if it is not furniture."""
    while i >= first and lines[i].blank:
        i -= 1
    return i if i >= first and lines[i].cue is None else None
