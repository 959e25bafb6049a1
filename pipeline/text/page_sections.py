"""A page's sections after the article, by shape (issue 21, helper site25c); the expressions and limits are data
(pipeline.text.title_rules):

comments  a heading counting the comments ("Reacties (87)", "Comments (12)") above at least
          COMMENT_SECTION_MIN_REPLIES reply buttons ("Reageer"), each at most COMMENT_REPLY_MAX_GAP blocks after
          the one before (the first at most COMMENT_FIRST_REPLY_MAX_GAP after the heading: sorting controls): readers' comments, not the article — set aside from the
          heading to the last button, and the lines after it up to the next running paragraph (article text
          after quoted reactions stays)
teaser    STAMPED_STORIES_MIN_ITEMS lines or more in a row, each a story's title closed by its rubric and date
          ("WhatsApp test een nieuwe functie Nieuws van 20 juli 2023"), in the page's tail (no running paragraph
          after the run before the comment section or the text's end: cited rulings "Hoge Raad, Beschikking van
          3 juni 2020" between paragraphs stay): a list
          of other stories
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import title_rules
from pipeline.text.page_edges import running_text

STAMPED_STORY = re.compile(title_rules.STAMPED_STORY)
COUNT_HEADING = re.compile(title_rules.COMMENT_COUNT_HEADING, re.IGNORECASE)
REPLY_BUTTON = re.compile(title_rules.COMMENT_REPLY_BUTTON, re.IGNORECASE)


def comment_sections(blocks: Sequence[Block]) -> list[Block]:
    """Linear: a scan from a count heading stops at the first gap too long between reply buttons, so a failed
    scan reads a bounded number of blocks, and the first section found ends the loop."""
    out = list(blocks)
    first_text = next((i for i, b in enumerate(out) if running_text(b)), None)
    if first_text is None:
        return out
    for h in range(first_text + 1, len(out)):
        if not COUNT_HEADING.match(out[h].text.strip()):
            continue
        last = _last_reply(out, h)
        if last is None:
            continue
        end = last + 1
        while end < len(out) and not running_text(out[end]):  # the section's own lines after its last button
            end += 1
        for i in range(h, end):
            if out[i].kind is not BlockKind.SITE_TEXT:
                out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="comments")
        break
    return out


def _last_reply(blocks: Sequence[Block], heading: int) -> int | None:
    """The last of the reply buttons that follow the heading at short intervals, when there are enough of them."""
    replies, last, i = 0, heading, heading + 1
    while i < len(blocks) and i - last <= (
        title_rules.COMMENT_REPLY_MAX_GAP if replies else title_rules.COMMENT_FIRST_REPLY_MAX_GAP
    ):
        if REPLY_BUTTON.match(blocks[i].text.strip()):
            replies, last = replies + 1, i
        i += 1
    return last if replies >= title_rules.COMMENT_SECTION_MIN_REPLIES else None


def stamped_stories(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    tail_from = _tail_starts(out)
    run: list[int] = []
    for index in range(len(out) + 1):
        block = out[index] if index < len(out) else None
        if block is not None and _stamped(block):
            run.append(index)
            continue
        if len(run) >= title_rules.STAMPED_STORIES_MIN_ITEMS and tail_from[run[-1]]:
            for i in run:
                out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="teaser")
        run = []
    return out


def _tail_starts(blocks: Sequence[Block]) -> list[bool]:
    """For each block: no running paragraph after it before the comment section or the text's end."""
    out = [True] * len(blocks)
    clear = True
    for i in range(len(blocks) - 1, -1, -1):
        out[i] = clear
        if blocks[i].reason == "comments":
            clear = True
        elif running_text(blocks[i]):
            clear = False
    return out


def _stamped(block: Block) -> bool:
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
        and len(block.text.split()) <= title_rules.STAMPED_STORY_MAX_WORDS
        and STAMPED_STORY.search(block.text.strip()) is not None
    )
