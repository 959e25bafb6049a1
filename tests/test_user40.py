"""pipeline.times reads a zoned time on Amsterdam's clock, the reader's day for Dutch and Flemish news
(user40): a feed's "23:30 GMT" is published the next day at 00:30, as the brief's credit line, the
web edition and stories.xml all say it."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.times import publication_day, reader_time, when_published


def test_a_time_in_utc_is_read_on_amsterdams_clock() -> None:
    assert publication_day("2015-11-14T23:30:00Z") == "Sunday 15 November 2015"
    assert when_published("2015-11-14T23:30:00+00:00") == "Sunday 15 November 2015, 00:30"
    assert when_published("2019-07-14T18:17:00Z") == "Sunday 14 July 2019, 20:17"  # summer time
    assert when_published("2015-11-14T23:30:00+01:00") == "Saturday 14 November 2015, 23:30"


def test_a_time_without_a_zone_or_a_date_alone_stays_as_written() -> None:
    assert when_published("2015-11-14T23:30:00") == "Saturday 14 November 2015, 23:30"
    assert publication_day("2015-11-14") == "Saturday 14 November 2015"
    assert reader_time(datetime(2015, 11, 14, 23, 30)) == datetime(2015, 11, 14, 23, 30)
    assert reader_time(datetime(2015, 11, 14, 23, 30, tzinfo=UTC)).isoformat() == "2015-11-15T00:30:00+01:00"
    assert publication_day("9999-12-31T23:59:00-05:00") == "Friday 31 December 9999"  # no overflow
