"""A `brief feeds poll` stopped (Ctrl-C, SIGTERM) after its feeds were read lost their refused entries (user53): the
poll kept them as seen — refused, left until they change — but the day's failures are listed after a poll ends, so
`brief failures list` and the digest never showed them and the next poll said "0 not briefed, 2 seen before", exit 0.
An interrupted poll lists what it refused before it stops now, in the one poll path the CLI and the flow share."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import feeds
from pipeline.catalog.days import day_digest
from pipeline.catalog.db import open_catalog
from pipeline.feeds import poll_feeds
from pipeline.settings import BriefSettings
from pipeline.times import run_day
from tests.pipeline.test_feeds import FakeModels, fetcher, rss, serve_feed


def test_an_interrupted_poll_lists_the_entries_it_refused(
    server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = BriefSettings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", backend="torch", fetch_delay=0)
    server.serve("/dicht", b"", status=403)
    item = {"title": "Dicht", "description": "Kort bericht.", "guid": "g1", "link": server.url("/dicht")}
    serve_feed(server, rss([item]))

    def stopped(*args, **kwargs) -> None:
        raise KeyboardInterrupt  # Ctrl-C while the new entries are briefed

    monkeypatch.setattr(feeds, "_brief_polled", stopped)
    with pytest.raises(KeyboardInterrupt):
        poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=FakeModels(settings))
    failures = day_digest(open_catalog(settings), run_day(settings.day))[1]
    assert [f.source_name for f in failures] == [server.url("/dicht")], failures
    assert "HTTP 403" in failures[0].message
