"""Rules of round site51 (structure_blind40/41): each on an example written here, with an article-text look-alike
beside it that stays the article's."""

from __future__ import annotations

from pipeline.document import Block, BlockKind
from pipeline.text.outlet_notes import copyright_footers
from tests.pipeline.text.site_helpers import BODY, LONG, MORE, TITLE, article, aside, joined, kept, page

# --- doubled_cards: a card's "lees meer" link under its standfirst does not break the run of cards ---------------

CARD_ONE = "Kerkkoor viert zijn jubileum"
CARD_TWO = "Nieuwe dominee in de regio"
BLURB_ONE = "Het koor zong zondag in de volle kerk een mis die het zelf had laten schrijven."
BLURB_TWO = "De gemeente verwelkomde haar nieuwe voorganger met een feestelijke dienst."


def test_cards_with_doubled_titles_and_a_read_more_link_between_them_are_set_aside() -> None:
    text = joined(TITLE, BODY, MORE, CARD_ONE, CARD_ONE, BLURB_ONE, "→ lees meer", CARD_TWO, CARD_TWO, BLURB_TWO)
    read = kept(text)
    assert BLURB_ONE not in read and CARD_TWO not in read and BLURB_TWO not in read
    assert MORE in read
    # one heading of the article's own, its paragraph and a link: no card printed twice, the text stays
    own = joined(TITLE, BODY, CARD_ONE, BLURB_ONE, "→ lees meer", MORE)
    assert CARD_ONE in kept(own) and BLURB_ONE in kept(own)


# --- outlet_notes: a copyright notice over two lines, its year and holder on the first, its credit between ---------


def test_a_copyright_notice_over_two_lines_above_the_text_is_no_headline() -> None:
    notice = "Copyright © 2023 Voorbeeldbode.\nOntwerp door Studio Noord. Alle rechten voorbehouden."
    read = article(f"{notice}\n{BODY}\n{MORE}")
    assert read.meta.headline != "Ontwerp door Studio Noord."
    assert "Voorbeeldbode" not in kept(f"{notice}\n{BODY}\n{MORE}")
    assert "Studio Noord" not in kept(f"{notice}\n{BODY}\n{MORE}")
    # a photo's credit under its caption, the year in it: the caption's, and the text after it stays
    caption = "De nieuwe brug bij nacht. © 2023 Jan Jansen"
    assert "De nieuwe brug bij nacht." in kept(joined(TITLE, BODY, caption, MORE))
    assert MORE in kept(joined(TITLE, BODY, caption, "Studio Noord opent een expositie.", MORE))


# --- title_echoes: a section's name with an access badge after a bar, over the title -----------------------------


def test_a_section_with_a_badge_over_a_longer_title_is_no_headline() -> None:
    text = joined("Uit de regio | Premium", TITLE, BODY, MORE)
    read = article(text)
    assert read.meta.headline == TITLE
    assert "Uit de regio" not in kept(text)
    # the title itself with the badge after it, over the running text: the headline, without its badge
    badged = joined(f"{TITLE} | Premium", BODY, MORE)
    assert article(badged).meta.headline == TITLE


# --- reader_rules: the paywall's "Om dit te lezen heeft u een account nodig", and its link closing the line -------


def test_a_paywall_asking_for_an_account_and_its_login_link_are_set_aside() -> None:
    wall = "Om dit artikel te lezen heb je een Voorbeeld-account nodig. Inloggen"
    assert wall not in kept(joined(TITLE, BODY, "Dit is een artikel voor abonnees.", wall))
    assert "Inloggen" not in kept(joined(TITLE, BODY, "Dit is een artikel voor abonnees.", wall))
    # an article about reading: the same words without an account or a login are news
    news = "Om dit te lezen heeft hij een vergrootglas nodig. Inloggen op de bibliotheeksite lukt hem niet meer."
    assert news in kept(joined(TITLE, BODY, news, MORE))


# --- site_rules, structure: a page's anchor link and an author's avatar above the title --------------


def test_a_top_of_page_anchor_and_an_avatars_alt_text_above_the_title_are_no_headline() -> None:
    text = page("top of page", "  • Foto van schrijverRedactie", "", TITLE, "", BODY, "", MORE)
    read = article(text)
    assert read.meta.headline == TITLE
    assert "top of page" not in kept(text) and "schrijverRedactie" not in kept(text)
    # a caption naming a writer, and a one-item list of the article's, stay the article's
    caption = "Foto van schrijver Anna de Vries bij de opening van de brug."
    item = "• Page Six meldt het nieuws als eerste"
    assert caption in kept(joined(TITLE, BODY, caption, MORE))
    assert "Page Six meldt" in kept(joined(TITLE, BODY, item, MORE))
    assert "Top" in kept(joined(TITLE, BODY, "Top", LONG, "Flop", MORE))  # a sports column's own headings
    # a review of sites, each headed by its address as a one-item list, keeps the addresses (end35 precision audit)
    review = joined(TITLE, BODY, "- voorbeeldpetitie.nl", LONG, "- http://tekenhier.nl", MORE)
    assert "voorbeeldpetitie.nl" in kept(review) and "tekenhier.nl" in kept(review)
    assert "Klik hier" not in kept(joined(TITLE, BODY, "• Klik hier", MORE))  # a link's words in one bullet: chrome


# --- flat_title: a feed's meta stamp between the title and the text of one line ------------------------------------


def test_a_feeds_meta_stamp_glued_between_title_and_text_is_cut_out() -> None:
    stamp = "door op 2024-02-11 09:15 (#X7Q2)"
    read = article(f"{TITLE} {stamp} {BODY}")
    assert read.meta.headline == TITLE
    assert ("stamp", stamp) in aside(f"{TITLE} {stamp} {BODY}")
    # a sentence naming who opened a meeting and when, in the machine's date: the text, no title
    opened = "De vergadering werd geopend door de voorzitter op 2024-03-12 19:30 en duurde tot middernacht."
    assert opened in kept(f"{opened} {BODY}")
    assert article(f"{opened} {BODY}").meta.headline is None


# --- title_copies: the title bar, then the heading under its label with an empty field ----------------------------


def test_a_title_printed_again_under_a_label_with_an_empty_field_keeps_one_copy() -> None:
    text = joined(TITLE, "Nieuwsbericht -", TITLE, BODY, MORE)
    assert article(text).meta.headline == TITLE
    assert kept(text).count(TITLE) == 1 and "Nieuwsbericht -" not in kept(text)
    # a place and a dash over the text, no copy of the title under it: the text's own
    placed = joined(TITLE, "Zwolle -", BODY, MORE)
    assert "Zwolle -" in kept(placed)


# --- site_rules: a share row's names glued, with a bare "mail" ------------------------------------------------------


def test_a_share_rows_names_glued_with_mail_are_set_aside() -> None:
    assert ("share", "Twitterfacebookmail") in aside(joined(TITLE, "Twitterfacebookmail", BODY, MORE))
    heading = "Mail van de burgemeester"  # a heading that opens with the word is the article's
    assert heading in kept(joined(TITLE, BODY, heading, MORE))


# --- site_rules: an image's file name written as a slug ------------------------------------------------------------


def test_a_slug_of_a_file_name_standing_as_a_line_is_set_aside() -> None:
    slug = "2022-06-01-nieuwe_brug_Zwolle-Kampen_opening"
    assert ("interface", slug) in aside(joined(TITLE, BODY, slug, MORE))
    place = "Zwolle-Kampen-Hattem"  # a route's places joined by hyphens, no underscore: the article's
    assert place in kept(joined(TITLE, BODY, place, MORE))


# --- site_rules, page_title_copies: a title bar over a menu row, the title printed again as the heading ----------


def test_a_title_bar_and_a_menu_row_of_lower_case_links_above_the_heading_are_set_aside() -> None:
    bar = "Kerkgemeente Noord | Nieuw orgel ingewijd"
    menu = "Huis van de Gemeente | contact | agenda"
    text = joined(bar, menu, "Nieuw orgel ingewijd", BODY, MORE)
    assert article(text).meta.headline == "Nieuw orgel ingewijd"
    assert bar not in kept(text) and menu not in kept(text)
    # the same bar with no copy of the title below it: the title is the bar's
    assert "Nieuw orgel ingewijd" in kept(joined(bar, BODY, MORE))
    table = "Score van de avond | thuis 3 | uit 1"  # lower-case cells of more than a word: a table's
    assert table in kept(joined(TITLE, BODY, table, MORE))


# --- line_kind_rules: a date in brackets before the text's first sentence -----------------------------------------


def test_a_date_in_brackets_before_the_first_sentence_is_the_pages_stamp() -> None:
    opening = "(03-05-2021) De gemeenteraad van Zwolle stemde dinsdagavond in met het plan voor een nieuw zwembad."
    assert ("stamp", "(03-05-2021)") in aside(joined(TITLE, opening, MORE))
    inside = "De raad stemde in (03-05-2021) met het plan voor een nieuw zwembad in het centrum van de stad."
    assert inside in kept(joined(TITLE, inside, MORE))


# --- header_boxes: a menu's first item in capitals above the menu's lines ------------------------------------------


def test_a_word_in_capitals_above_a_menus_lines_in_capitals_is_the_menus() -> None:
    text = page("WATERPOLO", "LIVESCORE", "INLOGGEN", TITLE, "", BODY, "", MORE)
    assert ("navigation", "WATERPOLO") in aside(text)
    assert article(text).meta.headline == TITLE
    # a word in capitals over the text, one menu line under it: the text's own (a section's heading)
    assert "WATERPOLO" in kept(page("WATERPOLO", "INLOGGEN", TITLE, "", BODY, "", MORE))


# --- outlet_notes: a bar opening a short line, the field before it left empty -------------------------------------


def test_a_bar_opening_a_short_line_under_the_title_is_an_empty_fields_row() -> None:
    assert ("page", "| Webredactie") in aside(joined(TITLE, "| Webredactie", BODY, MORE))
    cell = "| Zwolle | 12 |"  # a table's row in Markdown's bars: closed by a bar too
    assert cell not in [text for _, text in aside(joined(TITLE, BODY, cell, MORE))]


# --- inline_chrome: a prompt to reach the author glued after the signature ------------------------------------------


def test_a_prompt_to_reach_the_author_glued_after_the_signature_is_set_aside() -> None:
    closing = f"{MORE} Jan de Vries voorzitter Wilt u de redacteur bereiken? Stuur hem dan een mail. |"
    read = kept(joined(TITLE, BODY, closing))
    assert MORE in read and "redacteur bereiken" not in read
    invited = "Wil je de auteur ontmoeten? Hij signeert zaterdag in de bibliotheek."
    assert invited in kept(joined(TITLE, BODY, invited))


# --- line_kind_rules, opening_stamps: the edition's place before the article's dateline in capitals ---------------


def test_the_editions_place_before_the_datelines_place_in_capitals_is_set_aside() -> None:
    opening = "Meppel - HAVELTE - De gemeenteraad stemde dinsdagavond in met het plan voor een nieuw zwembad."
    assert ("stamp", "Meppel -") in aside(joined(TITLE, opening, MORE))
    match = "Feyenoord - Ajax - De Klassieker eindigde zondag in een gelijkspel na een wilde tweede helft."
    assert match in kept(joined(TITLE, match, MORE))


def test_a_credit_between_two_copyright_captions_is_the_notices_too() -> None:
    notice = "© 2023 Voorbeeldbode. Alle rechten voorbehouden."
    blocks = [
        Block(BlockKind.PARAGRAPH, BODY),
        Block(BlockKind.CAPTION, notice),
        Block(BlockKind.PARAGRAPH, "Ontwerp door Studio Noord."),
        Block(BlockKind.CAPTION, notice),
    ]
    out = copyright_footers(blocks)
    assert [b.reason for b in out[1:]] == ["copyright", "copyright", "copyright"]
    assert out[0].kind is BlockKind.PARAGRAPH  # the article's paragraph above the notice stays
