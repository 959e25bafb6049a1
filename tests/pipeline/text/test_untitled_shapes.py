"""Headings that are never the headline, and texts without one (pipeline.text.untitled_shapes, issue 21, head33):
a scraper that dropped the title leaves a logo, a glued menu or a promo on top — no headline rather than a wrong one.
Examples written here, next to headlines of a similar shape that stay."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, K, article, joined

TITLE = "Nieuw zwembad in Zwolle goedgekeurd"


def test_a_logo_of_one_glued_word_is_no_headline() -> None:
    assert article(joined("StadsKrant", BODY, LONGER)).meta.headline is None
    assert article(joined("ZwolleNieuwsNu", BODY, LONGER)).meta.headline is None
    # a title with a brand's glued name stays
    title = "WhatsApp test nieuwe functie voor berichten"
    assert article(joined(title, BODY, LONGER)).meta.headline == title


def test_a_promo_naming_the_logo_above_it_is_no_headline() -> None:
    assert article(joined("StadsKrant", "Steun StadsKrant met een gift!", BODY, LONGER)).meta.headline is None
    # the title under the logo stays
    assert article(joined("StadsKrant", TITLE, BODY, LONGER)).meta.headline == TITLE


def test_a_run_of_glued_menu_items_is_no_headline() -> None:
    menu = "Sport & CultuurNieuws uit DeventerVoorpagina"
    assert article(joined(menu, TITLE, BODY, LONGER)).meta.headline == TITLE
    assert article(joined(menu, BODY, LONGER)).meta.headline is None
    # one brand's glued name in a title is no menu
    title = "PlayStation 5 verkoopt slecht in Nederland"
    assert article(joined(title, BODY, LONGER)).meta.headline == title


def test_a_breadcrumb_glued_to_its_label_is_above_the_title() -> None:
    quote = "'We hebben nooit aan de winst getwijfeld'"
    assert article(joined("sport> Nagesprek: Kees Bakker", quote, BODY, LONGER)).meta.headline == quote


def test_a_one_word_title_over_its_subtitle_in_lower_case_is_the_headline() -> None:
    read = article(joined("Zwembad", "in gesprek met wethouder Kees Bakker", "12/10/2021", BODY, LONGER))
    assert read.meta.headline == "Zwembad"
    # a one-word label over a capitalised title is the label still
    assert article(joined("Zwembad", TITLE, BODY, LONGER)).meta.headline == TITLE


def test_the_heading_above_the_date_and_the_text_is_the_title_not_the_headings_above_it() -> None:
    assert article(joined("Free to use", TITLE, "22 juli 2020", BODY, LONGER)).meta.headline == TITLE
    assert article(joined("Gratis te gebruiken", TITLE, "22 juli 2020", "5 minuten", BODY)).meta.headline == TITLE
    # a title over its deck (a longer heading) and the date stays the title
    deck = "De raad stemde dinsdag in met het plan van twaalf miljoen"
    assert article(joined(TITLE, deck, "22 juli 2020", BODY, LONGER)).meta.headline == TITLE
    # without a date line the first heading stays the title
    deck = "De raad stemde dinsdag in"
    assert article(joined(TITLE, deck, BODY, LONGER)).meta.headline == TITLE


def _item(caption: str, heading: str, paragraph: str) -> str:
    return joined(f"{caption} (foto: Omroep Stad)", heading, paragraph)


def test_a_roundup_of_photo_items_has_no_headline() -> None:
    items = [
        _item("De brandweer bij het pand", "Brand in Zwolle", BODY),
        _item("Het nieuwe bad", "Zwembad open", "Het zwembad in de wijk ging zaterdag open. Er kwamen veel mensen."),
        _item("Schapen in de wei", "Schapen ontsnapt", "Een kudde schapen liep dinsdag over de dijk. De boer zocht."),
    ]
    assert article(joined(*items)).meta.headline is None
    # a title with its photo above it and an article below, with more photos and headings, stays
    text = joined(_item("Het nieuwe bad", TITLE, BODY), LONGER, *items[1:])
    assert article(text).meta.headline == TITLE


def test_a_row_of_menu_items_joined_by_spaces_is_no_headline() -> None:
    menu = "Home Nieuws Sport Cultuur Agenda Contact Over ons"
    assert article(joined(menu, BODY, LONGER)).meta.headline is None
    assert article(joined(menu, TITLE, BODY, LONGER)).meta.headline == TITLE
    # a title in capitals, or one naming people, is no menu row
    for title in ("ZWOLLE EN DEVENTER SAMEN ROND DE TAFEL", "Koning Willem Alexander opent nieuw zwembad Zwolle"):
        assert article(joined(title, BODY, LONGER)).meta.headline == title


def test_a_path_or_menu_of_short_items_split_by_one_separator_is_no_headline() -> None:
    """Also a menu the reader took for a list ("Nieuws" then "• Sport • Cultuur • Agenda"): passed over."""
    for path in ("Je bent hier: Home / Nieuws / Binnenland", "Nieuws • Sport • Cultuur • Agenda"):
        assert article(joined(path, BODY, LONGER)).meta.headline is None, path
        assert article(joined(path, TITLE, BODY, LONGER)).meta.headline == TITLE, path
    # a title of phrases split by a separator stays
    title = "Vandaag: Zwembad Zwolle / Drones boven Denemarken / Verkiezingen Moldavië"
    assert article(joined(title, BODY, LONGER)).meta.headline == title


def test_a_line_without_a_letter_is_no_headline() -> None:
    assert article(joined("×", BODY, LONGER)).meta.headline is None
    assert article(joined("•••", TITLE, BODY, LONGER)).meta.headline == TITLE
    # a figure is a title: the number of the day
    assert article(joined("6,5", BODY, LONGER)).meta.headline == "6,5"


def test_a_notice_about_the_page_itself_is_no_headline() -> None:
    for notice in ("Dit artikel is 3 jaar oud", "Deze pagina wordt niet meer bijgewerkt"):
        assert article(joined(notice, TITLE, BODY, LONGER)).meta.headline == TITLE, notice
        assert article(joined(notice, BODY, LONGER)).meta.headline is None, notice


def test_a_news_mediums_name_is_no_headline() -> None:
    for name in ("Zwolse Courant", "De Stadskrant", "Omroep Vechtdal"):
        assert article(joined(name, BODY, LONGER)).meta.headline is None, name
        assert article(joined(name, TITLE, BODY, LONGER)).meta.headline == TITLE, name
    # a title that ends in such a word, longer than a name, stays
    title = "Zwolle voor het eerst in het nieuws"
    assert article(joined(title, BODY, LONGER)).meta.headline == title


def test_a_roundup_whose_first_item_has_no_photo_has_no_headline() -> None:
    second = "De gemeente wil het zwembad in 2027 openen. Eerst komt er een nieuwe aanbesteding."
    items = [
        _item("De brandweer bij het pand", "Brand in Zwolle", BODY),
        _item("Het nieuwe bad", "Zwembad open", "Het zwembad in de wijk ging zaterdag open. Er kwamen veel mensen."),
        _item("Schapen in de wei", "Schapen ontsnapt", "Een kudde schapen liep dinsdag over de dijk. De boer zocht."),
    ]
    assert article(joined("Sint met de boot", BODY, second, *items)).meta.headline is None
    # an article whose sections have a photo each and two paragraphs stays titled
    sections = [joined(item, second) for item in items]
    assert article(joined(TITLE, BODY, second, *sections)).meta.headline == TITLE


def test_a_short_heading_over_a_digests_items_in_capitals_is_the_headline() -> None:
    items = [
        joined("ZWEMBAD ZWOLLE GOEDGEKEURD", BODY),
        joined("BRAND IN DEVENTER", "Bij een brand in Deventer raakte dinsdag niemand gewond. De oorzaak is onbekend."),
        joined("NIEUWE BURGEMEESTER", "Kampen krijgt een nieuwe burgemeester. De raad koos dinsdag unaniem."),
    ]
    assert article(joined("Nieuwsoverzicht", *items)).meta.headline == "Nieuwsoverzicht"
    # a label over one headline in capitals stays a label
    assert article(joined("Binnenland", "ZWEMBAD ZWOLLE GOEDGEKEURD", BODY, LONGER)).meta.headline == (
        "ZWEMBAD ZWOLLE GOEDGEKEURD"
    )


def test_a_button_of_interface_words_is_no_headline() -> None:
    for button in ("Sluiten", "Search", "Lees meer"):
        assert article(joined(button, BODY, LONGER)).meta.headline is None, button
    # a title with one such word among others stays
    title = "Gratis zwemmen in Zwolle"
    assert article(joined(title, BODY, LONGER)).meta.headline == title


def test_a_label_above_a_dated_title_stays_a_label_not_the_lede() -> None:
    read = article(joined("In het kort:", TITLE, "22 juli 2020", BODY, LONGER))
    assert read.meta.headline == TITLE
    assert read.blocks[0].kind is K.SUBHEADING


def test_a_label_over_a_title_with_subheadings_in_capitals_stays_a_label() -> None:
    sections = [joined(f"{word} IN DE RAAD", BODY) for word in ("DEBAT", "STEMMING", "BESLUIT")]
    read = article(joined("Zwembad", TITLE, BODY, LONGER, *sections))
    assert read.meta.headline == TITLE
