"""The site-text rules' safety net (fix33d): they never leave an article with no article text when it has running
prose. When every block of article text was set aside and running prose is among what was — a block closing a
sentence, of RUNNING_PROSE_MIN_SENTENCES sentences or more, none of them site text by its own words (set aside by its
place or its shape: a teaser rule, a list rule) — every block set aside that closes a sentence none of whose
sentences is site text by its words is kept as a paragraph (the rules over-reached), and the article says so in a
warning."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import card_rules, patterns
from pipeline.text.segment import split_sentences

ARTICLE_TEXT = frozenset([BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.QUOTE, BlockKind.LIST, BlockKind.LIVEBLOG])


def kept_prose(blocks: Sequence[Block], name: str) -> tuple[list[Block], tuple[str, ...]]:
    """`blocks` with their prose kept when no article text is left but running prose was set aside, and the warning
    saying so (`name`: the source's); or `blocks` unchanged and no warning."""
    if any(b.kind in ARTICLE_TEXT for b in blocks):
        return list(blocks), ()
    if not any(_running_prose(b) for b in blocks):
        return list(blocks), ()
    out = [Block(BlockKind.PARAGRAPH, b.text) if _prose(b) else b for b in blocks]
    kept = sum(1 for before, after in zip(blocks, out) if before is not after)
    warning = (
        f"{name}: the site-text rules set aside all the article text, running prose too; {kept} block(s) of prose "
        "kept as article text — check what is still set aside"
    )
    return out, (warning,)


def _running_prose(block: Block) -> bool:
    return _prose(block) and len(split_sentences(block.text)) >= card_rules.RUNNING_PROSE_MIN_SENTENCES


def _prose(block: Block) -> bool:
    """Set aside, closing a sentence, and no sentence of it site text by its own words."""
    if block.kind is not BlockKind.SITE_TEXT or not patterns.ends_sentence(block.text):
        return False
    return not any(
        patterns.site_line_reason(s) or patterns.site_sentence_reason(s) for s in split_sentences(block.text)
    )
