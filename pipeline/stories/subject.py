"""A story's subject left unnamed: the second look (`rescue`) at an article that never names whom the story is about.

Two events of one topic share the topic's words and names: a rider's broken collarbone ("Verhoeven mist Ronde van
Portugal door sleutelbeenbreuk") and another team's fear of one for its leader ("Sleutelbeenbreuk bij kopman van
Movistar gevreesd") share a rare word of what happened and the race. What a small story is about is its headline
actor (`actors`: a person its headlines name, written in full in the text) that half its articles name. An article
that falls short of the threshold, never names that person and whose headline gives a telling name of its own, one
the story never gives (`rescue._own_name`), is about that one: the second look leaves it out. A follow-up of one
event names its actor ("Sleutelbeenbreuk Verhoeven: operatie geslaagd"), and one that does not may still join by
the score.

Only a story of at most `subject_size` articles (one): a larger story is often broader than its first headlines'
people (a national team's week under its coach's name), and a follow-up may name only the side it reports ("Dekkerman
spreekt ook Prayuth over overbrenging" beside three items on the prisoner's transfer, `test_rescue_setting`). Stop 50,
one run each against `subject_size` 1: 3 gave CHECK five fewer false pairs and five more true ones but refuses that
follow-up; 5 and 99 lost blind18's and blind20's F1 by more than 0.01. Read from the story's state alone (its actors
and name counts, `StoryState`): no article of the story is read again."""

from __future__ import annotations

from collections.abc import Mapping

from pipeline.stories.features import ArticleFeatures
from pipeline.stories.places import place_terms
from pipeline.stories.store import StoryState
from pipeline.stories.terms import stem


def subjects(story: StoryState, share: float) -> frozenset[str]:
    """The story's headline actors that `share` of its articles (one at least) name: whom it is about."""
    if share <= 0:
        return frozenset()
    return frozenset(a for a in story.actors if story.names.get(a, 0) >= max(1.0, share * story.size))


def unnamed_subject(features: ArticleFeatures, story: StoryState, share: float, size: int) -> bool:
    """The story, of at most `size` articles, has a subject (`subjects`) and the article names none of them (its
    names, headline and lead text: `features.names`; its own headline actors)."""
    if story.size > size:
        return False
    about = subjects(story, share)
    if not about:
        return False
    own = features.actors or frozenset()
    return not any(a in features.names or a in own for a in about)


def not_set_in(names: Mapping[str, float], features: ArticleFeatures) -> dict[str, float]:
    """The names but the places the article is set in (`places.place_terms`), for the headline's own name the refusal
    asks for (`rescue._own_name`): where a follow-up happens ("Operatie in Porto geslaagd") is nobody the story is
    about, who would make it another event of the topic (review50)."""
    places = place_terms(features)
    return {n: w for n, w in names.items() if stem(n) not in places}
