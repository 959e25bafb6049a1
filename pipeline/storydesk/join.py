"""The write path's record of a brief it wrote: the article row, the file bytes' hit, its outlet's
lines and the article's story, in ONE catalog transaction (retried as a whole when the database is busy). The
clusterer runs inside it on `CatalogStoryStore`: on SQLite the write transaction (BEGIN IMMEDIATE)
serialises joins, on PostgreSQL a transaction-scoped advisory lock does. A wire copy is marked
(`duplicate_of`, the original's row); its translation came from the sentence cache already (the
same Dutch sentences are cache hits in pipeline.translate). A web page briefed again because it changed joins
its earlier brief's story as its copy — what `StoryView.versions` reads as a version of the page (a copy from the
same source), when it is one (`versions.is_version`: within the clusterer's window, recognisably the same text; a
recycled address carrying another article is clustered like any), and grows that story as a joined article would
(`versions.grow_story`), its page counted once (`earlier_version`)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text, update
from sqlalchemy.engine import Connection

from pipeline.addresses import page_of
from pipeline.catalog.articles import BRIEFED, hit_row, row_of_brief, write_brief_rows
from pipeline.catalog.days import list_written
from pipeline.catalog.db import open_catalog
from pipeline.catalog.outlet_lines import LinesOfArticle
from pipeline.catalog.schema import articles
from pipeline.document import Brief
from pipeline.stories.cluster import NAME_PREFIX, Assignment, assign
from pipeline.stories.features import ArticleFeatures, extract
from pipeline.stories.plain import text_terms
from pipeline.storydesk.store import DOCS, CatalogStoryStore, as_utc
from pipeline.storydesk.text import article_text, english_lead
from pipeline.storydesk.versions import VersionSettings, changed_at, earlier_features, grow_story, is_version

_STORY_LOCK = 4_181_519  # pg_advisory_xact_lock key of story joins
VERSIONS = VersionSettings()


def record_and_join(
    settings,  # BriefSettings
    brief: Brief,
    path: Path,
    hit_key: str | None,
    source: Path | str | None = None,
    lines: LinesOfArticle | None = None,
) -> None:
    """The build path's record of a brief it just wrote (pipeline.brief.write_brief); `source`: the
    path as given, or the URL, it was briefed from (`brief stories` shows it); `lines`: its outlet's
    line hashes (pipeline.catalog.outlet_lines, what the template-line detector counts)."""
    row = row_of_brief(brief, path)
    hit = hit_row(hit_key, brief.cache_key, path.name, brief.article.warnings) if hit_key else None
    features = extract(article_text(brief))
    extra = {"english_lead": english_lead(brief)}  # what its story's summary is made from
    if source is not None:
        extra["source"] = str(source)

    def write(connection: Connection) -> None:
        write_brief_rows(connection, row, hit, lines)
        join_story(connection, features, extra)
        if settings.day:  # listed under the day the run was given (pipeline.catalog.days.list_written)
            list_written(connection, settings.day, row["brief_key"], row["source"])

    open_catalog(settings).write(write)


def join_story(connection: Connection, features: ArticleFeatures, extra: dict | None = None) -> Assignment | None:
    """Put the (already recorded) article into a story; None when it has one (a brief written again). A page briefed
    again is a version of its earlier brief by `VERSIONS` (`VersionSettings`)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _STORY_LOCK})
    found = connection.execute(
        select(articles.c.story_id, articles.c.source, articles.c.briefed_at).where(
            articles.c.brief_key == features.article_id
        )
    ).one_or_none()
    if found is None or found[0] is not None:
        return None
    source = (extra or {}).get("source") or found[1]  # as pipeline.storydesk.read tells an article's source
    page = page_of(source)
    earlier = earlier_version(connection, features.article_id, page) if page is not None else None
    if earlier is not None:
        earlier_text, earlier_at = earlier_features(connection, earlier[0])
        if (
            earlier_text is not None
            and earlier_at is not None
            and is_version(earlier_text, earlier_at, features, VERSIONS)
        ):
            dated = changed_at(features, found[2], earlier_text, earlier_at, VERSIONS)
            return _join_as_version(connection, dated, extra, earlier, page)
    store = CatalogStoryStore(connection)
    store.prime(
        [DOCS]
        + ["t:" + t for t, _ in features.all_terms()]
        + ["t:" + NAME_PREFIX + n for n in features.names]
        + (["t:" + NAME_PREFIX + features.opener] if features.opener else [])  # opener.with_opener asks
        + [f"p:{features.outlet}:{k}" for k in features.paragraph_keys()]
        + ["t:" + t for t in text_terms(features)]  # the plain look's whole text (`stories.plain`), when asked
    )
    result = assign(features, store)
    original = None
    if result.duplicate_of:
        original = connection.execute(select(articles.c.id).where(articles.c.brief_key == result.duplicate_of)).scalar()
    _record_join(connection, features, extra, page, duplicate_of=original)
    return result


def earlier_version(connection: Connection, key: str, page: str) -> tuple[int, str, int] | None:
    """(row id, cache key, story) of the newest earlier brief, in a story, of the web page `page` (a URL: a file's
    path may hold another article each time): the page changed and is briefed again. None for a page first briefed.
    An indexed lookup (`articles.page`, which the join records), not a read of every article."""
    query = (
        select(articles.c.id, articles.c.brief_key, articles.c.story_id)
        .where(
            articles.c.page == page,
            articles.c.status == BRIEFED,
            articles.c.story_id.is_not(None),
            articles.c.brief_key != key,
        )
        .order_by(articles.c.briefed_at.desc(), articles.c.id.desc())
        .limit(1)
    )
    found = connection.execute(query).first()
    return (int(found[0]), found[1], int(found[2])) if found else None


def _join_as_version(
    connection: Connection, features: ArticleFeatures, extra: dict | None, earlier: tuple[int, str, int], page: str
) -> Assignment:
    """The article joins the story of its page's earlier brief as its copy (not clustered: a version of a page
    the reader has seen, shown in its place — `StoryView.latest`) and grows it (`versions.grow_story`)."""
    original, original_key, story_id = earlier
    _record_join(connection, features, extra, page, duplicate_of=original, story_id=story_id)
    grow_story(connection, features, story_id, page)
    return Assignment(features.article_id, story_id, False, original_key, 1.0)


def _record_join(
    connection: Connection, features: ArticleFeatures, extra: dict | None, page: str | None, **values: object
) -> None:
    """The article's row as its join leaves it: its features (and `extra`), the time the clusterer used, its page,
    and `values` (`duplicate_of`; the story, when the join set it here rather than the clusterer's store)."""
    connection.execute(
        update(articles)
        .where(articles.c.brief_key == features.article_id)
        .values(
            features=features.to_json() | (extra or {}), story_published=as_utc(features.published), page=page, **values
        )
    )
