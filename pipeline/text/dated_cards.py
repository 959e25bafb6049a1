"""Cards of other stories after a teaser marker ("Het laatste nieuws" / "<titel>" / "2 maart 2026" /
"<standfirst>" / …; pipeline.text.article calls this): when everything after the marker to the text's end is such
cards — a title, its date line, at most one standfirst of any length — at least CARD_MIN_ITEMS of them, the whole
box is site text. A standfirst longer than a teaser's (pipeline.text.teasers stops there) is the next story's
opening, as the date line above it shows; an article's own dated sections are not under a teaser marker."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.page_edges import title_shaped

CARD_MIN_ITEMS = 2  # title + date (+ standfirst) cards after a marker, to the text's end
_TITLE_KINDS = (BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.SITE_TEXT, BlockKind.HEADLINE)
_STANDFIRST_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)


def dated_cards(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the cards after the last teaser marker when they run, card by card, to the text's end."""
    out = list(blocks)
    marker = _last_marker(out)
    if marker is None:
        return out
    aside = marker + 1
    while aside < len(out) and out[aside].kind is BlockKind.SITE_TEXT:  # the part the teaser pass set aside
        aside += 1
    begun = aside > marker + 1 and out[aside - 1].kind is BlockKind.SITE_TEXT  # a card set aside already
    start = aside + 1 if begun and aside < len(out) and _standfirst(out[aside]) else aside  # its standfirst
    if _cards(out, start) + int(begun) < CARD_MIN_ITEMS:
        return out
    for index in range(aside, len(out)):
        out[index] = Block(BlockKind.SITE_TEXT, out[index].text, reason="teaser")
    return out


def _last_marker(blocks: Sequence[Block]) -> int | None:
    for index in range(len(blocks) - 1, -1, -1):
        if blocks[index].kind is BlockKind.SITE_TEXT and patterns.is_teaser_marker(blocks[index].text):
            return index
    return None


def _cards(blocks: Sequence[Block], start: int) -> int:
    """How many title/date(/standfirst) cards fill blocks[start:] exactly; 0 when anything else is there."""
    index, count = start, 0
    while index < len(blocks):
        title = blocks[index]
        if title.kind not in _TITLE_KINDS or not title_shaped(title.text):
            return 0
        if index + 1 >= len(blocks) or blocks[index + 1].kind is not BlockKind.DATELINE:
            return 0
        index += 2
        if index < len(blocks) and _standfirst(blocks[index]):
            index += 1
        count += 1
    return count


def _standfirst(block: Block) -> bool:
    return block.kind in _STANDFIRST_KINDS and patterns.ends_sentence(block.text)
