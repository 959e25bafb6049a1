"""The day's digest: the day's entries and failures so far (a query of the catalog), with this
run's added, rendered and stored. One truth per article per day: an article briefed today is
listed as briefed, never also as failed; an article that failed is listed once, with its latest
reason."""

from __future__ import annotations

from pathlib import Path

from pipeline.catalog.days import add_to_day
from pipeline.catalog.db import catalog_lock, open_catalog
from pipeline.document import DigestEntry, DigestFailure
from pipeline.render.digest import render_digest
from pipeline.settings import BriefSettings
from pipeline.store.digests import save_digest, valid_day


def update_digest(
    settings: BriefSettings, day: str, new_entries: list[DigestEntry], new_failures: list[DigestFailure]
) -> tuple[Path, bool, list[DigestEntry], list[DigestFailure]]:
    """Add this run to the day and rewrite the day's digest, under the day's lock (concurrent runs
    add up, and never write an older digest over a newer one). Returns (digest path, whether
    anything was written, the day's entries, the day's failures)."""
    day = valid_day(day)
    catalog = open_catalog(settings)
    with catalog_lock(catalog, f"digest-{day}", settings.lock_timeout):
        entries, failures = add_to_day(catalog, day, new_entries, new_failures)
        path, changed = save_digest(settings.out_dir, day, render_digest(day, entries, failures))
    return path, changed, entries, failures
