"""Review of stop 48's site-text rules (helper review48): xfail48's `announced.announced_lines` keeps a link_arrow
line between two paragraphs of running text as the article's ("Terug naar school >", review39). A link to another
page of the site placed between two paragraphs — as outlets put their liveblog or programme links — has the same
shape and was site text before xfail48."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, headline, joined


@pytest.mark.parametrize(
    "line", ["Naar het liveblog >", "Naar het programma >", "Terug naar het nieuws", "Terug naar school >"]
)
def test_a_link_to_another_page_between_two_paragraphs_stays_site_text(line: str) -> None:
    assert [reason for reason, text in aside(joined(TITLE, BODY, line, MORE)) if text == line] == ["link_arrow"]


@pytest.mark.parametrize(
    "line", ["Naar het liveblog >", "Naar het programma >", "Terug naar het nieuws", "Terug naar school >"]
)
def test_the_same_link_under_the_last_paragraph_stays_site_text(line: str) -> None:
    assert ("link_arrow", line) in aside(joined(TITLE, BODY, MORE, line))


def test_a_title_over_its_read_more_expander_and_a_subheading_stays_the_headline() -> None:
    assert headline(joined(TITLE, "Lees verder", "Brug na vijf jaar klaar", BODY, MORE)) == TITLE
