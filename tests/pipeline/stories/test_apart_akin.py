"""The second look (`rescue`) passes over a story whose only headline terms the article holds are one household
name's and an address's (`apart.akin`, `person.at_an_address`): the entities they share are that person's and the
address's. One household name alone stays for the second look."""

from types import SimpleNamespace

from pipeline.stories.apart import akin
from pipeline.stories.terms import term_of
from tests.pipeline.stories.test_person import LEVIES, RECEPTION


def _story(title: str) -> SimpleNamespace:
    return SimpleNamespace(centroid={t: 1.0 for w in title.split() if (t := term_of(w))}, size=1)


LEVY_STORY = _story("Trump dreigt vanaf Pennsylvania Avenue met heffingen op Chinese import")
PROFILE_STORY = _story("Donald Trump wil herkozen worden")  # shares only his name with the reception


def test_a_persons_name_and_an_address_only_is_left_out() -> None:
    seen = {1: (LEVY_STORY, False, True), 2: (PROFILE_STORY, False, True)}
    assert akin([(0.2, 1), (0.18, 2)], seen, RECEPTION) == [(0.18, 2)]  # story 2: his name alone, kept


def test_a_story_sharing_what_happened_stays() -> None:
    seen = {1: (LEVY_STORY, False, False)}
    assert akin([(0.2, 1)], seen, LEVIES) == [(0.2, 1)]
    assert akin([(0.2, 3)], {}, RECEPTION) == [(0.2, 3)]  # not looked at: kept
