"""Texts exported from press databases (scrape_rules, "press-database exports"): a LexisNexis export's request
header, document counter and fields; an edition list above the headline; a copyright line closing the text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text import scrape_rules as rules
from pipeline.text.page_edges import running_text

_COUNTER = re.compile(rules.LEXIS_COUNTER)
_FIELD = re.compile(rules.LEXIS_FIELD)
_COPYRIGHT = re.compile(rules.CLOSING_COPYRIGHT)
_EDITIONS = re.compile(rules.EDITION_LIST)


def press_exports(blocks: Sequence[Block]) -> list[Block]:
    return _closing_copyright(_edition_list(_lexis(blocks)))


def _aside(block: Block, reason: str = "export") -> Block:
    return Block(BlockKind.SITE_TEXT, block.text, reason=reason)


def _lexis(blocks: Sequence[Block]) -> list[Block]:
    """A LexisNexis document: everything above its counter line and the header lines between the counter and the
    first field set aside; the fields split into label (set aside) and value (headline, byline) or set aside."""
    out = list(blocks)
    counter = next((i for i, b in enumerate(out) if _COUNTER.match(b.text)), None)
    if counter is None:
        return out
    first_field = next((i for i in range(counter, len(out)) if _field(out[i]) is not None), None)
    if first_field is None:
        return out
    result = [_aside(b) for b in out[:first_field]]
    for block in out[first_field:]:
        field = _field(block)
        if field is None:
            result.append(_aside(block) if _COUNTER.match(block.text) else block)  # the next document's counter
            continue
        key, value = field
        if value and key in rules.LEXIS_HEADLINE_KEYS | rules.LEXIS_BYLINE_KEYS:
            label = block.text[: block.text.index(value)].strip()
            kind = BlockKind.HEADLINE if key in rules.LEXIS_HEADLINE_KEYS else BlockKind.BYLINE
            result.extend([Block(BlockKind.SITE_TEXT, label, reason="export"), Block(kind, value)])
        else:
            result.append(_aside(block))
    return result


def _field(block: Block) -> tuple[str, str] | None:
    """(key, value) of an export field line whose key is a known field's, or None."""
    match = _FIELD.match(block.text.strip())
    if not match or match["key"] not in rules.LEXIS_KEYS:
        return None
    return match["key"], (match["value"] or "").strip()


def _edition_list(blocks: Sequence[Block]) -> list[Block]:
    """A list of editions (place names and commas only) above the article's running text."""
    out = list(blocks)
    for i, block in enumerate(out):
        if running_text(block):
            break
        if block.kind is not BlockKind.SITE_TEXT and _EDITIONS.match(block.text.strip()):
            out[i] = _aside(block, "edition")
    return out


def _closing_copyright(blocks: Sequence[Block]) -> list[Block]:
    """The text's last block a copyright line right after the article's text (a paragraph, not a heading: under a
    teaser's title "© Omroep West" is the teaser's photo credit), with running text before."""
    out = list(blocks)
    if (
        len(out) > 2
        and _COPYRIGHT.match(out[-1].text.strip())
        and out[-2].kind in (BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.QUOTE, BlockKind.LIST)
        and not patterns.is_heading(out[-2].text)
        and any(running_text(b) for b in out[:-1])
    ):
        out[-1] = _aside(out[-1], "copyright")
    return out
