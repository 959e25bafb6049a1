"""Every brief file in OUT listed in the catalog from its front matter (a new catalog in an OUT
that holds briefs; `brief catalog rebuild`), and the days from the digests (each digest links
its briefs)."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.engine import Connection

from pipeline.catalog.articles import REMOVED, row_of_file, save_articles
from pipeline.catalog.connection import Catalog
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
