"""What delivery remembers: the last briefing sent to each recipient, and the stories each
watchlist has notified about. A small protocol; the catalog will keep it in its database. Here:
in memory, for one process (the tests and a single run)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Sent:
    day: str  # YYYY-MM-DD of the briefing
    digest: str  # a hash of the message sent


class DeliveryState(Protocol):
    def last_sent(self, recipient: str) -> Sent | None: ...

    def record_sent(self, recipient: str, sent: Sent) -> None: ...

    def watch_notified(self, watch: str, story_id: str) -> int | None:
        """How many articles the story had when the watchlist last notified about it (None: never)."""
        ...

    def record_watch(self, watch: str, story_id: str, articles: int) -> None: ...


class MemoryState:
    """DeliveryState in a dict: lost when the process ends."""

    def __init__(self) -> None:
        self._sent: dict[str, Sent] = {}
        self._watched: dict[tuple[str, str], int] = {}

    def last_sent(self, recipient: str) -> Sent | None:
        return self._sent.get(recipient)

    def record_sent(self, recipient: str, sent: Sent) -> None:
        self._sent[recipient] = sent

    def watch_notified(self, watch: str, story_id: str) -> int | None:
        return self._watched.get((watch, story_id))

    def record_watch(self, watch: str, story_id: str, articles: int) -> None:
        self._watched[(watch, story_id)] = articles
