"""Round head47 (issue 21): the headline on fresh pages — a gallery's captions over the text, each closed by its
photo credit, are no title (pipeline.text.credited_captions); an author's name alone closing the title's line, a
date line under it, is the byline (pipeline.text.signed_titles.named_title). Each with a look-alike that keeps its
reading: an ordinary first line is still the title, a person the title names stays in it."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, headline, joined, kinds

# --- captions closed by their credits over the text ------------------------------------------------------------

GALLERY = (
    "Op het parkeerterrein in Assen stond een bult afval in brand (Rechten: De Vries Media)",  # RTV Drenthe
    "In Geesbrug ging een auto in vlammen op (foto: Omroep Zeeland)",  # Omroep Zeeland
    "De brandweer bij de woning aan de Dorpsstraat. Foto: Jan Smit",  # a credit after the caption's full stop
)


@pytest.mark.parametrize("first", GALLERY)
def test_captions_closed_by_their_credits_are_no_title(first: str) -> None:
    second = "Aan de IJselstraat in Assen stond afval in brand (Rechten: De Vries Media)"
    text = joined(first, second, BODY, MORE)
    assert headline(text) is None
    assert all(kind is not K.HEADLINE for kind, _ in kinds(text))
    assert any(kind is K.CAPTION and said in first for kind, said in kinds(text))


def test_the_title_over_credited_captions_is_taken() -> None:
    captions = ("Een auto in vlammen op (foto: Omroep Zeeland)", "Afval in brand (Rechten: De Vries Media)")
    assert headline(joined(TITLE, *captions, BODY, MORE)) == TITLE


@pytest.mark.parametrize(
    "first",
    (
        "Brand in Assen: bult afval in vlammen op",  # a title, no credit
        "Rechten van de mens staan onder druk",  # the credit's word opening a title
        "Voedselpakketten",  # a one-word title
    ),
)
def test_an_ordinary_first_line_is_still_the_title(first: str) -> None:
    assert headline(joined(first, BODY, MORE)) == first


# --- a name alone closing the title's line, a date line under it --------------------------------------------------

DATE = "24 oktober 2019"


def test_a_name_closing_a_dated_title_is_its_byline() -> None:
    line = "Politie zet extra middelen in tegen inbrakengolf in Aalst Koen Baten"  # Het Laatste Nieuws
    text = joined(line, DATE, BODY, MORE)
    assert headline(text) == "Politie zet extra middelen in tegen inbrakengolf in Aalst"
    assert (K.BYLINE, "Koen Baten") in kinds(text)


@pytest.mark.parametrize(
    ("line", "body"),
    (
        ("Ajax ontslaat trainer Erik ten Hag", "Erik ten Hag moet per direct vertrekken, meldt de club."),
        ("Koningsdag gevierd in Den Haag", BODY),  # a place after a preposition
        ("Wethouder opent nieuwe fietsbrug Zutphen", BODY),  # a title closed by one capitalised word
        ("Gemeenteraad van Zwolle steunt wethouder Kees Bakker", BODY),  # the person the title names is in the text
    ),
)
def test_a_person_the_title_names_stays_in_it(line: str, body: str) -> None:
    assert headline(joined(line, DATE, body, MORE)) == line


def test_a_name_closing_an_undated_title_stays_in_it() -> None:
    line = "Politie zet extra middelen in tegen inbrakengolf in Aalst Koen Baten"
    assert headline(joined(line, BODY, MORE)) == line


# --- a place and its dash alone over the text: the lede's dateline ------------------------------------------------


@pytest.mark.parametrize("place", ("Hasselt -", "Genk / Bilzen –", "Sint-Truiden -", "Den Bosch —"))
def test_a_place_and_its_dash_over_the_text_is_no_title(place: str) -> None:
    text = joined(place, BODY, MORE)
    assert headline(text) is None
    assert (K.DATELINE, place) in kinds(text)  # the lede's dateline broken off it: not translated, not set aside


def test_the_title_over_a_place_and_its_dash_is_taken() -> None:
    assert headline(joined(TITLE, "Hasselt -", BODY, MORE)) == TITLE


@pytest.mark.parametrize(
    "first",
    (
        "Anderlecht - Club Brugge",  # a match's sides
        "Hasselt",  # a one-word title
        "Hasselt - Nieuw politiehuis opent dinsdag",  # a place's dash before the title's words
    ),
)
def test_a_place_with_more_on_its_line_is_still_the_title(first: str) -> None:
    assert headline(joined(first, BODY, MORE)) == first
