"""fix47 (review45's findings): a TV guide's own items — a programme's title over a blurb the writer lets trail off
("Wie wint deze week de gouden ster...") — are the article's text, not cards of other stories cut off by the page
(closing_cards.cut_blurb_cards, tail_titles.other_items); the page's real cards stay site text."""

from __future__ import annotations

import pytest

from pipeline.document import BlockKind
from pipeline.text.read import parse_article
from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, K, aside, joined, page

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


# --- one build path: every reader that builds blocks from lines takes the same steps after them (line_steps) -------

ROWS = ("Ds. Jan de Vries | 3 maart 2024", "Ds. Kees Bakker | 10 maart 2024", "Ds. Anna Smit | 17 maart 2024")
SCHEDULE_TITLE = "Kerkdiensten in maart"


def _kinds(text: str, source_format: str = "txt") -> list[tuple[BlockKind, str]]:
    found = parse_article(text, source_name=f"a.{source_format}", source_format=source_format)
    return [(b.kind, b.text) for b in found.blocks]


def test_a_schedule_in_a_pages_html_reads_as_in_plain_text() -> None:
    """The same 'Name | date' rows, in a scraped page's HTML (a .txt whose chunks are fragments) and in plain text:
    the same blocks, the rows headings to translate (line_groups.dated_rows), no byline."""
    plain = joined(SCHEDULE_TITLE, BODY, page(*ROWS), MORE)
    html = joined(SCHEDULE_TITLE, f"<p>{BODY}</p>", f"<p>{'<br>'.join(ROWS)}</p>", f"<p>{MORE}</p>")
    assert _kinds(html) == _kinds(plain)
    assert [text for kind, text in _kinds(plain) if kind is K.SUBHEADING] == list(ROWS)


def test_a_schedule_in_markdown_reads_as_in_plain_text() -> None:
    plain = joined(SCHEDULE_TITLE, BODY, page(*ROWS), MORE)
    markdown = joined(f"# {SCHEDULE_TITLE}", BODY, "  \n".join(ROWS), MORE)
    assert _kinds(markdown, "md") == _kinds(plain)


def test_a_tv_guides_items_under_a_banner_stay() -> None:
    """A banner between the intro and the items stands between any two paragraphs: no box of the page's cards."""
    assert aside(joined(GUIDE_TITLE, GUIDE_INTRO, "Advertentie", *GUIDE)) == [("banner", "Advertentie")]
