"""Articles briefed and the index of briefs by file bytes (pipeline.hits); the queries feed.xml
and the digest read. An article is one brief (its cache key); a brief written again for the same
key (--force) updates its row."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from pipeline.catalog.connection import Catalog
from pipeline.catalog.outlet_lines import LinesOfArticle, record_lines
from pipeline.catalog.schema import articles, hits
from pipeline.catalog.upsert import upsert
from pipeline.document import Brief
from pipeline.store.brief_files import BriefFile
from pipeline.times import parse_time

BRIEFED, REMOVED = "briefed", "removed"
_ARTICLE_FIELDS = (
    "brief_file",
    "source",
    "url",
    "outlet",
    "published",
    "published_at",
    "content_hash",
    "title",
    "source_title",
    "summary",
    "source_format",
    "status",
    "briefed_at",
)


@dataclass(frozen=True)
class ArticleRow:
    brief_key: str
    brief_file: str
    source: str
    title: str | None
    summary: str | None
    briefed_at: datetime


def utc(value: datetime) -> datetime:
    """A time read back from the catalog, as UTC (SQLite gives it back without its zone)."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def row_of_brief(brief: Brief, path: Path) -> dict[str, Any]:
    """The catalog's row of a brief just written."""
    meta, origin = brief.article.meta, brief.article.origin
    return {
        "brief_key": brief.cache_key,
        "brief_file": path.name,
        "source": brief.article.source_name,
        "url": (origin.url if origin else None) or meta.url,
        "outlet": meta.outlet,
        "published": meta.published,
        "published_at": parse_time(meta.published),
        "content_hash": brief.content_hash,
        "title": brief.title_en,
        "source_title": meta.headline,
        "summary": brief.summary.text,
        "source_format": brief.article.source_format,
        "status": BRIEFED,
        "briefed_at": parse_time(brief.created_at) or datetime.now(UTC),
    }


def row_of_file(brief: BriefFile) -> dict[str, Any] | None:
    """The catalog's row of a brief file, from its front matter (rebuild, self-healing); None if
    it names no cache key."""
    front = brief.front
    key = front.get("cache_key")
    if not isinstance(key, str) or not key:
        return None
    text = lambda name: value if isinstance(value := front.get(name), str) and value else None
    content = text("content_hash") or ""
    return {
        "brief_key": key,
        "brief_file": brief.path.name,
        "source": text("source_file") or text("source_url") or brief.path.name,
        "url": text("source_url") or text("url"),
        "outlet": text("outlet"),
        "published": text("published"),
        "published_at": parse_time(front.get("published")),
        "content_hash": content.removeprefix("sha256:"),
        "title": text("title"),
        "source_title": text("source_title"),
        "summary": brief.summary or None,
        "source_format": text("source_format"),
        "status": BRIEFED,
        "briefed_at": brief.when("created_at") or datetime.fromtimestamp(_mtime(brief.path), UTC),
    }


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def save_articles(connection: Connection, rows: Sequence[dict[str, Any]]) -> None:
    upsert(connection, articles, rows, ["brief_key"], _ARTICLE_FIELDS)


def hit_row(hit_key: str, brief_key: str, brief_file: str, warnings: Iterable[str]) -> dict[str, Any]:
    return {
        "hit_key": hit_key,
        "brief_key": brief_key,
        "brief_file": brief_file,
        "warnings": json.dumps(list(warnings), ensure_ascii=False),
        "recorded_at": datetime.now(UTC),
    }


def record_brief(
    catalog: Catalog, row: dict[str, Any], hit: dict[str, Any] | None = None, lines: LinesOfArticle | None = None
) -> None:
    """A brief just written (and the file bytes it was read from, and its outlet's line hashes:
    pipeline.catalog.outlet_lines), in one transaction."""
    catalog.write(lambda connection: write_brief_rows(connection, row, hit, lines))


def write_brief_rows(
    connection: Connection, row: dict[str, Any], hit: dict[str, Any] | None, lines: LinesOfArticle | None
) -> None:
    """The rows of a brief just written, inside the caller's transaction: its article, its entry in
    the index by file bytes, its outlet's lines."""
    save_articles(connection, [row])
    if hit is not None:
        upsert(connection, hits, [hit], ["hit_key"])
    if lines is not None:
        record_lines(connection, row["brief_key"], lines)


def record_hit(catalog: Catalog, hit: dict[str, Any], brief: Path) -> bool:
    """A file's bytes lead to an existing brief; its article row is added from the brief's front
    matter if the catalog lacks it (a brief from before the catalog, a lost catalog, or a write of
    its record that failed after the file was written). Returns whether the article has a story."""
    from pipeline.store.brief_files import read_brief_file

    def known(connection: Connection) -> tuple[bool, bool]:
        query = select(articles.c.id, articles.c.story_id).where(articles.c.brief_key == hit["brief_key"])
        found = connection.execute(query).first()
        return found is not None, found is not None and found[1] is not None

    row = None
    listed, in_story = catalog.read(known)
    if not listed:
        parsed = read_brief_file(brief)
        row = row_of_file(parsed) if parsed is not None else None

    def write(connection: Connection) -> None:
        if row is not None:
            save_articles(connection, [row])
        upsert(connection, hits, [hit], ["hit_key"])

    catalog.write(write)
    return in_story


def find_hits(catalog: Catalog, keys: Sequence[str]) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """hit key -> (brief file, cache key, warnings) for the keys the index knows."""
    found: dict[str, tuple[str, str, tuple[str, ...]]] = {}

    def read(connection: Connection) -> None:
        for start in range(0, len(keys), 500):
            chunk = list(keys[start : start + 500])
            query = select(hits.c.hit_key, hits.c.brief_file, hits.c.brief_key, hits.c.warnings).where(
                hits.c.hit_key.in_(chunk)
            )
            for hit_key, brief_file, brief_key, warnings in connection.execute(query):
                found[hit_key] = (brief_file, brief_key, tuple(json.loads(warnings or "[]")))

    catalog.read(read)
    return found


def newest(catalog: Catalog, limit: int) -> list[ArticleRow]:
    """The newest `limit` briefs (feed.xml): by the time they were written, then file name."""
    query = (
        select(
            articles.c.brief_key,
            articles.c.brief_file,
            articles.c.source,
            articles.c.title,
            articles.c.summary,
            articles.c.briefed_at,
        )
        .where(articles.c.status == BRIEFED)
        .order_by(articles.c.briefed_at.desc(), articles.c.brief_file.desc())
        .limit(limit)
    )
    rows = catalog.read(lambda connection: connection.execute(query).all())
    return [ArticleRow(r[0], r[1], r[2], r[3], r[4], utc(r[5])) for r in rows]


def mark_removed(catalog: Catalog, keys: Sequence[str]) -> None:
    """Briefs whose files are gone: kept as history, no longer listed."""
    if keys:
        catalog.write(
            lambda connection: connection.execute(
                articles.update().where(articles.c.brief_key.in_(list(keys))).values(status=REMOVED)
            )
        )


def count(catalog: Catalog) -> int:
    return catalog.read(lambda connection: connection.execute(select(func.count()).select_from(articles)).scalar_one())
