"""One person, other news: the only headline words of an article a story holds are one name's.

Two items about one head of state ("Trump ontvangt brief van Kim", "'Halfbroer Kim Jong-un was informant CIA'",
"Terreur Kim Jong-un in kaart") share a telling name, its country and the words around it, enough for their
cosine and the name's bonus, yet their headlines say two events: nothing of what happened is shared, only who.
A follow-up of one event shares a word of what happened too ("Kim stuurt Trump tweede brief"). Only a household
name (`HOUSEHOLD`: in a share of Dutch news the rarity table gives) of a person says so: a rider's crash and his
doubts the next day share his name only and are one story. The clusterer weighs such a story as one whose shared
headline words are only places (`story_score.score`: `place_clash`, and no plain look)."""

from __future__ import annotations

from collections.abc import Mapping

from pipeline.stories.evidence import place_word
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.lexicon import NOT_PERSONAL, PARTICLES, STOPWORDS
from pipeline.stories.rarity import NAME_PREFIX, share
from pipeline.stories.sides import CLUB_PREFIXES
from pipeline.stories.terms import stem

ADDRESS_WORDS = frozenset(["street", "square", "avenue", "road", "straat", "plein", "laan"])
HOUSEHOLD = 0.0015  # a name in this share of Dutch news articles or more is a household name ("Kim Jong-un")


def headline_shares_only_one_name(features: ArticleFeatures, centroid: Mapping[str, float]) -> bool:
    """The story holds headline terms of the article, and all of them are words of one of its household names of
    several words (a person's: "kim jong-un")."""
    return _only_one_name(features, centroid, set()) or at_an_address(features, centroid)


def at_an_address(features: ArticleFeatures, centroid: Mapping[str, float]) -> bool:
    """The story holds headline terms of the article, all of them words of one of its household names (see
    `headline_shares_only_one_name`) and of an address it names ("Downing Street", "Pennsylvania Avenue"): the
    person and where they were, nothing of what happened. The entities such an article shares with a story of that
    person are theirs and the address's, so the second look (`apart.akin`) does not join them either."""
    where = {stem(w) for n in features.names if _address(n) for w in n.split(" ")}
    return bool(where) and _only_one_name(features, centroid, where)


def _only_one_name(features: ArticleFeatures, centroid: Mapping[str, float], where: set[str]) -> bool:
    shared = {t for t in features.title_terms if t in centroid}
    left = shared - where
    if not left or left == shared and where:
        return False
    return any(
        left <= {stem(w) for w in name.split(" ")} and share(NAME_PREFIX + name) >= HOUSEHOLD
        for name in features.names
        if _personal(name)
    )


def _address(name: str) -> bool:
    """A name of several words closed by a word of an address ("Downing Street", "Times Square"): where a
    person was, not what happened."""
    words = name.split(" ")
    return len(words) >= 2 and words[-1] in ADDRESS_WORDS


def _personal(name: str) -> bool:
    """A name of two or three words that can be a person's: no particle, stopword, place, club prefix or word of
    an event or institution ("Tour de France", "FC Barcelona", "Europa League", "Tweede Kamer" are none; an initial, "Michael P.", is no household name)."""
    words = name.split(" ")
    return 2 <= len(words) <= 3 and not any(
        len(w) < 3
        or not w.replace("-", "").isalpha()
        or w in PARTICLES
        or w in STOPWORDS
        or w in NOT_PERSONAL
        or w in CLUB_PREFIXES
        or place_word(w)
        for w in words
    )
