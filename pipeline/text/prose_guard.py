"""The site-text rules' safety net (fix33d): they never leave an article with no article text when it has running
prose. When every block of article text was set aside and running prose is among what was — a block closing a
sentence, of RUNNING_PROSE_MIN_SENTENCES sentences or more, none of them site text by its own words (set aside by its
place or its shape: a teaser rule, a list rule) — every block set aside that closes a sentence none of whose
sentences is site text by its words is kept as a paragraph (the rules over-reached), and the article says so in a
warning. A block set aside as the outlet's template (repeated in its other articles: pipeline.text.templates) is
measured, not guessed by a rule, and stays aside; and a page of teasers (two or more titles set aside as teasers: an
aggregator's cards, each a title over its standfirst) is a listing, left as the rules set it aside."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import ARTICLE_TEXT_KINDS, Block, BlockKind
from pipeline.text import card_rules, patterns, sentence_reasons
from pipeline.text.segment import split_sentences
from pipeline.text.templates import set_aside_as_template

LISTING_MIN_TITLES = 2  # teaser titles on a page that make it a listing (the net then leaves it as the rules did)
ARTICLE_TEXT = ARTICLE_TEXT_KINDS - {BlockKind.HEADLINE}  # the article's text below its headline


def kept_prose(blocks: Sequence[Block], name: str) -> tuple[list[Block], tuple[str, ...]]:
    """`blocks` with their prose kept when no article text is left but running prose was set aside, and the warning
    saying so (`name`: the source's); or `blocks` unchanged and no warning."""
    if any(b.kind in ARTICLE_TEXT for b in blocks):
        return list(blocks), ()
    if not any(_running_prose(b) for b in blocks) or _listing(blocks):
        return list(blocks), ()
    out = [Block(BlockKind.PARAGRAPH, b.text) if _prose(b) else b for b in blocks]
    kept = sum(1 for before, after in zip(blocks, out) if before is not after)
    warning = (
        f"{name}: the site-text rules set aside all the article text, running prose too; {kept} block(s) of prose "
        "kept as article text — check what is still set aside"
    )
    return out, (warning,)


def _listing(blocks: Sequence[Block]) -> bool:
    """A page of teasers: LISTING_MIN_TITLES titles or more set aside as teasers (an aggregator's cards, each a title
    over its standfirst) — a listing page, not an article the rules over-reached on."""
    titles = sum(1 for b in blocks if b.reason == "teaser" and not patterns.ends_sentence(b.text))
    return titles >= LISTING_MIN_TITLES


def _running_prose(block: Block) -> bool:
    return _prose(block) and len(split_sentences(block.text)) >= card_rules.RUNNING_PROSE_MIN_SENTENCES


def _prose(block: Block) -> bool:
    """Set aside by a rule (not as the outlet's template), closing a sentence, and no sentence of it site text by its
    own words."""
    if block.kind is not BlockKind.SITE_TEXT or set_aside_as_template(block) or not patterns.ends_sentence(block.text):
        return False
    return not any(
        patterns.site_line_reason(s) or sentence_reasons.site_sentence_reason(s) for s in split_sentences(block.text)
    )
