"""Review 49 probe of `catalog_lock` on PostgreSQL (ops49): when the unlock fails because the server went away, the
connection is invalidated — and must not then be committed: SQLAlchemy refuses a commit on an invalidated connection
(PendingRollbackError, as on SQLite), a raw traceback out of the lock's `finally`, hiding
whatever the locked block raised. A fake PostgreSQL connection stands in for the server (no network)."""

from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy.exc import OperationalError, PendingRollbackError

from pipeline.catalog.connection import catalog_lock


class _GoneAtUnlock:
    """A PostgreSQL connection whose server is gone by the time the lock is released."""

    def __init__(self) -> None:
        self.invalid = False

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None

    def execute(self, statement, params=None):
        if "pg_advisory_unlock" in str(statement):
            raise OperationalError(str(statement), params, Exception("connection is bad"))
        return SimpleNamespace(scalar=lambda: 1)

    def commit(self) -> None:
        if self.invalid:
            raise PendingRollbackError("Can't reconnect until invalid transaction is rolled back.")

    def invalidate(self) -> None:
        self.invalid = True


def test_a_failed_unlock_leaves_no_traceback():
    catalog = SimpleNamespace(is_sqlite=False, engine=SimpleNamespace(connect=_GoneAtUnlock, url="postgresql://x"))
    with catalog_lock(catalog, "digest", 1.0):
        pass
