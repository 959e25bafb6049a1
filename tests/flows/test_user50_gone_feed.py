"""A configured feed that answers 410 Gone is counted with the feeds that could not be polled (user50): the daily
run's message said "0 briefed, 0 failed, 0 already done" — a 410 was left out of ops49's count, and every later run
passed over the feed (marked gone, not asked again) in silence. Now the first 410 and every run after count it, and
its log line says it is gone and which setting to change (feeds)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.catalog.db import open_catalog
from pipeline.catalog.feeds import load_states
from pipeline.settings import BriefSettings
from tests.flows.test_ops49_feed_errors import run_with_one_feed


def test_a_feed_that_answers_410_is_counted_and_said_to_be_gone(
    prefect_harness, server, terse_marian: Path, tiny_bart: Path, tmp_path: Path
) -> None:
    server.serve("/feed.xml", b"", status=410)
    for day in ("2026-02-13", "2026-02-14"):  # the 410, then a run that does not ask again: both count it
        state = run_with_one_feed(server.url("/feed.xml"), terse_marian, tiny_bart, tmp_path, day)
        assert state.is_completed(), state.message
        assert "0 briefed, 0 failed, 0 already done, 1 feed could not be polled (see the log)" in state.message
        state = load_states(open_catalog(BriefSettings(out_dir=tmp_path / "out")))[server.url("/feed.xml")]
        assert state.gone and "remove it from the feeds setting" in (state.error or ""), state.error  # feeds list
    assert sum(r.path == "/feed.xml" for r in server.requests) == 1


def test_brief_feeds_poll_says_a_gone_feed_each_time_and_exits_2(server, tiny_settings, monkeypatch) -> None:
    monkeypatch.setenv("BRIEF_FETCH_PRIVATE_HOSTS", '["127.0.0.1"]')
    monkeypatch.setenv("BRIEF_FETCH_DELAY", "0")
    monkeypatch.delenv("BRIEF_CONFIG", raising=False)
    server.serve("/feed.xml", b"", status=410)
    args = ["feeds", "poll", server.url("/feed.xml"), "--out", str(tiny_settings.out_dir)]
    for _ in range(2):
        done = CliRunner().invoke(app, args)
        assert done.exit_code == 2, done.output
        (line,) = [line for line in done.output.splitlines() if "410" in line]
        assert "gone" in line and "remove it from the feeds setting" in line, done.output
