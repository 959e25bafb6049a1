"""What the catalog holds, counted (`brief catalog stats`)."""

from __future__ import annotations

from sqlalchemy import func, select

from pipeline.catalog.connection import Catalog
from pipeline.catalog.schema import articles, day_briefs, failures, feed_entries, feeds, hits


def table_counts(catalog: Catalog) -> dict[str, int]:
    def read(connection) -> dict[str, int]:
        count = lambda query: connection.execute(query).scalar_one()
        return {
            "briefs": count(select(func.count()).select_from(articles).where(articles.c.status == "briefed")),
            "briefs removed": count(select(func.count()).select_from(articles).where(articles.c.status != "briefed")),
            "files indexed": count(select(func.count()).select_from(hits)),
            "feeds": count(select(func.count()).select_from(feeds)),
            "feed entries": count(select(func.count()).select_from(feed_entries)),
            "known failures": count(select(func.count()).select_from(failures)),
            "days": count(select(func.count(func.distinct(day_briefs.c.day)))),
        }

    return catalog.read(read)
