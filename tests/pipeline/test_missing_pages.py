"""A feed entry whose page answers 404 (outlets list an item before its page is served everywhere): tried again
at each poll for `feed_missing_retry_hours`, briefed once the page is there, then left alone until the entry
changes; with the setting 0 it is remembered as bad input at once. Loopback server, fake engines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from pipeline.catalog.db import open_catalog
from pipeline.catalog.feeds import load_states
from pipeline.feeds import poll_feeds
from pipeline.settings import BriefSettings
from pipeline.times import parse_time
from tests.pipeline.test_feeds import NOS, FakeModels, fetcher, rss, serve_feed
from tests.pipeline.web.conftest import saved
from tests.web_server import Answer


@pytest.fixture()
def settings(tmp_path: Path) -> BriefSettings:
    return BriefSettings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", backend="torch", fetch_delay=0)


TEASER = {"title": "Later", "description": "Kort bericht.", "guid": "late"}


def _poll(server, settings):
    return poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=FakeModels(settings))[0]


def _feed_with_late_page(server) -> dict[str, bool]:
    """/feed.xml lists one teaser entry whose page /late answers 404 until `live["on"]` is set."""
    live = {"on": False}
    server.handle("/late", lambda request: Answer(200, saved(NOS)) if live["on"] else Answer(404, b""))
    serve_feed(server, rss([{**TEASER, "link": server.url("/late")}]))
    return live


ASKED_LONG_AGO = "UPDATE feed_entries SET retry_asked = '2020-01-01 00:00:00.000000'"  # the spacing passed
PAST = "UPDATE feed_entries SET retry_until = '2020-01-01 00:00:00.000000'"  # the window is over


def test_a_page_that_answers_404_at_first_is_briefed_at_a_later_poll(server, settings) -> None:
    live = _feed_with_late_page(server)
    first = _poll(server, settings)
    assert first.briefed == [] and first.failed == {} and first.exit_code == 0  # waiting: no failure
    (why,) = first.waiting.values()
    assert "HTTP 404" in why and "asked again until 20" in why
    state = load_states(open_catalog(settings))[server.url("/feed.xml")]
    assert state.etag is None  # the entry must not hide behind a 304 at the next poll
    assert state.error is not None and state.error.count("waiting") == 1  # `brief feeds list` says it once
    until = parse_time(state.entries["late"].retry_until)
    assert until is not None and 5.9 * 3600 < (until - parse_time(state.last_poll)).total_seconds() <= 6 * 3600

    live["on"] = True
    soon = _poll(server, settings)  # minutes later: the page is not asked again yet (spaced), still waiting
    assert len(server.asked("/late")) == 1 and soon.waiting and soon.exit_code == 0
    open_catalog(settings).write(lambda c: c.execute(text(ASKED_LONG_AGO)))
    second = _poll(server, settings)
    assert len(second.briefed) == 1 and second.failed == second.waiting == {} and second.exit_code == 0
    state = load_states(open_catalog(settings))[server.url("/feed.xml")]
    seen = state.entries["late"]
    assert seen.brief == Path(second.briefed[0]).name and seen.error is None and seen.retry_until is None
    assert len(server.asked("/late")) == 2


def test_the_window_does_not_restart_and_once_over_the_entry_waits_until_it_changes(server, settings) -> None:
    _feed_with_late_page(server)
    _poll(server, settings)
    catalog = open_catalog(settings)
    until = load_states(catalog)[server.url("/feed.xml")].entries["late"].retry_until
    catalog.write(lambda c: c.execute(text(ASKED_LONG_AGO)))
    second = _poll(server, settings)  # within the window, spacing passed: asked again, the same deadline kept
    assert len(server.asked("/late")) == 2 and second.exit_code == 0 and second.waiting
    assert load_states(catalog)[server.url("/feed.xml")].entries["late"].retry_until == until
    catalog.write(lambda c: c.execute(text(PAST)))
    third = _poll(server, settings)  # the window is over: asked once more (review48: a daily poll), then given up
    assert len(server.asked("/late")) == 3 and third.exit_code == 2 and "not asked again" in str(third.failed)
    fourth = _poll(server, settings)  # unchanged in the feed: its page not asked again
    assert len(server.asked("/late")) == 3 and fourth.failed == {} and fourth.exit_code == 0
    changed = rss([{**TEASER, "title": "Later, nu echt", "link": server.url("/late")}])
    serve_feed(server, changed, etag='"v2"')
    fifth = _poll(server, settings)  # the entry changed: a new window, the page asked again
    assert len(server.asked("/late")) == 4 and fifth.exit_code == 0 and fifth.waiting
    renewed = parse_time(load_states(catalog)[server.url("/feed.xml")].entries["late"].retry_until)
    assert renewed is not None and renewed > datetime.now(UTC) + timedelta(hours=5)  # not the past deadline


def test_a_waiting_entry_is_given_up_at_the_next_poll_once_the_window_is_set_to_0(server, settings) -> None:
    """user48: `feed_missing_retry_hours` 0 ("never") did not stop a window already open."""
    _feed_with_late_page(server)
    _poll(server, settings)
    closed = _poll(server, settings.model_copy(update={"feed_missing_retry_hours": 0}))
    assert len(server.asked("/late")) == 2 and closed.exit_code == 2 and not closed.waiting
    assert "not asked again" in next(iter(closed.failed.values()))


def test_with_no_window_a_404_is_bad_input_remembered_at_once(server, settings) -> None:
    _feed_with_late_page(server)
    settings = settings.model_copy(update={"feed_missing_retry_hours": 0})
    first = _poll(server, settings)
    assert first.exit_code == 2 and "waiting" not in next(iter(first.failed.values()))
    state = load_states(open_catalog(settings))[server.url("/feed.xml")]
    assert state.entries["late"].error and state.entries["late"].retry_until is None and state.etag == '"v1"'
    second = _poll(server, settings)
    assert second.status == "not modified" and len(server.asked("/late")) == 1


def test_a_page_gone_for_good_410_is_not_tried_again(server, settings) -> None:
    server.serve("/late", b"", status=410)
    serve_feed(server, rss([{**TEASER, "link": server.url("/late")}]))
    first = _poll(server, settings)
    assert first.exit_code == 2 and not first.waiting
    _poll(server, settings)
    assert len(server.asked("/late")) == 1


def test_an_entry_remembered_by_an_older_catalog_keeps_waiting_until_it_changes(server, settings) -> None:
    """A catalog from before 0009 (its 404 entries remembered as bad input) opens at the head: such an entry has no
    window and is not asked again."""
    from pipeline.catalog.db import forget_open_catalogs
    from pipeline.catalog.migrations import SCHEMA_HEAD
    from tests.pipeline.catalog.helpers import downgrade_to

    server.serve("/late", b"", status=404)
    server.serve("/feed.xml", rss([{**TEASER, "link": server.url("/late")}]), content_type="application/rss+xml")
    _poll(server, settings.model_copy(update={"feed_missing_retry_hours": 0}))
    open_catalog(settings).write(lambda connection: downgrade_to(connection, "0008"))
    forget_open_catalogs()
    again = _poll(server, settings)  # the feed is read again (no validators), the entry is unchanged
    assert again.unchanged == 1 and again.failed == {} and len(server.asked("/late")) == 1
    catalog = open_catalog(settings)
    assert catalog.read(lambda c: c.execute(text("SELECT version_num FROM alembic_version")).scalar()) == SCHEMA_HEAD
    assert load_states(catalog)[server.url("/feed.xml")].entries["late"].error
