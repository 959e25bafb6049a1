"""A story as the reader sees it: its English title (its most central article's), its summary,
outlets and key names (counted across its articles, pipeline.stories.brief).

A copy group is shown once, by its fuller text (`pipeline.stories.brief.shown_copies`: a feed's excerpt published
before the full wire text is the original, but the reader gets the full text's title, summary and link, the
excerpt's outlet under "also published by"). A single-article story (copies aside) stays light: its article's own title and summary. A story of
several articles gets a summary of its own: the summarizer over its articles' de-duplicated English
lead sentences, within the model's input limit (`summarize_stories`, run when the day's digest is
made; a story is summarized again only when that input changed). Numbers in a story summary are
checked against its articles' English (titles, summaries, lead sentences) with the same number
reading as translations are checked (pipeline.quality.fidelity): a number none of them prints is
noted, and the digest shows the note. Until a story has its own summary, its central article's
summary stands in.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property

from sqlalchemy import update

from pipeline.addresses import page_of
from pipeline.catalog.connection import Catalog
from pipeline.catalog.schema import stories
from pipeline.stories.brief import (
    EnglishLead,
    StoryBrief,
    central_article,
    copy_root,
    key_names,
    shown_copies,
    story_brief,
    text_words,
)
from pipeline.stories.features import ArticleFeatures
from pipeline.storydesk.pages import same_source
from pipeline.storydesk.read import StoredArticle, StoredStory

_NUMBER = re.compile(r"\d[\d.,:]*\d|\d")


@dataclass(frozen=True)
class StoryView:
    story_id: int
    title: str
    summary: str
    outlets: tuple[str, ...]
    key_names: tuple[str, ...]
    first_seen: datetime
    last_seen: datetime
    articles: tuple[StoredArticle, ...]
    central: str  # the cache key of its most central article
    single: bool
    notes: tuple[str, ...]
    shown: Mapping[str, str | None] | None = None  # the copy links as shown (`shown_copies`); None: `duplicate_of`

    def _links(self) -> Mapping[str, str | None]:
        return self.shown if self.shown is not None else {a.key: a.duplicate_of for a in self.articles}

    def originals(self) -> list[StoredArticle]:
        """The articles shown: each copy group once, by its shown text."""
        links = self._links()
        return [a for a in self.articles if not links.get(a.key)]

    def copy_keys(self) -> tuple[str, ...]:
        """The articles not shown, named under the one shown ("also published by")."""
        links = self._links()
        return tuple(a.key for a in self.articles if links.get(a.key))

    def also_published_by(self, key: str) -> tuple[str, ...]:
        """Outlets that ran a copy of the article `key` (wire copy), also through a copy of a copy
        (A copies D, which copies B: A's outlet shows under B); of a full text shown for its earlier excerpt,
        the excerpt's outlet too — not a later version of the same page (`latest`)."""
        source = next((a.source for a in self.articles if a.key == key), None)
        return tuple(
            sorted({a.outlet for a in self._copies_of(key) if source is None or not same_source(a.source, source)})
        )

    def latest(self, article: StoredArticle) -> StoredArticle:
        """`article` as last briefed: a copy of it from the same source (its page changed and was briefed again)
        stands in its place, so the digest and stories.xml show and link the newest version, not the first."""
        return max(self._versions(article), key=_brief_order)

    def versions(self) -> dict[str, str]:
        """Every brief of a page briefed again because it changed -> its newest version's key (`latest`; the newest
        maps to itself): what the digest, stories.xml, `brief stories` and the web edition read to show a changed
        page once, newest, noted as changed. A page briefed once is not in it."""
        found: dict[str, str] = {}
        for briefs in (briefs for briefs in self._pages.values() if len(briefs) > 1):
            newest = max(briefs, key=_brief_order).key  # as `latest`
            found |= {a.key: newest for a in briefs}
        return found

    @cached_property
    def _pages(self) -> dict[tuple[str, str], list[StoredArticle]]:
        """The story's briefs by page: one source's articles of one copy group (a wire copy's page too: its briefs
        under one original), grouped once per view — `latest` is asked for every article shown."""
        links, pages = self._links(), {}
        for article in self.articles:
            pages.setdefault(_page_key(links, article), []).append(article)
        return pages

    def _versions(self, article: StoredArticle) -> list[StoredArticle]:
        """`article` and the articles of its copy group from the same source: the briefs of one page, each time it
        changed (of an original, its copies from its source; of a wire copy's page, its briefs under one original)."""
        page = self._pages.get(_page_key(self._links(), article), [])
        return [article, *(a for a in page if a.key != article.key)]

    def _copies_of(self, key: str) -> list[StoredArticle]:
        """The articles shown as copies that lead back to the article `key` (through copies of copies)."""
        links = self._links()
        return [a for a in self.articles if links.get(a.key) and self._root(a.key) == key]

    def _root(self, key: str) -> str:
        """The original a copy leads back to along its copy links as shown."""
        return copy_root(self._links(), key)


def _page_key(links: Mapping[str, str | None], article: StoredArticle) -> tuple[str, str]:
    """The page `article` is a brief of: a web page's address (`page_of`) — its briefs in one story are one page
    however much its text changed (a breaking stub rewritten under its address hours later) —, else its source
    (a file's path as given) and the original its copy links lead back to."""
    page = page_of(article.source)
    return ("", page) if page else (article.source, copy_root(links, article.key))


def _brief_order(article: StoredArticle) -> tuple[datetime, str]:
    """A page's briefs oldest first: by when each was briefed (else published), then key."""
    return (article.briefed or article.published, article.key)


def _kept_features(story: StoredStory) -> dict[str, ArticleFeatures]:
    """Each article's features, where they are kept, read from their JSON once."""
    return {a.key: ArticleFeatures.from_json(a.features) for a in story.articles if a.features}


def _features(story: StoredStory, kept: dict[str, ArticleFeatures] | None = None) -> list[ArticleFeatures] | None:
    """Every article's features in the story's order; None when one article has none kept."""
    kept = _kept_features(story) if kept is None else kept
    return [kept[a.key] for a in story.articles] if all(a.key in kept for a in story.articles) else None


def view(story: StoredStory) -> StoryView:
    kept = _kept_features(story)
    feats = _features(story, kept)
    copies = shown_copies(story.copies(), {key: text_words(f) for key, f in kept.items()}, kept)
    originals = [a for a in story.articles if not copies.get(a.key)] or list(story.articles)
    central = central_article(feats, copies) if feats else originals[0].key
    single = len(originals) <= 1
    names = tuple(name for name, _ in key_names(feats, copies)) if feats else ()
    shown = StoryView(
        story_id=story.story_id,
        title="",
        summary="",
        outlets=story.outlets,
        key_names=names,
        first_seen=story.first_seen,
        last_seen=story.last_seen,
        articles=story.articles,
        central=central,
        single=single,
        notes=() if single else story.notes,
        shown=copies,
    )
    lead = shown.latest(next(a for a in story.articles if a.key == central))  # a changed page: its newest brief
    return replace(
        shown,
        title=lead.title if single else (story.title or lead.title),
        summary=lead.summary if single else (story.summary or lead.summary),
    )


def leads(story: StoredStory) -> dict[str, EnglishLead]:
    return {
        a.key: EnglishLead(a.title, tuple((a.features or {}).get("english_lead") or ([a.summary] if a.summary else [])))
        for a in story.articles
    }


def plan(story: StoredStory, limit: int, count_tokens: Callable[[str], int]) -> StoryBrief | None:
    """The story's brief with its summarizer input; None for a light (single-article) story."""
    feats = _features(story)
    if feats is None:
        return None
    brief = story_brief(
        story.story_id,
        story.as_rank_input(),
        {f.article_id: f for f in feats},
        leads(story),
        limit,
        count_tokens,
    )
    return None if brief.single or brief.summary_input is None or not brief.summary_input.text else brief


def unsupported_numbers(summary: str, story: StoredStory) -> tuple[str, ...]:
    """Numbers the summary prints that none of the story's articles print (read as English)."""
    from pipeline.quality.fidelity import english_keys

    offered: set = set()
    for lead in leads(story).values():
        offered |= english_keys(" ".join((lead.title, *lead.sentences)))
    for article in story.articles:
        offered |= english_keys(article.summary)
    out = []
    for token in _NUMBER.findall(summary):
        keys = english_keys(token)
        if keys and not keys & offered and token not in out:
            out.append(token)
    return tuple(out)


def summarize_stories(catalog: Catalog, found: Sequence[StoredStory], summarizer) -> int:
    """Give each story of several articles a summary of its own (summarizer: pipeline.summarize.Summarizer),
    unless its input is the one it was summarized from; returns how many were summarized."""
    engine = summarizer.engine
    count = lambda text: engine.count_tokens([text])[0]
    work: list[tuple[StoredStory, StoryBrief, str]] = []
    for story in found:
        brief = plan(story, engine.max_input_tokens, count)
        if brief is None or brief.summary_input is None:
            continue
        key = hashlib.sha256(brief.summary_input.text.encode()).hexdigest()
        if key != story.summary_key:
            work.append((story, brief, key))
    if not work:
        return 0
    made = summarizer.summarize_many([brief.summary_input.text.split("\n") for _, brief, _ in work])
    rows = []
    for (story, brief, key), summary in zip(work, made):
        title = next((a.title for a in story.articles if a.key == brief.central_article), brief.title)
        notes = [f"{n}: not in its articles" for n in unsupported_numbers(summary.text, story)]
        rows.append({"id": story.story_id, "title": title, "summary": summary.text, "key": key, "notes": notes})

    def write(connection) -> None:
        for row in rows:
            connection.execute(
                update(stories)
                .where(stories.c.id == row["id"])
                .values(title=row["title"], summary=row["summary"], summary_key=row["key"], summary_notes=row["notes"])
            )

    catalog.write(write)
    return len(rows)
