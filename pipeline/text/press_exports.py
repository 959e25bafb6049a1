"""Texts exported from press databases (scrape_rules, "press-database exports"): a LexisNexis export's request
header, document counter and fields; an edition list above the headline; a copyright line closing the text. A print
issue's reference line (scrape_rules.ISSUE_FIELDS, set aside as a site line) under the running text or in a list of
its like is the article's ("De vorige edities:" / "Editie 1 - 12 juni 2015" / "Editie 2 - 10 juni 2016", review46):
kept."""

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
_COPYRIGHT_LINE = re.compile(r"^(copyright|©|\(c\))", re.IGNORECASE)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_ISSUE = re.compile(rules.ISSUE_FIELDS, re.IGNORECASE)
_VALUE_KIND = {
    **dict.fromkeys(rules.LEXIS_HEADLINE_KEYS, BlockKind.HEADLINE),
    **dict.fromkeys(rules.LEXIS_BYLINE_KEYS, BlockKind.BYLINE),
    **dict.fromkeys(rules.LEXIS_TEXT_KEYS, BlockKind.PARAGRAPH),
}


def press_exports(blocks: Sequence[Block]) -> list[Block]:
    return _closing_copyright(_edition_list(_lexis(_issue_lists(blocks))))


def _issue_lists(blocks: Sequence[Block]) -> list[Block]:
    """Issue references set aside that are the article's: under its running text (a heading naming an old issue),
    or items of a list, next to another one or under a line ending in a colon (a print page's reference stands
    alone, above the text); kept as the line they were (a date line, a table's row, a paragraph)."""
    out = list(blocks)
    issues = [b.reason == "print" and bool(_ISSUE.match(" ".join(b.text.split()))) for b in out]
    begun = next((i for i, b in enumerate(out) if running_text(b)), len(out))
    for i, block in enumerate(out):
        if not issues[i]:
            continue
        announced = i > 0 and blocks[i - 1].text.rstrip().endswith(":")
        listed = (i > 0 and issues[i - 1]) or (i + 1 < len(out) and issues[i + 1])
        if i > begun or announced or listed:
            text = block.text
            kind = BlockKind.DATELINE if patterns.is_dateline(text) else BlockKind.PARAGRAPH
            out[i] = Block(BlockKind.TABLE if patterns.is_table_line(text) else kind, text)
    return out


def _aside(block: Block, reason: str = "export") -> Block:
    return Block(BlockKind.SITE_TEXT, block.text, reason=reason)


def _lexis(blocks: Sequence[Block]) -> list[Block]:
    """A LexisNexis document: everything above its counter line and the header lines between the counter and the
    first field set aside; the fields split into label (set aside) and value (headline, byline) or set aside."""
    out = list(blocks)
    counter = next((i for i, b in enumerate(out) if _COUNTER.match(b.text)), None)
    if counter is None:
        return out
    fields = [_field(b) if i >= counter else None for i, b in enumerate(out)]
    first_field = next((i for i in range(counter, len(out)) if fields[i] is not None), None)
    if first_field is None:
        return out
    result = [_aside(b) for b in out[:first_field]]
    if not any(f and f[0] in rules.LEXIS_HEADLINE_KEYS for f in fields):
        title = _unlabelled_title(out, counter, first_field)  # the common layout: the headline above the fields
        if title is not None:
            result[title] = Block(BlockKind.HEADLINE, out[title].text)
    for block, field in zip(out[first_field:], fields[first_field:], strict=True):
        if field is None:
            result.append(_aside(block) if _COUNTER.match(block.text) else block)  # the next document's counter
            continue
        key, value = field
        if value and key in rules.LEXIS_ARTICLE_KEYS:
            label = block.text[: block.text.index(value)].strip()
            result.extend([Block(BlockKind.SITE_TEXT, label, reason="export"), Block(_VALUE_KIND[key], value)])
        else:
            result.append(_aside(block))
    return result


def _unlabelled_title(blocks: Sequence[Block], counter: int, first_field: int) -> int | None:
    """The last header line above the fields with three words or more and a lower-case letter, not a copyright line
    (the outlet and the date lines come first)."""
    for i in range(first_field - 1, counter, -1):
        text = blocks[i].text.strip()
        words = text.split()
        dated = bool(_YEAR.search(text)) and len(words) <= rules.LEXIS_DATE_LINE_MAX_WORDS
        if (
            len(words) >= rules.LEXIS_TITLE_MIN_WORDS
            and any(c.islower() for c in text)
            and not dated
            and not _COPYRIGHT_LINE.match(text)
        ):
            return i
    return None


def _field(block: Block) -> tuple[str, str] | None:
    """(key, value) of an export field line whose key is a known field's, or None."""
    match = _FIELD.match(block.text.strip())
    if not match or match["key"] not in rules.LEXIS_KEYS:
        return None
    return match["key"], (match["value"] or "").strip()


def _edition_list(blocks: Sequence[Block]) -> list[Block]:
    """A list of editions (place names and commas only) above the title: nothing but site text above it, a heading
    right after it before the article's running text, and no line announcing a list (review26b: "Deze plaatsen
    zitten zonder stroom:", a headline of four riders' names, a list under a subheading are the article's)."""
    out = list(blocks)
    begun = next((i for i, b in enumerate(out) if running_text(b)), len(out))
    for i, block in enumerate(out[:begun]):
        if block.kind is BlockKind.SITE_TEXT or not _EDITIONS.match(block.text.strip()):
            continue
        before = [b for b in out[:i] if b.kind is not BlockKind.SITE_TEXT]
        after = [b for b in out[i + 1 : begun] if b.kind is not BlockKind.SITE_TEXT]
        if not before and after and patterns.is_heading(after[0].text):
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
