"""The day's digest: the day's entries so far, merged with this run's, rendered and stored."""

from __future__ import annotations

from pathlib import Path

from pipeline.document import DigestEntry, DigestFailure
from pipeline.render.digest import render_digest
from pipeline.store.digests import load_entries, save_digest


def update_digest(
    out_dir: Path, day: str, new_entries: list[DigestEntry], failures: list[DigestFailure]
) -> tuple[Path, bool]:
    """Add `new_entries` to the day's digest and replace its failure list.
    Returns (digest path, whether anything was written)."""
    entries = load_entries(out_dir, day)
    known = {entry.key for entry in entries}
    for entry in new_entries:
        if entry.key not in known:
            entries.append(entry)
            known.add(entry.key)
    return save_digest(out_dir, day, entries, render_digest(day, entries, failures))
