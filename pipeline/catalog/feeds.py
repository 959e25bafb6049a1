"""Feeds and their entries in the catalog. A poll reads a feed's row (validators), then only the
entries the feed lists now; it writes back the entries it handled, marks the others it saw as
still listed (last_seen), and prunes the feed's entries that have not been listed for
`feed_retention_days`. A feed not asked this time (304) keeps its entries as they are."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.engine import Connection

from pipeline.catalog.connection import Catalog
from pipeline.catalog.feed_state import FeedState, SeenEntry
from pipeline.catalog.schema import feed_entries, feeds
from pipeline.catalog.upsert import upsert
from pipeline.times import iso_utc, parse_time

_FEED_FIELDS = ("current_url", "etag", "last_modified", "last_poll", "last_status", "error", "gone", "not_read")


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def load_feed(catalog: Catalog, configured: str) -> FeedState:
    """The feed's state without its entries (a new feed: an empty state)."""
    query = select(*(feeds.c[name] for name in _FEED_FIELDS)).where(feeds.c.url == configured)
    row = catalog.read(lambda connection: connection.execute(query).first())
    if row is None:
        return FeedState(url=configured)
    current, etag, modified, last_poll, status, error, gone, not_read = row
    return FeedState(current, etag, modified, _iso(last_poll), status, error, bool(gone), not_read)


def load_entries(catalog: Catalog, configured: str, keys: Sequence[str]) -> dict[str, SeenEntry]:
    """The entries of the feed among `keys` (those it lists now), by key."""
    hashes = [key_hash(key) for key in keys]

    def read(connection: Connection) -> dict[str, SeenEntry]:
        found: dict[str, SeenEntry] = {}
        for start in range(0, len(hashes), 500):
            query = (
                select(*_ENTRY_COLUMNS)
                .join(feeds, feeds.c.id == feed_entries.c.feed_id)
                .where(feeds.c.url == configured, feed_entries.c.key_hash.in_(hashes[start : start + 500]))
            )
            found.update(_entries(connection.execute(query)))
        return found

    return catalog.read(read) if hashes else {}


def load_states(catalog: Catalog) -> dict[str, FeedState]:
    """Every feed's state with all its entries, by configured URL (`brief feeds list`)."""

    def read(connection: Connection) -> dict[str, FeedState]:
        states: dict[str, FeedState] = {}
        ids: dict[int, FeedState] = {}
        for row in connection.execute(select(feeds.c.id, feeds.c.url, *(feeds.c[n] for n in _FEED_FIELDS))):
            current, etag, modified, last_poll, status, error, gone, not_read = row[2:]
            state = FeedState(current, etag, modified, _iso(last_poll), status, error, bool(gone), not_read)
            states[row[1]] = ids[row[0]] = state
        for feed_id, *entry in connection.execute(select(feed_entries.c.feed_id, *_ENTRY_COLUMNS)):
            ids[feed_id].entries.update(_entries([entry]))
        return states

    return catalog.read(read)


_ENTRY_COLUMNS = (
    feed_entries.c.entry_key,
    feed_entries.c.link,
    feed_entries.c.fingerprint,
    feed_entries.c.brief_file,
    feed_entries.c.content_hash,
    feed_entries.c.error,
    feed_entries.c.retry_until,
    feed_entries.c.retry_asked,
)


def _entries(rows: Iterable[Any]) -> dict[str, SeenEntry]:
    return {
        key: SeenEntry(link, fingerprint, brief, content, error, _iso(retry), _iso(asked))
        for key, link, fingerprint, brief, content, error, retry, asked in rows
    }


def save_feed(
    catalog: Catalog,
    configured: str,
    state: FeedState,
    *,
    touched: Iterable[str] = (),
    listed: Sequence[str] | None = None,
    retention_days: float | None = None,
) -> None:
    """Write the feed's row and its `touched` entries; `listed`: every key the feed lists now
    (a 200 answer: they are marked seen, and the feed's entries not listed for `retention_days`
    are pruned)."""
    now = datetime.now(UTC)
    touched = set(touched)
    catalog.write(
        lambda connection: save_feed_rows(
            connection, configured, state, now=now, touched=touched, listed=listed, retention_days=retention_days
        )
    )


def save_feed_rows(
    connection: Connection,
    configured: str,
    state: FeedState,
    *,
    now: datetime,
    touched: set[str],
    listed: Sequence[str] | None = None,
    retention_days: float | None = None,
) -> None:
    values: dict[str, Any] = {
        "url": configured,
        **{name: getattr(state, _ATTR.get(name, name)) for name in _FEED_FIELDS},
    }
    values["last_poll"] = parse_time(state.last_poll)
    update = list(_FEED_FIELDS) + (["listed_at"] if listed is not None else [])
    if listed is not None:
        values["listed_at"] = now
    upsert(connection, feeds, values, ["url"], update)
    feed_id = connection.execute(select(feeds.c.id).where(feeds.c.url == configured)).scalar_one()
    rows = [
        {
            "feed_id": feed_id,
            "key_hash": key_hash(key),
            "entry_key": key,
            "link": seen.link,
            "fingerprint": seen.fingerprint,
            "brief_file": seen.brief,
            "content_hash": seen.content_hash,
            "error": seen.error,
            "retry_until": parse_time(seen.retry_until),
            "retry_asked": parse_time(seen.retry_asked),
            "first_seen": now,
            "last_seen": now,
        }
        for key in sorted(touched)
        if (seen := state.entries.get(key)) is not None
    ]
    upsert(
        connection,
        feed_entries,
        rows,
        ["feed_id", "key_hash"],
        ["link", "fingerprint", "brief_file", "content_hash", "error", "retry_until", "retry_asked", "last_seen"],
    )
    if listed is None:
        return
    still = [key_hash(key) for key in listed if key not in touched]
    for start in range(0, len(still), 500):
        connection.execute(
            feed_entries.update()
            .where(feed_entries.c.feed_id == feed_id, feed_entries.c.key_hash.in_(still[start : start + 500]))
            .values(last_seen=now)
        )
    if retention_days is not None:
        cutoff = now - timedelta(days=retention_days)
        connection.execute(
            feed_entries.delete().where(
                and_(feed_entries.c.feed_id == feed_id, feed_entries.c.last_seen < min(cutoff, now))
            )
        )


_ATTR = {"current_url": "url"}


def _iso(value: datetime | None) -> str | None:
    """A time as the front matter writes it: ISO 8601 UTC to the second, with a Z."""
    return None if value is None else iso_utc(value)
