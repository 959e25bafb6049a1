"""A news API's cut content that only repeats its description (issue 21, helper site25c): in a text the API cut
off (its marker "… [+1234 chars]"), the paragraph the marker closes, when its words up to the cut are the
opening words of an earlier paragraph (the item's description), holds no article text of its own: set aside as
"repeated". The limits are data (pipeline.text.title_rules)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import shape_rules, title_rules

CUT_MARKER = re.compile(shape_rules.CUT_MARKER, re.IGNORECASE)
_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _cut(blocks: Sequence[Block], i: int) -> bool:
    """The block is closed by the API's cut marker: in itself or in the site text right after it."""
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    marked = after is not None and after.kind is BlockKind.SITE_TEXT and CUT_MARKER.search(after.text)
    return bool(marked) or bool(CUT_MARKER.search(blocks[i].text))


def feed_echoes(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    for i, block in enumerate(out):
        if block.kind not in _TEXT_KINDS or not _cut(out, i):
            continue
        words = _words(CUT_MARKER.sub("", block.text))[:-1]  # the last word may be cut
        if len(words) < title_rules.FEED_ECHO_MIN_WORDS:
            continue
        earlier = (_words(b.text) for b in out[:i] if b.kind in _TEXT_KINDS)
        if any(e[: len(words)] == words for e in earlier):
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="repeated")
    return out
