"""Rules of round site50 (structure_blind39): each on an example written here, with an article-text look-alike
beside it that stays the article's."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, article, aside, joined, kept

# --- print_edges: a title in capitals with a colon under the skip link is the title, not an archive's key ---------

CAPITALS_TITLE = "NIEUWE FIETSBRUG ZWOLLE GEOPEND: FIETSERS STEKEN VOORTAAN DE RIVIER OVER"


def test_a_capitals_title_with_a_colon_under_a_skip_link_is_the_headline() -> None:
    read = article(joined("Spring naar de inhoud", CAPITALS_TITLE, BODY, MORE))
    assert read.meta.headline == CAPITALS_TITLE
    assert CAPITALS_TITLE in kept(joined("Spring naar de inhoud", CAPITALS_TITLE, BODY, MORE))


def test_an_archive_key_with_a_list_of_values_at_the_top_stays_the_archives() -> None:
    keys = "TREFWOORDEN: VERKEER; BRUGGEN; GEMEENTE ZWOLLE"
    assert ("archive", keys) in aside(joined(TITLE, keys, BODY, MORE))


# --- text_ends: the text cut off inside a word after a short opening ("Aan de ove") --------------------------------


def test_a_text_cut_off_in_a_word_after_an_article_keeps_its_closing_lines() -> None:
    text = joined(TITLE, BODY, MORE, "Een nieuwe fietsbrug", "FIETSBRUG", "Langs de fiet")
    read = kept(text)
    assert "Een nieuwe fietsbrug" in read and "FIETSBRUG" in read and "Langs de fiet" in read


def test_a_tail_line_ending_in_a_whole_word_is_still_the_pages() -> None:
    text = joined(TITLE, BODY, MORE, "Meer over de brug")
    assert "Meer over de brug" not in kept(text)
