"""The site's stories and days from the catalog's stories (pipeline.storydesk) and the days each
article is listed on: a story per catalog story (a brief without one is a story of its own), each
day's stories ranked (pipeline.stories.rank), the first few covered by several outlets on top."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, time

from pipeline.site.model import SiteArticle, SiteDay, SiteFailure, SiteStory, TimelineEntry
from pipeline.stories.rank import StoryArticle, day_end, day_ranking, story_day
from pipeline.storydesk.read import StoredArticle, rank_input
from pipeline.storydesk.summary import StoryView
from pipeline.storydesk.text import named_outlets


def story_id(catalog_id: int) -> str:
    """The site's id of a catalog story (its page: pipeline.site.paths.story_path)."""
    return f"story-{catalog_id}"


def story_link(site_url: str | None) -> Callable[[int], str | None] | None:
    """The address of a catalog story's page on the published site (`site_url`); None without one."""
    from pipeline.site.paths import story_path
    from pipeline.site.render import web_link

    base = web_link(site_url)
    if base is None:
        return None
    return lambda catalog_id: f"{base.rstrip('/')}/{story_path(story_id(catalog_id))}"


def brief_link(site_url: str | None) -> Callable[[str], str | None] | None:
    """The address of an article's brief page (its key's) on the published site (`site_url`); None without one."""
    from pipeline.site.paths import article_path
    from pipeline.site.render import web_link

    base = web_link(site_url)
    if base is None:
        return None
    return lambda key: f"{base.rstrip('/')}/{article_path(key)}"


def site_stories(
    views: Sequence[StoryView],
    articles: Mapping[str, SiteArticle],
    day_keys: Mapping[str, list[str]],
    day_failures: Mapping[str, list[SiteFailure]],
) -> tuple[tuple[SiteStory, ...], tuple[SiteDay, ...]]:
    days_of: dict[str, list[str]] = {}
    for day in sorted(day_keys):
        for key in day_keys[day]:
            days_of.setdefault(key, []).append(day)
    story_of: dict[str, str] = {}
    members: dict[str, list[StoredArticle]] = {}
    lone: dict[str, list[StoryArticle]] = {}  # a brief without a catalog story
    outlets_of: dict[str, dict[str, str]] = {}  # each story's articles' outlets, every brief of a changed page too
    stories: list[SiteStory] = []
    spans: dict[str, tuple[datetime, datetime]] = {}  # a catalog story's first and last article
    for v in views:
        shown = [a for a in v.articles if a.key in articles]
        if not shown:
            continue
        keys = [a.key for a in shown]
        page_id = story_id(v.story_id)
        story_of |= dict.fromkeys(keys, page_id)
        members[page_id] = shown  # ranked as the digest ranks them (`rank_input`): a changed page once
        outlets_of[page_id] = {a.key: a.outlet for a in shown}
        listed = sorted({d for k in keys for d in days_of.get(k, [])})
        timeline = tuple(TimelineEntry(d, k) for d in listed for k in keys if d in days_of.get(k, []))
        last = date.fromisoformat(listed[-1]) if listed else v.last_seen.date()
        developing = story_day(v.first_seen, v.last_seen, last)
        versions = v.versions()  # a changed page's later brief is no copy to name
        copies = tuple(k for k in v.copy_keys() if k in articles and k not in versions)
        also = tuple((k, by) for k in keys if k not in copies and (by := v.also_published_by(k)))
        spans[page_id] = (v.first_seen, v.last_seen)
        stories.append(
            SiteStory(
                page_id,
                v.title,
                v.summary,
                v.key_names,
                named_outlets(v.outlets),
                timeline,
                developing if developing > 1 else None,
                tuple(sorted((k, newest) for k, newest in versions.items() if k in articles and newest in articles)),
                copies,
                also,
            )
        )
    for key, article in articles.items():
        if key in story_of:
            continue
        story_of[key] = key
        timeline = tuple(TimelineEntry(d, key) for d in days_of.get(key, []))
        outlets = (article.outlet,) if article.outlet else ()
        stories.append(SiteStory(key, article.title_en, article.summary, (), outlets, timeline))
        when = datetime.combine(date.fromisoformat(days_of[key][0]), time(), UTC) if days_of.get(key) else None
        lone[key] = [StoryArticle(key, article.outlet or "", when or datetime.min.replace(tzinfo=UTC))]
        outlets_of[key] = {key: article.outlet or ""}
    days = []
    by_id = {story.id: story for story in stories}
    for day in sorted(set(day_keys) | set(day_failures)):
        ids = list(dict.fromkeys(story_of[k] for k in day_keys.get(day, []) if k in story_of))
        when = date.fromisoformat(day)
        ranked = [(i, lone[i] if i in lone else rank_input(members[i], day_end(when))) for i in ids]
        order, top = day_ranking(ranked, when)  # as the digest ranks them
        numbered = ((i, story_day(*spans[i], when)) for i in order if i in spans)
        developing = tuple((i, n) for i, n in numbered if n > 1)
        rest = tuple(i for i in order if i not in top)
        coverage = tuple(_coverage(by_id[i], outlets_of[i], day) for i in order)
        also = tuple((i, by) for i in order if (by := _also(by_id[i], outlets_of[i], day)))
        days.append(SiteDay(day, tuple(top), rest, tuple(day_failures.get(day, [])), developing, coverage, also))
    return tuple(stories), tuple(days)


def _listed_by(story: SiteStory, day: str) -> set[str]:
    """The keys of the story's articles its timeline lists on the days up to `day`."""
    return {entry.article_key for entry in story.timeline if entry.day <= day}


def _coverage(story: SiteStory, outlets: Mapping[str, str], day: str) -> tuple[str, int, tuple[str, ...]]:
    """The story's articles and outlets on the days up to `day` (its timeline's days are the days
    that listed them); a page briefed again because it changed is one article (`SiteStory.newest`), as the digest
    shows it once."""
    keys = _listed_by(story, day)
    named = {outlet for key, outlet in outlets.items() if key in keys}
    return story.id, len({story.newest(key) for key in keys}), tuple(o for o in story.outlets if o in named)


def _also(story: SiteStory, outlets: Mapping[str, str], day: str) -> tuple[str, ...]:
    """The outlets that ran only copies of the story's articles listed by `day` (not an article of their own)."""
    keys = _listed_by(story, day)
    own = {outlets.get(k) for k in keys if k not in story.copies}
    return tuple(sorted({o for k, o in outlets.items() if k in keys and k in story.copies and o and o not in own}))
