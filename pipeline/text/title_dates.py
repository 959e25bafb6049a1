"""A saved page's title under its date (helper site29a, issue 21): pipeline.text.page_dump takes the last title-like
line that its date, credit or stamp follows; when none is, the last line right under a date line that is shaped like a
title — a page that prints its date above the title ("16 mrt 2023 18:36" / "Title"), a link's text above the date set
aside already. A title of one word is a long compound ("Bodembeschermingsbeleid"), not a menu's or a section's label.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import page_rules as rules
from pipeline.text import patterns
from pipeline.text.page_lines import LINE_KINDS

ONE_WORD_TITLE_MIN_LETTERS = 15  # a shorter single word under a date is a section's label ("Politiek", "Economie")


def dated_title(blocks: Sequence[Block], index: int) -> bool:
    """The block at `index` stands right under a date line (a DATELINE block) and is shaped like a title: a line of
    the page's own kinds, no sentence's end, a title's number of words or one long word."""
    block = blocks[index]
    text = block.text.strip()
    words = patterns.word_count(text)
    return (
        index > 0
        and blocks[index - 1].kind is BlockKind.DATELINE
        and block.kind in LINE_KINDS
        and not text.rstrip("”’\"' ").endswith((".", ":", ";", "!", "?"))
        and (
            rules.TITLE_MIN_WORDS <= words <= rules.TITLE_MAX_WORDS
            or (words == 1 and sum(ch.isalpha() for ch in text) >= ONE_WORD_TITLE_MIN_LETTERS)
        )
    )
