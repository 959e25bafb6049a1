"""What delivery remembers: the last briefing sent to each recipient (or the first it failed to get, while it
has had none), and the stories each
watchlist has notified about. A small protocol, kept in the catalog
(pipeline.catalog.delivery.CatalogDeliveryState: what the daily flow uses); MemoryState keeps it
in a dict for one process (tests)."""

from __future__ import annotations

from typing import Protocol

from pipeline.catalog.delivery import Sent

__all__ = ["DeliveryState", "MemoryState", "Sent", "catalog_state"]


class DeliveryState(Protocol):
    def last_sent(self, recipient: str) -> Sent | None: ...

    def record_sent(self, recipient: str, sent: Sent) -> None: ...

    def owed_since(self, recipient: str) -> str | None:
        """The day of the first briefing a recipient that never got one failed to get (None: none failed)."""
        ...

    def record_owed(self, recipient: str, day: str) -> None: ...

    def watch_notices(self, watch: str) -> dict[str, int]:
        """Every story the watchlist has notified about: how many articles it had then."""
        ...

    def record_watch(self, watch: str, story_id: str, articles: int) -> None: ...


class MemoryState:
    """DeliveryState in a dict: lost when the process ends."""

    def __init__(self) -> None:
        self._sent: dict[str, Sent] = {}
        self._owed: dict[str, str] = {}
        self._watched: dict[tuple[str, str], int] = {}

    def last_sent(self, recipient: str) -> Sent | None:
        return self._sent.get(recipient)

    def record_sent(self, recipient: str, sent: Sent) -> None:
        self._sent[recipient] = sent
        self._owed.pop(recipient, None)

    def owed_since(self, recipient: str) -> str | None:
        return self._owed.get(recipient)

    def record_owed(self, recipient: str, day: str) -> None:
        self._owed[recipient] = min(day, self._owed.get(recipient, day))

    def watch_notices(self, watch: str) -> dict[str, int]:
        return {story: count for (name, story), count in self._watched.items() if name == watch}

    def record_watch(self, watch: str, story_id: str, articles: int) -> None:
        self._watched[(watch, story_id)] = articles


def catalog_state(settings) -> DeliveryState:
    """The state of the catalog of `settings` (opened once per process)."""
    from pipeline.catalog.db import open_catalog
    from pipeline.catalog.delivery import CatalogDeliveryState

    return CatalogDeliveryState(open_catalog(settings))
