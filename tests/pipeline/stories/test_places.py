"""Two events in one town: the headlines share only where they happened. Texts written for these tests."""

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.places import headline_shares_only_places, place_terms
from pipeline.stories.terms import stem
from tests.pipeline.stories.test_rarity import ESCAPE, SEARCH
from tests.pipeline.stories.test_review25_probes import window
from tests.pipeline.stories.test_review25c_probes import ALDERMAN, FARM_FIRE, HIT_AND_RUN, SEAL
from tests.pipeline.stories.texts import at, feat

NO_PLACE_CLASH = replace(ClusterSettings(), place_clash=1.0)


def test_the_places_of_an_article_are_the_names_it_writes_after_in_or_uit():
    fire = feat("a", "x", at(), *FARM_FIRE)
    assert stem("pieterburen") in place_terms(fire)
    assert stem("brand") not in place_terms(fire)  # "Een grote brand": no name
    places = place_terms(fire)
    assert headline_shares_only_places(fire.title_terms, {stem("pieterburen"): 1.0}, places)
    assert not headline_shares_only_places(fire.title_terms, {stem("pieterburen"): 1.0, stem("brand"): 1.0}, places)
    assert not headline_shares_only_places(fire.title_terms, {stem("koe"): 1.0}, places)  # nothing shared: says nothing


def _second_joins(first, second, store: MemoryStoryStore, settings: ClusterSettings) -> bool:
    a = assign(feat("a", "Dagblad", at(0, 14), *first), store, settings)
    return assign(feat("b", "Omroep", at(0, 16), *second), store, settings).story_id == a.story_id


def test_two_events_in_one_town_stay_apart_in_a_window_that_knows_the_town_is_rare():
    for first, second in ((SEAL, FARM_FIRE), (ALDERMAN, HIT_AND_RUN)):
        assert not _second_joins(first, second, window(ClusterSettings()), ClusterSettings())
    # the headlines' shared place is what keeps them apart: without it, the pair of one village joins
    assert _second_joins(SEAL, FARM_FIRE, window(NO_PLACE_CLASH), NO_PLACE_CLASH)


def test_a_follow_up_that_shares_what_happened_joins_in_an_empty_and_a_full_window():
    assert _second_joins(ESCAPE, SEARCH, MemoryStoryStore(), ClusterSettings())
    assert _second_joins(ESCAPE, SEARCH, window(ClusterSettings()), ClusterSettings())


def test_a_datelines_place_is_a_place_the_article_is_set_in():
    """ "VLISSINGEN - ...": the name in capitals opening the text, no "in" before it (`apart.elsewhere`, `told` and
    `rescue` read the same places)."""
    body = "VLISSINGEN - Tussen Goes en Vlissingen rijden geen treinen. Een defect sein legt het spoor plat."
    dated = feat("a", "x", at(), "Geen treinen door seinstoring", body)
    assert place_terms(dated) == {stem("vlissingen")}  # not "Goes": no place word before it


def test_a_headline_compound_whose_parts_the_story_holds_is_no_place_alone():
    church_fire = feat(
        "a", "Omroep Oost", at(0, 1), "Kerkbrand in Hengelo", "In Hengelo woedt een grote brand in een kerk."
    )
    places = place_terms(church_fire)
    story = {stem("grote"): 1.0, stem("brand"): 1.0, stem("kerk"): 1.0, stem("hengelo"): 1.0}
    assert not headline_shares_only_places(church_fire.title_terms, story, places)
    # another event in the town: its story holds the town and neither part of the compound
    other = {stem("hengelo"): 1.0, stem("wethouder"): 1.0, stem("kerkenraad"): 1.0}
    assert headline_shares_only_places(church_fire.title_terms, other, places)
