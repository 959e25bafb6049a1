"""Short labels above the title, decided by their position (pipeline.text.above_labels, helper above37): each on an
example written here, with the article-text look-alikes beside it that stay the article's."""

from __future__ import annotations

from pipeline.text.above_labels import label_shape
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, aside, joined, kinds

MENU = "Zoeken"  # the page's own line above the title, set aside already (an interface word)


def _kind_of(text: str, line: str) -> K:
    return next(kind for kind, block in kinds(text) if block == line)


def test_a_short_label_between_the_menu_and_a_sure_headline_is_set_aside() -> None:
    text = joined(MENU, "Streekhockey", TITLE, BODY, MORE)
    assert ("rubric", "Streekhockey") in aside(text)
    assert _kind_of(text, TITLE) is K.HEADLINE


def test_two_labels_of_a_few_words_above_the_title_are_both_set_aside() -> None:
    text = joined(MENU, "Cultuur & Media", "Okra cirkels", TITLE, BODY, MORE)
    assert _kind_of(text, "Cultuur & Media") is K.SITE_TEXT
    assert _kind_of(text, "Okra cirkels") is K.SITE_TEXT


def test_a_photo_caption_above_the_title_stays() -> None:
    caption = "De nieuwe brug bij avondlicht."
    assert _kind_of(joined(MENU, caption, TITLE, BODY, MORE), caption) is not K.SITE_TEXT


def test_an_authors_name_above_the_title_stays() -> None:
    assert _kind_of(joined(MENU, "Jan de Vries", TITLE, BODY, MORE), "Jan de Vries") is not K.SITE_TEXT


def test_a_place_dateline_above_the_title_stays() -> None:
    for dateline in ("ZWOLLE", "ZWOLLE -"):
        assert _kind_of(joined(MENU, dateline, TITLE, BODY, MORE), dateline) is not K.SITE_TEXT
    # with a date it is the page's date line: set aside (conv52, STRUCTURE_CONVENTIONS.md stop 51)
    assert ("date_line", "Zwolle, 12 maart 2024") in aside(joined(MENU, "Zwolle, 12 maart 2024", TITLE, BODY, MORE))


def test_a_kicker_glued_to_the_title_on_its_line_stays() -> None:
    for line in (f"Streekhockey: {TITLE}", f"Streekhockey | {TITLE}"):
        assert all(kind is not K.SITE_TEXT for kind, block in kinds(joined(MENU, line, BODY, MORE)) if block != MENU)


def test_a_genres_label_is_left_to_its_own_rule() -> None:
    assert not label_shape("Interview") and not label_shape("Voetbalblog") and not label_shape("Weekweerbericht")


def test_the_texts_own_first_lines_stay_without_a_page_above() -> None:
    text = joined("Brugkosten", "Maatregelen tegen files", BODY, MORE)  # a title over its deck, no menu above
    assert _kind_of(text, "Brugkosten") is not K.SITE_TEXT


def test_no_label_is_set_aside_under_a_heading_too_short_to_be_sure() -> None:
    text = joined(MENU, "Voedselpakketten", "Eindejaarscampagne Welzijnszorg", BODY, MORE)
    assert _kind_of(text, "Voedselpakketten") is not K.SITE_TEXT


def test_a_paragraph_above_the_title_keeps_the_labels_there() -> None:
    deck = "De brug verbindt sinds vandaag de twee oevers van de rivier bij Zwolle."
    text = joined(MENU, "Streekhockey", deck, TITLE, BODY, MORE)
    assert _kind_of(text, "Streekhockey") is not K.SITE_TEXT


def test_one_word_the_text_names_stays_the_place_it_is_from() -> None:
    assert _kind_of(joined(MENU, "Zwolle", TITLE, BODY, MORE), "Zwolle") is not K.SITE_TEXT  # BODY: "van Zwolle"
