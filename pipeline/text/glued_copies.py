"""A text block that says its own opening twice on one line (issue 21, helper site43b; pipeline.text.paragraph_copies
calls this): a page's intro field printed over the body, both flattened onto one line — "Het college stelt … . De
raad … . Het college stelt … . De raad … ." The first copy is the article's, the second is the page's, set aside as
"repeated" (as pipeline.text.paragraph_repeats does for a copy on a line of its own).

By its shape only: the block opens with the same words twice in a row, the first copy at least REPEAT_MIN_WORDS
words long, two sentences or more, ending a sentence, no verse (short clauses: a refrain sung twice), not in quotation
marks; after the second copy the block ends or a new sentence begins (those words stay, a block of their own), not a
third copy (a text said over and over is the writer's). One sentence said twice stays (a chant, a question put again: review41). Linear in the block's words: only the places
where the first word comes back are tried."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.paragraph_repeats import REPEAT_MIN_WORDS

_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)
_WORD = re.compile(r"\S+")
_OPENING_QUOTES = "\"'‘’“”„«‹"
_SENTENCE_START = re.compile(r"[\"'‘“„«(\[]?[A-ZÀ-Ý0-9]")
VERSE_MAX_CLAUSE_WORDS = 5  # as pipeline.text.paragraph_repeats: a song's lines, not a paragraph's prose
_CLAUSE_END = re.compile(r"[,;:.!?…]+(?:\s|$)")


def glued_copies(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with every text block that opens with its own first copy split: the copy kept, the second set
    aside, new words after it a block of their own."""
    out: list[Block] = []
    for block in blocks:
        out.extend(_split(block) if block.kind in _TEXT_KINDS else [block])
    return out


def _split(block: Block) -> list[Block]:
    text = block.text
    if text[:1] in _OPENING_QUOTES or "\n" in text.strip():
        return [block]
    spans = list(_WORD.finditer(text))
    words = [m.group().casefold() for m in spans]
    if len(words) < 2 * REPEAT_MIN_WORDS:
        return [block]
    for half in range(REPEAT_MIN_WORDS, len(words) // 2 + 1):
        if words[half] != words[0] or words[half : 2 * half] != words[:half]:
            continue
        if words[2 * half : 3 * half] == words[:half]:
            return [block]  # said three times or more: a text that repeats itself on purpose, no page's intro field
        first = text[: spans[half - 1].end()]
        second = text[spans[half].start() : spans[2 * half - 1].end()]
        rest = text[spans[2 * half - 1].end() :].strip()
        if _copy(first) and (not rest or _SENTENCE_START.match(rest)):
            pieces = [Block(block.kind, first), Block(BlockKind.SITE_TEXT, second, reason="repeated")]
            return pieces + ([Block(BlockKind.PARAGRAPH, rest)] if rest else [])
    return [block]


def _copy(first: str) -> bool:
    """The first copy is a paragraph's prose: sentences ended, two or more, no verse."""
    if not (patterns.ends_sentence(first) and patterns.has_inner_sentence_end(first)):
        return False
    clauses = [c for c in _CLAUSE_END.split(first) if c.strip()]
    return sum(len(c.split()) for c in clauses) > VERSE_MAX_CLAUSE_WORDS * len(clauses)
