"""The site's source: the brief files in OUT (pipeline.render.brief), the days the catalog lists
(pipeline.catalog.days) and the stories the catalog keeps (pipeline.storydesk):

- every brief is an article; its blocks are paired sentence by sentence where the sentences can be
  recovered, else paragraph by paragraph (pipeline.site.brief_file says how: the file does not keep
  sentence boundaries);
- an article belongs to its story (title from its most central article, a summary of its own when
  it has several articles, key names, outlets); a brief the catalog has no story for (briefed
  before stories) is a story of its own;
- an article belongs to the days the catalog lists it on (`digests`), else to the day its brief
  was made; a story continuing from earlier days is "developing — day N" on its latest day
  (stories.rank.story_day, the digest's rule: from its first article to its newest);
- each day ranks its stories (distinct outlets, growth, recency: pipeline.stories.rank): the top
  stories are the first few covered by several outlets, the rest are other stories;
- a day's failures are those its digest lists.
The site says what it could not do on its front page (Site.notes)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from pipeline.digest_document import DigestEntry, DigestFailure
from pipeline.settings import BriefSettings
from pipeline.site.brief_file import parse_article, unescape
from pipeline.site.model import Feed, SetAside, Site, SiteArticle, SiteDay, SiteFailure, SiteStory
from pipeline.times import reader_time
from pipeline.web.atom import BriefFile, read_brief_file

DayDigests = Mapping[str, tuple[Sequence[DigestEntry], Sequence[DigestFailure]]]

MAX_BRIEF_BYTES = 20_000_000  # a brief is ~2-3x its article; a larger file is not one of ours
SITE_TITLE = "Dutch news in English"
NOTES = (
    "English and Dutch are paired sentence by sentence where the sentences could be recovered (the brief files "
    "do not keep sentence boundaries), else paragraph by paragraph.",
)
FEEDS = (("feed.xml", "English briefs (Atom)"), ("stories.xml", "Stories (Atom)"))


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def article_from_brief(brief: BriefFile) -> SiteArticle:
    front = brief.front
    summary = unescape(brief.summary)
    set_aside = front.get("set_aside")
    return SiteArticle(
        key=str(front.get("cache_key") or brief.path.stem),
        title_en=_text(front.get("title")) or _text(front.get("source_title")) or brief.path.stem,
        title_nl=_text(front.get("source_title")),
        outlet=_text(front.get("outlet")),
        author=_text(front.get("byline")),
        published=_text(front.get("published")) or _text(front.get("source_date")),
        source_url=_text(front.get("url")) or _text(front.get("source_url")),
        summary="" if summary == "_No summary._" else summary,
        blocks=parse_article(brief.body),
        set_aside=tuple(
            SetAside(str(item.get("text", "")), str(item.get("reason") or "site"))
            for item in (set_aside if isinstance(set_aside, list) else [])
            if isinstance(item, dict)
        ),
        source_name=str(front.get("source_file") or ""),
    )


def read_briefs(out_dir: Path) -> list[tuple[BriefFile, SiteArticle]]:
    found = []
    for path in sorted(out_dir.glob("*.md")):
        try:
            if not path.is_file() or path.stat().st_size > MAX_BRIEF_BYTES:
                continue
        except OSError:
            continue
        brief = read_brief_file(path)
        if brief is not None:
            found.append((brief, article_from_brief(brief)))
    return found


def digests_in_catalog(settings: BriefSettings) -> DayDigests:
    """Every day's entries and failures as the catalog lists them (pipeline.catalog.days)."""
    from pipeline.catalog.days import day_digest, listed_days
    from pipeline.catalog.db import open_catalog

    catalog = open_catalog(settings)
    days: DayDigests = {}
    for day in listed_days(catalog):
        entries, failures = day_digest(catalog, day)
        if entries or failures:
            days[day] = (entries, failures)
    return days


def site_from_outputs(settings: BriefSettings, title: str = SITE_TITLE, digests: DayDigests | None = None) -> Site:
    """The view model of everything briefed into settings.out_dir so far; `digests`: each day's
    entries and failures (default: the catalog's days)."""
    out_dir = settings.out_dir
    briefs = read_briefs(out_dir)
    articles = {article.key: article for _, article in briefs}
    day_keys: dict[str, list[str]] = {}
    day_failures: dict[str, list[SiteFailure]] = {}
    placed: set[str] = set()
    for day, (entries, failures) in (digests_in_catalog(settings) if digests is None else digests).items():
        for entry in entries:
            if entry.key in articles and entry.key not in day_keys.get(day, []):
                day_keys.setdefault(day, []).append(entry.key)
                placed.add(entry.key)
        day_failures[day] = [SiteFailure(f.source_name, f.message) for f in failures]
    for brief, article in briefs:
        made = brief.when("created_at")
        if article.key not in placed and made is not None:
            day_keys.setdefault(reader_time(made).date().isoformat(), []).append(article.key)  # Amsterdam's day
    stories, days = stories_and_days(settings, articles, day_keys, day_failures)
    feeds = tuple(
        Feed(name, feed_title, (out_dir / name).read_bytes())
        for name, feed_title in FEEDS
        if (out_dir / name).is_file()
    )
    return Site(title, tuple(articles.values()), tuple(stories), days, feeds, NOTES)


def stories_and_days(
    settings: BriefSettings,
    articles: Mapping[str, SiteArticle],
    day_keys: Mapping[str, list[str]],
    day_failures: Mapping[str, list[SiteFailure]],
) -> tuple[tuple[SiteStory, ...], tuple[SiteDay, ...]]:
    from pipeline.site.stories import site_stories

    return site_stories(catalog_stories(settings), articles, day_keys, day_failures)


def catalog_stories(settings: BriefSettings) -> list:  # list[StoryView]
    """The catalog's stories as the reader sees them (pipeline.storydesk.summary.view)."""
    from pipeline.catalog.db import open_catalog
    from pipeline.storydesk.read import read_stories
    from pipeline.storydesk.summary import view

    return [view(story) for story in read_stories(open_catalog(settings))]
