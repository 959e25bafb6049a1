"""Site-text rules of helper site32 (issue 21): examples written for these tests."""

from __future__ import annotations

import re
import time

from pipeline.text.site_rules import SHARE_ROW
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, headline, joined, kept

_NAMED = (
    "Het collectief begon in een leegstaande drukkerij aan de haven, onder de naam De Schuilplaats. Die naam "
    "draagt de stichting nog altijd, ook al verhuisde ze twee keer."
)


def test_a_lower_case_heading_between_paragraphs_that_the_next_paragraph_names_is_kept() -> None:
    text = joined(TITLE, BODY, MORE, "schuilplaats", _NAMED)
    assert "schuilplaats" not in [t for _, t in aside(text)]
    assert _NAMED in kept(text)


def test_a_lower_case_tag_between_paragraphs_that_the_next_paragraph_does_not_name_stays_aside() -> None:
    text = joined(TITLE, BODY, MORE, "duurzaamheid", _NAMED)
    assert "duurzaamheid" in [t for _, t in aside(text)]


def test_a_dashed_date_line_with_its_comment_count_and_a_call_to_join_in_is_not_the_headline() -> None:
    text = joined("— woensdag 4 maart 2026, 09:12 | 3 reacties, discussieer mee", TITLE, BODY, MORE)
    assert headline(text) == TITLE
    assert ("comments", "3 reacties, discussieer mee") in aside(text)


def test_a_headline_calling_to_join_in_and_a_sentence_counting_comments_stay_article_text() -> None:
    title = "Gemeente vraagt inwoners: praat mee over het nieuwe zwembad"
    counted = "Op de oproep van de wethouder kwamen binnen een week – tot ieders verbazing – 300 reacties, praat mee."
    text = joined(title, BODY, counted, MORE)
    assert headline(text) == title
    assert counted in kept(text)


def test_a_share_row_of_bulleted_networks_and_actions_is_set_aside_on_one_line_or_one_a_line() -> None:
    one_line = "• LinkedIn • X (Twitter) • E-mail • Download"
    assert ("share", one_line) in aside(joined(TITLE, BODY, one_line, MORE))
    one_a_line = "• Messenger\n• X (Twitter)\n• WhatsApp\n• Print"
    assert ("share", one_a_line) in aside(joined(TITLE, BODY, one_a_line, MORE))


def test_a_bulleted_list_naming_networks_in_the_article_stays_a_list() -> None:
    two = "• Facebook\n• WhatsApp"
    worded = "• Facebook verwijderde 40 berichten\n• X liet ze staan\n• WhatsApp gaf geen antwoord"
    for listed in (two, worded):
        text = joined(TITLE, BODY, "Het onderzoek keek naar drie platforms:", listed, MORE)
        assert listed in kept(text)


def test_a_pointer_to_the_whole_story_on_a_domain_with_its_title_is_set_aside() -> None:
    pointer = "Lees het volledige verhaal op omroepwest.nl: ‘Brand in loods aan de haven legt verkeer urenlang stil’"
    assert ("pointer", pointer) in aside(joined(TITLE, BODY, pointer, MORE))


def test_a_line_telling_where_a_report_or_a_story_is_read_stays_article_text() -> None:
    report = "Lees het rapport op rijksoverheid.nl: de inspectie vond er tientallen fouten in"
    story = "Lees het verhaal op de website van de krant: de wethouder noemt het onzin"
    for line in (report, story):
        assert line in kept(joined(TITLE, BODY, line, MORE))


def test_a_media_players_english_interface_lines_are_set_aside() -> None:
    lines = ["Show descriptionSave", "In 3 playlist(s)", "Social links Latest clips Browse 2,318 clip(s)"]
    gone = [t for _, t in aside(joined(TITLE, BODY, *lines, MORE))]
    assert all(line in gone for line in lines)


def test_dutch_headings_with_a_players_words_stay_article_text() -> None:
    for heading in ("Links in beeld", "Clips van de week", "De playlist van de dj"):
        assert heading in kept(joined(TITLE, BODY, heading, MORE))


def test_an_empty_shop_cart_and_its_heading_are_set_aside_and_no_headline() -> None:
    text = joined("Winkelwagen", "Je winkelmandje is leeg.", TITLE, BODY, MORE)
    gone = [t for _, t in aside(text)]
    assert "Winkelwagen" in gone and "Je winkelmandje is leeg." in gone
    assert headline(text) == TITLE


def test_a_sentence_about_an_empty_cart_and_a_heading_above_text_stay_article_text() -> None:
    sentence = "Veel klanten laten hun winkelmandje leeg achter, blijkt uit het onderzoek van de bond."
    text = joined(TITLE, BODY, "De winkelmand", sentence, MORE)
    assert sentence in kept(text) and "De winkelmand" in kept(text)


def test_a_publication_stamps_label_alone_on_its_line_is_set_aside() -> None:
    for label in ("Gepubliceerd", "Laatst bijgewerkt op:"):
        assert ("label", label) in aside(joined(TITLE, BODY, label, MORE))


def test_a_heading_or_a_line_opening_with_a_stamps_word_stays_article_text() -> None:
    for line in ("Gepubliceerd in drie talen", "Geplaatst op de markt"):
        assert line in kept(joined(TITLE, BODY, line, MORE))


def test_a_magazines_issue_reference_is_set_aside() -> None:
    reference = "Wonen & Welzijn, Jaargang 12, 2024, nr. 7 (september), pagina 20 tot 23"
    assert ("print", reference) in aside(joined(TITLE, reference, BODY, MORE))


def test_a_sentence_or_a_heading_about_a_magazines_volume_stays_article_text() -> None:
    sentence = "Het blad begon in 1995, jaargang 1 telde vier nummers van twaalf pagina's."
    for line in (sentence, "Jaargang na jaargang"):
        assert line in kept(joined(TITLE, BODY, line, MORE))


def test_a_current_affairs_sections_name_above_the_headline_is_set_aside() -> None:
    for label in ("Actualiteit", "Actueel | Klimaat"):
        text = joined(label, TITLE, BODY, MORE)
        assert ("navigation", label) in aside(text)
        assert headline(text) == TITLE


def test_a_heading_opening_with_the_sections_word_stays_article_text() -> None:
    heading = "Actueel blijft de vraag wie betaalt"
    assert heading in kept(joined(TITLE, BODY, heading, MORE))


def test_a_share_row_of_many_networks_that_is_no_row_is_read_in_linear_time() -> None:
    # outside input: each space between two networks was split two ways between the separator's spaces (2^n tries),
    # and "kopieer link" was both a network and an action
    row = re.compile(SHARE_ROW, re.IGNORECASE)
    for line in ("• Facebook" + " X" * 26 + " ?", "• Facebook" + " kopieer link" * 26 + " ?"):
        start = time.perf_counter()
        assert row.match(line) is None
        assert time.perf_counter() - start < 2.0  # a bound against a hang, not a speed target: ~20 s each before
    for line in ("• Facebook • X (Twitter) • WhatsApp • Email • Download", "Facebook Twitter, LinkedIn | kopieer link"):
        assert row.match(line)  # the rule's rows as before


def test_a_menu_line_of_hyphenated_items_that_is_no_menu_is_read_in_linear_time() -> None:
    # outside input: the navigation rule's separator "-" was also an item's letter, so "Home-a-a-…-a !" split 2^n ways
    # (22 items: ~1 s, each 4 more ~16 times that) before failing; each item is now read once (an atomic group)
    from pipeline.text.site_rules import SITE_LINES

    menu = re.compile(next(p for reason, p in SITE_LINES if reason == "navigation" and p.startswith("^(home")), re.I)
    start = time.perf_counter()
    assert menu.search("Home" + "-a" * 40 + " !") is None
    assert time.perf_counter() - start < 2.0  # a bound against a hang, not a speed target
    for line in ("Home | Nieuws | Binnenland", "Home - Noord-Holland - Sport", "Home › Actueel › Het weer van vandaag"):
        assert menu.search(line)  # the rule's menus as before
