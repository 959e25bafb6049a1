"""Precision audit prec36 (issue 21: "article text wrongly set aside stays 0 on every set"): every block the
structure pass set aside in 2,294 all-article texts (stories dev, dev5, blind3, blind4, blind6 … blind12) was read
with its article. Each probe is one shape of article text that was set aside, written here (not the article's
text), with the site text of that rule still set aside; each failed on the code before its fix."""

from __future__ import annotations

import pytest

from pipeline.text.spans import site_spans
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, article, aside, joined, kept


def _embeds(text: str) -> list[str]:
    return [text[start:end] for start, end, reason in site_spans(text) if reason == "embed"]


@pytest.mark.parametrize(
    "text",
    [
        "De les gaat over nieuwe vormen van communicatie. Social Media zijn voor jongeren de eerste bron van nieuws.",
        "Video Journalistiek is een vak apart, zegt de docent. Ze leert studenten filmen met een telefoon.",
        "De school bouwt een studio. Video Producties maken de leerlingen daar zelf.",
    ],
)
def test_a_medium_name_that_goes_on_into_a_clause_stays(text: str) -> None:
    assert _embeds(text) == []


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("Het plan moet de wijk veranderen. Social Goedemorgen, buurman! Het is nog vroeg.", "Social"),
        ("De burgemeester werd gefilmd. Social Vandaag krijgt de raad het voorstel.", "Social"),
        ("De brand was van ver te zien. Video Het vuur woedde de hele nacht.", "Video"),
        ("Ze deelde het bericht. Social Is dat nu echt nodig, vroeg een buurman.", "Social"),
        ("De brug is open. Video Burgemeester knipt het lint door De raad keek toe.", "Video"),  # a title, no stop
    ],
)
def test_a_medium_name_before_a_sentence_is_still_an_embed(text: str, placeholder: str) -> None:
    assert _embeds(text) == [placeholder]


def test_a_book_title_in_title_case_inside_a_sentence_is_no_menu() -> None:
    paragraph = (
        "De socioloog schreef in 1980 Stories: How People Remember Where They Lived and Why They Left the Places They "
        "Loved, een boek over verhuizen. Het werd een klassieker."
    )
    assert aside(joined(TITLE, BODY, paragraph, MORE)) == []
    menu = "Home Nieuws Sport Economie Cultuur Wetenschap Regio Weer Verkeer Podcasts Video Contact Over Ons"
    assert [reason for reason, _ in aside(joined(TITLE, f"{menu} {BODY}", MORE))] == ["navigation"]


def test_a_sentence_broken_after_its_first_word_keeps_that_word() -> None:
    broken = "Het plein wordt volgend jaar heringericht. Wie betaalt de rekening daarvoor? De"
    text = joined(TITLE, BODY, broken, "gemeente heeft er nog geen geld voor gereserveerd.", MORE)
    assert aside(text) == []
    assert "daarvoor? De gemeente" in kept(text)
    brand = "Het plein wordt volgend jaar heringericht. Wie betaalt de rekening daarvoor? Radio 2"
    assert aside(joined(TITLE, BODY, brand, MORE)) == [("site_name", "Radio 2")]  # a brand: still aside


def test_scores_in_brackets_are_no_list_of_stories() -> None:
    line = (
        "Ajax (3-0 tegen Volendam), PSV (2-1 tegen Heerenveen), AZ (1-0 tegen Emmen) en Twente (4-1 tegen NEC) "
        "gingen ook door naar de volgende ronde."
    )
    assert aside(joined(TITLE, BODY, line, MORE)) == []


def test_news_about_other_sites_privacy_statements_stays() -> None:
    paragraph = (
        "De toezichthouder keek naar tien webwinkels. Bij vier winkels schoot het privacybeleid vorig jaar nog "
        "altijd tekort. De andere zes hadden hun teksten aangepast."
    )
    assert aside(joined(TITLE, BODY, paragraph, MORE)) == []


@pytest.mark.parametrize(
    "notice",
    [
        "Lees in onze privacyverklaring hoe wij met je gegevens omgaan.",
        "Gegevens van bezoekers vallen onder het Privacybeleid van Voorbeeld Media en haar partners.",
        "Inzendingen worden bewaard in overeenstemming met de privacyverklaring van Voorbeeld Media.",
    ],
)
def test_the_sites_own_privacy_notice_is_still_set_aside(notice: str) -> None:
    assert aside(joined(TITLE, BODY, f"{MORE} {notice}")) == [("consent", notice)]


def test_a_quoted_speakers_question_amid_the_text_is_no_tip_request() -> None:
    paragraph = (
        "De wethouder is trots op de nieuwe markt. 'Er staan nu veertig kramen. Heb je die kaaskraam al eens gezien? "
        "Daar komen mensen uit de hele provincie voor.'"
    )
    assert aside(joined(TITLE, BODY, paragraph, MORE)) == []
    request = "Heb jij de brand gezien? Mail je foto's naar redactie@voorbeeld.nl."  # a real request: still aside
    assert [reason for reason, _ in aside(joined(TITLE, BODY, MORE, request))] == ["tip"]


@pytest.mark.parametrize(
    "advice",
    [
        "Kijk eens om je heen in de wijk, dan zie je hoeveel er veranderd is.",
        "Kijk eens of de bibliotheek in je buurt zo'n cursus geeft.",
    ],
)
def test_advice_to_look_around_is_no_teaser(advice: str) -> None:
    paragraph = f"Veel ouders weten niet waar ze moeten beginnen. {advice} Het kost vaak niets."
    assert aside(joined(TITLE, BODY, paragraph, MORE)) == []


def test_a_read_also_prompt_is_still_a_teaser() -> None:
    prompt = "Lees dan ook eens Het geheim van de oude brug."
    assert aside(joined(TITLE, BODY, f"{MORE} Vond je dit interessant? {prompt}")) != []


def test_a_letters_signature_glued_after_its_last_sentence_is_its_byline() -> None:
    letter = "Het nieuwe plein is een aanwinst. Laat de gemeente er vooral zo mee doorgaan! Anna Visser, Utrecht"
    found = article(joined(TITLE, BODY, letter))
    assert aside(joined(TITLE, BODY, letter)) == []
    assert found.meta.byline == "Anna Visser, Utrecht"
    assert found.meta.outlet is None  # not the outlet's name
    brand = "Het nieuwe plein is een aanwinst. Laat de gemeente er vooral zo mee doorgaan! Radio 2"
    assert aside(joined(TITLE, BODY, brand)) == [("site_name", "Radio 2")]  # a brand: still aside


def test_a_letter_on_one_line_closed_by_its_writers_name_and_place_keeps_them_as_its_byline() -> None:
    letter = " ".join([BODY, MORE] * 8)  # a whole page's text on one line
    signed = f"{letter} Dus doe wat je belooft, en begin er vandaag nog mee. Anna van der Berg Goes"
    found = article(joined(TITLE, signed))
    assert aside(joined(TITLE, signed)) == []
    assert found.meta.byline == "Anna van der Berg Goes"
    titled = f"{letter} Dus doe wat je belooft, en begin er vandaag nog mee. Nieuwe brug trekt veel fietsers aan"
    assert aside(joined(TITLE, titled)) == [("teaser", "Nieuwe brug trekt veel fietsers aan")]  # a card's title


def test_a_signature_line_without_a_space_after_its_comma_stays() -> None:
    assert aside(joined(TITLE, BODY, MORE, "Anna Visser,Utrecht")) == []
    assert aside(joined(TITLE, BODY, MORE, "Zwolle,Overijssel")) == [("tail", "Zwolle,Overijssel")]  # no name: tail
