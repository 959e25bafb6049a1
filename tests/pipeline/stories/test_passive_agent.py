"""A passive's agent is no cause (`cause`, `participles`): "door de politie aangehouden" in a Breda item's lead
names the police and the item's own arrest, not the arrest a Tilburg story tells, so the item stays apart; a second
report of the Tilburg arrest still joins its story, and "vanwege de grote ov-staking" is still a cause."""

import pytest

from pipeline.stories import cause, participles
from pipeline.stories.cluster import ClusterSettings, assign
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()

TILBURG = (
    (
        "Tilburg - Twee verdachten aangehouden voor drugsbezit",
        "In een woning aan de Klaverstraat is woensdag de bewoner aangehouden voor het bezit van harddrugs. Ook is "
        "een vrouw uit Goirle aangehouden. In de woning lagen heroïne en cocaïne.",
    ),
    (
        "Heroïne en cocaïne gevonden in huis Tilburg: twee aangehouden",
        "TILBURG - De bewoner van een woning aan de Klaverstraat in Tilburg is woensdag aangehouden. Agenten vonden "
        "heroïne en cocaïne. Ook een vrouw uit Goirle werd aangehouden.",
    ),
)
BREDA = (
    "Breda - Vrouw met fles op het hoofd geslagen",
    "Een 58-jarige Bredase is woensdagavond op de Molenstraat door de politie aangehouden omdat ze een vrouw met een "
    "fles op het hoofd sloeg. Het slachtoffer raakte gewond.",
)
TILBURG_AGAIN = (
    "Drugs in woning Klaverstraat: bewoner en vrouw uit Goirle aangehouden",
    "De politie heeft woensdag in Tilburg door een tip de bewoner van een woning aan de Klaverstraat aangehouden. Er "
    "lag heroïne en cocaïne; ook een vrouw uit Goirle is aangehouden.",
)


def _joins(item: tuple[str, str]) -> bool:
    store = unrelated_window(SETTINGS)
    story = assign(feat("s0", "Politie", at(0, 8), *TILBURG[0]), store, SETTINGS)
    assert assign(feat("s1", "AD", at(0, 9), *TILBURG[1]), store, SETTINGS).story_id == story.story_id
    return assign(feat("x", "Politie", at(0, 10), *item), store, SETTINGS).story_id == story.story_id


@pytest.mark.parametrize("word", ["aangehouden", "geslagen", "opgepakt", "doodgeschoten", "bekeurd", "ontvoerd"])
def test_participles_are_read(word: str) -> None:
    assert participles.participle(word)


@pytest.mark.parametrize("word", ["grote", "staking", "politie", "ov-staking", "noodweer", "hevige", "storm"])
def test_nouns_and_adjectives_are_no_participles(word: str) -> None:
    assert not participles.participle(word)


def test_the_agents_verb_is_no_cause_an_adjectives_noun_is() -> None:
    assert "aanhoud" not in cause.causes(feat("x", "Politie", at(0, 10), *BREDA))
    strike = ("Stil op station", "Het is stil op het station vanwege de grote ov-staking, zegt een reiziger.")
    assert "ov-staak" in cause.causes(feat("y", "NOS", at(0, 10), *strike))


def test_an_arrest_in_another_town_stays_apart() -> None:
    assert not _joins(BREDA)


def test_the_same_arrest_told_again_joins() -> None:
    assert _joins(TILBURG_AGAIN)
