"""A printed page's next article (issue 21; split from pipeline.text.print_edges):

next      a printed page's next article (an e-paper's front page): under an article whose first paragraph opens
          with a print dateline ("ZWOLLE - …", or without its dash: "ZWOLLE De …", site45), a heading over a
          paragraph opening with a dateline printed the same way again (a photo's caption between them; a bare one
          only so: "GGD Gelderland-Midden noemt …" under an article's heading is no dateline, review45), and all
          after it (`next_articles`, site41)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import opening_rules
from pipeline.text.page_lists import aside

PRINT_DATELINES = (re.compile(opening_rules.LEDE_DATELINE), re.compile(opening_rules.BARE_DATELINE))
NEXT_TITLE_MAX_CAPTIONS = 2  # a photo's caption or credit lines between the next article's title and its text
_PROSE_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)


def next_articles(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a printed page's next article set aside ("next_article"): the text's first paragraph opens with
    a print dateline, and further down a heading stands over a paragraph that opens with one again — that heading,
    the next article's title, and everything after it (a paper prints one dateline an article). Not under a section's
    label without a title ("Kort nieuws"): each dated item under its heading is the round-up's (review41); and only on
    an e-paper's page, its masthead (`title_copies`) set aside above the title."""
    out = list(blocks)
    first = next((i for i, b in enumerate(out) if b.kind in _PROSE_KINDS), None)
    dateline = next((d for d in PRINT_DATELINES if first is not None and d.match(out[first].text.strip())), None)
    if first is None or dateline is None:
        return out
    if all(b.kind is BlockKind.SITE_TEXT for b in out[:first]):
        return out  # no title of its own over it, a section's label at most: a round-up of dated items (review41)
    if not any(b.reason == "masthead" for b in out[:first]):
        return out  # only an e-paper's page (its masthead set aside above): a paper's report from several places,
        # or a titled round-up, dates its sections the same way (review41)
    for i in range(first + 1, len(out) - 1):
        if out[i].kind is not BlockKind.SUBHEADING:
            continue
        below = i + 1  # the next article's text, under its photo's caption or credit at most
        while below < min(len(out) - 1, i + 1 + NEXT_TITLE_MAX_CAPTIONS) and out[below].kind is BlockKind.CAPTION:
            below += 1
        captioned = below > i + 1 or dateline is PRINT_DATELINES[0]  # a bare one: under its photo (review45)
        if out[below].kind in _PROSE_KINDS and dateline.match(out[below].text) and captioned:
            return [*out[:i], *(aside(b, "next_article") for b in out[i:])]
    return out
