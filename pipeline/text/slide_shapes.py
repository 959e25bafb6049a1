"""Lines above the title that are a page's slider, never its headline (issue 21, helper head36; used by
pipeline.text.untitled_shapes.not_a_title):

slide_copy      a run of SLIDE_MIN_LINES to SLIDE_MAX_LINES lines shown again right after itself ("Welkom bij
                Gouwestad!", "Gouwestad is de lokale omroep van Gouda...", the two again) with a heading of its own
                below the copies (the title): a slider's slides, each printed twice by the store — a page's header
                stored twice (a title and its deck, its byline or its crumb, twice) has the running text below it
continued_line  a line opening with an ellipsis and a word in lower case ("...maar het is ook jouw omroep!"): the
                second half of a slogan above, no title
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text.page_edges import running_text

SLIDE_MIN_LINES = 2
SLIDE_MAX_LINES = 4
CONTINUED = re.compile(r"^(?:\.\.\.|…)\s*[a-zà-ý]")
_PASSED = frozenset({BlockKind.SITE_TEXT, BlockKind.BYLINE, BlockKind.DATELINE, BlockKind.CAPTION})


def _key(block: Block) -> str:
    return " ".join(block.text.casefold().split())


def slide_copy(blocks: Sequence[Block], index: int) -> bool:
    """The line at `index` is in a run of lines that the next lines repeat in the same order (SLIDE_MIN_LINES to
    SLIDE_MAX_LINES lines, as a slider prints its slides twice), or in that repetition, and a heading follows the
    copies (`_heading_after`)."""
    for size in range(SLIDE_MIN_LINES, SLIDE_MAX_LINES + 1):
        for start in range(max(0, index - 2 * size + 1), index + 1):
            if start + 2 * size > len(blocks):
                break
            run = [_key(b) for b in blocks[start : start + size]]
            if len(set(run)) == size and run == [_key(b) for b in blocks[start + size : start + 2 * size]]:
                return _heading_after(blocks, start + 2 * size)
    return False


def _heading_after(blocks: Sequence[Block], end: int) -> bool:
    """The first block from `end` on that is no site text, byline, date line, caption or continued line is no running
    text: a heading (the title below a slider), not the text under a header stored twice."""
    after = next((b for b in blocks[end:] if b.kind not in _PASSED and not continued_line(b.text)), None)
    return after is not None and not running_text(after)


def continued_line(text: str) -> bool:
    """A line opening with an ellipsis and a word in lower case: a line's second half, no title."""
    return bool(CONTINUED.match(text.strip()))
