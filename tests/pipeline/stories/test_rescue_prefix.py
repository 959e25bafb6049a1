"""A club's prefix is no headline term of the second look (`rescue`): "Tiki-taka-Okafor rondt prachtige aanval af
tegen FC Twente", a match's goal, shares the scorer and the "FC" of another club ("FC Emmen") with the
month's goal nominations; nothing of what happened. A report of his nomination shares the words of the award and joins."""

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.rescue import _headline_terms
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()
NOMINATIONS = (
    "Dit zijn de nominaties voor het Doelpunt van de Maand: augustus",
    "De NOS-commentatoren hebben hun keuze gemaakt. Genomineerd voor het Doelpunt van de Maand zijn Rens Okafor "
    "van RKC Waalwijk met zijn volley, Milan Dresen bij FC Emmen en Bram Kuijt in FC Utrecht-Vitesse. "
    "Stemmen kan tot zondag via de website van NOS Sport.",
)
MATCH_GOAL = (
    "Tiki-taka-Okafor rondt prachtige aanval af tegen FC Twente",
    "Rens Okafor van RKC Waalwijk maakte zaterdag tegen FC Twente de 2-0 na een aanval van twaalf passes.",
)
NOMINATED = (
    "Okafor kan Doelpunt van de Maand winnen",
    "Rens Okafor van RKC Waalwijk maakt kans op de prijs voor de mooiste goal van augustus.",
)


def _joins(later: tuple[str, str]) -> bool:
    store = unrelated_window(SETTINGS)
    story = assign(feat("nos", "NOS", at(0, 1), *NOMINATIONS), store, SETTINGS)
    return assign(feat("vi", "VI", at(0, 2), *later), store, SETTINGS).story_id == story.story_id


def test_a_clubs_prefix_is_no_headline_term() -> None:
    assert "fc" not in _headline_terms(feat("vi", "VI", at(0, 2), *MATCH_GOAL), SETTINGS, 1)


def test_a_match_goal_stays_apart_from_the_months_nominations() -> None:
    assert not _joins(MATCH_GOAL)


def test_a_report_of_the_nomination_joins_them() -> None:
    assert _joins(NOMINATED)
