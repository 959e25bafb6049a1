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


def test_a_tv_guides_items_with_trailing_blurbs_stay() -> None:
    assert aside(joined(GUIDE_TITLE, GUIDE_INTRO, *GUIDE)) == []


def test_a_tv_guides_items_with_short_trailing_blurbs_stay() -> None:
    assert aside(joined(GUIDE_TITLE, GUIDE_INTRO, *SHORT_GUIDE)) == []


# the page's cards, cut off at varied lengths (a site cutting at a sentence's word, not its limit): still site text
# under the page's box or with their dates — already so before fix47, pinned beside the guide's items
CARDS = (
    "Raad Kampen stemt in met nieuwe fietsbrug",
    "De brug over het Ganzendiep moet in 2027 klaar zijn, als de provincie...",
    "Brand in loods aan de Zwartewaterallee",
    "Bij een brand in een loods aan de Zwartewaterallee in Zwolle is dinsdagnacht veel schade ontstaan aan een "
    "boot die er voor de winter lag. De brandweer...",
    "Stadsbus rijdt weer door de binnenstad",
    "Na maanden van omleidingen rijdt...",
)


@pytest.mark.parametrize("label", ["Lees ook", "Meer nieuws"])
def test_the_pages_cards_under_its_label_stay_site_text(label: str) -> None:
    found = aside(joined(TITLE, BODY, MORE, LONGER, label, *CARDS))
    assert [text for _, text in found] == [label, *CARDS]


def test_the_pages_dated_cards_stay_site_text() -> None:
    dated = [x for pair in zip(CARDS[::2], CARDS[1::2], strict=True) for x in (*pair, "19/05/2021")]
    found = aside(joined(TITLE, BODY, MORE, LONGER, *dated))
    assert [text for _, text in found] == dated


SHORT_CARDS = (
    "Raad Kampen stemt in met fietsbrug",
    "De brug moet in 2027 klaar zijn als...",
    "Brand in loods Zwartewaterallee",
    "Bij een brand in een loods is veel...",
    "Stadsbus rijdt weer door centrum",
    "Na maanden van omleidingen rijdt de bus vanaf maandag weer...",
    "Kermis zoekt vrijwilligers",
    "Voor de kermis zoekt de gemeente...",
)


def test_the_pages_short_cards_under_its_label_stay_site_text() -> None:
    """Eight lines of titles and short cut standfirsts, a run of title lines' length (tail_titles.other_items), under
    the page's label: site text still."""
    found = aside(joined(TITLE, BODY, MORE, LONGER, "Lees ook", *SHORT_CARDS))
    assert [text for _, text in found] == ["Lees ook", *SHORT_CARDS]


@pytest.mark.parametrize("heading", ["Onze tips", "Op tv"])
def test_a_tv_guides_items_under_its_own_heading_stay(heading: str) -> None:
    """The article's heading over its items is a box label's shape; the blurbs' lengths are a writer's."""
    assert aside(joined(GUIDE_TITLE, GUIDE_INTRO, heading, *GUIDE)) == []
