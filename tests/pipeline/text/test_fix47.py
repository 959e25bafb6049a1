"""fix47 (review45's findings): a TV guide's own items — a programme's title over a blurb the writer lets trail off
("Wie wint deze week de gouden ster...") — are the article's text, not cards of other stories cut off by the page
(closing_cards.cut_blurb_cards, tail_titles.other_items); the page's real cards stay site text."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, aside, joined

GUIDE_TITLE = "Dit zijn de tv-tips voor deze week"
GUIDE_INTRO = (
    "Ook deze week is er weer genoeg te zien op de buis. Wij zetten de beste programma's voor u op een rij, van "
    "spelshows tot documentaires."
)
# each a programme's title and its blurb, the writer trailing off (lengths as a writer writes them: no page's cut)
GUIDE = (
    "Heel Holland Bakt",
    "De laatste vijf bakkers moeten deze week een taart van drie verdiepingen maken. Wie wint deze week de gouden "
    "ster...",
    "Boer zoekt vrouw",
    "Boer Jan gaat op logeerpartij en dan gebeurt er iets wat niemand had zien aankomen...",
    "Wie is de Mol?",
    "De kandidaten reizen naar Georgië, maar wie kan er nog vertrouwd worden...",
)
SHORT_GUIDE = (
    "Heel Holland Bakt",
    "Wie wint deze week de gouden ster...",
    "Boer zoekt vrouw",
    "Boer Jan gaat op logeerpartij en dan...",
    "Wie is de Mol?",
    "De kandidaten reizen naar Georgië en vertrouwen elkaar steeds minder...",
    "Het Klokhuis",
    "Vandaag gaat het over de vraag hoe een sluis werkt...",
)


@pytest.mark.xfail(strict=True, reason="fix47 probe: closing_cards.cut_blurb_cards takes a TV guide's own items")
def test_a_tv_guides_items_with_trailing_blurbs_stay() -> None:
    assert aside(joined(GUIDE_TITLE, GUIDE_INTRO, *GUIDE)) == []


@pytest.mark.xfail(strict=True, reason="fix47 probe: tail_titles.other_items takes a TV guide's short items")
def test_a_tv_guides_items_with_short_trailing_blurbs_stay() -> None:
    assert aside(joined(GUIDE_TITLE, GUIDE_INTRO, *SHORT_GUIDE)) == []
