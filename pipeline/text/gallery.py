"""An image gallery's photo numbers the page kept without its photos (issue 21, round site28; the expressions are
data: pipeline.text.web_rules): bare numbers as lines between the gallery's captions, rising through the text — the
page's residue, site text by its shape, not by its words; the first photo's number glued to the title above them is
cut off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text import web_rules as rules
from pipeline.text.page_lists import aside

NUMBER = re.compile(rf"{rules.GALLERY_NUMBER}(\s+{rules.GALLERY_NUMBER})*")
GLUED_NUMBER = re.compile(rules.GLUED_GALLERY_NUMBER)


def gallery_numbers(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a gallery's numbers set aside ("gallery"): GALLERY_MIN_NUMBERS or more, rising, and every
    block between two of them a caption's sentence (a ranking's names, a figure box's "procent …" are not)."""
    out = list(blocks)
    found = [(i, [int(n) for n in b.text.split()]) for i, b in enumerate(out) if _number_block(b)]
    numbers = [n for _, ns in found for n in ns]
    if len(numbers) < rules.GALLERY_MIN_NUMBERS or any(a >= b for a, b in zip(numbers, numbers[1:])):
        return out
    indexes = [i for i, _ in found]
    if _numbered_list(indexes, numbers):
        return out
    between = [b for i, b in enumerate(out) if indexes[0] < i < indexes[-1] and i not in indexes]
    if not all(_caption(b) for b in between):
        return out
    for i in indexes:
        out[i] = aside(out[i], "gallery")
    return _glued_first(out, indexes[0], numbers[0])


def _numbered_list(indexes: Sequence[int], numbers: Sequence[int]) -> bool:
    """The article's own numbered list (a ranking whose entries are sentences: "1" / "Het Rijksmuseum trok …" / "2"
    / …): 1 to N without a gap, each number over exactly one block. A gallery's numbers skip a photo, follow one
    another where a photo has no caption, or open glued to the title (review28)."""
    return list(numbers) == list(range(1, len(numbers) + 1)) and all(b - a == 2 for a, b in zip(indexes, indexes[1:]))


def _number_block(block: Block) -> bool:
    return block.kind is not BlockKind.SITE_TEXT and bool(NUMBER.fullmatch(block.text.strip()))


def _caption(block: Block) -> bool:
    return block.kind is BlockKind.SITE_TEXT or patterns.ends_sentence(block.text)


def _glued_first(blocks: list[Block], first: int, number: int) -> list[Block]:
    """The number before the gallery's first one glued to the end of the title above it ("… geopend1"), with at most
    one caption between them: cut off."""
    above = [i for i in range(first - 1, -1, -1) if blocks[i].kind is not BlockKind.SITE_TEXT][:2]
    title = next((i for i in above if not patterns.ends_sentence(blocks[i].text)), None)
    if title is None or any(not _caption(blocks[i]) for i in above if i > title):
        return blocks
    text = blocks[title].text.rstrip()
    match = GLUED_NUMBER.search(text)
    if match is None or int(match.group()) != number - 1:
        return blocks
    kept = Block(blocks[title].kind, text[: match.start()])
    return [*blocks[:title], kept, Block(BlockKind.SITE_TEXT, match.group(), reason="gallery"), *blocks[title + 1 :]]
