"""Rules narrowed in aside40 (issue 21: no article text set aside, on every set), on a news page written here: an
article whose standfirst stands over the page's "Meest gelezen" box, its body under the box with subheadings of its
own, the page cut off after its last subheading. The subheadings stay; the box's lines, and a closing line the text
does not name, still go."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import K, article, aside, joined

TITLE = "Gemeente Deventer trekt extra geld uit voor jeugdzorg"
STANDFIRST = (
    "De gemeente Deventer heeft de begroting voor volgend jaar rond. Daaruit blijkt dat er extra geld gaat naar "
    "jeugdzorg, wijkteams en het onderhoud van de fietspaden."
)
BOX = ("Meest gelezen: Regio", "Brand verwoest boerderij bij Olst", "Nieuwe eigenaar voor het oude postkantoor")
SECTION = "Begroting gelekt: 'Deventer staat er financieel goed voor'"
BODY = (
    '"Deventer staat er beter voor dan vorig jaar", staat in de stukken die de gemeente dinsdag naar de raad stuurt. '
    "Ook de verwachtingen voor de komende jaren zijn gunstiger, mits landelijke bezuinigingen meevallen.",
    "Het college wil het overschot vooral besteden aan de jeugdzorg. De wachtlijsten daar zijn de afgelopen jaren "
    "flink opgelopen, schrijft wethouder Van Dijk in een toelichting.",
    "Daarnaast komt er geld voor de wijkteams. Die krijgen er volgend jaar vier medewerkers bij.",
)
HEADING = "Fietspaden"
MORE = (
    "Voor het onderhoud van de fietspaden trekt het college twee miljoen euro uit. Vooral de paden langs de IJssel "
    "zijn volgens de gemeente aan vervanging toe.",
)
LIST = ("Andere plannen:", "• Een nieuwe sporthal in Colmschate.\n• Meer groen in de binnenstad.")
CUT_HEADING = "Landelijke bezuinigingen"


def _page(*end: str) -> str:
    return joined(TITLE, STANDFIRST, *BOX, SECTION, *BODY, HEADING, *MORE, *LIST, *end)


def test_a_subheading_under_the_box_over_the_articles_body_stays() -> None:
    """The body under the box outweighs the standfirst above it: the box's titles go, the section's title stays."""
    found = aside(_page())
    assert ("teaser", BOX[1]) in found and ("teaser", BOX[2]) in found
    assert SECTION not in [text for _, text in found]
    assert (K.SUBHEADING, SECTION) in [(b.kind, b.text) for b in article(_page()).blocks]


def test_the_box_after_the_articles_text_still_goes() -> None:
    """The same box closing the page (the article above it, the longer part): its titles and standfirsts go."""
    cards = ("Brand verwoest boerderij bij Olst", "Niemand raakte gewond.", BOX[2], "Er komt een restaurant.")
    found = aside(joined(TITLE, STANDFIRST, SECTION, *BODY, HEADING, *MORE, BOX[0], *cards))
    assert [text for reason, text in found if reason == "teaser"] == [BOX[0], *cards]


def test_the_last_subheading_named_by_the_text_stays_an_unnamed_closing_line_goes() -> None:
    """The page cut off after the next section's heading, its words named by a paragraph ("mits landelijke
    bezuinigingen meevallen"): the article's. A closing line the text does not name is the page's tail."""
    assert CUT_HEADING not in [text for _, text in aside(_page(CUT_HEADING))]
    assert (K.SUBHEADING, CUT_HEADING) in [(b.kind, b.text) for b in article(_page(CUT_HEADING)).blocks]
    assert ("tail", "Gerelateerde video's") in aside(_page("Gerelateerde video's"))


def test_a_named_closing_line_under_another_closing_line_still_goes() -> None:
    """Only right under the article's own text: under another closing line the named phrase is the page's too."""
    found = aside(_page("Gerelateerde video's", CUT_HEADING))
    assert ("tail", CUT_HEADING) in found and ("tail", "Gerelateerde video's") in found
