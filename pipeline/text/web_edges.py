"""Site text and bylines of a web page's edges by shape (issue 21, round 5; the expressions are data:
pipeline.text.edge_rules):

byline    an author's box at the top: a person's name on its line and the role under it in lower case
          ("Anna de Vries" / "redacteur Binnenland"), however often the page repeats the box
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import edge_rules as rules
from pipeline.text import patterns
from pipeline.text.shape_rules import TAIL_TEXT_MIN_WORDS

ROLE_LINE = re.compile(rules.ROLE_LINE)
_LINE_KINDS = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.SITE_TEXT)


def running(block: Block) -> bool:
    """A paragraph of running text: long enough, ending a sentence."""
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE)
        and patterns.word_count(block.text) >= TAIL_TEXT_MIN_WORDS
        and patterns.ends_sentence(block.text)
    )


def _sentence(block: Block) -> bool:
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE) and patterns.ends_sentence(block.text)


def author_boxes(blocks: Sequence[Block]) -> list[Block]:
    """At the top (after the first line, above any paragraph ending a sentence), a person's name on its line
    right above a short lower-case role line of two words or more: both are the byline."""
    out = list(blocks)
    end = next((i for i, b in enumerate(out) if _sentence(b)), len(out))
    for i in range(1, end - 1):
        name, role = out[i], out[i + 1]
        if (
            name.kind in _LINE_KINDS
            and role.kind in _LINE_KINDS
            and patterns.is_person_name(name.text.strip())
            and ROLE_LINE.match(role.text.strip())
        ):
            out[i], out[i + 1] = Block(BlockKind.BYLINE, name.text), Block(BlockKind.BYLINE, role.text)
    return out
