"""A story grown by an article (`grown`): its centroid, names, days, marks, actors and whole-text sum with
the article's added; `cluster.assign` saves it."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from pipeline.stories import plain
from pipeline.stories.dates import dated_end
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.lexicon import WEEKDAYS
from pipeline.stories.merge import RECENT
from pipeline.stories.store import StoryState
from pipeline.stories.terms import stem
from pipeline.stories.vectors import norm


def grown(
    story: StoryState | None, story_id: int, features: ArticleFeatures, vec: dict[str, float], whole: dict[str, float]
) -> StoryState:
    """The story with the article added (`vec`: its heaviest terms; a new story shares the dict; `whole`: its
    whole-text vector, `plain`)."""
    if story is None:
        centroid = vec
    else:
        centroid = dict(story.centroid)
        for term, weight in vec.items():
            centroid[term] = centroid.get(term, 0.0) + weight
    names = Counter(story.names) if story else Counter()
    names.update(features.names)
    days = set(story.days) if story else set()
    days.add(features.day)
    at, timed = features.published, features.timed
    return StoryState(
        story_id=story_id,
        first_seen=min(story.first_seen, features.published) if story else features.published,
        last_seen=max(story.last_seen, features.published) if story else features.published,
        article_ids=(story.article_ids if story else ()) + (features.article_id,),
        outlets=tuple(sorted(set(story.outlets if story else ()) | {features.outlet})),
        centroid=centroid,
        norm=norm(centroid),
        names=dict(names),
        days=tuple(sorted(days)),
        dates=(story.dates if story else frozenset()) | features.dates,
        recent=((story.recent if story else ()) + (vec,))[-RECENT:],
        founder=story.founder if story else vec,
        marks=tuple(sorted(set(story.marks if story else ()) | (features.marks - {"again"}))),
        actors=(story.actors if story else frozenset()) | (features.actors or frozenset()),
        first_dated=dated_end(story.first_seen, story.first_dated, at, timed, True) if story else not timed,
        last_dated=dated_end(story.last_seen, story.last_dated, at, timed, False) if story else not timed,
        plain=(wide := plain.added(story.plain, whole) if story else whole),
        plain_norm=norm(wide),
    )


def listed(features: ArticleFeatures) -> ArticleFeatures:
    """A roundup as a member of the story of its lead item: its names, days, marks and actors left out (they
    are its other items'), so the story gathers no other event through it and stays open to others."""
    return replace(features, names=frozenset(), dates=frozenset(), marks=frozenset(), actors=frozenset())


# a roundup headline's own words ("Wekdienst 30/10", "De sport van dinsdag bij de NOS", "De uitzending van ..."):
# they name no item
_ROUNDUP_WORDS = frozenset(
    stem(w)
    for w in (
        "wekdienst",
        "sport",
        "nieuws",
        "uitzending",
        "overzicht",
        "nieuwsoverzicht",
        "kranten",
        "podcast",
        "week",
        "dag",
        "nos",
        *WEEKDAYS,
        "vandaag",
    )
)
HEADING_WORDS = 8  # a roundup's first paragraph this short is its lead item's heading ("Bouwprotest op het Malieveld")


def names_lead_item(features: ArticleFeatures, centroid: dict[str, float]) -> bool:
    """A roundup's headline, or its first paragraph when that is a heading, holds a term of the story besides
    the roundup's own words: the story is an item it lists by name, not one it mentions further on."""
    heading = features.paragraphs[0] if features.paragraphs and len(features.paragraphs[0]) <= HEADING_WORDS else ()
    terms = set(features.title_terms) | {stem(w) for w in heading}
    return any(t in centroid for t in terms - _ROUNDUP_WORDS)
