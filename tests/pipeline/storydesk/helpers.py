"""Articles put into a real catalog the way the write path does (a row, then the join)."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.catalog.articles import BRIEFED, save_articles
from pipeline.catalog.connection import Catalog
from pipeline.stories.features import ArticleFeatures
from pipeline.storydesk.join import join_story


def article_row(features: ArticleFeatures, title: str = "", summary: str = "", source: str = "") -> dict:
    return {
        "brief_key": features.article_id,
        "brief_file": f"{features.article_id}.md",
        "source": source or f"{features.article_id}.txt",
        "url": None,
        "outlet": features.outlet,
        "published": features.published.isoformat(),
        "published_at": features.published.astimezone(UTC),
        "content_hash": features.article_id,
        "title": title or f"Title of {features.article_id}",
        "source_title": None,
        "summary": summary or f"Summary of {features.article_id}.",
        "source_format": "txt",
        "status": BRIEFED,
        "briefed_at": max(features.published.astimezone(UTC), datetime(2026, 3, 1, tzinfo=UTC)),
    }


def record(catalog: Catalog, features: ArticleFeatures, **row: str):
    def write(connection):
        save_articles(connection, [article_row(features, **row)])
        return join_story(connection, features)

    return catalog.write(write)
