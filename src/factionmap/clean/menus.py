"""Trailing menus: the category or site menu left as short lines at the end of an article."""

from __future__ import annotations

from factionmap.clean.cues import INLINE_ROLES
from factionmap.clean.lines import Labels, Line
from factionmap.types import SectionKind

CUE_TRAILING_MENU = "trailing-menu"  # short menu lines left at the article's end
CUE_BETWEEN = "between-furniture"    # a short line with furniture on both sides
# A trailing menu has at least this many short lines: fewer may be the article's own last lines.
TRAILING_MENU_MIN_LINES = 3


def trailing_menus(lines: tuple[Line, ...], labels: Labels) -> None:
    """Move the run of short menu lines that closes the article (or the thread) to boilerplate.

    Only the last body run and the last comments run are looked at: a short list in the middle
    of an article is never a menu.
    """
    kinds = _kinds(labels)
    nonblank = sorted(kinds)
    for kind in ("body", "comments"):
        ends = [i for i in nonblank if kinds[i] == kind]
        if not ends:
            continue
        run: list[int] = []
        end = nonblank.index(ends[-1])
        position = end
        while position >= 0:
            j = nonblank[position]
            inline_cue = kinds[j] == "boilerplate" and lines[j].role in INLINE_ROLES
            if not (kinds[j] == kind or inline_cue) or not lines[j].menu_like:
                break
            if kind == "comments" and lines[j].cue is not None:
                break  # 'Reply', 'Share ›' under the last comment belong to it
            run.append(j)
            position -= 1
        before = nonblank[position] if position >= 0 else None
        intro = before is not None and lines[before].text.endswith(":")
        whole = before is None or kinds[before] != kind  # the run would be all there is
        # Menu lines right after the article (a sidebar heading, 'Archives') belong to the same menu.
        after = 0
        for j in nonblank[end + 1:]:
            if not lines[j].menu_like:
                break
            after += 1
        if len(run) + after >= TRAILING_MENU_MIN_LINES and not intro and not (kind == "body" and whole):
            for k in run:
                if kinds[k] == kind:
                    labels[k] = ("boilerplate", CUE_TRAILING_MENU)
                    kinds[k] = "boilerplate"


def between_furniture(lines: tuple[Line, ...], labels: Labels) -> None:
    """Move a short body line with furniture right above and right below it to boilerplate.

    'Report this ad' under 'Advertisements', a lone 'Pinterest' among share cues: an article's own
    short lines (headings, captions, list items) sit between paragraphs, not between furniture.
    """
    kinds = _kinds(labels)
    nonblank = sorted(kinds)
    for position in range(1, len(nonblank) - 1):
        i, before, after = nonblank[position], nonblank[position - 1], nonblank[position + 1]
        if kinds[i] == "body" and lines[i].cue is None and lines[i].menu_like \
                and kinds[before] == "boilerplate" and kinds[after] == "boilerplate" \
                and lines[before].cue is not None and lines[after].cue is not None:
            labels[i] = ("boilerplate", CUE_BETWEEN)


def _kinds(labels: Labels) -> dict[int, SectionKind]:
    """The kind decided for each non-blank line, by index."""
    return {i: label[0] for i, label in enumerate(labels) if label is not None}
