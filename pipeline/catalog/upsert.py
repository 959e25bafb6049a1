"""INSERT … ON CONFLICT for both databases (SQLite and PostgreSQL share the syntax, not the construct)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection


def insert_for(connection: Connection, table: Table):
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def upsert(
    connection: Connection,
    table: Table,
    rows: Sequence[dict[str, Any]] | dict[str, Any],
    keys: Sequence[str],
    update: Sequence[str] | None = None,
) -> None:
    """Insert `rows`; on a conflict over `keys`, set the `update` columns (all others when None),
    or leave the row alone when `update` is empty."""
    rows = [rows] if isinstance(rows, dict) else list(rows)
    if not rows:
        return
    statement = insert_for(connection, table)
    columns = list(update) if update is not None else [c for c in rows[0] if c not in keys]
    if columns:
        statement = statement.on_conflict_do_update(
            index_elements=list(keys), set_={c: statement.excluded[c] for c in columns}
        )
    else:
        statement = statement.on_conflict_do_nothing(index_elements=list(keys))
    connection.execute(statement, rows)
