"""A photo's caption above the headline, its credit or icon cut before the bar that opened it (issue 21, site46) —
a page that shows the caption first, the title under it:

    | Het incident vond plaats in de Merchtemsesteenweg.
    Nieuwe schietpartij in Molenbeek: slachtoffer in been geschoten
    JP
    …

Read as a sentence, the caption was taken for the lede and the title under it for a subheading: no headline. By
structure, not by wording: the text's first block that is not site text is a caption when it is one line opening
with a bar, with no other bar on it (a table's row has more), closed as a sentence, and a heading comes next (a
subheading, or a line not closed as a sentence) with running text below it. Left alone: a bar line with no heading
under it (the text starts there), a bar opening a label ("| Redactie": no sentence), a table's row.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.text_ends import running_text

BAR = "|"
_HEADING_KINDS = (BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.LEDE)


def bar_caption(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with the opening bar line read as a caption (see the module docstring); unchanged when they have a
    headline or no such line opens them."""
    blocks = list(blocks)
    if any(b.kind is BlockKind.HEADLINE for b in blocks):
        return blocks
    shown = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT]
    if len(shown) < 3:
        return blocks
    first, heading = blocks[shown[0]], blocks[shown[1]]
    if (
        first.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE)
        and _bar_sentence(first.text)
        and heading.kind in _HEADING_KINDS
        and "\n" not in heading.text.strip()
        and _title(heading.text)
        and any(running_text(b) for b in blocks[shown[2] :])
    ):
        blocks[shown[0]] = Block(BlockKind.CAPTION, first.text)
    return blocks


def _bar_sentence(text: str) -> bool:
    """One line opening with a bar and no other, closed as a sentence of a few words."""
    line = text.strip()
    return (
        "\n" not in line
        and line.startswith(BAR)
        and BAR not in line[1:]
        and patterns.ends_sentence(line)
        and patterns.word_count(line[1:]) >= 3
    )


def _title(text: str) -> bool:
    """A heading's line: not closed as a sentence, or a question or an exclamation as short as a heading ("Wie schoot
    in Molenbeek?", review46)."""
    line = text.strip()
    if not patterns.ends_sentence(line):
        return True
    closed = line.rstrip(patterns.CLOSING_QUOTES + " ")  # as ends_sentence reads it: "… (en waarom?)" is a question
    return closed.endswith(("?", "!")) and patterns.word_count(line) <= patterns.HEADING_MAX_WORDS
