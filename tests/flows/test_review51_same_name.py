"""Review of user51's daily-run report: two inbox files of one name in different folders (an inbox_pattern reaching
into sub-folders) that both fail are two failures of the run — the run's report and its "N failed" count them both,
as the day's failures list them by their addresses."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEEDS, short_article

DAY = "2026-02-12"


def test_two_failing_files_of_one_name_are_two_failures_of_the_run(
    prefect_harness, terse_marian: Path, tiny_bart: Path, tmp_path: Path, monkeypatch
) -> None:
    from flows.daily_briefing import daily_briefing

    monkeypatch.delenv("BRIEF_CONFIG", raising=False)
    monkeypatch.delenv("BRIEF_DAY", raising=False)
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    for folder in ("ochtend", "middag"):
        (inbox / folder).mkdir(parents=True)
        (inbox / folder / "leeg.txt").write_bytes(b"")
    (inbox / "artikel.txt").write_bytes(short_article(SEEDS[1]))  # one briefed: the run Completes
    settings = {
        "translator": str(terse_marian),
        "summarizer": str(tiny_bart),
        "device": "cpu",
        "cache_dir": str(tmp_path / "sentence-cache"),
        "inbox_pattern": "**/*.txt",
    }
    state = daily_briefing(inbox=str(inbox), out_dir=str(out), settings=settings, day=DAY, return_state=True)
    report = state.result(_sync=True)
    assert len(report.briefed) == 1 and len(report.failed) == 2, report.failed
    assert "2 failed" in state.message
