"""What happened, told alike: the words of an article's headline that say what happened, not who or
where, which a story holds (`told_alike`).

Two reports of one event told by other outlets often share no rare name the second look (`rescue`)
could count: a lead on a protest of builders ("Boze bouwers protesteren met grondverzetters tegen
stikstofbeleid en PFAS-norm") and the liveblog of that protest name the city only, and a quote headline
names nobody at all while the lead sentence under it tells the event. What they share is what happened: several
words of the headline (and of the lead under a quote headline, `features.quote_lead`) that are no
word of a name, no place, no number and no word common in Dutch news (`RARE_SHARE`, `rarity.share`:
"politie", "verdachten", "vlucht" tell every crime report). One or two such words are a setting ("brand",
"protest": two fires, two protests); `rescue_told` of them (four), within `rescue_hours` of the story, tell one
event, unless the article is set in places the story never names (`apart.elsewhere`: two signal failures on two
lines the same morning, "Geen treinen door seinstoring, reizigers urenlang gestrand", are told alike).
Two items on one person share that person's name in their headlines ("president Donald Trump"),
which are name words here and count for nothing: that is the name's look, `rescue`'s entities.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pipeline.stories import events, rounds
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.places import place_terms
from pipeline.stories.rarity import NUMBER_PREFIX, share
from pipeline.stories.settings import ClusterSettings
from pipeline.stories.store import StoryState
from pipeline.stories.terms import stem

PREFIX_MARK = "~"  # a compound's first letters (`terms.add_prefix`): no word of its own
FOLLOW_TOLD = 2  # a next day's item telling this many of a round story's what-happened words follows its event
RARE_SHARE = 0.01  # a word in this share of Dutch news articles or more ("politie", "verdacht", "werk") tells no event


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The stems of every word of the article's names ("Donald Trump": "donald", "trump")."""
    return frozenset(stem(word) for name in names for word in name.split(" ") if word)


def happened_words(features: ArticleFeatures) -> frozenset[str]:
    """The article's headline terms (and, under a quote headline, its lead sentence's) that are no word of
    one of its names, no place it is set in (`places.place_terms`, its dateline's too), no number and not common in
    the news."""
    return happened(set(features.title_terms) | set(features.quote_lead), features)


def happened(terms: Iterable[str], features: ArticleFeatures) -> frozenset[str]:
    """The `terms` of the article that may say what happened: no word of one of its names, no place it is set in, no
    number, no compound's first letters and no word common in the news (`RARE_SHARE`)."""
    left_out = name_words(features.names) | place_terms(features)
    return frozenset(
        t
        for t in terms
        if t not in left_out
        and not t.startswith(NUMBER_PREFIX)
        and not t.startswith(PREFIX_MARK)
        and share(t) < RARE_SHARE
    )


def told_alike(features: ArticleFeatures, centroid: Mapping[str, float]) -> int:
    """How many of the article's what-happened words (`happened_words`) the story's vector holds."""
    return sum(1 for t in happened_words(features) if t in centroid)


def another_race_day(features: ArticleFeatures, story_marks: Iterable[str], centroid: Mapping[str, float]) -> bool:
    """The next day of a competition (`rounds.next_day`), unless the article's headline tells `FOLLOW_TOLD` of the
    story's what-happened words: the crash in stage 12 ("Veldkamp breekt sleutelbeen bij val in twaalfde etappe")
    followed the next day ("Veldkamp geopereerd aan gebroken sleutelbeen") is one story, not the next stage; nor is
    the next morning's report giving the story's tennis result ("6-3, 6-4": `events.one_result`), that match's."""
    story_marks = frozenset(story_marks)
    return (
        rounds.next_day(features.marks, features.day, features.dates, story_marks)
        and told_alike(features, centroid) < FOLLOW_TOLD
        and not events.one_result(features.marks, story_marks)
    )


def another_event(features: ArticleFeatures, story: StoryState, settings: ClusterSettings) -> bool:
    """The second look's event guard (`rescue`, `theme`, `kin`; where `event_clash` counts): the event marks say
    another event of the kind (another age, another score: `events.clash`; the next race day: `another_race_day`)."""
    return settings.event_clash < 1.0 and (
        events.clash(features.marks, story.marks) or another_race_day(features, story.marks, story.centroid)
    )
