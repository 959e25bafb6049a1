"""Round site34 (issue 21, blind24 as development set): each rule with an example written here that it must
handle, and article text of the same shape that must stay."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, kept
from tests.pipeline.text.site_helpers import joined as _text
from tests.pipeline.text.site_helpers import page as _page

# --- tail_lines: the line a colon announces (article text set aside in blind24) ---------------------------------------


def test_the_line_a_colon_announces_at_a_cut_text_end_stays() -> None:
    ruling = "Uitspraak van het Regionaal Tuchtcollege in de zaak van:"
    party = "B., tandarts, gevestigd te"  # the text cut off after the party's name
    text = _text(TITLE, BODY, LONGER, ruling, party)
    assert party in kept(text)


def test_a_short_label_under_a_short_colon_line_is_still_a_tail() -> None:
    text = _text(TITLE, BODY, LONGER, "Meer over:", "Zwembaden Zwolle")
    assert "Zwembaden Zwolle" not in kept(text)


# --- inline_chrome._closing_title: a sentence cut off at the text's end is not a title --------------------------------

ONE_LINE = " ".join([BODY, LONGER] * 6)  # a page's whole text on one line (over 150 words)


def test_a_sentence_cut_off_at_a_one_line_text_end_stays() -> None:
    cut = "Veel bewoners blijken te vrezen voor overl"
    assert cut in kept(_text(TITLE, f"{ONE_LINE} {cut}"))


def test_a_sentence_with_an_auxiliary_cut_off_stays() -> None:
    cut = "Nieuwe plannen worden volgend jaar gep"
    assert cut in kept(_text(TITLE, f"{ONE_LINE} {cut}"))


def test_an_embedded_title_closing_a_one_line_text_is_still_set_aside() -> None:
    title = "Raad buigt zich over nieuw zwembad Zwolle"
    assert title not in kept(_text(TITLE, f"{ONE_LINE} {title}"))


# blind41: a year review's dash-led items on one line; the next month's first item cut off at the text's end
DASH_ITEMS = " ".join(f"-{sentence}" for sentence in [BODY, LONGER] * 6)


def test_the_next_dash_led_item_cut_off_at_a_one_line_text_end_stays() -> None:
    cut = "MAART -Nieuwe fietspaden langs de Vecht"
    assert cut in kept(_text(TITLE, f"MAART {DASH_ITEMS} {cut}"))


def test_an_embedded_title_closing_a_line_of_dash_led_items_is_still_set_aside() -> None:
    title = "Raad buigt zich over nieuw zwembad Zwolle"  # no dash of its own: a card's title
    assert title not in kept(_text(TITLE, f"MAART {DASH_ITEMS} {title}"))


# --- meta_line_rules: lines of article furniture by their shape ------------------------------------------------------


def test_a_journals_citation_box_is_set_aside() -> None:
    text = _page(TITLE, "Citeer dit artikel als", "Tijdschr Huisartsgeneeskd. 2019;61:H1234", "", BODY, "", LONGER)
    assert "Citeer dit artikel als" not in kept(text)
    assert "2019;61:H1234" not in kept(text)


def test_a_sentence_citing_a_journal_stays() -> None:
    line = "Het onderzoek verscheen eerder in Tijdschr Huisartsgeneeskd. 2019;61:H1234 en werd veel geciteerd."
    assert "2019;61:H1234" in kept(_text(TITLE, BODY, line, LONGER))


def test_metadata_label_value_lines_are_set_aside() -> None:
    text = _text(TITLE, "In: Binnenland", "Reacties: 12", BODY, LONGER)
    assert "In: Binnenland" not in kept(text)
    assert "Reacties: 12" not in kept(text)


def test_a_heading_opening_with_in_stays() -> None:
    line = "In: de trein naar huis schreef ze haar eerste roman."
    assert line in kept(_text(TITLE, BODY, line, LONGER))


def test_a_print_cross_reference_and_its_title_are_set_aside() -> None:
    text = _text(TITLE, BODY, LONGER, "Zie pagina 7", "Scholen vrezen tekort aan leraren", MORE)
    assert "Zie pagina 7" not in kept(text)
    assert "Scholen vrezen tekort aan leraren" not in kept(text)


def test_a_sentence_naming_a_page_stays() -> None:
    line = "Op pagina 7 van het rapport staat dat de gemeente de kosten te laag heeft geschat."
    assert line in kept(_text(TITLE, BODY, line, LONGER))


def test_a_dated_page_stamp_does_not_take_the_title_under_it() -> None:
    text = _page("12-03-2011, p. 7", "Scholen vrezen tekort aan leraren", "", BODY, "", LONGER)
    assert "Scholen vrezen tekort aan leraren" in kept(text)


def test_a_glued_breadcrumb_and_a_logo_and_a_section_link_are_set_aside() -> None:
    text = _page("Logo Nieuwsblad", "Alle berichten", "HomeNieuwsBinnenland | " + TITLE, TITLE, "", BODY, "", LONGER)
    for line in ("Logo Nieuwsblad", "Alle berichten", "HomeNieuwsBinnenland"):
        assert line not in kept(text)


def test_a_product_name_and_a_logo_sentence_stay() -> None:
    lines = ["HomeKit krijgt een update", "Logo Rabobank verdwijnt van shirts"]
    text = _text(TITLE, BODY, *lines, LONGER)
    assert all(line in kept(text) for line in lines)


def test_a_comment_forms_sentences_are_set_aside() -> None:
    form = "Uw e-mailadres wordt niet gepubliceerd. Verplichte velden zijn gemarkeerd met *"
    assert "gepubliceerd" not in kept(_text(TITLE, BODY, LONGER, form))


def test_a_sentence_about_an_address_not_published_stays() -> None:
    line = "De politie zegt dat het e-mailadres van de afzender niet wordt gepubliceerd."
    assert line in kept(_text(TITLE, BODY, line, LONGER))


# --- reference_lines: a closing pointer, a source tag in pipes ----------------------------------------------------------


def test_a_pointer_to_a_missing_player_closing_the_text_is_set_aside() -> None:
    pointer = "Beluister hieronder het gesprek dat de wethouder had met de krant:"
    assert pointer not in kept(_text(TITLE, BODY, LONGER, pointer))


def test_a_pointer_followed_by_what_it_announces_stays() -> None:
    pointer = "Beluister hieronder het lied dat zij voor de opening schreef:"
    poem = "De brug ligt stil in de ochtend, het water draagt haar naam."
    text = _text(TITLE, BODY, LONGER, pointer, poem)
    assert pointer in kept(text)


def test_a_source_tag_in_pipes_is_cut_off_the_byline() -> None:
    text = _text(TITLE, "| dagblad noord | Door: Jan de Vries", BODY, LONGER)
    assert "| dagblad noord |" not in kept(text)
    assert "Jan de Vries" in kept(text)


def test_a_table_row_in_pipes_stays() -> None:
    row = "| VVD | 24 zetels | 26 zetels |"
    assert "VVD" in kept(_text(TITLE, BODY, row, LONGER))


def test_a_digests_page_number_does_not_take_the_next_items_title() -> None:
    text = _page(
        "Nieuwsoverzicht", "", "Banken maken zich zorgen over de zorg. Pagina 4", "", "NIEUWE BAAS BIJ NS", "", BODY
    )
    assert "NIEUWE BAAS BIJ NS" in kept(text)


def test_an_image_file_name_glued_before_a_paragraph_is_cut_off() -> None:
    text = _text(TITLE, BODY, f"zwembadzwolle{LONGER}")
    assert "zwembadzwolle" not in kept(text)
    assert LONGER in kept(text)


def test_a_paragraph_opening_with_a_short_lower_case_brand_stays() -> None:
    line = "eBay schrapt honderden banen in Nederland. De vakbond is boos en wil overleg met de directie."
    assert line in kept(_text(TITLE, BODY, line, LONGER))


def test_an_empty_author_field_and_a_temperature_widget_are_set_aside() -> None:
    text = _page("12 °C", TITLE, "door Op 03-04-2024", "", BODY, "", LONGER)
    assert "12 °C" not in kept(text)
    assert "door Op 03-04-2024" not in kept(text)


def test_a_comment_forms_thanks_and_moderation_notice_are_set_aside() -> None:
    form = "0/1500 Bedankt voor je reactie! De redactie controleert of je bericht voldoet aan de regels."
    text = _text(TITLE, BODY, LONGER, "onze spelregels.", form)
    assert "Bedankt voor je reactie" not in kept(text)
    assert "onze spelregels." not in kept(text)


def test_a_quoted_thanks_in_the_article_stays() -> None:
    line = "De wethouder sloot af: bedankt voor jullie reactie, we nemen het mee. De raad stemde daarna in."
    assert "bedankt voor jullie reactie" in kept(_text(TITLE, BODY, line, LONGER))


def test_a_one_line_list_of_site_text_and_lone_bullets_are_set_aside() -> None:
    text = _page(TITLE, "•", "12-03-2024", "•", "", BODY, "", "- Advertentie -", "", LONGER)
    assert "- Advertentie -" not in kept(text)
    assert "•" not in kept(text)


def test_a_one_line_list_of_article_text_stays() -> None:
    item = "- De brug is vanaf maandag open voor fietsers en voetgangers"
    assert "De brug is vanaf maandag open" in kept(_text(TITLE, BODY, item, LONGER))


# --- reference_lines.header_widgets: a page header's date bar and weather ------------------------------------------------


def test_a_date_bar_and_a_weather_widget_above_the_title_are_set_aside() -> None:
    text = _page(
        "14 °C", "Den Bosch", "• dinsdag 12 maart 2024", "• Het nieuws uit de regio", TITLE, "", BODY, "", LONGER
    )
    for line in ("Den Bosch", "dinsdag 12 maart 2024", "Het nieuws uit de regio"):
        assert line not in kept(text)
    assert TITLE in kept(text)


def test_a_dated_list_in_the_article_text_stays() -> None:
    agenda = "• zaterdag 16 maart 2024\n• zondag 17 maart 2024"
    text = _text(TITLE, BODY, LONGER, "De markt is open op:", agenda, MORE)
    assert "zaterdag 16 maart 2024" in kept(text)


def test_a_place_heading_under_a_short_line_that_is_no_temperature_stays() -> None:
    text = _page(TITLE, "", BODY, "", "Verslag 14", "Den Bosch", "", LONGER)
    assert "Den Bosch" in kept(text)


def test_a_sites_tagline_under_its_logo_above_the_title_is_set_aside() -> None:
    tagline = "Het nieuwsplatform van Twente met het laatste nieuws uit de regio"
    text = _page("Logo Tubantia", tagline, "", TITLE, "", BODY, "", LONGER)
    assert tagline not in kept(text)
    # one tagline rule with the title's logo header (unify36): a paper's kind and any of its prepositions
    tagline = "De Stentor-courant met het nieuws uit Zwolle en omgeving"
    assert tagline not in kept(_page(tagline, "", TITLE, "", BODY, "", LONGER))


def test_a_sentence_about_a_news_site_in_the_text_stays() -> None:
    line = "De nieuwssite van de omroep kreeg vorig jaar een boete van de toezichthouder."
    assert line in kept(_text(TITLE, BODY, LONGER, line))


def test_a_logos_name_repeated_under_its_line_is_set_aside() -> None:
    text = _page("Logo Tubantia", "Tubantia", TITLE, "", BODY, "", LONGER)
    assert "Tubantia" not in kept(text)
    # the logo's word after the name (one rule with the site line and the title's logo header: unify36)
    text = _page("Tubantia Logo", "Tubantia", TITLE, "", BODY, "", LONGER)
    assert "Tubantia" not in kept(text)


def test_a_heading_under_a_logo_line_that_is_not_its_name_stays() -> None:
    text = _page("Logo Tubantia", "Enschede", "", BODY, "", LONGER)
    assert "Enschede" in kept(text)


def test_a_subscription_promo_and_a_players_label_are_set_aside() -> None:
    promo = "Wilt u ook in het buitenland elke ochtend uw krant lezen? Neem dan een digitaal abonnement."
    text = _page("Nu op de radio", TITLE, "", BODY, "", LONGER, "", promo)
    assert "Nu op de radio" not in kept(text)
    assert "Wilt u ook in het buitenland" not in kept(text)


def test_a_question_to_the_reader_about_the_news_stays() -> None:
    line = "Wilt u weten hoe het verder gaat met de brug? De gemeente houdt woensdag een informatieavond."
    assert "Wilt u weten hoe het verder gaat" in kept(_text(TITLE, BODY, line, LONGER))
