"""ops49: a configured feed that answers 500 at every run was invisible in the run's state: the run
Completed with "0 briefed, 0 failed, 22 already done", and only an INFO line of the worker's log named the
feed. The run still Completes (a feed may be back tomorrow), but its message counts the feeds that could
not be polled, so the person on call sees it in the runs list and the UI."""

from __future__ import annotations

from pathlib import Path


def run_with_one_feed(feed_url: str, terse_marian: Path, tiny_bart: Path, tmp_path: Path, day: str):
    """The daily flow's final state for `day`: an empty inbox, one configured feed, no fetch delay or retries."""
    from flows.daily_briefing import daily_briefing

    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    settings = {
        "translator": str(terse_marian),
        "summarizer": str(tiny_bart),
        "device": "cpu",
        "feeds": [{"url": feed_url}],
        "fetch_delay": 0,
        "fetch_retries": 0,
    }
    return daily_briefing(
        inbox=str(inbox), out_dir=str(tmp_path / "out"), settings=settings, day=day, return_state=True
    )


def test_a_feed_that_answers_500_is_counted_in_the_run_message(
    prefect_harness, server, terse_marian: Path, tiny_bart: Path, tmp_path: Path
) -> None:
    server.serve("/feed.xml", b"down", status=500)
    state = run_with_one_feed(server.url("/feed.xml"), terse_marian, tiny_bart, tmp_path, "2026-02-13")
    assert state.is_completed()
    # (the day lists nothing: the message says so after the counts, user50)
    assert state.message.startswith("0 briefed, 0 failed, 0 already done, 1 feed could not be polled (see the log)")
