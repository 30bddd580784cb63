"""Plain-text cleaning: label each line body / comments / boilerplate, then tile the text.

A page flattened to text (a WET record, a copy-pasted post, a crawl) is read top to bottom
as a small state machine over lines:

1. ``head``: everything before the article (``head.py``). The article starts at its first prose
   line (``Line.prose``); the headline is found by looking back from there over bylines and dates.
2. ``body``: the article. Lines are body unless a cue (``cues.py``) says otherwise; a ``tail``
   or ``form`` cue ends the article, a ``thread`` / ``commenter`` / ``pingback`` cue opens
   the comments.
3. ``tail`` (boilerplate) and ``comments`` alternate until the end.

Then a trailing run of short menu lines (category and site menus) left at the end of the
article is moved to boilerplate (``menus.py``). Every character ends up in exactly one section.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from factionmap.clean.dates import DATE_RE, LEAD_DATE_RE, header_date
from factionmap.clean.head import (
    CAPTION_LABEL_CHARS,
    CUE_BYLINE,
    CUE_CAPTION_LABEL,
    HEADER_META_WINDOW,
    WRAP_MIN_WORDS,
    front_matter,
    label_head,
    meta_after,
    starts_prose,
    under_about,
)
from factionmap.clean.lines import HEADING, Label, Labels, Line, split_lines
from factionmap.clean.menus import between_furniture, trailing_menus
from factionmap.types import Section, SectionKind

Zone = Literal["head", "body", "tail", "comments"]
# What a line with no cue is, in each zone.
ZONE_KIND: dict[str, SectionKind] = {"head": "boilerplate", "body": "body", "tail": "boilerplate",
                                     "comments": "comments"}
# Cue names for lines decided by position rather than by their own pattern.
CUE_NO_ARTICLE = "no-article"       # the page has no prose line at all
CUE_PROMO_LINKS = "read-more"       # link lines under an inline 'Read more:' box
# A comment claimed back from above its 'Reply' link has at most this many lines (author, text).
COMMENT_MAX_LINES = 6
# Furniture that some themes print under the standfirst, before the rest of the article: inside
# the header window and followed by article paragraphs, they cut one line instead of the article.
EARLY_CUES = frozenset({"form-leave-reply", "share-widget", "post-meta", "tags"})
# Cues of the comment form: a thread may still follow them.
FORM_CUES = frozenset({"form-leave-reply", "form-wpcom-login", "form-required"})
# How far ahead a 'meta_near' confirmation looks, in non-blank lines.
CONFIRM_WINDOW = 4
# An inline 'Read more:' box lists at most this many links under it.
PROMO_MAX_LINKS = 6
# Roles that end a confirmation scan: the next piece of furniture has started.
BOUNDARY_ROLES = frozenset({"thread", "commenter", "pingback", "form", "tail", "promo"})
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
    labels: Labels = [None] * len(lines)
    first = 0 if extracted else front_matter(lines, labels)
    if extracted:
        # The extractor found the article: it starts at once, provided it holds any prose at all
        # (an error page "extracted" from its menus does not).
        end = len(lines) if comments_at is None else next(
            (i for i, line in enumerate(lines) if line.start >= comments_at), len(lines))
        has_prose = any(starts_prose(lines, i) for i in range(end))
        anchor = next((i for i, line in enumerate(lines) if not line.blank), None) if has_prose else None
    else:
        anchor = next((i for i in range(first, len(lines)) if starts_prose(lines, i) and not under_about(lines, i)),
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
            title_index = label_head(lines, labels, first, anchor)
        _label_article(lines, labels, anchor, switch=switch, switch_cue=comments_cue)
        trailing_menus(lines, labels)
        between_furniture(lines, labels)
        head = [line.text for line in lines[first:anchor]] + meta_after(lines, labels, anchor)
        lead = LEAD_DATE_RE.match(lines[anchor].text)
        published = None if extracted else header_date([*head, lead.group(0)] if lead else head)
    resolved = _fill_blanks(lines, labels)
    title = HEADING.sub("", lines[title_index].text, count=1) if title_index is not None else None
    return TextCleaning(sections=_tile(lines, resolved, len(text)), title=title, published=published,
                        labels=tuple(resolved), lines=lines)


def _label_article(lines: tuple[Line, ...], labels: Labels, anchor: int, *, switch: int | None = None,
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
        if cue is not None and zone == "body" and _continues_paragraph(lines, i):
            cue = None  # 'posted in Raqqa by its media office' inside a hard-wrapped paragraph
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
        elif cue.name == CUE_CAPTION_LABEL and prose_seen and len(line.text) > CAPTION_LABEL_CHARS:
            labels[i] = ("body", None)  # 'Image caption, <caption>' inside the article: the caption stays
        else:  # "line"
            labels[i] = ("comments", zone_cue) if zone == "comments" else ("boilerplate", cue.name)
        i += 1


def _continues_paragraph(lines: tuple[Line, ...], i: int) -> bool:
    """Whether line ``i`` starts lowercase right under an unfinished line of prose (hard wrapping)."""
    line = lines[i]
    if i == 0 or not line.text[:1].islower():
        return False
    above = lines[i - 1]
    return (not above.blank and above.cue is None and above.words >= WRAP_MIN_WORDS
            and not above.text.endswith((".", "!", "?", ":", "\"", "”")))


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


def _claim_comment(lines: tuple[Line, ...], labels: Labels, i: int, cue: str) -> bool:
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


def _claim_timestamp(lines: tuple[Line, ...], labels: Labels, i: int, cue: str) -> None:
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


def _promo_links(lines: tuple[Line, ...], labels: Labels, i: int) -> int:
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


def _fill_blanks(lines: tuple[Line, ...], labels: Labels) -> list[Label]:
    """Blank lines join the section above them (the first ones join the section below)."""
    out: list[Label] = []
    previous: Label = next((lab for lab in labels if lab is not None),
                                                    ("boilerplate", "blank"))
    for lab in labels:
        previous = lab if lab is not None else previous
        out.append(previous)
    return out


def _tile(lines: tuple[Line, ...], labels: list[Label], length: int) -> tuple[Section, ...]:
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
