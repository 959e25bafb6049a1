"""A headline's actors: the people (and teams) an article is about, to tell two events of one kind apart.

Two match reports of one tournament ("Jakobsen maakt debuut in Vuelta", "Emirates met Aru en
Gaviria naar Vuelta"; "Keys klopt Koeznetsova in finale Cincinnati", "Medvedev wint in
Cincinnati") share the tournament, the place and most words, yet are about different people. An
actor is a one-word name of the headline that the text also writes as the last word of a longer
name ("Jakobsen" of "Fabio Jakobsen", "Ineos" of "Team Ineos"): a surname, not a place ("Haag" of
"Den Haag" starts with a particle) or a country.

`clash`: the article's headline has a telling actor the story never names, and the story's
headlines have a telling actor the article never names. A follow-up of one event names its actor
(the article that continues "Medvedev wint" names Medvedev), so only a report about someone else
meets both sides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from pipeline.stories.evidence import place_word
from pipeline.stories.lexicon import PARTICLES

# the second word of a place or an event, not of a person: "New York", "US Open", "Fed Cup"
_NOT_PERSONAL = frozenset(
    ["new", "san", "los", "las", "sint", "saint", "open", "cup", "tour", "league", "games", "masters", "series"]
)


def headline_actors(title_words: Iterable[str], names: Iterable[str]) -> frozenset[str]:
    """The actors of a headline (`title_words` lowercased) among the article's names (lowercased):
    the last word of a longer name of two or three words whose first word is a first name (not a
    particle, a place or its adjective: "Amerikaanse Cincinnati", not an abbreviation: "US Open")."""
    words = set(title_words)
    surnames = set()
    for name in names:
        parts = name.split(" ")
        if 1 < len(parts) <= 3 and _first_name(parts[0]) and not _NOT_PERSONAL.intersection(parts):
            surnames.add(parts[-1])
    return frozenset(n for n in surnames if n in words and not place_word(n))


def _first_name(word: str) -> bool:
    return len(word) >= 3 and word not in PARTICLES and not place_word(word)


def clash(
    actors: frozenset[str] | None,
    names: Mapping[str, float],
    story_actors: Iterable[str],
    story_names: Mapping[str, int],
    weight: Callable[[str], float],
    key: float,
) -> bool:
    """The article's telling headline actors (`names`: the article's names and how telling each is)
    are all new to the story, and the story has a telling headline actor the article never names."""
    if not actors:
        return False
    own = [a for a in actors if names.get(a, 0.0) >= key]
    if not own or any(a in story_names for a in own):
        return False
    return any(a not in names and weight(a) >= key for a in story_actors)
