"""Shapes of round site46b that any outlet shares (issue 21): each on wordings invented here the way different Dutch
and Flemish sites print them, beside a line of the same shape that stays the article's."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, article, aside, joined, kept

# --- caption_credits: an agency's name alone under a paragraph (a photo's alt text read as one) ----------------------


@pytest.mark.parametrize(
    ("alt", "agency"),
    [
        ("De lading zat verstopt in twee containers met bananen.", "EPA"),  # a public broadcaster's page
        ("Agenten bij het afgezette pand in de binnenstad.", "ANP"),  # a regional daily
        ("Premier en koning op de trappen van het paleis.", "Belga"),  # a Flemish news site
        ("De vlam in de pijp boven de raffinaderij.", "REUTERS"),  # a business paper
        ("Supporters op de tribune na het laatste fluitsignaal.", "AFP"),  # a sports site
    ],
)
def test_an_agencys_name_alone_under_a_paragraph_is_its_photos_credit(alt: str, agency: str) -> None:
    text = joined(TITLE, BODY, alt, agency, MORE)
    assert ("credit", agency) in aside(text)
    assert alt in kept(text) and MORE in kept(text)


def test_an_agencys_name_under_the_headline_is_the_bylines_place() -> None:
    found = article(joined(TITLE, "ANP", BODY, MORE))
    assert not [b for b in found.blocks if b.text == "ANP" and b.kind is K.SITE_TEXT]


def test_a_line_naming_an_agency_in_a_sentence_stays() -> None:
    line = "ANP meldt dat de brug maandag opengaat."
    assert line in kept(joined(TITLE, BODY, line, MORE))
