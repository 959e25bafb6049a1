"""A headline's actors: the people (and teams) an article is about, to tell two events of one kind apart.

Two match reports of one tournament ("Jakobsen maakt debuut in Vuelta", "Emirates met Aru en
Gaviria naar Vuelta"; "Keys klopt Koeznetsova in finale Cincinnati", "Medvedev wint in
Cincinnati") share the tournament, the place and most words, yet are about different people. An
actor is a surname the headline writes as a name (capitalised, with its particles: "Van der Poel",
"De Jong" — not the adjective "groot" of a text that names "Jan de Groot") and the text writes in
full ("Jakobsen" of "Fabio Jakobsen", "Poel" of "Mathieu van der Poel", "Ineos" of "Team Ineos"): a
surname, not a place ("Haag" of "Den Haag" starts with a particle), a country or a region ("Ronde
van Vlaanderen"), nor a word of an event or institution ("Tweede Kamer", "US Open": `NOT_PERSONAL`).

`clash`: the article's headline has a telling actor the story never names, and the article names none of
the story's telling headline actors (or, for a news item, not in its opening: see `rescue.other_actors`):
a report on Stam's successor that names Stam continues the story of his leaving, though it names neither
the director nor the assistant other headlines of it are about. A follow-up of one event names its
actor (the article that continues "Medvedev wint" names Medvedev), so only a report about someone else
meets both sides.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from pipeline.stories.demonyms import is_demonym
from pipeline.stories.evidence import place_word
from pipeline.stories.lexicon import FIRST_NAMES_IN_STOPWORDS, NOT_PERSONAL, PARTICLES, REGIONS, STOPWORDS

MAX_PARTICLES = 3  # "Mathieu van der Poel", "Jan van 't Hof"


def headline_actors(title_words: Sequence[str], names: Collection[str]) -> frozenset[str]:
    """The actors of a headline (`title_words`: its words as written, in order) among the article's
    names (lowercased): a one-word name that is the last word of a longer name whose first word is
    a first name (not a particle, a stopword, a place or its adjective, not an abbreviation: "US
    Open") and whose other words are all particles or, in a name of three words, none is; the
    headline writes it capitalised, after the same particles ("De Groot" of "Jan de Groot")."""
    lower = [w.lower() for w in title_words]
    found = set()
    for name in names:
        parts = _without_people(name.split(" "))
        if not (1 < len(parts) <= 2 + MAX_PARTICLES) or not _first_name(parts[0]):
            continue
        inner, surname = parts[1:-1], parts[-1]
        particles = bool(inner) and all(p in PARTICLES for p in inner)
        if len(parts) > 3 and not particles or NOT_PERSONAL.intersection(parts):
            continue
        if surname in names and not place_word(surname) and surname not in REGIONS:
            written = inner if particles else []
            if _in_headline(surname, written, title_words, lower):
                found.add(surname)
    return frozenset(found)


def _without_people(parts: list[str]) -> list[str]:
    """A name's words without a people's adjective in front ("Australische Ashleigh Barty": the name finder
    reads the capitalised adjective into the run; the person is "Ashleigh Barty")."""
    return parts[1:] if len(parts) > 2 and (place_word(parts[0]) or is_demonym(parts[0])) else parts


def full_name(name: str, surname: str) -> bool:
    """`name` is a person's full name ending in `surname`: a first name, then particles only ("Ronald Koeman",
    "Mathieu van der Poel"; not "Dylan Vente van Feyenoord", "FC Twente")."""
    parts = name.split(" ")
    return (
        1 < len(parts) <= 2 + MAX_PARTICLES
        and parts[-1] == surname
        and _first_name(parts[0])
        and all(p in PARTICLES for p in parts[1:-1])
    )


def _first_name(word: str) -> bool:
    """`word` can open a person's name: not a particle, a place, or a stopword other than a first name
    ("Ben", "Dan": `FIRST_NAMES_IN_STOPWORDS`)."""
    if len(word) < 3 or word in PARTICLES or place_word(word):
        return False
    return word not in STOPWORDS or word in FIRST_NAMES_IN_STOPWORDS


def _in_headline(surname: str, particles: list[str], title_words: Sequence[str], lower: list[str]) -> bool:
    """The headline writes `surname` capitalised, right after `particles` (any case)."""
    n = len(particles)
    return any(
        w == surname and title_words[i][:1].isupper() and i >= n and lower[i - n : i] == particles
        for i, w in enumerate(lower)
    )


def clash(
    actors: frozenset[str] | None,
    names: Mapping[str, float],
    story_actors: Iterable[str],
    story_names: Mapping[str, int],
    weight: Callable[[str], float],
    key: float,
    lead: Collection[str] | None = None,
) -> bool:
    """The article's telling headline actors (`names`: the article's names and how telling each is)
    are all new to the story, and the article names none of the story's telling headline actors (of its
    names), or `lead` holds none when given (the names and words of a news item's opening: a report about Pompeo that recalls Kim Jong-un in its third paragraph is Pompeo's)."""
    if not actors:
        return False
    own = [a for a in actors if names.get(a, 0.0) >= key]
    if not own or any(a in story_names for a in own):
        return False
    named = names if lead is None else lead
    telling = [a for a in story_actors if a in story_names and weight(a) >= key]
    return bool(telling) and not any(a in named for a in telling)
