"""Prose above the headline naming nothing the article names is the page's (issue 21, helper topic36,
pipeline.text.unrelated): examples written here, next to article text of the same place that stays kept."""

from __future__ import annotations

from pipeline.document import Block
from pipeline.text.unrelated import content_stems, unrelated_above
from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, K, aside, headline, joined, kinds

SLOGAN = "...maar we zijn ook jouw radiozender in de regio!"


def _article(*above: Block) -> list[Block]:
    return [*above, Block(K.HEADLINE, TITLE), Block(K.LEDE, BODY), Block(K.PARAGRAPH, LONGER), Block(K.PARAGRAPH, MORE)]


def test_a_stations_slogan_above_the_title_naming_nothing_of_the_article_is_set_aside() -> None:
    text = joined(SLOGAN, TITLE, BODY, LONGER, MORE)
    assert ("unrelated", SLOGAN) in aside(text)
    assert headline(text) == TITLE
    # a page with too little running text below its title to compare with: the line stays
    assert ("unrelated", SLOGAN) not in aside(joined(SLOGAN, TITLE, BODY))


def test_prose_above_the_title_naming_one_word_of_the_article_stays_article_text() -> None:
    kicker = Block(K.PARAGRAPH, "Na jaren van discussie is er eindelijk duidelijkheid over de oeververbinding.")
    slogan = Block(K.PARAGRAPH, SLOGAN)
    assert unrelated_above(_article(slogan))[0].reason == "unrelated"
    # "zwembaden" names the article's "zwembad": a kicker of the article
    named = Block(K.PARAGRAPH, "Na jaren van discussie krijgen de zwembaden van de stad eindelijk duidelijkheid.")
    assert unrelated_above(_article(named))[0] == named
    assert unrelated_above(_article(kicker))[0].kind is K.SITE_TEXT  # "oeververbinding": named nowhere


def test_short_lines_captions_and_quotes_above_the_title_are_not_judged() -> None:
    short = Block(K.PARAGRAPH, "Jouw radiozender in de regio!")  # under MIN_WORDS words
    caption = Block(K.CAPTION, "Archiefbeeld van het oude stadhuis aan de Grote Markt in de winter")
    quote = Block(K.QUOTE, "‘Ik had nooit gedacht dat ik hier ooit nog eens terug zou komen’, schreef hij")
    for block in (short, caption, quote):
        assert unrelated_above(_article(block))[0] == block
    assert unrelated_above(_article(Block(K.PARAGRAPH, SLOGAN)))[0].kind is K.SITE_TEXT
    # a caption read from a text (closed by a photo agency's name) stays a caption
    line = "Archiefbeeld van het oude stadhuis aan de Grote Markt (Photo News)"
    assert (K.CAPTION, line) in kinds(joined(line, TITLE, BODY, LONGER, MORE))


def test_common_words_and_short_words_are_no_content_stems() -> None:
    assert content_stems("Zij hebben het gisteren niet gezegd") == {"gezeg"}
    assert content_stems("Radiozender") == {"radiozend"}


def test_a_heading_above_the_title_is_not_judged() -> None:
    heading = Block(K.SUBHEADING, "Deze week op de radio: muziek en verhalen uit de streek")
    assert unrelated_above(_article(heading))[0] == heading
    assert unrelated_above(_article(Block(K.PARAGRAPH, heading.text)))[0].reason == "unrelated"
