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
    from tests.pipeline.test_feeds import rss, serve_feed
    from tests.pipeline.test_missing_pages import TEASER

    live = _feed_with_late_page(server)
    no_wait = settings.model_copy(update={"feed_missing_retry_hours": 0})  # a 404 is a failure at once
    _, failures = _to_day(no_wait, _poll(server, no_wait))
    assert len(failures) == 1 and "HTTP 404" in failures[0].message
    assert failures[0].source_name == server.url("/late")  # its address: the day's page and e-mail link it
    live["on"] = True
    serve_feed(server, rss([{**TEASER, "title": "Later, nu echt", "link": server.url("/late")}]), etag='"v2"')
    entries, failures = _to_day(no_wait, _poll(server, no_wait))  # the entry changed: its page asked, briefed
    assert len(entries) == 1
    assert failures == []  # named by its URL, the brief by host/path: both were listed


def test_an_entry_waiting_for_its_page_is_no_failure_of_the_day(server, settings) -> None:  # noqa: F811
    """user48: a daily run whose only new entry waits for its page ended Failed ("every article failed") and told
    the failure contacts, at every run of the window."""
    _feed_with_late_page(server)
    entries, failures = _to_day(settings, _poll(server, settings))
    assert entries == [] and failures == []
