"""A card's title above the article's (issue 21, head48): a heading with its "read more" link right under it
("Brand verwoest boerderij in Dalfsen" / "Lees meer") is another story's card — a page's teaser above the title, set
aside as site text ("teaser") before the headline is chosen, when the article's title (no running text) and its text
follow — and when the running text below echoes none of the heading's words: a page's own title over its read-more
expander and a subheading ("Nieuwe brug over de IJssel geopend" / "Lees verder" / "Brug na vijf jaar klaar" / text
about the bridge) is the page's title (review48). A heading over a read-more link and then the running text is the
page's own title (a "Lees verder" that opens the rest of the article); with no running text below, the page is a
teaser page: its title is the headline."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import opening_rules, patterns
from pipeline.text.page_edges import running_text

_CLOSING_SIGNS = re.compile(r"\W+$")  # "Lees meer »", "Lees verder..."
_HEADINGS = (BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.HEADLINE)
_WORD = re.compile(r"\w{4,}")
# words of four letters or more that say nothing of a subject: no echo of a title
_NO_ECHO = frozenset(
    ("over", "voor", "naar", "door", "deze", "niet", "zijn", "heeft", "hebben", "werd", "wordt", "worden", "maar")
    + ("want", "meer", "nieuw", "nieuwe", "alle", "waar", "weer")
)
_ECHO_BLOCKS = 3  # the running text's first blocks read for an echo of a card's heading


def _echoed(heading: str, text: Sequence[Block]) -> bool:
    """Does the running text (its first blocks, `text`) name a word of `heading` (four letters or more, not in
    _NO_ECHO)?"""
    words = {w for w in _WORD.findall(heading.casefold()) if w not in _NO_ECHO}
    return not words.isdisjoint(_WORD.findall(" ".join(b.text for b in text).casefold()))


def _read_more(text: str) -> bool:
    """A line that is only a read-more link (patterns.LINE_READ_MORE, the one rule of it), closing signs aside."""
    return bool(patterns.LINE_READ_MORE.fullmatch(_CLOSING_SIGNS.sub("", text.strip())))


def card_titles(blocks: Sequence[Block]) -> list[Block]:
    """The blocks, each card's title above the running text set aside (see the module docstring). Linear in the
    blocks: the running text's opening is found once (a page of a thousand headings over read-more links costs no
    more than one read of it)."""
    out = list(blocks)
    first = next((i for i, b in enumerate(out) if running_text(b)), None)
    if first is None:  # no running text: a teaser page, its title is the headline
        return out
    opening = [b for b in out[first:] if running_text(b)][:_ECHO_BLOCKS]
    for index in range(first - 1):  # a card: its heading, its link, then a title above the running text
        block, link = out[index], out[index + 1]
        card = (
            block.kind in _HEADINGS
            and patterns.word_count(block.text) <= opening_rules.HEADLINE_MAX_WORDS
            and not patterns.ends_sentence(block.text)
            and link.kind is BlockKind.SITE_TEXT
            and _read_more(link.text)
        )
        if not card:
            continue
        below = next((b for b in out[index + 2 : first + 1] if b.kind is not BlockKind.SITE_TEXT), None)
        titled = below is not None and not running_text(below)  # the article's own title under the card
        if titled and not _echoed(block.text, opening):
            out[index] = Block(BlockKind.SITE_TEXT, block.text, reason="teaser")
    return out
