"""A list of other stories' titles cut short by the page ("Man zakt ineen en overlijdt tijdens voetbal….." /
"Woningbrand in Asigron.." / …; pipeline.text.article calls this): at least TRUNCATED_MIN_ITEMS short items, nearly
all ending in a cut mark (two or more dots, an ellipsis), are a related-stories box, set aside as "teaser". An
article's list ends its items in words or one full stop; one trailing "…" in a quote is no box; a list the
article's text announces with a colon is the article's (chapter titles, a song's lines trailing off)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.list_tails import chapter_tails
from pipeline.text.page_lists import aside

TRUNCATED_MIN_ITEMS = 4  # a box lists several titles
TRUNCATED_SHARE = 0.8  # of its items end in a cut mark
TRUNCATED_MAX_WORDS = 14  # a title's length; a longer item is a sentence of the article
_CUT_MARK = re.compile(r"(?<!…)(?<![.…]\.)(\.\.|…)[.…]*+\s*+$")  # tried only at a run's start: linear (review33)


def truncated_lists(blocks: Sequence[Block]) -> list[Block]:
    """Set aside every list block whose items are cut-short titles (an item's chapter pointer first: list_tails)."""
    blocks = chapter_tails(blocks)
    return [
        aside(block, "teaser") if _cut_titles(block) and not (index and _introduces(blocks[index - 1])) else block
        for index, block in enumerate(blocks)
    ]


def _introduces(block: Block) -> bool:
    """The article's sentence announcing its own list ("Ze lezen samen als een gedicht:"); a box has no such lead-in
    (review31)."""
    return block.kind is not BlockKind.SITE_TEXT and block.text.rstrip().endswith(":")


def _cut_titles(block: Block) -> bool:
    items = [item for item in block.items if item.strip()] if block.kind is BlockKind.LIST else []
    if len(items) < TRUNCATED_MIN_ITEMS:
        return False
    if any(patterns.word_count(item) > TRUNCATED_MAX_WORDS for item in items):
        return False
    return sum(1 for item in items if _CUT_MARK.search(item)) >= TRUNCATED_SHARE * len(items)
