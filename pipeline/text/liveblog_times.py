"""A liveblog's timestamps (split from pipeline.text.structure): a text with LIVEBLOG_MIN_TIMES lines or more that
are, or start with, a timestamp is a liveblog, and each timestamp opens an entry (with the heading that follows it);
otherwise a timestamp is a dateline.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns

_RUNNING_TEXT = (BlockKind.PARAGRAPH, BlockKind.LIST, BlockKind.QUOTE)
LIVEBLOG_MIN_TIMES = 2  # fewer timestamps than this: a dateline, not a liveblog


def is_liveblog(lines: Sequence[str]) -> bool:
    """Two or more lines that are, or start with, a timestamp."""
    return sum(1 for line in lines if time_of(line)) >= LIVEBLOG_MIN_TIMES


def time_of(line: str) -> str | None:
    """The liveblog timestamp a line is or starts with."""
    if patterns.is_timestamp(line):
        return line
    match = patterns.TIMESTAMP_PREFIX.match(line)
    return match.group(0).strip() if match else None


def attach_timestamps(blocks: Sequence[Block], *, liveblog: bool) -> list[Block]:
    """In a liveblog, each timestamp opens an entry (with the heading that follows it, if any);
    otherwise — and above the article's first running text, unless a heading follows — a
    timestamp is a dateline."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        following = blocks[index] if index < len(blocks) else None
        heading = following is not None and following.kind is BlockKind.SUBHEADING
        if block.kind is not BlockKind.DATELINE or block.time is None:
            out.append(block)
        elif not liveblog or not (heading or any(b.kind in _RUNNING_TEXT for b in out)):
            out.append(Block(BlockKind.DATELINE, block.text))
        elif heading:
            out.append(Block(BlockKind.LIVEBLOG, following.text, time=block.time))
            index += 1
        else:
            out.append(Block(BlockKind.LIVEBLOG, "", time=block.time))
    return out
