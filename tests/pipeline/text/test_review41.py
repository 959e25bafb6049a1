"""Review41 (issue 21): article text of the shapes site41's rules read as page chrome — each a probe written here in
the way a Dutch or Flemish paper prints it, that must stay (or keep its headline)."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, K, aside, headline, kept, kinds
from tests.pipeline.text.site_helpers import joined as _text

# --- print_edges.next_articles: a second dateline under a heading is the same article ----------------------------

DEMO = "ROTTERDAM - In verschillende steden zijn zaterdag duizenden mensen de straat op gegaan tegen de bezuinigingen "
DEMO += "op de zorg. De grootste betoging was in Rotterdam."
CAPITAL = "AMSTERDAM - Ook in de hoofdstad kwamen ruim tweeduizend demonstranten bijeen op het Museumplein. De politie "
CAPITAL += "sprak van een rustig verloop."
NORTH = (
    "GRONINGEN - In Groningen bleef het bij een paar honderd betogers, die met fakkels naar het provinciehuis liepen."
)


def test_a_report_from_several_places_keeps_its_later_dated_sections() -> None:
    text = _text(
        "Duizenden betogers tegen zorgbezuinigingen",
        DEMO,
        LONGER,
        "Museumplein vol",
        CAPITAL,
        "Fakkels in het noorden",
        NORTH,
    )
    assert aside(text) == []


ROUNDUP = (
    "ZWOLLE - De gemeente sluit de parkeergarage aan de Turfmarkt volgende week twee dagen voor onderhoud. "
    "Automobilisten worden omgeleid via de Noordereiland.",
    "Brand in schuur",
    "KAMPEN - Bij een brand in een schuur aan de Zuiderzeestraatweg zijn zondagnacht twee geiten omgekomen. De oorzaak "
    "is nog onbekend.",
    "Nieuwe huisarts",
    "HATTEM - In Hattem begint per 1 maart een nieuwe huisarts, die de praktijk van de vertrekkende dokter Jansen "
    "overneemt.",
)


def test_a_short_news_round_up_keeps_every_dated_item() -> None:
    assert [reason for reason, _ in aside(_text("Kort nieuws", *ROUNDUP))] == ["label"]


COURT = (
    "DEN HAAG - De rechtbank heeft een 43-jarige man uit Delft veroordeeld tot twee jaar cel voor oplichting van "
    "ouderen. Hij deed zich voor als medewerker van een bank."
)
QUOTED = (
    "DEN HAAG - Zo begon het persbericht dat de man zelf verstuurde, namens een bank die niet bestond. De rechter las "
    "het in de zitting voor."
)


def test_a_press_release_quoted_under_a_heading_stays() -> None:
    assert aside(_text("Celstraf voor oplichter", COURT, "Het persbericht", QUOTED, MORE)) == []


# --- paragraph_copies._doubled_intro: a line repeated on purpose ---------------------------------------------------

CHANT = "Wij willen werk, wij willen brood, wij willen een dak boven ons hoofd voor onze kinderen en hun kinderen."
VERSE = "Ik loop door de stad en de stad loopt door mij heen, in de regen, in de wind, in het licht van de lantaarns."


def test_a_chant_opening_the_text_twice_stays() -> None:
    after = "Dat scandeerden honderden havenwerkers dinsdag bij de poort van de containerterminal."
    assert aside(_text("Staking in de haven", CHANT, CHANT, after, MORE)) == []


def test_a_poems_first_line_repeated_stays() -> None:
    after = "De dichter schreef het na de dood van haar vader, zegt ze in een toelichting."
    assert aside(_text("Gedicht van de week", VERSE, VERSE, after, MORE)) == []


# --- shape_rules.SECTION_HEADER: a title of the latest news on one subject ----------------------------------------

WAR = (
    "De Russische aanvallen op Charkiv zijn in de nacht van zaterdag op zondag opnieuw in hevigheid toegenomen. "
    "Volgens het Oekraïense leger kwamen zeker vijf burgers om."
)


def test_a_title_of_the_latest_news_on_one_subject_over_its_text_stays_the_headline() -> None:
    assert headline(_text("Laatste nieuws Oekraïne", WAR, MORE)) == "Laatste nieuws Oekraïne"


# --- reader_site_sentences reading time: a subheading about reading with a year ------------------------------------


def test_a_subheading_about_reading_time_since_a_year_stays() -> None:
    heading = "Sinds 2019 nog maar 3 minuten leestijd"
    assert (K.SUBHEADING, heading) in kinds(_text(TITLE, BODY, heading, LONGER, MORE))


# --- page_edges.tail_lines: a channel's numbered name closing a tv tip ---------------------------------------------


def test_a_tv_tip_closing_with_its_channel_keeps_both_lines() -> None:
    text = _text("Tv-tip: het Nationaal Dictee", BODY, MORE, "Vanavond bij", "2Doc")
    assert "Vanavond bij 2Doc" in kept(text)


# --- line_kind_rules.CAPTIONS: a comma and the word for a statue or a photo in a headline or a sentence ---------------


def test_a_headline_going_on_after_a_comma_and_a_statue_stays_the_headline() -> None:
    title = "Raad stemt in met verbouwing, beeld Mari Andriessen blijft op het plein"
    assert headline(_text(title, BODY, MORE)) == title


def test_a_sentence_naming_the_photographer_after_a_comma_stays_running_text() -> None:
    line = "Op de foto's in de hal staan dorpsbewoners die er al hun hele leven wonen, foto Anton Corbijn maakte ze."
    assert (K.PARAGRAPH, line) in kinds(_text(TITLE, BODY, line, MORE))


# --- title_line._caps_kicked: an opinion's title of one long sentence after its kicker -----------------------------


@pytest.mark.xfail(
    strict=True,
    reason="before site41 the kicker alone was taken for the headline, after it none: an "
    "opinion's one-sentence title of over ten words closed by a full stop reads as a dateline's lede",
)
def test_an_opinions_title_of_one_long_sentence_after_its_kicker_is_the_headline() -> None:
    title = "Het kabinet moet nu eindelijk kiezen tussen de boeren en de natuur, in plaats van beide alles te beloven."
    assert headline(_text(f"OPINIE – {title}", BODY, MORE)) == title


# --- reader_rules comments: the login notice's words in a sentence going on ----------------------------------------


def test_a_sentence_about_logging_in_to_a_portal_going_on_stays() -> None:
    line = "U moet ingelogd zijn om een bericht te plaatsen, en daarvoor is DigiD nodig."
    assert line in kept(_text("Ouderen lopen vast op digitaal loket", BODY, line, MORE))


def test_a_titled_round_up_keeps_its_dated_items() -> None:
    assert aside(_text("Uit de regio", "Kort nieuws", *ROUNDUP)) == []
