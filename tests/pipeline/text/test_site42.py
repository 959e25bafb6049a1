"""Helper site42 (issue 21): mainstream news pages by shape — a page's title line with the site's name after a dash
above the title printed alone, another page's title with the outlet's name after a dash under the running text (a
video's or a related story's card), the heading of a box of link cards kept as the article's subheading, cards of
other stories each with its stamp printed twice, a genre label over a status line, share buttons glued to a byline,
a paywall label naming the outlet; glued into a line: an embedded post's author and link, the reporter's initials,
a caption's credit after a dash, a video's embed dialog; lines of their own: a liveblog's controls, a read-aloud
button, a dossier's link. Each rule with an example written here and an article-text look-alike that must stay."""

from __future__ import annotations

import pytest

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


# --- inline_chrome: an embedded post's author, handle and link closing a paragraph ----------------------------------


def test_an_embedded_posts_author_and_link_glued_to_the_paragraphs_end_are_set_aside() -> None:
    post = "Wat een klap vannacht, het hele huis trilde. #zwolle #brug"
    text = joined(TITLE, BODY, f"{post} Kees Bakker(@ keesbakker) link", LONGER)
    assert ("embed", "Kees Bakker(@ keesbakker) link") in aside(text)
    assert post in kept(text)


@pytest.mark.parametrize(
    "line",
    [
        "Dat meldde wethouder Kees Bakker (@keesbakker) dinsdag op X, waar hij ook een foto van de brug plaatste.",
        "Eindelijk gaat de brug open, schreef wethouder Kees Bakker (@keesbakker)",  # closing the line, no "link"
    ],
)
def test_a_name_and_handle_inside_a_sentence_stay(line: str) -> None:
    text = joined(TITLE, BODY, line, LONGER)
    assert line in kept(text)


# --- inline_chrome: the reporter's initials in brackets after the paragraph's last sentence -------------------------


def test_reporters_initials_in_brackets_after_the_last_sentence_are_set_aside() -> None:
    text = joined(TITLE, BODY, f"{LONGER} (evdb)")
    assert ("credit", "(evdb)") in aside(text)
    assert LONGER in kept(text)


@pytest.mark.parametrize(
    "line",
    [
        "Het plan krijgt steun van de coalitie, zei minister Crevits (cd&v).",
        "Het woord is daarna aan Kamerlid Meyrem Almaci (groen)",  # a party in lower case closing the line, no mark
    ],
)
def test_a_partys_abbreviation_before_the_full_stop_stays(line: str) -> None:
    text = joined(TITLE, BODY, line, LONGER)
    assert line in kept(text)


# --- credit_rules.CAPTION_CREDIT_END: a credit's label and colon after a dash closing a caption ----------------------


def test_a_credit_after_a_dash_closing_a_caption_is_its_tail() -> None:
    caption = "Burgemeester Smit opent de nieuwe brug - Foto: Anna de Boer"
    text = joined(TITLE, BODY, caption, LONGER)
    assert ("credit", "- Foto: Anna de Boer") in aside(text)  # the dash is the credit's (site43, blind64/65 gold)
    assert any(kind is K.CAPTION and t.startswith("Burgemeester Smit opent de nieuwe brug") for kind, t in kinds(text))


def test_a_bylines_bracket_with_text_and_photo_labels_stays() -> None:
    line = "De brug bij nacht (Tekst: Dirk Vanhove - Foto's: Walter Van den Bulck)"
    text = joined(TITLE, BODY, line, LONGER)
    assert line in kept(text)


# --- mainstream_rules.SITE_LINES: a liveblog's controls, a read-aloud button, a dossier's link ----------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Automatische update: Aan Uit De nieuwste eerst De oudste eerst", "interface"),
        ("Nieuwste bovenaan | Oudste bovenaan", "interface"),
        ("Luister naar dit artikel 4:32", "interface"),
        ("Dossier: Nieuwe bruggen over de IJssel", "link"),
    ],
)
def test_liveblog_controls_a_read_aloud_button_and_a_dossier_link_are_set_aside(line: str, reason: str) -> None:
    text = joined(TITLE, BODY, line, LONGER)
    assert (reason, line) in aside(text)


@pytest.mark.parametrize(
    "line",
    [
        "De nieuwste eerst kwam binnen toen de brug al dicht was, zei de wethouder.",
        "Dossier: de gemeente houdt de stukken over de brug voorlopig geheim.",
        "Luister naar dit artikel van de wethouder en oordeel zelf, schreef de krant.",
    ],
)
def test_sentences_about_updates_dossiers_and_listening_stay(line: str) -> None:
    text = joined(TITLE, BODY, line, LONGER)
    assert line in kept(text)


# --- inline_chrome: a video player's embed dialog with its frame sizes -----------------------------------------------


def test_a_video_players_embed_dialog_glued_into_a_line_is_set_aside() -> None:
    dialog = "embed Embed deze video Dimensies: 560x315 640x360 835x480"
    text = joined(TITLE, f"{BODY} {dialog} {LONGER}")
    assert ("interface", dialog) in aside(text)
    assert LONGER in kept(text)


@pytest.mark.parametrize(
    "line",
    [
        "Wie deze video wil insluiten, kan dat doen met de knop onder het beeld, meldt de omroep op haar site.",
        "Klik onder het beeld op Embed deze video: formaat en kleur kies je daarna zelf",  # the words, no frame sizes
    ],
)
def test_a_sentence_about_embedding_a_video_stays(line: str) -> None:
    text = joined(TITLE, BODY, line, LONGER)
    assert line in kept(text)


# --- text_ends.cut_word: the next section's heading, its text cut off in its first word ------------------------------


def test_a_word_cut_off_under_the_next_sections_heading_stays_the_articles() -> None:
    text = joined(TITLE, BODY, LONGER, "Stemming volgende week", "Definiti")
    assert "Definiti" in kept(text)


def test_a_whole_word_of_the_text_under_a_heading_at_the_end_is_still_the_pages_tail() -> None:
    text = joined(TITLE, BODY, LONGER, "Stemming volgende week", "Zwembad")  # a heading the rule reads, a whole word
    assert "Zwembad" not in kept(text)


def test_two_one_word_labels_closing_the_text_stay_the_pages_tail() -> None:
    text = joined(TITLE, BODY, LONGER, "Zomerfeest", "Winterkost")
    assert "Winterkost" not in kept(text)
