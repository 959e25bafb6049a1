"""An ISO 8601 time as outside input gives it (a page's or feed item's publication time, a front
matter `date`, a brief's `created_at`): parsed once, here, for the catalog and the story desk alike.
A time without a zone counts as UTC (the zone every time is stored and compared in); one that does
not parse is None, never an error.

What counts as a usable date is decided here too. A time before `EARLIEST` is None like one that
does not parse: no news site dates an article that early, so it is a CMS's zero time (Go's
0001-01-01, the Unix epoch 1970-01-01) or a typo, and an article without a usable date counts as
published when it is briefed (pipeline.storydesk.text). So is a time the UTC clock cannot hold
(9999-12-31T23:59-05:00). A date later than its brief is the reader's to judge (`usable_day`, and
storydesk.text's: later than the brief).

How a reader reads a date is decided here as well, once for the brief's credit line and the web
edition alike (`when_published`, `publication_day`): "Saturday 14 November 2015", never "2015-11"
or "12-02-2022" (which an English reader may take for 2 December). A time with a zone is read on
Amsterdam's clock (`READER_ZONE`: the day of Dutch and Flemish news — Brussels keeps the same time),
so a feed's "23:30 GMT" is the next day at 00:30 (`reader_time`); a time without a zone as written.

Which day a run is, is decided here too: Amsterdam's today (`reader_today`), unless the `day` setting names an
earlier one (`checked_day`; `brief --day`, `brief feeds poll --day`, the daily flow's `day`)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
READER_ZONE = ZoneInfo("Europe/Amsterdam")  # the clock a reader of Dutch and Flemish news reads a day on
AHEAD = timedelta(days=1)  # a day's date may run this far ahead of the UTC day (an outlet's time zone)


def iso_utc(when: datetime) -> str:
    """A time as the front matter and the catalog's readers write it: ISO 8601 UTC to the second, with a Z (a
    time without a zone is taken as UTC)."""
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    return when.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def iso_time(value: object) -> datetime | None:
    """`value` read as an ISO 8601 date or time, as written (naive or aware, any year); None when it is not one."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def parse_time(value: object) -> datetime | None:
    """`value` as an aware datetime in UTC, or None when it is not an ISO 8601 date or time, or not a
    usable one (before `EARLIEST`, or out of the UTC clock's range)."""
    parsed = value if isinstance(value, datetime) else iso_time(value)
    if parsed is None:
        return None
    try:
        found = (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)
    except OverflowError:
        return None
    return found if found >= EARLIEST else None


def dated_ahead(published: object, now: datetime | None = None) -> bool:
    """Is `published` (an ISO 8601 time, as a page or feed gives it) more than `AHEAD` after `now` (aware; default:
    the clock's now)? Such a
    date is a wrong year or time zone: the article is counted as published when it is briefed (storydesk.text),
    and the poll says so."""
    when = parse_time(published)
    return when is not None and when > (now or datetime.now(UTC)) + AHEAD


def usable_day(day: date, today: date) -> bool:
    """Can an article's date (as it gives it, without a time) be the day it is filed under? Not before
    `EARLIEST`, not later than a day after `today` (UTC)."""
    return EARLIEST.date() <= day <= today + AHEAD


_MONTH = re.compile(r"(\d{4})-(\d{2})")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DUTCH_DAY = re.compile(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})")


def reader_today() -> date:
    """Today on the reader's clock (Amsterdam's, READER_ZONE): the day a run lists its briefs under, its digest and
    its briefing are of, unless the `day` setting names another (`run_day`)."""
    return datetime.now(READER_ZONE).date()


def iso_day(day: str) -> str:
    """`day` if it is an ISO date (YYYY-MM-DD); ValueError, in one line, otherwise."""
    try:
        if _ISO_DAY.fullmatch(day):
            return date.fromisoformat(day).isoformat()
    except (TypeError, ValueError):
        pass
    raise ValueError(f"day {day!r} is not a date — use YYYY-MM-DD, e.g. 2026-02-12")


def checked_day(day: object) -> str | None:
    """The `day` setting: an ISO date (a TOML date too) not after today in Amsterdam, or None; ValueError, in one
    line, otherwise. A later day is a typo (2027 for 2026): its digest would list today's briefs, and its briefing be
    sent as that day's."""
    if day is None:
        return None
    today = reader_today().isoformat()
    if (day := iso_day(day.isoformat() if isinstance(day, date) else str(day))) > today:
        raise ValueError(f"day {day} is after today in Amsterdam ({today}) — give today or an earlier day")
    return day


def run_day(day: str | None) -> str:
    """The day a run lists its briefs under (its digest, the web edition's day page, its briefing): the `day`
    setting (an ISO date, checked by `checked_day` when the settings were read), else today in Amsterdam."""
    return day or reader_today().isoformat()


def long_date(day: str) -> str:
    """An ISO date as "Sunday 14 July 2019"; anything else as written."""
    try:
        return date.fromisoformat(day).strftime("%A %-d %B %Y")
    except ValueError:
        return day


def reader_day_start(day: date) -> datetime:
    """The start of the reader's `day` (midnight on Amsterdam's clock, READER_ZONE) as a UTC time."""
    return datetime.combine(day, time(), READER_ZONE).astimezone(UTC)


def reader_time(when: datetime) -> datetime:
    """`when` on the reader's clock: a time with a zone in Amsterdam time (READER_ZONE); one without, as written."""
    if when.tzinfo is None:
        return when
    try:
        return when.astimezone(READER_ZONE)
    except (OverflowError, ValueError):  # at the ends of the calendar: as the source wrote it
        return when


def publication_day(published: str) -> str:
    """The day of a publication time as a reader reads it: "Sunday 14 July 2019" (Amsterdam's day,
    `reader_time`, its time left off); a month as "February 2022"; a Dutch day-first date ("12-02-2022") as its
    long date; anything else as written."""
    published = published.strip()
    when = iso_time(published)
    if when is not None:
        return long_date(reader_time(when).date().isoformat())
    try:
        if month := _MONTH.fullmatch(published):
            return date(int(month[1]), int(month[2]), 1).strftime("%B %Y")
        if dutch := _DUTCH_DAY.fullmatch(published):
            return long_date(date(int(dutch[3]), int(dutch[2]), int(dutch[1])).isoformat())
    except ValueError:
        pass
    return published


def when_published(published: str) -> str:
    """An ISO publication time as a reader reads it, on Amsterdam's clock (`reader_time`): "Sunday 14
    July 2019, 20:17"; without a time of day as `publication_day` gives it."""
    when = iso_time(published)
    if when is not None and len(published.strip()) > 10:
        return f"{publication_day(published)}, {reader_time(when).strftime('%H:%M')}"
    return publication_day(published)
