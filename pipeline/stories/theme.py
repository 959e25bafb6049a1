"""A story's theme, the second look at a story as a whole (`joins`; issue 19: a lone article left beside its story).

A story's own words are the terms most of its latest articles hold (`theme_share` of `StoryState.recent`) and few of
the window's other articles hold (of the window's articles holding one, an estimated `theme_own` are the story's), no
word general Dutch news writes often (`theme_common`: "water", "leger", "defensie") nor a compound's first letters
(`told.PREFIX_MARK`: the word itself counts). The day's pension deal told by five outlets holds "pensioenakkoord" and
"principeakkoord" in nearly every article, and few other articles of the window hold them; an item on one side's
reaction ("Oppositie diep teleurgesteld over het pensioenakkoord") shares few words with any one article of it, but
several of the story's own words.

An article scoring `theme_floor` or more (below `rescue_floor` too) with a story of `theme_size` articles or more, below
the threshold (the first look said no), within `rescue_hours` of its latest article, joins it when it holds
`theme_words` of the story's own words and `theme_cover` of them (`holds_own`), its opening (headline, first paragraph: `opening`) holds one, and the second
look's guards hold: the headlines name no other people (`rescue.other_actors`), the event marks say no other event
of the kind (`events.clash`), and the article is set in no place only it names (`apart.elsewhere`). Only the story's
up to `merge.RECENT` latest member vectors are read: cheap, at most `rescue_stories` stories an article.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable

from pipeline.stories import apart, told
from pipeline.stories.dates import gap_hours
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.rarity import share
from pipeline.stories.rescue import other_actors
from pipeline.stories.settings import ClusterSettings
from pipeline.stories.store import StoryState, StoryStore
from pipeline.stories.terms import stem
from pipeline.stories.told import PREFIX_MARK


def own_words(story: StoryState, frequency: Callable[[str], int], settings: ClusterSettings) -> frozenset[str]:
    """The story's own words: held by `theme_share` of its latest articles (two at least), and of the window's
    articles holding one (`frequency`, the article looked at among them) at least `theme_own` are estimated
    to be the story's (its share among the latest articles times its size)."""
    recent = story.recent
    if len(recent) < 2:
        return frozenset()
    counts = Counter(term for vector in recent for term in vector)
    need = max(2, math.ceil(settings.theme_share * len(recent)))
    out = set()
    for term, count in counts.items():
        if count < need or term.startswith(PREFIX_MARK) or share(term) >= settings.theme_common:
            continue
        held = frequency(term)
        if held and count * story.size / len(recent) >= settings.theme_own * held:
            out.add(term)
    return frozenset(out)


def holds_own(terms: Iterable[str], own: frozenset[str], settings: ClusterSettings) -> bool:
    """The article's `terms` hold `theme_words` of the story's own words (`own`, see `own_words`) and `theme_cover`
    of them: a story's own words are what it is about; an item holding few of many shares a side of it (a rider of a
    tour, the crime of another case)."""
    shared = len(own.intersection(terms))
    return shared >= settings.theme_words and shared >= settings.theme_cover * len(own)


def opening(features: ArticleFeatures) -> frozenset[str]:
    """The terms of the article's headline, the lead under a quote headline and its first paragraph: where an item
    says what it is about."""
    first = features.paragraphs[0] if features.paragraphs else ()
    return frozenset((*features.title_terms, *features.quote_lead, *(stem(word) for word in first)))


def set_apart(
    features: ArticleFeatures, story: StoryState, settings: ClusterSettings, hours: float | None = None
) -> bool:
    """The guards of the second look by words (`fits`, `kin`, `headline_core`): more than `hours` (`rescue_hours`
    unless given) after the story's latest article, the event marks say another event of the kind
    (`told.another_event`), or the article is set in a place only it names (`apart.elsewhere`)."""
    return (
        gap_hours(features.published, story.first_seen, story.last_seen)
        > (settings.rescue_hours if hours is None else hours)
        or told.another_event(features, story, settings)
        or apart.elsewhere(features, story.centroid)
    )


def joins(
    features: ArticleFeatures,
    names: dict[str, float],
    pair: tuple[float, int],
    store: StoryStore,
    settings: ClusterSettings,
) -> bool:
    """The second look's call (`cluster._second_look`): `fits` with the story of `pair` in `store`."""
    story = store.story(pair[1])
    return fits(
        features,
        pair,
        story,
        store.document_frequency,
        settings,
        lambda s: other_actors(features, names, s, store, settings),
    )


def in_band(store: StoryStore, pair: tuple[float, int], floor: float, settings: ClusterSettings) -> StoryState | None:
    """The story of `pair` (its score, the story's id) when the score lies from a second look's `floor` up to the
    threshold (the first look said no): what `kin` and `headline_core` look at; None otherwise."""
    story = store.story(pair[1])
    return story if story is not None and floor <= pair[0] < settings.threshold else None


def fits(
    features: ArticleFeatures,
    pair: tuple[float, int],
    story: StoryState | None,
    frequency: Callable[[str], int],
    settings: ClusterSettings,
    other_actors: Callable[[StoryState], bool],
) -> bool:
    """The article joins the story by the story's own words (see the module); `pair`: (its score, the story's id);
    `other_actors`: whether the headlines say other people (`rescue.other_actors`, asked last: a catalog read)."""
    if not settings.theme_words or story is None or story.size < settings.theme_size:
        return False
    if pair[0] < settings.theme_floor or pair[0] >= settings.threshold:
        return False
    if set_apart(features, story, settings):
        return False
    own = own_words(story, frequency, settings)
    if not holds_own([term for term, _ in features.all_terms()], own, settings):
        return False
    if not opening(features).intersection(own):
        return False  # the story's words only further on: an item about something else that mentions it
    return not other_actors(story)
