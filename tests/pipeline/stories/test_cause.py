"""An item whose lead names a story's event as its cause (`cause`): "waar het ongekend rustig is vanwege de
ov-staking" joins the strike's story though its headline names a painter at a station; the same item on a storm,
or a day after the strike's story, stays apart."""

import pytest

from pipeline.stories import cause
from pipeline.stories.cluster import ClusterSettings, assign
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()

STRIKE = (
    (
        "Landelijke ov-staking: nauwelijks treinen, overvolle wegen",
        "Door de ov-staking rijden vandaag nauwelijks "
        "treinen, bussen en trams. Op de snelwegen staan lange files. De vakbonden eisen dat het kabinet ingrijpt.",
    ),
    (
        "Ov-staking legt land plat, vakbonden tevreden",
        "De ov-staking legt het land vandaag plat. De vakbonden "
        "zijn tevreden over de opkomst van de stakers bij de stations.",
    ),
)


def _item(reason: str) -> tuple[str, str]:
    return (
        "Schilders op leeg station Zwolle: 'Perfect, dat moeten ze vaker doen'",
        f"RTV Oost sprak met een schilder op station Zwolle, waar het ongekend rustig is vanwege de {reason}.",
    )


def _joins(item: tuple[str, str], hours: float = 3) -> bool:
    store = unrelated_window(SETTINGS)
    story = assign(feat("s0", "NOS", at(0, 7), *STRIKE[0]), store, SETTINGS)
    assert assign(feat("s1", "AD", at(0, 8), *STRIKE[1]), store, SETTINGS).story_id == story.story_id
    return assign(feat("x", "NOS", at(0, 8 + hours), *item), store, SETTINGS).story_id == story.story_id


def test_the_cause_is_a_word_after_vanwege_de_not_a_name_nor_a_common_word() -> None:
    assert "ov-staak" in cause.causes(feat("x", "NOS", at(0, 9), *_item("ov-staking")))
    assert cause.causes(feat("y", "NOS", at(0, 9), *_item("politie"))) == frozenset()
    bare = feat("z", "NOS", at(0, 9), "Files", "Lange files op de A12 door ov-staking bij Utrecht.")
    assert "ov-staak" in cause.causes(bare)


def test_an_item_caused_by_the_storys_event_joins_it(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _joins(_item("ov-staking"))
    monkeypatch.setattr(cause, "caused", lambda *args: False)
    assert not _joins(_item("ov-staking"))  # its headline's station and painter: another item


def test_an_item_caused_by_another_event_stays_apart() -> None:
    assert not _joins(_item("hittegolf"))


def test_an_item_a_day_later_stays_apart() -> None:
    assert not _joins(_item("ov-staking"), hours=30)
