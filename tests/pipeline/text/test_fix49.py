"""Fix49 (review46's findings on older rules): the article's own last subheading and paragraphs near a page's label
("Lees ook", "Meer nieuws", "Reageer", "Verder lezen") stay article text; the label itself is set aside."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONGER, TITLE, aside, joined, kept

HEADING = "Hoe nu verder"
LAST = "Het onderzoek loopt nog. De gemeenteraad beslist op 12 maart over het vervolg."

# --- teasers.teasers: a label whose linked titles the page lost, right above the article's last section ------------


def test_the_articles_last_section_heading_under_a_dangling_read_also_marker_stays_article_text() -> None:
    text = joined(TITLE, BODY, LONGER, "Lees ook", HEADING, LAST)
    assert ("teaser", "Lees ook") in aside(text)
    assert HEADING in kept(text) and LAST in kept(text)
    linked = "Brand in Goes: bewoners verliezen alles"  # a linked story's title over the article's last paragraph
    assert ("teaser", linked) in aside(joined(TITLE, BODY, LONGER, "Lees ook", linked, LAST))


@pytest.mark.parametrize("marker", ["Meer nieuws", "Meer over dit onderwerp"])
def test_the_articles_last_paragraph_under_a_more_news_label_with_no_title_stays_article_text(marker: str) -> None:
    text = joined(TITLE, BODY, LONGER, marker, LAST)
    assert ("teaser", marker) in aside(text)
    assert LAST in kept(text)
    card = ("Brand in Goes: bewoners verliezen alles", "De brandweer kon niet voorkomen dat drie woningen uitbrandden.")
    assert [t for _, t in aside(joined(TITLE, BODY, LONGER, marker, *card))] == [marker, *card]  # a titled card


# --- page_edges.widget_titles: a short heading right above a comment button ------------------------------------------


def test_the_articles_last_section_heading_over_a_comment_button_glued_above_its_paragraph_stays_article_text() -> None:
    text = joined(TITLE, BODY, LONGER, HEADING, "Reageer", LAST)
    assert ("comments", "Reageer") in aside(text)
    assert HEADING in kept(text) and LAST in kept(text)
    assert ("comments", "Praat mee") in aside(joined(TITLE, BODY, LONGER, LAST, "Praat mee", "Reageer"))  # a widget's


def test_the_authors_name_over_a_closing_comment_button_stays() -> None:
    text = joined(TITLE, BODY, LONGER, LAST, "Piet Bos", "Reageer")
    assert "Piet Bos" in kept(text)
    assert ("comments", "Reageer") in aside(text)


# --- last_card.boxed_last_cards: one two-block card under a read-on button -----------------------------------------


@pytest.mark.parametrize("button", ["Verder lezen", "Check Also"])
@pytest.mark.parametrize(
    "trailing", ["Daarover zwijgt het college al maanden…", "Daarover zwijgt het college al maanden ..."]
)
def test_the_articles_last_section_trailing_off_under_a_read_on_button_stays_article_text(
    button: str, trailing: str
) -> None:
    text = joined(TITLE, BODY, LONGER, button, HEADING, trailing)
    assert ("interface", button) in aside(text)
    assert HEADING in kept(text) and trailing in kept(text)


# --- left: shapes this round could not tell apart --------------------------------------------------------------------


def test_the_articles_last_section_heading_under_a_dangling_read_also_marker_above_a_signature_stays() -> None:
    # the author's name under the last paragraph closes the text after it (xfail48: teasers.teasers)
    text = joined(TITLE, BODY, LONGER, "Lees ook", HEADING, LAST, "Piet Bos")
    assert HEADING in kept(text) and LAST in kept(text) and "Piet Bos" in kept(text)
    assert ("teaser", "Lees ook") in aside(text)


@pytest.mark.xfail(
    strict=True,
    reason="fix49, left: a short question closing the text under 'Lees ook' has a linked title's shape"
    " ('Wie betaalt de rekening?' is a headline too)",
)
def test_a_closing_question_under_a_dangling_read_also_marker_stays() -> None:
    text = joined(TITLE, BODY, LONGER, "Lees ook", "Wie betaalt de rekening?")
    assert "Wie betaalt de rekening?" in kept(text)


def test_a_closing_score_line_over_a_comment_button_stays() -> None:
    text = joined(TITLE, BODY, LONGER, "Ajax - PSV 2-1", "Reageer")
    assert "Ajax - PSV 2-1" in kept(text)
