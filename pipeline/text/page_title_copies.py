"""A saved page's title line that is not the title its lists repeat (pipeline.text.page_dump): its first copy kept
above it as the text's opening heading, or a photo's alt text printed again right below as a caption."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns

_META = (BlockKind.SITE_TEXT, BlockKind.BYLINE, BlockKind.DATELINE)  # above the title's first copy: no other text


def copy_above(blocks: Sequence[Block], index: int) -> bool:
    """The line's very text kept above it as the text's opening heading (only site text or metadata above it), only
    the page's metadata between (a byline, a date line; title_copies set the copy aside: "<title>" / "door" /
    "<title>", blind37): that first copy is the title. Under a breadcrumb's kept lines the copy is the title
    (site25)."""
    text = " ".join(blocks[index].text.split())
    above = index - 1
    while above >= 0 and blocks[above].kind in _META[1:]:
        above -= 1
    heading = above >= 0 and blocks[above].kind in (BlockKind.SUBHEADING, BlockKind.HEADLINE)
    opening = all(b.kind in _META for b in blocks[: max(above, 0)])
    return heading and opening and " ".join(blocks[above].text.split()) == text


def alt_text(blocks: Sequence[Block], index: int) -> bool:
    """Printed again right below as a caption (line_groups.doubled_caption): a photo's alt text, no title (site49)."""
    below = blocks[index + 1 : index + 2]
    return bool(below) and below[0].kind is BlockKind.CAPTION and patterns.same_line(below[0].text, blocks[index].text)
