"""A round-up's title that opens with a place's news ("Nieuws uit Drenthe van 3 en 4 januari | Brand in stal …") is
the headline, not the site's promise of news (reference_lines.header_widgets, NEWS_TAGLINE): after a bar comes the
title's second part, not a tagline's words. Found scoring structure_blind73 (stop 47, a Leeuwarder Courant round-up,
its title set aside whole). A site's tagline with its name after a bar stays site text. Texts written for this test."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, article, aside, joined

ROUNDUP = "Nieuws uit Drenthe van 3 en 4 januari | Brand in stal Hoogeveen & Nieuwe burgemeester in Assen geïnstalleerd"
INTRO = (
    "In Hoogeveen brandde een stal af, in Assen werd de nieuwe burgemeester geïnstalleerd. Dat en meer in ons "
    "overzicht van het nieuws van de afgelopen twee dagen."
)


def test_a_roundups_title_bar_of_a_places_news_is_the_headline() -> None:
    text = joined(ROUNDUP, "Nieuws uit Drenthe van 3 en 4 januari.", INTRO, BODY, MORE)  # its first part again
    assert article(text).meta.headline == ROUNDUP
    assert all(ROUNDUP not in line for _, line in aside(text))


def test_a_tagline_with_the_sites_name_after_a_bar_stays_site_text() -> None:
    tagline = "Het laatste nieuws uit Drenthe | Dagblad van het Noorden"
    text = joined(tagline, TITLE, BODY, MORE)
    assert ("site_name", tagline) in aside(text)
    assert article(text).meta.headline == TITLE
