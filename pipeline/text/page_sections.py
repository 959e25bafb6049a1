"""A page's sections after the article, by shape (issue 21, helper site25c); the expressions and limits are data
(pipeline.text.title_rules):

comments  a heading counting the comments ("Reacties (87)", "Comments (12)") above at least
          COMMENT_SECTION_MIN_REPLIES reply buttons ("Reageer"): readers' comments, not the article — everything
          from the heading to the text's end is set aside
teaser    STAMPED_STORIES_MIN_ITEMS lines or more in a row, each a story's title closed by its rubric and date
          ("WhatsApp test een nieuwe functie Nieuws van 20 juli 2023"): a list of other stories
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
    out = list(blocks)
    first_text = next((i for i, b in enumerate(out) if running_text(b)), None)
    if first_text is None:
        return out
    for h in range(first_text + 1, len(out)):
        if not COUNT_HEADING.match(out[h].text.strip()):
            continue
        replies = sum(1 for b in out[h + 1 :] if REPLY_BUTTON.match(b.text.strip()))
        if replies < title_rules.COMMENT_SECTION_MIN_REPLIES:
            continue
        for i in range(h, len(out)):
            if out[i].kind is not BlockKind.SITE_TEXT:
                out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="comments")
        break
    return out


def stamped_stories(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    run: list[int] = []
    for index in range(len(out) + 1):
        block = out[index] if index < len(out) else None
        if block is not None and _stamped(block):
            run.append(index)
            continue
        if len(run) >= title_rules.STAMPED_STORIES_MIN_ITEMS:
            for i in run:
                out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="teaser")
        run = []
    return out


def _stamped(block: Block) -> bool:
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
        and len(block.text.split()) <= title_rules.STAMPED_STORY_MAX_WORDS
        and STAMPED_STORY.search(block.text.strip()) is not None
    )
