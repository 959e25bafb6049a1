"""A sports liveblog's score and programme box (issue 21, helper site39, written on structure_blind59): the kick-off
times each alone on a line closed by a colon ("12.15 uur:"), each followed by one to SCORE_BOX_MAX_MATCHES lines naming
a match ("FC Twente-Ajax 2-0", "Feyenoord-PEC Zwolle"), SCORE_BOX_MIN_SLOTS times or more in a row. A news site's
widget prints the round this way above its liveblog's entries; an article lists its programme in sentences or with
time and match on one line ("12.15 uur: FC Twente-Ajax"), which stays. Set aside as "scores" (called by
pipeline.text.page_sections.schedules, the page's other programme box). Also a liveblog's score bar without kick-off
times near the text's top (`score_bars`, site43): matches in a row, some played and some not — a round under way."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import mainstream_rules as rules
from pipeline.text.text_ends import running_text

KICKOFF = re.compile(rules.KICKOFF_LINE, re.IGNORECASE)
MATCH = re.compile(rules.MATCH_LINE)
MATCH_SCORE = re.compile(rules.MATCH_SCORE)


def score_boxes(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    index = 0
    while index < len(out):
        end, slots = _box(out, index)
        if slots >= rules.SCORE_BOX_MIN_SLOTS:
            out[index:end] = [_aside(b) for b in out[index:end]]
            index = end
        else:
            index += 1
    return score_bars(out)


def score_bars(blocks: Sequence[Block]) -> list[Block]:
    """A run of match lines near the top (see the module's docstring), played and unplayed mixed: set aside."""
    out = list(blocks)
    above = 0  # blocks of running text above
    index = 0
    while index < len(out) and above <= rules.SCORE_BAR_MAX_TEXT_ABOVE:
        end = index
        while end < len(out) and _line_of(out[end], MATCH):
            end += 1
        played = [bool(MATCH_SCORE.search(b.text.strip())) for b in out[index:end]]
        introduced = index > 0 and out[index - 1].text.rstrip().endswith(":")  # the article's own list (review43)
        if end - index >= rules.SCORE_BAR_MIN_MATCHES and any(played) and not all(played) and not introduced:
            out[index:end] = [_aside(b) for b in out[index:end]]
            return out
        above += running_text(out[index])
        index = max(end, index + 1)
    return out


def _box(blocks: list[Block], start: int) -> tuple[int, int]:
    """Where a box opening at `start` ends (exclusive) and how many kick-off slots with a match it holds (0: no box
    here). The last slot may have no match line after it (its match glued to the next text): in the box, not counted."""
    index, slots = start, 0
    while index < len(blocks) and _line_of(blocks[index], KICKOFF):
        matches = 0
        index += 1
        while index < len(blocks) and matches < rules.SCORE_BOX_MAX_MATCHES and _line_of(blocks[index], MATCH):
            matches += 1
            index += 1
        if not matches:
            break  # a slot with no match under it ends the box (counted in it, not among its slots)
        slots += 1
    return index, slots


def _line_of(block: Block, shape: re.Pattern[str]) -> bool:
    """A block of one line, not set aside, that `shape` (KICKOFF or MATCH) matches."""
    return block.kind is not BlockKind.SITE_TEXT and "\n" not in block.text and bool(shape.match(block.text.strip()))


def _aside(block: Block) -> Block:
    if block.kind is BlockKind.SITE_TEXT:
        return block
    return Block(BlockKind.SITE_TEXT, block.text, reason="scores")
