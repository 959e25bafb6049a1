"""Stop 43, as a user: a feed item dated in the future (a wrong year, a wrong time zone) is briefed, counted in its
story as published when briefed, and the poll says so instead of keeping quiet."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from pipeline.feeds import poll_feeds, poll_notes
from pipeline.settings import BriefSettings
from pipeline.times import dated_ahead
from tests.pipeline.test_feeds import NOS, FakeModels, fetcher, rss, serve_feed
from tests.pipeline.web.conftest import saved


def test_a_poll_names_the_new_entries_dated_more_than_a_day_ahead(server, tmp_path: Path) -> None:
    settings = BriefSettings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", backend="torch", fetch_delay=0)
    server.serve("/a", saved(NOS))
    server.serve("/b", saved(NOS))
    now = datetime.now(UTC)
    items = [
        {"title": "Vandaag", "link": server.url("/a"), "guid": "a", "pubDate": format_datetime(now)},
        {
            "title": "Volgend jaar",
            "link": server.url("/b"),
            "guid": "b",
            "pubDate": format_datetime(now.replace(year=now.year + 1)),
        },
    ]
    serve_feed(server, rss(items))
    [report] = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=FakeModels(settings))
    assert len(report.briefed) == 2 and not report.failed  # briefed all the same
    assert [name.split(" dated ")[0] for name in report.ahead] == [server.url("/b")]
    [line] = [note for note in poll_notes(report) if "ahead" in note or "after the poll" in note]
    assert line.startswith(server.url("/feed.xml")) and server.url("/b") in line and str(now.year + 1) in line
    assert "1 new entry dated more than a day after the poll" in line


def test_a_day_ahead_is_the_bound_and_a_local_time_without_zone_is_not_ahead() -> None:
    now = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
    assert not dated_ahead("2026-12-07T00:30:00", now)  # Amsterdam's clock written without a zone: 2½ hours "ahead"
    assert not dated_ahead((now + timedelta(hours=23)).isoformat(), now)
    assert dated_ahead((now + timedelta(hours=25)).isoformat(), now)
    assert dated_ahead("2027-12-06T10:00:00+01:00", now)
    assert not dated_ahead("not a date", now) and not dated_ahead(None, now)
