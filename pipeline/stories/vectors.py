"""TF-IDF against the window's document frequencies, and cosines of sparse vectors."""

from __future__ import annotations

import math
from collections.abc import Mapping

from pipeline.stories import rarity
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.store import StoryState, StoryStore


def tfidf(
    features: ArticleFeatures, store: StoryStore, longer: bool = False, prior_docs: float = 0.0
) -> dict[str, float]:
    """The article's unit TF-IDF vector (sublinear tf, smoothed idf over the window's articles, with
    `prior_docs` pseudo-articles of general Dutch: see `rarity`): of its `terms`, or with `longer`
    of `all_terms()`."""
    count = store.document_count()
    vec: dict[str, float] = {}
    for term, weight in features.all_terms() if longer else features.terms:
        if weight <= 0:
            continue
        n, df = rarity.frequencies(count, store.document_frequency(term), term, prior_docs)
        idf = math.log((n + 1) / (df + 1)) + 1.0
        tf = 1.0 + math.log(weight) if weight >= 1 else weight
        vec[term] = tf * idf
    length = math.sqrt(sum(v * v for v in vec.values()))
    if length == 0:
        return {}
    return {t: v / length for t, v in vec.items()}


def dot(small: Mapping[str, float], large: Mapping[str, float]) -> float:
    if len(small) > len(large):
        small, large = large, small
    return sum(v * large.get(t, 0.0) for t, v in small.items())


def centroid_cosine(a: StoryState, b: StoryState) -> float:
    """The cosine of two stories' centroids (0 for a story without words)."""
    return dot(a.centroid, b.centroid) / (a.norm * b.norm) if a.norm and b.norm else 0.0


def norm(vec: Mapping[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vec.values()))


def top_terms(vec: Mapping[str, float], k: int) -> list[str]:
    """The k heaviest terms (ties: alphabetical), for candidate lookup."""
    return [t for t, _ in sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]
