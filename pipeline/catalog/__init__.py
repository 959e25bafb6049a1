"""The catalog: the database of record for everything the product knows about its briefs — the
articles briefed, the feeds and their entries, the known failures, which briefs and failures
belong to which day, the index of briefs by file bytes — everything but the brief files (the
product) and the sentence cache. SQLite at OUT/catalog.sqlite by default, PostgreSQL when
`database_url` (BRIEF_DATABASE_URL) is set.

    location   where the catalog is (no SQLAlchemy: the cache-hit path imports it)
    hitread    a cache hit read with the standard library's sqlite3
    schema     the tables (SQLAlchemy Core)
    db         opening: engine, migrations (Alembic), one-time import, retried transactions
    articles   briefs and the hit index; feed.xml's and the digest's queries
    feeds      feed state and entries (pruned after feed_retention_days)
    failures   known permanent failures
    days       which briefs and failures belong to which day
    legacy     the JSON files of an OUT from before the catalog, imported once
    rebuild    the catalog recreated from the brief files' front matter

This package imports nothing heavy at its top: only its submodules do.
"""
