"""Section labels around the title (helper site53b, issue 21): a place under the section's word the page printed, a
label over the date line of a page whose headline is not found (pipeline.text.above_labels), a section's word after a
Flemish time stamp glued before the lede (glued_stamps), 'Bericht' as a CMS's content type (platform39_rules) and a
category and a genre together right below the title (title_labels) — each on an example written here, with the
look-alikes beside it that stay the article's."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, K, aside, joined, kept, kinds

MENU = "Zoeken"  # the page's own line above the title, set aside already (an interface word)
UPDATED = "Vandaag, 14:56 - Update: 3 uur geleden"  # a page's date line, set aside; the reader takes no title above it


def _kind_of(text: str, line: str) -> K:
    return next(kind for kind, block in kinds(text) if block == line)


def test_a_place_under_the_section_word_above_the_title_is_set_aside() -> None:
    text = joined(MENU, "Nieuws", "Zwolle", TITLE, BODY, MORE)  # BODY names Zwolle
    assert ("rubric", "Zwolle") in aside(text)
    assert _kind_of(text, TITLE) is K.HEADLINE


def test_a_place_the_title_ends_with_is_no_kicker_glued_to_it() -> None:
    title = "Nieuwe brug geopend in Zwolle"
    text = joined(MENU, "Nieuws", "Zwolle", title, BODY, MORE)
    assert ("rubric", "Zwolle") in aside(text)
    assert _kind_of(text, title) is K.HEADLINE


def test_a_place_above_the_title_with_no_section_word_over_it_stays() -> None:
    text = joined(MENU, "Zwolle", "Nieuwe brug geopend in Zwolle", BODY, MORE)
    assert _kind_of(text, "Zwolle") is not K.SITE_TEXT


def test_a_label_over_the_date_line_of_a_page_without_a_headline_is_set_aside() -> None:
    text = joined("Aanrijding", UPDATED, BODY, MORE)
    assert ("rubric", "Aanrijding") in aside(text)
    assert _kind_of(text, BODY) is K.LEDE


def test_a_one_word_headline_over_the_date_line_stays() -> None:
    text = joined("Aanrijding", "Vandaag, 14:56", BODY, MORE)  # the reader takes it as the headline
    assert _kind_of(text, "Aanrijding") is K.HEADLINE


def test_a_label_over_the_date_line_with_no_running_text_under_it_stays() -> None:
    for under in (("Twee auto's botsten.",), ("- de brug is dicht", "- de weg is open", BODY)):  # too short; a list
        assert _kind_of(joined("Aanrijding", UPDATED, *under), "Aanrijding") is not K.SITE_TEXT


SPORT_LEDE = (
    "De Belgische renner won woensdag de slotrit van de Ronde van Wallonië na een lange vlucht door de Ardennen."
)


def test_a_sports_section_after_the_time_and_counter_goes_with_the_stamp() -> None:
    text = joined(TITLE, "14 juni 2023", f"17u05 3 Wielrennen {SPORT_LEDE}", LONGER)
    assert ("stamp", "17u05 3 Wielrennen") in aside(text)
    assert SPORT_LEDE in kept(text)


def test_a_place_after_the_time_and_counter_stays_with_the_lede() -> None:
    text = joined(TITLE, "14 juni 2023", f"17u05 3 Namen {SPORT_LEDE}", LONGER)
    assert ("stamp", "17u05 3") in aside(text)  # the place is the lede's dateline (site43)
    assert f"Namen {SPORT_LEDE}" in kept(text)


def test_a_cms_content_type_bericht_right_above_the_title_is_set_aside() -> None:
    text = joined(MENU, "Bericht", TITLE, BODY, MORE)
    assert ("label", "Bericht") in aside(text)
    assert _kind_of(text, TITLE) is K.HEADLINE


def test_bericht_heading_a_part_of_the_text_stays() -> None:
    for text in (joined(TITLE, BODY, LONGER, "Bericht", MORE, LONGER), joined(TITLE, BODY, "Bericht", "Tot ziens!")):
        assert _kind_of(text, "Bericht") is not K.SITE_TEXT  # not a genre's word: read right by the headline only


def test_a_category_and_a_genre_right_below_the_title_are_set_aside() -> None:
    text = joined(TITLE, "Algemeen Column", BODY, MORE)
    assert ("rubric", "Algemeen Column") in aside(text)


def test_a_short_heading_below_the_title_with_other_words_stays() -> None:
    text = joined(TITLE, "Column van Anna", BODY, MORE)  # the deck names its author: no category's words alone
    assert _kind_of(text, "Column van Anna") is not K.SITE_TEXT
