"""Plain-text cleaning: label each line body / comments / boilerplate, then tile the text.

A page flattened to text (a WET record, a copy-pasted post, a crawl) is read top to bottom
as a small state machine over lines:

1. ``head``: everything before the article. The article starts at its first prose line
   (``Line.prose``); the headline is found by looking back from there over bylines and dates.
2. ``body``: the article. Lines are body unless a cue (``cues.py``) says otherwise; a ``tail``
   or ``form`` cue ends the article, a ``thread`` / ``commenter`` / ``pingback`` cue opens
   the comments.
3. ``tail`` (boilerplate) and ``comments`` alternate until the end.

Then a trailing run of short menu lines (category and site menus) left at the end of the
article is moved to boilerplate. Every character ends up in exactly one section.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from factionmap.clean.dates import DATE_RE, LEAD_DATE_RE, header_date
from factionmap.clean.lines import HEADING, PROSE_MIN_LOWER, PROSE_MIN_WORDS, SENTENCE_END, Line, split_lines
from factionmap.types import Section, SectionKind

Zone = Literal["head", "body", "tail", "comments"]
# What a line with no cue is, in each zone.
ZONE_KIND: dict[str, SectionKind] = {"head": "boilerplate", "body": "body", "tail": "boilerplate",
                                     "comments": "comments"}
# Cue names for lines decided by position rather than by their own pattern.
CUE_HEADER = "page-header"          # before the article's headline
CUE_NO_ARTICLE = "no-article"       # the page has no prose line at all
CUE_TRAILING_MENU = "trailing-menu"  # short menu lines left at the article's end
CUE_FRONT_MATTER = "front-matter"   # a YAML block opening a Markdown export
CUE_PROMO_LINKS = "read-more"       # link lines under an inline 'Read more:' box
CUE_BYLINE = "byline"
CUE_ABOUT = "sidebar-about"
CUE_DATELINE = "dateline"
CUE_CAPTION_LABEL = "image-caption-label"
CUE_LEAD_CAPTION = "lead-caption"
# A comment claimed back from above its 'Reply' link has at most this many lines (author, text).
COMMENT_MAX_LINES = 6
# Furniture that some themes print under the standfirst, before the rest of the article: inside
# the header window and followed by article paragraphs, they cut one line instead of the article.
EARLY_CUES = frozenset({"form-leave-reply", "share-widget", "post-meta", "tags"})
# Cues of the comment form: a thread may still follow them.
FORM_CUES = frozenset({"form-leave-reply", "form-wpcom-login", "form-required"})
# A dateline ('ISTANBUL', 'DAMASCUS, SYRIA') has at most this many words.
DATELINE_MAX_WORDS = 3
# A trailing menu has at least this many short lines: fewer may be the article's own last lines.
TRAILING_MENU_MIN_LINES = 3
# Hard-wrapped prose (newsletters, e-mail, WET records cut at 72-80 columns): lines of at least
# this many words, read together up to this many lines, may make the first paragraph.
WRAP_MIN_WORDS = 5
WRAP_MAX_LINES = 8
# Medium and many news sites put the date under the standfirst: lines this close count as header.
HEADER_META_WINDOW = 12
# How far ahead a 'meta_near' confirmation looks, in non-blank lines.
CONFIRM_WINDOW = 4
# An inline 'Read more:' box lists at most this many links under it.
PROMO_MAX_LINKS = 6
# Markdown exports (Jekyll, Hugo, Astro) open with '---' ... '---' metadata, at most this long.
FRONT_MATTER_MAX_LINES = 300
# Roles that end a confirmation scan: the next piece of furniture has started.
BOUNDARY_ROLES = frozenset({"thread", "commenter", "pingback", "form", "tail", "promo"})
# Furniture that may sit inside a trailing menu without breaking it (a 'Share' or '·' line).
INLINE_ROLES = frozenset({"line", "comment_meta"})
META_ROLES = frozenset({"comment_meta", "commenter", "pingback", "form", "thread"})


@dataclass(frozen=True, slots=True)
class TextCleaning:
    """The result of cleaning a plain text: sections tiling it, and what its header says."""

    sections: tuple[Section, ...]
    title: str | None
    published: str | None
    labels: tuple[tuple[SectionKind, str | None], ...]  # per line, for ``factionmap clean``
    lines: tuple[Line, ...]


def clean_text(text: str, *, extracted: bool = False, comments_at: int | None = None,
               comments_cue: str | None = None) -> TextCleaning:
    """Cut ``text`` into body, comments and boilerplate sections (offsets into ``text``).

    extracted: the text is an article already cut out of a page (trafilatura's output), so the
        article starts at its first line; cues still catch furniture left inside it.
    comments_at: offset where the page's own comments start (HTML), read in the comments state.
    """
    lines = split_lines(text)
    labels: list[tuple[SectionKind, str | None] | None] = [None] * len(lines)
    first = 0 if extracted else _front_matter(lines, labels)
    if extracted:
        # The extractor found the article: it starts at once, provided it holds any prose at all
        # (an error page "extracted" from its menus does not).
        end = len(lines) if comments_at is None else next(
            (i for i, line in enumerate(lines) if line.start >= comments_at), len(lines))
        has_prose = any(_starts_prose(lines, i) for i in range(end))
        anchor = next((i for i, line in enumerate(lines) if not line.blank), None) if has_prose else None
    else:
        anchor = next((i for i in range(first, len(lines)) if _starts_prose(lines, i) and not _under_about(lines, i)),
                      None)
    switch = None if comments_at is None else next(
        (i for i, line in enumerate(lines) if line.start >= comments_at), None)
    title_index: int | None = None
    published: str | None = None
    if anchor is None and not any(line.cue for line in lines[first:]):
        for i in range(first, len(lines)):
            if not lines[i].blank:
                labels[i] = ("body", None)  # nothing looks like furniture: nothing to cut
    elif anchor is None:
        for i in range(first, len(lines)):
            if not lines[i].blank:
                cue = lines[i].cue
                labels[i] = ("boilerplate", cue.name if cue else CUE_NO_ARTICLE)
    else:
        if not extracted:
            title_index = _label_head(lines, labels, first, anchor)
        _label_article(lines, labels, anchor, switch=switch, switch_cue=comments_cue)
        _trailing_menus(lines, labels)
        head = [line.text for line in lines[first:anchor]] + _meta_after(lines, labels, anchor)
        lead = LEAD_DATE_RE.match(lines[anchor].text)
        published = None if extracted else header_date([*head, lead.group(0)] if lead else head)
    resolved = _fill_blanks(lines, labels)
    title = HEADING.sub("", lines[title_index].text, count=1) if title_index is not None else None
    return TextCleaning(sections=_tile(lines, resolved, len(text)), title=title, published=published,
                        labels=tuple(resolved), lines=lines)


def _starts_prose(lines: tuple[Line, ...], i: int) -> bool:
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
    return j >= 0 and lines[j].cue_name == CUE_CAPTION_LABEL


def _under_about(lines: tuple[Line, ...], i: int) -> bool:
    """Whether line ``i`` is the paragraph of a sidebar 'About' box (its previous line is the box's heading)."""
    j = i - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    return j >= 0 and lines[j].cue_name == CUE_ABOUT


def _meta_after(lines: tuple[Line, ...], labels: list, anchor: int) -> list[str]:
    """Byline and date lines just under a standfirst that was taken as the first paragraph."""
    out: list[str] = []
    for i in range(anchor + 1, min(len(lines), anchor + 1 + HEADER_META_WINDOW)):
        if lines[i].prose:
            break
        if lines[i].role in INLINE_ROLES and labels[i] is not None and labels[i][0] == "boilerplate":
            out.append(lines[i].text)
    return out


def _front_matter(lines: tuple[Line, ...], labels: list) -> int:
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


def _label_head(lines: tuple[Line, ...], labels: list, first: int, anchor: int) -> int | None:
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


def _label_article(lines: tuple[Line, ...], labels: list, anchor: int, *, switch: int | None = None,
                   switch_cue: str | None = None) -> None:
    """Run the body / tail / comments state machine from the first prose line to the end.

    switch: index of the line where the page's markup says the comments start.
    """
    zone: Zone = "body"
    zone_cue: str | None = None
    prose_seen = 0
    thread_started = True  # whether the open thread has shown a comment yet
    i = anchor
    while i < len(lines):
        line = lines[i]
        cue = line.cue
        if zone == "body" and line.prose and cue is None:
            prose_seen += 1
        if switch is not None and i >= switch:
            zone, zone_cue, switch = "comments", switch_cue, None
        if line.blank:
            i += 1
            continue
        if cue is not None and zone == "body" and cue.confirm and not _confirmed(lines, i, cue.confirm):
            cue = None
        if cue is None and zone == "body" and line.person_name and _next_is_byline(lines, i):
            labels[i] = ("boilerplate", CUE_BYLINE)
        elif cue is None:
            labels[i] = (ZONE_KIND[zone], zone_cue)
            thread_started = True
        elif cue.role in ("thread", "commenter", "pingback"):
            if zone != "comments" and cue.role == "commenter":
                _claim_timestamp(lines, labels, i, cue.name)
            zone, zone_cue = "comments", cue.name
            labels[i] = ("comments", cue.name)
            thread_started = cue.role != "thread"
        elif cue.role == "comment_meta" and zone == "tail" and zone_cue in FORM_CUES and cue.name == "comment-reply" \
                and _claim_comment(lines, labels, i, cue.name):
            zone, zone_cue = "comments", cue.name  # a thread printed below its form (Facebook, Disqus)
            labels[i] = ("comments", zone_cue)
        elif cue.role == "comment_meta":
            # Share/save/report links between a thread's header and its first comment are chrome.
            inside = zone == "comments" and thread_started
            labels[i] = ("comments", zone_cue) if inside else ("boilerplate", cue.name)
        elif cue.role in ("form", "tail") and zone == "body" and cue.name in EARLY_CUES \
                and prose_seen <= 1 and i - anchor <= HEADER_META_WINDOW and _article_follows(lines, i):
            labels[i] = ("boilerplate", cue.name)  # post meta under a standfirst: the article goes on
        elif cue.role in ("form", "tail"):
            zone, zone_cue = "tail", cue.name
            labels[i] = ("boilerplate", cue.name)
        elif cue.role == "promo":
            labels[i] = ("boilerplate", cue.name)
            if line.text.rstrip().endswith(":") or ":" not in line.text:
                i = _promo_links(lines, labels, i)
        else:  # "line"
            labels[i] = ("comments", zone_cue) if zone == "comments" else ("boilerplate", cue.name)
        i += 1


def _article_follows(lines: tuple[Line, ...], i: int) -> bool:
    """Whether at least two article paragraphs follow line ``i`` before any comment or end."""
    paragraphs = 0
    for line in lines[i + 1:]:
        if line.role in ("thread", "commenter", "pingback"):
            break
        if line.cue is None and line.prose and not line.excerpt:
            paragraphs += 1
            if paragraphs >= 2:
                return True
        elif line.role in ("tail", "form", "promo") and paragraphs:
            break  # furniture after some prose: that prose was the article's end
    return False


def _claim_comment(lines: tuple[Line, ...], labels: list, i: int, cue: str) -> bool:
    """Relabel the author and text lines above a 'Reply' link as a comment, if there are such lines."""
    claimed: list[int] = []
    j = i - 1
    while j >= 0 and len(claimed) < COMMENT_MAX_LINES:
        if not lines[j].blank:
            if lines[j].cue is not None:
                break
            claimed.append(j)
        j -= 1
    if len(claimed) < 2:  # an author line and a text line at least
        return False
    for k in claimed:
        labels[k] = ("comments", cue)
    return True


def _claim_timestamp(lines: tuple[Line, ...], labels: list, i: int, cue: str) -> None:
    """Forums print a comment's timestamp above its author line: it belongs to the comment."""
    j = i - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    if j >= 0 and lines[j].cue_name == "comment-date":
        labels[j] = ("comments", cue)


def _next_is_byline(lines: tuple[Line, ...], i: int) -> bool:
    """Whether the next non-blank line is byline furniture ('Follow', a dateline, '8 min read')."""
    for line in lines[i + 1:]:
        if not line.blank:
            return line.cue is not None and line.cue.name in ("byline", "comment-date")
    return False


def _promo_links(lines: tuple[Line, ...], labels: list, i: int) -> int:
    """Label the short link lines under a bare 'Read more:' as boilerplate; return the last index."""
    taken = 0
    j = i + 1
    while j < len(lines) and taken < PROMO_MAX_LINKS:
        if lines[j].blank:
            j += 1
            continue
        if (lines[j].prose and not lines[j].excerpt) or lines[j].cue is not None or lines[j].structural:
            break
        labels[j] = ("boilerplate", CUE_PROMO_LINKS)
        taken += 1
        i = j
        j += 1
    return i


def _confirmed(lines: tuple[Line, ...], i: int, how: str) -> bool:
    """Whether the furniture cue on line ``i`` inside the article is confirmed by what follows."""
    if how == "meta_near":
        if DATE_RE.search(lines[i].text):
            return True
        seen = 0
        for line in lines[i + 1:]:
            if line.blank:
                continue
            if line.role in META_ROLES:
                return True
            seen += 1
            if seen >= CONFIRM_WINDOW:
                break
        how = "at_end"
    # at_end: no article prose follows before the next boundary cue or the end of the text.
    for line in lines[i + 1:]:
        if line.blank:
            continue
        if line.role in BOUNDARY_ROLES:
            return True
        if line.cue is None and line.prose:
            return False
    return True


def _trailing_menus(lines: tuple[Line, ...], labels: list) -> None:
    """Move the run of short menu lines that closes the article (or the thread) to boilerplate.

    Only the last body run and the last comments run are looked at: a short list in the middle
    of an article is never a menu.
    """
    nonblank = [i for i, lab in enumerate(labels) if lab is not None]
    for kind in ("body", "comments"):
        ends = [i for i in nonblank if labels[i][0] == kind]
        if not ends:
            continue
        run: list[int] = []
        end = nonblank.index(ends[-1])
        position = end
        while position >= 0:
            j = nonblank[position]
            inline_cue = labels[j][0] == "boilerplate" and lines[j].role in INLINE_ROLES
            if not (labels[j][0] == kind or inline_cue) or not lines[j].menu_like:
                break
            if kind == "comments" and lines[j].cue is not None:
                break  # 'Reply', 'Share ›' under the last comment belong to it
            run.append(j)
            position -= 1
        before = nonblank[position] if position >= 0 else None
        intro = before is not None and lines[before].text.endswith(":")
        whole = before is None or labels[before][0] != kind  # the run would be all there is
        # Menu lines right after the article (a sidebar heading, 'Archives') belong to the same menu.
        after = 0
        for j in nonblank[end + 1:]:
            if not lines[j].menu_like:
                break
            after += 1
        if len(run) + after >= TRAILING_MENU_MIN_LINES and not intro and not (kind == "body" and whole):
            for k in run:
                if labels[k][0] == kind:
                    labels[k] = ("boilerplate", CUE_TRAILING_MENU)


def _fill_blanks(lines: tuple[Line, ...], labels: list) -> list[tuple[SectionKind, str | None]]:
    """Blank lines join the section above them (the first ones join the section below)."""
    out: list[tuple[SectionKind, str | None]] = []
    previous: tuple[SectionKind, str | None] = next((lab for lab in labels if lab is not None),
                                                    ("boilerplate", "blank"))
    for lab in labels:
        previous = lab if lab is not None else previous
        out.append(previous)
    return out


def _tile(lines: tuple[Line, ...], labels: list[tuple[SectionKind, str | None]], length: int) -> tuple[Section, ...]:
    """Merge consecutive lines of one kind into sections; the first line's cue names the section."""
    sections: list[Section] = []
    for line, (kind, cue) in zip(lines, labels, strict=True):
        if sections and sections[-1].kind == kind:
            last = sections[-1]
            sections[-1] = Section(kind, last.start, line.end, last.cue)
        else:
            sections.append(Section(kind, line.start, line.end, None if kind == "body" else cue))
    assert not sections or (sections[0].start == 0 and sections[-1].end == length)
    return tuple(sections)
