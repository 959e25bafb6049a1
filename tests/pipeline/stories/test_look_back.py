"""The look back (`look_back`): a lone early item joins the story that grew after it, recorded as a merge; an item of
another event, or one seen too long before, stays alone. The texts are made up for these tests."""

from __future__ import annotations

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat, unrelated_window

EARLY = (
    "Grote grijze hond of wolf op de heide bij Lunteren",
    "Een wandelaar zag maandagochtend een grote grijze hond of wolf lopen over de heide bij Lunteren. Hij maakte een"
    " filmpje met zijn telefoon en belde de boswachter.",
)
BUILD = (
    (
        "Wolf doodt zes schapen in Lunteren",
        "In Lunteren zijn vannacht zes schapen doodgebeten. Schapenhouder Gerrit Wolters denkt dat een wolf de dieren"
        " heeft gedood bij de schaapskooi. De provincie Gelderland laat DNA-onderzoek doen.",
    ),
    (
        "DNA-onderzoek naar wolf na doodgebeten schapen in Lunteren",
        "De provincie Gelderland onderzoekt of een wolf de zes schapen bij de schaapskooi in Lunteren heeft"
        " doodgebeten. Schapenhouder Gerrit Wolters vond de dieren maandagochtend in zijn weiland.",
    ),
)
OTHER = (
    "Brand in bakkerij aan de Dorpsstraat in Lunteren",
    "In een bakkerij aan de Dorpsstraat in Lunteren is maandagochtend brand uitgebroken. Bakker Hendrik Jansen en zijn"
    " personeel konden op tijd naar buiten; de brandweer had het vuur snel onder controle.",
)


def grow(early: tuple[str, str], settings: ClusterSettings, early_hours: float = 0.5) -> tuple[MemoryStoryStore, int]:
    """An early item, then two articles that build their story: the first opens a story of its own (a bar it cannot
    reach), the second joins it. Returns the store and the story the early item opened."""
    store = unrelated_window(replace(settings, back_hours=0.0))
    lone = assign(feat("early", "Omroep Gelderland", at(0, early_hours), *early), store, settings).story_id
    alone = replace(settings, threshold=0.99, rescue_floor=0.99, theme_floor=0.99, plain_cosine=0.0)
    first = assign(feat("b1", "Krant", at(0, 1.5), *BUILD[0]), store, alone)
    assert first.created  # the early item's first look found no story: it stands alone
    assign(feat("b2", "Omroep", at(0, 3), *BUILD[1]), store, settings)
    assert store.article_story("b1") == store.article_story("b2")
    return store, lone


def test_the_lone_early_item_joins_its_story_when_it_grows_and_the_join_is_recorded():
    store, lone = grow(EARLY, ClusterSettings())
    story = store.article_story("b2")
    assert store.article_story("early") == story
    assert [(m.kept, m.absorbed, m.article_id) for m in store.merges] == [(story, lone, "b2")]


def test_without_the_look_back_the_early_item_stays_alone():
    store, _ = grow(EARLY, replace(ClusterSettings(), back_hours=0.0))
    assert store.article_story("early") != store.article_story("b2")
    assert not store.merges


def test_an_item_of_another_event_in_the_town_stays_alone():
    store, _ = grow(OTHER, ClusterSettings())
    assert store.article_story("early") != store.article_story("b2")


def test_an_item_seen_longer_ago_than_back_hours_stays_alone():
    store, _ = grow(EARLY, replace(ClusterSettings(), back_hours=2.0), early_hours=0.5)
    assert store.article_story("early") != store.article_story("b2")


def test_only_the_best_lone_candidates_are_looked_at():
    store, _ = grow(EARLY, replace(ClusterSettings(), back_stories=0))
    assert store.article_story("early") != store.article_story("b2")
