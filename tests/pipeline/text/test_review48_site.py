"""Review of stop 48's site-text rules (helper review48): xfail48's `announced.announced_lines` keeps a link_arrow
line between two paragraphs of running text as the article's ("Terug naar school >", review39). A link to another
page of the site placed between two paragraphs — as outlets put their liveblog or programme links — has the same
shape and was site text before xfail48."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, headline, joined


@pytest.mark.xfail(
    reason="review48: announced_lines (xfail48) gives every link_arrow line between two paragraphs of running text "
    "back to the article: 'Naar het liveblog >' / 'Naar het programma >' (a link to another page, site text on "
    "e7dc6e37) is now an article paragraph. The shape cannot tell a link from review39's heading; a 'Naar …' / "
    "'Terug naar …' opening names a page to go to (a call for the site-text lead, measured on the structure sets).",
    strict=True,
)
@pytest.mark.parametrize("line", ["Naar het liveblog >", "Naar het programma >"])
def test_a_link_to_another_page_between_two_paragraphs_stays_site_text(line: str) -> None:
    assert [reason for reason, text in aside(joined(TITLE, BODY, line, MORE)) if text == line] == ["link_arrow"]


@pytest.mark.parametrize("line", ["Naar het liveblog >", "Naar het programma >"])
def test_the_same_link_under_the_last_paragraph_stays_site_text(line: str) -> None:
    assert ("link_arrow", line) in aside(joined(TITLE, BODY, MORE, line))


@pytest.mark.xfail(
    reason="review48: headshape48's card_titles sets a heading with 'Lees verder' under it aside as another story's "
    "card whenever another heading and the running text follow: a page's own title over its read-more expander and "
    "a subheading ('Nieuwe brug …' / 'Lees verder' / 'Brug na vijf jaar klaar' / text) loses its title to the "
    "subheading. A card has a card's company (more cards, an image line); one such block alone above the article is "
    "its title (site-text lead's call).",
    strict=True,
)
def test_a_title_over_its_read_more_expander_and_a_subheading_stays_the_headline() -> None:
    assert headline(joined(TITLE, "Lees verder", "Brug na vijf jaar klaar", BODY, MORE)) == TITLE
