"""Site-text rules of helper site32b (issue 21): examples written for these tests."""

from __future__ import annotations

import re
import time

from pipeline.text.interface_rules import PUBLISHER_LINE
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, aside, headline, joined, kept, kinds, page

PUBLISHER = re.compile(PUBLISHER_LINE, re.IGNORECASE)  # as pipeline.text.announced and the site-line table read it

_ANNOUNCED = "Wie zich wil aanmelden voor de open dag, kan dat tot vrijdag doen via het formulier op de site:"


def test_a_web_address_ending_the_sentence_that_announces_it_with_a_colon_is_text() -> None:
    for gap in ("\n", "\n\n"):
        text = joined(TITLE, BODY, f"{_ANNOUNCED}{gap}www.opendagzwolle.nl.", MORE)
        assert "www.opendagzwolle.nl." not in [t for _, t in aside(text)]
        assert "www.opendagzwolle.nl." in kept(text)


def test_a_web_address_under_a_label_with_a_colon_stays_a_link() -> None:
    text = joined(TITLE, BODY, MORE, "Meer informatie:\nwww.opendagzwolle.nl", MORE)
    assert "www.opendagzwolle.nl" not in kept(text)


def test_a_skip_link_to_the_main_content_is_set_aside() -> None:
    for skip in ("Doorgaan naar inhoud", "Direct naar de hoofdinhoud", "Meteen naar content"):
        assert ("navigation", skip) in aside(joined(skip, TITLE, BODY, MORE))


def test_a_sentence_going_on_to_the_content_of_something_stays_article_text() -> None:
    sentence = "Doorgaan naar de inhoud van het akkoord had volgens de wethouder geen zin meer."
    assert sentence in kept(joined(TITLE, BODY, sentence, MORE))


def test_a_printer_version_link_with_a_table_bar_is_set_aside() -> None:
    for link in ("Printerversie |", "Printervriendelijke versie"):
        assert ("print", link) in aside(joined(TITLE, link, BODY, MORE))


def test_a_sentence_about_printed_versions_stays_article_text() -> None:
    sentence = "Printerversies van het rapport werden op het stadhuis massaal weggegooid, zegt de raad."
    assert sentence in kept(joined(TITLE, BODY, sentence, MORE))


def test_an_image_markup_left_empty_is_set_aside() -> None:
    for markup in ("![]() |", "![](/media/beeld-3.jpg)"):
        assert ("markup", markup) in aside(joined(TITLE, BODY, markup, MORE))


def test_an_image_markup_with_its_description_is_not_set_aside_as_markup() -> None:
    markup = "![De nieuwe brug bij avond](/media/brug.jpg)"
    assert ("markup", markup) not in aside(joined(TITLE, BODY, markup, MORE))


def test_an_image_viewer_button_alone_on_its_line_is_set_aside() -> None:
    for button in ("Volledig scherm", "Foto vergroten", "Fullscreen"):
        assert ("interface", button) in aside(joined(TITLE, BODY, button, MORE))


def test_a_heading_about_a_full_screen_stays_article_text() -> None:
    heading = "Volledig scherm voor de kijker"
    assert heading in kept(joined(TITLE, BODY, heading, MORE))


_CAPTION = "Wethouder Anna de Wit op de nieuwe brug."


def test_a_caption_opening_the_page_shown_again_with_its_credit_is_a_caption_and_its_copy_site_text() -> None:
    text = page(_CAPTION, "PREMIUM", f"{_CAPTION} © Jan Smit", "", TITLE, "", BODY, "", MORE)
    assert headline(text) == TITLE
    assert (K.CAPTION, _CAPTION) in kinds(text)
    assert ("repeated", f"{_CAPTION} © Jan Smit") in aside(text)


def test_an_opening_line_taken_up_by_a_sentence_below_it_stays_article_text() -> None:
    going_on = f"{_CAPTION} Ze knipte zaterdag het lint door, samen met haar kleinzoon."
    text = page(_CAPTION, "", going_on, "", BODY, "", MORE)
    assert going_on in kept(text)
    assert (K.CAPTION, _CAPTION) not in kinds(text)


_ISSUE = "Wijkblad De Brug - maart 2024"


def test_a_short_line_the_page_shows_again_with_another_dash_and_case_is_set_aside() -> None:
    text = page(_ISSUE, "", "Wijkblad De Brug – Maart 2024", "", TITLE, "", BODY, "", MORE, "", _ISSUE)
    assert headline(text) == TITLE
    assert ("repeated", "Wijkblad De Brug – Maart 2024") in aside(text)


def test_headings_with_a_dash_that_differ_in_their_words_stay_article_text() -> None:
    text = page(TITLE, "", BODY, "", "Ronde 1 – zaterdag", "", MORE, "", "Ronde 2 - zondag", "", BODY)
    assert "Ronde 1 – zaterdag" in kept(text) and "Ronde 2 - zondag" in kept(text)


def test_a_publishers_line_opening_the_page_is_set_aside_and_the_title_below_it_is_the_headline() -> None:
    publisher = "Een uitgave van de Stichting Wijkkrant Zwolle-Zuid"
    text = joined(publisher, TITLE, BODY, MORE)
    assert headline(text) == TITLE
    assert ("site_name", publisher) in aside(text)


def test_a_line_about_a_publication_with_its_details_or_a_common_noun_stays_article_text() -> None:
    for line in (
        "Een uitgave van Uitgeverij Atlas, 240 pagina's, 22,50 euro.",
        "Een uitgave van de gemeente die de raad veel geld kostte",
    ):
        assert line in kept(joined(TITLE, BODY, line, MORE))


_CARD_SUMMARY = (
    "Het college van Deventer wil de markt op zaterdag verplaatsen naar het Burgemeester Dr. Knappertlaan. De "
    "marktkooplieden zijn daar niet blij mee, want ze vrezen minder klanten en een lagere omzet in de wintermaanden "
    "die al zwaar genoeg zijn."
)


def test_picture_cards_after_read_also_with_their_summaries_are_set_aside() -> None:
    cards = page(
        "Lees ook", "", "markt_deventer.jpg", "", "Markt verhuist: kooplieden boos", "", _CARD_SUMMARY,
        "", "IMG-Hengelo2.jpg", "", "Fietser gewond bij aanrijding in Hengelo", "", _CARD_SUMMARY,
    )  # fmt: skip
    text = joined(TITLE, BODY, MORE, cards)
    assert kept(text).endswith(MORE)


def test_the_article_going_on_after_a_picture_card_without_summary_stays_article_text() -> None:
    text = page(
        TITLE, "", BODY, "", "Lees ook", "", "markt_deventer.jpg", "", "Markt verhuist: kooplieden boos", "",
        _CARD_SUMMARY, "", MORE,
    )  # fmt: skip
    assert _CARD_SUMMARY in kept(text) and MORE in kept(text)


def test_a_line_of_javascript_calling_a_function_is_set_aside() -> None:
    for code in (
        "dataLayer.push('event', {'page_type': 'article', 'region': 'oost'});",
        "fbq('track', 'PageView');",
    ):
        assert ("markup", code) in aside(joined(code, TITLE, BODY, MORE))


def test_a_sentence_with_a_quote_in_brackets_stays_article_text() -> None:
    sentence = "De wethouder (‘we gaan door’, zei ze) wil het plan na de zomer afronden, in overleg met de buurt."
    assert sentence in kept(joined(TITLE, BODY, sentence, MORE))


def test_a_masthead_and_its_date_shown_again_on_one_line_are_set_aside() -> None:
    text = joined(
        "Stadskrant Oost - Editie Noord", "12 maart 2024", "Stadskrant Oost - Editie Noord 12 maart 2024", TITLE, BODY
    )
    assert ("masthead", "Stadskrant Oost - Editie Noord 12 maart 2024") in aside(text)
    assert "Stadskrant Oost - Editie Noord" not in kept(text) and "12 maart 2024" not in kept(text)


def test_a_title_and_a_lede_that_does_not_repeat_the_two_lines_above_stay_article_text() -> None:
    text = joined(TITLE, "12 maart 2024", f"{TITLE} was het nieuws van 12 maart 2024", BODY)
    assert headline(text) == TITLE
    assert f"{TITLE} was het nieuws van 12 maart 2024" in kept(text)


_ABBREVIATED = "Boerenmarkt lokt duizenden naar Oudega (Fr.)"
_DATELINED = (
    "OUDEGA - Op de boerenmarkt in het dorp kwamen zaterdag ruim drieduizend mensen af. De organisatie had op de "
    "helft gerekend en moest halverwege de middag extra parkeerplaatsen openen."
)


def test_a_short_title_closed_by_an_abbreviation_in_brackets_over_a_datelined_lede_is_the_headline() -> None:
    text = joined(_ABBREVIATED, "De kraam van de kaasboer. Foto: Anna Smit", _DATELINED, MORE)
    assert headline(text) == _ABBREVIATED


def test_a_short_sentence_closed_by_an_abbreviation_that_the_text_goes_on_from_is_no_headline() -> None:
    going_on = "Daar kwamen zaterdag ruim drieduizend mensen op af, twee keer zoveel als de organisatie had verwacht."
    text = joined("Het gebeurde in Oudega (Fr.)", going_on, MORE)
    assert headline(text) != "Het gebeurde in Oudega (Fr.)"


def test_an_editors_choice_box_heading_is_set_aside() -> None:
    for heading in ("De keuze van de redactie", "Redactiekeuze"):
        assert ("teaser", heading) in aside(joined(TITLE, BODY, MORE, heading))


def test_a_sentence_about_the_editors_choice_stays_article_text() -> None:
    sentence = "De keuze van de redactie viel uiteindelijk op een interview met de burgemeester over de begroting."
    assert sentence in kept(joined(TITLE, BODY, sentence, MORE))


def test_the_authors_codes_closing_the_text_above_the_pages_boxes_stay_article_text() -> None:
    text = joined(TITLE, BODY, MORE, "abvr, kds, jdm", "Redactiekeuze", "MEER OVER")
    assert "abvr, kds, jdm" in kept(text)


def test_a_repeated_issue_line_right_under_a_sections_heading_is_set_aside() -> None:
    text = page("Wijkblad De Brug - maart 2024", "", TITLE, "", BODY, "", "Een lange aanloop", "",
                "Wijkblad De Brug - maart 2024", "", MORE)  # fmt: skip
    assert [t for _, t in aside(text)].count("Wijkblad De Brug - maart 2024") == 2
    assert "Een lange aanloop" in kept(text)


def test_a_sections_heading_the_page_shows_again_stays_article_text() -> None:
    text = page(TITLE, "", BODY, "", "De kosten", "", MORE, "", "De kosten", "", BODY)
    assert "De kosten" in kept(text)


def test_a_publishers_line_of_many_capitalised_link_words_is_read_in_linear_time() -> None:
    # outside input: each capitalised "De" was tried as a link word and as a name's word (2^n ways to fail)
    line = "Een uitgave van Stichting" + " De" * 26 + " x"
    start = time.perf_counter()
    assert PUBLISHER.match(line) is None
    assert time.perf_counter() - start < 2.0  # a bound against a hang, not a speed target: ~25 s before (2^26 ways)
    assert PUBLISHER.match("Een uitgave van Stichting De Ploeg en De Vries")  # the rule's lines as before
    assert PUBLISHER.match("Uitgave van het Huis Van Oranje & Zonen")
