"""One person, other news (`person`): a headline that shares with a story only a household name ("Kim Jong-un")
tells another event of that person; one that shares what happened too, or a name that is no household name, does
not say so."""

from pipeline.stories.person import headline_shares_only_one_name
from pipeline.stories.terms import term_of
from tests.pipeline.stories.texts import at, feat

HALF_BROTHER = "Halfbroer van Kim Jong-un was informant van de CIA"  # the story's headline
LETTER = feat(
    "b",
    "AD",
    at(0, 19),
    "Trump ontvangt brief van Kim",
    "De Amerikaanse president Donald Trump heeft een brief ontvangen van de Noord-Koreaanse leider Kim Jong-un.",
)
# the same event told again: the headline shares what happened, not only who
INFORMANT = feat(
    "c",
    "NU.nl",
    at(0, 6),
    "CIA betaalde halfbroer Kim Jong-un als informant",
    "De halfbroer van de Noord-Koreaanse leider Kim Jong-un was informant van de CIA, meldt een Amerikaanse krant.",
)
# no household name: a rider's crash and his next day share his name only, and may be one story
RIDER = feat("d", "AD", at(0, 5), "Kruijswijk laat twijfels toe", "Steven Kruijswijk twijfelt na de etappe.")


def _centroid(*titles: str) -> dict[str, float]:
    return {t: 1.0 for title in titles for w in title.split() if (t := term_of(w))}


def test_a_headline_sharing_only_a_household_name_tells_other_news() -> None:
    story = _centroid(HALF_BROTHER)
    assert headline_shares_only_one_name(LETTER, story)


def test_a_headline_sharing_what_happened_too_does_not() -> None:
    story = _centroid(HALF_BROTHER)
    assert not headline_shares_only_one_name(INFORMANT, story)


def test_a_name_that_is_no_household_name_does_not() -> None:
    story = _centroid("Knecht van Steven Kruijswijk twee keer onderuit")
    assert not headline_shares_only_one_name(RIDER, story)
    tour = feat("e", "NOS", at(0, 5), "Storm boven Tour", "Onweer boven de Tour de France in Tignes.")
    assert not headline_shares_only_one_name(tour, _centroid("Snelheidsrecord in Tour de France"))  # no person


# a household name and where he was: the address's words are no word of what happened
RECEPTION = feat(
    "f",
    "AD",
    at(0, 18),
    "Trump ontvangt honkbalkampioenen op Pennsylvania Avenue",
    "President Donald Trump ontving de honkbalkampioenen maandag in het Witte Huis aan Pennsylvania Avenue.",
)
LEVIES = feat(
    "g",
    "NOS",
    at(0, 20),
    "Trump verhoogt vanaf Pennsylvania Avenue heffingen op Chinese import",
    "President Donald Trump verhoogt de heffingen op Chinese import, zei hij in het Witte Huis aan Pennsylvania Avenue.",
)


def test_a_household_name_and_an_address_tell_other_news() -> None:
    story = _centroid("Trump dreigt vanaf Pennsylvania Avenue met heffingen op Chinese import")
    assert headline_shares_only_one_name(RECEPTION, story)


def test_an_address_beside_what_happened_does_not() -> None:
    story = _centroid("Trump dreigt vanaf Pennsylvania Avenue met heffingen op Chinese import")
    assert not headline_shares_only_one_name(LEVIES, story)  # the same dispute: "heffingen" is shared too
