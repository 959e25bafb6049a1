"""Round series46 (issue 21): a series' or a programme's standing lines, found by their grammatical shape
(pipeline.text.page_voice_rules: SERIES_VOICE, MISSED_NEWS, TODAY_IN, OTHER_NEWS, the rubric's newsroom;
frame_rules.PAIRED_TRAILS) — the series speaking of itself with a habitual time, a round-up's question to the reader
who missed the news and its answer, a bulletin's "today in PROGRAMME, among others:", the closing "Dit en ander
nieuws … in PROGRAMMA". Article sentences of the same shape stay: no product named, a report on someone else's
series, a programme quoted. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONG, MORE, TITLE, K, aside, joined, kept, kinds

STANDING = (
    # a national paper's podcast
    "In deze podcast bespreken we elke week het nieuws uit de Tweede Kamer.",
    # a city site's newsletter
    "Elke ochtend lees je in onze nieuwsbrief de belangrijkste berichten uit Utrecht.",
    # a regional broadcaster's sports programme
    "Wekelijks blikken we in het programma Sportcafé Twente terug op de wedstrijden van het weekend.",
    # a local broadcaster's bulletin
    "Vandaag in Rondje Drenthe onder andere: een koe op de snelweg bij Assen.",
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


def test_a_round_up_opening_on_the_missed_news_has_no_headline() -> None:
    question = "Heb je het nieuws van vandaag gemist? Dit is het nieuws van dinsdag 3 maart."
    text = joined(question, TITLE, BODY, "Wethouder blij met besluit", LONG, "Brug later klaar", MORE)
    found = kinds(text)
    assert (K.SITE_TEXT, question) in found or [t for k, t in found if k is K.SITE_TEXT] == question.split("? ")
    assert not any(kind is K.HEADLINE for kind, _ in found)  # each heading is an item's
    assert (K.SUBHEADING, TITLE) in found


def test_the_answer_alone_stays() -> None:
    answer = "Dit is het nieuws van dinsdag 3 maart."
    assert answer in kept(joined(TITLE, BODY, f"{LONG} {answer}", MORE))
