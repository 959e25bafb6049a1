"""What the feed poller remembers of a feed while it polls it (kept in the catalog:
pipeline.catalog.feeds): its current URL (after permanent redirects), its validators (ETag,
Last-Modified), the last poll, the last error, whether it is gone (410), how many items it did not read
(a feed longer than a poll reads) and its entries seen."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SeenEntry:
    link: str | None
    fingerprint: str  # of the feed entry when it was last handled
    brief: str | None = None  # file name of its newest brief
    content_hash: str | None = None
    error: str | None = None  # why it was not briefed (bad input: not retried until the entry changes)
    retry_until: str | None = None  # its page answered 404: asked again until then (ISO time) ...
    retry_asked: str | None = None  # ... last asked then (ISO time): pipeline.feed_waits


@dataclass
class FeedState:
    url: str  # where the feed is fetched now (a 301/308 moves it)
    etag: str | None = None
    last_modified: str | None = None
    last_poll: str | None = None
    last_status: str | None = None  # "200", "304", "gone", "error"
    error: str | None = None
    gone: bool = False
    not_read: int | None = None  # items after the first MAX_ENTRIES at the last read of the feed: never read
    entries: dict[str, SeenEntry] = field(default_factory=dict)

    def validators(self) -> dict[str, str]:
        """Headers of a conditional GET."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers
