"""Site-text rules of helper site36 (issue 21): examples written for these tests, each with an article look-alike
that stays."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, headline, joined, kept, page


def test_a_copyright_line_naming_the_sites_domain_is_set_aside() -> None:
    text = page("Copyright 2023 - 2025 dorpsblad.nl", TITLE, BODY, MORE)
    assert ("copyright", "Copyright 2023 - 2025 dorpsblad.nl") in aside(text)
    # a sentence about a copyright and a domain: lower-case words before the domain
    story = page(TITLE, BODY, "Copyright 2024 gaat naar de uitgever van dorpsblad.nl", MORE)
    assert "Copyright 2024 gaat naar de uitgever van dorpsblad.nl" in kept(story)


def test_an_empty_related_posts_box_is_set_aside() -> None:
    for line in ("Er zijn geen gerelateerde berichten.", "Geen verwante artikelen gevonden", "No related posts."):
        assert ("interface", line) in aside(page(TITLE, BODY, MORE, line))
    # the article saying there are no related cases
    story = page(TITLE, BODY, "Er zijn geen gerelateerde zaken bekend bij de politie.", MORE)
    assert "Er zijn geen gerelateerde zaken bekend bij de politie." in kept(story)


def test_a_templates_placeholder_and_a_scripts_closing_brackets_are_set_aside() -> None:
    gone = aside(page(TITLE, "{{ post.subtitle }}", BODY, MORE, "});"))
    assert ("markup", "{{ post.subtitle }}") in gone and ("markup", "});") in gone
    # a line of the article in brackets, and a scene break, stay
    story = page(TITLE, BODY, "(foto's volgen later)", "***", MORE)
    assert "(foto's volgen later)" in kept(story) and "***" in kept(story)


def test_a_link_to_the_original_article_alone_on_its_line_is_set_aside() -> None:
    for line in ("Bekijk origineel artikel", "Naar het volledige bericht"):
        assert ("pointer", line) in aside(page(TITLE, BODY, line, MORE))
    # a sentence of the article about the original article
    story = page(TITLE, BODY, "Bekijk het originele artikel van de rechter maar eens goed.", MORE)
    assert "Bekijk het originele artikel van de rechter maar eens goed." in kept(story)


def test_a_back_link_above_the_headline_is_set_aside() -> None:
    for line in ("Terug", "Terug nieuws"):
        text = page(line, TITLE, BODY, MORE)
        assert ("navigation", line) in aside(text) and headline(text) == TITLE
    # below the headline a lone "Terug" may head a part of the article; a capitalised title stays the headline
    assert "Terug" in kept(page(TITLE, BODY, "Terug", MORE))
    assert headline(page("Terug Naar Af", BODY, MORE)) == "Terug Naar Af"


def test_a_bare_count_closing_the_text_after_its_running_text_is_set_aside() -> None:
    assert ("tail", "0") in aside(joined(TITLE, BODY, MORE, "0"))
    # the number a line of the article announces with its colon stays
    story = joined(TITLE, BODY, "De winnende code was:", "4711")
    assert "4711" in kept(story)


def test_a_templates_author_line_with_an_empty_field_is_set_aside() -> None:
    assert ("byline", "Redactie | | Gepubliceerd op") in aside(
        joined(TITLE, BODY, "Redactie | | Gepubliceerd op", MORE)
    )
    # a line of the article with bars and every field filled stays
    story = joined(TITLE, BODY, "Maandag | dinsdag | open vanaf tien uur op", MORE)
    assert "Maandag | dinsdag | open vanaf tien uur op" in kept(story)


def test_a_location_widget_naming_the_country_in_english_is_set_aside() -> None:
    assert ("interface", "Lochem, Netherlands") in aside(page("Lochem, Netherlands", TITLE, BODY, MORE))
    # the place and its country in Dutch: the article's dateline or a heading
    assert "Lochem, Nederland" in kept(joined(TITLE, BODY, "Lochem, Nederland", MORE))


def test_a_feeds_footer_naming_its_source_and_address_is_set_aside() -> None:
    line = "from Omroep West - nieuws https://www.omroepwest.nl/nieuws/123/brug"
    assert ("link", line) in aside(joined(TITLE, BODY, MORE, line))
    # a sentence opening with "Via" and going on after an address stays
    story = joined(TITLE, BODY, "Via Zwolle https://zwolle.nl/route reed de stoet naar Kampen.", MORE)
    assert "Via Zwolle https://zwolle.nl/route reed de stoet naar Kampen." in kept(story)


def test_a_list_of_short_names_under_a_menus_heading_above_the_text_is_set_aside() -> None:
    text = page("Menu", "• Agenda", "• Over ons", "• Contact", "", TITLE, "", BODY, "", MORE)
    assert ("navigation", "• Agenda\n• Over ons\n• Contact") in aside(text)
    # a restaurant's menu inside the article stays
    story = page(TITLE, "", BODY, "", "Menu", "• Soep met brood", "• Stoofvlees met friet", "", MORE)
    assert "Stoofvlees met friet" in kept(story)
