"""A box of other stories under a heading in the interface's language, not the article's (issue 21, round site28): a
German-hosted or English-themed site re-posting Dutch news closes the article with "Related Posts", "Ähnliche
Beiträge" or "Nicht verpassen" over titles, dates, cut teasers and read-more links. The heading — a short line made
only of English or German interface words (pipeline.text.site_words) — after the article's running text, with
two blocks or more after it and none longer than a teaser, opens the page's tail: site text ("teaser") to the text's end.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns, site_words
from pipeline.text.page_edges import running_text
from pipeline.text.teasers import TEASER_MAX_WORDS
from pipeline.text.unrelated import letter_words

HEADING_MAX_WORDS = 4
BOX_MIN_BLOCKS = 2  # blocks below the heading
_INTERFACE = site_words.ENGLISH_INTERFACE_WORDS | site_words.GERMAN_INTERFACE_WORDS
_TEXT = (BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.QUOTE)


def foreign_boxes(blocks: Sequence[Block]) -> list[Block]:
    """The blocks from the first foreign interface heading after the article's running text to the text's end set
    aside ("teaser"), when no block after the heading is longer than a teaser's standfirst."""
    out = list(blocks)
    begun = next((i for i, b in enumerate(out) if running_text(b)), None)
    if begun is None:
        return out
    heading = next((i for i in range(begun + 1, len(out)) if _interface_heading(out[i].text)), None)
    if heading is None or heading + BOX_MIN_BLOCKS >= len(out):
        return out  # a box lists more than one thing
    below = out[heading + 1 :]
    if any(b.kind in _TEXT and patterns.word_count(b.text) > TEASER_MAX_WORDS for b in below):
        return out  # the article goes on below it
    if all(patterns.ends_sentence(b.text) for b in below if b.kind is not BlockKind.SITE_TEXT):
        return out  # a box lists titles; only whole sentences below: an English intertitle's paragraphs (review28)
    out[heading:] = [
        b if b.kind is BlockKind.SITE_TEXT else Block(BlockKind.SITE_TEXT, b.text, reason="teaser")
        for b in out[heading:]
    ]
    return out


def _interface_heading(line: str) -> bool:
    """A short unpunctuated line of two to HEADING_MAX_WORDS words, every word an English or German interface
    word and one of them a box's ("Related Posts", "Ähnliche Beiträge"; not a footer's "Privacy policy")."""
    words = letter_words(line)
    if not 2 <= len(words) <= HEADING_MAX_WORDS or patterns.ends_sentence(line) or line.rstrip().endswith(":"):
        return False
    return all(w in _INTERFACE for w in words) and any(w in site_words.BOX_WORDS for w in words)
