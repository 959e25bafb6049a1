"""The day's digest: the day's entries and failures so far, merged with this run's, rendered and
stored. One truth per article per day: an article briefed today is listed as briefed, never also
as failed; an article that failed is listed once, with its latest reason."""

from __future__ import annotations

from pathlib import Path

from pipeline.document import DigestEntry, DigestFailure
from pipeline.render.digest import render_digest
from pipeline.store.digests import load_day, save_digest


def merge_day(
    entries: list[DigestEntry],
    failures: list[DigestFailure],
    new_entries: list[DigestEntry],
    new_failures: list[DigestFailure],
) -> tuple[list[DigestEntry], list[DigestFailure]]:
    """The day so far plus this run: entries by cache key (first one wins), failures by source
    (latest reason wins), and no failure for a source that has been briefed."""
    merged = list(entries)
    keys = {entry.key for entry in merged}
    for entry in new_entries:
        if entry.key not in keys:
            merged.append(entry)
            keys.add(entry.key)
    briefed = {entry.source_name for entry in merged}
    reasons = {failure.source_name: failure for failure in failures}
    reasons.update({failure.source_name: failure for failure in new_failures})
    return merged, [failure for name, failure in reasons.items() if name not in briefed]


def update_digest(
    out_dir: Path, day: str, new_entries: list[DigestEntry], new_failures: list[DigestFailure]
) -> tuple[Path, bool, list[DigestEntry], list[DigestFailure]]:
    """Merge this run into the day's digest. Returns (digest path, whether anything was written,
    the day's entries, the day's failures)."""
    entries, failures = merge_day(*load_day(out_dir, day), new_entries, new_failures)
    path, changed = save_digest(out_dir, day, entries, failures, render_digest(day, entries, failures))
    return path, changed, entries, failures
