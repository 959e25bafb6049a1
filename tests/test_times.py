"""One parser of outside ISO times for the catalog and the story desk (pipeline/times.py)."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from pipeline.times import parse_time, usable_day


def test_a_zoned_time_is_read_in_utc():
    assert parse_time("2019-10-29T14:05:00+01:00") == datetime(2019, 10, 29, 13, 5, tzinfo=UTC)
    assert parse_time(" 2019-10-29T14:05:00Z ") == datetime(2019, 10, 29, 14, 5, tzinfo=UTC)


def test_a_time_without_zone_and_a_date_count_as_utc():
    assert parse_time("2019-10-29 14:05") == datetime(2019, 10, 29, 14, 5, tzinfo=UTC)
    assert parse_time("2019-10-29") == datetime(2019, 10, 29, tzinfo=UTC)


def test_a_datetime_is_taken_as_given_and_made_utc():
    eastern = datetime(2019, 10, 29, 9, 0, tzinfo=timezone(timedelta(hours=-4)))
    assert parse_time(eastern) == datetime(2019, 10, 29, 13, 0, tzinfo=UTC)
    assert parse_time(datetime(2019, 10, 29, 9, 0)) == datetime(2019, 10, 29, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("value", [None, "", "   ", "gisteren", "29-10-2019", 20191029, "2019-13-01"])
def test_what_is_not_an_iso_time_is_none_never_an_error(value):
    assert parse_time(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "0001-01-01T00:00:00Z",  # Go's zero time: a CMS's date never set
        "1970-01-01T00:00:00Z",  # the Unix epoch
        "1989-12-31T23:59:59Z",
        "0001-01-01T00:00:00+05:00",  # before year 1 in UTC
        "9999-12-31T23:59:59-05:00",  # after year 9999 in UTC
    ],
)
def test_a_time_no_news_site_gives_or_utc_cannot_hold_is_none(value):
    assert parse_time(value) is None


def test_a_day_is_usable_from_1990_to_a_day_after_today():
    today = date(2026, 3, 2)
    assert usable_day(date(1990, 1, 1), today) and usable_day(date(2026, 3, 3), today)
    assert not usable_day(date(1, 1, 1), today) and not usable_day(date(2026, 3, 4), today)
