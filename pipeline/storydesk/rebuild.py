"""`brief catalog rebuild` with its stories: the catalog recreated from the brief files
(pipeline.catalog.rebuild), then every brief without a story joined to one again by the clusterer
the write path runs (storydesk.join.join_story), from its file's Dutch text and front matter
(storydesk.text.file_text), in the order the briefs were written — when they were briefed, a batch
in the order of publication (the write path's stream order) — so that a wire copy comes after its
original and the stories come back as they were made."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from pipeline.catalog.articles import BRIEFED
from pipeline.catalog.connection import Catalog
from pipeline.catalog.db import open_catalog
from pipeline.catalog.rebuild import rebuild_catalog
from pipeline.catalog.schema import articles
from pipeline.settings import BriefSettings
from pipeline.store.brief_files import read_brief_file
from pipeline.stories.features import extract
from pipeline.storydesk.join import join_story
from pipeline.storydesk.store import as_utc
from pipeline.storydesk.text import file_english_lead, file_text
from pipeline.web.page import display_name
from pipeline.web.source import is_url


@dataclass(frozen=True)
class Rebuilt:
    found: int  # briefs listed in the catalog
    moved: Path | None  # the damaged catalog, moved aside
    unread: tuple[str, ...]  # files that open as briefs but do not read as one: their articles are briefed again


def rebuild_with_stories(settings: BriefSettings) -> Rebuilt:
    """rebuild_catalog, then rejoin_stories."""
    unread: list[str] = []
    found, moved = rebuild_catalog(settings, unread)
    rejoin_stories(open_catalog(settings))
    return Rebuilt(found, moved, tuple(unread))


def rejoin_stories(catalog: Catalog, keys: list[str] | None = None) -> int:
    """Every briefed article without a story (of `keys`, when given) joined to one from its brief
    file; returns how many."""
    query = select(articles.c.brief_key, articles.c.brief_file, articles.c.source, articles.c.briefed_at).where(
        articles.c.status == BRIEFED, articles.c.story_id.is_(None)
    )
    if keys is not None:
        query = query.where(articles.c.brief_key.in_(keys))
    waiting = []
    for key, name, source, briefed in catalog.read(lambda connection: connection.execute(query).all()):
        brief = read_brief_file(catalog.out_dir / name)
        text = file_text(brief) if brief is not None else None
        if brief is None or text is None or text.article_id != key:
            continue  # a file that is no longer this brief: it joins when it is briefed again
        when = as_utc(briefed) if briefed is not None else datetime.max.replace(tzinfo=UTC)
        waiting.append((when, as_utc(text.published), key, text, file_english_lead(brief), _read_from(brief, source)))
    waiting.sort(key=lambda entry: entry[:3])  # by when briefed, when published, then key
    for _, _, _, text, lead, source in waiting:
        features, extra = extract(text), {"english_lead": lead, "source": source}
        catalog.write(lambda connection, features=features, extra=extra: join_story(connection, features, extra))
    return len(waiting)


def _read_from(brief, source: str) -> str:
    """What the brief was read from, as the write path was given it: a page's address when its `source_file` is that
    address's display name (pipeline.web.page.display_name, what a fetched page is named), else the file's name."""
    url = brief.front.get("source_url")
    return url if is_url(url) and display_name(url) == source else source
