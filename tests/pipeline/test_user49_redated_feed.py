"""A feed that re-dates a dead item at every build (user49): a teaser-only entry whose page answers 404 waits
`feed_missing_retry_hours`, is asked once more, then is given up — and stays given up however the feed dates it,
until the entry's content (link, title, text) changes. It was "new" again at every re-dating: a fresh window after
each give-up, about 8 asks per 6 hours, forever. Loopback server, fake engines."""

from __future__ import annotations

from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from pipeline.catalog.db import open_catalog
from pipeline.catalog.feeds import load_states
from pipeline.feeds import poll_feeds
from pipeline.settings import BriefSettings
from tests.pipeline.test_feeds import FakeModels, fetcher, rss
from tests.web_server import Answer

ASKED_LONG_AGO = "UPDATE feed_entries SET retry_asked = '2020-01-01 00:00:00.000000'"
PAST = "UPDATE feed_entries SET retry_until = '2020-01-01 00:00:00.000000'"


@pytest.fixture()
def settings(tmp_path: Path) -> BriefSettings:
    return BriefSettings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", backend="torch", fetch_delay=0)


def _redating_feed(server, item: dict[str, str], page: str = "/dead", body: bytes = b"", status: int = 404) -> dict:
    """/feed.xml lists `item` (changeable through the dict returned) with a new pubDate at every fetch, no validators;
    its page (`page`) answers `status` with `body` (/dead: 404)."""
    from datetime import UTC, datetime, timedelta

    server.serve(page, body, status=status, content_type="text/html; charset=utf-8")
    builds = iter(range(1, 10_000))

    def answer(request):
        dated = datetime(2026, 12, 7, 8, 0, tzinfo=UTC) + timedelta(minutes=next(builds))
        body = rss([{**item, "link": server.url(page), "pubDate": format_datetime(dated)}])
        return Answer(200, body, {"Content-Type": "application/rss+xml"})

    server.handle("/feed.xml", answer)
    return item


def _poll(server, settings):
    return poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=FakeModels(settings))[0]


def test_an_entry_given_up_stays_given_up_while_the_feed_only_re_dates_it(server, settings) -> None:
    item = _redating_feed(server, {"title": "Dood bericht", "description": "Kort bericht.", "guid": "dead"})
    first = _poll(server, settings)
    assert first.waiting and first.exit_code == 0 and len(server.asked("/dead")) == 1
    catalog = open_catalog(settings)
    catalog.write(lambda c: c.execute(text(PAST)))
    given_up = _poll(server, settings)  # the window over: asked once more, then given up
    assert len(server.asked("/dead")) == 2 and given_up.exit_code == 2 and "not asked again" in str(given_up.failed)
    for _ in range(3):  # re-dated at every fetch: neither asked again nor waiting again nor listed again
        later = _poll(server, settings)
        assert later.failed == {} and later.waiting == {} and later.exit_code == 0 and later.unchanged == 1
    assert len(server.asked("/dead")) == 2 and len(server.asked("/feed.xml")) == 5
    seen = load_states(catalog)[server.url("/feed.xml")].entries["dead"]
    assert seen.error and "not asked again" in seen.error and seen.retry_until is None

    item["description"] = "Kort bericht, nu met meer tekst."  # the content changed: a new window, the page asked
    changed = _poll(server, settings)
    assert len(server.asked("/dead")) == 3 and changed.waiting and changed.exit_code == 0


def test_an_entry_given_up_at_once_with_no_window_stays_given_up_too(server, settings) -> None:
    settings = settings.model_copy(update={"feed_missing_retry_hours": 0})
    _redating_feed(server, {"title": "Dood bericht", "description": "Kort bericht.", "guid": "dead"})
    first = _poll(server, settings)
    assert first.exit_code == 2 and len(server.asked("/dead")) == 1
    again = _poll(server, settings)
    assert again.failed == {} and again.exit_code == 0 and len(server.asked("/dead")) == 1
    open_catalog(settings).write(lambda c: c.execute(text(ASKED_LONG_AGO)))  # no window to reopen either
    assert _poll(server, settings).failed == {} and len(server.asked("/dead")) == 1


ENGLISH = (
    "<html><head><title>Council approves new bridge</title></head><body><article><h1>Council approves new bridge</h1>"
    "<p>The city council approved the plan for a new bridge over the river on Tuesday evening, after a long debate "
    "about the costs and the traffic it will bring to the old town.</p><p>Work is expected to start next spring and "
    "to take about two years, the alderman said after the vote.</p></article></body></html>"
)


def test_an_entry_refused_as_bad_input_stays_refused_while_the_feed_only_re_dates_it(server, settings) -> None:
    """Bad input (a page that is not Dutch) is remembered by the entry's content too (lead, stop 49): it was fetched,
    refused and listed again at every re-dating poll."""
    item = {"title": "Brug", "description": "Kort bericht.", "guid": "english"}
    item = _redating_feed(server, item, page="/english", body=ENGLISH.encode(), status=200)
    first = _poll(server, settings)
    assert first.exit_code == 2 and "not Dutch" in str(first.failed) and len(server.asked("/english")) == 1
    for _ in range(3):  # re-dated at every fetch: not fetched, refused or listed again
        later = _poll(server, settings)
        assert later.failed == {} and later.exit_code == 0 and later.unchanged == 1
    assert len(server.asked("/english")) == 1 and len(server.asked("/feed.xml")) == 4

    item["title"] = "Brug over de rivier"  # the content changed: asked again
    _poll(server, settings)
    assert len(server.asked("/english")) == 2
