"""What the feed poller remembers, in one small JSON file beside the briefs (OUT/.feeds.json), written
atomically: per configured feed its current URL (after permanent redirects), its validators (ETag,
Last-Modified), the last poll, the last error, whether it is gone (410) and the entries seen."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipeline.store.files import write_atomic

STATE_FILE = ".feeds.json"
STATE_VERSION = 1


@dataclass
class SeenEntry:
    link: str | None
    fingerprint: str  # of the feed entry when it was last handled
    brief: str | None = None  # file name of its newest brief
    content_hash: str | None = None
    error: str | None = None  # why it was not briefed (bad input: not retried until the entry changes)


@dataclass
class FeedState:
    url: str  # where the feed is fetched now (a 301/308 moves it)
    etag: str | None = None
    last_modified: str | None = None
    last_poll: str | None = None
    last_status: str | None = None  # "200", "304", "gone", "error"
    error: str | None = None
    gone: bool = False
    entries: dict[str, SeenEntry] = field(default_factory=dict)

    def validators(self) -> dict[str, str]:
        """Headers of a conditional GET."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


def state_path(out_dir: Path) -> Path:
    return out_dir / STATE_FILE


def load_state(path: Path) -> dict[str, FeedState]:
    """The feeds' state by configured URL; a missing or unreadable file is an empty state."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        feeds = data["feeds"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    states = {}
    for configured, raw in feeds.items():
        entries = {key: SeenEntry(**value) for key, value in raw.pop("entries", {}).items()}
        states[configured] = FeedState(**raw, entries=entries)
    return states


def save_state(path: Path, states: dict[str, FeedState]) -> None:
    payload = {"version": STATE_VERSION, "feeds": {url: asdict(state) for url, state in states.items()}}
    write_atomic(path, json.dumps(payload, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
