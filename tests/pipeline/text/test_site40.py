"""Furniture of mainstream news pages, helper site40 (issue 21, written on structure_blind59 and 61): each rule on an
example written for these tests, with an article-text look-alike that stays."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, aside, date_lines, headline, joined, kinds

# -- an update stamp with "om" before its time, or "geüpdatet": a date line (kept out of the translation) ------------


@pytest.mark.parametrize(
    "stamp",
    ["Bijgewerkt om 15:10", "Laatste update om 9.05 uur", "Geüpdatet op 3 maart 2024, 15:10", "Aangepast om 08u12"],
)
def test_an_update_stamp_with_om_is_a_date_line(stamp: str) -> None:
    assert stamp in date_lines(joined(TITLE, stamp, BODY, MORE))


def test_an_update_with_news_after_its_time_stays() -> None:
    line = "Update om 15:10: de brug is weer open"
    text = joined(TITLE, BODY, line, MORE)
    assert aside(text) == [] and line not in date_lines(text)


# -- a programme's day heading, printed over the stories and again over the results ----------------------------------

ROUND_UP = joined(
    "Het duel tussen Heerenveen en Emmen is verschoven. Zondag begon de middag om 12.15 uur met Almere - Volendam.",
    "ZONDAG",
    "Heerenveen",
    "Heerenveen heeft zondag met 2-1 gewonnen van Emmen. De ploeg van de nieuwe trainer stond lang achter.",
    "Programma en uitslagen",
    "Zondag",
    "Heerenveen - Emmen 2-1",
    "Almere - Volendam 0-0",
)


def test_a_day_heading_printed_twice_stays() -> None:
    assert [t for _, t in aside(ROUND_UP) if t.casefold() == "zondag"] == []


def test_a_menu_word_printed_twice_is_still_set_aside() -> None:
    text = joined(TITLE, "Meer nieuws", BODY, "Meer nieuws", MORE)
    assert [t for _, t in aside(text) if t == "Meer nieuws"]


# -- a table's own name right above the article's table ----------------------------------------------------------------


def test_a_tables_name_above_its_rows_is_its_heading() -> None:
    assert (K.SUBHEADING, "Programma en uitslagen") in kinds(ROUND_UP)


def test_a_tables_name_with_no_rows_below_is_still_a_tab() -> None:
    text = joined(TITLE, BODY, "Programma en uitslagen", MORE)
    assert ("navigation", "Programma en uitslagen") in aside(text)


# -- a round-up's story: a title in capitals, a bar, its text — no menu ----------------------------------------------


def test_a_capitals_title_before_a_bar_and_its_text_is_no_menu() -> None:
    story = (
        "ZWARE STORING BIJ STATION LANGS A12 | Bij vervoersbedrijf Arriva op spoorwegemplacement Poort van Midden "
        "Brabant langs de snelweg A12 is donderdagavond een storing ontstaan. Reizigers moesten lang wachten."
    )
    assert not aside(joined("Het belangrijkste nieuws van de week.", BODY, story, MORE))


def test_a_run_of_menu_items_is_still_a_menu() -> None:
    menu = (
        "Home Nieuws Sport Regio Politiek Economie Cultuur Media Wonen en tuin Eten en drinken Reizen Auto Weer "
        "Verkeer Contact"
    )
    assert [r for r, _ in aside(joined(TITLE, menu, BODY, MORE)) if r == "navigation"]


# -- a caption printed again as its own block, the credit glued to its words ------------------------------------------

CAPTION = "De nieuwe brug bij nacht, vlak voor de opening. Beeld Jan Smit"
CAPTION_COPY = "De nieuwe brug bij nacht, vlak voor de opening.Beeld Jan Smit"


def test_a_captions_copy_with_its_credit_glued_is_site_text() -> None:
    for text in (joined(TITLE, CAPTION, CAPTION_COPY, BODY, MORE), joined(TITLE, f"{CAPTION}\n{CAPTION_COPY}", BODY)):
        assert ("repeated", CAPTION_COPY) in aside(text)


def test_a_captions_words_further_down_stay() -> None:
    words = "De nieuwe brug bij nacht, vlak voor de opening."
    assert (K.SITE_TEXT, words) not in kinds(joined(TITLE, CAPTION, BODY, words, MORE))


# -- a genre and its topic glued into one label above the title ----------------------------------------------------


def test_a_genre_glued_to_its_topic_is_one_label() -> None:
    text = joined("AnalyseKlimaat", TITLE, BODY, MORE)
    assert [t for _, t in aside(text)] == ["AnalyseKlimaat"]
    assert headline(text) == TITLE


def test_a_genre_glued_to_a_name_is_still_split() -> None:
    assert ("label", "Essay") in aside(joined(TITLE, "EssayJoost de Vries", BODY, MORE))


# -- a login notice, an embed button's label, a lone ellipsis ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Je moet ingelogd zijn om gratis livestreams en video's te kunnen bekijken.", "Log in om deze video te zien"],
)
def test_a_players_furniture_is_site_text(line: str) -> None:
    assert [t for _, t in aside(joined(TITLE, line, BODY, MORE))] == [line]


def test_an_embed_buttons_label_over_the_byline_is_site_text() -> None:
    assert ("interface", "embed") in aside(joined(TITLE, "embed\ndoor Jan Smit", BODY, MORE))


def test_a_lone_ellipsis_after_the_text_is_site_text() -> None:
    assert ("cut", "...") in aside(joined(TITLE, BODY, MORE, "..."))


def test_a_sentence_about_logging_in_stays() -> None:
    line = "Je moet ingelogd zijn om te kunnen stemmen, zegt de gemeente."
    assert not aside(joined(TITLE, BODY, line, MORE))


# -- the page's date run into the title's line ------------------------------------------------------------------------


def test_a_date_after_the_title_is_the_pages() -> None:
    text = joined(f"{TITLE} 07 augustus 2018", BODY, MORE)
    assert headline(text) == TITLE
    assert ("stamp", "07 augustus 2018") in aside(text)


@pytest.mark.parametrize(
    "title",
    [
        "Staking bij de NS op 12 mei 2024",
        "In gesprek met de burgemeester | 20 augustus 2018",
        "Markt van zaterdag 12 april 2025",
    ],
)
def test_a_titles_own_date_stays(title: str) -> None:
    assert headline(joined(title, BODY, MORE)) == title


# -- a news bulletin's page: its lead-in, then its items, no title of the page's ---------------------------------------

BULLETIN_ITEMS = (
    "Gemeenteraad Venlo praat over nieuw zwembad",
    BODY,
    "File op de A2 na ongeluk bij Roermond",
    "Bij Roermond staat sinds vanochtend een lange file na een ongeluk met een vrachtwagen. Niemand raakte gewond.",
)


def test_a_bulletins_first_item_is_no_headline() -> None:
    assert headline(joined("12 mrt 2015", "De onderwerpen van L1NWS:", *BULLETIN_ITEMS)) is None


def test_a_list_under_a_partys_lead_in_keeps_the_title() -> None:
    assert headline(joined(TITLE, "De onderwerpen van D66:", *BULLETIN_ITEMS)) == TITLE


# -- furniture a mainstream CMS prints, no labelled set has yet: tags, a gallery, a liveblog, an embed, buttons --------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Tags: politiek, wonen, Zwolle", "tags"),
        ("Foto 3 van 12", "gallery"),
        ("Volgende foto", "gallery"),
        ("Meer updates laden", "liveblog"),
        ("Dit liveblog wordt niet meer bijgewerkt.", "liveblog"),
        ("Bekijk dit bericht op Instagram", "embed"),
        ("Een bericht gedeeld door Gemeente Zwolle (@gemeentezwolle)", "embed"),
        ("Deze inhoud kan niet worden weergegeven", "embed"),
        ("Reacties zijn gesloten", "comments"),
        ("Kopieer de link", "button"),
        ("Probeer 1 maand gratis", "button"),
        ("Accepteer cookies", "button"),
    ],
)
def test_a_mainstream_cms_line_is_site_text(line: str, reason: str) -> None:
    assert (reason, line) in aside(joined(TITLE, BODY, line, MORE))


@pytest.mark.parametrize(
    "line",
    [
        "Er zijn nog geen reacties van de gemeente op het plan.",
        "Foto 3 van 12 werd later door de politie gebruikt.",
        "Dit liveblog wordt niet meer bijgewerkt omdat de brand is geblust, meldt de brandweer.",
    ],
)
def test_a_sentence_with_a_cms_lines_words_stays(line: str) -> None:
    assert not aside(joined(TITLE, BODY, line, MORE))


# -- a caption that is only a credit, its copyright sign after the label ----------------------------------------------


@pytest.mark.parametrize("line", ["Beeld ©ANP", "Foto © Belga", "Afbeelding: Shutterstock"])
def test_a_credit_with_its_copyright_sign_is_site_text(line: str) -> None:
    assert ("credit", line) in aside(joined(TITLE, line, BODY, MORE))


@pytest.mark.parametrize("line", ["Afbeelding: de brug zoals de architect hem tekende.", "Afbeelding: De nieuwe brug."])
def test_a_caption_about_an_image_stays(line: str) -> None:
    assert (K.SITE_TEXT, line) not in kinds(joined(TITLE, line, BODY, MORE))


# -- the newsroom's byline run into the title's line, the date line under it ------------------------------------------


def test_the_newsrooms_name_after_the_title_is_its_byline() -> None:
    text = joined(f"{TITLE} Redactie", "12 maart 2019", BODY, MORE)
    assert headline(text) == TITLE
    assert (K.BYLINE, "Redactie") in kinds(text)


def test_a_title_naming_the_newsroom_stays_whole() -> None:
    title = "Een open brief van lezers aan de Redactie"
    assert headline(joined(title, "12 maart 2019", BODY, MORE)) == title
