"""Final read of stop 53: on PostgreSQL a named lock another process holds past LOCK_QUIET_S is said in one warning
line, as on SQLite (user53, `connection._say_waiting`). A fake PostgreSQL connection stands in for the server (no
network): its advisory lock is held by another session for a while, then free."""

from __future__ import annotations

import logging
import time
from types import SimpleNamespace

import pytest

from pipeline.catalog import connection
from pipeline.catalog.connection import catalog_lock

HELD_S = 0.4  # the other session holds the lock this long


class _HeldAWhile:
    """A PostgreSQL connection whose advisory lock another session releases after HELD_S."""

    def __init__(self) -> None:
        self.free_at = time.monotonic() + HELD_S

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None

    def execute(self, statement, params=None):
        if "pg_try_advisory_lock" in str(statement):
            return SimpleNamespace(scalar=lambda: time.monotonic() >= self.free_at)
        return SimpleNamespace(scalar=lambda: 1)

    def commit(self) -> None:
        return None

    def invalidate(self) -> None:
        return None


def test_a_held_advisory_lock_is_said_once(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(logging.getLogger("dutch_brief"), "propagate", True)
    monkeypatch.setattr(connection, "LOCK_QUIET_S", 0.1)  # held longer than this: said
    catalog = SimpleNamespace(is_sqlite=False, engine=SimpleNamespace(connect=_HeldAWhile, url="postgresql://x"))
    with caplog.at_level(logging.WARNING, logger="dutch_brief"):
        with catalog_lock(catalog, "feeds", 30):
            pass
    said = [r.getMessage() for r in caplog.records if r.name == "dutch_brief"]
    assert len(said) == 1, said
    assert "feeds lock" in said[0] and "PostgreSQL advisory lock" in said[0], said[0]
