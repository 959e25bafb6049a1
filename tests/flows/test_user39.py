"""Two daily runs at once on one inbox and OUT: an article the other run briefed between this run's
scan and its lock is counted as already done — the run's message never says "0 briefed, 0 failed,
0 already done" for an inbox of three new articles (user39)."""

from __future__ import annotations

from pathlib import Path

from flows.daily_briefing import Scan, _record
from flows.outcome import ArticleOutcome, run_summary
from pipeline.digest import update_digest
from pipeline.settings import BriefSettings


def test_articles_another_run_briefed_meanwhile_count_as_already_done(tmp_path: Path) -> None:
    settings = BriefSettings(out_dir=tmp_path / "out", inbox=tmp_path / "inbox")
    update_digest(settings, "2026-02-13", [], [])  # the day as the other run left it: nothing here changes it
    outcomes = [ArticleOutcome("a.html"), ArticleOutcome("b.html"), ArticleOutcome("c.html", busy=True)]
    report = _record(settings, "2026-02-13", Scan(["a", "b", "c"], 4, 0), outcomes)
    assert (report.already_briefed, report.busy, report.briefed, report.failed) == (6, 1, [], {})
    message = run_summary(report.briefed, report.failed, report.already_briefed, report.known_failures, report.busy)
    assert message == "0 briefed, 0 failed, 6 already done, 1 being briefed by another run"
