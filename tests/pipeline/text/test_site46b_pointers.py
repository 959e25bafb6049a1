"""Calls to action by their grammar (site46b, pipeline.text.reader_pointers): a line of its own sending the reader to
the outlet's own page, player or link, worded as different Dutch and Flemish sites word it (invented here), beside a
line of the same shape that stays the article's."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, joined, kept


@pytest.mark.parametrize(
    "line",
    [
        "Zie ook onze fotoreportage van de intocht.",  # a regional daily
        "Bekijk de volledige fotoreeks hier.",  # a Flemish city site
        "Herbeluister het gesprek met de burgemeester op onze website.",  # a local radio station
        "Surf naar onze website voor het hele programma.",  # a village news site
        "Meer beelden van de optocht vind je in ons fotoalbum.",  # a regional broadcaster
        "Alle uitslagen van de amateurs vind je op onze sportpagina.",  # a sports page
        "De hele reportage zie je hier.",  # a TV station's web page
    ],
)
def test_a_line_sending_the_reader_to_the_outlets_page_is_set_aside(line: str) -> None:
    text = joined(TITLE, BODY, line, MORE)
    assert ("link", line) in aside(text)
    assert BODY in kept(text) and MORE in kept(text)


@pytest.mark.parametrize(
    "line",
    [
        "Kijk uit voor gladheid op de fietspaden.",  # an imperative pointing nowhere
        "Ontdek hieronder de meest markante uitspraken van het debat.",  # inside the article
        "Bezoek de tentoonstelling in het museum van de stad.",  # a place, no page of the outlet's
        "Alle kinderen zie je daar spelen in het water.",  # the object first, no page
        "Bekijk de sporen op de weg, zegt de agent, want hier gebeurde het.",  # a clause after a comma
        "Zie je hier een kans voor de stad?",  # a question
        "Bekijk hier hoe de brandweer het vuur bluste.",  # the video in its place: a clause after "hier"
        "Kijk hier goed uit.",  # the verb uitkijken
    ],
)
def test_a_line_of_the_same_shape_stays(line: str) -> None:
    assert line in kept(joined(TITLE, BODY, line, MORE))


def test_inside_a_paragraph_the_line_rule_does_not_reach() -> None:
    paragraph = f"{BODY} Zie ook onze fotoreportage van de intocht."
    assert paragraph in kept(joined(TITLE, paragraph, MORE))
