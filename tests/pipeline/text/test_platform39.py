"""The web's platform furniture by its shape, helper platform39 (issue 21; pipeline.text.platform39_rules): examples
written for these tests, each rule with two article look-alikes that stay."""

from __future__ import annotations

from pipeline.text import patterns
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, aside, joined, kinds


def _kind_of(text: str, line: str) -> K:
    return next(kind for kind, block in kinds(text) if block == line)


def _set_aside(reason: str, *lines: str) -> None:
    for line in lines:
        assert patterns.site_line_reason(line) == reason, line
        assert (reason, line) in aside(joined(TITLE, BODY, MORE, line)), line


def _stays(*lines: str) -> None:
    for line in lines:
        assert patterns.site_line_reason(line) is None, line
        assert _kind_of(joined(TITLE, BODY, line, MORE), line) is not K.SITE_TEXT, line


# -- a platform's widget as a line: share bar glued, view counter, Blogger's comment counter ("platform") -------------


def test_a_platforms_widget_line_is_set_aside() -> None:
    _set_aside(
        "platform",
        "Geen opmerkingen: Een reactie posten",
        "FacebooktwitterredditpinterestlinkedinmailFacebook",
        "Pin It",
        "Gelezen: 1.208 keer",
        "Printvriendelijke versiePDF version",
    )


def test_a_count_in_the_articles_words_stays() -> None:
    _stays("De video is 4144 keer bekeken", "Het bericht kreeg op Facebook en Twitter 12 reacties")


# -- a source named by its web address alone ("web_source") -------------------------------------------------------


def test_a_source_named_by_its_web_address_alone_is_set_aside() -> None:
    _set_aside("web_source", "Bron: dorpskrant.nl", "Source: https://www.example.org/nieuws/brug", "(via Radio Oost)")


def test_a_source_named_in_the_article_stays() -> None:
    _stays(
        "Als bron noemt de krant dorpskrant.nl.", "Volgens een bron bij de gemeente (via de wethouder) is het plan rond"
    )


# -- a related-posts widget's heading ("related_posts"); the line above it is not swept into the tail --------------


def test_a_related_posts_heading_is_set_aside_and_the_signature_above_it_stays() -> None:
    _set_aside("related_posts", "Misschien bent u ook geïnteresseerd in ...", "Misschien vind je dit ook leuk")
    text = joined(TITLE, BODY, MORE, "Jan de Boer", "Raadslid", "Misschien bent u ook geïnteresseerd in ...")
    assert _kind_of(text, "Raadslid") is not K.SITE_TEXT


def test_a_heading_over_the_articles_own_list_stays() -> None:
    _stays("Komende activiteiten", "Misschien is zij ook geïnteresseerd in een nieuwe baan")


# -- a newsletter's sign-up line ("signup_line") -----------------------------------------------------------------


def test_a_newsletter_signup_line_is_set_aside() -> None:
    _set_aside(
        "signup_line",
        "Schrijf u nu in op Dorpsnieuws, de wekelijkse e-letter van de vereniging",
        "Sign up for the weekly newsletter",
    )


def test_a_sentence_about_a_newsletter_stays() -> None:
    _stays(
        "De vereniging stuurt haar leden voortaan een digitale nieuwsbrief.",
        "Wie zich inschrijft op de e-letter van de gemeente krijgt het nieuws eerder.",
    )


# -- a web shop's cart and its buttons ("cart") --------------------------------------------------------------------


def test_a_shops_cart_line_is_set_aside() -> None:
    _set_aside("cart", "Bekijk winkelwagen", "Toevoegen aan winkelmand", "Subtotaal: € 0,00", "Items : 0")


def test_an_article_about_a_shop_stays() -> None:
    _stays("Totaal: € 1.250", "De winkelwagen van de supermarkt werd dit jaar duurder")


# -- a blog platform's comment box ("comment_box") -----------------------------------------------------------------


def test_a_comment_boxs_line_is_set_aside() -> None:
    _set_aside(
        "comment_box",
        "Reactie annuleren",
        "2 gedachten over “Nieuwe brug over de IJssel geopend”",
        "Naam *",
        "Leave a Reply Cancel reply",
    )


def test_a_reaction_in_the_article_stays() -> None:
    _stays("De reactie van de wethouder", "Twee reacties op het plan kwamen van omwonenden")


# -- a camera's file name as a caption ("file_name") ----------------------------------------------------------------


def test_a_cameras_file_name_is_set_aside() -> None:
    _set_aside("file_name", "DSC 4791", "IMG 2034", "P1010234", "WhatsApp Image 2023-04-01 at 10.12.33")


def test_a_name_with_a_number_stays() -> None:
    _stays("Covid-19", "A-12")


# -- a CMS's content type right below the headline (CONTENT_TYPE, read by pipeline.text.title_labels) ---------------


def test_a_content_type_right_below_the_headline_is_set_aside() -> None:
    for label in ("Artikel", "Article", "Nieuwsbericht"):
        assert ("label", label) in aside(joined(TITLE, label, BODY, MORE)), label


def test_a_content_type_word_in_the_text_stays() -> None:
    for line in ("Artikel 12 van de wet", "Fragment"):
        assert _kind_of(joined(TITLE, BODY, line, MORE), line) is not K.SITE_TEXT, line
    assert _kind_of(joined(TITLE, "Artikel 12 van de wet", BODY, MORE), "Artikel 12 van de wet") is not K.SITE_TEXT
