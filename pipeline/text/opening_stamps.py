"""A page's date stamp glued before the opening of the article's text (issue 21, helper site48): the scrape lost the
line break between the page's date line and the first paragraph, so the date opens the text — glued to its first word
("Vrijdag 21 januari 2022Nederland werkt …", "Vrijdag 28 september 2007BIDDINGHUIZEN - …") or before a dash
("06-03-2020 - De gemeenteraad …"); a date and a bar is a metadata row's only under the row (glued_edges.row_dates).
The shape is line_kind_rules.GLUED_STAMP: a full date (with its year) and the text right after it opening with a
capital. Only in the first block of text under the headline (or the text's first, when there is none): further down
a date before a dash is a liveblog's or a chronicle's entry. The date (and its dash) is set aside as "stamp", as a
stamp glued to the title is (pipeline.text.title_line); a date line of its own stays the article's dateline. A date
that opens a sentence ("14 maart 2023 was de dag …") has neither glue nor dash: it stays; so does the first entry
of a chronicle, a timeline or a diary, whose later entries open with a date and a dash too (review48). A place in
title case and a dash before the article's dateline in capitals is the edition's (line_kind_rules.EDITION_PLACE,
"Dokkum - WIERUM - Op …", site51): set aside as "stamp" too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import line_kind_rules, patterns

GLUED_STAMP = re.compile(line_kind_rules.GLUED_STAMP, re.IGNORECASE)
CHRONICLE_ENTRY = re.compile(line_kind_rules.CHRONICLE_ENTRY, re.IGNORECASE)
EDITION_PLACE = re.compile(line_kind_rules.EDITION_PLACE)
_PASSED = (BlockKind.SITE_TEXT, BlockKind.DATELINE, BlockKind.BYLINE, BlockKind.CAPTION)
_TEXT = (BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.SUBHEADING)


def _chronicle(later: Sequence[Block]) -> bool:
    """A later block of text opens with a date and a dash or a colon too (line_kind_rules.CHRONICLE_ENTRY): the text is
    a chronicle, a timeline or a diary ("7 juli 2023 - Het kabinet valt.", "10 juli 2023 - Rutte …"), and its first
    entry's date is the article's."""
    return any(b.kind in _TEXT and CHRONICLE_ENTRY.match(b.text.strip()) for b in later)


def stamp_before_text(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a date stamp glued before the opening of the text cut off and set aside (see the module)."""
    out = list(blocks)
    title = next((i for i, b in enumerate(out) if b.kind is BlockKind.HEADLINE), -1)
    first = next((i for i in range(title + 1, len(out)) if out[i].kind not in _PASSED), None)
    if first is None or out[first].kind not in _TEXT:
        return out
    text = out[first].text.strip()
    match = GLUED_STAMP.match(text) or EDITION_PLACE.match(text)
    if match is None:
        return out
    rest = text[match.end() :].strip()
    if patterns.word_count(rest) < line_kind_rules.GLUED_STAMP_REST_MIN_WORDS or _chronicle(out[first + 1 :]):
        return out
    stamp = Block(BlockKind.SITE_TEXT, match.group("stamp").strip(), reason="stamp")
    out[first : first + 1] = [stamp, Block(out[first].kind, rest)]
    return out
