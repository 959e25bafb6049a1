"""Review of stop 48 (helper review48): the daily flow's digest while a feed entry waits for its 404 page. A run lists
the entry among the day's failures (`flows.feeds.feed_outcomes`, `catalog.days.add_to_day`); once a later run briefs
it, the day's digest must list the brief, not the failure beside it. Loopback server, fake engines."""

from __future__ import annotations

from pipeline.catalog.days import add_to_day
from pipeline.catalog.db import open_catalog
from pipeline.digest_document import DigestFailure
from tests.pipeline.test_missing_pages import _feed_with_late_page, _poll, settings  # noqa: F401


def _to_day(settings, report):  # noqa: F811
    """What the daily flow's `_record` writes of a feed poll's outcomes into the day."""
    from flows.feeds import feed_outcomes

    outcomes = feed_outcomes([report])
    entries = [o.entry for o in outcomes if o.entry is not None]
    failed = [DigestFailure(o.source_name, o.failure) for o in outcomes if o.failure]
    return add_to_day(open_catalog(settings), "2026-12-07", entries, failed)


def test_an_entry_briefed_at_a_later_run_is_no_longer_among_the_days_failures(server, settings) -> None:  # noqa: F811
    live = _feed_with_late_page(server)
    _, failures = _to_day(settings, _poll(server, settings))
    assert len(failures) == 1 and "tried again" in failures[0].message
    assert failures[0].source_name == server.url("/late")  # its address: the day's page and e-mail link it
    live["on"] = True
    entries, failures = _to_day(settings, _poll(server, settings))
    assert len(entries) == 1
    assert failures == []  # named by its URL, the brief by host/path: both were listed
