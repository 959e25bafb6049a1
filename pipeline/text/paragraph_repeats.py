"""A paragraph printed twice in a row, or an intro repeated at the start of the first paragraph (issue 21, stop 38;
tests/data/STRUCTURE_CONVENTIONS.md; pipeline.text.paragraph_copies calls this): the first copy is the article's, the
second is the page's, set aside as "repeated". Where the copy runs straight into new words ("De brug gaat dicht." /
"De brug gaat dicht. Dat meldt de gemeente."), only the copy: the block is split where the first copy ends, which
must be a sentence's end with a new sentence after it.

"In a row": the first copy is the last paragraph (or lede) before the copy, with only blocks that are no text of
their own between them (site text, a byline, a dateline, a caption). Words are compared with white space and case
left out. What stays, by its shape:
- a first copy of fewer than REPEAT_MIN_WORDS words (a stock line, "Lees meer", a label), one that does not end its
  sentence (a page's cut teaser: pipeline.text.teasers.teaser_prefixes), and one in quotation marks (a pull quote,
  a quote printed over the paragraph that holds it);
- a first copy holding a line break, or of clauses of at most VERSE_MAX_CLAUSE_WORDS words on average (a verse, a
  song's refrain printed twice, its lines joined by the reader: "Wij gaan nog niet naar huis, nog lange niet, …");
- a first copy of one sentence, unless it is the intro (the text's first paragraph of running text) and its copy
  runs into new words: one sentence said twice is a chant or a poem's line (review41), or a question put again;
  the intro that the first paragraph opens with is the page's intro field over the body (blind9, blind41).
Linear in the text: each block is compared with the one text block before it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.page_lists import aside
from pipeline.text.text_ends import running_text

REPEAT_MIN_WORDS = 12  # a paragraph's sentence, not a stock line ("Lees meer", a rubric's name: repeated_lines)
LABEL_MAX_WORDS = 3  # a place's label glued before the first copy's own opening, ending in a dash or a colon
_LABEL_ENDS = ("-", "–", "—", ":", "|")
_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)
_BETWEEN = (BlockKind.SITE_TEXT, BlockKind.BYLINE, BlockKind.DATELINE, BlockKind.CAPTION)
_OPENING_QUOTES = "\"'‘’“”„«‹"
_WORD = re.compile(r"\S+")
VERSE_MAX_CLAUSE_WORDS = 5  # a song's or a poem's lines, joined by the reader: clauses this short on average
_CLAUSE_END = re.compile(r"[,;:.!?…]+(?:\s|$)")
# the new words after the copy open a sentence: a capital, a digit, a quotation mark or a bracket
_SENTENCE_START = re.compile(r"[\"'‘“„«(\[]?[A-ZÀ-Ý0-9]")


def paragraph_repeats(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with every copy of the text block before it set aside (a copy running on: split, its copy aside)."""
    intro = next((i for i, b in enumerate(blocks) if running_text(b)), None)
    out: list[Block] = []
    first: Block | None = None  # the text block the next one is compared with
    first_is_intro = False
    for index, block in enumerate(blocks):
        if block.kind in _TEXT_KINDS:
            pieces = _repeat(first, block, intro=first_is_intro) if first is not None else None
            if pieces is None:
                first, first_is_intro = block, index == intro
            elif len(pieces) > 1:  # the new words are the text block the next one is compared with
                first, first_is_intro = pieces[-1], False
            out.extend(pieces or [block])
            continue
        if block.kind not in _BETWEEN:
            first = None
        out.append(block)
    return out


def _repeat(first: Block, block: Block, *, intro: bool) -> list[Block] | None:
    """The block's pieces when it opens with a copy of `first` (see the module docstring), else None."""
    if "\n" in first.text.strip() or not patterns.ends_sentence(first.text):
        return None
    every = first.text.split()
    # the block's words only as far as the first copy reaches, and one more: a long block is not read to its end
    spans = list(islice(_WORD.finditer(block.text), len(every) + 1))
    opening = [m.group().casefold() for m in spans[:REPEAT_MIN_WORDS]]
    # the first copy with a place's label glued before it ("Dokkum - WIERUM - …"): compared from after the label
    skip = next((n for n in range(LABEL_MAX_WORDS + 1) if _after_label(every, n) and _opens(every[n:], opening)), None)
    if skip is None:
        return None
    text = " ".join(every[skip:])
    words = text.casefold().split()
    if len(words) < REPEAT_MIN_WORDS or text[0] in _OPENING_QUOTES or _verse(text):
        return None
    if len(spans) < len(words) or [m.group().casefold() for m in spans[: len(words)]] != words:
        return None
    several = patterns.has_inner_sentence_end(text)
    if len(spans) == len(words):
        return [aside(block, "repeated")] if several else None
    if not (several or intro):
        return None
    cut = spans[len(words) - 1].end()
    rest = block.text[cut:].lstrip()
    if not _SENTENCE_START.match(rest):
        return None
    return [Block(BlockKind.SITE_TEXT, block.text[:cut], reason="repeated"), Block(block.kind, rest)]


def _after_label(words: Sequence[str], skip: int) -> bool:
    """The first `skip` words are a label: none, or a few words ending in a dash or a colon ("Dokkum -")."""
    return skip == 0 or (skip < len(words) and words[skip - 1].endswith(_LABEL_ENDS))


def _opens(words: Sequence[str], opening: Sequence[str]) -> bool:
    """The words open as `opening` does (case left out), over REPEAT_MIN_WORDS words."""
    return len(opening) == REPEAT_MIN_WORDS and [w.casefold() for w in words[:REPEAT_MIN_WORDS]] == list(opening)


def _verse(text: str) -> bool:
    """Short clauses between the commas and the sentences' ends: a verse's lines, not a paragraph's prose."""
    clauses = [c for c in _CLAUSE_END.split(text) if c.strip()]
    return sum(len(c.split()) for c in clauses) <= VERSE_MAX_CLAUSE_WORDS * len(clauses)
