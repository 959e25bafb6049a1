"""What delivery remembers, in the catalog: the last briefing each recipient got (its day and a
hash of the message), the day a recipient that never got one first failed to get one and, per watchlist, the stories it has notified about with how many articles
each had then. Recipients are kept as a sha256 of the address or URL: an Apprise URL often holds a
token, and the catalog need not. (The protocol it implements: pipeline.deliver.state.)"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select

from pipeline.catalog.connection import Catalog
from pipeline.catalog.schema import deliveries, delivery_owed, watch_notices
from pipeline.catalog.upsert import upsert


@dataclass(frozen=True)
class Sent:
    day: str  # YYYY-MM-DD of the briefing
    digest: str  # a hash of the message sent


def recipient_hash(recipient: str) -> str:
    return hashlib.sha256(recipient.encode("utf-8", "surrogatepass")).hexdigest()


class CatalogDeliveryState:
    """DeliveryState kept in the catalog: each call is one transaction, so a message recorded as
    sent stays recorded whatever happens to the run afterwards."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def last_sent(self, recipient: str) -> Sent | None:
        query = select(deliveries.c.day, deliveries.c.digest).where(
            deliveries.c.recipient_hash == recipient_hash(recipient)
        )
        row = self.catalog.read(lambda connection: connection.execute(query).first())
        return Sent(row.day, row.digest) if row else None

    def record_sent(self, recipient: str, sent: Sent) -> None:
        key = recipient_hash(recipient)
        row = {"recipient_hash": key, "day": sent.day, "digest": sent.digest, "sent_at": _now()}

        def write(connection) -> None:
            upsert(connection, deliveries, row, ["recipient_hash"])
            connection.execute(delete(delivery_owed).where(delivery_owed.c.recipient_hash == key))

        self.catalog.write(write)

    def owed_since(self, recipient: str) -> str | None:
        query = select(delivery_owed.c.day).where(delivery_owed.c.recipient_hash == recipient_hash(recipient))
        return self.catalog.read(lambda connection: connection.execute(query).scalar())

    def record_owed(self, recipient: str, day: str) -> None:
        """`recipient`, which never got a briefing, failed to get `day`'s: the earliest such day is kept."""
        key = recipient_hash(recipient)

        def write(connection) -> None:
            known = connection.execute(select(delivery_owed.c.day).where(delivery_owed.c.recipient_hash == key))
            before = known.scalar()
            if before is None or day < before:
                row = {"recipient_hash": key, "day": day, "failed_at": _now()}
                upsert(connection, delivery_owed, row, ["recipient_hash"])

        self.catalog.write(write)

    def watch_notices(self, watch: str) -> dict[str, int]:
        """Every story `watch` has notified about, with its article count then (one query)."""
        query = select(watch_notices.c.story_id, watch_notices.c.articles).where(watch_notices.c.watch == watch)
        return dict(self.catalog.read(lambda connection: connection.execute(query).all()))

    def record_watch(self, watch: str, story_id: str, articles: int) -> None:
        row = {"watch": watch, "story_id": story_id, "articles": articles, "notified_at": _now()}
        self.catalog.write(lambda connection: upsert(connection, watch_notices, row, ["watch", "story_id"]))


def _now() -> datetime:
    return datetime.now(UTC)
