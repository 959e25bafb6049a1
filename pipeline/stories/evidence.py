"""Second looks at an article that scores just below the threshold with a story.

A short feed lead (a headline and two sentences) shares few words with the story it belongs to,
but it names the same people, places and organisations. `shared_entities` counts the telling
names the article and the story share as entities: "Femke Wiersma", "Femke" and "Wiersma" are one.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from functools import partial
from typing import Protocol

from pipeline.stories import rarity
from pipeline.stories.lexicon import COUNTRIES
from pipeline.stories.store import StoryStore

NAME_PREFIX = rarity.NAME_PREFIX  # names count in the document frequencies as "@name"


def shared_entities(names: Mapping[str, float], story_names: Mapping[str, int], key: float) -> list[str]:
    """The article's names at least `key` telling that the story names too, a name that is part of
    a longer shared name left out ("femke wiersma" counts, "femke" and "wiersma" not again).
    Countries and their adjectives do not count: rare in a small window, they tell no event apart
    (a gas explosion in Mexico and a Mexican football final). Nor does one word of two other longer
    names (`_two_bearers`: "femke" of Femke Halsema and Femke Wiersma)."""
    shared = [n for n in names if n in story_names and not place_word(n)]
    words = {part for n in shared if " " in n for part in n.split()}
    return sorted(
        n for n in shared if n not in words and _telling(n, names) >= key and not _two_bearers(n, names, story_names)
    )


def _two_bearers(word: str, names: Mapping[str, float], story_names: Mapping[str, int]) -> bool:
    """Each side names the one-word name `word` in a longer name, and no longer name of one side holds
    all the words of one of the other's: two bearers of one first name ("Femke Wiersma", "Femke
    Halsema") or two titles that share a word, not one entity ("Bijzonder" of two films)."""
    if " " in word:
        return False
    ours = [set(n.split(" ")) for n in names if " " in n and word in n.split(" ")]
    if not ours:
        return False
    theirs = [set(n.split(" ")) for n in story_names if " " in n and word in n.split(" ")]
    return bool(theirs) and not any(a <= b or b <= a for a in ours for b in theirs)


def distinct(entities: list[str], names: Mapping[str, float]) -> int:
    """How many different entities `entities` are: words of one of the article's longer names
    count once ("janet" and "yellen" are Janet Yellen, "federal" and "reserve" the Federal Reserve)."""
    owner: dict[str, str] = {}  # a word -> the first (sorted) longer name it is part of: one pass, linear
    for name in sorted(n for n in names if " " in n):
        for word in name.split():
            owner.setdefault(word, name)
    return len({entity if " " in entity else owner.get(entity, entity) for entity in entities})


def _telling(name: str, names: Mapping[str, float]) -> float:
    """A name of several words is as telling as its last word ("Donald Trump" as "Trump")."""
    return min(names[name], names.get(name.rsplit(" ", 1)[-1], names[name]))


def place_word(name: str) -> bool:
    """A country or continent, or the adjective of one ("Mexicaanse", "Russische", "Chinese",
    "Duitse"): -sche, -aanse, -ese, or a consonant before -se — so the first names Denise, Louise
    and Rose stay names."""
    if name in COUNTRIES:
        return True
    if " " in name or len(name) < 6:
        return False
    return name.endswith(("sche", "aanse", "ese")) or (name.endswith("se") and name[-3] not in "aeiouy")


def title_overlap(title_terms: tuple[str, ...], centroid: Mapping[str, float]) -> int:
    """How many distinct headline terms of the article the story's vector holds."""
    return sum(1 for t in set(title_terms) if t in centroid)


class PriorSettings(Protocol):
    """The `cluster.ClusterSettings` fields of the prior of general Dutch news (`rarity.pseudo_docs`)."""

    @property
    def prior_docs(self) -> float: ...
    @property
    def prior_fade(self) -> float: ...


def name_weigher(store: StoryStore, settings: PriorSettings) -> Callable[[str], float]:
    """How telling a name is in the window (`name_weight`), with the prior the window's size gives (`PriorSettings`)."""
    prior = rarity.pseudo_docs(store.document_count(), settings.prior_docs, settings.prior_fade)
    return partial(name_weight, store=store, prior_docs=prior)


def name_weight(name: str, store: StoryStore, prior_docs: float = 0.0) -> float:
    """How telling a name is: its idf over the window's articles, scaled to at most 1 ("Trump" in
    every other article says little, "Sarvarov" a lot); `prior_docs` pseudo-articles of general
    Dutch (`rarity`) tell "Nederland" from "Sarvarov" before the window holds any."""
    key = NAME_PREFIX + name
    n, df = rarity.frequencies(store.document_count(), store.document_frequency(key), key, prior_docs)
    return (math.log((n + 1) / max(1.0, df)) + 1.0) / (math.log(n + 1) + 1.0)
