"""A news round-up's opening frame (issue 21): a broadcaster's morning round-up opens with the presenter's
greeting, today's date and "this is the news in <region>" — its voice, not news. Examples written here."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, joined, kept

ROUNDUP_TITLE = "Brug open, zwembad komt er en storm op komst"


def test_a_greeting_a_date_and_this_is_the_news_opening_a_roundup_is_set_aside_whole() -> None:
    opening = "ZWOLLE - Goedemorgen! Het is dinsdag 4 maart. Dit is het nieuws in Overijssel."
    text = joined(ROUNDUP_TITLE, opening, "Zwembad", BODY, "Brug", MORE)
    assert ("greeting", opening) in aside(text)
    assert BODY in kept(text) and MORE in kept(text)


def test_the_other_shapes_of_the_frame_a_date_first_or_an_announcement_with_a_colon() -> None:
    for opening in (
        "Dinsdag 4 maart 2025, goedemorgen. In het nieuws in Overijssel vanmorgen:",
        "Goeiemorgen op dinsdag 4 maart 2025. Vanmorgen is in het Overijsselse nieuws:",
        "Goedemiddag! Het is dinsdag 4 maart 2025 en dit is het nieuws van vandaag.",
    ):
        assert [reason for reason, text in aside(joined(ROUNDUP_TITLE, opening, BODY, MORE))] == ["greeting"], opening


def test_a_greeting_or_a_date_inside_news_stays() -> None:
    for opening in (
        "Goedemorgen! Het is dinsdag 4 maart. De burgemeester opent vandaag de nieuwe brug.",  # no announcement
        "Goedemorgen! roept de juf als de eerste leerlingen binnenkomen.",  # a reportage's scene
        "Het is dinsdag 4 maart. Dit is het nieuws dat Zwolle al maanden vreesde: het zwembad sluit.",
    ):
        text = joined(TITLE, opening, BODY, MORE)
        assert not aside(text), opening
        assert opening in kept(text)


def test_the_frame_inside_the_article_is_not_an_edge_and_stays() -> None:
    frame = "Goedemorgen! Het is dinsdag 4 maart. Dit is het nieuws in Overijssel."
    text = joined(TITLE, BODY, frame, MORE, "De brug is vanaf maandag open voor fietsers en voetgangers.")
    assert not aside(text)
