"""Rules of helper site51 (stop 51, fresh pages: structure_blind71/75/79): each on an example written here, with an
article-text look-alike beside it that stays the article's."""

from __future__ import annotations

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, joined, kept, kinds

# --- closing_cards: a closing box runs shorter than the article above its label ----------------------------------

_CAPTION = "Anna de Vries: ‘Ik wil dat de stad weer van de bewoners wordt. Nu beslissen de projectontwikkelaars.’"
_INTERVIEW = (
    "InterviewAnna de Vries",  # the genre label glued to the interviewee's name
    "‘De binnenstad is van iedereen, niet alleen van de toerist’",
    f"{_CAPTION}Beeld Piet Jansen",
    "Ze woont al veertig jaar aan de gracht. Stadsgeograaf Anna de Vries over huren, hotels en haar buren. ‘Het"
    " wordt tijd dat de raad kiest.’",
    "Kees Smit",
    "“Als je hier om zeven uur ’s avonds over straat loopt, hoor je vooral rolkoffers”, zegt Anna de Vries. “Dat was"
    " twintig jaar geleden anders. Toen kende je de bakker, de slager en de mensen van de overkant. Nu ken ik bijna"
    " niemand meer in mijn straat.”",
    "De Vries werkt aan de universiteit en schreef drie boeken over de stad. In de raad wordt haar werk vaak"
    " aangehaald, maar volgens haar luistert niemand echt.",
    "Stemmen uit de stad",
    "De stad kiest in maart een nieuwe raad. Tot die tijd praten we elke zaterdag met een bewoner over wat er"
    " beter moet. Vandaag",
)


def test_an_interviews_genre_label_at_the_top_does_not_set_the_interview_aside_as_cards() -> None:
    text = joined("Zaterdag 4 maart 2023", _CAPTION, *_INTERVIEW)
    body = kept(text)
    assert "De Vries werkt aan de universiteit" in body and "Ze woont al veertig jaar" in body
    assert "Als je hier om zeven uur" in body


# --- spans: "Tekst <naam>" glued after the last sentence is the writer's byline -----------------------------------


def test_a_writers_credit_glued_after_the_last_sentence_is_a_byline_not_a_site_name() -> None:
    text = joined(TITLE, BODY, f"{MORE} Tekst Jan Bakker")
    assert (BlockKind.BYLINE, "Tekst Jan Bakker") in kinds(text)
    assert all(reason != "site_name" for reason, _ in aside(text))
    branded = joined(TITLE, BODY, f"{MORE} Radio Zwolle")  # a brand after the last sentence stays the site's
    assert ("site_name", "Radio Zwolle") in aside(branded)


# --- offer_questions: a reaction asked to "deze aflevering" is a request for reactions -----------------------------


def test_a_call_to_react_to_this_episode_is_set_aside_but_a_reaction_to_the_plan_stays() -> None:
    call = "Wil je reageren op deze aflevering of een vraag stellen? Stuur dan een e-mail naar podcast@voorbeeld.nl."
    text = joined(TITLE, BODY, MORE, call)
    assert {reason for reason, _ in aside(text)} == {"tip"} and "aflevering" not in kept(text)
    plan = "Wilt u reageren op het plan? Stuur dan een e-mail naar inspraak@gemeente.nl."
    assert plan in kept(joined(TITLE, BODY, MORE, plan))


# --- mainstream_rules: the outlet's own contact page under a request for tips -------------------------------------


def test_the_pointer_to_the_outlets_contact_page_is_set_aside_but_a_towns_form_stays() -> None:
    text = joined(
        TITLE, BODY, MORE, "Heb je een nieuwstip?", "Tip onze redactie via mail.", "Die vind je op onze contactpagina."
    )
    assert ("tip", "Die vind je op onze contactpagina.") in aside(text)
    town = "Vragen over je aanslag stel je via het contactformulier van het waterschap."
    assert town in kept(joined(TITLE, BODY, MORE, town))


# --- mainstream_rules: the whole broadcast pointed at where it plays ----------------------------------------------


def test_a_pointer_to_the_whole_broadcast_is_set_aside_but_what_the_video_shows_stays() -> None:
    for pointer in (
        "De gehele uitzending van Zwolle Vandaag bekijk je hierboven.",
        "De hele reportage is hieronder terug te kijken.",
    ):
        assert ("link", pointer) in aside(joined(TITLE, BODY, MORE, pointer)), pointer
    shows = "In de video hierboven zie je hoe de brandweer het vuur bestrijdt."
    assert shows in kept(joined(TITLE, BODY, shows, MORE))


# --- roundup: more of a round-up's opening frame -------------------------------------------------------------------

ROUNDUP_TITLE = "Brug open, zwembad komt er en storm op komst"


def test_a_greeting_with_the_programmes_schedule_opening_the_text_is_set_aside() -> None:
    opening = "Goedenavond. Elke doordeweekse dag rond 18.00 uur zetten we het nieuws uit de regio voor je op een rij."
    text = joined(ROUNDUP_TITLE, opening, BODY, MORE)
    assert [reason for reason, _ in aside(text)] == ["greeting"]
    assert BODY in kept(text)


def test_a_welcome_to_a_named_programme_is_cut_from_the_news_after_it() -> None:
    text = joined("Een heel goedemiddag en welkom bij het Journaal Noord. " + BODY, MORE)
    assert ("greeting", "Een heel goedemiddag en welkom bij het Journaal Noord.") in aside(text)
    assert BODY in kept(text)


def test_the_catch_up_question_and_the_own_rubric_open_a_roundup() -> None:
    for opening in (
        "Heb je het nieuws van vandaag gemist? Dit is het nieuws van dinsdag 4 maart.",
        "ZWOLLE - Goedemorgen! Begin de dag met een kop koffie en zorg dat je bij bent met onze Ochtendpost.",
    ):
        assert [r for r, _ in aside(joined(opening, ROUNDUP_TITLE, BODY, MORE))] == ["greeting"], opening


def test_a_greeting_in_a_reportage_stays() -> None:
    for opening in (
        "Goedemorgen! Elke dag komen we hier samen om te zingen, zegt de juf.",  # a schedule, but no medium word
        "Goedemorgen! Het is dinsdag 4 maart. De burgemeester opent vandaag de nieuwe brug.",
    ):
        text = joined(TITLE, opening, BODY, MORE)
        assert not aside(text), opening
