"""Two matches or two races by their keys (`fixture` marks, read from the headline and the lead's first sentence):
"Pijnlijk afscheid Van Persie en Gio in beeld" (ADO Den Haag - Feyenoord, its lead says) beside a story of
Ajax - FC Utrecht of the same round, or "Horner roemt 'fenomenale' Verstappen na derde plaats in Spanje" (the Grand
Prix of Spain) beside a story of the Grand Prix of the Netherlands coming back to Zandvoort. Two items of one match
day share the competition, its round and most words; the keys tell them apart where the headlines (`sides`) do not.

- Both name a grand prix (`fixture:prix spanje`), none shared: two races.
- Both name the sides of a club match (`fixture:ado|feyenoord`), no pair and no side shared: two matches of one day
  (a side shared may be one story: a club's next opponent, decided by another match). A stage or a win with its
  day is no match's pair (`fixture.another_day` tells those apart). A tennis result both give (a `sets` mark
  shared) is one match however its players are keyed: "Rafael Nadal ... tegen Marin Cilic" in a lead is keyed by
  the first names, "Nadal verslaat Cilic" by the surnames. A country's match is left to the headlines' sides: a
  tournament's story of one national team tells its group's other matches, which decide its way on."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.stories.fixture import KIND
from pipeline.stories.lexicon import COUNTRIES
from pipeline.stories.mark_kinds import of_kind

PRIX = "prix "
SETS = "sets"  # a tennis result (`events.tennis_sets`)


def _prix(keys: set[str]) -> set[str]:
    return {k for k in keys if k.startswith(PRIX)}


def _pairs(keys: set[str]) -> set[str]:
    """The keys that pair two sides ("ado|feyenoord"), not a stage's or a win's (those end in their day)."""
    return {k for k in keys if "|" in k and not k.startswith(("stage ", "win ")) and not k[-1].isdigit()}


def clash(article: Iterable[str], story: Iterable[str]) -> bool:
    """Two grands prix, or two club matches with no side in common (see the module's doc)."""
    article, story = set(article), set(story)
    mine, theirs = of_kind(article, KIND), of_kind(story, KIND)
    prix, story_prix = _prix(mine), _prix(theirs)
    if prix and story_prix and not prix & story_prix:
        return True
    pairs, story_pairs = _pairs(mine), _pairs(theirs)
    if not pairs or not story_pairs or pairs & story_pairs or of_kind(article, SETS) & of_kind(story, SETS):
        return False
    sides = {side for pair in pairs for side in pair.split("|")}
    story_sides = {side for pair in story_pairs for side in pair.split("|")}
    return not sides & story_sides and not (sides | story_sides) & COUNTRIES
