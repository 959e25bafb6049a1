"""Probes of the team's standards (standards42) against the flows: the daily run's log says of a
feed what `brief feeds poll` says (why it failed, what waits for the next poll, what was not read)."""

from __future__ import annotations

import pytest

import flows.feeds
from pipeline.feed_report import FeedReport
from pipeline.settings import BriefSettings

URL = "http://127.0.0.1:9/feed.xml"


def test_the_daily_polls_log_gives_a_failed_feeds_reason_and_its_left_entries(monkeypatch, capsys, tmp_path) -> None:
    failed = FeedReport(URL, "error", message=f"{URL}: HTTP 404 (not found — check the URL)", exit_code=2)
    busy = FeedReport(URL.replace("feed", "other"), "new", left=12, not_read=3)
    monkeypatch.setattr(flows.feeds, "poll_feeds", lambda urls, settings: [failed, busy])
    settings = BriefSettings(out_dir=tmp_path, feeds=[{"url": URL}])
    flows.feeds.poll_configured_feeds.fn(settings)
    out = capsys.readouterr().out
    assert f"error: {URL}: HTTP 404 (not found — check the URL)" in out  # was only 'error, 0 briefed, 0 failed'
    assert f"{busy.url}: 12 more new entries left for the next poll (feed_new_entries)" in out  # was not said
    assert f"{busy.url}: 3 items after the first 1,000 not read" in out


@pytest.mark.parametrize("pattern", ["/etc/*", "../*", "sub/../../*.txt"])
def test_an_inbox_pattern_reaching_outside_the_inbox_fails_the_run_in_one_line(
    prefect_harness, tmp_path, pattern: str
) -> None:
    from flows.daily_briefing import daily_briefing

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (tmp_path / "elders.txt").write_text("Niet in de inbox.\n", encoding="utf-8")
    state = daily_briefing(
        inbox=str(inbox), out_dir=str(tmp_path / "out"), settings={"inbox_pattern": pattern}, return_state=True
    )
    # was: '/etc/*' a NotImplementedError traceback; '../*' briefed the files beside the inbox
    assert state.is_failed() and "inbox_pattern" in state.message and "outside the inbox" in state.message
    assert "\n" not in state.message and not list((tmp_path / "out").glob("*.md"))
