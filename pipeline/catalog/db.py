"""Opening the catalog: one engine per database and process, the schema brought up to date
(Alembic migrations shipped with the package; a catalog written by a newer dutch-brief is refused
in one line), the JSON files of an OUT from before the catalog imported once."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from pipeline.catalog.connection import (
    BUSY_TIMEOUT_S,
    Catalog,
    catalog_lock,
    lost,
    shown_url,
    sqlite_begin,
    sqlite_connect,
)
from pipeline.catalog.legacy import import_legacy
from pipeline.catalog.location import database_url, default_url
from pipeline.catalog.migrations import SCHEMA_HEAD, SCHEMA_REVISIONS
from pipeline.errors import OutputError, SettingsError

__all__ = ["Catalog", "catalog_lock", "forget_open_catalogs", "open_catalog"]
_MIGRATION_LOCK = 4_181_503  # pg_advisory_xact_lock key of schema changes


_open: dict[tuple[int, str], Catalog] = {}
_opening = threading.Lock()


def open_catalog(settings) -> Catalog:  # settings: BriefSettings
    """The catalog of `settings` (SQLite in OUT unless database_url is set), opened once per
    process: created, or upgraded, on first open; a newer one refused (OutputError)."""
    url = database_url(settings)
    key = (os.getpid(), url)  # a forked worker opens its own connections
    with _opening:
        catalog = _open.get(key)
        if catalog is None:
            catalog = _open[key] = _connect(url, Path(settings.out_dir))
    return catalog


def forget_open_catalogs() -> None:
    """Close every catalog this process opened (tests; `brief catalog rebuild`)."""
    with _opening:
        for catalog in _open.values():
            catalog.dispose()
        _open.clear()


CONNECT_TIMEOUT_S = 10  # a PostgreSQL server that takes the connection and never answers (libpq waits forever)


def _connect(url: str, out_dir: Path) -> Catalog:
    try:
        parsed = make_url(url)
    except SQLAlchemyError:
        raise SettingsError(f"invalid setting database_url: {url!r} is not a database URL") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database:
            _make_folder(Path(parsed.database).parent)
        engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_S})
        event.listen(engine, "connect", sqlite_connect)
        event.listen(engine, "begin", sqlite_begin)
    elif parsed.get_backend_name() == "postgresql":
        engine = create_engine(
            parsed, pool_pre_ping=True, pool_size=2, max_overflow=8, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}
        )
    else:
        raise SettingsError(
            f"invalid setting database_url: {parsed.get_backend_name()} is not supported — use postgresql+psycopg://… or leave it unset (SQLite)"
        )
    catalog = Catalog(engine, out_dir)
    try:
        _reached(engine)
        created = catalog.write(_migrate)
        import_legacy(catalog, created=created)
    except BaseException as exc:
        engine.dispose()  # no connection left open behind a catalog that was refused
        if isinstance(exc, OutputError) and url == default_url(out_dir):
            raise _damaged(exc, out_dir) from None
        raise
    return catalog


_DAMAGED = ("file is not a database", "database disk image is malformed")  # SQLite's NOTADB and CORRUPT


def _damaged(exc: OutputError, out_dir: Path) -> OutputError:
    """A default catalog that is no database (overwritten, a failed copy) or a damaged one: the line says what
    `brief catalog rebuild` does about it (user53: it read "… failed: file is not a database" and no more)."""
    if not any(damage in str(exc) for damage in _DAMAGED):
        return exc
    return OutputError(
        f"{exc} — `brief catalog rebuild` (its out folder: {out_dir}) moves the file aside and makes the catalog "
        "again from the briefs"
    )


def _reached(engine) -> None:
    """A PostgreSQL server that cannot be reached is one line naming the setting to check (user47: it read
    "the catalog at … failed: connection failed: …", which named no setting)."""
    if engine.dialect.name != "postgresql":
        return
    try:
        engine.connect().close()
    except DBAPIError as exc:
        raise lost(engine, (str(exc.orig).strip().splitlines() or [type(exc.orig).__name__])[0]) from None


def _make_folder(folder: Path) -> None:
    from pipeline.store.files import make_dirs

    try:
        make_dirs(folder)
    except OSError as exc:
        raise OutputError(f"cannot write to {folder}: {exc.strerror or exc} — choose another --out folder") from None


def _migrate(connection: Connection) -> bool:
    """Bring the schema to SCHEMA_HEAD; True if the catalog was created just now."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
    current = _revision(connection)
    if current == SCHEMA_HEAD:
        return False
    if current is not None and current not in SCHEMA_REVISIONS:
        raise OutputError(
            f"the catalog at {shown_url(connection.engine)} has schema {current}, newer than this dutch-brief knows "
            f"({SCHEMA_HEAD}) — upgrade dutch-brief, or point database_url elsewhere"
        )
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["connection"] = connection
    command.upgrade(config, SCHEMA_HEAD)
    return current is None


def _revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
