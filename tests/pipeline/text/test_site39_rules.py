"""Round site39 (issue 21, blind28 as development set): each rule with an example written here that it must
handle, and article text of the same shape that must stay."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, K, aside, kept, kinds
from tests.pipeline.text.site_helpers import joined as _text

# --- line_kind_rules.BYLINES: a byline in brackets, an English "Text:" label (article text set aside in blind28) ----


def test_a_bracketed_byline_closing_the_text_is_the_byline() -> None:
    line = "[ door Anna de Wit ]"
    assert (K.BYLINE, line) in kinds(_text(TITLE, BODY, LONGER, line))


def test_an_english_text_label_with_a_name_is_the_byline() -> None:
    line = "Text: Joris Claes"
    assert (K.BYLINE, line) in kinds(_text(TITLE, BODY, LONGER, line))


def test_a_bracketed_remark_opening_with_door_is_no_byline() -> None:
    remark = "(Door de storm werd de markt een week later gehouden.)"
    assert (K.BYLINE, remark) not in kinds(_text(TITLE, BODY, remark, LONGER))


# --- page_edges.tail_lines: the credit above the closing byline is the page's, the byline the article's ----------


def test_a_photo_credit_above_the_closing_byline_is_a_tail_and_the_byline_stays() -> None:
    credit, byline = "Foto's @ Piet Verhoeven", "Text: Joris Claes"
    text = _text(TITLE, BODY, MORE, LONGER, f"{credit}\n{byline}")
    assert (("tail", credit)) in aside(text)
    assert byline in kept(text)


def test_the_last_paragraph_above_a_closing_byline_stays() -> None:
    closing = "Het zwembad gaat in de zomer open"
    text = _text(TITLE, BODY, MORE, LONGER, closing, "[ door Anna de Wit ]")
    assert closing in kept(text)


# --- title_position.header_card: a card above the article opening with the title, the title again below it -------

CARD_TITLE = "Twee bakkers, één oven"


def test_a_header_card_is_set_aside_and_the_titles_copy_under_it_is_the_headline() -> None:
    card = f"{CARD_TITLE}\nEls Peeters\n& Tom Maes\nGent - Lochristi\nOndernemers"
    text = _text(card, CARD_TITLE, BODY, MORE, LONGER)
    found = aside(text)
    assert ("card", "Els Peeters") in found
    assert ("card", CARD_TITLE) in found
    assert (K.HEADLINE, CARD_TITLE) in kinds(text)
    assert CARD_TITLE in kept(text)


def test_a_title_repeated_under_its_subtitle_stays_the_first_copy() -> None:
    subtitle = "De twee bakkers van het dorp delen sinds maart hun oven en hun personeel"
    text = _text(CARD_TITLE, subtitle, CARD_TITLE, BODY, MORE, LONGER)
    assert not [t for reason, t in aside(text) if reason == "card"]
    assert subtitle in kept(text)
