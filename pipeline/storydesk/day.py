"""The day's digest as stories: the stories of the day's briefs, ranked (top stories first), each
with its title, summary, outlets, key names and day number; story summaries are made first for
the top stories that need one (a `summarizer` given; other stories, shown briefly, and a run without
a summarizer keep their central article's summary, or the story summary made earlier)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import select

from pipeline.catalog.connection import Catalog
from pipeline.catalog.schema import articles
from pipeline.digest_document import DigestEntry, DigestStory, DigestStoryArticle
from pipeline.stories.rank import day_end, day_ranking, story_day
from pipeline.storydesk.read import StoredStory, rank_input, stories_by_id
from pipeline.storydesk.summary import StoryView, summarize_stories, view
from pipeline.storydesk.text import named_outlet, named_outlets


def stories_of(catalog: Catalog, keys: Sequence[str]) -> list[StoredStory]:
    def read(connection) -> list[StoredStory]:
        ids: set[int] = set()
        for start in range(0, len(keys), 500):
            query = select(articles.c.story_id).where(articles.c.brief_key.in_(list(keys[start : start + 500])))
            ids |= {int(r[0]) for r in connection.execute(query) if r[0] is not None}
        return stories_by_id(connection, sorted(ids))

    return catalog.read(read)


def day_stories(
    catalog: Catalog,
    day: str,
    entries: Sequence[DigestEntry],
    summarizer: Callable[[], object] | None = None,
) -> list[DigestStory]:
    """The stories of the day's `entries`, best first. `summarizer`: makes the Summarizer (called
    only when a story needs a summary of its own)."""
    keys = [e.key for e in entries]
    found = stories_of(catalog, keys)
    when = date.fromisoformat(day)
    by_id = {s.story_id: s for s in found}
    ranked = [(s.story_id, rank_input(s.articles, day_end(when))) for s in found]  # a changed page once
    ids, top = day_ranking(ranked, when)  # as the site and e-mail rank
    order = [by_id[i] for i in ids]
    top_ids = set(top)
    # only the top stories show a summary: only they get one of their own (the model's time is the budget)
    need = [s for s in order if s.story_id in top_ids and len([a for a in s.articles if not a.duplicate_of]) > 1]
    model = summarizer() if summarizer is not None and need else None  # a factory may give None: no summaries
    if model is not None and summarize_stories(catalog, need, model):
        fresh = {s.story_id: s for s in stories_of(catalog, keys)}
        order = [fresh.get(s.story_id, s) for s in order]
    by_key = {e.key: e for e in entries}
    views = [view(story) for story in order]
    return [_digest_story(v, when, by_key, v.story_id in top_ids) for v in views]


def _digest_story(story: StoryView, when: date, by_key: dict[str, DigestEntry], top: bool) -> DigestStory:
    items = []
    originals = story.originals() or list(story.articles)
    central_first = sorted(originals, key=lambda a: (a.key != story.central, a.published, a.key))
    changed = story.versions()
    for article in central_first:
        shown = story.latest(article)  # a page briefed again because it changed: its newest brief
        entry = by_key.get(shown.key) or DigestEntry(shown.title, shown.summary, shown.brief, shown.source, shown.key)
        outlet = named_outlet(article.outlet) or ""  # no source named one: none shown
        items.append(DigestStoryArticle(entry, outlet, story.also_published_by(article.key), article.key in changed))
    return DigestStory(
        title=story.title,
        summary=story.summary,
        outlets=named_outlets(story.outlets),
        key_names=story.key_names,
        day=story_day(story.first_seen, story.last_seen, when),
        articles=tuple(items),
        top=top,
        notes=story.notes,
        copies=story.copy_keys(),
    )
