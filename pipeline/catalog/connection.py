"""An open catalog: transactions retried, so that "database is locked" (SQLite) or a serialization
failure (PostgreSQL) never reaches the user — past the retries it is one OutputError line — and
named locks every process sharing the catalog respects.

SQLite: WAL (readers never wait for the writer), a busy timeout, and every write transaction
begun IMMEDIATE (a deferred one that reads, then writes, fails at once under WAL instead of
waiting). PostgreSQL: READ COMMITTED, writes that cannot conflict (upserts), migrations under an
advisory lock."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from pipeline.errors import CatalogLostError, OutputError

T = TypeVar("T")
log = logging.getLogger("dutch_brief")
BUSY_TIMEOUT_S = 30.0  # SQLite waits this long for a lock, per statement
ATTEMPTS = 12  # then the transaction is given up (each attempt may itself wait BUSY_TIMEOUT_S)
LOCK_QUIET_S = 2.0  # a named lock held longer than this is said (one warning line), then waited for (user53)
_RETRY_CODES = {"40001", "40P01", "55P03"}  # PostgreSQL: serialization failure, deadlock, lock not available


class Catalog:
    """An open catalog. `write(fn)` / `read(fn)` run `fn(connection)` in one transaction, retried
    when the database is busy; `fn` must be safe to run again (it is, if it only touches the database)."""

    def __init__(self, engine: Engine, out_dir: Path) -> None:
        self.engine, self.out_dir = engine, out_dir
        self.dialect = engine.dialect.name
        self._said_busy = False  # the wait for another process's lock is said once per process (user53)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    def write(self, body: Callable[[Connection], T]) -> T:
        return self._retried(body, read_only=False)

    def read(self, body: Callable[[Connection], T]) -> T:
        return self._retried(body, read_only=True)

    def _retried(self, body: Callable[[Connection], T], *, read_only: bool) -> T:
        for attempt in range(ATTEMPTS):
            try:
                with self._transaction(read_only) as connection:
                    return body(connection)
            except DBAPIError as exc:
                if not _busy(exc) or attempt == ATTEMPTS - 1:
                    raise _one_line(exc, self.engine) from None
                self._say_busy()
                time.sleep(min(2.0, 0.02 * 2**attempt) * (0.5 + random.random()))
            except SQLAlchemyError as exc:
                raise _one_line(exc, self.engine) from None
        raise AssertionError("unreachable")

    def _say_busy(self) -> None:
        """One warning line the first time a statement's wait for the lock ran out (SQLite): a run that waits minutes
        for another process's transaction says which catalog is locked, for how long at most, and what to do."""
        if self._said_busy or not self.is_sqlite:
            return
        self._said_busy = True
        minutes = ATTEMPTS * BUSY_TIMEOUT_S / 60
        log.warning(
            f"the catalog at {shown_url(self.engine)} is locked by another process; waiting for it (up to "
            f"{minutes:.0f} min) — let that process finish, or stop it"
        )

    @contextmanager
    def _transaction(self, read_only: bool) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            if read_only:
                connection = connection.execution_options(catalog_read_only=True)
            with connection.begin():
                yield connection

    def dispose(self) -> None:
        self.engine.dispose()


def sqlite_connect(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # transactions are begun by _sqlite_begin, not by the driver
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")  # WAL: durable at each checkpoint, never corrupt
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def sqlite_begin(connection: Connection) -> None:
    read_only = connection.get_execution_options().get("catalog_read_only", False)
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _busy(exc: DBAPIError) -> bool:
    if isinstance(exc, OperationalError) and (
        "database is locked" in str(exc.orig) or "database is busy" in str(exc.orig)
    ):
        return True
    return getattr(exc.orig, "sqlstate", None) in _RETRY_CODES


def shown_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def _one_line(exc: SQLAlchemyError, engine: Engine) -> OutputError:
    if isinstance(exc, OutputError):
        return exc
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, DBAPIError) and _busy(exc):
        return OutputError(
            f"the catalog at {shown_url(engine)} stayed busy through {ATTEMPTS} tries — another process holds it; try again"
        )
    if engine.dialect.name == "postgresql" and isinstance(exc, DBAPIError) and _lost(exc):
        return lost(engine, detail)
    return OutputError(f"the catalog at {shown_url(engine)} failed: {detail}")


def _lost(exc: DBAPIError) -> bool:
    """The server cannot be reached, or went away (stopped, restarted, the network): the connection, not the query —
    an OperationalError the server gave no SQLSTATE (the client lost it), a connection exception (class 08) or a
    shutdown; a full disk (53100) or a statement timeout (57014) is the query's, with its own message (review50)."""
    state = getattr(exc.orig, "sqlstate", None)
    return (
        exc.connection_invalidated
        or (state is None and isinstance(exc, OperationalError))
        or (state or "").startswith("08")  # connection_exception and its kinds
        or state
        in (
            "57P01",  # admin_shutdown
            "57P02",  # crash_shutdown
            "57P03",  # cannot_connect_now
        )
    )


def lost(engine: Engine, detail: str) -> CatalogLostError:
    """A PostgreSQL catalog that cannot be reached, at the start of a run or in its middle: one line naming the
    database (its password masked) and the setting to check (user47, user50)."""
    return CatalogLostError(
        f"cannot reach the catalog's database at {shown_url(engine)} ({detail}) — "
        "check the database_url setting (BRIEF_DATABASE_URL) and that the server is running"
    )


@contextmanager
def catalog_lock(catalog: Catalog, name: str, timeout: float) -> Iterator[None]:
    """A named lock every process using this catalog respects: a file lock in OUT/.locks beside
    a SQLite catalog (one machine), a PostgreSQL advisory lock otherwise (every machine). A killed
    holder's lock is released by the kernel or the server. Past `timeout`: BusyError."""
    from pipeline.errors import BusyError

    if catalog.is_sqlite:
        from filelock import Timeout

        from pipeline.store.briefs import brief_lock

        lock = brief_lock(catalog.out_dir, name, timeout)
        try:
            try:
                lock.acquire(timeout=min(LOCK_QUIET_S, timeout))
            except Timeout:  # held past the quiet wait: said, then waited for
                if timeout <= LOCK_QUIET_S:
                    raise
                _say_waiting(name, str(lock.lock_file), timeout)
                lock.acquire(timeout=timeout - LOCK_QUIET_S)
        except Timeout:
            raise BusyError(
                f"another process has held the {name} lock ({lock.lock_file}) for over {timeout:g} s — let it "
                "finish and try again, or raise lock_timeout (BRIEF_LOCK_TIMEOUT)"
            ) from None
        try:
            yield
        finally:
            lock.release()
        return
    deadline = time.monotonic() + timeout
    try:  # a server that cannot be reached is one line, as in every other use of the catalog (ops49)
        connection = catalog.engine.connect()
    except SQLAlchemyError as exc:
        raise _one_line(exc, catalog.engine) from None
    with connection:
        try:
            key = connection.execute(text("SELECT hashtext(:name)"), {"name": f"dutch-brief:{name}"}).scalar()
            connection.commit()
            say_at, said = time.monotonic() + LOCK_QUIET_S, False
            while not connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}).scalar():
                connection.commit()
                if not said and time.monotonic() >= say_at:  # held past the quiet wait: said once, then waited for
                    _say_waiting(name, "PostgreSQL advisory lock", timeout)
                    said = True
                if time.monotonic() > deadline:
                    raise BusyError(
                        f"another process has held the {name} lock (PostgreSQL advisory lock) for over {timeout:g} s "
                        "— let it finish and try again, or raise lock_timeout (BRIEF_LOCK_TIMEOUT)"
                    )
                time.sleep(0.05)
            connection.commit()
        except SQLAlchemyError as exc:
            raise _one_line(exc, catalog.engine) from None
        try:
            yield
        finally:
            try:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                connection.commit()
            except DBAPIError:  # (not committed then: an invalidated connection refuses it, review49)
                connection.invalidate()  # never back to the pool holding the lock: a closed session releases it


def _say_waiting(name: str, where: str, timeout: float) -> None:
    """One warning line when a named lock is held by another process past LOCK_QUIET_S: a run that waits for it (up
    to lock_timeout, an hour by default) says so then, not after the wait (user53)."""
    log.warning(
        f"another process holds the {name} lock ({where}); waiting for it, up to {timeout:g} s (lock_timeout, "
        "BRIEF_LOCK_TIMEOUT) — let it finish, or stop it"
    )
