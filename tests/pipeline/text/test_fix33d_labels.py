"""A teaser marker as the article's section label (fix33d): "Laatste nieuws" over ONE title and running prose is the
article under its section's label; a teaser list is several titles, each with one short standfirst at most. And the
safety net: the site-text rules never leave an article with no article text when running prose was set aside."""

from __future__ import annotations

import pytest

from pipeline.document import Block
from pipeline.text.article import with_templates
from tests.pipeline.text.site_helpers import K, article, joined

TITLE = "Gemeente Zwolle sluit zwembad De Vrolijkheid na lekkage"
PROSE = (
    "Het zwembad De Vrolijkheid in Zwolle blijft de komende weken dicht. Bij een inspectie vonden technici een lek "
    "in het dak boven het wedstrijdbad, meldt de gemeente.",
    "Wethouder Jansen noemt de sluiting vervelend voor de verenigingen. Zij kunnen voorlopig uitwijken naar het bad "
    "in Kampen.",
    "De reparatie kost naar schatting 200.000 euro.",
)
TEASER_LIST = (
    "Meer nieuws",
    "Raad Kampen stemt in met nieuwe fietsbrug",
    "De brug over het Ganzendiep moet in 2027 klaar zijn.",
    "Brand in loods aan de Zwartewaterallee",
    "Niemand raakte gewond.",
    "Stadsbus rijdt weer door de binnenstad",
    "De omleiding is voorbij.",
)


@pytest.mark.parametrize("label", ["Laatste nieuws", "Meer nieuws", "Net binnen"])
def test_a_news_label_over_one_title_and_running_prose_is_the_articles_section_label(label: str) -> None:
    """The label set aside as such, the title the headline, the prose kept; the real teaser list under "Meer nieuws"
    at the article's end (several titles, each with a one-line standfirst) still set aside."""
    found = article(joined(label, TITLE, *PROSE, *TEASER_LIST))
    aside = [(b.reason, b.text) for b in found.blocks if b.kind is K.SITE_TEXT]
    assert aside == [("label", label)] + [("teaser", text) for text in TEASER_LIST]
    assert found.headline is not None and found.headline.text == TITLE
    assert [b.text for b in found.blocks if b.kind in (K.LEDE, K.PARAGRAPH)] == list(PROSE)
    assert found.warnings == ()  # the rule, not the safety net, keeps the text


def test_uitgelicht_over_the_article_stays_a_label_set_aside() -> None:
    """Already so before fix33d ("Uitgelicht" is a teaser line, not a marker): pinned beside its siblings."""
    found = article(joined("Uitgelicht", TITLE, *PROSE, *TEASER_LIST))
    assert [b.text for b in found.blocks if b.kind is K.SITE_TEXT] == ["Uitgelicht", *TEASER_LIST]
    assert found.headline is not None and found.headline.text == TITLE


def test_a_teaser_list_above_the_article_ends_at_the_articles_title() -> None:
    """'Meer nieuws' with its titles and one-line standfirsts at the page's top: set aside; the title over running
    prose after it is the article's headline."""
    found = article(joined(*TEASER_LIST, TITLE, *PROSE))
    assert [(b.reason, b.text) for b in found.blocks if b.kind is K.SITE_TEXT] == [("teaser", t) for t in TEASER_LIST]
    assert found.headline is not None and found.headline.text == TITLE
    assert found.warnings == ()


def test_one_teaser_with_its_standfirst_under_a_label_stays_a_teaser() -> None:
    """One title with one short standfirst is a teaser, not the article's title over running prose."""
    teaser = ("Laatste nieuws", TEASER_LIST[1], TEASER_LIST[2])
    found = article(joined(*teaser, TITLE, *PROSE))
    assert [(b.reason, b.text) for b in found.blocks if b.kind is K.SITE_TEXT] == [("teaser", t) for t in teaser]
    assert found.headline is not None and found.headline.text == TITLE


def test_the_safety_net_keeps_running_prose_a_rule_set_aside_and_says_so() -> None:
    """A label over paragraphs with no title: the teaser rule takes them as standfirsts; with no article text left,
    the prose is kept and the article's warning names it. A page of teasers alone (no running prose) is left as the
    rules set it aside, with no warning."""
    found = article(joined("Net binnen", *PROSE))
    assert [b.text for b in found.blocks if b.kind is K.SITE_TEXT] == ["Net binnen"]
    assert [b.text for b in found.blocks if b.kind in (K.LEDE, K.PARAGRAPH)] == list(PROSE)
    assert len(found.warnings) == 1 and found.warnings[0].startswith("a.txt: the site-text rules set aside all")
    teasers = article(joined(*TEASER_LIST))
    assert teasers.warnings == ()
    assert [b.text for b in teasers.blocks if b.kind is K.SITE_TEXT] == list(TEASER_LIST)


def test_the_safety_net_holds_after_an_outlets_template_lines_too() -> None:
    """Template lines set aside after the rules (pipeline.text.article.with_templates) that take every block: the
    running prose is kept, with the warning."""

    def everything(blocks: list[Block]) -> list[Block]:
        return [Block(K.SITE_TEXT, b.text, reason="template") for b in blocks]

    found = with_templates(article(joined(TITLE, *PROSE)), everything)
    assert [b.text for b in found.blocks if b.kind in (K.LEDE, K.PARAGRAPH)] == list(PROSE)
    assert len(found.warnings) == 1


CARDS = (
    "Laatste nieuws",
    "Brand in loods van recyclingbedrijf in Hengelo onder controle",
    "De brandweer had de hele nacht nodig om het vuur te blussen. Omwonenden moesten ramen en deuren dichthouden.",
    "Lees meer »",
    "Gemeente Deventer wil meer fietsenstallingen bij het station",
    "Reizigers klagen al jaren over volle rekken. De gemeenteraad praat volgende maand over het plan.",
    "Lees meer »",
)


def test_a_page_of_teaser_cards_is_a_listing_the_safety_net_leaves_alone() -> None:
    """An aggregator's page: cards of a title over a standfirst of two sentences. The rules set them all aside as
    teasers; that is a listing page, not an article's prose the rules over-reached on (Nieuwskoppen's pages with
    the net firing: repetition recall 0.998 -> 0.954)."""
    found = article(joined(*CARDS))
    assert found.warnings == ()
    assert [b.text for b in found.blocks if b.kind in (K.LEDE, K.PARAGRAPH)] == []


def test_template_lines_are_measured_and_the_safety_net_leaves_them_aside() -> None:
    """Lines set aside as the outlet's template (repeated in its other articles) are not a rule's guess: the net keeps
    only what a rule set aside."""

    def everything(blocks: list[Block]) -> list[Block]:
        return [Block(K.SITE_TEXT, b.text, reason="repeated in 4 articles of Nieuwsplaats") for b in blocks]

    found = with_templates(article(joined(TITLE, *PROSE)), everything)
    assert [b.text for b in found.blocks if b.kind in (K.LEDE, K.PARAGRAPH)] == []
    assert found.warnings == ()
