"""The site's view model: what the pages show, nothing else. The catalog and the stories fill it
(today: pipeline.site.adapter, from the brief files and the day's digests)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from pipeline.render.markdown import web_link


class Alignment(StrEnum):
    """How finely the English of a block is paired with its Dutch."""

    SENTENCE = "sentence"  # one pair per sentence (the pipeline's own pairs)
    BLOCK = "block"  # one pair per paragraph or list item (the sentence pairs were not recoverable)


class SiteBlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST = "list"
    QUOTE = "quote"
    CAPTION = "caption"
    LIVEBLOG = "liveblog"  # an entry's heading, with its time as written
    TABLE = "table"


@dataclass(frozen=True)
class SentencePair:
    """A Dutch sentence (or passage) and its English, with what the fidelity checks found."""

    nl: str
    en: str
    flags: tuple[str, ...] = ()  # e.g. "missing number: 12", "still degenerate after a retry"


@dataclass(frozen=True)
class SiteBlock:
    """One block as the brief has it: `parts` is one part (a list: one per item), each a
    sequence of sentence pairs."""

    kind: SiteBlockKind
    parts: tuple[tuple[SentencePair, ...], ...]
    time: str | None = None  # a liveblog entry's time as written
    alignment: Alignment = Alignment.SENTENCE


@dataclass(frozen=True)
class SetAside:
    text: str
    reason: str


@dataclass(frozen=True)
class SiteArticle:
    key: str
    title_en: str
    title_nl: str | None
    outlet: str | None
    author: str | None
    published: str | None  # as written (ISO 8601 when the source gives it)
    source_url: str | None
    summary: str
    blocks: tuple[SiteBlock, ...]
    set_aside: tuple[SetAside, ...] = ()
    source_name: str = ""  # the file or page it was read from


@dataclass(frozen=True)
class TimelineEntry:
    day: str  # YYYY-MM-DD
    article_key: str


@dataclass(frozen=True)
class SiteStory:
    id: str
    title: str
    summary: str
    key_names: tuple[str, ...]
    outlets: tuple[str, ...]
    timeline: tuple[TimelineEntry, ...]  # oldest first
    developing_day: int | None = None  # "developing — day N"; None for a story of one day
    # (article key, newest version's key) of each brief of a page briefed again because it changed (StoryView.versions)
    versions: tuple[tuple[str, str], ...] = ()
    copies: tuple[str, ...] = ()  # articles shown as another outlet's copy (StoryView.copy_keys; versions aside)
    also: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (article key, outlets that ran a copy of it)

    def also_published_by(self, key: str) -> tuple[str, ...]:
        """Outlets that ran a copy of the article `key` ("also published by"; StoryView.also_published_by)."""
        return dict(self.also).get(key, ())

    @cached_property
    def _newest(self) -> dict[str, str]:  # `versions` as a mapping, built once (the dataclass is frozen)
        return dict(self.versions)

    def newest(self, key: str) -> str:
        """The newest brief of the page the article `key` is a brief of (itself for a page briefed once)."""
        return self._newest.get(key, key)


@dataclass(frozen=True)
class SiteFailure:
    """An article of the day that could not be briefed. `source` and `message` are the operator's (an
    inbox file's name, an error with the setting to change): the page shows readers only `original`."""

    source: str
    message: str

    @property
    def original(self) -> str | None:
        """The article's address when it is on the web (a reader can read it in Dutch), else None."""
        return web_link(self.source)


@dataclass(frozen=True)
class SiteDay:
    date: str  # YYYY-MM-DD
    top_stories: tuple[str, ...]  # story ids, most important first
    other_stories: tuple[str, ...] = ()
    failures: tuple[SiteFailure, ...] = ()
    # (story id, N) for the stories that were "developing — day N" on this day; None: each story's own
    developing: tuple[tuple[str, int], ...] | None = None
    # (story id, articles, outlets) as of this day; None (or a story not listed): the story's own
    coverage: tuple[tuple[str, int, tuple[str, ...]], ...] | None = None
    # (story id, outlets that only ran a copy of one of its articles by this day): "also published by"
    also: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def failures_line(self) -> str:
        """What the day's page and its e-mail say above the failures' addresses: how many, and how many of them a
        reader can read on the web (user50: "2 articles could not be briefed. On the web, in Dutch:" above one
        link, the other an inbox file)."""
        failed, on_web = len(self.failures), sum(1 for failure in self.failures if failure.original)
        line = f"{failed} article{'s' if failed != 1 else ''} could not be briefed."
        if on_web and on_web < failed:
            return f"{line} {on_web} of them {'is' if on_web == 1 else 'are'} on the web, in Dutch:"
        return f"{line} On the web, in Dutch:" if on_web else line

    def developing_day(self, story: SiteStory) -> int | None:
        """The story's day number as of this day (None on its first day): an earlier day's page never
        shows what the story became later."""
        if self.developing is None:
            return story.developing_day
        return dict(self.developing).get(story.id)

    def also_published_by(self, story: SiteStory) -> tuple[str, ...]:
        """The outlets that only ran a copy of the story's articles by the end of this day, named once under
        "also published by" as the digest names them (they stay in `coverage_of`'s outlets)."""
        return dict(self.also).get(story.id, ())

    def own_outlets(self, story: SiteStory) -> tuple[str, ...]:
        """The outlets of the story's coverage by the end of this day less those named under "also published by"."""
        also = self.also_published_by(story)
        return tuple(o for o in self.coverage_of(story)[1] if o not in also)

    def coverage_of(self, story: SiteStory) -> tuple[int, tuple[str, ...]]:
        """How many articles and which outlets the story had by the end of this day: an earlier day's
        page does not count later coverage either."""
        for story_id, articles, outlets in self.coverage or ():
            if story_id == story.id:
                return articles, outlets
        return len({entry.article_key for entry in story.timeline}), story.outlets


@dataclass(frozen=True)
class Feed:
    """A feed file the site links to with <link rel="alternate"> (copied into the site)."""

    file_name: str  # feed.xml | stories.xml
    title: str
    content: bytes


@dataclass(frozen=True)
class Site:
    title: str
    articles: tuple[SiteArticle, ...]
    stories: tuple[SiteStory, ...]
    days: tuple[SiteDay, ...]  # any order; the newest is the front page
    feeds: tuple[Feed, ...] = ()
    notes: tuple[str, ...] = ()  # what the adapter could not do (shown on the about section of the front page)
