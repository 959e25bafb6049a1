"""head51 (issue 21): two shapes of a page whose title the scraper dropped — a file's or an edition's code as its
first line ("NB12-2024-week08", pipeline.text.refused_titles.SLUG), and a questionnaire's topic headings, each over
one answer in quotation marks (pipeline.text.answered_items). Invented pages; the near misses keep their title: a
title with one hyphen or figures, an interview's title over its quoted lede and intertitles with longer sections."""

from __future__ import annotations

import pytest

from pipeline.document import Block
from pipeline.text.answered_items import answered_items
from pipeline.text.refused_titles import SLUG
from tests.pipeline.text.site_helpers import BODY, LONGER, K, article, headline, joined

TITLE = "Gemeente Zwolle verkoopt oud raadhuis aan projectontwikkelaar"
ANSWERS = [
    ("Mooiste straat", "“De Bergstraat in de zomer, als alle terrassen vol zitten en iedereen buiten eet.”"),
    ("Favoriete bakker", "“Bakkerij Jansen op de hoek. Hun krentenbollen zijn de beste van de hele stad.”"),
    ("Hier wil ik wonen", "“Aan de rivier, met een kleine tuin en uitzicht op de boten die langs varen.”"),
    ("Verborgen plek", "“Het kleine park achter de bibliotheek. Daar is het altijd stil, ook op zaterdag.”"),
    ("Grootste ergernis", "“Fietsers die door rood rijden. Ik doe het zelf ook weleens, dat geef ik toe.”"),
]


def _answers(*first: str) -> str:
    return joined(*first, *(part for pair in ANSWERS for part in pair))


@pytest.mark.parametrize("slug", ["NB12-2024-week08", "krant_2023_03_edition", "2025-Q1-overzicht"])
def test_a_slug_as_the_first_line_is_no_headline(slug: str) -> None:
    read = article(joined(slug, BODY, LONGER))
    assert read.meta.headline is None
    assert any(b.kind is K.LEDE for b in read.blocks)
    assert headline(joined(slug, TITLE, BODY, LONGER)) == TITLE  # the title under it is found


@pytest.mark.parametrize("title", ["COVID-19", "Noord-Zuidlijn weer open", "A2 bij Weert dicht", "Ajax-PSV 2-1"])
def test_a_title_with_hyphens_or_figures_stays_the_headline(title: str) -> None:
    assert not SLUG.match(title)
    assert headline(joined(title, BODY, LONGER)) == title


def test_a_questionnaires_topic_headings_give_no_headline() -> None:
    read = article(_answers("Jan de Vries op de Markt. Beeld Piet Smit"))
    assert read.meta.headline is None
    assert [b.text for b in read.blocks if b.kind is K.SUBHEADING][:2] == ["Mooiste straat", "Favoriete bakker"]
    assert headline(_answers()) is None  # no photo above
    # the text cut off under its last heading
    assert answered_items(_blocks(cut=True))


def _blocks(*, cut: bool = False) -> list[Block]:
    blocks = [block for h, a in ANSWERS for block in (Block(K.SUBHEADING, h), Block(K.QUOTE, a))]
    return [*blocks, Block(K.SUBHEADING, "Lievelingsplek")] if cut else blocks


def test_an_interviews_title_over_quoted_sections_stays_the_headline() -> None:
    # sections of more than one paragraph: an interview's intertitles under its title
    sections = [part for h, a in ANSWERS for part in (h, a, LONGER)]
    assert headline(joined(TITLE, ANSWERS[0][1], *sections)) == TITLE
    assert not answered_items(_blocks()[:6])  # three answers: too few
    unquoted = [Block(b.kind, b.text.strip("“”")) for b in _blocks()]
    assert not answered_items(unquoted)  # answers not in quotation marks: a page's items with its own text


def test_one_word_the_text_names_over_a_short_deck_is_the_headline() -> None:
    deck = "Najaarsactie Voedselbank"
    body = "Vrijwilligers zamelen deze maand houdbare producten in voor de voedselpakketten van de Voedselbank. " + BODY
    assert headline(joined("Voedselpakketten", deck, body, LONGER)) == "Voedselpakketten"
    # near misses: a section's label, a word the text never names, a deck of a title's length: the label stays one
    assert headline(joined("Economie", deck, body, LONGER)) == deck
    assert headline(joined("Kerstpakketten", deck, body, LONGER)) == deck
    title = "Voedselbank zamelt houdbare producten in"
    assert headline(joined("Voedselpakketten", title, body, LONGER)) == title


POST = "Onderzoekers zien geen rem op de woningbouw door de nieuwe regels voor stikstof."
EXCERPT = (
    '"In de afgelopen jaren werd vaak gezegd dat de regels de bouw stilleggen. Uit de cijfers over de vergunningen '
    'blijkt dat dit effect klein is geweest en niet altijd negatief."'
)


def test_an_aggregators_sentence_over_a_quoted_excerpt_is_the_headline() -> None:
    read = article(joined("12.3.24", POST, EXCERPT, "Lees het hele bericht..."))
    assert read.meta.headline == POST
    # near misses: a lede over a quoted paragraph that running text follows, an excerpt with no link after it
    assert headline(joined("12.3.24", POST, EXCERPT, LONGER, "Lees het hele bericht...")) is None
    assert headline(joined("12.3.24", POST, EXCERPT)) is None
    assert headline(joined("12.3.24", POST, EXCERPT.strip('"'), "Lees het hele bericht...")) is None
