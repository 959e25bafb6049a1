"""`brief feeds poll` and `brief feeds list` say how many items of a too-long feed were not read, the bound and
that no setting raises it (issue 19, user pass 41: 19,000 items of a 20,000-item feed went unmentioned)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline.feeds
from brief_cli.main import app
from pipeline.catalog.db import open_catalog
from pipeline.catalog.feed_state import FeedState
from pipeline.catalog.feeds import save_feed
from pipeline.feed_report import FeedReport
from pipeline.settings import BriefSettings

URL = "http://127.0.0.1:9/feed.xml"
CUT = "19,000 items after the first 1,000 not read — a poll reads the first 1,000 items of a feed"


def test_the_poll_says_how_many_items_it_did_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = FeedReport(URL, "", left=970, not_read=19_000)
    monkeypatch.setattr(pipeline.feeds, "poll_feeds", lambda urls, settings: [report])
    result = CliRunner().invoke(app, ["feeds", "poll", URL, "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert f"{URL}: 970 more new entries left for the next poll" in result.output
    assert f"{URL}: {CUT}" in result.output and "(no setting raises this)" in result.output


def test_the_feed_list_says_it_from_the_catalog(tmp_path: Path) -> None:
    settings = BriefSettings(out_dir=tmp_path, cache_dir=tmp_path / "cache")
    save_feed(open_catalog(settings), URL, FeedState(url=URL, last_status="new", not_read=19_000))
    result = CliRunner().invoke(app, ["feeds", "list", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert f"{URL}: last poll never (new), 0 entries seen, 0 briefed; {CUT}" in result.output
