"""The catalog's schema migrations (Alembic scripts in versions/, shipped as package data).

SCHEMA_REVISIONS lists every revision this code knows, oldest first; the newest is SCHEMA_HEAD.
Opening a catalog compares its revision with these before importing Alembic at all (a test
checks that this list and the scripts agree)."""

# 0002: stories, 0003: delivery, 0004: merge cause, 0005: a feed's items not read, 0006: a first briefing owed to a
# recipient whose send failed, 0007: the web page an article was briefed from, indexed, 0008: day listings by brief
# key, 0009: a feed entry whose page answered 404 tried again until retry_until
SCHEMA_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]
