"""Rules of site52_rules (issue 21: short outlet furniture on fresh pages, by shape), each on examples written here
with a near miss that stays article text."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONG, MORE, TITLE, aside, joined, kept

# --- a rubric's standing introduction: the outlet's newsroom doing the rubric's work for the reader ---------------


@pytest.mark.parametrize(
    "intro",
    [
        "Onze redactie selecteert voor u elke vrijdag de mooiste foto's van de week op zwollenieuws.nl.",
        "ZWOLLE - Onze redactie zet voor je de opvallendste berichten van de afgelopen week op een rij.",
        "In De Techweek bespreken de techredacteuren van Nieuws.nl wat hen deze week bezighoudt.",
    ],
)
def test_a_rubrics_standing_introduction_is_set_aside(intro: str) -> None:
    text = joined(TITLE, intro, BODY, MORE)
    assert ("rubric", intro) in aside(text)
    assert BODY in kept(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "De redactie van het weekblad besloot vorig jaar om te stoppen met de puzzelrubriek.",  # no work, no reader
        "Onze redactie selecteerde in 2019 de tien beste verhalen van het decennium.",  # the past, once
        "De hoofdredacteur zet zijn handtekening onder het nieuwe statuut.",  # no standing round, nor the reader
        "Onze redactie zoekt uit hoe het ongeluk bij de sluis kon gebeuren.",  # the newsroom's work, but once
        "De redactie van het weekblad kiest elke week een foto van een lezer.",  # another paper's newsroom
    ],
)
def test_news_about_a_newsroom_stays(sentence: str) -> None:
    text = joined(TITLE, BODY, sentence, MORE)
    assert sentence in kept(text)
    assert not aside(text)


def test_the_catch_up_question_goes_with_the_pointer_to_the_round_up() -> None:
    pointer = "Heeft u een opvallende reportage gemist? Dan vindt u de beelden hier terug in ons weekoverzicht."
    text = joined(TITLE, BODY, pointer, MORE)
    assert ("rubric", pointer) in aside(text)


def test_the_catch_up_question_alone_stays() -> None:
    question = "Heeft u de reportage over de brug gemist? De gemeente zendt die volgende week opnieuw uit."
    text = joined(TITLE, BODY, question, MORE)
    assert question in kept(text)


# --- a round-up's greeting, date and "this is the news" in one sentence --------------------------------------------


def test_a_round_ups_greeting_and_news_in_one_sentence_is_set_aside() -> None:
    frame = "MIDDELBURG - Goedemorgen, op dinsdag 3 maart 2020 is dit in het Zeeuwse nieuws:"
    text = joined(TITLE, frame, BODY, MORE)
    assert ("greeting", frame) in aside(text)
    assert BODY in kept(text)


@pytest.mark.parametrize(
    "line",
    [
        "Goedemorgen, op de A2 is dit de situatie:",  # a traffic report's opening names no news
        "Goedemorgen, zei de burgemeester tegen de eerste bezoekers van de markt.",
    ],
)
def test_a_greeting_over_a_report_stays(line: str) -> None:
    text = joined(TITLE, BODY, line, MORE)
    assert line in kept(text)


# --- an archived page's notice -------------------------------------------------------------------------------------


def test_an_archived_pages_notice_is_set_aside() -> None:
    notice = (
        "Je bekijkt nu een artikel uit het archief. Dit artikel is niet geoptimaliseerd voor de huidige website. "
        "Hierdoor kan het voorkomen dat de opmaak wegvalt of dat afbeeldingen ontbreken."
    )
    text = joined(TITLE, notice, BODY, MORE)
    assert [reason for reason, _ in aside(text)] == ["archive"]
    assert "Hierdoor kan het voorkomen" not in kept(text)
    assert BODY in kept(text)


def test_a_report_on_an_archive_stays() -> None:
    sentence = "De historicus bekijkt een artikel uit het archief van de krant over de watersnood van 1953."
    text = joined(TITLE, BODY, sentence, MORE)
    assert sentence in kept(text)


# --- a blocked embed's notice right before the request to accept cookies ------------------------------------------


def test_a_blocked_embeds_notice_goes_with_the_consent_request() -> None:
    notice = (
        "Onze excuses Helaas kunnen wij deze video niet tonen omdat hij social media-elementen bevat. "
        "Aanvaard de social media-cookies om deze inhoud alsnog te tonen."
    )
    text = joined(TITLE, BODY, notice, MORE)
    assert "Helaas kunnen wij" not in kept(text)
    assert {reason for reason, _ in aside(text)} == {"consent"}


def test_the_newsrooms_choice_not_to_show_pictures_stays() -> None:
    sentence = "Helaas kunnen wij deze beelden niet tonen omdat de familie daar geen toestemming voor gaf."
    text = joined(TITLE, BODY, sentence, MORE)
    assert sentence in kept(text)
    assert not aside(text)


def test_the_newsrooms_choice_stays_even_before_a_consent_request() -> None:
    # no technical reason named: the lead is the article's, though the consent request after it goes
    choice = "Helaas kunnen wij deze beelden niet tonen omdat de familie daar geen toestemming voor gaf."
    consent = "Aanvaard de social media-cookies om de andere video's te bekijken."
    text = joined(TITLE, BODY, f"{choice} {consent}", MORE)
    assert choice in kept(text)
    assert consent not in kept(text)


# --- a media pointer closing the text; a CMS's embed placeholder --------------------------------------------------


@pytest.mark.parametrize(
    "pointer",
    [
        "Beelden van de brand aan de Dorpsstraat:",
        "Dit zijn beelden van de storm:",
        "Omroep Oost maakte er een korte reportage:",
    ],
)
def test_a_media_pointer_closing_the_text_is_set_aside(pointer: str) -> None:
    text = joined(TITLE, BODY, MORE, pointer)
    assert ("embed", pointer) in aside(text)


def test_a_media_pointer_with_text_after_it_stays() -> None:
    pointer = "Beelden van de brand aan de Dorpsstraat:"
    text = joined(TITLE, BODY, pointer, LONG)
    assert pointer in kept(text)


def test_a_quotation_announced_at_the_end_stays() -> None:
    line = "In de video zegt de burgemeester:"
    text = joined(TITLE, BODY, MORE, line)
    assert line in kept(text)


def test_a_cms_embed_placeholder_is_set_aside() -> None:
    placeholder = '[iframe:https://twitter.com/search?q=verkiezingen%20zwolle">'
    text = joined(TITLE, BODY, placeholder, MORE)
    assert ("embed", placeholder) in aside(text)


def test_a_bracketed_remark_with_an_address_stays() -> None:
    line = "[Zie ook: https://www.zwolle.nl voor het volledige raadsbesluit]"
    text = joined(TITLE, BODY, line, MORE)
    assert line in kept(text)
