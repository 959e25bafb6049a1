"""Site-text rules of helper site31 (issue 21): examples written for these tests."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, aside, headline, joined, kept, page

# a card's standfirst longer than a teaser's (over 40 words): the next story's opening
_OPENING_ONE = (
    "Vanaf maandag rijden er geen bussen meer door de binnenstad van Deventer, omdat de Brink opnieuw wordt "
    "ingericht. Reizigers stappen voortaan over op het station. De vervoerder zet extra ritten in op de lijnen "
    "naar Colmschate en Schalkhaar, en de gemeente plaatst borden bij alle haltes die verdwijnen."
)
_OPENING_TWO = (
    "Op het terrein van de oude suikerfabriek openen vrijwilligers zaterdag een moestuin voor de buurt. "
    "Iedereen kan er een eigen bak huren voor tien euro per jaar, en kinderen van de basisschool krijgen les in "
    "zaaien en oogsten van een tuinder uit het dorp, die al veertig jaar groenten kweekt."
)


def test_dated_story_cards_after_a_latest_news_marker_are_set_aside_to_the_texts_end() -> None:
    text = page(
        TITLE,
        BODY,
        MORE,
        "Het laatste nieuws",
        "Busroute door de binnenstad verdwijnt",
        "4 maart 2026",
        _OPENING_ONE,
        "Buurtmoestuin op oud fabrieksterrein",
        "1 maart 2026",
        _OPENING_TWO,
    )
    gone = [t for _, t in aside(text)]
    assert _OPENING_ONE in gone and _OPENING_TWO in gone
    assert "Buurtmoestuin op oud fabrieksterrein" in gone
    assert BODY in kept(text) and MORE in kept(text)


def test_dated_sections_without_a_marker_or_not_running_to_the_end_stay_article_text() -> None:
    # the article's own timeline: dated sections, no teaser marker above them
    own = page(TITLE, BODY, "Eerste plan voor de brug", "4 maart 2024", _OPENING_ONE, "Bouw begint", "1 mei 2025", MORE)
    assert _OPENING_ONE in kept(own) and MORE in kept(own)
    # under a marker, but the article's running text follows the cards: not a box that fills the tail
    mixed = joined(
        TITLE,
        BODY,
        "Het laatste nieuws",
        "Busroute door de binnenstad verdwijnt",
        "4 maart 2026",
        _OPENING_ONE,
        "Buurtmoestuin op oud fabrieksterrein",
        "1 maart 2026",
        _OPENING_TWO,
        LONGER,
    )
    assert LONGER in kept(mixed)


_CUT_TITLES = [
    "Fietser gewond bij botsing op rotonde in Kampen ma…..",
    "Nieuwe burgemeester van Hattem geïnstalleerd..",
    "Waterschap sluit stuw bij Olst na regenva…..",
    "Kermis in Dalfsen gaat toch door..",
    "Brandweer Zwolle oefent op het spoor bij Wijh…..",
]


def test_a_list_of_titles_cut_short_by_the_page_is_set_aside() -> None:
    box = "\n".join(f"- {title}" for title in _CUT_TITLES)
    text = joined(TITLE, BODY, box, MORE)
    assert any(reason == "teaser" and "Kermis in Dalfsen" in t for reason, t in aside(text))
    assert MORE in kept(text)


def test_an_articles_list_with_one_trailing_ellipsis_stays_article_text() -> None:
    steps = [
        "De raad stemt in met het krediet.",
        "De aannemer begint in april met de fundering.",
        "In de zomer komen de liggers op hun plek.",
        "En dan wachten we af…",
    ]
    text = joined(TITLE, BODY, "\n".join(f"- {step}" for step in steps), MORE)
    assert "De aannemer begint in april" in kept(text)


def test_a_pages_notice_that_it_failed_to_load_is_set_aside() -> None:
    notice = "Het lukt helaas niet om de pagina over de IJsselbrug te laden."
    down = "Momenteel is onze website tijdelijk in onderhoud. Probeer het later opnieuw."
    text = page(notice, down, TITLE, BODY, MORE)
    gone = [t for _, t in aside(text)]
    assert notice in gone and any("in onderhoud" in t for t in gone)
    assert BODY in kept(text)


def test_an_outage_reported_in_the_article_stays_article_text() -> None:
    reported = "De website van de gemeente is niet bereikbaar, meldt een woordvoerder."
    text = joined(TITLE, BODY, reported, MORE)
    assert reported in kept(text)


_DIRECTORY = (
    "Zwolle Sport",
    "Alle uitslagen en standen van de clubs uit de regio.",
    "Zwolle Cultuur",
    "Het laatste nieuws over theater, muziek en musea.",
    "Webwinkel",
    "De officiële winkel van de stadsomroep.",
    "Zwolle Agenda",
    "Wat er dit weekend te doen is in de stad en de dorpen.",
)


def test_a_directory_of_sister_sites_opening_the_page_is_set_aside() -> None:
    text = page(*_DIRECTORY, TITLE, BODY, MORE)
    gone = [t for _, t in aside(text)]
    assert "Webwinkel" in gone and "De officiële winkel van de stadsomroep." in gone
    assert BODY in kept(text)


def test_names_with_descriptions_after_the_lede_stay_article_text() -> None:
    text = joined(TITLE, BODY, *_DIRECTORY, MORE)
    assert "De officiële winkel van de stadsomroep." in kept(text)


def test_story_cards_stamped_with_their_age_at_the_texts_end_are_set_aside() -> None:
    text = page(
        TITLE,
        BODY,
        MORE,
        "Kermis in Dalfsen gaat toch door",
        "De draaimolen en de botsauto's staan vanaf vrijdag weer op het plein bij de kerk..",
        "3 weken geleden via Stadsnieuws",
        "Nieuwe huisarts in Heino",
        "Na twee jaar zonder vaste dokter opent in Heino weer een praktijk aan de Dorpsstraat..",
        "5 weken geleden via Stadsnieuws",
        "Fietspad langs de Vecht",
    )
    gone = [t for _, t in aside(text)]
    assert "Kermis in Dalfsen gaat toch door" in gone and "Fietspad langs de Vecht" in gone
    assert MORE in kept(text)


def test_one_age_stamped_card_after_the_article_leaves_the_article_alone() -> None:
    text = page(TITLE, BODY, "Nieuwe huisarts in Heino", MORE, "5 weken geleden via Stadsnieuws")
    assert "Nieuwe huisarts in Heino" in kept(text) and MORE in kept(text)


def test_a_widgets_english_status_error_and_a_read_on_elsewhere_pointer_are_set_aside() -> None:
    error = "Twitter feed did not return a 404."
    pointer = "Lees het hele verhaal verder bij De Stentor"
    text = joined(TITLE, BODY, error, MORE, pointer)
    gone = [t for _, t in aside(text)]
    assert error in gone and pointer in gone
    assert MORE in kept(text)


def test_a_sentence_about_reading_on_or_a_failed_return_stays_article_text() -> None:
    told = "Lees verder op pagina 3 hoe de wethouder het plan wil betalen en waarom de oppositie boos is."
    failed = "De fietsers keerden om en gingen terug naar Kampen."
    text = joined(TITLE, BODY, told, failed, MORE)
    assert told in kept(text) and failed in kept(text)


def test_a_comment_counter_glued_to_the_end_of_the_text_is_set_aside() -> None:
    counter = "3 reacties 0 reactiesEr zijn nog geen reacties geplaatst, wees de eerste!"
    text = joined(TITLE, f"{BODY} {counter}", MORE)
    assert not any("wees de eerste" in t for t in kept(text).split(". "))
    assert "opluchting voor de verenigingen." in kept(text)


def test_an_article_saying_there_are_no_reactions_yet_stays_article_text() -> None:
    said = f"{BODY} De provincie vroeg de dorpen om hun mening. Er zijn nog geen reacties."
    text = joined(TITLE, said, MORE)
    assert "Er zijn nog geen reacties." in kept(text)


def test_a_bulletins_edition_stamp_above_the_title_is_set_aside() -> None:
    text = joined("Editie woensdag 3 maart", TITLE, BODY, MORE)
    assert "Editie woensdag 3 maart" in [t for _, t in aside(text)]
    assert headline(text) == TITLE


def test_a_sentence_about_an_edition_stays_article_text() -> None:
    said = "Uitgave 12 verschijnt in maart."
    text = joined(TITLE, BODY, said, MORE)
    assert said in kept(text)


def test_a_local_sites_tagline_is_set_aside() -> None:
    text = joined("Kamper Koerier", "Nieuws uit Kampen en omstreken", TITLE, BODY, MORE)
    assert "Nieuws uit Kampen en omstreken" in [t for _, t in aside(text)]
    assert headline(text) == TITLE
    # under the title too
    below = joined(TITLE, "Nieuws uit Kampen en omstreken", BODY, MORE)
    assert "Nieuws uit Kampen en omstreken" in [t for _, t in aside(below)]


def test_a_roundups_section_heading_naming_a_place_stays_article_text() -> None:
    text = joined(TITLE, BODY, "Nieuws uit Kampen", MORE)
    assert "Nieuws uit Kampen" in kept(text)


def test_a_press_release_services_promo_with_its_tagline_and_button_is_set_aside() -> None:
    promo = "Verstuur gratis je persbericht naar redacties in heel Nederland."
    tagline = "Het adres voor al uw bedrijfsnieuws."
    text = joined(promo, tagline, "Persbericht plaatsen", TITLE, BODY, MORE)
    gone = [t for _, t in aside(text)]
    assert promo in gone and tagline in gone and "Persbericht plaatsen" in gone
    assert headline(text) == TITLE


def test_an_article_about_a_press_release_and_a_line_between_different_chrome_stay() -> None:
    said = "De gemeente verstuurde dinsdag een persbericht over de brug."
    text = joined(TITLE, BODY, said, MORE)
    assert said in kept(text)
    # the first kept line between chrome of two different kinds is not one box's line
    mixed = joined("Verstuur gratis je persbericht naar redacties in heel Nederland.", TITLE, "Lees verder", BODY)
    assert TITLE in kept(mixed)
