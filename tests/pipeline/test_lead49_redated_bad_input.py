"""Bad input on a feed entry (a page that is not Dutch) is remembered by the entry's content, like a page given up
after a 404 (user49): a feed that re-dates the item at every build had it fetched, refused and listed again at every
poll. Loopback server, fake engines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from pipeline.feeds import poll_feeds
from pipeline.settings import BriefSettings
from tests.pipeline.test_feeds import FakeModels, fetcher, rss
from tests.web_server import Answer

ENGLISH = (
    "<html><head><title>Council approves new bridge</title></head><body><article><h1>Council approves new bridge</h1>"
    "<p>The city council approved the plan for a new bridge over the river on Tuesday evening, after a long debate "
    "about the costs and the traffic it will bring to the old town.</p><p>Work is expected to start next spring and "
    "to take about two years, the alderman said after the vote.</p></article></body></html>"
)


@pytest.fixture()
def settings(tmp_path: Path) -> BriefSettings:
    return BriefSettings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", backend="torch", fetch_delay=0)


def _redating_feed(server, item: dict[str, str]) -> dict[str, str]:
    server.serve("/english", ENGLISH.encode(), content_type="text/html; charset=utf-8")
    builds = iter(range(1, 10_000))

    def answer(request):
        dated = datetime(2026, 12, 7, 8, 0, tzinfo=UTC) + timedelta(minutes=next(builds))
        body = rss([{**item, "link": server.url("/english"), "pubDate": format_datetime(dated)}])
        return Answer(200, body, {"Content-Type": "application/rss+xml"})

    server.handle("/feed.xml", answer)
    return item


def _poll(server, settings):
    return poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=FakeModels(settings))[0]


def test_an_entry_refused_as_bad_input_stays_refused_while_the_feed_only_re_dates_it(server, settings) -> None:
    item = _redating_feed(server, {"title": "Brug", "description": "Kort bericht.", "guid": "english"})
    first = _poll(server, settings)
    assert first.exit_code == 2 and "not Dutch" in str(first.failed) and len(server.asked("/english")) == 1
    for _ in range(3):  # re-dated at every fetch: not fetched, refused or listed again
        later = _poll(server, settings)
        assert later.failed == {} and later.exit_code == 0 and later.unchanged == 1
    assert len(server.asked("/english")) == 1 and len(server.asked("/feed.xml")) == 4

    item["title"] = "Brug over de rivier"  # the content changed: asked again
    _poll(server, settings)
    assert len(server.asked("/english")) == 2
