"""A title under a page's lead-in (issue 21, headline37; used by pipeline.text.headline when no other rule found
a headline): the page's lines above the article — a list of photo names or captions, a section's label, a slogan,
a notice in another language — then a heading of a title's length, and under it (past its byline or date line,
and one deck of no sentence's end) the running text. The heading is the title.

Nothing above it may be the article's own running text in Dutch (a text whose title the scraper dropped opens with
its paragraphs, its first heading an intertitle: no title), and something above it must be no Dutch sentence of a
paragraph (a list of names — photos', sections' — a heading, a caption, a line in another language, a line of no
sentence's end): a short opening paragraph over an intertitle is the text's own opening, not a page's lead-in, and
a list of longer lines may be the text's own points.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from pipeline.document import Block, BlockKind
from pipeline.text import opening_rules, patterns, title_rules
from pipeline.text.language import DUTCH, MIN_CONFIDENCE, detect_language
from pipeline.text.page_edges import running_text
from pipeline.text.programme_titles import programme_title

LEAD_IN_TITLE_MIN_WORDS = (
    3  # a shorter heading under a page's lead-in is a label ("U bent hier" is three: text follows)
)
LEAD_IN_ITEM_MAX_WORDS = 3  # a list of names ("foto kop 7", "PR"); a list of longer lines may be the text's points
_META = (BlockKind.BYLINE, BlockKind.DATELINE)
_PASSED_OVER = (BlockKind.SITE_TEXT, BlockKind.CAPTION, *_META)  # under the title, over its text
_LEAD_IN = (BlockKind.CAPTION, BlockKind.SUBHEADING, BlockKind.TABLE, *_META)


def lead_in_title(blocks: Sequence[Block]) -> int | None:
    """The index of the title under the page's lead-in (see the module docstring), or None; a programme's dated
    title under the page's date stamp too (pipeline.text.programme_titles)."""
    if (dated := programme_title(blocks)) is not None:
        return dated
    marked = False  # a line above that is no Dutch sentence of a paragraph
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.SITE_TEXT:
            continue
        if block.kind is BlockKind.SUBHEADING and marked and _title_over_text(blocks, index):
            return index
        if block.kind is BlockKind.PARAGRAPH and _foreign(block.text):
            marked = True  # "As of June 2017 all Government News …": a notice in another language
        elif block.kind is BlockKind.PARAGRAPH:
            if running_text(block) or patterns.word_count(block.text) > title_rules.OPENING_BLOCK_MAX_WORDS:
                return None  # the article's own text above: a heading below it is an intertitle
            marked = marked or not patterns.ends_sentence(block.text)
        elif block.kind is BlockKind.LIST:
            marked = marked or all(patterns.word_count(item) <= LEAD_IN_ITEM_MAX_WORDS for item in block.items)
        elif block.kind in _LEAD_IN:
            marked = True
        else:
            return None
    return None


def _title_over_text(blocks: Sequence[Block], index: int) -> bool:
    """The heading at `index` has a title's length and no sentence's or announcement's end, and running text under
    it, past its byline, date lines or a photo's caption and one deck of no sentence's end."""
    text = blocks[index].text.rstrip()
    words = patterns.word_count(text)
    if not LEAD_IN_TITLE_MIN_WORDS <= words <= opening_rules.HEADLINE_MAX_WORDS or text.endswith((".", ":")):
        return False
    below = list(islice((b for b in blocks[index + 1 :] if b.kind not in _PASSED_OVER), 2))
    if below and below[0].kind is BlockKind.PARAGRAPH and not patterns.ends_sentence(below[0].text):
        below = below[1:]  # a deck under the title ("Campagne X: de samenleving toont zich solidair")
    return bool(below) and running_text(below[0])


def _foreign(text: str) -> bool:
    found = detect_language(text)
    return found.judged and found.language != DUTCH and found.confidence >= MIN_CONFIDENCE
