"""`brief feeds poll` says how many new entries wait for the next poll in English: "1 more new
entry", "2 more new entries" (user39)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline.feeds
from brief_cli.main import app
from pipeline.feed_report import FeedReport


@pytest.mark.parametrize(("left", "words"), [(1, "1 more new entry left"), (3, "3 more new entries left")])
def test_entries_left_for_the_next_poll_are_counted_in_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, left: int, words: str
) -> None:
    url = "http://127.0.0.1:9/feed.xml"
    report = FeedReport(url, "", left=left)
    monkeypatch.setattr(pipeline.feeds, "poll_feeds", lambda urls, settings: [report])
    result = CliRunner().invoke(app, ["feeds", "poll", url, "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert f"{url}: {words} for the next poll (feed_new_entries)" in result.output


def test_failures_and_cache_take_the_settings_file_like_every_other_command(tmp_path: Path) -> None:
    """`brief failures list|retry` and `brief cache stats|clear` read `--config` (out_dir and a
    PostgreSQL database_url, cache_dir live there) instead of stopping at "No such option" (user39)."""
    out, cache = tmp_path / "out", tmp_path / "cache"
    out.mkdir()
    config = tmp_path / "brief.toml"
    config.write_text(f'[brief]\nout_dir = "{out}"\ncache_dir = "{cache}"\n', encoding="utf-8")
    for command, shown in (
        (["failures", "list"], f"0 remembered failures in {out}"),
        (["failures", "retry", "--all"], "0 will be tried again"),
        (["cache", "stats"], f"{cache}"),
        (["cache", "clear"], f"{cache}"),
    ):
        result = CliRunner().invoke(app, [*command, "--config", str(config)])
        assert result.exit_code == 0, result.output
        assert shown in result.output
