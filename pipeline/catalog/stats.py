"""What the catalog holds, counted (`brief catalog stats`)."""

from __future__ import annotations

from sqlalchemy import func, select

from pipeline.catalog.articles import BRIEFED
from pipeline.catalog.connection import Catalog
from pipeline.catalog.schema import articles, day_briefs, failures, feed_entries, feeds, hits, stories


def table_counts(catalog: Catalog) -> dict[str, int]:
    def read(connection) -> dict[str, int]:
        count = lambda query: connection.execute(query).scalar_one()
        # the stories `brief stories` lists: each with its number of briefs (none merged into another)
        sizes = (
            select(func.count().label("size"))
            .select_from(articles.join(stories, stories.c.id == articles.c.story_id))
            .where(articles.c.status == BRIEFED, stories.c.merged_into.is_(None))
            .group_by(articles.c.story_id)
            .subquery()
        )
        return {
            "briefs": count(select(func.count()).select_from(articles).where(articles.c.status == BRIEFED)),
            "briefs removed": count(select(func.count()).select_from(articles).where(articles.c.status != BRIEFED)),
            "stories": count(select(func.count()).select_from(sizes)),
            "stories of several briefs": count(select(func.count()).select_from(sizes).where(sizes.c.size > 1)),
            "files indexed": count(select(func.count()).select_from(hits)),
            "feeds": count(select(func.count()).select_from(feeds)),
            "feed entries": count(select(func.count()).select_from(feed_entries)),
            "known failures": count(select(func.count()).select_from(failures)),
            "days": count(select(func.count(func.distinct(day_briefs.c.day)))),
        }

    return catalog.read(read)
