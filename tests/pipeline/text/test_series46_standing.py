"""Round series46 (issue 21): a series' or a programme's standing lines, found by their grammatical shape
(pipeline.text.page_voice_rules: SERIES_VOICE, OTHER_NEWS, the rubric's newsroom) — the series speaking of itself with
a habitual time, the closing "Dit en ander nieuws … in PROGRAMMA". Article sentences of the same shape stay: no
product named, a report on someone else's series, a programme quoted. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONG, MORE, TITLE, aside, joined, kept

STANDING = (
    # a national paper's podcast
    "In deze podcast bespreken we elke week het nieuws uit de Tweede Kamer.",
    # a city site's newsletter
    "Elke ochtend lees je in onze nieuwsbrief de belangrijkste berichten uit Utrecht.",
    # a regional broadcaster's sports programme
    "Wekelijks blikken we in het programma Sportcafé Twente terug op de wedstrijden van het weekend.",
    # a regional broadcaster's closing formula, and a local broadcaster's
    "Dit en ander nieuws uit de regio in Omroep Zeeland Nieuws.",
    "Dit en meer nieuws uit Lansingerland in Studio Lansingerland Actueel.",
    "Dat - en meer - in Rijnmond Vandaag.",
    # the series speaking to the reader, no product named; a programme "waarin we"; a rubric's newsroom
    "Elke zaterdag vertellen we je in het kort wat er speelde in de gemeenteraad.",
    "Flevo Vandaag is het programma waarin we u elke werkdag bijpraten over het nieuws uit de provincie.",
    "In de rubriek Stadsbytes struint de redactie het web voor je af voor de opvallendste berichten.",
)
ARTICLE = (
    "De gemeente zet elke week afval aan de straat.",
    "Wij bespreken dat elke week met de raad.",
    "In de serie bespreken ze elke week een nieuwe zaak uit de rechtbank.",
    "In het programma bespreken we elke week de politiek, zei presentator Jansen.",
    "'In ons programma bespreken we elke week de politiek.'",
    "Elke week spreken we met de burgemeester in het gemeentehuis.",
    "Dit en meer gebeurde in Amsterdam.",
    "In de rubriek Kassa houden presentatoren de klachten van kijkers bij.",
)


@pytest.mark.parametrize("line", STANDING)
def test_a_standing_line_of_a_series_is_set_aside(line: str) -> None:
    assert line in [text for _, text in aside(joined(TITLE, BODY, line, LONG, MORE))]
    assert LONG in kept(joined(TITLE, BODY, line, LONG, MORE))


@pytest.mark.parametrize("line", STANDING[:3])
def test_a_standing_line_glued_to_a_paragraph_is_its_tail(line: str) -> None:
    assert line in [text for _, text in aside(joined(TITLE, BODY, f"{LONG} {line}", MORE))]
    assert LONG in kept(joined(TITLE, BODY, f"{LONG} {line}", MORE))


@pytest.mark.parametrize("sentence", ARTICLE)
def test_an_article_sentence_of_the_same_shape_stays(sentence: str) -> None:
    text = joined(TITLE, BODY, f"{LONG} {sentence}", MORE)
    assert sentence in kept(text)
    assert not aside(text)
