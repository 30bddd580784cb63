"""Trailing menus: the category or site menu left as short lines at the end of an article."""

from __future__ import annotations

from factionmap.clean.cues import INLINE_ROLES
from factionmap.clean.lines import Line

CUE_TRAILING_MENU = "trailing-menu"  # short menu lines left at the article's end
CUE_BETWEEN = "between-furniture"    # a short line with furniture on both sides
# A trailing menu has at least this many short lines: fewer may be the article's own last lines.
TRAILING_MENU_MIN_LINES = 3


def trailing_menus(lines: tuple[Line, ...], labels: list) -> None:
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


def between_furniture(lines: tuple[Line, ...], labels: list) -> None:
    """Move a short body line with furniture right above and right below it to boilerplate.

    'Report this ad' under 'Advertisements', a lone 'Pinterest' among share cues: an article's own
    short lines (headings, captions, list items) sit between paragraphs, not between furniture.
    """
    nonblank = [i for i, lab in enumerate(labels) if lab is not None]
    for position in range(1, len(nonblank) - 1):
        i = nonblank[position]
        before, after = labels[nonblank[position - 1]], labels[nonblank[position + 1]]
        if labels[i][0] == "body" and lines[i].cue is None and lines[i].menu_like \
                and before[0] == "boilerplate" and after[0] == "boilerplate" \
                and lines[nonblank[position - 1]].cue is not None and lines[nonblank[position + 1]].cue is not None:
            labels[i] = ("boilerplate", CUE_BETWEEN)
