"""A SQLite catalog another process holds locked (a second `brief`, a `sqlite3` shell left in a transaction) made
`brief` wait up to six minutes without a word (user53: 2½ minutes of silence, then the brief). Now the first wait that
runs out says so in one warning line — whose lock, how long the run will wait, what to do — and the run goes on."""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from pipeline.catalog import connection
from pipeline.catalog.db import open_catalog
from pipeline.settings import BriefSettings


@pytest.fixture(autouse=True)
def _heard(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline's warnings reach caplog, also after a `brief` command of this process sent them to stderr."""
    monkeypatch.setattr(logging.getLogger("dutch_brief"), "propagate", True)


def test_a_catalog_held_by_another_process_is_said_once_and_the_write_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.3)  # each statement waits this long for the lock
    catalog = open_catalog(BriefSettings(out_dir=tmp_path))
    other = sqlite3.connect(tmp_path / "catalog.sqlite", isolation_level=None, check_same_thread=False)
    other.execute("BEGIN EXCLUSIVE")  # the other process's transaction
    releaser = threading.Timer(1.5, lambda: other.execute("COMMIT"))
    releaser.start()
    try:
        with caplog.at_level(logging.WARNING, logger="dutch_brief"):
            assert catalog.write(lambda c: c.execute(text("SELECT 1")).scalar()) == 1
    finally:
        releaser.join()
        other.close()
    said = [r.getMessage() for r in caplog.records if r.name == "dutch_brief"]
    assert len(said) == 1, said
    assert "catalog.sqlite" in said[0] and "another process" in said[0] and "waiting" in said[0], said
    assert "\n" not in said[0]


def test_a_free_catalog_says_nothing(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    catalog = open_catalog(BriefSettings(out_dir=tmp_path))
    with caplog.at_level(logging.WARNING, logger="dutch_brief"):
        catalog.write(lambda c: c.execute(text("SELECT 1")))
    assert not [r for r in caplog.records if r.name == "dutch_brief"]
