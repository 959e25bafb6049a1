"""A site's list of its other items after the article, one title a line with no heading above it (issue 21, round
site28; the numbers are data: pipeline.text.web_rules): a long run of short lines closing the text, many without a
sentence's end — site text by its place and its shape, not by its words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text import web_rules as rules
from pipeline.text.closing_cards import cut_off
from pipeline.text.page_edges import running_text

_LINES = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.DATELINE)
FIGURE_END = re.compile(rules.TITLE_RUN_FIGURE_END)
ANNOUNCED = re.compile(rules.TITLE_RUN_ANNOUNCED, re.IGNORECASE)
# a results table's row: two players' names with their score between them ("James Wade 6-5 Craig Caldwell", audit35)
SCORE_ROW = re.compile(r"(?P<home>[^\d\n]{3,60}?)\s+\d{1,3}\s*[-–]\s*\d{1,3}\s+(?P<away>[^\d\n]{3,60})")


def other_items(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with the closing run of title lines set aside ("other_items"): TITLE_RUN_MIN or more, right after
    a paragraph of running text (site text already set aside may close the text after them, stand among them — a
    menu's link — or between the paragraph and them — a source's label whose link is gone, site33), unless that
    paragraph announces them (a colon, "Dit zijn alle winnaars.": review33b), or they are a table or a list of names,
    or titles with their standfirsts cut off or trailing off (cards: closing_cards.cut_blurb_cards reads them, fix47)."""
    out = list(blocks)
    end = len(out)
    while end and out[end - 1].kind is BlockKind.SITE_TEXT:
        end -= 1
    start = end
    while start and (_title_line(out[start - 1]) or out[start - 1].kind is BlockKind.SITE_TEXT):
        start -= 1
    run = [b for b in out[start:end] if b.kind is not BlockKind.SITE_TEXT]
    if len(run) < rules.TITLE_RUN_MIN or not start or not running_text(out[start - 1]):
        return out
    if out[start - 1].text.rstrip().endswith(":") or ANNOUNCED.search(out[start - 1].text):
        return out  # a list the article announces ("De winnaars:", "Dit zijn alle winnaars van dit jaar.")
    if sum(1 for b in run if _table_row(b.text)) >= rules.TITLE_RUN_TABLE_SHARE * len(run):
        return out  # a table the article prints (results, times)
    if sum(1 for b in run if patterns.is_person_name(b.text.strip())) >= rules.TITLE_RUN_NAMES_SHARE * len(run):
        return out  # the people the article lists (winners, candidates)
    if sum(1 for b in run if cut_off(b.text)) >= rules.TITLE_RUN_CUT_SHARE * len(run):
        return out  # titles over standfirsts that end in "...": cards, the page's or the article's own items
    unstopped = sum(1 for b in run if not patterns.ends_sentence(b.text))
    if unstopped < rules.TITLE_RUN_UNSTOPPED_SHARE * len(run):
        return out
    longer = sum(1 for b in run if patterns.word_count(b.text) > rules.TITLE_RUN_MAX_WORDS)
    if longer > rules.TITLE_RUN_LONGER_SHARE * len(run):
        return out
    out[start:end] = [b if b.kind is BlockKind.SITE_TEXT else _aside(b) for b in out[start:end]]
    return out


def _aside(block: Block) -> Block:
    return Block(BlockKind.SITE_TEXT, block.text, reason="other_items")


def _table_row(text: str) -> bool:
    """A line ending in a figure ("Olst - Wijhe 3-1") or a score between two people's names ("Ben Robb 6-4 Simon
    Whitlock"): a row of a table the article prints."""
    if FIGURE_END.search(text):
        return True
    row = SCORE_ROW.fullmatch(text.strip())
    return bool(row) and patterns.is_person_name(row["home"]) and patterns.is_person_name(row["away"])


def _title_line(block: Block) -> bool:
    """A title's line: short, one line, no colon or comma closing it, opened by a capital or a figure (a poem's lines
    closing the article open lower-case, "een boog van staal", or end in a comma, "Twee minuten lang,": review28)."""
    text = block.text.strip()
    return (
        block.kind in _LINES
        and not text[:1].islower()
        and "\n" not in block.text.strip()
        and patterns.word_count(block.text) <= rules.TITLE_RUN_LONGER_MAX_WORDS
        and not block.text.rstrip().endswith((":", ","))
    )
