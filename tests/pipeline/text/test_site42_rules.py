"""Round site42 (issue 21, blind31 as development set): each rule with an example written here that it must
handle, and text of the same shape on the other side of the rule that must stay as it was."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import (
    BODY,
    LONG,
    LONGER,
    MORE,
    TITLE,
    K,
    aside,
    date_lines,
    headline,
    joined,
    kinds,
    page,
)

# --- spans._cut_word: a sentence's first word cut off by the end of the text is no brand's name ------------------


def test_a_capitalised_word_cut_off_after_the_last_sentence_stays_article_text() -> None:
    # the store's excerpt ends inside the next sentence's first word: "… niet doen!" Gedeputee"
    text = joined(TITLE, BODY, f'{LONGER} "Dat gaan we niet doen!" Gedeputee')
    assert aside(text) == []


def test_a_brands_name_after_the_last_sentence_stays_set_aside() -> None:
    assert aside(joined(TITLE, BODY, f"{LONGER} Omroep Gelderland", MORE)) == [("site_name", "Omroep Gelderland")]
    assert aside(joined(TITLE, BODY, f"{LONGER} Radio 5", MORE)) == [("site_name", "Radio 5")]
    # one capitalised word that is a known outlet's name (site_rules.OUTLETS) is a brand's, not a cut-off word
    assert aside(joined(TITLE, BODY, f"{LONGER} Libelle", MORE)) == [("site_name", "Libelle")]


# --- glued_labels.GLUED_BEFORE_DATE: a category's word glued to its date ("Sport12 juni, 2021") -----------------

PAGE_HEAD = ("Menu", "Home", "Nieuws", "Sport", "Contact", "Zoeken")


def test_a_word_glued_to_the_date_under_the_title_is_a_label_and_the_title_stays_the_headline() -> None:
    text = page(*PAGE_HEAD, TITLE, "Sport12 juni, 2021", BODY, LONGER, MORE)
    assert headline(text) == TITLE
    assert ("label", "Sport") in aside(text)
    assert "12 juni, 2021" not in [t for k, t in kinds(text) if k is not K.SITE_TEXT and k is not K.DATELINE]


def test_a_date_with_a_comma_before_its_year_is_a_date_line() -> None:
    assert "12 juni, 2021" in date_lines(joined(TITLE, "12 juni, 2021", BODY, MORE))


def test_a_title_with_a_figure_glued_to_a_word_stays_the_headline() -> None:
    title = "Top40 van 2021 gepresenteerd in Zwolle"
    assert headline(joined(title, BODY, MORE)) == title
    assert aside(joined(title, BODY, MORE)) == []


# --- signatures.initials_bylines: the writer's initials under the text ------------------------------------------

FOOTER = ("Kranten uit Nederland", "Kranten uit Zwolle", "© Kiosk. Alle rechten voorbehouden.")


def test_initials_alone_under_the_text_are_its_byline_not_the_footers() -> None:
    found = kinds(joined(TITLE, BODY, LONGER, "PK", *FOOTER))
    assert (K.BYLINE, "PK") in found
    assert [t for k, t in found if k is K.SITE_TEXT] == list(FOOTER)


def test_initials_in_brackets_on_the_line_under_the_text_are_its_byline() -> None:
    found = kinds(joined(TITLE, BODY, LONGER + "\n(PK)", "Meer nieuws", "Brand in Kampen", "Nieuwe burgemeester"))
    assert (K.BYLINE, "(PK)") in found


def test_an_outlets_name_in_capitals_under_the_text_stays_set_aside() -> None:
    assert ("site_name", "NOS") in aside(joined(TITLE, BODY, LONGER, "NOS", *FOOTER))


# --- meta_line_rules.LOGO_LINE: a theme's site icon's alternative text ("Site pictogram Stadsblad.nl") ---------


def test_a_site_icons_alt_text_above_the_title_is_set_aside_and_no_headline() -> None:
    text = joined("Site pictogram Stadsblad.nl", TITLE, BODY, MORE)
    assert headline(text) == TITLE
    assert aside(text) == [("site_name", "Site pictogram Stadsblad.nl")]


def test_a_title_about_a_site_stays_the_headline() -> None:
    title = "Site Stadsblad urenlang onbereikbaar"
    assert headline(joined(title, BODY, MORE)) == title
    assert aside(joined(title, BODY, MORE)) == []


# --- paragraph_copies.teaser_prefixes: an aggregator's teaser before the full text it opens --------------------

FULL = f"{LONGER} {MORE}"


def test_a_cut_off_teaser_that_the_next_paragraph_opens_with_is_set_aside() -> None:
    teaser = " ".join(FULL.split()[:30])  # cut off in a sentence, as the aggregator prints it
    assert aside(joined(teaser, FULL, BODY)) == [("teaser", teaser)]
    assert aside(joined(teaser + " …", FULL, BODY)) == [("teaser", teaser + " …")]


def test_a_lede_the_next_paragraph_goes_on_from_stays_article_text() -> None:
    # the lede ends its sentence: the lede is the article's, its copy the page's (stop 38: paragraph_repeats)
    assert aside(joined(TITLE, LONG, f"{LONG} Dat zegt de wethouder.", BODY)) == [("repeated", LONG)]
    assert (K.PARAGRAPH, "Dat zegt de wethouder.") in kinds(joined(TITLE, LONG, f"{LONG} Dat zegt de wethouder.", BODY))
    # a paragraph cut off by a line break in a sentence, the next paragraph something else
    cut = " ".join(FULL.split()[:30])
    assert aside(joined(TITLE, cut, BODY, MORE)) == []


# --- closing_cards.cut_blurb_cards: cards with their date under the cut-off standfirst ---------------------------

CARDS = (
    ("Nieuwe bibliotheek in Kampen open", "Na twee jaar bouwen opende de bibliotheek zaterdag haar deuren voor [...]"),
    ("Fietspad langs de IJssel dicht", "Het fietspad tussen Zwolle en Hattem is vanaf maandag drie weken [...]"),
    ("Schaatsbaan op de Grote Markt", "De schaatsbaan keert deze winter terug op de markt. Volgens de [...]"),
)


def test_cards_with_a_cut_standfirst_and_a_date_under_it_closing_the_text_are_set_aside() -> None:
    cards = [line for n, (title, blurb) in enumerate(CARDS) for line in (title, blurb, f"1{n}/05/2021")]
    found = aside(joined(TITLE, BODY, LONGER, *cards))
    assert [text for _, text in found] == cards
    assert {reason for reason, _ in found} == {"teaser"}


def test_dated_sections_of_an_article_closing_the_text_stay() -> None:
    # a review's headings, each with its paragraph ending a sentence and the day under it: the article's
    sections = [
        line
        for n, (title, blurb) in enumerate(CARDS)
        for line in (title, blurb.removesuffix(" [...]") + " gemeente.", f"1{n}/05/2021")
    ]
    assert aside(joined(TITLE, BODY, LONGER, *sections)) == []


# --- line_groups.placeholder_items: a list of one short label over and over (a widget's slides) -----------------


def test_a_list_repeating_one_label_and_its_heading_are_a_widget() -> None:
    found = aside(joined(TITLE, BODY, LONGER, "Foto van de week\n\n• Dia\n• Dia\n• Dia"))
    assert found == [("widget", "Foto van de week"), ("widget", "• Dia\n• Dia\n• Dia")]


def test_a_list_of_different_short_items_stays_the_articles() -> None:
    assert aside(joined(TITLE, BODY, "De uitslag:\n• Ja\n• Nee\n• Ja", LONGER)) == []
    assert aside(joined(TITLE, BODY, "Gemeenten\n\n• Zwolle\n• Kampen", LONGER)) == []


# --- title_copies._masthead: an e-paper's masthead whose name a wordmark's rule set aside already --------------


def test_a_masthead_printed_again_on_one_line_under_its_wordmark_is_set_aside() -> None:
    text = joined("StadsKrant", "3 mei 2024", "StadsKrant 3 mei 2024", TITLE, BODY, MORE)
    assert [t for _, t in aside(text)] == ["StadsKrant", "3 mei 2024", "StadsKrant 3 mei 2024"]
    assert headline(text) == TITLE


def test_a_wordmark_over_the_date_and_the_title_leaves_the_date_line() -> None:
    text = joined("StadsKrant", "3 mei 2024", TITLE, BODY, MORE)
    assert "3 mei 2024" in date_lines(text)
    assert headline(text) == TITLE


# --- interface_rules: a CMS's image token; web_rules: a counter with the item's rubric tag before it ------------


def test_a_cms_image_token_and_a_tagged_view_counter_are_set_aside() -> None:
    found = aside(joined(TITLE, "Wonen 128 keer gelezen", BODY, "[image=4521]", LONGER))
    assert found == [("counter", "Wonen 128 keer gelezen"), ("interface", "[image=4521]")]


def test_a_bracketed_note_and_a_sentence_about_readers_stay() -> None:
    note = "[foto: de nieuwe brug bij nacht]"
    sentence = "Het boek werd in Zwolle 128 keer gelezen."
    assert aside(joined(TITLE, BODY, note, sentence, LONGER)) == []
