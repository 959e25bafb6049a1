"""A feed entry waiting for its page: a teaser-only entry whose page answered 404. Outlets list an item in their feed
before its page is served everywhere, so the entry is no failure yet: it waits — its page asked again at later polls,
spaced (`SPACING`: the window over `ASKS`, at least 10 minutes; the feed itself is read whole meanwhile, so a 304 cannot
hide it), until `feed_missing_retry_hours` after its first 404 and once at the first poll after that (a daily poll
outlives a 6-hour window) — then given up in one line, as bad input, until the entry's content (link, title, text)
changes: not its date (user49: a feed that re-dated the item at every build made it new again, a window after each
give-up, about 8 asks per 6 hours forever). The window belongs to the page: an entry whose feed re-dates it keeps its
window. `feed_missing_retry_hours` 0 gives a waiting entry up at the next poll and waits for no new one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from pipeline.catalog.feed_state import SeenEntry
from pipeline.errors import first_line
from pipeline.host_failures import first_and_more
from pipeline.times import iso_utc, parse_time
from pipeline.web.feed_pages import MissingPage
from pipeline.web.feeds import FeedEntry

ASKS = 8  # a window asks its page about this many times, spaced evenly ...
SPACING_MIN = timedelta(minutes=10)  # ... never closer than this


@dataclass(frozen=True)
class Missing:
    """What a 404 of an entry's page comes to: waiting (`seen`: the entry as remembered, `line`: what the poll says
    of it), or given up (`seen` None; `line`: the failure's one line, bad input)."""

    seen: SeenEntry | None
    line: str


GIVEN_UP = "given-up:"  # + the entry's content fingerprint: a given-up entry's remembered fingerprint


def given_up(entry: FeedEntry, line: str) -> SeenEntry:
    """An entry given up as bad input (its page still missing after its window, not Dutch, too large, refused):
    remembered by its content, so a re-dating feed does not renew it (pipeline.feeds._failed)."""
    return SeenEntry(entry.link, GIVEN_UP + entry.content_fingerprint, error=line)


def unchanged(seen: SeenEntry | None, entry: FeedEntry) -> bool:
    """Is the entry as it was last handled: the same fingerprint, or given up and the same content, re-dated or not?"""
    if seen is None:
        return False
    if seen.fingerprint.startswith(GIVEN_UP):
        return seen.fingerprint == GIVEN_UP + entry.content_fingerprint
    return seen.fingerprint == entry.fingerprint


def waiting(seen: SeenEntry | None, entry: FeedEntry) -> bool:
    """Is the entry waiting for its page (not given up), at the same link?"""
    return seen is not None and seen.retry_until is not None and seen.link == entry.link


def due(seen: SeenEntry, now: datetime, hours: float) -> bool:
    """Is a waiting entry's page to be asked at this poll: its window over (the last ask) or closed by a setting of 0,
    or the spacing passed since it was last asked?"""
    until, asked = parse_time(seen.retry_until), parse_time(seen.retry_asked)
    if hours <= 0 or until is None or now >= until or asked is None:
        return True
    return now - asked >= max(SPACING_MIN, timedelta(hours=hours) / ASKS)


def waiting_line(until: str | None) -> str:
    """What the poll says of a waiting entry."""
    return f"HTTP 404, and the feed has only a teaser — its page asked again until {until}"


def waiting_summary(waiting: dict[str, str]) -> str:
    """A feed's entries waiting for their page (entry -> its `waiting_line`) in one line (user51: a line each, 30 for
    a feed of 30 teasers, at every poll): the first entry and its line, and how many more."""
    name, line = next(iter(waiting.items()))
    if len(waiting) == 1:
        return f"{name}: {line}"
    return first_and_more(len(waiting), "entries waiting for their page", name, line)


def missing(seen: SeenEntry | None, entry: FeedEntry, exc: MissingPage, hours: float, now: datetime) -> Missing:
    """The entry after its page answered 404 again (or for the first time): waiting until its window ends, or given
    up (the window over, or `hours` 0). The window belongs to the page: kept while the entry's link is the same."""
    kept = seen.retry_until if seen is not None and seen.link == entry.link else None
    until = kept or (iso_utc(now + timedelta(hours=hours)) if hours > 0 else None)
    if until is None:
        return Missing(None, first_line(exc))
    if kept is not None and (hours <= 0 or now >= (parse_time(kept) or now)):
        return Missing(None, f"{first_line(exc)} — still missing after {kept}; not asked again until the entry changes")
    remembered = SeenEntry(
        entry.link, entry.fingerprint, error=first_line(exc), retry_until=until, retry_asked=iso_utc(now)
    )
    return Missing(remembered, waiting_line(until))
