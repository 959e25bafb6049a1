"""A lead beside a story about one person that names that person nowhere (issue 19, stop 45: the false joins of one
topic's other events).

"Vuelta wordt interessante koers met veel Nederlandse inbreng" scores a little below the threshold with four reports
of Carapaz missing the Vuelta: the same race, its riders' team, yet another event. Every headline of that story is
about Carapaz and every article names him; a report of his withdrawal, or what follows from it, names him too. The
second look (`rescue`, `theme`) lets a lead join a story on the names and words they share, which here are only the
setting. `other_person` says no when the article's headline names no actor (`actors.headline_actors`), the story of
`absent_size` articles or more has one headline actor only (a story about one person: a stage's winner, the riders
who left it and the leader's rival make a story of several), a key name (`key_name`, `evidence.name_weight`) that
each of its articles names, and the article names it nowhere. An article whose headline names another person is
left to `actors.clash`.
"""

from __future__ import annotations

from typing import Protocol

from pipeline.stories.evidence import PriorSettings, name_weigher
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.store import StoryState, StoryStore


class AbsentSettings(PriorSettings, Protocol):
    @property
    def key_name(self) -> float: ...
    @property
    def absent_size(self) -> int: ...


def other_person(features: ArticleFeatures, story: StoryState, store: StoryStore, settings: AbsentSettings) -> bool:
    """The story is about one person the article names nowhere (see the module)."""
    if features.actors or not settings.absent_size or story.size < settings.absent_size or len(story.actors) != 1:
        return False
    (actor,) = story.actors
    if actor in features.names or story.names.get(actor, 0) < story.size:
        return False
    return name_weigher(store, settings)(actor) >= settings.key_name
