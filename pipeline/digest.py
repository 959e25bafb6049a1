"""The day's digest: the day's entries and failures so far (a query of the catalog), with this
run's added, grouped into ranked stories (pipeline.storydesk.day; story summaries made where a
story needs one), rendered and stored. One truth per article per day: an article briefed today is
listed as briefed, never also as failed; an article that failed is listed once, with its latest
reason."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pipeline.catalog.days import add_to_day
from pipeline.catalog.db import catalog_lock, open_catalog
from pipeline.digest_document import DigestEntry, DigestFailure
from pipeline.render.digest import render_digest
from pipeline.settings import BriefSettings
from pipeline.store.digests import digest_path, save_digest, valid_day, with_day_record
from pipeline.storydesk.day import day_stories


def update_digest(
    settings: BriefSettings,
    day: str,
    new_entries: list[DigestEntry],
    new_failures: list[DigestFailure],
    summarizer: Callable[[], object] | None = None,
) -> tuple[Path, bool, list[DigestEntry], list[DigestFailure]]:
    """Add this run to the day and rewrite the day's digest, under the day's lock (concurrent runs
    add up, and never write an older digest over a newer one). `summarizer` makes the Summarizer
    for story summaries (default: the configured one, loaded only when a story needs a summary).
    A day that lists no brief and no failure gets no digest (nothing is written). Returns (digest path, whether
    anything was written, the day's entries, the day's failures)."""
    day = valid_day(day)
    catalog = open_catalog(settings)
    make = summarizer or (lambda: _summarizer(settings))
    with catalog_lock(catalog, f"digest-{day}", settings.lock_timeout):
        entries, failures = add_to_day(catalog, day, new_entries, new_failures)
        if not entries and not failures:  # nothing catalogued for the day: no digest of nothing (user50)
            return digest_path(settings.out_dir, day), False, entries, failures
        stories = day_stories(catalog, day, entries, make)
        text = with_day_record(render_digest(day, entries, failures, stories=stories), entries, failures)
        path, changed = save_digest(settings.out_dir, day, text)
    return path, changed, entries, failures


def _summarizer(settings: BriefSettings):
    """The configured summarizer, or None when it cannot be loaded: the digest is written without
    new story summaries (their central article's summary stands in) rather than not at all."""
    from pipeline.errors import BriefError
    from pipeline.runtime import Models

    try:
        return Models(settings).summarizer()
    except BriefError:
        return None
