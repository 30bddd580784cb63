"""Date expressions resolved against the publication date, with their precision.

Pure functions, no parse needed. A value is ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``;
a relative expression ("last month", "on Monday") needs ``published``, and an expression
without a year ("on October 21") takes the publication year, never an invented one.
News reports the past, so a month or weekday without a year is the latest one not after
the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), 1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"  # a season names no month: the year only


@dataclass(frozen=True, slots=True)
class Timex:
    """A date expression in a text: offsets, the ISO value and its precision."""

    start: int
    end: int
    text: str
    value: str
    precision: str  # "day", "month" or "year"


# Ordered: longer, more specific forms first; each (name, regex) names the rule that fired.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.IGNORECASE)) for name, rx in (
        ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
        ("month_day_year", r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b"),
        ("day_month_year", r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b"),
        ("month_year", r"\b" + _MONTH + r",?\s+(?:of\s+)?" + _YEAR + r"\b"),
        ("month_day", r"\b" + _MONTH + r"\s+" + _DAY + r"\b(?!\s*,?\s*(?:19|20)\d\d)(?!:)"),
        ("day_month", r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"\b(?!,?\s*(?:19|20)\d\d)"),
        # "attacked at dawn" in a news report is the dawn of its own day (not "at dawn on Friday")
        ("relative_day", r"\b(?P<rel>today|yesterday|tonight|this morning|this afternoon|this evening"
                         r"|last night|at dawn(?![\s,]+(?:on\s+)?(?:" + "|".join(WEEKDAYS) + r"|today|yesterday"
                         r"|\d|" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b))\b"),
        ("weekday", r"\b(?:on\s+|last\s+|this\s+(?:past\s+)?)?" + _WEEKDAY + r"\b"),
        ("this_period", r"\b(?P<which>this|last|earlier this|later this|past|previous|next)\s+"
                        r"(?P<unit>week|month|year)\b"),
        ("ago", r"\b(?P<n>a|one|two|three|four|five|six|\d+)\s+(?P<unit>day|week|month|year)s?\s+ago\b"),
        ("in_month", r"\b(?:in|since|during|until|by|throughout|early|mid|late|last)[\s-]+" + _MONTH
                     + r"(?![\s,]+(?:[0-3]?\d\b|(?:19|20)\d\d))"),
        # a bare number is a year only after a temporal preposition ("killed 2015 people")
        # also after a part of the year: "at the end of 2015", "in summer 2001", "mid-2014"
        ("year", r"\b(?:in|since|during|until|by|early|mid|late|from|year|throughout|" + _SEASON
                 + r"|(?:end|beginning|start|middle|course|" + _SEASON + r")\s+of)[\s-]+"
                 + _YEAR + r"\b(?![-/]\d)"),
    )
)
# Every pattern needs one of these (a superset check, case-insensitive, no word boundaries):
# a text without any holds no date expression and is not scanned pattern by pattern.
_ANY_CUE = re.compile(r"\d|day|week|month|year|tonight|morning|afternoon|evening|night|dawn|"
                      + "|".join(sorted(MONTHS, key=len, reverse=True)), re.IGNORECASE)
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def parse_published(published: str | None) -> date | None:
    """The publication date as a ``date`` (the first 10 characters of an ISO date/datetime)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _month_before(month: int, ref: date) -> int:
    """Year of the latest ``month`` not after ``ref``."""
    return ref.year if month <= ref.month else ref.year - 1


def _day_value(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _resolve(name: str, m: re.Match[str], ref: date | None) -> tuple[str, str] | None:
    """(value, precision) of one match, or None when it cannot be resolved."""
    g = m.groupdict()
    if g.get("month") and not g["month"][0].isupper():
        return None  # "they may 5 ..." : month names are capitalised in English
    month = MONTHS.get(g["month"].lower().rstrip(".")) if g.get("month") else None
    if name == "iso":
        value = _day_value(int(g["year"]), int(g["mnum"]), int(g["day"]))
        return (value, "day") if value else None
    if name in ("month_day_year", "day_month_year"):
        value = _day_value(int(g["year"]), month or 0, int(g["day"]))
        return (value, "day") if value else None
    if name == "month_year":
        return f"{int(g['year']):04d}-{month:02d}", "month"
    if name == "year":
        return g["year"], "year"
    if ref is None:
        return None  # every remaining form needs the publication date for its year
    if name in ("month_day", "day_month"):
        assert month is not None
        day = int(g["day"])
        year = ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
        value = _day_value(year, month, day)
        return (value, "day") if value else None
    if name == "in_month":
        assert month is not None
        return f"{_month_before(month, ref):04d}-{month:02d}", "month"
    if name == "relative_day":
        back = 1 if g["rel"].lower() in ("yesterday", "last night") else 0
        return (ref - timedelta(days=back)).isoformat(), "day"
    if name == "weekday":
        back = (ref.weekday() - WEEKDAYS[g["weekday"].lower()]) % 7
        if back == 0 and m.group(0).lower().startswith("last"):
            back = 7
        return (ref - timedelta(days=back)).isoformat(), "day"
    if name == "this_period":
        return _period(g["which"].lower(), g["unit"].lower(), ref)
    if name == "ago":
        n = _NUMBERS.get(g["n"].lower()) or int(g["n"])
        unit = g["unit"].lower()
        if unit == "day":
            return (ref - timedelta(days=n)).isoformat(), "day"
        if unit == "week":
            return _week_value(ref - timedelta(weeks=n))
        if unit == "month":
            total = ref.year * 12 + ref.month - 1 - n
            return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
        return f"{ref.year - n:04d}", "year"
    return None


def _week_value(day: date) -> tuple[str, str]:
    """A week as the month holding all its days, else the year (ISO has no week precision here)."""
    monday = day - timedelta(days=day.weekday())
    sunday = monday + timedelta(days=6)
    if monday.month == sunday.month:
        return f"{monday.year:04d}-{monday.month:02d}", "month"
    if monday.year == sunday.year:
        return f"{monday.year:04d}", "year"
    return f"{day.year:04d}", "year"


def _period(which: str, unit: str, ref: date) -> tuple[str, str] | None:
    step = -1 if which in ("last", "past", "previous") else (1 if which == "next" else 0)
    if unit == "year":
        return f"{ref.year + step:04d}", "year"
    if unit == "month":
        total = ref.year * 12 + ref.month - 1 + step
        return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
    return _week_value(ref + timedelta(weeks=step))


def find_timexes(text: str, published: str | None, *, offset: int = 0) -> tuple[Timex, ...]:
    """Every resolvable date expression in ``text``, leftmost first, without overlaps.

    ``offset`` is added to every start/end (pass the sentence start to get document offsets).
    """
    if not _ANY_CUE.search(text):
        return ()
    ref = parse_published(published)
    taken: list[tuple[int, int]] = []
    found: list[Timex] = []
    for name, pattern in PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            while start < end and text[start].isspace():
                start += 1
            if any(start < e and s < end for s, e in taken):
                continue
            resolved = _resolve(name, m, ref)
            taken.append((start, end))  # claimed even when unresolvable: never reread as a year
            if resolved is not None:
                found.append(Timex(start + offset, end + offset, text[start:end], *resolved))
    return tuple(sorted(found, key=lambda t: t.start))


def resolve_date(expression: str, published: str | None) -> str | None:
    """The ISO value of the first date expression in ``expression``, or None."""
    found = find_timexes(expression, published)
    return found[0].value if found else None
