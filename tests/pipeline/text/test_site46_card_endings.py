"""Round site46 (issue 21): a run of headings with no text under them that close on one label after a separator (a
page's video or link cards: "<match>: samenvatting en reacties" three times) is set aside as teasers
(pipeline.text.repeated_cards.repeated_endings); the heading after them that heads text stays, and so do look-alikes
— headings each with text under them, a scorers' list, a run of headings that share no label. Texts written for
these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONG, MORE, TITLE, K, joined, kinds

HEADING = "Wethouder blij met besluit"
CARD_RUNS = (
    (  # a public broadcaster's football page
        "PEC Zwolle-Heracles: samenvatting en reacties",
        "Go Ahead Eagles-FC Twente: samenvatting en reacties",
        "NEC-Sparta: samenvatting en reacties",
    ),
    (  # a regional broadcaster's video cards
        "Brand in loods aan de Dijkweg | video",
        "Kerstmarkt trekt duizenden bezoekers | video",
        "Nieuwe rotonde open voor verkeer | video",
    ),
    (  # a Flemish paper's photo cards
        "Carnavalsstoet in Aalst - de beelden",
        "Marathon van Antwerpen - de beelden",
        "Ronde van Vlaanderen - de beelden",
    ),
    (  # a sports site's highlight cards
        "Club Brugge - Antwerp – bekijk de goals",
        "Genk - Gent – bekijk de goals",
        "Anderlecht - Standard – bekijk de goals",
    ),
    (  # a local news site's podcast cards
        "Aflevering 12: luister hier",
        "Aflevering 13: luister hier",
        "Aflevering 14: luister hier",
    ),
)


@pytest.mark.parametrize("cards", CARD_RUNS)
def test_a_run_of_card_titles_sharing_one_label_is_set_aside(cards: tuple[str, ...]) -> None:
    found = kinds(joined(TITLE, BODY, *cards, HEADING, LONG, MORE))
    for card in cards:
        assert (K.SITE_TEXT, card) in found
    assert (K.SUBHEADING, HEADING) in found  # the heading over the text below stays
    assert (K.PARAGRAPH, LONG) in found


@pytest.mark.parametrize("cards", CARD_RUNS)
def test_two_such_titles_are_not_yet_a_run(cards: tuple[str, ...]) -> None:
    found = kinds(joined(TITLE, BODY, *cards[:2], HEADING, LONG, MORE))
    assert not any(kind is K.SITE_TEXT for kind, text in found if text in cards)


def test_headings_with_text_under_each_stay() -> None:
    headings = ("Noord: veel regen", "Oost: veel regen", "Zuid: veel regen")
    text = joined(TITLE, BODY, headings[0], LONG, headings[1], MORE, headings[2], LONG)
    found = kinds(text)
    for heading in headings:
        assert (K.SITE_TEXT, heading) not in found


def test_a_scorers_list_read_as_headings_stays() -> None:
    scorers = ("Jan Sels (1 goal)", "Piet Nuyts (1 goal)", "Kees Heyns (1 goal)")
    found = kinds(joined(TITLE, BODY, "Doelpuntenmakers", *scorers, LONG))
    assert not any(kind is K.SITE_TEXT for kind, text in found if text in scorers)


def test_a_run_of_headings_with_no_shared_label_stays() -> None:
    headings = ("Maandag: open dag", "Dinsdag: lezing over de brug", "Woensdag: rondleiding")
    found = kinds(joined(TITLE, BODY, *headings, HEADING, LONG))
    assert not any(kind is K.SITE_TEXT for kind, text in found if text in headings)


@pytest.mark.parametrize(
    "lines",
    (
        ("Bohemian Rhapsody – Queen", "Radio Ga Ga – Queen", "We Are the Champions – Queen"),  # a playlist
        ("Het diner – Herman Koch", "Zomerhuis met zwembad – Herman Koch", "Geachte heer M. – Herman Koch"),  # books
    ),
)
def test_lines_sharing_a_name_stay(lines: tuple[str, ...]) -> None:
    found = kinds(joined(TITLE, BODY, *lines, HEADING, LONG))
    assert not any(kind is K.SITE_TEXT for kind, text in found if text in lines)
