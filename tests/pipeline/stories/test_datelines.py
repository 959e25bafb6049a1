"""Headline datelines (`datelines`): two police appeals of one kind from two towns are two cases, however alike their
words; a later item on one case, from its town or from another outlet, still joins it."""

from pipeline.stories import datelines, events
from tests.pipeline.stories.texts import assigned_in_turn

APPEAL = (
    "De recherche onderzoekt een straatroof die zaterdagavond plaatsvond aan de {street}. {victim} werd van een tas "
    "beroofd door twee jongens op een scooter. Wie heeft iets gezien? Getuigen kunnen bellen met de politie."
)
HEERENVEEN = (
    "a",
    "Politie",
    0.0,
    "Heerenveen - Straatroof: getuigen gezocht",
    APPEAL.format(street="Stationsweg", victim="Een man"),
)
HARLINGEN = (
    "b",
    "Politie",
    1.0,
    "Harlingen - Straatroof: getuigen gezocht",
    APPEAL.format(street="Kerkstraat", victim="Een vrouw"),
)
ARREST = (
    "c",
    "Politie",
    2.0,
    "Heerenveen - Twee jongens aangehouden voor straatroof",
    "De politie heeft twee jongens aangehouden voor de straatroof van zaterdagavond aan de Stationsweg. Een man werd "
    "daar van een tas beroofd door twee jongens op een scooter. De recherche dankt de getuigen.",
)


def test_a_headline_opening_on_places_marks_them() -> None:
    assert datelines.marks("Emmen, Zwolle - Gezocht - Diefstal rugtas in trein") == {"at:emmen", "at:zwolle"}
    assert datelines.marks("Bergen op Zoom - Man aangehouden na inbraak") == {"at:bergen op zoom"}
    assert datelines.marks("Zeist en Bunnik - Insluiper pint met gestolen pas") == {"at:zeist", "at:bunnik"}


def test_no_dateline_in_a_match_a_word_or_a_headline_without_a_dash() -> None:
    assert not datelines.marks("Ajax - PSV 2-1")  # the sides of a match: no sentence after the dash
    assert not datelines.marks("Gezocht - Mannen op straat mishandeld")  # a Dutch word, no place
    assert not datelines.marks("Analyse - Gemeente staat met lege handen")
    assert not datelines.marks("Straatroof in Heerenveen: getuigen gezocht")


def test_two_towns_clash_one_town_does_not() -> None:
    heerenveen, harlingen = events.marks(HEERENVEEN[3], ""), events.marks(HARLINGEN[3], "")
    assert events.clash(heerenveen, harlingen)
    assert not events.clash(heerenveen, events.marks(ARREST[3], ""))
    assert not events.clash(heerenveen, events.marks("Straatroof: getuigen gezocht", ""))  # no dateline: no clash


def test_one_match_told_from_either_side_does_not_clash() -> None:
    home = events.marks("Ajax - PSV: trainer tevreden over de zege", "")
    away = events.marks("PSV - Ajax: trainer boos over de nederlaag", "")
    assert not events.clash(home, away)


def test_two_towns_appeals_stay_apart_and_the_arrest_joins_its_case() -> None:
    stories = assigned_in_turn([HEERENVEEN, HARLINGEN, ARREST])
    assert stories["a"][0] != stories["b"][0]
    assert stories["c"][0] == stories["a"][0]
