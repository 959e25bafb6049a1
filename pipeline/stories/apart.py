"""Another event of the same kind, on another day, somewhere else: a storm in Friesland on Thursday
told in the words of Monday's storm in Zeeland ("Storm raast over ...: daken van huizen gewaaid").
The words of a kind of report outweigh the days' clash (`ClusterSettings.date_clash`); where the
later article also sets itself only in places the story never names ("in Friesland", "In
Leeuwarden"), it reports another event, not the next part of the story's: a follow-up of one event
goes back to where it happened (the arrest "uit Nijverdal" for the fire in Nijverdal)."""

from __future__ import annotations

from collections.abc import Mapping

from pipeline.stories.features import ArticleFeatures
from pipeline.stories.initials import initialisms
from pipeline.stories.person import at_an_address
from pipeline.stories.places import place_terms
from pipeline.stories.store import StoryState

BIG = 5  # a story of this many articles is set where its articles say (`set_elsewhere`)


def elsewhere(features: ArticleFeatures, centroid: Mapping[str, float]) -> bool:
    """The article names places it is set in (`places.place_terms`: after "in", "uit", "nabij", or its dateline) and
    the story holds none of them."""
    places = place_terms(features)
    return bool(places) and not any(p in centroid for p in places)


def again_elsewhere(
    features: ArticleFeatures, names: Mapping[str, float], story_names: Mapping[str, int], key: float
) -> bool:
    """The headline says it happened again (`again`) and the most telling one-word name of the headline and first
    sentence (a place or a surname; not a word of a longer name there: the source in "meldt RTL Nieuws"), at least
    `key` telling, is one the story never names: "Opnieuw ongeluk met vrachtwagen op A67" at Helden beside the
    story's accident at Someren that day is another accident of the kind, however much of the first it retells.
    Nor initials the text writes out ("FvD" beside "Forum voor Democratie": `initials`): the written-out name's words
    are the lead's, and a story of that party need never write its initials."""
    if "again" not in features.marks or features.lead_names is None:
        return False
    lead = features.lead_names
    written_out = initialisms(lead, features.paragraphs, features.names)
    single = [
        n for n in lead if " " not in n and n not in written_out and not any(n in m.split() for m in lead if " " in m)
    ]
    top = max(sorted(single), key=lambda n: names.get(n, 0.0), default=None)
    return top is not None and names.get(top, 0.0) >= key and top not in story_names


def akin(
    scored: list[tuple[float, int]], seen: Mapping[int, tuple[StoryState, bool, bool]], features: ArticleFeatures
) -> list[tuple[float, int]]:
    """The scored stories (score, story id) the second look (`rescue`) may let the article join: not one whose only
    headline terms it holds are one household name's and an address's (`person.at_an_address`; `seen` holds each
    looked-at story's state). The entities they share are that person's and the address's, which two events share
    as much as two reports of one ("Trump ontvangt honkbalkampioenen op Pennsylvania Avenue" beside a story of his
    levies). One household name alone is left to the second look: a profile of a story's one subject is often part
    of it. Nor a big story the article's headline sets itself apart from (`set_elsewhere`)."""
    places = place_terms(features)
    return [
        (v, i)
        for v, i in scored
        if not (
            i in seen
            and seen[i][2]
            and (at_an_address(features, seen[i][0].centroid) or set_elsewhere(features, seen[i][0], places))
        )
    ]


def set_elsewhere(features: ArticleFeatures, story: StoryState, places: frozenset[str]) -> bool:
    """A big story (`BIG` articles or more), and the article's headline names a place it is set in (`places`: its
    `place_terms`, read once per article) while the story names none of them: another event of the kind, the same
    day ("Paasvuur Erica loopt uit de hand" beside the day's story of the smell of Easter fires across the border)."""
    if story.size < BIG:
        return False
    return bool(places & set(features.title_terms)) and not any(p in story.centroid for p in places)
