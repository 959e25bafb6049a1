"""Where a saved page's article is (issue 21, round 8; the limits are data: pipeline.text.page_rules): whether a
source is shaped like a page saved one line per element, and the body — the run of running-text paragraphs with
the most text (paragraphs a few blocks apart are one run; a later part of two paragraphs or more after a bigger
widget too). pipeline.text.structure and pipeline.text.page_dump use them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import page_rules as rules
from pipeline.text import patterns
from pipeline.text.page_lines import TEXT_KINDS

RELATIVE_TIME = re.compile(rules.RELATIVE_TIME, re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n+")


def _text(block: Block) -> str:
    return block.text.strip()


def page_shaped(source: str) -> bool:
    """A source with a chunk of lines that are blocks (see lines_are_blocks)."""
    return any(
        lines_are_blocks([c for c in (" ".join(line.split()) for line in chunk.split("\n")) if c])
        for chunk in _BLANK_LINES.split(source)
    )


def lines_are_blocks(lines: Sequence[str]) -> bool:
    """A chunk whose every line is a block of its own (a page saved one line per element): many lines, some
    of them running text longer than any hard-wrapped line."""
    if len(lines) < rules.PAGE_MIN_LINES:
        return False
    return sum(1 for line in lines if len(line) > rules.PAGE_LONG_LINE_CHARS) >= rules.PAGE_MIN_LONG_LINES


# an intertitle's shape: up to three words, the last a content word of five letters or more, no closing sign (audit35)
INTERTITLE_MAX_CHARS = 40
INTERTITLE = re.compile(r"(?:[\w'-]+\s+){0,2}[^\W\d_]{5,}")
FIRST_SENTENCE = re.compile(r".*?(?:[.!?](?=\s)|$)", re.DOTALL)


def body_line(block: Block) -> bool:
    """A paragraph of running text that is no story's card (a card opens with its relative time)."""
    text = _text(block)
    return (
        block.kind in TEXT_KINDS
        and patterns.word_count(text) >= rules.BODY_MIN_WORDS
        and patterns.ends_sentence(text)
        and not RELATIVE_TIME.match(text)
    )


def body_span(blocks: Sequence[Block]) -> tuple[int, int] | None:
    """The first and last index of the run of body paragraphs with the most characters (a question closing it
    right above site text is a widget's lead)."""
    runs: list[list[int]] = []
    for i, block in enumerate(blocks):
        if not body_line(block):
            continue
        if runs and _gap(blocks[runs[-1][-1] + 1 : i]) <= rules.BODY_GAP_MAX_CHARS:
            runs[-1].append(i)
        else:
            runs.append([i])
    if not runs:
        return None
    best = max(range(len(runs)), key=lambda r: sum(len(blocks[i].text) for i in runs[r]))
    first, last = best, best
    while first > 0 and _joins(blocks, runs[first - 1], runs[first], runs[first - 1]):
        first -= 1
    while last + 1 < len(runs) and _joins(blocks, runs[last], runs[last + 1], runs[last + 1]):
        last += 1
    body = [i for run in runs[first : last + 1] for i in run]
    if len(body) > 1 and _widget_lead(blocks, body[-1]):
        body.pop()
    return body[0], body[-1]


def _joins(blocks: Sequence[Block], before: list[int], after: list[int], other: list[int]) -> bool:
    """Another run of two body paragraphs or more, a longer gap away (a big widget in the article): the
    article's too."""
    return (
        len(other) >= rules.BODY_PART_MIN_LINES and _gap(blocks[before[-1] + 1 : after[0]]) <= rules.BODY_FAR_GAP_CHARS
    )


def _widget_lead(blocks: Sequence[Block], index: int) -> bool:
    """A question closing the run right above site text ("Wil je op de hoogte blijven …?" over a follow
    button): the widget's lead, not the body's."""
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    question = _text(blocks[index]).rstrip("”’\"' ").endswith("?")
    return question and following is not None and following.kind is BlockKind.SITE_TEXT


def _gap(blocks: Sequence[Block]) -> int:
    """The characters between two body paragraphs, not counting captions (a photo viewer's) or paragraphs of
    text that lost their full stop."""
    return sum(len(b.text) + 1 for b in blocks if b.kind is not BlockKind.CAPTION and not _cut_text(b))


def _cut_text(block: Block) -> bool:
    text = _text(block)
    return (
        block.kind in TEXT_KINDS
        and patterns.word_count(text) >= rules.CUT_TEXT_MIN_WORDS
        and not RELATIVE_TIME.match(text)
    )


def echoed_headings(blocks: Sequence[Block]) -> list[Block]:
    """A lower-case line set aside as a label ("werktitel") between two body paragraphs, every word of it named by
    the paragraph below (running text, or a long one cut off): a heading styled in lower case, not a tag link or
    a logo's alt text (site32); and a related list's heading that is an intertitle (`echoed_intertitle`). Such a line
    opening the text right above its running text is the item's title (`_lower_title`, aside37)."""
    out = list(blocks)
    if _lower_title(out):
        out[0] = Block(BlockKind.HEADLINE, out[0].text)
    for i in range(1, len(out) - 1):
        block, below = out[i], out[i + 1]
        if block.kind is not BlockKind.SITE_TEXT:
            continue
        if block.reason == "teaser" and echoed_intertitle(out, i):
            out[i] = Block(BlockKind.SUBHEADING, block.text)
        if block.reason != "label" or not patterns.is_lower_label(block.text):
            continue
        text_below = body_line(below) or _cut_text(below)  # the paragraph below may be cut off (a page store's cut)
        if body_line(out[i - 1]) and text_below and all(_names(below.text, w) for w in block.text.split()):
            out[i] = Block(BlockKind.SUBHEADING, block.text)
    return out


def _lower_title(blocks: Sequence[Block]) -> bool:
    """The text opens with a lower-case line set aside as a label right above its running text, every word of it
    named by that paragraph ("vakbondshuizen" above "… de locaties van de vakbondshuizen …"): the item's title in
    lower case (aside37), not a tag link (above a title) nor a logo's alt text (its words not the text's)."""
    if len(blocks) < 2 or blocks[0].reason != "label" or not patterns.is_lower_label(blocks[0].text):
        return False
    below = blocks[1]
    return body_line(below) and all(_names(below.text, w) for w in blocks[0].text.split())


def echoed_intertitle(blocks: Sequence[Block], i: int) -> bool:
    """Block `i` is a short line of a related list's heading's words ("Populair", "Meer van hetzelfde") between two
    body paragraphs, its last word named by the first sentence below: an intertitle, not a list's heading (audit35)."""
    if not 0 < i < len(blocks) - 1 or blocks[i].kind not in (BlockKind.SUBHEADING, BlockKind.SITE_TEXT):
        return False
    text, below = blocks[i].text.strip(), blocks[i + 1]
    if (
        len(text) > INTERTITLE_MAX_CHARS
        or not INTERTITLE.fullmatch(text)
        or patterns.site_line_reason(text) != "teaser"
    ):
        return False
    return heads_paragraph(text.split()[-1], blocks[i - 1], below)


def heads_paragraph(word: str, above: Block, below: Block) -> bool:
    """A short line ending in `word`, between two body paragraphs, heads the one below when its first sentence names
    that word: the paragraph's heading, not a box's ("Populair" over "… populair …", audit35; a promotion's
    "Sponsors" over "De club zoekt nog sponsors …", xfail48 — pipeline.text.announced). The one owner of the rule."""
    first = FIRST_SENTENCE.match(below.text.strip())  # matches always (up to the first sentence's end, or the text's)
    return bool(first) and _names(first[0], word) and body_line(above) and body_line(below)


def _names(text: str, word: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE))
