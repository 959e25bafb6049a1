"""Recall of stop 37 (issue 19).

A goal told live by the two countries that play (`scoreline`): "Gnabry schiet Duitsers op 1-0" over "Gnabry bezorgt
Duitsland een 1-0 voorsprong tegen Nederland" writes no pair of sides and no match word, yet its score beside two
countries is the match's key, so the goal joins the match's story though its headline names another player; a goal
of another match (other countries) stays apart, and so does a youth team's or a third people's."""

import pytest

from pipeline.stories import fixture, scoreline
from pipeline.stories.cluster import ClusterSettings, assign
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()

SUMMARY = (
    "Bekijk de samenvatting van Polen-Nederland (1-3)",
    "Bekijk hier de samenvatting van de EK-kwalificatiewedstrijd tussen Polen en Nederland.",
)
REACTION = (
    "Bergwijn: 'We bleven geloven in onze kansen'",
    "De reactie van Steven Bergwijn na de wedstrijd Polen - Nederland.",
)
GOAL = (
    "Lewandowski kopt Polen op 1-0",
    "Robert Lewandowski bezorgt Polen na een hoekschop een 1-0 voorsprong tegen Nederland.",
)
# the same shape, a goal of the match of two other countries that evening
OTHER_GOAL = (
    "Lewandowski kopt Polen op 1-0",
    "Robert Lewandowski bezorgt Polen na een hoekschop een 1-0 voorsprong tegen Oostenrijk.",
)


def test_a_score_beside_two_countries_is_their_match() -> None:
    assert scoreline.keys(*GOAL) == {("nederland", "polen")}
    assert scoreline.keys("Koopmeiners zet Oranje op 2-1", "Het staat 2-1 tegen de Polen, die ...") == {
        ("nederland", "polen")
    }
    assert "fixture:nederland|polen" in fixture.marks(GOAL[0], [GOAL[1]], 600)


def test_no_key_without_a_score_for_a_third_side_or_a_youth_team() -> None:
    assert scoreline.keys("Polen en Nederland praten over handel", "Polen wil meer handel met Nederland.") == set()
    assert scoreline.keys("Polen wint met 2-1 van Zweden", "Polen versloeg Zweden, Nederland kijkt toe.") == set()
    assert scoreline.keys("Jong Oranje op 1-0 tegen Polen", "Jong Oranje leidt tegen Polen.") == set()
    assert scoreline.keys("Polen op 1-0 tegen Nederland", "De Zweedse scheidsrechter floot.") == set()


def _joins(lead: tuple[str, str]) -> bool:
    store = unrelated_window(SETTINGS)
    story = assign(feat("nos", "NOS", at(0, 22), *SUMMARY), store, SETTINGS)
    assert assign(feat("nos1", "NOS", at(0, 22.5), *REACTION), store, SETTINGS).story_id == story.story_id
    return assign(feat("nos2", "NOS", at(0, 23), *lead), store, SETTINGS).story_id == story.story_id


def test_a_goal_told_by_its_two_countries_joins_the_match(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _joins(GOAL)
    monkeypatch.setattr(scoreline, "keys", lambda title, lead: set())  # no key: the scorer's headline of its own
    assert not _joins(GOAL)


def test_a_goal_of_another_match_stays_apart() -> None:
    assert not _joins(OTHER_GOAL)
