"""The look back: a lone article of the last hours joins the story that grew after it (issue 19, stop 45).

The clusterer is online: an article is assigned when it arrives. An early short item that matched none of the one or
two articles then in the window opens a story of its own and is never looked at again, though the story it belongs to
grows beside it and its words and names become the story's own. `look_back` looks, when a story grows (an article
joins it), at the lone articles (stories of one) the joining article found among its candidates (the store's
inverted index: they share a heavy term with it; no scan of the window), first seen at most `back_hours` before it,
the `back_stories` best-scoring of them. One joins the grown story when that story, counted over its articles, is
its story: their centroids are `back_similarity` alike, the story's core (`merge.core`: the names half of its
articles give, of a story of `back_size` articles at least) shares a telling name with it (`back_key`; not a
country), it names no telling name of its own the story never names beside that (`merge.own_names`), their event
marks do not clash and the days they name agree or do not both speak. The join is recorded as a merge
(`merge.merge_two`: the grown story keeps its id). Deterministic: candidates best first (ties: lower id).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from pipeline.stories import events
from pipeline.stories.dates import days_agree
from pipeline.stories.evidence import name_weigher, shared_entities
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.merge import ROUNDUP, core, merge_two, own_names
from pipeline.stories.settings import ClusterSettings
from pipeline.stories.store import StoryMerge, StoryState, StoryStore
from pipeline.stories.theme import own_words
from pipeline.stories.vectors import centroid_cosine


def after_join(
    features: ArticleFeatures,
    story_id: int,
    created: bool,
    scored: list[tuple[float, int]],
    store: StoryStore,
    settings: ClusterSettings,
) -> tuple[StoryMerge, ...]:
    """`cluster.assign`'s call once the article is in its story (`story_id`; merges done): the look back at the story
    it joined (as merged since), none at a story it opened."""
    grown = None if created else store.story(store.article_story(features.article_id) or story_id)
    return look_back(grown, scored, features, store, settings) if grown else ()


def look_back(
    grown: StoryState,
    scored: list[tuple[float, int]],
    features: ArticleFeatures,
    store: StoryStore,
    settings: ClusterSettings,
) -> tuple[StoryMerge, ...]:
    """The lone articles of `scored` (the joining article's candidates, best first) that join the grown story."""
    if not settings.back_hours or grown.size < settings.back_size or not grown.norm or ROUNDUP in grown.marks:
        return ()
    if store.document_count() < settings.name_min_docs:
        return ()
    since = features.published - timedelta(hours=settings.back_hours)
    merges: list[StoryMerge] = []
    for value, lone in lone_candidates(grown, scored, store, since, settings.back_stories):
        if joins(lone, grown, store, settings):
            merge = merge_two(grown, lone, features, store, value)
            merges.append(merge)
            grown = store.story(merge.kept) or grown
    return tuple(merges)


def lone_candidates(
    grown: StoryState, scored: list[tuple[float, int]], store: StoryStore, since: datetime, limit: int
) -> list[tuple[float, StoryState]]:
    """The `limit` best-scoring stories of one article among `scored` (not the grown story, no roundup), first
    seen at `since` or later, with their scores."""
    out: list[tuple[float, StoryState]] = []
    for value, story_id in scored:
        if len(out) >= limit:
            break
        if story_id == grown.story_id:
            continue
        lone = store.story(story_id)
        if lone is None or lone.size != 1 or ROUNDUP in lone.marks or not lone.norm:
            continue
        if lone.first_seen < since:
            continue
        out.append((value, lone))
    return out


def joins(lone: StoryState, grown: StoryState, store: StoryStore, settings: ClusterSettings) -> bool:
    """The grown story, counted over its articles, is the lone article's story (see the module)."""
    if centroid_cosine(lone, grown) < settings.back_similarity:
        return False
    if events.clash(frozenset(lone.marks), frozenset(grown.marks)):
        return False
    if days_agree(lone.dates, grown.dates) is False:
        return False
    weigh = name_weigher(store, settings)
    weights = {n: weigh(n) for n in lone.names}
    if not shared_entities(weights, core(grown), settings.back_key):
        return False
    if own_names(lone, grown, weigh, settings.back_key):
        return False
    return len(own_held(lone, grown, store, settings)) >= settings.back_words


def own_held(lone: StoryState, grown: StoryState, store: StoryStore, settings: ClusterSettings) -> frozenset[str]:
    """The grown story's own words (`theme.own_words`: held by most of its latest articles, few others) the lone
    article holds; only its terms are looked up (a catalog read each)."""
    recent = tuple({t: w for t, w in vector.items() if t in lone.centroid} for vector in grown.recent)
    return own_words(replace(grown, recent=recent), store.document_frequency, settings)
