"""A cache hit read from the default SQLite catalog with the standard library's sqlite3: the
cache-hit path of `brief FILE` imports no SQLAlchemy (pipeline.hits). Read-only, never creates
the catalog; any trouble (no catalog yet, an older schema, a lock held past the timeout) is a
miss, and the full path decides."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

_QUERY = "SELECT brief_file, brief_key, warnings FROM hits WHERE hit_key = ?"


def _read_only(catalog: Path, query: str, values: list[object]) -> tuple | None:
    """The first row `query` finds in the catalog opened read-only; None when there is none or it cannot be read."""
    if not catalog.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{catalog.absolute().as_uri()}?mode=ro", uri=True, timeout=5.0)
    except sqlite3.Error:
        return None
    try:
        return connection.execute(query, values).fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def failure_listed(catalog: Path, day: str, names: list[str]) -> bool:
    """Whether `day` (the run's day) lists a failure of one of `names` (a file's address: `brief FILE` on a file the
    index knows takes its failure off that day the full way, pipeline.day_record); a catalog that cannot be read
    lists none."""
    if not names:
        return False
    marks = ", ".join("?" * len(names))
    query = f"SELECT 1 FROM day_failures WHERE day = ? AND source_name IN ({marks}) LIMIT 1"  # placeholders only
    return _read_only(catalog, query, [day, *names]) is not None


def read_hit(catalog: Path, hit_key: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(brief file, cache key, warnings) recorded for `hit_key`, or None."""
    row = _read_only(catalog, _QUERY, [hit_key])
    if row is None:
        return None
    return str(row[0]), str(row[1]), tuple(str(w) for w in json.loads(row[2] or "[]"))
