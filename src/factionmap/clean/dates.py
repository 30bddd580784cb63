"""Publication dates: the date patterns pages print, and reading an unambiguous one as ISO.

A page's own date is taken only from its header lines (before the article starts, or at the
very start of the first paragraph, as in FA-KES's "Wed 05 Apr 2017 Syria attack ..."), and
only when every date found there agrees: dates are never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# Longest names first so "September" is not read as "Sep" + "tember".
MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# Blogger and FA-KES prefix dates with the weekday ("Thursday, October 22, 2015", "Wed 05 Apr 2017").
WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
# Comment and post timestamps follow the date: "at 4:12 pm", "10:15 AM", ", 16:12".
TIME = r"(?:(?:,|\s+at|\s+-|\s+·)?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)"

# Each date shape a page prints, with named parts; all are tried, case-insensitively.
DATE_SHAPES: tuple[str, ...] = (
    # 22 October 2015, Wed 05 Apr 2017: British and wire-service order.
    rf"{WEEKDAY}?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTH}),?\s+(?P<y1>\d{{4}})",
    # October 22, 2015, Thursday, October 22, 2015: US order, WordPress and Blogger defaults.
    rf"{WEEKDAY}?(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})",
    # 2015-10-22 and 2015/10/22: ISO, as in feeds, URLs and Medium exports.
    r"(?P<y3>\d{4})[-/](?P<m3>\d{1,2})[-/](?P<d3>\d{1,2})",
    # 22/10/2015, 10-22-2015 (vBulletin): read only when the day is > 12 (otherwise day and month are ambiguous).
    r"(?P<a4>\d{1,2})[/.\-](?P<b4>\d{1,2})[/.\-](?P<y4>\d{4})",
)
DATE = "(?:" + "|".join(re.sub(r"\(\?P<\w+>", "(?:", s) for s in DATE_SHAPES) + ")"
DATE_RE = re.compile("|".join(f"(?:{s})" for s in DATE_SHAPES), re.IGNORECASE)
# A date opening the first paragraph ('Wed 05 Apr 2017 Syria attack ...', 'Published August 6 2016 ...').
LEAD_DATE_RE = re.compile(rf"(?:(?:posted|published|updated)(?: on)?:?\s+)?{DATE}", re.IGNORECASE)
# A date "prefixed" as the post's own date outranks other dates in the header.
POSTED_PREFIX = re.compile(r"\b(?:posted|published|date)\s*(?:on|:)?\s*$", re.IGNORECASE)
# An update date is not the publication date: it is skipped.
UPDATED_PREFIX = re.compile(r"\b(?:updated|last updated?|modified|edited)\s*(?:on|:)?\s*$", re.IGNORECASE)
# Years outside this window are typos or historical dates, not a page's publication date.
YEAR_RANGE = (1990, 2035)


def parse_date(match: re.Match[str]) -> str | None:
    """ISO ``YYYY-MM-DD`` of a ``DATE_RE`` match, or None when the parts are not a real date."""
    g = match.groupdict()
    if g["y1"]:
        y, m, d = int(g["y1"]), MONTHS[g["m1"].lower().rstrip(".")], int(g["d1"])
    elif g["y2"]:
        y, m, d = int(g["y2"]), MONTHS[g["m2"].lower().rstrip(".")], int(g["d2"])
    elif g["y3"]:
        y, m, d = int(g["y3"]), int(g["m3"]), int(g["d3"])
    else:
        a, b, y = int(g["a4"]), int(g["b4"]), int(g["y4"])
        if a > 12 >= b:
            d, m = a, b
        elif b > 12 >= a:
            m, d = a, b
        else:
            return None  # 05/04/2017: April or May? Never guess.
    if not (YEAR_RANGE[0] <= y <= YEAR_RANGE[1] and 1 <= m <= 12 and 1 <= d <= _days(y, m)):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _days(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def header_date(lines: Iterable[str]) -> str | None:
    """The one date the header lines agree on; a 'Posted on' date wins; None when they disagree."""
    found: list[str] = []
    for line in lines:
        for match in DATE_RE.finditer(line):
            iso = parse_date(match)
            if iso is None:
                continue
            before = line[: match.start()]
            if UPDATED_PREFIX.search(before):
                continue
            if POSTED_PREFIX.search(before):
                return iso
            found.append(iso)
    distinct = set(found)
    return found[0] if len(distinct) == 1 else None


def normalize_published(value: str | None) -> str | None:
    """An ISO date (or datetime) from a metadata value, keeping what is given; None if unreadable."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
        return value
    if re.match(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", value):
        return value.replace(" ", "T", 1)
    match = DATE_RE.search(value)
    return parse_date(match) if match else None
