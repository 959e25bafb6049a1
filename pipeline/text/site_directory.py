"""A directory of the outlet's sister sites at the top of the page ("KNVB.nl" / "Voor nieuws en ondersteuning van …"
/ "KNVB Shop" / "De officiële webshop van de KNVB." / …; pipeline.text.article calls this): at the text's opening
(nothing but site text above it), at least DIRECTORY_MIN_PAIRS short names in turn with a one-line description of
each are a menu, set aside as "navigation". An article opens with its headline and a lede longer than a menu's
description; a listing of names with descriptions further down (after the lede) is the article's own, and so is a run
of pairs that one more name follows whose description is a paragraph (a short headline and lede, then parties and
their plans, the last plan run into the text, review31)."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns

DIRECTORY_MIN_PAIRS = 4
DIRECTORY_NAME_MAX_WORDS = 4  # a site's or a channel's name
DIRECTORY_LINE_MIN_WORDS = 4  # a description: a phrase or a sentence …
DIRECTORY_LINE_MAX_WORDS = 30  # … no paragraph of running text
_KINDS = (BlockKind.HEADLINE, BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.SITE_TEXT)


def site_directory(blocks: Sequence[Block]) -> list[Block]:
    """Set aside a run of name/description pairs that opens the text."""
    out = list(blocks)
    start = next((i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT), len(out))
    index, pairs = start, 0
    while index + 1 < len(out) and _name(out[index]) and _description(out[index + 1]):
        index += 2
        pairs += 1
    if pairs < DIRECTORY_MIN_PAIRS or (index < len(out) and _name(out[index])):
        return out  # one more name after the pairs, its description a paragraph: the article's own listing going on
    for i in range(start, index):
        out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="navigation")
    return out


def _name(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind in _KINDS
        and 1 <= patterns.word_count(text) <= DIRECTORY_NAME_MAX_WORDS
        and text[:1].isupper()
        and not text.endswith((".", "!", "?", ":", ","))
    )


def _description(block: Block) -> bool:
    words = patterns.word_count(block.text)
    return block.kind in _KINDS and DIRECTORY_LINE_MIN_WORDS <= words <= DIRECTORY_LINE_MAX_WORDS


BOXED_LINE_MAX_WORDS = 20


def boxed_openings(blocks: Sequence[Block]) -> list[Block]:
    """At the text's opening (nothing but site text above), one short line between two promo lines (a service's pitch,
    its tagline, its button) is that box's line too. Only "promo": a headline sits between navigation lines or
    labels of one kind often (structure-blind6/7/8/13)."""
    out = list(blocks)
    index = next((i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT), len(out))
    if not 0 < index < len(out) - 1:
        return out
    block, above, below = out[index], out[index - 1], out[index + 1]
    boxed = above.kind is below.kind is BlockKind.SITE_TEXT and above.reason == below.reason == "promo"
    if boxed and patterns.word_count(block.text) <= BOXED_LINE_MAX_WORDS:
        out[index] = Block(BlockKind.SITE_TEXT, block.text, reason=above.reason)
    return out
