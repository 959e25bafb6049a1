"""A news feed's other items under the article (issue 21, site52): a page saved for one item of a feed — a title, a
paragraph or two of its text — that goes on with the feed's next items as bare paragraphs, no title over them, each
about something else: a school opening in one town, a robbery in another, a comedian's comeback. Set aside as
"teaser": a run of FEED_MIN_ITEMS or more paragraphs closing the text, more of them than the article's own paragraphs
above the run (at most FEED_MAX_ARTICLE_PARAGRAPHS), each of a teaser's length (FEED_ITEM_MIN_WORDS to
FEED_ITEM_MAX_WORDS), none quoting anyone, where every name a paragraph holds (a capitalised word inside a sentence:
a place, a person, an organisation) stands in no other block of the text — and all but one hold a name. An article's
paragraphs come back to its people and places ("Bakker", "de gemeente Zwolle"); a vox pop's speakers quote; a
round-up's items stand under their own headings (a heading breaks the run). Names are compared by their first
NAME_STEM_LETTERS letters ("Amsterdam", "Amsterdamse"). One pass to count the names, one for the run: linear.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.page_lists import aside
from pipeline.text.text_ends import running_text

FEED_MIN_ITEMS = 4
FEED_MAX_ARTICLE_PARAGRAPHS = 3
FEED_ITEM_MIN_WORDS = 15
FEED_ITEM_MAX_WORDS = 70  # a teaser's two or three sentences; longer is the article going on
NAME_STEM_LETTERS = 5
# a capitalised word inside a sentence: after a word that does not close one (no ".", "?", "!" or ":" before it)
_NAME = re.compile(r"(?<=[\w,;)] )[A-ZÀ-Ý][\w'’-]*")
_QUOTE = re.compile(r"[\"“”„«»]|(?:^|\s)['‘’](?=\w)")
_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)


def feed_items(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a feed's items under the article set aside (see the module docstring)."""
    out = list(blocks)
    kept = [i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT]
    opening = next((n for n, i in enumerate(kept) if running_text(out[i])), None)
    if opening is None:
        return out
    start = len(kept)
    while start > opening + 1 and _item_shaped(out[kept[start - 1]]):
        start -= 1  # the article's first paragraph of running text stays above the run
    run = kept[start:]
    if len(run) < FEED_MIN_ITEMS:
        return out
    article = sum(1 for i in kept[:start] if running_text(out[i]))
    if not 1 <= article <= FEED_MAX_ARTICLE_PARAGRAPHS or len(run) <= article:
        return out
    names = [_names(b.text) for b in out]
    counts = Counter(name for found in names for name in found)  # blocks holding each name
    if any(counts[name] > 1 for i in run for name in names[i]):
        return out  # a name the text comes back to: the article going on
    if sum(1 for i in run if not names[i]) > 1:
        return out
    for i in run:
        out[i] = aside(out[i], "teaser")
    return out


def _item_shaped(block: Block) -> bool:
    words = patterns.word_count(block.text)
    return (
        block.kind in _TEXT_KINDS
        and FEED_ITEM_MIN_WORDS <= words <= FEED_ITEM_MAX_WORDS
        and not _QUOTE.search(block.text)
    )


def _names(text: str) -> set[str]:
    """The names `text` holds, each once, by its first NAME_STEM_LETTERS letters, case-folded."""
    return {m.group()[:NAME_STEM_LETTERS].casefold() for m in _NAME.finditer(text)}
