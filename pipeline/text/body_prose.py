"""Whether a title under a teaser marker opens the article's body (pipeline.text.teasers; aside40): the marker stood
below some of the article's text — its standfirst printed over the page's box ("Meest gelezen") — and the running
prose from the title on, up to the next block set aside, holds more words than all the article's text kept above
it. A box after the article has the article above it, the longer part; its cards' standfirsts are short."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns

_PROSE = (BlockKind.PARAGRAPH, BlockKind.LEDE)


def _words(blocks: Sequence[Block]) -> int:
    return sum(patterns.word_count(b.text) for b in blocks if b.kind in _PROSE)


def body_below(kept: Sequence[Block], blocks: Sequence[Block], index: int) -> bool:
    """The prose from `blocks[index]` to the next site text outweighs the article's text `kept` above it."""
    end = next((i for i in range(index, len(blocks)) if blocks[i].kind is BlockKind.SITE_TEXT), len(blocks))
    return _words(blocks[index:end]) > _words(kept)
