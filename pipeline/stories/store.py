"""The state of the online clusterer, behind a small storage protocol.

A `StoryState` is frozen: the clusterer makes a new one when a story grows and hands it to the
store. `StoryStore` is what the clusterer needs of its storage (the catalog implements it over its
tables; `memory.MemoryStoryStore` keeps it in memory for tests, the evaluation and the benchmark).
Everything is bounded by the window: the store forgets stories, articles and document frequencies
older than `evict(before)`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol


@dataclass(frozen=True)
class StoryState:
    """One story as the clusterer sees it. `centroid` sums the unit TF-IDF vectors of its articles
    (each weighted when it joined); `norm` is the centroid's length."""

    story_id: int
    first_seen: datetime
    last_seen: datetime
    article_ids: tuple[str, ...]
    outlets: tuple[str, ...]  # distinct, sorted
    centroid: Mapping[str, float]
    norm: float
    names: Mapping[str, int]  # name -> number of its articles naming it
    days: tuple[date, ...]  # distinct publication days, sorted
    dates: frozenset[date]  # days its articles name
    recent: tuple[Mapping[str, float], ...] = ()  # unit vectors of its latest articles (newest last)
    founder: Mapping[str, float] = field(default_factory=dict)  # the vector of the article that opened it
    marks: tuple[str, ...] = ()  # the event marks of its articles (ages, scores), sorted: see `events`
    actors: frozenset[str] = frozenset()  # the headline actors of its articles: see `actors`
    # its first (last) time is a date only: no article published then gave a time of day (`dates.day_gap_hours`)
    first_dated: bool = False
    last_dated: bool = False
    plain: Mapping[str, float] = field(default_factory=dict)  # the sum of its articles' whole-text vectors (`plain`)
    plain_norm: float = 0.0  # ... and its length

    @property
    def size(self) -> int:
        return len(self.article_ids)


@dataclass(frozen=True)
class StoryMerge:
    """Two stories found to be one: `absorbed` joined `kept` when `article_id` arrived."""

    kept: int
    absorbed: int
    at: datetime
    article_id: str
    score: float


@dataclass(frozen=True)
class Signature:
    """An article's wire-copy signature: MinHash values over its word shingles (boilerplate set
    aside), `NUM_PERM` of its body, then `NUM_PERM` of its lead (its first words). A store finds
    candidates by either half (see `duplicates`)."""

    article_id: str
    outlet: str
    published: datetime
    values: tuple[int, ...]
    shingles: int  # how many shingles it was made of


class StoryStore(Protocol):
    """What the clusterer reads and writes. Implementations keep it within the window."""

    # stories
    def next_story_id(self) -> int: ...
    def story(self, story_id: int) -> StoryState | None: ...
    def save_story(self, state: StoryState) -> None: ...
    def drop_story(self, story_id: int) -> None: ...
    # the stories last seen since `since` holding the most weight of `terms` (term -> weight, whole numbers: the
    # sums are exact in any store), heaviest first (ties: lower id), at most `limit`
    def candidates(self, terms: Mapping[str, int], since: datetime, limit: int) -> list[int]: ...
    def record_merge(self, merge: StoryMerge) -> None: ...

    # articles
    def article_story(self, article_id: str) -> int | None: ...
    def set_article_story(self, article_id: str, story_id: int, day: date) -> None: ...
    def move_articles(self, article_ids: Iterable[str], story_id: int) -> None: ...

    # document frequencies of the window (TF-IDF)
    def document_count(self) -> int: ...
    def document_frequency(self, term: str) -> int: ...
    def add_document(self, terms: Iterable[str], day: date) -> None: ...

    # wire copy
    def paragraph_seen(self, key: str) -> int: ...
    def add_paragraphs(self, keys: Iterable[str], day: date) -> None: ...
    def add_signature(self, signature: Signature) -> None: ...
    def similar_signatures(self, signature: Signature) -> list[Signature]: ...
    def signatures(self, article_ids: Sequence[str]) -> list[Signature]: ...  # those kept (by id)

    def evict(self, before: datetime) -> None: ...
