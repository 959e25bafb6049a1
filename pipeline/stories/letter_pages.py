"""A newspaper's letters page: readers' letters on one theme, numbered in their headlines ("Brief 1 ’…’", "Brief 2:
’…’"), posted by one outlet within minutes of each other. Each letter is in its writer's own words, so two letters of
one page share little beyond the theme and score apart; the page is one story all the same (the debate the paper put
to its readers, told as such by the numbers). Neither signal is a word of the day: the headline's form, and one
outlet posting it within minutes.

Such a letter carries the mark `letters` (`letters.marks`); `merge_page` merges the story it joined with another
story it scored with that holds a numbered letter of the same outlet posted within `letters_minutes` (a
`ClusterSettings` field; 0: never) of it, when each story is a page (all its articles posted by the letter's outlet
within that time of it: `_page`; a news story grown over hours, or another outlet's news or page of the same
minutes, keeps the letters that joined it by their words, and no other). The larger keeps its id and the merge is
recorded (`merge.merge_two`). Only stories the article was scored with are looked at (no search of the window), and
only for a numbered letter."""

from __future__ import annotations

from typing import Protocol

from pipeline.stories.features import ArticleFeatures
from pipeline.stories.letters import KIND
from pipeline.stories.merge import merge_two
from pipeline.stories.store import StoryMerge, StoryState, StoryStore


class PageSettings(Protocol):
    """The `settings.ClusterSettings` field `merge_page` reads."""

    @property
    def letters_minutes(self) -> float: ...


def merge_page(
    joined: StoryState,
    scored: list[tuple[float, int]],
    features: ArticleFeatures,
    store: StoryStore,
    settings: PageSettings,
) -> tuple[StoryMerge, ...]:
    """Merge the story a numbered letter joined with the best-scoring other story holding a letter of its page."""
    minutes = settings.letters_minutes
    if not minutes or KIND not in features.marks or not _page(joined, features, minutes):
        return ()
    for value, other_id in scored:
        if other_id == joined.story_id:
            continue
        other = store.story(other_id)
        if other is not None and KIND in other.marks and _page(other, features, minutes):  # a letter of its page
            return (merge_two(joined, other, features, store, value),)
    return ()


def _page(story: StoryState, features: ArticleFeatures, minutes: float) -> bool:
    """Every article of the story was posted by the letter's outlet within `minutes` of the letter: a page, not a
    news story grown over hours that a letter joined by its words (the letters answering that news are the news
    story's, not the page's), nor another outlet's news or page posted in the same minutes that a letter joined."""
    return set(story.outlets) <= {features.outlet} and all(
        abs((t - features.published).total_seconds()) <= minutes * 60 for t in (story.first_seen, story.last_seen)
    )
