"""A town's name is where it happened, not whom it is about: two incidents in one town share the town, and its
name bonus alone must not join them; two reports of one incident share what happened. Texts written for these
tests ("Wadwerd", a village name the prior reads as rare)."""

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.places import place_terms, set_in_names
from tests.pipeline.stories.test_review25_probes import window
from tests.pipeline.stories.texts import at, feat

SEAL = (
    "Zeehond ontsnapt uit opvang",
    "Een jonge zeehond is dinsdagnacht ontsnapt uit de opvang in Wadwerd. De politie zoekt het dier met een drone "
    "in de omgeving.",
)
FARM_FIRE = (
    "Boerderij verwoest door brand",
    "Een grote brand heeft dinsdagnacht een boerderij in Wadwerd verwoest. De politie onderzoekt met een drone de "
    "oorzaak in de omgeving.",
)
FIRE_CAUSE = (
    "Oorzaak brand nog onbekend",
    "In Wadwerd weten de eigenaren nog niet hoe het vuur ontstond. Tientallen koeien kwamen om, meldt de veehouder.",
)
FULL_BONUS = replace(ClusterSettings(), place_bonus=1.0)


def _second_joins(first: tuple[str, str], second: tuple[str, str], store: MemoryStoryStore, s: ClusterSettings) -> bool:
    a = assign(feat("a", "Dagblad", at(0, 14), *first), store, s)
    return assign(feat("b", "Omroep", at(0, 16), *second), store, s).story_id == a.story_id


def test_the_town_an_article_is_set_in_is_a_place_name():
    fire = feat("a", "x", at(), *FARM_FIRE)
    assert set_in_names(fire, place_terms(fire)) == {"wadwerd"}
    assert set_in_names(fire, frozenset()) == frozenset()


def test_two_incidents_in_one_town_stay_apart_without_the_towns_name_bonus():
    assert not _second_joins(SEAL, FARM_FIRE, window(ClusterSettings()), ClusterSettings())
    # the town's bonus is what joined them
    assert _second_joins(SEAL, FARM_FIRE, window(FULL_BONUS), FULL_BONUS)


def test_two_reports_of_one_incident_naming_only_the_town_still_join():
    assert _second_joins(FARM_FIRE, FIRE_CAUSE, window(ClusterSettings()), ClusterSettings())


CHURCH_FIRE = (
    "Brand verwoest kerk in Wadwerd",
    "Een grote brand heeft dinsdagnacht de kerk van Wadwerd verwoest. De toren stortte in.",
)
SPARKS = (
    "Kerkbrand Wadwerd: vonkenregen over dorp",
    "Bewoners in Wadwerd moesten ramen en deuren sluiten. Vonken en as dwarrelden neer op daken en tuinen.",
)


def test_a_report_whose_headline_tells_what_the_story_holds_keeps_the_towns_bonus():
    """ "Kerkbrand": the story holds both parts ("kerk", "brand"), so the town is the one incident's place."""
    assert _second_joins(CHURCH_FIRE, SPARKS, window(ClusterSettings()), ClusterSettings())
    no_bonus = replace(ClusterSettings(), name_weight=0.0)  # the town's bonus is what joins them
    assert not _second_joins(CHURCH_FIRE, SPARKS, window(no_bonus), no_bonus)
