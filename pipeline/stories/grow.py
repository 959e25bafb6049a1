"""A story grown by an article (`grown`): its centroid, names, days, marks, actors and whole-text sum with
the article's added; `cluster.assign` saves it."""

from __future__ import annotations

from collections import Counter

from pipeline.stories import plain
from pipeline.stories.dates import dated_end
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.merge import RECENT
from pipeline.stories.store import StoryState
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
