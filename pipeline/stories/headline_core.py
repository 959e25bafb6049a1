"""The event's core in the headline, a second look at a broad event's parts (`joins`; issue 19, stop 52: the Amazon
fires, the trade war and the Hong Kong protests of one weekend each left in several parts).

A broad event is told from many angles, each article with names of its own (a minister, a town, a company), so two of
its articles share few words and score below the threshold. What they share is the event's core: its own rare words,
which an article says in its headline (an item on the stock markets writing "beurzen" and "handelsoorlog" beside a story
on the trade war's escalation whose articles write them too). A story's profile is the terms most of its latest articles
hold (`StoryState.recent`, `core_share` of them; a lone article's are its own terms).

An article scoring `core_floor` or more (below the threshold) with a story seen within `core_hours` joins it when its
headline holds `core_words` words of the story's profile that say what happened (`told.happened`: no name, no place, no
number) and that at most `core_rare` of general Dutch news writes (`rarity.share`), `core_cover` of such words of its
headline at least (a headline saying mostly what the story never said is another event of the kind: test_told's farmers
beside its builders). Names count for nothing: two items on one coach share his name and a word, not an event (TUNE
blind45), and two events in one city share the city (CHECK blind42 made eight false pairs when a place the article is
set in counted). The second look's guards hold: the event marks say no other event of the kind (`told.another_event`),
the article is set in no place only it names (`apart.elsewhere`), and the headlines name no other people
(`rescue.other_actors`, read last: a catalog query). Cheap: read for at most `rescue_stories` candidates of an article
the first look refused, from the story's stored vectors.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from pipeline.stories import rarity, theme, told
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.rescue import other_actors
from pipeline.stories.settings import ClusterSettings
from pipeline.stories.store import StoryState, StoryStore


def profile_terms(terms: set[str], story: StoryState, share: float) -> frozenset[str]:
    """Of `terms`, those the story's profile holds: the centroid holds them, and `share` of its latest articles'
    vectors at least (a story without them: the centroid alone)."""
    held = {t for t in terms if t in story.centroid}
    recent: Sequence[Mapping[str, float]] = story.recent
    if not recent or not held:
        return frozenset(held)
    need = max(1, math.ceil(share * len(recent)))
    return frozenset(t for t in held if sum(1 for vector in recent if t in vector) >= need)


def headline_core(features: ArticleFeatures, story: StoryState, settings: ClusterSettings) -> frozenset[str]:
    """The article's headline words of what happened (`told.happened`: no name, no place, no number) that at most
    `core_rare` of general Dutch news writes and the story's profile holds (`profile_terms`); none when the profile
    holds less than `core_cover` of those words of the headline: a headline saying mostly what the story never said
    is another event of its kind (farmers' tractors beside builders' diggers, protesting against one law)."""
    said = told.happened({t for t in features.title_terms if rarity.share(t) <= settings.core_rare}, features)
    core = profile_terms(set(said), story, settings.core_share)
    return core if len(core) >= settings.core_cover * len(said) else frozenset()


def joins(
    features: ArticleFeatures,
    names: dict[str, float],
    pair: tuple[float, int],
    store: StoryStore,
    settings: ClusterSettings,
) -> bool:
    """The article joins the story of `pair` (its score, the story's id) by the event's core in its headline."""
    if not settings.core_words or not rarity.available():
        return False
    story = theme.in_band(store, pair, settings.core_floor, settings)
    if story is None:
        return False
    if theme.set_apart(features, story, settings, hours=settings.core_hours):
        return False
    if len(headline_core(features, story, settings)) < settings.core_words:
        return False
    return not other_actors(features, names, story, store, settings)
