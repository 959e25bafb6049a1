"""The stories of a period read back from the catalog, with their articles, and ranked
(pipeline.stories.rank: distinct outlets, growth, recency).

A story belongs to the period when one of its articles (by the time the clusterer used: published,
else briefed) falls in it; it is shown with its articles up to the period's end. Stories absorbed
by a merge are not listed: their articles moved to the story that kept its id."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, select
from sqlalchemy.engine import Connection

from pipeline.catalog.articles import BRIEFED, utc
from pipeline.catalog.connection import Catalog
from pipeline.catalog.schema import articles, stories
from pipeline.stories.rank import RankedStory, StoryArticle, rank
from pipeline.storydesk.pages import same_source
from pipeline.storydesk.store import as_utc
from pipeline.storydesk.text import UNKNOWN_OUTLET


@dataclass(frozen=True)
class StoredArticle:
    key: str  # the brief's cache key (the clusterer's article id)
    brief: str  # the brief's file name
    source: str  # the path or URL it was briefed from
    outlet: str
    published: datetime  # as the clusterer used it (UTC)
    duplicate_of: str | None  # the cache key of the article it copies
    title: str
    summary: str
    features: dict | None
    briefed: datetime | None = None  # when its brief was recorded (UTC): its story's feed entry changed then


@dataclass(frozen=True)
class StoredStory:
    story_id: int
    title: str | None  # written by pipeline.storydesk.summary (None until then)
    summary: str | None
    summary_key: str | None
    notes: tuple[str, ...]
    first_seen: datetime
    last_seen: datetime
    articles: tuple[StoredArticle, ...]  # by time, then key

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({a.outlet for a in self.articles}))

    def copies(self) -> dict[str, str | None]:
        return {a.key: a.duplicate_of for a in self.articles}

    def as_rank_input(self) -> list[StoryArticle]:
        return rank_input(self.articles)


def rank_input(found: Sequence[StoredArticle], until: datetime | None = None) -> list[StoryArticle]:
    """What ranking and the story brief read of a story's articles: a page briefed again because it changed (a copy
    from the same source, `StoryView.versions`) once, by its newest brief — its time, its text — copying what its
    first brief copies (another outlet's wire text, or nothing): one page is one article of its outlet's coverage.
    `until`: as ranked then (`rank.day_ranking`: a day as it ended), by its newest brief published by then."""
    if until is not None:
        found = [a for a in found if a.published <= until] or list(found)
    by_key = {a.key: a for a in found}

    def version_of(article: StoredArticle) -> StoredArticle | None:  # the page's brief this one is a newer version of
        earlier = by_key.get(article.duplicate_of or "")
        return earlier if earlier is not None and same_source(earlier.source, article.source) else None

    newer = {earlier.key for a in found if (earlier := version_of(a)) is not None}
    out = []
    for article in found:
        if article.key in newer:
            continue  # an earlier version: its page counts once, by its newest brief
        first, seen = article, {article.key}
        while (earlier := version_of(first)) is not None and earlier.key not in seen:
            first, seen = earlier, seen | {earlier.key}
        out.append(StoryArticle(article.key, article.outlet, article.published, first.duplicate_of))
    return out


def read_stories(catalog: Catalog, since: datetime | None = None, until: datetime | None = None) -> list[StoredStory]:
    """Stories with an article in [since, until), oldest first."""
    return catalog.read(lambda connection: stories_in(connection, since, until))


def stories_briefed_since(catalog: Catalog, since: datetime) -> list[StoredStory]:
    """Stories with an article briefed at or after `since` — those that changed lately, whenever their
    articles were published (an archive's article briefed today) — oldest first."""

    def read(connection: Connection) -> list[StoredStory]:
        live = and_(articles.c.status == BRIEFED, articles.c.story_id.is_not(None))
        recent = select(articles.c.story_id).where(live, articles.c.briefed_at >= as_utc(since)).distinct()
        return stories_by_id(connection, sorted({r[0] for r in connection.execute(recent)}))

    return catalog.read(read)


def stories_in(connection: Connection, since: datetime | None, until: datetime | None) -> list[StoredStory]:
    live = and_(articles.c.status == BRIEFED, articles.c.story_id.is_not(None))
    window = [live]
    if since is not None:
        window.append(articles.c.story_published >= as_utc(since))
    if until is not None:
        window.append(articles.c.story_published < as_utc(until))
    ids = sorted({r[0] for r in connection.execute(select(articles.c.story_id).where(*window).distinct())})
    return stories_by_id(connection, ids, until)


def stories_by_id(connection: Connection, ids: Iterable[int], until: datetime | None = None) -> list[StoredStory]:
    ids = list(ids)
    out: list[StoredStory] = []
    original = articles.alias("original")
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = (
            select(articles, original.c.brief_key.label("copy_of"))
            # a copy of a brief since removed is its story's own article again (not left out of its timeline)
            .outerjoin(original, and_(original.c.id == articles.c.duplicate_of, original.c.status == BRIEFED))
            .where(articles.c.story_id.in_(chunk), articles.c.status == BRIEFED)
        )
        if until is not None:
            query = query.where(articles.c.story_published < as_utc(until))
        members: dict[int, list[StoredArticle]] = {}
        for row in connection.execute(query).mappings():
            members.setdefault(int(row["story_id"]), []).append(_article(row))
        for row in connection.execute(select(stories).where(stories.c.id.in_(chunk))).mappings():
            found = sorted(members.get(int(row["id"]), []), key=lambda a: (a.published, a.key))
            if not found or row["merged_into"] is not None:
                continue
            out.append(
                StoredStory(
                    story_id=int(row["id"]),
                    title=row["title"],
                    summary=row["summary"],
                    summary_key=row["summary_key"],
                    notes=tuple(row["summary_notes"] or ()),
                    first_seen=found[0].published,
                    last_seen=found[-1].published,
                    articles=tuple(found),
                )
            )
    return sorted(out, key=lambda s: (s.first_seen, s.story_id))


def _article(row) -> StoredArticle:
    published = row["story_published"] or row["published_at"] or row["briefed_at"]
    return StoredArticle(
        key=row["brief_key"],
        brief=row["brief_file"],
        source=(row["features"] or {}).get("source") or row["source"],
        outlet=(row["features"] or {}).get("outlet") or row["outlet"] or UNKNOWN_OUTLET,
        published=utc(published),
        duplicate_of=row["copy_of"],
        title=row["title"] or row["source_title"] or "",
        summary=row["summary"] or "",
        features=row["features"],
        briefed=utc(row["briefed_at"]) if row["briefed_at"] else None,
    )


def ranked(found: list[StoredStory], now: datetime) -> list[tuple[RankedStory, StoredStory]]:
    """The stories best first (pipeline.stories.rank)."""
    by_id = {s.story_id: s for s in found}
    order = rank(((s.story_id, s.as_rank_input()) for s in found), as_utc(now))
    return [(r, by_id[r.story_id]) for r in order]
