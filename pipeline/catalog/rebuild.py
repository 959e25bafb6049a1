"""The catalog recreated from the brief files (`brief catalog rebuild`): every brief's row from its
front matter, the days from the digests (each digest links its briefs), briefs whose files are
gone marked removed. What no brief file holds is rebuilt by use: the index of briefs by file bytes
(the first `brief FILE` of each file records it again), known failures (a bad file fails once
more), feed entries (the next poll fetches their pages again and finds their briefs by key — no
model work). Only feed validators are lost (the next poll asks for each feed whole, once)."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Connection

from pipeline.catalog.articles import REMOVED, row_of_file, save_articles
from pipeline.catalog.db import Catalog, forget_open_catalogs, open_catalog
from pipeline.catalog.location import catalog_file, is_default_sqlite
from pipeline.catalog.schema import articles, day_briefs
from pipeline.catalog.upsert import upsert
from pipeline.store.brief_files import read_brief_file

BATCH = 1000
_DIGEST = re.compile(r"^digest-(\d{4}-\d{2}-\d{2})\.md$")
_LINK = re.compile(r"^## \[.*\]\(<([^>]+)>\)$", re.MULTILINE)


def list_brief_files(catalog: Catalog) -> int:
    """Every brief file in OUT listed (upserted) in the catalog; rows whose file is gone marked
    removed; the days their digests list. Returns the number of briefs found."""
    found: set[str] = set()
    batch: list[dict] = []
    for path in sorted(catalog.out_dir.glob("*.md")):
        brief = read_brief_file(path)
        row = row_of_file(brief) if brief is not None else None
        if row is None:
            continue
        found.add(row["brief_key"])
        batch.append(row)
        if len(batch) >= BATCH:
            catalog.write(lambda connection, rows=batch: save_articles(connection, rows))
            batch = []
    if batch:
        catalog.write(lambda connection, rows=batch: save_articles(connection, rows))

    def removed(connection: Connection) -> None:
        listed = connection.execute(select(articles.c.brief_key).where(articles.c.status != REMOVED)).scalars()
        gone = [key for key in listed if key not in found]
        for start in range(0, len(gone), BATCH):
            chunk = gone[start : start + BATCH]
            connection.execute(articles.update().where(articles.c.brief_key.in_(chunk)).values(status=REMOVED))

    catalog.write(removed)
    _days_from_digests(catalog)
    return len(found)


def _days_from_digests(catalog: Catalog) -> None:
    for path in sorted(catalog.out_dir.glob("digest-*.md")):
        match = _DIGEST.match(path.name)
        if not match:
            continue
        try:
            files = _LINK.findall(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
        day = date.fromisoformat(match.group(1))

        def write(connection: Connection, files=files, day=day) -> None:
            query = select(articles.c.brief_key, articles.c.source).where(articles.c.brief_file.in_(files))
            rows = [{"day": day, "brief_key": k, "source_name": s} for k, s in connection.execute(query)]
            upsert(connection, day_briefs, rows, ["day", "brief_key"], [])

        if files:
            catalog.write(write)


def rebuild_catalog(settings) -> tuple[int, Path | None]:  # settings: BriefSettings
    """Recreate the catalog from the brief files. A default SQLite catalog that cannot be opened
    (not a database, damaged) is moved aside first (returned), and a new one made."""
    from pipeline.errors import OutputError

    moved = None
    forget_open_catalogs()
    try:
        catalog = open_catalog(settings)
    except OutputError:
        if not is_default_sqlite(settings):
            raise
        forget_open_catalogs()
        path = catalog_file(Path(settings.out_dir))
        moved = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}")
        path.replace(moved)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        catalog = open_catalog(settings)
    return list_brief_files(catalog), moved
