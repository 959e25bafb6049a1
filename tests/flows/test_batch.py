"""The daily flow's batches: the same briefs as `brief FILE` writes, each article failing alone."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEEDS


def without_timestamp(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("created_at:")]


def test_batched_daily_briefs_equal_one_article_briefs(prefect_harness, tiny_settings, tmp_path: Path) -> None:
    from flows.daily_briefing import daily_briefing
    from pipeline.brief import build_brief

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in SEEDS[:3]:
        (inbox / seed.name).write_bytes(seed.read_bytes())
    (inbox / "leeg.txt").write_bytes(b"")
    settings = {"translator": tiny_settings.translator, "summarizer": tiny_settings.summarizer, "device": "cpu"}
    settings["cache_dir"] = str(tmp_path / "flow-cache")  # nothing shared with the one-article runs
    report = daily_briefing(inbox=str(inbox), out_dir=str(tmp_path / "flow"), settings=settings, day="2026-03-01")
    assert set(report.failed) == {"leeg.txt"} and len(report.briefed) == 3
    for seed in SEEDS[:3]:
        alone = build_brief(seed, tiny_settings).path
        batched = tmp_path / "flow" / alone.name
        assert without_timestamp(batched) == without_timestamp(alone)
