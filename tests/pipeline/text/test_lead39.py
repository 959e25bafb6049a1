"""A site's top bar with its buttons run together (the lead, stop 39, after a held-out mainstream page whose bar was
read as its headline and set the real headline aside). Examples written for these tests."""

from __future__ import annotations

from pipeline.text import patterns
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, headline, joined


def test_a_top_bar_of_buttons_is_set_aside_and_the_title_under_it_is_the_headline() -> None:
    for line in ("Menu Zoeken Mijn Omroep Nieuws", "Zoeken Menu Mijn Regio Nieuws"):
        assert patterns.site_line_reason(line) == "navigation", line
        text = joined(line, TITLE, BODY, MORE)
        assert ("navigation", line) in aside(text), line
        assert headline(text) == TITLE, line


def test_a_headline_opening_on_a_buttons_word_stays() -> None:
    for line in (
        "Zoeken naar vermiste wandelaar gestaakt",
        "Menu van de week: stamppot",
        "Aanmelden voor de loop kan nog",
    ):
        assert patterns.site_line_reason(line) is None, line
        assert headline(joined(line, BODY, MORE)) == line, line
