"""A blog's or an aggregator's index page: posts that each show a snippet the page cut off, closed by a read-more
link on a line of its own ("… zoals bij het vorige kabinet (het...", "Lees verder"; issue 21, site52). The first such
post is the article the page was saved for; every later one is another post's card, set aside as "teaser" (its title
line too, on a line of its own right above its snippet). pipeline.text.article calls `read_more_cards` after the line
rules have set the read-more links aside. An article's own paragraph that trails off ("En toen..."), or that a
read-more link follows only once, stays: a card needs a post above it closed the same way. One pass: linear.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.closing_cards import CARD_TITLE_MAX_WORDS, cut_off
from pipeline.text.page_lists import aside

READ_MORE_MAX_WORDS = 5  # "Lees verder", "Lees meer »", "Read more": the link alone on its line
_SNIPPET_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)


def read_more_cards(blocks: Sequence[Block]) -> list[Block]:
    """Set aside, as "teaser", each cut snippet under an earlier post closed by a read-more link (see the module
    docstring): the snippet right above its own read-more link, and its title right above it."""
    out = list(blocks)
    posts = 0  # posts seen so far: a snippet of text closed by a read-more link
    for index, block in enumerate(out):
        if index == 0 or not _read_more(block) or out[index - 1].kind not in _SNIPPET_KINDS:
            continue
        snippet = index - 1
        if posts and cut_off(out[snippet].text):
            out[snippet] = aside(out[snippet], "teaser")
            title = snippet - 1
            if title > 0 and _card_title(out[title]) and _read_more(out[title - 1]):
                out[title] = aside(out[title], "teaser")
        posts += 1
    return out


def _read_more(block: Block) -> bool:
    """A read-more link set aside on a line of its own."""
    text = block.text.strip()
    return (
        block.kind is BlockKind.SITE_TEXT
        and patterns.word_count(text) <= READ_MORE_MAX_WORDS
        and (match := patterns.SPAN_READ_MORE.match(text)) is not None
        and not text[match.end() :].strip(" .:»>›→")
    )


def _card_title(block: Block) -> bool:
    return (
        block.kind in (BlockKind.SUBHEADING, BlockKind.PARAGRAPH)
        and patterns.word_count(block.text) <= CARD_TITLE_MAX_WORDS
        and not patterns.ends_sentence(block.text)
    )
