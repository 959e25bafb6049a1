"""A paragraph printed again word for word further down the page (issue 21, site36; pipeline.text.article calls
this): a page that shows its story's excerpt, then the story ("<standfirst>" / "<date>" / "<standfirst>" / …), or a
teaser's text again under its card. A paragraph of at least COPY_MIN_WORDS words that repeats an earlier paragraph
exactly is the page's copy, set aside as "repeated"; the first is kept. An article does not repeat a paragraph of
that length word for word (a refrain or a slogan repeated is shorter: pipeline.text.repeated_lines)."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.page_lists import aside

COPY_MIN_WORDS = 15
_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)


def paragraph_copies(blocks: Sequence[Block]) -> list[Block]:
    """Set aside every later copy of a paragraph of COPY_MIN_WORDS words or more."""
    out = list(blocks)
    seen: set[str] = set()
    for index, block in enumerate(out):
        if block.kind not in _TEXT_KINDS or patterns.word_count(block.text) < COPY_MIN_WORDS:
            continue
        text = " ".join(block.text.split())
        if text in seen:
            out[index] = aside(block, "repeated")
        seen.add(text)
    return out
