"""Round site47 (issue 21, blind32 and blind33 as development sets): each rule with an example written here that
it must handle, and article text of the same shape that must stay."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, K, aside, headline, joined, kept, kinds, page

# --- spans._brand: a figure alone after the last sentence is a section's number, no brand's name ---------------


def test_a_section_number_after_the_last_sentence_stays_article_text() -> None:
    # the excerpt ends on the next numbered section's number: "… benoemd. 3"
    text = joined(TITLE, "1. Eerste punt", BODY, "2. Tweede punt", f"{LONGER} 4")
    assert aside(text) == []


def test_a_brand_with_a_figure_after_the_last_sentence_stays_set_aside() -> None:
    assert aside(joined(TITLE, BODY, f"{LONGER} Radio 5", MORE)) == [("site_name", "Radio 5")]


# --- title_position.header_card: the article's byline under the title is no card's line -------------------------

CARD_TITLE = "Scholier vindt nieuwe kever in museumdepot"


def test_a_labelled_byline_between_the_title_and_its_copy_keeps_the_title_and_byline() -> None:
    text = joined(CARD_TITLE, "Door Anna de Wit", "[ad_1]", "Zwolle", CARD_TITLE, BODY, MORE, LONGER)
    assert (K.HEADLINE, CARD_TITLE) in kinds(text)
    assert (K.BYLINE, "Door Anna de Wit") in kinds(text)
    assert not [t for reason, t in aside(text) if reason == "card"]


def test_a_header_card_of_names_and_places_is_still_set_aside() -> None:
    card = f"{CARD_TITLE}\nEls Peeters\nTom Maes\nGent - Lochristi"
    text = joined(card, CARD_TITLE, BODY, MORE, LONGER)
    assert ("card", "Els Peeters") in aside(text)
    assert headline(text) == CARD_TITLE
