"""A match of the Dutch team written by its opponent only (`fixture._against_country`): "na de halve finale tegen
Zweden" is the key of "Nederland-Zweden", so a player's reaction joins the match's summary though its headline
names another person; a reaction to the match against another country stays apart."""

import pytest

from pipeline.stories import fixture
from pipeline.stories.cluster import ClusterSettings, assign
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()

SUMMARY = (
    "Nederland-Kroatië (kwartfinale) | EK 2021",
    "Bekijk hier de samenvatting van de kwartfinale tussen Nederland en Kroatië op het EK.",
)
FIRST_REACTION = (
    "Miedema: 'We voetballen nog niet zoals we kunnen'",
    "De reactie van Vivianne Miedema na het duel Nederland - Kroatië op het EK.",
)
REACTION = (
    "Van Leeuwen: 'Ik ben zo trots op deze ploeg'",
    "De reactie van Merel van Leeuwen na de kwartfinale op het EK tegen Kroatië.",
)
# the same shape, the match against another country
OTHER_MATCH = (
    "Van Leeuwen: 'Ik ben zo trots op deze ploeg'",
    "De reactie van Merel van Leeuwen na de kwartfinale op het EK tegen Portugal.",
)


def test_a_match_named_by_its_opponent_is_the_dutch_teams() -> None:
    assert "fixture:kroatië|nederland" in fixture.marks(REACTION[0], [REACTION[1]], 600)
    assert fixture.marks(SUMMARY[0], [SUMMARY[1]], 600) == {"fixture:kroatië|nederland"}


def test_two_named_sides_sanctions_and_votes_are_no_dutch_match() -> None:
    assert fixture.marks("België in de halve finale tegen Zweden", ["België speelt donderdag."], 600) == {
        "fixture:belgië|zweden"
    }
    assert fixture.marks("Kabinet wil sancties tegen Iran", ["De sancties tegen Iran gaan in."], 600) == frozenset()


def _joins(lead: tuple[str, str], settings: ClusterSettings) -> bool:
    store = unrelated_window(settings)
    story = assign(feat("nos", "NOS", at(0, 22), *SUMMARY), store, settings)
    assert assign(feat("nos1", "NOS", at(0, 22.5), *FIRST_REACTION), store, settings).story_id == story.story_id
    return assign(feat("nos2", "NOS", at(0, 23), *lead), store, settings).story_id == story.story_id


def test_a_reaction_to_the_match_against_its_opponent_joins_the_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _joins(REACTION, SETTINGS)
    monkeypatch.setattr(fixture, "_against_country", lambda text: set())  # no key: the other player's headline
    assert not _joins(REACTION, SETTINGS)


def test_a_reaction_to_the_match_against_another_country_stays_apart() -> None:
    assert not _joins(OTHER_MATCH, SETTINGS)
