"""Where a title stands above the text and is repeated before it (pipeline.text.article's repeated lines)."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns, shape_rules


def title_position(blocks: Sequence[Block], begun: int) -> int | None:
    """Where a title stands above the text and is repeated before it (a press archive: the date line and the author
    above the title, the title again under its subtitle): the first block before the running text, not set aside,
    of at least REPEATED_TITLE_MIN_WORDS words and not a person's name — when that very line comes again before
    the running text (a label repeated at the page's end, a box heading repeated lower down are not titles)."""
    first = next(
        (
            i
            for i, b in enumerate(blocks[:begun])
            if b.kind in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
            and patterns.word_count(b.text) >= shape_rules.REPEATED_TITLE_MIN_WORDS
            and not patterns.is_person_name(b.text)
        ),
        None,
    )
    if first is None or not any(b.text.casefold() == blocks[first].text.casefold() for b in blocks[first + 1 : begun]):
        return None
    return first
