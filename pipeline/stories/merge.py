"""Two stories of the window found to be one: merged, and the merge recorded.

An article that joined one story but fits another almost as well may show that the two tell one
event (a liveblog opened beside the first report). They merge when the article scores
`merge_threshold` with the other story too, their centroids are `merge_similarity` alike, the
names each story's articles mostly give share a telling one (`merge_key`: the person, place or
organisation both are about), not each a telling one of its own beside it (`own_names`: two addresses in
one city) and their event marks do not clash (two rounds, two matches); or when the article's match (`fixture`)
is both stories' (a race weekend's practice told beside its preview). The
larger keeps its id (ties: the older), the merge is recorded (`StoryMerge`), never silent.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from pipeline.stories import events, fixture, plain
from pipeline.stories.evidence import PriorSettings, name_weigher, place_word, shared_entities
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.store import StoryMerge, StoryState, StoryStore
from pipeline.stories.vectors import centroid_cosine, norm

RECENT = 6  # member vectors a story keeps for the closest-member score
ROUNDUP = events.ROUNDUP  # the event mark of a roundup headline


class MergeSettings(PriorSettings, Protocol):
    """The `cluster.ClusterSettings` fields a merge reads."""

    @property
    def merge_threshold(self) -> float: ...
    @property
    def merge_similarity(self) -> float: ...
    @property
    def merge_key(self) -> float: ...
    @property
    def fixture_hours(self) -> float: ...
    @property
    def name_min_docs(self) -> int: ...


def merge_if_one(
    joined: StoryState,
    scored: list[tuple[float, int]],
    features: ArticleFeatures,
    store: StoryStore,
    settings: MergeSettings,
) -> tuple[StoryMerge, ...]:
    """Merge the story the article joined with another it fits as well, when the two are alike."""
    for value, other_id in scored:
        if value < settings.merge_threshold:
            break
        if other_id == joined.story_id:
            continue
        other = store.story(other_id)
        if other is None or not (
            _alike(joined, other, store, settings) or _one_match(features, joined, other, settings)
        ):
            continue
        return (merge_two(joined, other, features, store, value),)
    return ()


def merge_two(
    joined: StoryState, other: StoryState, features: ArticleFeatures, store: StoryStore, value: float
) -> StoryMerge:
    """Merge two stories of the window when `features` arrived: the larger keeps its id (ties: the
    older), the merge is recorded."""
    kept, absorbed = sorted((joined, other), key=lambda s: (-s.size, s.story_id))
    merged = combine(kept, absorbed)
    store.drop_story(absorbed.story_id)
    store.save_story(merged)
    store.move_articles(absorbed.article_ids, kept.story_id)
    merge = StoryMerge(kept.story_id, absorbed.story_id, features.published, features.article_id, value)
    store.record_merge(merge)
    return merge


def _one_match(features: ArticleFeatures, a: StoryState, b: StoryState, settings: MergeSettings) -> bool:
    """The article names a match both stories name (`fixture.key_of_both`), both seen within `fixture_hours` of
    it, and their marks do not clash."""
    hours = settings.fixture_hours * 3600
    recent = all((features.published - s.last_seen).total_seconds() <= hours for s in (a, b))
    return recent and fixture.key_of_both(features.marks, a.marks, b.marks) and not events.clash(a.marks, b.marks)


def _alike(a: StoryState, b: StoryState, store: StoryStore, settings: MergeSettings) -> bool:
    if not a.norm or not b.norm or ROUNDUP in a.marks or ROUNDUP in b.marks:
        return False
    if centroid_cosine(a, b) < settings.merge_similarity:
        return False
    if events.clash(frozenset(a.marks), frozenset(b.marks)):
        return False
    if store.document_count() < settings.name_min_docs:
        return True
    weigh = name_weigher(store, settings)
    weights = {n: weigh(n) for n in core(a)}
    if own_names(a, b, weigh, settings.merge_key):
        return False
    return bool(shared_entities(weights, core(b), settings.merge_key))


def own_names(a: StoryState, b: StoryState, weigh: Callable[[str], float], key: float) -> bool:
    """Each story's core gives a telling name (`weigh` at least `key`; not a country) the other never names
    (one street against another, one defendant against another): two events that share their city, court or
    club, not one event told twice (then one side's core names nothing the other lacks: the clinic's word on
    an escaped patient beside the police's search names him, his sister, the village)."""
    return all(
        any(n not in y.names and not place_word(n) and weigh(n) >= key for n in core(x)) for x, y in ((a, b), (b, a))
    )


def half(size: int) -> int:
    """How many of a story's `size` articles are at least half of them."""
    return (size + 1) // 2


def core(story: StoryState) -> dict[str, int]:
    """The names at least half of a story's articles give: what the story is about."""
    need = half(story.size)
    return {n: c for n, c in story.names.items() if c >= need}


def combine(kept: StoryState, absorbed: StoryState) -> StoryState:
    centroid = dict(kept.centroid)
    for term, weight in absorbed.centroid.items():
        centroid[term] = centroid.get(term, 0.0) + weight
    names = Counter(kept.names)
    names.update(absorbed.names)
    return StoryState(
        story_id=kept.story_id,
        first_seen=min(kept.first_seen, absorbed.first_seen),
        last_seen=max(kept.last_seen, absorbed.last_seen),
        article_ids=kept.article_ids + absorbed.article_ids,
        outlets=tuple(sorted(set(kept.outlets) | set(absorbed.outlets))),
        centroid=centroid,
        norm=norm(centroid),
        names=dict(names),
        days=tuple(sorted(set(kept.days) | set(absorbed.days))),
        dates=kept.dates | absorbed.dates,
        recent=(absorbed.recent + kept.recent)[-RECENT:],
        founder=kept.founder,
        marks=tuple(sorted(set(kept.marks) | set(absorbed.marks))),
        actors=kept.actors | absorbed.actors,
        first_dated=_end_dated(kept.first_seen, kept.first_dated, absorbed.first_seen, absorbed.first_dated, min),
        last_dated=_end_dated(kept.last_seen, kept.last_dated, absorbed.last_seen, absorbed.last_dated, max),
        plain=(whole := plain.added(kept.plain, absorbed.plain)),
        plain_norm=norm(whole),
    )


def _end_dated(
    a: datetime, a_dated: bool, b: datetime, b_dated: bool, pick: Callable[[datetime, datetime], datetime]
) -> bool:
    """Whether the merged span's end (`pick`: min for the first, max for the last) is a date only."""
    if a == b:
        return a_dated and b_dated
    return a_dated if pick(a, b) == a else b_dated
