"""Date expressions resolved against the publication date, with the right precision."""

from __future__ import annotations

import pytest

from factionmap.relate.timex import find_timexes, parse_published, resolve_date

PUBLISHED = "2015-10-22"  # a Thursday


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("on October 21", PUBLISHED, "2015-10-21"),
    ("on 21 October", PUBLISHED, "2015-10-21"),
    ("on November 3", PUBLISHED, "2014-11-03"),  # news reports the past: last November
    ("this week", PUBLISHED, "2015-10"),
    ("last week", PUBLISHED, "2015-10"),
    ("in March", PUBLISHED, "2015-03"),
    ("throughout March", PUBLISHED, "2015-03"),  # MMP: "Throughout May the two groups clashed"
    ("in December", PUBLISHED, "2014-12"),
    ("earlier this year", PUBLISHED, "2015"),
    ("last month", PUBLISHED, "2015-09"),
    ("last year", PUBLISHED, "2014"),
    ("yesterday", PUBLISHED, "2015-10-21"),
    ("today", PUBLISHED, "2015-10-22"),
    ("on Monday", PUBLISHED, "2015-10-19"),
    ("on Thursday", PUBLISHED, "2015-10-22"),
    ("two days ago", PUBLISHED, "2015-10-20"),
    ("three months ago", PUBLISHED, "2015-07"),
    ("on October 21, 2014", PUBLISHED, "2014-10-21"),
    ("on 21 October 2014", None, "2014-10-21"),
    ("in May 2013", None, "2013-05"),
    ("in 2012", None, "2012"),
    ("2013-06-30", None, "2013-06-30"),
])
def test_resolve_date_table(text: str, published: str | None, expected: str) -> None:
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize("text", [
    "on October 21", "this week", "in March", "last month", "yesterday", "on Monday",
    "earlier this year",
])
def test_resolve_date_never_invents_a_year(text: str) -> None:
    assert resolve_date(text, None) is None


@pytest.mark.parametrize(("text", "precision"), [
    ("on October 21", "day"), ("in March", "month"), ("earlier this year", "year"),
    ("in May 2013", "month"), ("in 2012", "year"),
])
def test_find_timexes_precision(text: str, precision: str) -> None:
    (timex,) = find_timexes(text, PUBLISHED)
    assert timex.precision == precision


@pytest.mark.parametrize("text", [
    "the attack killed 2015 people", "they may 5 times", "a Tawhid brigade", "at 10 pm",
    "Fighters of the 30th Division",
])
def test_find_timexes_ignores_non_dates(text: str) -> None:
    assert find_timexes(text, PUBLISHED) == ()


def test_find_timexes_offsets_point_into_text() -> None:
    text = "Ahrar al-Sham attacked the town on October 21 and again this week."
    found = find_timexes(text, PUBLISHED, offset=100)
    assert [(t.text, t.value) for t in found] == [("October 21", "2015-10-21"), ("this week", "2015-10")]
    assert all(text[t.start - 100:t.end - 100] == t.text for t in found)


@pytest.mark.parametrize(("published", "expected"), [
    ("2015-10-22", "2015-10-22"), ("2015-10-22T08:00:00Z", "2015-10-22"), ("October", None), (None, None),
])
def test_parse_published_forms(published: str | None, expected: str | None) -> None:
    value = parse_published(published)
    assert (value.isoformat() if value else None) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a part of a year names the year (Wikipedia and MMP histories)
    ("at the end of 2015, it joined the Syrian Democratic Forces", None, "2015"),
    ("Kurdish Hamas and Tawhid merged in summer 2001 to form the front", None, "2001"),
    ("in the spring of 2011", None, "2011"),
    ("by mid-2014 the group controlled the town", None, "2014"),
    # a wire report's "at dawn" is the dawn of its own day; a dated dawn keeps its date
    ("Al-Nusra attacked at dawn the headquarters of Division 30", "2015-07-31", "2015-07-31"),
    ("the fighters attacked at dawn on 4 May", "2015-07-31", "2015-05-04"),
])
def test_resolve_date_parts_of_year_and_dawn(text: str, published: str | None, expected: str) -> None:
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize("text", [
    "the fighters attacked at dawn",  # no publication date: no day is invented
    "the group's 2015 offensive",  # a bare year modifier is no date expression here
])
def test_resolve_date_part_of_day_needs_publication(text: str) -> None:
    assert resolve_date(text, None) is None


@pytest.mark.parametrize(("text", "date"), [
    # a year used as a modifier sets the context year of an undated document
    ("The 2014 Idlib offensive was a series of operations. On 27 October, Ahrar al-Sham "
     "attacked Faylaq al-Sham.", "2014-10-27"),
    # an image caption dates the map, not the story
    ("The 2014 Idlib offensive was a series of operations.\n\n![Khan Shaykhun (March 15 2013)](x.svg)"
     "\n\nOn 27 October, Ahrar al-Sham attacked Faylaq al-Sham.", "2014-10-27"),
    # a number of people is no year
    ("In 2014 the war went on. About 2013 fighters left. On 27 October, Ahrar al-Sham attacked "
     "Faylaq al-Sham.", "2014-10-27"),
])
def test_relate_context_year_of_undated_documents(run_relate, text: str, date: str) -> None:
    spec = {"Ahrar al-Sham": ("kb:ahrar", "armed_group"), "Faylaq al-Sham": ("kb:faylaq", "armed_group")}
    relations, _ = run_relate(text, spec)
    assert [r.date for r in relations] == [date]
