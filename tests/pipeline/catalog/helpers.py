"""What the catalog tests do to a catalog beside using it: take its schema back to an older revision (as an older
dutch-brief left it), read SQLite's plan of the statements a call sends, and hold one of its named locks as another
process would."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Connection

from pipeline.catalog import articles as catalog_articles
from pipeline.catalog.connection import Catalog, catalog_lock

T = TypeVar("T")


def downgrade_to(connection: Connection, revision: str) -> None:
    """The catalog's schema taken back to `revision` with the shipped Alembic migrations."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(catalog_articles.__file__).parent / "migrations"))
    config.attributes["connection"] = connection
    command.downgrade(config, revision)


def query_plan(connection: Connection, call: Callable[[Connection], T]) -> tuple[T, list[str]]:
    """`call(connection)`'s result, and SQLite's query-plan steps of every statement it sent (EXPLAIN QUERY PLAN)."""
    seen: list[tuple[str, object]] = []

    def capture(connection, cursor, statement, parameters, context, executemany) -> None:
        seen.append((statement, parameters))

    event.listen(connection, "before_cursor_execute", capture)
    try:
        result = call(connection)
    finally:
        event.remove(connection, "before_cursor_execute", capture)
    steps = []
    for statement, parameters in seen:
        steps += [row[-1] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
    return result, steps


@contextmanager
def lock_held_elsewhere(catalog: Catalog, name: str, release_after: float | None = None) -> Iterator[None]:
    """The catalog lock `name` held by another thread (another process's run) from the start of the block: released
    `release_after` seconds on (None: when the block ends), and when the block ends at the latest."""
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with catalog_lock(catalog, name, 1):
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(10)
    if release_after is not None:
        threading.Timer(release_after, release.set).start()
    try:
        yield
    finally:
        release.set()
        holder.join()
