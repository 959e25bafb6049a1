"""What a run outside the daily flow (`brief URL`, `brief feeds poll`) came to, recorded under its day: the day's
failures listed, a briefed page's failure taken off. Kept apart from pipeline.digest, which loads the story desk and
the renderer: a `brief URL` cache hit or a poll where every feed answers 304 loads only the catalog."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pipeline.addresses import page_of
from pipeline.catalog.days import note_failures
from pipeline.catalog.db import open_catalog
from pipeline.digest_document import DigestFailure
from pipeline.errors import BriefError, first_line
from pipeline.settings import BriefSettings
from pipeline.times import run_day


def record_pages_by_hand(settings: BriefSettings, outcomes: Sequence[tuple[object, object]]) -> str | None:
    """What `brief URL…` by hand came to, for each (source, outcome) whose source is a web page, recorded under the
    run's day as the daily run records a feed's entries (user49: a failure was said on the terminal and forgotten):
    a page that failed (404, robots.txt, not Dutch, too large) is listed with the day's failures — the digest's "Not
    briefed", `brief failures list` — and a page briefed (or found briefed) takes its failure of that day off."""
    from pipeline.web.feed_pages import unnamed

    pages = [(str(source), outcome) for source, outcome in outcomes if page_of(source)]
    failed = {page: unnamed(first_line(o), page) for page, o in pages if isinstance(o, BriefError)}
    return record_day(settings, failed, [page for page, outcome in pages if not isinstance(outcome, BriefError)])


def record_day(settings: BriefSettings, failed: Mapping[str, str], briefed: Sequence[str]) -> str | None:
    """A run outside the daily flow (`brief URL`, `brief feeds poll`) recorded under its day (the `day` setting,
    else today): `failed` (source -> one-line reason) listed with the day's failures; the failures of the web pages
    `briefed` taken off. A catalog that cannot take them is a warning, returned (the briefs stand)."""
    if not failed and not briefed:
        return None
    try:
        catalog, day = open_catalog(settings), run_day(settings.day)
        note_failures(catalog, day, [DigestFailure(name, reason) for name, reason in failed.items()], briefed)
    except BriefError as exc:
        return f"warning: the day's failures were not recorded: {first_line(exc)}"
    return None
