"""An item whose headline names the name a big story owns (`owned`): "Publiek blijft weg bij uitspraak Wolthuis"
joins the day's verdict told by three outlets in eight items, though its headline and lead name a public gallery and
a retired officer; the same item stays apart when the story is small, when the window names Wolthuis in other
stories too (the name is no story's own), or a day later."""

import pytest

from pipeline.stories import owned
from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()

VERDICT = "De rechtbank in Amsterdam heeft Barend Wolthuis donderdag veroordeeld tot levenslang voor vijf liquidaties."
STORY = [
    ("Barend Wolthuis krijgt levenslang voor vijf liquidaties", VERDICT),
    ("Levenslang voor Wolthuis", VERDICT + " De rechtbank volgt de eis van het Openbaar Ministerie."),
    (
        "Rechtbank: Wolthuis gaf opdracht tot liquidaties",
        VERDICT + " De kroongetuigen zijn volgens de rechtbank betrouwbaar.",
    ),
    ("Wolthuis veroordeeld tot levenslang", VERDICT + " Wolthuis was zelf niet aanwezig bij de uitspraak."),
    ("Levenslange celstraf voor Barend Wolthuis", VERDICT + " De advocaat van Wolthuis overweegt hoger beroep."),
    ("Wolthuis hoort levenslang niet zelf aan", VERDICT + " Hij bleef in zijn cel in Vught."),
    ("Advocaat Wolthuis: hoger beroep tegen levenslang", VERDICT + " De verdediging noemt het vonnis onbegrijpelijk."),
    (
        "Nabestaanden opgelucht na levenslang voor Wolthuis",
        VERDICT + " Nabestaanden van de slachtoffers zijn opgelucht.",
    ),
]
OUTLETS = ("NOS", "NU.nl", "De Telegraaf")
ITEM = (
    "Publiek blijft weg bij uitspraak Wolthuis",
    "De publieke tribune in de bunker in Osdorp bleef vrijwel leeg. Alleen oud-agent Henk Jansma en "
    "schrijfster Marieke Bosch zaten op de banken. Jansma volgde sinds 2016 elke zitting, vertelt hij. "
    "Bosch werkt aan een boek over de onderwereld en kwam voor haar laatste hoofdstuk. Buiten stonden "
    "cameraploegen in de regen te wachten op een advocaat die niet kwam. Een broodjeszaak aan de overkant had "
    "extra personeel ingehuurd voor de drukte, maar verkocht nauwelijks iets. De beveiligers dronken koffie en "
    "keken naar de lege parkeerplaats, waar alleen een busje van de gemeente stond met een kapotte ruitenwisser.",
)


def _story(size: int = 8) -> tuple[MemoryStoryStore, int]:
    store = unrelated_window(SETTINGS)
    ids = set()
    for i, (title, body) in enumerate(STORY[:size]):
        ids.add(assign(feat(f"s{i}", OUTLETS[i % 3], at(0, 2 + i * 0.3), title, body), store, SETTINGS).story_id)
    assert len(ids) == 1
    return store, ids.pop()


def _joins(size: int = 8, hours: float = 2) -> bool:
    store, story_id = _story(size)
    return story_id == assign(feat("x", "NOS", at(0, 5 + hours), *ITEM), store, SETTINGS).story_id


def test_an_item_naming_the_name_a_big_story_owns_joins_it(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _joins()
    monkeypatch.setattr(owned, "owns", lambda *args: False)
    assert not _joins()  # its headline's gallery and officer: another item


def test_a_small_story_owns_no_name() -> None:
    assert not _joins(size=4)


def test_a_name_other_stories_of_the_window_give_is_no_storys_own() -> None:
    store, story_id = _story()
    story, item = store.story(story_id), feat("x", "NOS", at(0, 7), *ITEM)
    assert story is not None
    assert owned.owns(item, story, 2.0, 12.0, lambda key: 9)  # the item and the story's eight
    assert not owned.owns(item, story, 2.0, 12.0, lambda key: 20)  # eleven more: a surname of several stories


def test_an_item_a_day_later_stays_apart() -> None:
    assert not _joins(hours=30)
