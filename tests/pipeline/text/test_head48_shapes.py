"""head48 (issue 21): shapes fresh pages bring around a title that is right on its own — its line printed twice in a
row (a page's title over its heading's copy), and another story's card with its "read more" link above it. Invented
pages; an ordinary page's first line is still taken, a teaser page keeps its title."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, K, article, headline, joined, page

LONG_TITLE = "Informateur kijkt terug op een goede week, Jetten wil na de jaarwisseling met andere partijen praten"


def test_a_long_title_printed_twice_in_a_row_is_the_headline_and_its_copy_site_text() -> None:
    for text in (joined(page(LONG_TITLE, LONG_TITLE), BODY, LONGER), page(LONG_TITLE, LONG_TITLE, BODY, LONGER)):
        read = article(text)
        assert read.meta.headline == LONG_TITLE
        assert LONG_TITLE + " " + LONG_TITLE not in [b.text for b in read.blocks]
    # a hard-wrapped paragraph still joins its lines
    wrapped = page("De gemeenteraad van Zwolle stemde dinsdagavond in met het plan voor een", "nieuw zwembad.")
    assert [b.kind for b in article(joined("Zwembad goedgekeurd", wrapped, LONGER)).blocks][:2] == [K.HEADLINE, K.LEDE]


def test_a_cards_title_with_its_read_more_link_above_the_title_is_no_headline() -> None:
    title = "Gemeente Zwolle bouwt nieuw zwembad in Stadshagen"
    text = page("Brand verwoest boerderij in Dalfsen", "Lees meer", title, BODY, LONGER)
    assert headline(text) == title
    assert ("teaser", "Brand verwoest boerderij in Dalfsen") in [
        (b.reason, b.text) for b in article(text).blocks if b.kind is K.SITE_TEXT
    ]


def test_a_teaser_pages_title_and_an_ordinary_first_line_stay_the_headline() -> None:
    title = "Gemeente Zwolle bouwt nieuw zwembad in Stadshagen"
    # a teaser page: its title, a line of text, the link to the whole article — no running text below the link
    assert headline(page(title, BODY, "Lees het hele bericht")) == title
    assert headline(page(title, "Lees meer")) in (title, None)  # nothing to read below: never the card rule's
    assert headline(joined(title, BODY, LONGER, MORE)) == title
