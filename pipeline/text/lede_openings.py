"""Texts that open with their lede, no title above it (issue 21, helper head32b; used by pipeline.text.headline and
pipeline.text.title_shapes): two shapes where a line that is not the title was read as the headline.

intro_first      the text's first block is the article's own opening paragraph introducing what follows — a news
                 round-up's frame set aside as "greeting" ("OOST-SOUBURG - Goedemorgen! … Dit is het nieuws in
                 Zeeland."), or a paragraph opening with its dateline and closed by a colon ("OOST-SOUBURG - … In het
                 nieuws in Zeeland vanmorgen:"): a headline never comes after it, the headings below are the items'
full_stop_shown  a short first line closed by a full stop is the title only with evidence that it is one (see
                 opening_rules, "…and only with evidence"): a dateline or byline under it, the lede below it opening
                 with its own dateline, the line shown again later, or a line in a title's words over running text
                 that does not go on from it
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import opening_rules, patterns

LEDE_DATELINE = re.compile(opening_rules.LEDE_DATELINE)
_TEXT = (BlockKind.PARAGRAPH, BlockKind.LEDE)
_SKIPPED = (BlockKind.SITE_TEXT, BlockKind.CAPTION, BlockKind.BYLINE, BlockKind.DATELINE, BlockKind.TABLE)
_SIGNED = (BlockKind.DATELINE, BlockKind.BYLINE)
_UNDER_TITLE = (BlockKind.SITE_TEXT, BlockKind.CAPTION)  # passed over: site text, a photo's caption


def _first_word(text: str) -> str:
    words = re.findall(r"[\w'’]+", text)
    return words[0] if words else ""


def intro_first(blocks: Sequence[Block]) -> bool:
    """The text's first block (a photo's caption, a byline, a dateline, a table or site text other than a round-up's
    frame passed over) introduces what follows: a round-up's frame (opening_rules.INTRO_REASONS), or a paragraph
    opening with a dateline (opening_rules.LEDE_DATELINE) and closed by opening_rules.INTRO_END. No heading stands
    before it."""
    for block in blocks:
        if block.kind is BlockKind.SITE_TEXT and block.reason in opening_rules.INTRO_REASONS:
            return True
        if block.kind in _SKIPPED:
            continue
        text = block.text.strip()
        return block.kind in _TEXT and bool(LEDE_DATELINE.match(text)) and text.endswith(opening_rules.INTRO_END)
    return False


def _goes_on(block: Block) -> bool:
    """A paragraph that goes on from the line above it: opened by a lower-case word or one pointing back."""
    first = _first_word(block.text)
    return first[:1].islower() or first.casefold() in opening_rules.FULL_STOP_CONTINUERS


def full_stop_shown(blocks: Sequence[Block], index: int) -> bool:
    """The short line at `index`, closed by a full stop, shows itself a title: a dateline or byline under it (the
    next block neither set aside nor a photo's caption), the paragraph below it opening with its own dateline, the
    line shown again later in the text, or a line whose first word opens no sentence of running text
    (opening_rules.FULL_STOP_LEDE_OPENERS) over a paragraph of running text (opening_rules.FULL_STOP_TITLE_TEXT_MIN_WORDS)
    that does not go on from it."""
    line = blocks[index].text.strip()
    if any(patterns.same_line(b.text, line) for b in blocks[index + 1 :]):
        return True
    following = next((b for b in blocks[index + 1 :] if b.kind not in _UNDER_TITLE), None)
    if following is None:
        return False
    if following.kind in _SIGNED or patterns.is_byline(following.text) or patterns.is_dateline(following.text):
        return True
    if following.kind not in _TEXT:
        return False
    if LEDE_DATELINE.match(following.text.strip()):
        return True
    titled = _first_word(line).casefold() not in opening_rules.FULL_STOP_LEDE_OPENERS
    running = patterns.word_count(following.text) >= opening_rules.FULL_STOP_TITLE_TEXT_MIN_WORDS
    return titled and running and not _goes_on(following)
