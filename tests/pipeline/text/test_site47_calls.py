"""A call to the reader by the imperative's place, whatever its verb (issue 21, site47; pipeline.text.reader_pointers.
CALL_LINES): a line of its own that opens with a word of no closed class, the reader, the outlet or a thing as its
object, and a pointer that leaves the page — worded as different sites word it (invented here), beside lines of the
same shape that stay the article's."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, joined, kept


@pytest.mark.parametrize(
    "line",
    [
        "Meld u aan op www.voorbeeldclub.nl.",  # a sports club's news page
        "Bestel de jubileumkalender via info@voorbeelddorp.nl.",  # a village news site
        "Probeer het zelf op onze website.",  # a consumer programme's page
        "Stuur je vakantiefoto in via de site van de krant.",  # a regional daily
        "Reserveer hier je kaarten",  # a theatre's button, no sentence end
        "Koop hier een lot",  # a charity lottery's button
    ],
)
def test_a_call_pointing_the_reader_elsewhere_is_set_aside(line: str) -> None:
    text = joined(TITLE, BODY, line, MORE)
    assert ("link", line) in aside(text)
    assert BODY in kept(text) and MORE in kept(text)


@pytest.mark.parametrize(
    "line",
    [
        "Pas je snelheid aan op de snelweg.",  # an imperative pointing at no page
        "Neem de trein via Utrecht.",  # "via" a place, the thing as the object: no page
        "Steeds meer mensen kiezen voor de fiets",  # an adverb opens a headline-like line
        "Bekijk hier hoe de brandweer het vuur bluste.",  # the video in its place: a clause after "hier"
        "Vraag je buren om hulp via de buurtapp, adviseert de wijkagent.",  # a clause after a comma: reported advice
        "Meld je aan via de website van de gemeente, want de plaatsen zijn beperkt.",  # a clause after a comma
        "Toen de brandweer hier via de achterdeur binnenkwam.",  # a conjunction opens it
        "Kom je ook naar de markt via de nieuwe brug?",  # a question
    ],
)
def test_a_line_of_the_same_shape_stays(line: str) -> None:
    assert line in kept(joined(TITLE, BODY, line, MORE))


def test_a_long_line_without_a_sentence_end_is_no_button() -> None:
    line = "Reserveer hier je kaarten voor de voorstelling van zaterdag in de schouwburg"
    assert line in kept(joined(TITLE, BODY, line, MORE))


def test_inside_a_paragraph_the_line_rule_does_not_reach() -> None:
    paragraph = f"{BODY} Meld u aan op www.voorbeeldclub.nl."
    assert paragraph in kept(joined(TITLE, paragraph, MORE))
