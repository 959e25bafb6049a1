"""Each outlet's recent line hashes (table outlet_lines): what the template-line detector
(pipeline.text.templates) counts — a line seen in several articles of one outlet on different days
is that outlet's template. Rows belong to an article (deleted with it) and are kept for the
detector's window: older rows of the outlet are pruned when an article is recorded.

`CatalogOutletLines` is the detector's store (its OutletLines protocol) over the catalog; an article
is named by its brief key (the cache key), so the lines are recorded with the article's row
(`record_lines`, in the transaction of pipeline.catalog.articles.record_brief)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, distinct, func, select
from sqlalchemy.engine import Connection

from pipeline.catalog.connection import Catalog
from pipeline.catalog.schema import articles, outlet_lines
from pipeline.catalog.upsert import upsert

CHUNK = 500  # hashes per IN (…) query


@dataclass(frozen=True)
class LinesOfArticle:
    """What the build path records with a brief: its outlet, its line hashes, the day they count for,
    and how many days of rows the outlet keeps."""

    outlet: str
    line_hashes: frozenset[str]
    seen_on: date
    keep_days: int


def record_lines(connection: Connection, brief_key: str, lines: LinesOfArticle) -> None:
    """The article's line hashes (replacing any from an earlier brief of it); the outlet's rows older
    than its window pruned."""
    found = connection.execute(select(articles.c.id).where(articles.c.brief_key == brief_key)).first()
    if found is None:
        return
    article_id = found[0]
    connection.execute(delete(outlet_lines).where(outlet_lines.c.article_id == article_id))
    oldest = lines.seen_on - timedelta(days=lines.keep_days)
    connection.execute(
        delete(outlet_lines).where(outlet_lines.c.outlet == lines.outlet, outlet_lines.c.seen_on < oldest)
    )
    rows = [
        {"outlet": lines.outlet, "line_hash": h, "article_id": article_id, "seen_on": lines.seen_on}
        for h in sorted(lines.line_hashes)
    ]
    upsert(connection, outlet_lines, rows, ["outlet", "line_hash", "article_id"], [])


class CatalogOutletLines:
    """The template detector's store over the catalog (articles named by brief key)."""

    def __init__(self, catalog: Catalog, keep_days: int = 3650) -> None:
        self.catalog, self.keep_days = catalog, keep_days

    def add(self, outlet: str, line_hashes: Iterable[str], article: str, seen_on: date) -> None:
        lines = LinesOfArticle(outlet, frozenset(line_hashes), seen_on, self.keep_days)
        self.catalog.write(lambda connection: record_lines(connection, article, lines))

    def counts(
        self, outlet: str, line_hashes: Collection[str], since: date, *, exclude: str
    ) -> dict[str, tuple[int, int]]:
        wanted = sorted(line_hashes)

        def read(connection: Connection) -> dict[str, tuple[int, int]]:
            found: dict[str, tuple[int, int]] = {}
            for start in range(0, len(wanted), CHUNK):
                query = (
                    select(
                        outlet_lines.c.line_hash,
                        func.count(distinct(outlet_lines.c.article_id)),
                        func.count(distinct(outlet_lines.c.seen_on)),
                    )
                    .join(articles, articles.c.id == outlet_lines.c.article_id)
                    .where(
                        outlet_lines.c.outlet == outlet,
                        outlet_lines.c.seen_on >= since,
                        outlet_lines.c.line_hash.in_(wanted[start : start + CHUNK]),
                        articles.c.brief_key != exclude,
                    )
                    .group_by(outlet_lines.c.line_hash)
                )
                found.update({h: (n, days) for h, n, days in connection.execute(query)})
            return found

        return self.catalog.read(read)

    def article_count(self, outlet: str, since: date) -> int:
        query = select(func.count(distinct(outlet_lines.c.article_id))).where(
            outlet_lines.c.outlet == outlet, outlet_lines.c.seen_on >= since
        )
        return int(self.catalog.read(lambda connection: connection.execute(query).scalar() or 0))
