"""Lines above the title that are a page's slider, never its headline (issue 21, helper head36; used by
pipeline.text.untitled_shapes.not_a_title):

slide_copy      a run of SLIDE_MIN_LINES to SLIDE_MAX_LINES lines shown again right after itself ("Welkom bij
                Gouwestad!", "Gouwestad is de lokale omroep van Gouda...", the two again): a slider's slides, each
                printed twice by the store — a title shown twice has other lines between its copies (a breadcrumb)
continued_line  a line opening with an ellipsis and a word in lower case ("...maar het is ook jouw omroep!"): the
                second half of a slogan above, no title
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block

SLIDE_MIN_LINES = 2
SLIDE_MAX_LINES = 4
CONTINUED = re.compile(r"^(?:\.\.\.|…)\s*[a-zà-ý]")


def _key(block: Block) -> str:
    return " ".join(block.text.casefold().split())


def slide_copy(blocks: Sequence[Block], index: int) -> bool:
    """The line at `index` is in a run of lines that the next lines repeat in the same order (SLIDE_MIN_LINES to
    SLIDE_MAX_LINES lines, as a slider prints its slides twice), or in that repetition."""
    for size in range(SLIDE_MIN_LINES, SLIDE_MAX_LINES + 1):
        for start in range(max(0, index - 2 * size + 1), index + 1):
            if start + 2 * size > len(blocks):
                break
            run = [_key(b) for b in blocks[start : start + size]]
            if len(set(run)) == size and run == [_key(b) for b in blocks[start + size : start + 2 * size]]:
                return True
    return False


def continued_line(text: str) -> bool:
    """A line opening with an ellipsis and a word in lower case: a line's second half, no title."""
    return bool(CONTINUED.match(text.strip()))
