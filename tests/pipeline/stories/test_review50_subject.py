"""review50 of stories50's second-look refusal (`subject`): an item that never names a one-article story's headline
actor, while its headline gives a telling name of its own, gets no second look. A follow-up of the same injury that
names the rider by his team and role and says where he was operated on ("Porto") gave that place as the headline's own
name and was refused; a place the article is set in is where it happens, nobody it is about. Texts written here."""

from __future__ import annotations

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings
from tests.pipeline.stories.test_precision50 import INJURY, OTHER_INJURY, SURGERY
from tests.pipeline.stories.texts import second_look as _look

SETTINGS = ClusterSettings()
# the injury's follow-ups that name the rider by his team and role, and the city of his operation
IN_PORTO = (
    "Team Polder: sleutelbeen klimmer in Porto geopereerd",
    "De klimmer van Team Polder is in Porto geopereerd aan zijn sleutelbeenbreuk, meldt de ploeg.",
)
OPERATION = (
    "Operatie sleutelbeenbreuk in Porto geslaagd",
    "De operatie aan de sleutelbeenbreuk van de klimmer van Team Polder is in Porto geslaagd, meldt de ploeg.",
)


def test_a_follow_up_set_in_a_new_place_still_gets_its_second_look() -> None:
    for follow_up in (IN_PORTO, OPERATION):
        assert _look(INJURY, follow_up, replace(SETTINGS, subject_share=0.0))  # the second look alone takes it
        assert _look(INJURY, follow_up, SETTINGS)


def test_another_teams_injury_is_still_refused() -> None:
    assert not _look(INJURY, OTHER_INJURY, SETTINGS)
    assert _look(INJURY, SURGERY, SETTINGS)
