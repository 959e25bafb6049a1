"""Review S: adversarial precision probes of the match keys (`fixture`) and the elected bodies' marks (`elected`).
Each pair is two different events of one day that a rule could put in one story. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.stories.cluster import ClusterSettings, assign
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()


def _joined(first: tuple[str, str], second: tuple[str, str], hours: float) -> bool:
    store = unrelated_window(SETTINGS)
    story = assign(feat("a", "NOS", at(0, 10), *first), store, SETTINGS)
    return assign(feat("b", "AD", at(0, 10 + hours), *second), store, SETTINGS).story_id == story.story_id


# one country's Grand Prix in Formula 1 and in MotoGP, one weekend
F1 = (
    "Verstappen pakt pole in Grand Prix van Spanje",
    "Max Verstappen start zondag vanaf de eerste plek in de Grand Prix van Spanje in Barcelona.",
)
MOTOGP = (
    "Marquez valt uit in GP van Spanje",
    "Marc Marquez is in de MotoGP-race van de Grand Prix van Spanje in Jerez ten val gekomen.",
)


def test_one_countrys_grand_prix_each_naming_its_class_are_two_races() -> None:
    f1 = (F1[0], F1[1].replace("in de Grand Prix", "in de Formule 1-race, de Grand Prix"))
    assert not _joined(f1, MOTOGP, 20)


@pytest.mark.xfail(strict=True, reason="fixture: the F1 item names no class of racing; the key's country is shared")
def test_one_countrys_grand_prix_in_f1_and_motogp_are_two_races() -> None:
    assert not _joined(F1, MOTOGP, 20)


# the fifth stage of two tours on one day
TOUR = (
    "Groenewegen wint vijfde etappe",
    "Dylan Groenewegen heeft de vijfde etappe van de Tour de France gewonnen in een massasprint in Colmar.",
)
GIRO_ROSA = (
    "Vos wint vijfde etappe Giro Rosa",
    "Marianne Vos heeft de vijfde etappe van de Giro Rosa gewonnen in een massasprint in Verona.",
)


def test_one_stage_number_of_two_tours_on_one_day_is_two_races() -> None:
    assert not _joined(TOUR, GIRO_ROSA, 2)


# the Senate's votes on two bills one Tuesday: two events, though both are "the Senate's bill"
CLIMATE = (
    "Eerste Kamer stemt in met Klimaatwet",
    "De Eerste Kamer heeft dinsdag ingestemd met de Klimaatwet van GroenLinks, PvdA en D66. "
    "Alleen de PVV, Forum voor Democratie en de SGP stemden tegen.",
)
PENSIONS = (
    "Eerste Kamer neemt Pensioenwet aan",
    "De Eerste Kamer heeft dinsdag de nieuwe Pensioenwet van minister Schouten aangenomen. "
    "De PVV, SP en Forum voor Democratie stemden tegen.",
)


def test_the_senates_votes_on_two_bills_are_two_events() -> None:
    assert not _joined(CLIMATE, PENSIONS, 1)


# a club's signing announced before a match names the match's pair in its lead: a transfer, not the match
MATCH = (
    "Ajax en PSV delen de punten in De Topper",
    "De topper Ajax-PSV is zondag in de Johan Cruijff Arena geëindigd in 1-1. Luuk de Jong maakte de gelijkmaker.",
)
SIGNING = (
    "Ajax haalt Bergwijn terug naar Amsterdam",
    "Ajax heeft zondag, vlak voor de topper Ajax-PSV, de komst van Steven Bergwijn bekendgemaakt. "
    "De aanvaller tekent een contract tot medio 2029.",
)


@pytest.mark.xfail(
    strict=True, reason="joins without the fixture key too (fixture_hours=0): the clubs' names and 'topper' carry it"
)
def test_a_signing_announced_before_a_match_is_no_report_of_it() -> None:
    assert not _joined(MATCH, SIGNING, 2)
