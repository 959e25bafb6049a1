"""Site text by kind, worded as three other outlets would word it (issue 21, helper site44): a video player's browser
notice, a web app's install prompt, a form's consent box, a site builder's credit, a broadcaster's schedule note, a
meta bar's status word, a pointer to the story in another form, a brand's camel-case credit — and next to each,
article text of a similar shape that stays. A link prompt opening with "Hier" needs the reader's question before it."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, kept
from tests.pipeline.text.site_helpers import joined as _text


@pytest.mark.parametrize(
    "notice",
    [
        "Deze browser wordt niet ondersteund voor het afspelen van video.",
        "Je browser ondersteunt deze video niet. Werk je browser bij om de video te bekijken.",
        "Uw browser ondersteunt geen HTML5-video.",
        "Om deze video te kunnen bekijken heb je een nieuwere browser nodig.",
    ],
)
def test_a_video_players_browser_notice_is_set_aside(notice: str) -> None:
    assert aside(_text(TITLE, BODY, notice, MORE)) == [("video", notice)]


def test_news_about_a_browser_stays() -> None:
    for news in (
        "Microsoft stopt met Internet Explorer: de browser wordt vanaf juni niet meer ondersteund.",
        "De nieuwe browser van het bedrijf speelt video's af zonder extra software.",
    ):
        assert news in kept(_text(TITLE, BODY, news, MORE))


@pytest.mark.parametrize(
    "prompt",
    [
        "Deze website heeft een app. Voeg deze toe aan je startscherm om hem te installeren.",
        "Zet onze site op je beginscherm: tik op het deelicoon en kies 'Zet op beginscherm'.",
        "Toevoegen aan startscherm",
        "Voeg toe aan beginscherm",
    ],
)
def test_a_web_apps_install_prompt_is_set_aside(prompt: str) -> None:
    assert aside(_text(TITLE, BODY, prompt, MORE)) == [("app", prompt)]


def test_news_about_apps_on_a_start_screen_stays() -> None:
    news = "Steeds meer gemeenten bieden een app aan die inwoners op hun startscherm kunnen zetten."
    assert news in kept(_text(TITLE, BODY, news, MORE))


@pytest.mark.parametrize(
    "box",
    [
        "We hebben je toestemming nodig om dit formulier te versturen.",
        "Wij hebben uw toestemming nodig om dit formulier te verzenden. Het vakje is alvast aangevinkt.",
        "Om dit formulier te versturen heb je toestemming nodig voor de verwerking van je gegevens.",
    ],
)
def test_a_forms_consent_box_is_set_aside(box: str) -> None:
    assert aside(_text(TITLE, BODY, box, MORE)) == [("consent", box)]


def test_a_permission_in_the_news_stays() -> None:
    news = "De gemeente heeft toestemming nodig van de provincie om de boom te kappen, meldt de wethouder."
    assert news in kept(_text(TITLE, BODY, news, MORE))
    form = "Bewoners moeten een formulier invullen; zonder hun toestemming gaat de bouw niet door, zegt de wethouder."
    assert form in kept(_text(TITLE, BODY, form, MORE))


@pytest.mark.parametrize(
    "credit",
    [
        "Site by Studio Noord",
        "Website door Studio Blauw",
        "Webdesign: Pixelwerk",
        "Ontwerp en realisatie: Bureau Noord",
        "Powered by WordPress",
    ],
)
def test_a_site_builders_credit_is_set_aside(credit: str) -> None:
    assert aside(_text(TITLE, BODY, MORE, credit)) == [("credit", credit)]


def test_a_caption_about_a_website_stays() -> None:
    caption = "Website door scholieren gebouwd voor het dorpshuis."
    assert caption in kept(_text(TITLE, BODY, caption, MORE))


@pytest.mark.parametrize(
    "note",
    [
        "Regio Vandaag wordt elke doordeweekse dag uitgezonden vanaf 18.00 uur op TV Oost.",
        "Het Journaal is elke werkdag te zien om 18.00 uur op Omroep Rijnmond.",
        "De Middagshow is iedere zaterdag te horen vanaf 12.00 uur op Radio Noord.",
    ],
)
def test_a_broadcasters_schedule_note_is_set_aside(note: str) -> None:
    assert aside(_text(TITLE, BODY, MORE, note)) == [("promo", note)]


def test_news_of_a_new_slot_stays() -> None:
    for news in (
        "Het programma wordt vanaf september elke zondag uitgezonden om 20.30 uur op NPO 1.",
        "Het programma wordt voortaan elke zondag uitgezonden om 20.30 uur op NPO 1.",
    ):
        assert news in kept(_text(TITLE, BODY, news, MORE))


@pytest.mark.parametrize(
    "pointer",
    ["Liever teruglezen? Dat kan hier:", "Liever kijken? Dat kan via deze link.", "Terugluisteren? Dat kan hieronder:"],
)
def test_a_pointer_to_the_story_in_another_form_is_set_aside(pointer: str) -> None:
    assert aside(_text(TITLE, BODY, pointer, MORE)) == [("link", pointer)]


def test_a_place_where_it_can_be_done_stays() -> None:
    place = "Zwemmen met je hond? Dat kan hier."
    assert place in kept(_text(TITLE, BODY, place, MORE))
    reading = "Liever lezen? Dat kan hier: in de bibliotheek liggen alle kranten van de week."
    assert reading in kept(_text(TITLE, BODY, reading, MORE))


def test_a_meta_bars_status_word_is_set_aside() -> None:
    for bar in ("Omroep Oost Nieuws Regio Aangepast", "Stadskrant Sport Bijgewerkt"):
        assert aside(_text(bar, TITLE, BODY, MORE)) == [("stamp", bar)]


def test_a_camel_case_brand_after_the_copyright_sign_is_a_credit() -> None:
    assert aside(_text(TITLE, BODY, "© iStock", MORE)) == [("credit", "© iStock")]


def test_a_here_prompt_opening_with_hier_needs_the_readers_question() -> None:
    asked = "Ga je de weg op? Hier vind je het overzicht van de werkzaamheden."
    assert aside(_text(TITLE, BODY, asked, MORE)) == [("link", asked)]
    # alone, "hier" is a place, or the article's next words (a federation's notice that it answers by mail)
    for stays in (
        "Hier vind je een overzicht van alle e-mailadressen van de clubs.",
        "Hier vind je de oudste eik van de provincie.",
    ):
        assert stays in kept(_text(TITLE, BODY, stays, MORE))
    closing = "Het volledige overzicht vind je hier."
    assert aside(_text(TITLE, BODY, closing, MORE)) == [("link", closing)]


def test_a_copys_source_in_brackets_closing_the_paragraph_is_cut_off() -> None:
    assert aside(_text(TITLE, BODY, f"{MORE} (via Omroep Oost)")) == [("credit", "(via Omroep Oost)")]
    spoken = "De wethouder sprak de bewoners toe in het Pools. (via een tolk)"
    assert spoken in kept(_text(TITLE, BODY, spoken, MORE))


@pytest.mark.parametrize("credit", ["Beeld via Unsplash", "Foto via Pixabay", "Foto: Ter illustratie"])
def test_a_credit_through_a_stock_site_or_for_illustration_is_set_aside(credit: str) -> None:
    assert [text for _, text in aside(_text(TITLE, BODY, MORE, credit))] == [credit]  # "credit", or "tail" closing it


def test_a_caption_saying_how_the_photo_was_made_stays() -> None:
    caption = "Foto via de drone van de brandweer gemaakt."
    assert caption in kept(_text(TITLE, BODY, caption, MORE))


@pytest.mark.parametrize(
    "promo",
    [
        "Vind hier alle Hockey Vlaanderen nieuwsberichten!",
        "Bekijk hier alle berichten van de club.",
        "Stadsradio is te beluisteren op 96,8 MHz en via DAB+.",
    ],
)
def test_a_pointer_to_the_outlets_pages_or_its_reception_is_set_aside(promo: str) -> None:
    assert [text for _, text in aside(_text(TITLE, BODY, promo, MORE))] == [promo]  # "promo", or an older "teaser"


def test_a_station_going_off_the_air_stays() -> None:
    news = "De zender is vanaf maandag niet meer te ontvangen via 891 kHz, meldt de omroep."
    assert news in kept(_text(TITLE, BODY, news, MORE))


def test_the_pages_address_slug_alone_on_its_line_is_set_aside() -> None:
    found = aside("Brug dicht\n\n3 mei 2024\nbrug-dicht-voor-onderhoud\n\n" + BODY)
    assert "brug-dicht-voor-onderhoud" in [text for _, text in found]
    compound = "Noord-Zuidlijn"  # a capitalised compound, or one hyphen: a heading of the text
    assert compound in kept(_text(TITLE, BODY, compound, MORE))


def test_news_about_consent_for_cookies_stays() -> None:
    news = "De toezichthouder onderzoekt of websites zonder toestemming cookies plaatsen."
    assert news in kept(_text(TITLE, f"{BODY} {news}", MORE))


def test_a_comment_boxs_help_link_and_a_video_notices_advice_go_with_the_sentence_before_them() -> None:
    box = "Wie reageert, gaat akkoord met onze huisregels. Een woordje uitleg."
    assert aside(_text(TITLE, BODY, MORE, box)) == [("comments", box)]
    notice = "Je browser ondersteunt deze video niet. Gebruik een recente versie van Firefox of Chrome."
    assert aside(_text(TITLE, BODY, notice, MORE)) == [("video", notice)]
    # alone, or after the article's sentence, they are the article's
    for stays in (
        "Een woordje uitleg.",
        "De school kreeg nieuwe laptops. Gebruik een nieuwe browser, raadt de ICT'er.",
    ):
        assert stays in kept(_text(TITLE, BODY, stays, MORE))
