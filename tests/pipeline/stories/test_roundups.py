"""A roundup of the morning's news ("Wekdienst 2/3: dijk Zaltbommel verzakt en ...") that names an item in
its headline is listed in that item's story; its other items' words, names and days stay out of it, and a
roundup that names no item ("De sport van woensdag bij de NOS") stays a story of its own."""

from pipeline.stories.cluster import assign
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.test_cluster import DIJK_WIRE, STAKING_BODY
from tests.pipeline.stories.texts import at, feat

WEKDIENST = "Wekdienst 2/3: dijk Zaltbommel verzakt en buschauffeurs Keolis staken"


def _stories() -> tuple[MemoryStoryStore, int, int]:
    store = MemoryStoryStore()
    dijk = assign(
        feat("d1", "NU.nl", at(0, 0), "Dijk bij Zaltbommel verzakt, 350 mensen geëvacueerd", DIJK_WIRE), store
    )
    staking = assign(feat("s1", "RTV Oost", at(0, 1), "Buschauffeurs Keolis leggen werk neer", STAKING_BODY), store)
    return store, dijk.story_id, staking.story_id


def test_a_roundup_naming_an_item_joins_a_story_it_names():
    store, dijk, staking = _stories()
    roundup = assign(feat("w1", "NOS", at(0, 2), WEKDIENST, DIJK_WIRE + "\n\n" + STAKING_BODY), store)
    assert not roundup.created and roundup.story_id in (dijk, staking)
    assert not roundup.merges
    store, dijk, staking = _stories()
    unnamed = assign(
        feat("w1", "NOS", at(0, 2), "De sport van woensdag bij de NOS", DIJK_WIRE + "\n\n" + STAKING_BODY), store
    )
    assert unnamed.created  # a roundup naming no item stays a story of its own


def test_the_roundups_other_items_stay_out_of_the_story():
    store, dijk, staking = _stories()
    roundup = assign(feat("w1", "NOS", at(0, 2), WEKDIENST, DIJK_WIRE + "\n\n" + STAKING_BODY), store)
    joined = store.story(roundup.story_id)
    assert joined is not None and "roundup" not in joined.marks
    other = staking if roundup.story_id == dijk else dijk
    again = assign(feat("s2", "AD", at(0, 3), "Buschauffeurs Keolis leggen werk neer", STAKING_BODY), store)
    later = assign(feat("d2", "AD", at(0, 3), "Dijk bij Zaltbommel verzakt, 350 mensen geëvacueerd", DIJK_WIRE), store)
    assert {again.story_id, later.story_id} == {dijk, staking} and other in (again.story_id, later.story_id)
