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


class _Heard(logging.Handler):
    """The records the product's logger hands on, in order (its own handler: the count does not depend on how caplog or
    another test's handler is attached)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.said: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.said.append(record.getMessage())


def test_a_held_advisory_lock_is_said_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "LOCK_QUIET_S", 0.1)  # held longer than this: said
    heard = _Heard()
    logger = logging.getLogger("dutch_brief")
    logger.addHandler(heard)
    try:
        catalog = SimpleNamespace(is_sqlite=False, engine=SimpleNamespace(connect=_HeldAWhile, url="postgresql://x"))
        with catalog_lock(catalog, "feeds", 30):
            pass
    finally:
        logger.removeHandler(heard)
    assert len(heard.said) == 1, heard.said
    assert "feeds lock" in heard.said[0] and "PostgreSQL advisory lock" in heard.said[0], heard.said[0]
