"""`brief failures list|retry`: what the daily briefing will not try again, and clearing it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.catalog.db import open_catalog
from pipeline.catalog.failures import load_failures, remember
from pipeline.settings import BriefSettings
from pipeline.store.failures import KnownFailure


def test_list_shows_and_retry_clears_the_remembered_failures(
    tmp_path: Path, database: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if database:
        monkeypatch.setenv("BRIEF_DATABASE_URL", database)
    catalog = open_catalog(BriefSettings(out_dir=tmp_path))
    remember(
        catalog,
        [
            KnownFailure("a" * 64, "s", "leeg.txt", "the file has no text — pass a non-empty article", "2026-02-12"),
            KnownFailure("b" * 64, "s", "foto.txt", "looks like a binary file", "2026-02-13"),
        ],
    )
    runner = CliRunner()
    listed = runner.invoke(app, ["failures", "list", "--out", str(tmp_path)])
    assert listed.exit_code == 0
    assert listed.stdout.splitlines() == [
        "2026-02-12  leeg.txt: the file has no text — pass a non-empty article",
        "2026-02-13  foto.txt: looks like a binary file",
    ]
    retried = runner.invoke(app, ["failures", "retry", "foto.txt", "nope.txt", "--out", str(tmp_path)])
    assert retried.exit_code == 0 and retried.stdout.splitlines() == ["foto.txt"]
    assert "nope.txt: not among the remembered failures" in retried.stderr
    assert [f.source_name for f in load_failures(catalog)] == ["leeg.txt"]
    assert runner.invoke(app, ["failures", "retry", "--out", str(tmp_path)]).exit_code == 2  # nothing named
    assert runner.invoke(app, ["failures", "retry", "--all", "--out", str(tmp_path)]).exit_code == 0
    assert load_failures(catalog) == []
