"""`brief stories`: the stories of a period with their articles, as JSON or as text. The JSON is a
list of {"id", "title", "summary", "outlets", "first_seen", "last_seen", "articles": [{"brief",
"source", "outlet", "published", "duplicate_of", "newest_version"}]}: `brief` the brief's file name, `source` the
path (as given) or URL it was briefed from, `duplicate_of` the brief file name of the article it copies,
`newest_version` that of the newest brief of a page briefed again because it changed (null for a page briefed
once; StoryView.versions, as the digest reads it). The text shows a changed page once, its newest brief, noted."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from pipeline.catalog.connection import Catalog
from pipeline.errors import SettingsError
from pipeline.storydesk.read import ranked, read_stories
from pipeline.storydesk.summary import StoryView, view
from pipeline.storydesk.text import named_outlet, named_outlets
from pipeline.times import reader_day_start, reader_time


def day_bound(value: str | None, option: str, end: bool = False) -> datetime | None:
    """--since / --until as a UTC time: a date (YYYY-MM-DD, or any ISO date: 20260302; --until includes
    that day) is Amsterdam's day (`times.READER_ZONE`, the day the digest, the timeline and "developing — day N"
    read: an article of 23:30 UTC on 14 December is of the 15th), an ISO time is that time (UTC without a zone).
    One the UTC clock cannot hold (--until 9999-12-31 ends after year 9999;
    0001-01-01T00:00+05:00 is before year 1 in UTC) is an error naming the option, like one that does
    not parse."""
    if value is None:
        return None
    try:
        day = _day(value)
        if day is not None:
            return _midnight(day + timedelta(days=1 if end else 0))
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise SettingsError(f"{option} {value!r} is not a date — use YYYY-MM-DD or an ISO time") from None
    except OverflowError:
        raise _out_of_range(option, value) from None
    try:
        return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except OverflowError:
        raise _out_of_range(option, value) from None


def _midnight(day: date) -> datetime:
    """The start of Amsterdam's `day` as a UTC time; 1 January of year 1 starts before UTC's year 1 and is its
    start (nothing is earlier: `--since 0001-01-01` lists all, as it did when days were UTC's)."""
    try:
        return reader_day_start(day)
    except OverflowError:
        if day == date.min:
            return datetime.min.replace(tzinfo=UTC)
        raise


def _day(value: str) -> date | None:
    """`value` as a day when it is an ISO date (a time of day makes it a time)."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def period(since: str | None, until: str | None) -> tuple[datetime | None, datetime | None]:
    """--since and --until as UTC bounds [start, end); a period that ends where or before it starts is
    an error naming both (the options swapped would otherwise list nothing, silently)."""
    start, end = day_bound(since, "--since"), day_bound(until, "--until", end=True)
    # two equal times: swapping them would not help; an --until day ends where a --since day after it starts: swap
    if start is not None and end is not None and start == end and _day(until or "") is None:
        raise SettingsError(
            f"--since {since!r} and --until {until!r} are the same time — the period is empty"
            " (--until a time is not included: give a later one)"
        )
    if start is not None and end is not None and start >= end:
        raise SettingsError(f"--since {since!r} is not before --until {until!r} — the period is empty; swap them?")
    return start, end


def _out_of_range(option: str, value: str) -> SettingsError:
    return SettingsError(f"{option} {value!r} is out of range — the period must lie within the years 1 to 9999 in UTC")


def listed(catalog: Catalog, since: datetime | None, until: datetime | None) -> list[StoryView]:
    """The stories of the period, best first (ranked as of its end, or now)."""
    found = read_stories(catalog, since, until)
    now = min(until or datetime.now(UTC), datetime.now(UTC))
    latest = max((s.last_seen for s in found), default=now)
    return [view(story) for _, story in ranked(found, max(now, latest))]


def as_json(stories: list[StoryView]) -> list[dict]:
    out = []
    for story in stories:
        briefs = {a.key: a.brief for a in story.articles}
        versions = story.versions()
        out.append(
            {
                "id": story.story_id,
                "title": story.title,
                "summary": story.summary,
                "outlets": list(named_outlets(story.outlets)),
                "first_seen": story.first_seen.isoformat(),
                "last_seen": story.last_seen.isoformat(),
                "articles": [
                    {
                        "brief": a.brief,
                        "source": a.source,
                        "outlet": named_outlet(a.outlet),
                        "published": a.published.isoformat(),
                        "duplicate_of": briefs.get(a.duplicate_of) if a.duplicate_of else None,
                        "newest_version": briefs.get(versions[a.key]) if a.key in versions else None,
                    }
                    for a in story.articles
                ],
            }
        )
    return out


def as_text(stories: list[StoryView]) -> list[str]:
    """The listing a person reads: days and times on Amsterdam's clock, as --since/--until count them (the JSON
    keeps the stored UTC times)."""
    lines = []
    for story in stories:
        first, last = reader_time(story.first_seen).date(), reader_time(story.last_seen).date()
        span = first.isoformat() + (f" … {last.isoformat()}" if last != first else "")
        outlets = ", ".join(named_outlets(story.outlets))  # none called "unknown"
        lines.append(f"[{story.story_id}] {story.title}  ({span}{'; ' + outlets if outlets else ''})")
        shown_as_copy = set(story.copy_keys())  # as the digest shows it: a full text shown for its excerpt is no copy
        versions = story.versions()  # a page briefed again because it changed: its newest brief only, as the digest
        for article in story.articles:
            if versions.get(article.key, article.key) != article.key:
                continue
            changed = article.key in versions
            page = [k for k, newest in versions.items() if newest == article.key] or [article.key]
            copy = "copy" if set(page) <= shown_as_copy else ""  # a wire copy's page that changed: both said
            copy = "; ".join(filter(None, [copy, "changed since first briefed" if changed else ""]))
            copy = f"  ({copy})" if copy else ""
            outlet = f"  {name}" if (name := named_outlet(article.outlet)) else ""
            lines.append(f"    {reader_time(article.published).isoformat()}{outlet}  {article.brief}{copy}")
    return lines
