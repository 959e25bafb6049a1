"""Round site44 (issue 21, blind34 and blind35 as development sets): each rule with an example written here that it
must handle, and text of the same shape on the other side of the rule that must stay as it was."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, K, aside, headline, joined, kept, kinds, page

# --- glued_labels.LIVE_LABEL: a live label and its colon or bar glued before the title ---------------------------


def test_a_live_label_with_its_colon_glued_before_the_title_stays_in_the_headline() -> None:
    # conventions37 (tests/data/STRUCTURE_CONVENTIONS.md): a kicker glued into the headline's line stays in it
    # (LIVE_LABEL set it aside; blind34's hva_storm relabelled so)
    text = joined(f"Liveblog: {TITLE}", BODY, MORE)
    assert headline(text) == f"Liveblog: {TITLE}"
    assert aside(text) == []


def test_a_live_label_in_capitals_with_its_bar_glued_before_the_title_stays_in_the_headline() -> None:
    # headline38: title_links.label_before keeps it (blind34's irw_verkiezingen relabelled so)
    text = joined(f"LIVE | {TITLE}", BODY, MORE)
    assert headline(text) == f"LIVE | {TITLE}"
    assert aside(text) == []


def test_a_sentence_after_live_and_a_colon_stays_article_text() -> None:
    line = "Live: dat was het woord dat de zanger gisteren steeds herhaalde."
    text = joined(TITLE, BODY, line, MORE)
    assert aside(text) == []
    assert line in kept(text)


def test_another_word_and_a_colon_before_the_title_stays_in_the_headline() -> None:
    title = f"Gemeente: {TITLE}"
    assert headline(joined(title, BODY, MORE)) == title


# --- structure._printed_twice: the title printed twice in a row, the lede right under it --------------------------


def test_a_question_title_printed_twice_above_the_lede_is_the_headline_and_its_copy_set_aside() -> None:
    title = "Krijgt Zwolle ooit nog een nieuw zwembad?"
    text = page(title, title, BODY, LONGER)
    assert headline(text) == title
    assert aside(text) == [("repeated", title)]


def test_a_sentence_printed_twice_in_the_running_text_stays_article_text() -> None:
    line = "Het zwembad gaat dicht. Het zwembad gaat dicht."
    repeated = "Het zwembad in Zwolle gaat dicht."
    text = joined(TITLE, BODY, page(repeated, repeated, LONGER))
    assert aside(text) == []
    assert kept(text).count(repeated) == 2
    assert aside(joined(TITLE, BODY, line, MORE)) == []


# --- title_copies._bulleted_copy: the list's current item over the article's heading ------------------------------


def test_a_bulleted_copy_of_the_title_above_it_is_set_aside_and_the_title_is_the_headline() -> None:
    text = page(f"• {TITLE}", TITLE, "", BODY, "", LONGER)
    assert headline(text) == TITLE
    assert aside(text) == [("repeated", f"• {TITLE}")]


def test_a_bulleted_line_over_a_different_title_is_no_copy() -> None:
    item = "Nieuwe brug over de Vecht geopend"
    text = page(f"• {item}", TITLE, "", BODY, "", LONGER)
    assert ("repeated", f"• {item}") not in aside(text)


# --- title_copies.numbered_cards: a bulleted card's title and its copy closing the text -----------------------------

CARD = "Nieuw zwembad in Kampen gaat in juni open"
CARD_TEASER = "Het nieuwe zwembad in Kampen opent op 1 juni de deuren voor het publiek, meldt de gemeente."


def test_a_bulleted_card_and_its_copy_closing_the_text_are_set_aside_with_its_cut_off_teaser() -> None:
    text = joined(TITLE, BODY, LONGER, page(f"• {CARD}", CARD), CARD_TEASER, "Het zwemb")
    assert aside(text) == [
        ("teaser", f"• {CARD}"),
        ("teaser", CARD),
        ("teaser", CARD_TEASER),
        ("teaser", "Het zwemb"),
    ]


def test_a_bulleted_point_repeated_as_a_heading_over_the_articles_text_stays() -> None:
    text = joined(TITLE, BODY, page(f"• {CARD}", CARD), LONGER, MORE, CARD_TEASER)
    assert aside(text) == []


# --- repeated_lines._copy_in_a_row: a long heading printed twice in a row inside a round-up -------------------------

ROUNDUP_TITLE = "Dit was het jaar in Zwolle"
SECTION = "Gemeente wil het oude zwembad aan de IJssel toch laten staan"


def test_a_long_heading_printed_twice_in_a_row_keeps_one_copy_and_sets_the_other_aside() -> None:
    text = joined(ROUNDUP_TITLE, BODY, page(SECTION, SECTION), LONGER, MORE)
    assert aside(text) == [("repeated", SECTION)]
    assert SECTION in kept(text)


def test_a_long_heading_shown_once_and_again_further_down_stays() -> None:
    text = joined(ROUNDUP_TITLE, BODY, SECTION, LONGER, SECTION, MORE)
    assert aside(text) == []


# --- site_rules / site_words.TEASER_MARKERS: "Trending" alone over a box of other stories' titles -------------------

TITLES = (
    "- Brand in Kampen verwoest drie huizen",
    "- Nieuwe burgemeester in Zwolle gekozen",
    "- Zwembad opent in juni",
)


def test_trending_alone_over_a_list_of_titles_closing_the_text_is_a_teaser_box() -> None:
    text = joined(TITLE, BODY, LONGER, page("Trending", *TITLES))
    assert aside(text) == [("teaser", "Trending"), ("teaser", "\n".join(TITLES))]


def test_a_sentence_opening_with_trending_stays_article_text() -> None:
    line = "Trending topics op sociale media gingen gisteren vooral over het zwembad."
    text = joined(TITLE, BODY, line, LONGER)
    assert aside(text) == []


# --- site_words.FULL_STORY_POINTER: "Lees het volledige bericht:" and the linked title under it ---------------------

SOURCE_TITLE = "Zwembad in Zwolle blijft nog twee jaar dicht"


def test_a_pointer_to_the_whole_story_and_its_linked_title_closing_the_text_are_set_aside() -> None:
    text = page(TITLE, BODY, "Lees het volledige bericht:", SOURCE_TITLE)
    assert aside(text) == [("pointer", "Lees het volledige bericht:"), ("teaser", SOURCE_TITLE)]


def test_after_the_pointer_the_articles_paragraph_stays() -> None:
    text = joined(TITLE, BODY, page("Lees het volledige bericht:", SOURCE_TITLE), MORE)
    assert MORE in kept(text)


def test_the_words_of_the_pointer_opening_a_quoted_message_stay_article_text() -> None:
    line = "Wat schreef de burgemeester? Lees het volledige bericht: het zwembad blijft dicht tot de zomer."
    assert aside(joined(TITLE, BODY, line, MORE)) == []


# --- structure._doubled_caption: a sentence printed twice as its own chunk under the title, above the running text --

PHOTO = "Wethouder Kees Bakker opent de nieuwe brug over de IJssel."


def test_a_sentence_printed_twice_under_the_title_is_the_photos_alt_text_and_its_caption() -> None:
    text = joined(TITLE, page(PHOTO, PHOTO), BODY, LONGER)
    assert aside(text) == [("repeated", PHOTO)]
    assert (K.CAPTION, PHOTO) in kinds(text)


def test_a_sentence_printed_twice_after_the_running_text_began_stays_article_text() -> None:
    text = joined(TITLE, BODY, page(PHOTO, PHOTO), LONGER)
    assert aside(text) == []


# --- reference_lines._player_fields: a player widget's empty one-word fields under its "now playing" line -----------


def test_one_word_fields_under_a_now_playing_line_are_set_aside_and_the_title_stays_the_headline() -> None:
    text = joined("Nu op de radio", "Zanger", "Nummer", TITLE, BODY, LONGER)
    assert headline(text) == TITLE
    assert aside(text) == [("interface", "Nu op de radio"), ("interface", "Zanger"), ("interface", "Nummer")]


def test_one_word_kicker_under_an_image_placeholder_stays_over_the_title() -> None:
    text = joined("Afbeelding", "Zwolle", TITLE, BODY, LONGER)
    assert headline(text) == TITLE
    assert ("interface", "Zwolle") not in aside(text)
