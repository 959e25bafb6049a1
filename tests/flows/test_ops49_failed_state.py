"""ops49: a daily run whose every article failed (here: one empty file) ended Failed with the right message,
but its state carried the BriefingReport as data, which Prefect takes for an exception: a worker's log ended
with "TypeError: Unexpected result for failed state: BriefingReport(digest=…, …)" — a crash to the person on
call — and the flow called as a function raised that TypeError instead of the run's reason. The state now
carries an exception whose text is the message and which holds the report."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_every_article_failed_raises_the_reason_and_keeps_the_report(
    prefect_harness, terse_marian: Path, tiny_bart: Path, tmp_path: Path
) -> None:
    from flows.daily_briefing import daily_briefing

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "leeg.txt").write_bytes(b"")
    settings = {"translator": str(terse_marian), "summarizer": str(tiny_bart), "device": "cpu"}
    run = {"inbox": str(inbox), "out_dir": str(tmp_path / "out"), "settings": settings, "day": "2026-02-13"}
    state = daily_briefing(**run, return_state=True)
    assert state.is_failed() and state.message == "every article failed: 0 briefed, 1 failed, 0 already done"
    failure = state.result(raise_on_failure=False, _sync=True)
    assert isinstance(failure, Exception) and str(failure) == state.message
    assert set(failure.report.failed) == {"leeg.txt"}  # the report stays at hand

    (inbox / "leeg2.txt").write_bytes(b"  \n")  # a new bad file: the next run fails again
    with pytest.raises(Exception) as raised:
        daily_briefing(**run)
    assert not isinstance(raised.value, TypeError)
    assert str(raised.value).startswith("every article failed: 0 briefed, 1 failed")
