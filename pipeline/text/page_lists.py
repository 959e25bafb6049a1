"""Lists on a saved page (issue 21; the expressions and limits are data: pipeline.text.page_rules) —
pipeline.text.page_dump applies them once the page's head or tail was found:

story list  titles alternating with their clock times, with its heading; not an announced list (its heading ends
            in a colon) nor entries after the body that no page tail follows
share row   a share row's lines and its bare counters, and a button line right after them that no paragraph follows
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import page_rules as rules
from pipeline.text import patterns
from pipeline.text.page_body import body_line

CLOCK_LINE = re.compile(rules.CLOCK_LINE, re.IGNORECASE)
BARE_COUNTER = re.compile(rules.BARE_COUNTER)


def _text(block: Block) -> str:
    return block.text.strip()


def aside(block: Block, reason: str) -> Block:
    """Site text; a liveblog entry's time kept on the block until `_timed` splits it off."""
    if block.kind is BlockKind.SITE_TEXT:
        return block
    return Block(BlockKind.SITE_TEXT, block.text, reason=reason, time=block.time)


def story_lists(blocks: Sequence[Block], last: int | None = None) -> list[Block]:
    """Titles alternating with their clock times ("Vandaag, 19:28", "1:54"; a bare date may be a timeline's),
    two times or more: a list of stories; with its heading right above it, unless that heading ends in a colon
    (an announced list: the article's timeline, "Zo verliep de ochtend:"); none starting after `last` (the
    body's end when no page tail follows it: a liveblog's entries close the text). The structure pass may have read
    such a list as liveblog entries without text: two of them or more in a row are one too, and so is one right
    after a list already set aside."""
    out = list(blocks)
    spans = _runs([i for i, b in enumerate(out) if CLOCK_LINE.match(_text(b))], 2, out)
    entries = [
        i
        for i, b in enumerate(out)
        if b.kind is BlockKind.LIVEBLOG and b.time and patterns.word_count(b.text) <= rules.STORY_TITLE_MAX_WORDS
    ]
    spans += _runs(entries, 1, out)
    bound = len(out) if last is None else last  # below the body with no page tail: the text's own entries
    spans = [(f, e) for f, e in spans if f < bound and (f < 0 or not _text(out[f]).endswith(":"))]
    for first, last in spans:
        if first >= 0 and not _story_title(out[first]):
            first += 1
        if first - 1 >= 0 and list_heading(out[first - 1]):
            first -= 1
        for i in range(max(first, 0), min(last, len(out) - 1) + 1):
            out[i] = aside(out[i], "story_list")
    for i in entries:  # an entry right after a list already set aside (a teaser rule took its start) goes on with it
        if i and out[i - 1].kind is BlockKind.SITE_TEXT and out[i - 1].reason in rules.LIST_REASONS:
            out[i] = aside(out[i], "story_list")
    return out


def _runs(indexes: Sequence[int], step: int, blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """(first, last) of each run of `indexes` `step` apart (a title between two time lines), with the line before
    the run; two times or more; the line after a run of time lines when it is a story's title."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and i - runs[-1][-1] == step and (step == 1 or _story_title(blocks[i - 1])):
            runs[-1].append(i)
        else:
            runs.append([i])
    spans = []
    for run in runs:
        if len(run) < rules.STORY_LIST_MIN_TIMES:
            continue
        last = run[-1] + 1 if step == 2 and run[-1] + 1 < len(blocks) and _story_title(blocks[run[-1] + 1]) else run[-1]
        spans.append((run[0] - 1, last))
    return spans


def _story_title(block: Block) -> bool:
    return (
        block.kind is not BlockKind.SITE_TEXT
        and not body_line(block)
        and 0 < patterns.word_count(_text(block)) <= rules.STORY_TITLE_MAX_WORDS
    ) or block.kind is BlockKind.SITE_TEXT


def label(text: str, max_words: int) -> bool:
    """A short line that ends no sentence (a menu entry, a button, a list's heading): at most `max_words` words."""
    return bool(text) and patterns.word_count(text) <= max_words and not patterns.ends_sentence(text)


def list_heading(block: Block) -> bool:
    return label(_text(block), rules.LIST_HEADING_MAX_WORDS)


def share_rows(blocks: Sequence[Block]) -> list[Block]:
    """A share row's lines and its bare counters (a "1." may number the article's list); a button line right
    after them that no paragraph follows ("Terug naar slideshow"), not a byline."""
    out = list(blocks)
    for i, block in enumerate(out):
        text = _text(block)
        if block.kind is BlockKind.SITE_TEXT or not text:
            continue
        if share_line(text) or BARE_COUNTER.match(text):
            out[i] = aside(block, "share")
            continue
        before = i - 1
        while before > 0 and out[before].kind is BlockKind.BYLINE:  # the row goes on past the author's name
            before -= 1
        after_row = i > 0 and out[before].reason in rules.ROW_REASONS
        following = out[i + 1] if i + 1 < len(out) else None
        menu = label(text, rules.MENU_MAX_WORDS)
        byline = block.kind is BlockKind.BYLINE  # the author's name under a bare dash: the article's (head37)
        if after_row and menu and not byline and not (following is not None and body_line(following)):
            out[i] = aside(block, "share")
    return out


def share_line(text: str) -> bool:
    words = [w.strip(":,.!|()[]").casefold() for w in text.split()]
    words = [w for w in words if w and not BARE_COUNTER.match(w)]  # "Reageer 47 Share 0 Tweet"
    return bool(words) and all(w in rules.SHARE_WORDS for w in words) and any(w in rules.SHARE_VERBS for w in words)
