"""A consent dialog's short lines, by their place next to its notice: the site's name standing
above a notice that opens with it ("Sporza" / "Sporza gebruikt cookies …") and the buttons right
after it ("Instellingen", "Alles weigeren"). Short heading-like lines only; everything else stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.shape_rules import DIALOG_MAX_WORDS

_SHORT_KINDS = {BlockKind.PARAGRAPH, BlockKind.SUBHEADING}


def consent_dialogs(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    for index, block in enumerate(out):
        if block.kind not in _SHORT_KINDS or not _short(block.text):
            continue
        after = out[index + 1] if index + 1 < len(out) else None
        before = out[index - 1] if index else None
        if _consent(after) and after.text.casefold().startswith(block.text.strip().casefold() + " "):
            out[index] = Block(BlockKind.SITE_TEXT, block.text, reason="site_name")
        elif _consent(before):
            out[index] = Block(BlockKind.SITE_TEXT, block.text, reason="consent")
    return out


def _short(text: str) -> bool:
    return patterns.word_count(text) <= DIALOG_MAX_WORDS and patterns.is_heading(text)


def _consent(block: Block | None) -> bool:
    return block is not None and block.kind is BlockKind.SITE_TEXT and block.reason == "consent"
