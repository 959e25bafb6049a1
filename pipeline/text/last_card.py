"""One story card at the text's very end (issue 21, helper site30): a heading with a story's title over a teaser the
page cut off in a word's run ("… vanwege de slechte staat..."; web_rules.CUT_TEASER_END) — a related story's card,
not the article's last section: the article has no other section heading, and its running text stands before the
card, and the teaser is the text's last block. Both set aside as "teaser". Not the title again over its
text cut off (a news API's record: "<title>" / "<content>… [+800 chars]"). A single cut line with no heading over it, or under one of the article's
section headings (after the running text began: the title above it is no section), stays (a quote trailing
off, a column's last words)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text import web_rules as rules
from pipeline.text.page_edges import running_text
from pipeline.text.page_lists import aside

CUT_TEASER_END = re.compile(rules.CUT_TEASER_END)
CARD_TITLE_MIN_WORDS = 5  # a story's title, not a section's word ("Reacties", "Tot slot")
CARD_TEASER_MAX_SENTENCES = 2  # a card's teaser: its first sentence or two, then cut


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def last_card(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    kept = [i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT]
    if len(kept) < 3:
        return out
    title, teaser = out[kept[-2]], out[kept[-1]]
    text = teaser.text.strip()
    card = (
        title.kind is BlockKind.SUBHEADING
        and patterns.word_count(title.text) >= CARD_TITLE_MIN_WORDS
        and teaser.kind is BlockKind.PARAGRAPH
        and bool(CUT_TEASER_END.search(text))
        and len(re.findall(r"[.!?](?=\s)", text)) < CARD_TEASER_MAX_SENTENCES
    )
    begun = next((n for n, i in enumerate(kept) if running_text(out[i])), len(kept))  # the title stands above it
    sections = any(out[i].kind is BlockKind.SUBHEADING for i in kept[begun:-2])
    copy = any(_plain(out[i].text) == _plain(title.text) for i in kept[:-2])  # a news API's content under its title
    if not card or sections or copy or kept[-1] != len(out) - 1 or not running_text(out[kept[-3]]):
        return out
    out[kept[-2]], out[kept[-1]] = aside(title, "teaser"), aside(teaser, "teaser")
    return out
