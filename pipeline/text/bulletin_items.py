"""A news bulletin's page (helper site40, issue 21): the programme's standing lead-in above its items ("De onderwerpen
van L1NWS:", mainstream_rules' "rubric"), then two headings or more, each over its item's text — the bulletin's items,
and no title of the page's above them: the first item's heading is no headline (pipeline.text.headline)."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import mainstream_rules, patterns

# the lead-in's rule as patterns.SITE_LINES compiled it (not compiled a second time)
LEAD_IN = next(p for _, p in patterns.SITE_LINES if p.pattern == dict(mainstream_rules.SITE_LINES)["rubric"])
BULLETIN_MIN_ITEMS = 2
_ABOVE = (BlockKind.SITE_TEXT, BlockKind.DATELINE, BlockKind.BYLINE, BlockKind.CAPTION)


def bulletin_items(blocks: Sequence[Block]) -> bool:
    """The lead-in set aside above the first heading, and BULLETIN_MIN_ITEMS headings or more from there on."""
    first = next((i for i, b in enumerate(blocks) if b.kind not in _ABOVE), None)
    if first is None or blocks[first].kind is not BlockKind.SUBHEADING:
        return False
    lead_in = any(b.kind is BlockKind.SITE_TEXT and LEAD_IN.search(b.text.strip()) for b in blocks[:first])
    return lead_in and sum(1 for b in blocks[first:] if b.kind is BlockKind.SUBHEADING) >= BULLETIN_MIN_ITEMS
