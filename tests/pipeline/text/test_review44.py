"""Review of round site44 (issue 21): article text of the shapes the site44 rules look for, written here, that must
stay article text (no article text set aside, the headline found)."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, K, aside, joined, kept, kinds, page

# --- repeated_lines._copy_in_a_row: a poem's refrain quoted after a colon is no heading printed twice -------------

VERSE = "De IJssel stroomt en stroomt maar door naar zee"


def test_a_poems_line_repeated_in_a_row_after_a_colon_stays_article_text() -> None:
    poem = page(VERSE, VERSE, "en wij staan op de brug en kijken mee")
    text = joined(TITLE, BODY, "Het gedicht dat de stadsdichter voorlas bij de opening:", poem, LONGER)
    assert aside(text) == []
    assert kept(text).count(VERSE) == 2


# --- line_groups.doubled_caption: a lede of two sentences printed twice is no photo's alt text and caption ---------


def test_a_lede_of_two_sentences_printed_twice_under_the_title_is_not_a_caption() -> None:
    text = joined(TITLE, page(BODY, BODY), LONGER)
    assert (K.CAPTION, BODY) not in kinds(text)
    assert (K.LEDE, BODY) in kinds(text)


# --- title_copies.numbered_cards: the article's own one-item bulleted point, its copy and a sentence after it -------

POINT = "De regeling geldt voor alle inwoners"
CLOSING = "De aanvraag kan tot 1 maart worden ingediend bij het loket."


def test_a_bulleted_point_its_copy_and_a_closing_sentence_with_no_cut_off_stub_stay_article_text() -> None:
    text = joined(TITLE, BODY, LONGER, page(f"• {POINT}", POINT), CLOSING)
    assert aside(text) == []
    assert CLOSING in kept(text)


# --- site_words.FULL_STORY_POINTER: the pointer inside a press release the article quotes after a colon -------------

RELEASE_TITLE = "Het zwembad blijft open tot de zomer van 2027"


def test_the_pointer_and_title_of_a_press_release_quoted_after_a_colon_stay_article_text() -> None:
    quoted = page("Lees het volledige bericht:", RELEASE_TITLE)
    text = joined(TITLE, BODY, "In een persbericht schreef de gemeente:", quoted, MORE)
    assert aside(text) == []
    assert RELEASE_TITLE in kept(text)


# --- site_words.TEASER_MARKERS "Trending": an article's own heading over one point, its text going on below --------

TREND = "- Klimaat is het belangrijkste onderwerp van de week"


@pytest.mark.xfail(
    strict=True,
    reason="review44: 'Trending' is a teaser marker like 'Populair' and 'Net binnen': the list item under it is taken "
    "for a teaser even when it is one point and the article's text goes on below; narrowing it for this one marker "
    "alone would split the marker rules",
)
def test_trending_over_one_point_inside_the_running_text_keeps_the_point() -> None:
    text = joined(TITLE, BODY, "Trending", TREND, LONGER)
    assert ("teaser", TREND) not in aside(text)
