"""Round site46 (issue 21): a photo's caption opened by a bar above the headline ("| <caption>.", its credit or icon
cut before the bar) is a caption, and the title under it the headline (pipeline.text.bar_captions); each with a
look-alike that keeps its reading. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, headline, joined, kinds

BAR_CAPTIONS = (
    "| Het incident vond plaats in de Stationsstraat.",  # a Brussels city site
    "| De brandweer bleef de hele nacht ter plaatse.",  # a regional broadcaster
    "| Archiefbeeld van het gemeentehuis in Zwolle.",  # a regional paper
    "| Burgemeester Jansen opende de brug met een schaar.",  # a local weekly
    "| De wethouder bij de presentatie van het plan, maandag.",  # a Flemish city magazine
)


@pytest.mark.parametrize("caption", BAR_CAPTIONS)
def test_a_bar_caption_over_the_title_is_a_caption(caption: str) -> None:
    text = joined(caption, TITLE, "JD", BODY, MORE)
    assert headline(text) == TITLE
    assert (K.CAPTION, caption) in kinds(text)


@pytest.mark.parametrize("caption", BAR_CAPTIONS)
def test_a_bar_caption_over_the_title_with_no_byline(caption: str) -> None:
    assert headline(joined(caption, TITLE, BODY, MORE)) == TITLE


@pytest.mark.parametrize(
    "first",
    (
        "| Redactie",  # a label opened by a bar: no sentence
        "| Naam | Functie |",  # a table's row: more bars
    ),
)
def test_a_bar_line_that_is_no_sentence_is_not_read_as_a_caption(first: str) -> None:
    assert (K.CAPTION, first) not in kinds(joined(first, TITLE, BODY, MORE))


def test_a_bar_sentence_with_the_text_under_it_stays_text() -> None:
    first = "| De gemeenteraad stemde in met het plan voor het zwembad."  # no heading under it: the text starts here
    assert (K.CAPTION, first) not in kinds(joined(first, BODY, MORE))


def test_an_article_line_of_the_same_shape_under_the_title_stays_text() -> None:
    line = "| De wethouder noemde het besluit een opluchting voor de verenigingen."
    text = joined(TITLE, BODY, line, "Tussenkop over de kosten", MORE)
    assert headline(text) == TITLE
    assert (K.CAPTION, line) not in kinds(text)
