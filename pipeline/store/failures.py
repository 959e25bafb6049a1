"""What a known permanent failure is: an inbox file that failed for a reason that will not go away
on its own (bad input), by a hash of its bytes and of the settings it failed under. They are kept
in the catalog (pipeline.catalog.failures)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from pipeline.settings import DELIVERY_SETTINGS, BriefSettings

# Settings that decide where and how runs go, not whether an article can be briefed.
OPERATIONAL = (
    frozenset(
        {
            "inbox",
            "inbox_pattern",
            "out_dir",
            "max_concurrency",
            "batch_articles",
            "dask_address",
            "lock_timeout",
            "notify_webhook",
            "database_url",
            "feed_retention_days",
            "day",
        }
    )
    | DELIVERY_SETTINGS
)


@dataclass(frozen=True)
class KnownFailure:
    content_hash: str  # sha256 of the file's bytes
    settings_hash: str  # settings_fingerprint() of the run it failed in
    source_name: str
    reason: str  # one line, without the file name
    first_seen: str  # ISO day


def file_hash(path: Path) -> str | None:
    """sha256 of the file's bytes; None if it cannot be read at all."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def settings_fingerprint(settings: BriefSettings) -> str:
    """What a changed setting must change: every setting except the operational ones."""
    values = settings.model_dump(mode="json", exclude=set(OPERATIONAL) & set(BriefSettings.model_fields))
    return hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest()[:16]
