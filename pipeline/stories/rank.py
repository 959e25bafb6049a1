"""Stories ranked by coverage (distinct outlets), growth and recency.

Coverage counts distinct outlets, not articles (ten updates from one site are one outlet; a wire
copy run by five sites is five outlets that chose to run it). Growth compares the articles of the last
`growth_window` with the window before it (EMM ranks top stories by how fast their coverage grows).
Recency halves a story's weight every `half_life` since its last article. A story of one article ranks below
every story of several (`single_article`): a fresh article's growth never lifts it above a story two outlets
covered the day before. The day's top stories are the
first few of its ranking covered by several outlets (`top_stories`), both as the day ended (`day_ranking`); a
story's day number counts the days since its first article (`story_day`): the digest (pipeline.storydesk.day) and
the site (pipeline.site.stories, whose days the e-mail sends) apply both.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

from pipeline.times import reader_time


@dataclass(frozen=True)
class StoryArticle:
    """What ranking (and the story brief) knows of one article of a story."""

    article_id: str
    outlet: str
    published: datetime
    duplicate_of: str | None = None


@dataclass(frozen=True)
class RankSettings:
    outlet_weight: float = 1.0  # per distinct outlet (log-damped)
    growth_weight: float = 0.5
    growth_window: timedelta = timedelta(hours=24)
    half_life: timedelta = timedelta(hours=24)


@dataclass(frozen=True)
class RankedStory:
    story_id: int
    score: float
    outlets: tuple[str, ...]  # distinct, sorted
    articles: int
    recent: int  # articles within the growth window before `now`
    before: int  # articles in the window before that
    last_seen: datetime


def rank(
    stories: Iterable[tuple[int, Sequence[StoryArticle]]], now: datetime, settings: RankSettings | None = None
) -> list[RankedStory]:
    """Best first: every story of several articles above the stories of one (`single_article`), each by its score;
    ties: more outlets, then the later story, then the lower id."""
    settings = settings or RankSettings()
    ranked = []
    for story_id, articles in stories:
        own = [a for a in articles if a.published <= now]
        if not own:
            continue
        outlets = tuple(sorted({a.outlet for a in own}))
        last_seen = max(a.published for a in own)
        recent = sum(1 for a in own if now - a.published <= settings.growth_window)
        before = sum(1 for a in own if settings.growth_window < now - a.published <= 2 * settings.growth_window)
        coverage = settings.outlet_weight * math.log1p(len(outlets))
        growth = settings.growth_weight * math.log((1 + recent) / (1 + before))
        age = (now - last_seen) / settings.half_life
        score = (coverage + max(growth, 0.0)) * math.pow(0.5, age)
        ranked.append(RankedStory(story_id, score, outlets, len(own), recent, before, last_seen))
    ranked.sort(key=lambda r: (single_article(r), -r.score, -len(r.outlets), -r.last_seen.timestamp(), r.story_id))
    return ranked


def single_article(story: RankedStory) -> bool:
    """One article from one outlet (an article and its copy run by another outlet are two outlets' choice)."""
    return story.articles == 1 and len(story.outlets) == 1


TOP_STORIES = 5  # at most this many top stories
TOP_MIN_OUTLETS = 2  # ... each covered by this many outlets, unless the day has no such story

T = TypeVar("T")


def top_stories(order: Sequence[T], outlet_count: Callable[[T], int]) -> list[T]:
    """The day's top stories of its stories ranked best first (`order`): the first TOP_STORIES
    covered by at least TOP_MIN_OUTLETS outlets, or the first TOP_STORIES when none is."""
    wide = [s for s in order if outlet_count(s) >= TOP_MIN_OUTLETS]
    return list((wide or order)[:TOP_STORIES])


K = TypeVar("K")


def day_end(day: date) -> datetime:
    """The end of `day` as its stories are ranked (UTC midnight after it): `day_ranking`, and what the story desk
    counts of a story's articles for that day (pipeline.storydesk.read.rank_input)."""
    return datetime.combine(day + timedelta(days=1), time(), UTC)


def day_ranking(stories: Sequence[tuple[K, Sequence[StoryArticle]]], day: date) -> tuple[list[K], list[K]]:
    """`day`'s stories best first, and its top stories, as the day ended (UTC midnight after it): coverage that came
    later changes neither, so the digest (pipeline.storydesk.day), the web edition's day page and the day's e-mail
    (pipeline.site.stories; also one sent days later) rank alike. A story whose every article is dated after the
    day comes after the ranked ones (earliest first); the top stories count the outlets the day had seen."""
    now = day_end(day)
    members = {key: list(articles) for key, articles in stories}
    order = [r.story_id for r in rank(stories, now)]
    placed = set(order)
    later = [key for key, _ in stories if key not in placed]
    order += sorted(later, key=lambda key: min((a.published for a in members[key]), default=now))

    def outlets(key: K) -> int:
        seen = members[key]
        return len({a.outlet for a in seen if a.published < now} or {a.outlet for a in seen})

    return order, top_stories(order, outlets)


def story_day(first_seen: datetime, last_seen: datetime, when: date) -> int:
    """A story's day number on day `when`: 1 on its first day, N when it continues. Counted from its first
    article (`first_seen`) to its newest (`last_seen`), never past `when`: an article published long ago and
    briefed today is no developing story (the digest, the web edition and the e-mail all number a story's day
    by this rule). Days are Amsterdam's (pipeline.times.reader_time), as the site's timeline lists them."""
    first, last = reader_time(first_seen).date(), reader_time(last_seen).date()
    return max(1, (min(when, last) - first).days + 1)
