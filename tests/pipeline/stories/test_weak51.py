"""Weak evidence on the second look (`weak`, `rescue_common`, stop 51): a festival's other news shares its town and the
word "festival", which general Dutch news writes in about one item in fifty; beside one shared name that word says no
event, as "auto" did (`test_apart42`). The festival's own follow-up, sharing a word of what happened, still joins."""

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings
from pipeline.stories.weak import common
from tests.pipeline.stories.test_apart42 import _second_look

STORM = (
    "Festival in Dalfsen zet extra tenten neer voor onweer",
    "Het festival Zomerklanken in Dalfsen zet extra tenten neer omdat het KNMI zaterdag onweer verwacht.",
)
STAGES = (  # another item on the festival's town: the town and "festival", nothing of the storm
    "Steeds meer vrouwen op podia van festival in Dalfsen",
    "Op het festival in Dalfsen staan dit jaar meer vrouwelijke artiesten dan ooit.",
)
TENTS = (  # the storm's follow-up: a word of what happened ("tenten")
    "Tenten in Dalfsen houden onweer buiten",
    "De extra tenten in Dalfsen hielden het onweer zaterdag buiten, zegt de organisatie van het festival.",
)


def test_festival_is_a_common_word_now() -> None:
    assert common(["festival"], ClusterSettings().rescue_common) == {"festival"}
    assert not common(["festival"], 0.02)  # the bar before stop 51


def test_the_town_and_festival_is_no_event() -> None:
    settings = ClusterSettings()
    assert not _second_look([STORM], STAGES, settings)
    assert _second_look([STORM], STAGES, replace(settings, rescue_common=0.02))  # "festival" was the join


def test_the_storms_follow_up_still_joins() -> None:
    assert _second_look([STORM], TENTS, ClusterSettings())
