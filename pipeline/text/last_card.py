"""One story card at the text's very end (issue 21, helper site30): a heading with a story's title over a teaser the
page cut off in a word's run ("… vanwege de slechte staat..."; web_rules.CUT_TEASER_END) — a related story's card,
not the article's last section: the article has no other section heading, and its running text stands before the
card, and the teaser is the text's last block. Both set aside as "teaser". Not the title again over its
text cut off (a news API's record: "<title>" / "<content>… [+800 chars]"). A single cut line with no heading over it, or under one of the article's
section headings (after the running text began: the title above it is no section), stays (a quote trailing
off, a column's last words).

`boxed_last_cards` (site37, blind37): the cards of other articles closing the page right under a box's heading set
aside already (as interface, navigation or a link: "Check Also", "Related Posts"; or a teaser marker alone: "Lees
ook"), at most BOXED_CARDS_MAX: each a story's title and its teaser cut off ("… voor mensen ..."), two blocks, or one
block of both when the title's line ran on into the teaser's (no mark at the title's end); but for one card of two
blocks under a box's heading, each teaser cut at a word's end, the ellipsis after a space (a writer's trails off glued
to the last word: "… al maanden…", review46); one card of two blocks alone has a story's title (CARD_TITLE_MIN_WORDS
words, or its subject named again below: "Hoe nu verder" over "… al maanden ..." is the article's section, fix49). The page's name line under them
(a short last line of no sentence's end: a name and its tagline) goes with them as "site_name"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text import web_rules as rules
from pipeline.text.page_edges import running_text
from pipeline.text.page_lists import aside, label

CUT_TEASER_END = re.compile(rules.CUT_TEASER_END)
# a teaser cut by the page at a word's end, the ellipsis after a space ("… Antwerpen 2026, dat …"); a writer's own
# trails off glued to the last word ("… al maanden…", review46)
CUT_AT_WORD = re.compile(r"\s(\.\.\.|…)\s*$")
CARD_TITLE_MIN_WORDS = 5  # a story's title, not a section's word ("Reacties", "Tot slot")
CARD_TEASER_MAX_SENTENCES = 2  # a card's teaser: its first sentence or two, then cut
CARD_TITLE_MAX_WORDS = 12  # a boxed card's title on its own line (pipeline.text.outlet_notes' embedded cards' too)
CARD_TEASER_MAX_WORDS = 40
CARD_FOOTER_MAX_WORDS = 8  # the page's name line (a name and its tagline) closing the text under the cards
BOXED_CARDS_MAX = 4
CARD_SUBJECT_MIN_LETTERS = 5  # a one-block card's title and teaser share a word this long (a name, a subject)
_BOX_HEADINGS = ("interface", "navigation", "link")
_BOX_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.SUBHEADING, BlockKind.CAPTION)
_SENTENCE_ENDS = (".", "!", "?", ":", "…")


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


def boxed_last_cards(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the cards closing the text under a box's heading, and the page's name line under them (see the
    module docstring)."""
    out = list(blocks)
    kept = [i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT]
    footer = _card_footer(out, kept)
    cards = _boxed_cards(out, kept[:-1] if footer is not None else kept)
    if not cards:
        return out
    for index in cards:
        out[index] = aside(out[index], "teaser")
    if footer is not None:
        out[footer] = aside(out[footer], "site_name")
    return out


def _boxed_cards(out: Sequence[Block], kept: Sequence[int]) -> list[int]:
    """The blocks of the cards closing `kept`, one card after another up to the box's heading right above the first,
    article text above that; [] when they reach no such heading. But one card of a title and its teaser under a box's
    heading (as site37 found them), each teaser cut at a word's end (CUT_AT_WORD)."""
    cards: list[tuple[int, ...]] = []
    end = len(kept)
    for _ in range(BOXED_CARDS_MAX):
        card = _card_at(out, kept[:end])
        if card is None:
            return []
        cards.append(card)
        end -= len(card)
        above = out[card[0] - 1]
        if above.kind is BlockKind.SITE_TEXT:
            heading = above.reason in _BOX_HEADINGS or patterns.is_teaser_marker(above.text)
            lone = len(cards) == 1 and len(card) == 2
            if lone and not _story_title(out[card[0]].text, out[card[1]].text):
                return []  # the article's last section alone: a section's heading ("Hoe nu verder"), no story's title
            lone = lone and above.reason in _BOX_HEADINGS  # outlet_notes' card (site37)
            cut = lone or all(CUT_AT_WORD.search(out[c[-1]].text) for c in cards)
            return [i for c in cards for i in c] if heading and cut and end >= 1 else []
        if end < 1 or kept[end - 1] != card[0] - 1:
            return []
    return []


def _card_at(out: Sequence[Block], kept: Sequence[int]) -> tuple[int, ...] | None:
    """The last kept blocks when they are a card: a title (at most CARD_TITLE_MAX_WORDS words, no sentence's end) and
    its cut-off teaser, or one block of both (at most CARD_TITLE_MAX_WORDS + CARD_TEASER_MAX_WORDS words) ending in
    the cut, one sentence (no sentence's end inside it: the text is segmented once, for translation): the title ran
    on into the teaser's first sentence, cut before its end, the teaser naming the title's subject again (_names_again; a paragraph of sentences trailing off, "… al vaker gehoord. Wordt
    vervolgd…", or a column's last sentence, "… viel in de hele zaal het licht uit ...", is the article's, review46)."""
    if len(kept) >= 2 and kept[-1] == kept[-2] + 1 and label(out[kept[-2]].text, CARD_TITLE_MAX_WORDS):
        card, limit = (kept[-2], kept[-1]), CARD_TEASER_MAX_WORDS
    elif kept and not patterns.has_inner_sentence_end(out[kept[-1]].text) and _names_again(out[kept[-1]].text):
        card, limit = (kept[-1],), CARD_TITLE_MAX_WORDS + CARD_TEASER_MAX_WORDS
    else:
        return None
    teaser = out[kept[-1]].text.rstrip()
    cut = teaser.endswith(("...", "…")) and patterns.word_count(teaser) <= limit
    return card if cut and all(out[i].kind in _BOX_TEXT_KINDS for i in card) else None


def _story_title(title: str, teaser: str) -> bool:
    """A card's title: CARD_TITLE_MIN_WORDS words or more, or its teaser names its subject again (a word of
    CARD_SUBJECT_MIN_LETTERS letters opening one of the teaser's: "Tafeltennis …" / "Tafeltennisvereniging …")."""
    subjects = [w.casefold() for w in re.findall(r"\w+", title) if len(w) >= CARD_SUBJECT_MIN_LETTERS]
    named = [w.casefold() for w in re.findall(r"\w+", teaser)]
    long = patterns.word_count(title) >= CARD_TITLE_MIN_WORDS
    return long or any(w.startswith(s) for s in subjects for w in named)


def _names_again(text: str) -> bool:
    """A word of CARD_SUBJECT_MIN_LETTERS letters or more twice in the text: a card's teaser naming its title's subject
    again ("Nieuwe directeur voor het stadstheater in Deventer … Het stadstheater in Deventer heeft …")."""
    words = [w.casefold() for w in re.findall(r"\w+", text) if len(w) >= CARD_SUBJECT_MIN_LETTERS]
    return len(set(words)) < len(words)


def _card_footer(out: Sequence[Block], kept: Sequence[int]) -> int | None:
    """The text's last kept block when it is a page's name line closing it (at most CARD_FOOTER_MAX_WORDS words, no
    sentence's end, a text kind), right under another kept block: the cards' place when they stand there."""
    if len(kept) < 3 or kept[-1] != kept[-2] + 1:
        return None
    last = out[kept[-1]]
    text = last.text.strip()
    short = patterns.word_count(text) <= CARD_FOOTER_MAX_WORDS and "\n" not in text
    return kept[-1] if short and last.kind in _BOX_TEXT_KINDS and not text.endswith(_SENTENCE_ENDS) else None
