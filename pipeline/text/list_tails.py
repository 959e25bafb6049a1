"""A bulletin's list items closed by the player's chapter pointer (issue 21, helper site43b; pipeline.text.
truncated_lists calls this): "- Op de nieuwe kalender staan vier onopgeloste zaken. 'Er is ons alles aan gelegen …'
(Vanaf 08:57)" — the time the item starts in the broadcast's video, a link the page lost. In a paragraph the sentence
rule sets it aside (site_sentence_rules "video"); in a list item the pointer is cut off the item's end and set aside
as "video", the list split around it (every character stays in one block, in the text's order).

By its shape only: "(Vanaf mm:ss)" or "(vanaf h:mm:ss)" in brackets closing the item, after the item's own words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind

_CHAPTER_TAIL = re.compile(r"(?<=\S)\s+\(\s*(vanaf|from|v\.a\.)\s+(\d{1,2}:)?\d{1,2}:\d{2}\s*\)\s*$", re.IGNORECASE)


def chapter_tails(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with each list item's closing chapter pointer set aside after the list's part that holds it."""
    out: list[Block] = []
    for block in blocks:
        out.extend(_split(block) if block.kind is BlockKind.LIST else [block])
    return out


def _split(block: Block) -> list[Block]:
    lines = block.text.split("\n")
    if len(lines) != len(block.items) or not any(_CHAPTER_TAIL.search(item) for item in block.items):
        return [block]
    pieces: list[Block] = []
    start = 0
    for index, (line, item) in enumerate(zip(lines, block.items)):
        tail = _CHAPTER_TAIL.search(line)
        if tail is None or not _CHAPTER_TAIL.search(item):
            continue
        cut = tail.start()
        kept_lines = [*lines[start:index], line[:cut]]
        kept_items = (*block.items[start:index], item[: _CHAPTER_TAIL.search(item).start()])
        pieces.append(Block(BlockKind.LIST, "\n".join(kept_lines), items=kept_items))
        pieces.append(Block(BlockKind.SITE_TEXT, line[cut:].strip(), reason="video"))
        start = index + 1
    if start < len(lines):
        pieces.append(Block(BlockKind.LIST, "\n".join(lines[start:]), items=tuple(block.items[start:])))
    return pieces
