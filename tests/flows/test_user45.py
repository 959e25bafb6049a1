"""User pass 45 (a briefing followed over several days): the daily flow's line of a feed counted an entry changed in
the feed only (its article and brief unchanged) as briefed — "feed URL: new, 3 briefed, 0 failed" in a run that
briefed 2 — where `brief feeds poll` says "2 briefed, 1 already briefed (the article unchanged), …"."""

from __future__ import annotations

from pathlib import Path

import flows.feeds
from pipeline.feed_report import FeedReport
from pipeline.settings import BriefSettings, FeedSource


def test_the_flow_s_feed_line_counts_as_brief_feeds_poll_does(monkeypatch, capsys, tmp_path: Path) -> None:
    url = "http://127.0.0.1:9/feed.xml"
    report = FeedReport(url, "new", briefed=["a.md", "b.md", "c.md"], unchanged=1)
    report.written = [object(), object()]  # two new briefs; c.md's entry changed in the feed only
    monkeypatch.setattr(flows.feeds, "publish_brief", lambda written: None)
    monkeypatch.setattr(flows.feeds, "poll_feeds", lambda urls, settings: [report])
    settings = BriefSettings(out_dir=tmp_path, feeds=[FeedSource(url=url)])
    flows.feeds.poll_configured_feeds.fn(settings)
    line = capsys.readouterr().out.splitlines()[0]
    assert line == f"feed {url}: 2 briefed, 1 already briefed (the article unchanged), 0 not briefed, 1 seen before"
