"""Publication dates: read only when unambiguous."""

from __future__ import annotations

import pytest

from factionmap.clean.dates import DATE_RE, header_date, normalize_published, parse_date


@pytest.mark.parametrize(("text", "iso"), [
    ("Wed 05 Apr 2017", "2017-04-05"),
    ("October 22, 2015", "2015-10-22"),
    ("Thursday, October 22, 2015", "2015-10-22"),
    ("22nd October 2015", "2015-10-22"),
    ("Sept. 3, 2016", "2016-09-03"),
    ("2015-10-22", "2015-10-22"),
    ("22/10/2015", "2015-10-22"),
    ("10/22/2015", "2015-10-22"),
    ("05/04/2017", None),      # day and month both <= 12: ambiguous
    ("February 30, 2016", None),
    ("March 3, 1850", None),  # outside the publication window
])
def test_parse_date_reads_unambiguous_dates_only(text: str, iso: str | None) -> None:
    match = DATE_RE.search(text)
    assert match is not None
    assert parse_date(match) == iso


@pytest.mark.parametrize(("lines", "iso"), [
    (["Home", "October 22, 2015 by levantmonitor"], "2015-10-22"),
    (["Posted on March 1, 2016", "Archive: February 12, 2016"], "2016-03-01"),
    (["October 22, 2015", "November 2, 2015"], None),
    (["Updated: November 2, 2015"], None),
    (["no date here"], None),
])
def test_header_date_agrees_or_gives_up(lines: list[str], iso: str | None) -> None:
    assert header_date(lines) == iso


@pytest.mark.parametrize(("value", "iso"), [
    ("2015-10-22", "2015-10-22"),
    ("2015-10-22 14:03", "2015-10-22T14:03"),
    ("October 22, 2015", "2015-10-22"),
    ("", None),
    ("soon", None),
])
def test_normalize_published(value: str, iso: str | None) -> None:
    assert normalize_published(value) == iso
