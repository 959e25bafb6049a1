"""A caption printed again right under itself (issue 21, site46b; pipeline.text.caption_credits calls this once the
credits are cut off): a photo's caption that the page prints twice or more in a row — its alt text, its title
attribute and its visible caption, each a line of its own — is the article's once; each later copy is the page's,
set aside as "repeated" (tests/data/STRUCTURE_CONVENTIONS.md: a paragraph printed twice in a row). A copy is the same
words (case and white space aside), with only site text between (a credit cut off the caption). The first copy must
be a caption (it carried a credit) of COPY_MIN_WORDS words or more (a name or a label printed twice is a heading's
or a tag's); a line printed again with no credit is left to pipeline.text.paragraph_repeats and repeated_lines (a
chant, a refrain, a question put again). (A line printed three times or more without a credit was tried as well: it
changed no labelled set, so it was left out, site46b.)"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind

_COPIES = (BlockKind.CAPTION, BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
COPY_MIN_WORDS = 4  # a caption says what the picture shows; a name or a label printed twice ("Het stadhuis") stays


def caption_repeats(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with each later copy of a caption printed in a row set aside (see the module docstring)."""
    out = list(blocks)
    runs = _runs(out)
    for run in runs:
        first = out[run[0]]
        if len(first.text.split()) < COPY_MIN_WORDS:
            continue
        if first.kind is BlockKind.CAPTION:
            for i in run[1:]:
                out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="repeated")
    return out


def _runs(blocks: Sequence[Block]) -> list[list[int]]:
    """The indexes of each run of two or more copies of one text in a row (site text between them aside)."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, block in enumerate(blocks):
        if block.kind is BlockKind.SITE_TEXT and block.reason != "repeated":
            continue
        if current and block.kind in _COPIES + (BlockKind.SITE_TEXT,) and _words(block) == _words(blocks[current[0]]):
            current.append(i)
            continue
        if len(current) >= 2:
            runs.append(current)
        current = [i] if block.kind in _COPIES else []
    if len(current) >= 2:
        runs.append(current)
    return runs


def _words(block: Block) -> str:
    return " ".join(block.text.casefold().split())
