"""What the catalog tests do to a catalog beside using it: take its schema back to an older revision (as an older
dutch-brief left it), and read SQLite's plan of the statements a call sends."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Connection

from pipeline.catalog import articles as catalog_articles

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
