"""Helper site42 (issue 21): mainstream news pages by shape — a page's title line with the site's name after a dash
above the title printed alone, another page's title with the outlet's name after a dash under the running text (a
video's or a related story's card), the heading of a box of link cards kept as the article's subheading, cards of
other stories each with its stamp printed twice, a genre label over a status line, share buttons glued to a byline,
a paywall label naming the outlet. Each rule with an example written here and an article-text look-alike that must
stay."""

from __future__ import annotations

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import BODY, LONGER, TITLE, aside, headline, joined, kept, kinds

K = BlockKind


# --- page_title_copies.title_bar: the title line's site name after a dash -------------------------------------------


def test_title_line_with_the_sites_name_after_a_dash_above_the_title_is_set_aside() -> None:
    bar = f"{TITLE} - Omroep Zwolle Nieuws"
    text = joined(bar, TITLE, BODY, LONGER)
    assert ("site_name", bar) in aside(text)
    assert headline(text) == TITLE


def test_title_with_a_subtitle_after_a_dash_above_its_copy_stays() -> None:
    line = f"{TITLE} - fietsers kunnen er vanaf maandag over"  # the subtitle's words in lower case: the article's
    text = joined(line, TITLE, BODY, LONGER)
    assert line not in [t for _, t in aside(text)]


# --- outlet_cards.titled_cards: another page's title with the outlet's name under the running text ------------------


def test_heading_ending_in_a_dash_and_the_outlets_name_under_the_text_is_set_aside() -> None:
    card = "Omwonenden geschrokken van de nieuwe brug - NH Nieuws"
    text = joined(TITLE, BODY, card, LONGER)
    assert ("teaser", card) in aside(text)
    assert LONGER in kept(text)


def test_section_heading_with_a_dash_and_no_sites_name_stays() -> None:
    heading = "Kosten lopen op - wethouder Bakker"
    text = joined(TITLE, BODY, heading, LONGER)
    assert (K.SUBHEADING, heading) in kinds(text)


# --- outlet_cards.link_box_headings: a box of link cards keeps its heading ------------------------------------------

_CARDS = ("  • NOS", "    Programma en uitslagen eerste divisie", "  • NOS", "    Stand eerste divisie per 12-03")


def test_table_name_heading_over_link_cards_is_kept_as_a_subheading() -> None:
    text = joined(TITLE, BODY, "Uitslagen en stand eerste divisie", "\n".join(_CARDS), LONGER)
    assert (K.SUBHEADING, "Uitslagen en stand eerste divisie") in kinds(text)
    assert ("link", "Programma en uitslagen eerste divisie") in aside(text)
    assert ("link", "Stand eerste divisie per 12-03") in aside(text)


def test_table_name_alone_between_paragraphs_stays_a_link() -> None:
    text = joined(TITLE, BODY, "Uitslagen en stand eerste divisie", LONGER)
    assert ("link", "Uitslagen en stand eerste divisie") in aside(text)


# --- outlet_cards.doubled_stamp_cards: other stories' cards, each stamp printed twice in a row -----------------------


def _card(title: str, stamp: str, teaser: str) -> str:
    return f"Regio {title} {stamp} {stamp} {teaser}"


def test_lines_with_a_stamp_printed_twice_in_a_row_are_set_aside_as_cards() -> None:
    first = _card(
        "Nieuwe burgemeester legt eed af", "03/02/2025 - 09:03", "De 45-jarige wordt burgemeester van Zwolle."
    )
    second = _card("Raad kiest nieuwe voorzitter", "02/02/2025 - 18:48", "Een verrassing van formaat in de raad.")
    text = joined(TITLE, BODY, LONGER, first, second)
    assert [r for r, t in aside(text) if t in (first, second)] == ["teaser", "teaser"]
    assert LONGER in kept(text)


def test_a_paragraph_naming_a_stamp_once_or_a_single_doubled_stamp_stays() -> None:
    once = (
        "Op 03/02/2025 - 09:03 legde de burgemeester de eed af in het stadhuis van Zwolle, in het bijzijn van de raad."
    )
    doubled = _card("Nieuwe burgemeester legt eed af", "03/02/2025 - 09:03", "De 45-jarige wordt burgemeester.")
    text = joined(TITLE, BODY, once, doubled)
    assert once in kept(text)
    assert doubled in kept(text)  # one line alone: no list of cards


# --- title_labels._genre_labels: a genre's label above a status line set aside, above the headline ------------------


def test_genre_label_above_a_section_status_line_and_the_headline_is_set_aside() -> None:
    text = joined("Sportblog", "NOS SportBijgewerkt", TITLE, BODY, LONGER)
    assert ("label", "Sportblog") in aside(text)
    assert headline(text) == TITLE


def test_a_paragraph_above_the_status_line_and_the_headline_stays() -> None:
    deck = "De brug ligt er na jaren van uitstel eindelijk"  # no genre's word: the page's deck, left as it is
    text = joined(deck, "NOS SportBijgewerkt", TITLE, BODY, LONGER)
    assert deck not in [t for _, t in aside(text)]


# --- outlet_cards.byline_buttons: a share button glued after the author's line ---------------------------------------


def test_share_buttons_glued_after_the_byline_are_cut_off() -> None:
    text = joined(TITLE, "Door Marieke Jansen Kopieer naar clipboard", BODY, LONGER)
    assert ("share", "Kopieer naar clipboard") in aside(text)
    assert (K.BYLINE, "Door Marieke Jansen") in kinds(text)


def test_a_byline_whose_name_ends_in_no_button_stays_whole() -> None:
    text = joined(TITLE, "Door Marieke Jansen en Peter de Vries", BODY, LONGER)
    assert (K.BYLINE, "Door Marieke Jansen en Peter de Vries") in kinds(text)


# --- outlet_cards.paywall_labels: a paywall's label naming the outlet ------------------------------------------------


def test_paywall_label_line_naming_the_outlet_is_set_aside() -> None:
    text = joined("Premium Het beste van Het Parool", TITLE, BODY, LONGER)
    assert ("promo", "Premium Het beste van Het Parool") in aside(text)
    assert headline(text) == TITLE


def test_a_heading_opening_with_plus_and_naming_no_outlet_stays() -> None:
    heading = "Plus twee nieuwe fietsbruggen over de IJssel"
    text = joined(TITLE, BODY, heading, LONGER)
    assert heading not in [t for _, t in aside(text)]
