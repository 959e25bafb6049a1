"""The lede and the article's metadata, after the headline is chosen (pipeline.text.headline;
pipeline.text.article calls both).

lede        the first paragraph of running text
metadata    headline, byline, date and outlet, from the source's metadata or the blocks
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.document import ArticleMeta, Block, BlockKind
from pipeline.text import patterns
from pipeline.text.date_lines import first_date
from pipeline.text.entry_titles import RUNNING_TEXT


def mark_lede(blocks: Sequence[Block]) -> list[Block]:
    """The first paragraph of running text (after the headline) is the lede."""
    blocks = list(blocks)
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.PARAGRAPH and not patterns.is_kicker(block.text):
            blocks[index] = replace(block, kind=BlockKind.LEDE)  # its sentences too
            break
        if block.kind in RUNNING_TEXT:
            break
    return blocks


def article_meta(meta: ArticleMeta, blocks: Sequence[Block]) -> ArticleMeta:
    """The given metadata, completed from the headline, byline, dateline (or date line set aside: pipeline.text.date_lines)
    and site-name blocks."""

    def first(kind: BlockKind, reason: str | None = None) -> str | None:
        return next((b.text for b in blocks if b.kind is kind and (reason is None or b.reason == reason)), None)

    return replace(
        meta,
        headline=first(BlockKind.HEADLINE),
        byline=meta.byline or (first(BlockKind.BYLINE) or "").lstrip("•·-– ") or None,
        published=meta.published or (first_date(blocks) or "").lstrip("•· ") or None,
        outlet=meta.outlet or (first(BlockKind.SITE_TEXT, "site_name") or "").strip(" -–—|•") or None,
    )
