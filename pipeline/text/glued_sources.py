"""A source credit glued between a page's title and its first sentence (issue 21, helper site43b; pipeline.text.
paragraph_copies calls this): a flattened page runs the title, its "Bron: <name>" line and the text together without
a space — "Een geslaagde editie van De Boer Op in LinschotenBron: Arian LaanOp een stralende zaterdag …". The block
is split in three: the title (a heading, for the headline to be chosen from), the credit set aside as "source", and
the text.

By its shape only, in the text's first block of text: "Bron:" glued to the title's last letter (no space), a name of
one to five words (capitalised, or a name's lower-case particle: "van", "de", "der"), and the text's first word glued
to the name's last letter; the title a heading's length without a sentence's end. "Bron: ANP" inside a sentence,
with its spaces, is left to the other rules."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns

TITLE_MAX_WORDS = 20
_NAME_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'’.-]*"
_GLUED = re.compile(
    rf"(?<=[a-zà-ÿ0-9])(?P<credit>Bron:\s?{_NAME_WORD}(?:\s(?:van|de|der|den|ter|te|{_NAME_WORD})){{0,4}})"
    r"(?<=[a-zà-ÿ.])(?=[A-ZÀ-Ý„“\"‘'])"
)
_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)


def glued_sources(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with the first text block split around a source credit glued between its title and its text."""
    out = list(blocks)
    first = next((i for i, b in enumerate(out) if b.kind in _TEXT_KINDS), None)
    if first is None:
        return out
    block = out[first]
    match = _GLUED.search(block.text)
    if match is None:
        return out
    title, rest = block.text[: match.start()].strip(), block.text[match.end() :].strip()
    if not title or patterns.word_count(title) > TITLE_MAX_WORDS or patterns.ends_sentence(title):
        return out
    if patterns.has_inner_sentence_end(title) or not patterns.ends_sentence(rest):
        return out
    credit = Block(BlockKind.SITE_TEXT, match.group("credit"), reason="source")
    out[first : first + 1] = [Block(BlockKind.SUBHEADING, title), credit, Block(block.kind, rest)]
    return out
