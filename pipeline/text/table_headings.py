"""A table's own name over the article's table (helper site40, issue 21; read by repeated_lines.section_headings): a
line the rules set aside as a sports page's menu tab ("Programma en uitslagen", "Stand") once the article's text has
begun, right above the rows of the article's own results or programme — two match lines or more ("FC Twente - FC
Utrecht 1-0", "12.15 uur: NEC - Willem II"), under a day's heading or not ("Zaterdag") — is the heading of that table,
not a tab of the site's menu.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import site40_rules
from pipeline.text.score_boxes import MATCH

KICKOFF_PREFIX = re.compile(site40_rules.KICKOFF_PREFIX, re.IGNORECASE)
DAY_HEADING = re.compile(site40_rules.DAY_HEADING, re.IGNORECASE)
TABLE_MIN_ROWS = 2
TABLE_NAME_MAX_WORDS = 4


def table_heading(blocks: Sequence[Block], index: int) -> bool:
    """The block at `index` is a menu tab's line ("navigation") right above a table's rows: the table's heading."""
    block = blocks[index]
    return (
        block.kind is BlockKind.SITE_TEXT
        and block.reason == "navigation"
        and len(block.text.split()) <= TABLE_NAME_MAX_WORDS
        and _rows_below(blocks, index + 1)
    )


def _rows_below(blocks: Sequence[Block], start: int) -> bool:
    """TABLE_MIN_ROWS match lines from `start` on, a day's heading above them or not."""
    if start < len(blocks) and DAY_HEADING.match(blocks[start].text.strip()):
        start += 1
    rows = blocks[start : start + TABLE_MIN_ROWS]
    return len(rows) == TABLE_MIN_ROWS and all(_row(b) for b in rows)


def _row(block: Block) -> bool:
    text = KICKOFF_PREFIX.sub("", block.text.strip(), count=1)
    return block.kind is not BlockKind.SITE_TEXT and "\n" not in text and bool(MATCH.match(text))
