"""Review of stop 48's feed path (helper review48): a teaser entry whose page answers 404 and its window of
retries (`feed_missing_retry_hours`), under the daily flow's schedule, beside new entries of the same feed, and
migration 0009 down and up again with rows in it. Loopback server, fake engines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from pipeline.catalog.db import forget_open_catalogs, open_catalog
from pipeline.catalog.feed_state import FeedState, SeenEntry
from pipeline.catalog.feeds import load_states, save_feed
from pipeline.catalog.migrations import SCHEMA_HEAD
from pipeline.settings import BriefSettings
from pipeline.times import iso_utc
from tests.pipeline.catalog.helpers import downgrade_to
from tests.pipeline.test_feeds import NOS, rss, serve_feed
from tests.pipeline.test_missing_pages import ASKED_LONG_AGO, PAST, TEASER, _feed_with_late_page, _poll
from tests.pipeline.web.conftest import saved
from tests.web_server import Answer


@pytest.fixture()
def settings(tmp_path) -> BriefSettings:
    return BriefSettings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", backend="torch", fetch_delay=0)


def test_a_window_that_ends_between_two_daily_polls_still_asks_the_page_once_more(server, settings) -> None:
    """The daily flow polls once a day (`brief serve --cron "0 7 * * *"`): a 6-hour window opened at 07:00 is over
    at the next poll. The first poll said "tried again"; the page must be asked at least once more, and an entry
    whose page is there by then is briefed (it was silently left for good: no poll asked it again)."""
    live = _feed_with_late_page(server)
    first = _poll(server, settings)
    assert first.exit_code == 0 and "asked again" in next(iter(first.waiting.values()))  # waiting: no failure
    catalog = open_catalog(settings)
    catalog.write(lambda c: c.execute(text(PAST)))  # a day later: the window is over
    live["on"] = True
    second = _poll(server, settings)
    assert len(server.asked("/late")) == 2 and len(second.briefed) == 1 and second.exit_code == 0


def test_a_page_still_missing_after_the_window_is_given_up_in_one_line_then_left(server, settings) -> None:
    """The poll after the window: its page asked once more; still 404, the entry is remembered as bad input (exit 2,
    a line that says it is not tried again), and the next poll passes over it without asking."""
    _feed_with_late_page(server)
    _poll(server, settings)
    open_catalog(settings).write(lambda c: c.execute(text(PAST)))
    last = _poll(server, settings)
    assert len(server.asked("/late")) == 2 and last.exit_code == 2
    (why,) = last.failed.values()
    assert "HTTP 404" in why and "not asked again" in why and "\n" not in why
    seen = load_states(open_catalog(settings))[server.url("/feed.xml")].entries["late"]
    assert seen.error and seen.retry_until is None
    after = _poll(server, settings)
    assert len(server.asked("/late")) == 2 and after.failed == {} and after.exit_code == 0  # (a 304: validators kept)


def test_entries_waiting_for_their_page_do_not_crowd_out_a_new_entry(server, settings) -> None:
    """feed_new_entries bounds the pages asked per poll; an entry asked again for its 404 page must not take the
    place of a new entry listed after it (a feed in oldest-first order): the new one is briefed at once."""
    server.handle("/late", lambda request: Answer(404, b""))
    server.serve("/new", saved(NOS))
    late = {**TEASER, "link": server.url("/late")}
    serve_feed(server, rss([late]))
    one = settings.model_copy(update={"feed_new_entries": 1})
    _poll(server, one)
    open_catalog(settings).write(lambda c: c.execute(text(ASKED_LONG_AGO)))  # the waiting entry is due again
    serve_feed(server, rss([late, {"title": "Nieuw", "link": server.url("/new"), "guid": "new"}]), etag='"v2"')
    second = _poll(server, one)
    assert len(second.briefed) == 1 and server.asked("/new")
    assert second.left == 1 and len(server.asked("/late")) == 1  # the waiting entry waits for the next poll


def test_a_dead_item_restamped_at_every_build_is_not_retried_for_good(server, settings) -> None:
    """A feed that re-dates a dead item at every build: the entry keeps its page's window and its spacing (it opened
    a new window and asked at each poll); once given up, a re-dated entry stays given up (user49: it opened a new
    window after each give-up) — asked again only when its content changes (tests/pipeline/test_user49_redated_feed.py)."""
    server.handle("/late", lambda request: Answer(404, b""))
    reports = []
    for hour in range(4):
        stamp = (datetime(2026, 12, 7, 7, tzinfo=UTC) + timedelta(hours=hour)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        serve_feed(server, rss([{**TEASER, "link": server.url("/late"), "pubDate": stamp}]), etag=f'"v{hour}"')
        if hour == 2:
            open_catalog(settings).write(lambda c: c.execute(text(PAST)))  # the first window is over
        reports.append(_poll(server, settings))
    assert [r.exit_code for r in reports] == [0, 0, 2, 0] and reports[1].waiting and not reports[2].waiting
    assert len(server.asked("/late")) == 2  # first 404; not at the re-dated second poll (spaced); the last ask
    assert not reports[3].waiting and reports[3].failed == {}  # given up: re-dated, it opens no new window


def test_migration_0009_down_and_up_keeps_the_feed_entries_and_their_unique_key(tmp_path, database) -> None:
    """0009 taken back (SQLite: a batch copy of feed_entries) keeps every row and the (feed, key) uniqueness; opened
    again, the catalog is at the head with the new column empty, as a catalog of 0008 would be."""
    catalog = open_catalog(BriefSettings(out_dir=tmp_path / "out", database_url=database))
    state = FeedState(url="https://example.nl/feed.xml")
    until = iso_utc(datetime.now(UTC) + timedelta(hours=6))
    state.entries = {
        "a": SeenEntry("https://example.nl/a", "f1", brief="a.md"),
        "b": SeenEntry("https://example.nl/b", "f2", error="404", retry_until=until),
    }
    save_feed(catalog, state.url, state, touched={"a", "b"})
    assert load_states(catalog)[state.url].entries["b"].retry_until == until
    catalog.write(lambda connection: downgrade_to(connection, "0008"))
    count = "SELECT count(*) FROM feed_entries"
    assert catalog.read(lambda c: c.execute(text(count)).scalar()) == 2
    duplicate = (
        "INSERT INTO feed_entries (feed_id, key_hash, entry_key, fingerprint, first_seen, last_seen) "
        "SELECT feed_id, key_hash, entry_key, fingerprint, first_seen, last_seen FROM feed_entries"
    )
    with pytest.raises(Exception, match="(?i)unique"):
        catalog.write(lambda c: c.execute(text(duplicate)))
    forget_open_catalogs()
    again = open_catalog(BriefSettings(out_dir=tmp_path / "out", database_url=database))
    assert again.read(lambda c: c.execute(text("SELECT version_num FROM alembic_version")).scalar()) == SCHEMA_HEAD
    entries = load_states(again)[state.url].entries
    assert entries["a"].brief == "a.md" and entries["b"].error == "404" and entries["b"].retry_until is None
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from pipeline.catalog.schema import metadata

    with again.engine.connect() as connection:  # every index and constraint back as declared
        assert compare_metadata(MigrationContext.configure(connection), metadata) == []


def test_polls_minutes_apart_do_not_ask_a_missing_page_at_each_of_them(server, settings) -> None:
    _feed_with_late_page(server)
    for _ in range(6):  # six polls within a minute or two
        _poll(server, settings)
    assert len(server.asked("/late")) <= 3
