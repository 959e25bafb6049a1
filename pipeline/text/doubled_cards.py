"""Cards of the outlet's other stories closing the text that print their title twice (issue 21, site36;
pipeline.text.article calls it with pipeline.text.closing_cards):

doubled_titles    cards that print their title twice or more, with the card's labels between the copies
                  ("<titel>" / "KOP-STAARTBOTSING" / "<titel>" / "<standfirst>"), DOUBLED_CARD_MIN_CARDS of them
                  or more to the text's end (the last perhaps cut off): an article does not print a heading again
                  two lines below it, story after story. The first line may carry the card's label after a
                  separator ("<titel> - Actueel" / "Actueel" / "<titel>"), its standfirst then cut off by the page
                  ("…, maar op... Verder lezen..."); after a first card of TITLE_COPY_MIN_WORDS words (printed_titles.title_sized), a card's
                  title may be shorter (a film's data box: "<titel>" / "<titel>" / "Drama, Thriller …"; site47).
doubled_boxes     above the article's first paragraph of running text, a short heading and right under it a paragraph
                  that opens with that heading again and is cut off by the page ("Agenda Zwolle" / "Agenda Zwolle
                  Concerten 2025 …, Club…"): a box of the page's, its title printed over its cut content (site50);
                  not when no running text follows (the text itself an excerpt under its title), nor when the
                  paragraph goes on from the heading in a sentence of its own (a column's opening, review50)
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns, title_rules
from pipeline.text.closing_cards import CARD_TEXT_KINDS, CUT_BLURB_MAX_WORDS, content_end, cut_off
from pipeline.text.page_lists import aside
from pipeline.text.printed_titles import folded, title_sized
from pipeline.text.text_ends import running_text

DOUBLED_CARD_MIN_CARDS = 2
CARD_LABEL_MAX_WORDS = 4  # a card's label between the copies: its topic in capitals, "Update met video"
CARD_LABELS_MAX = 3
BOX_TITLE_MAX_WORDS = 8  # a box's title over its cut content: a heading's length


def doubled_titles(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the cards with doubled titles that close the text, from the first card's first copy, as "teaser"."""
    out = list(blocks)
    stop = content_end(out)
    cards: dict[int, int | None] = {}  # from a block on: how many cards fill the text to its end (None: not cards)
    for start in range(stop - 1, -1, -1):  # from the end: each card read once, linear
        after = _card_after(out, start, stop)
        rest = None if after is None else 0 if after >= stop else cards.get(after)
        cards[start] = None if rest is None else rest + 1
    first = next(
        (i for i in range(stop) if (cards.get(i) or 0) >= DOUBLED_CARD_MIN_CARDS and title_sized(_norm(out[i].text))),
        None,
    )
    if first is None:
        return out
    return out[:first] + [aside(b, "teaser") for b in out[first:]]


def _card_after(blocks: Sequence[Block], index: int, stop: int) -> int | None:
    """Where the doubled-title card opening at blocks[index] ends (after its copies and its standfirst), or None. The
    last card may be cut off at the text's end, its copy's start among the page's lines set aside after it."""
    end = len(blocks)
    title = _norm(blocks[index].text)
    if blocks[index].kind not in (*CARD_TEXT_KINDS, BlockKind.SITE_TEXT) or not title:
        return None
    last, probe, labelled = None, index + 1, False
    while probe < end and probe - index <= CARD_LABELS_MAX + 1:
        text = _norm(blocks[probe].text)
        affixed = text != title and _labelled_copy(title, text)
        if text == title or affixed or (probe == end - 1 and _cut_copy(text, title)):
            # a copy; at the text's end perhaps cut off (the last card, never alone: two cards at least)
            last, labelled = probe, labelled or affixed
        elif not _label(blocks[probe]):
            break
        probe += 1
    if last is None:
        return None
    after = last + 1
    blurb = after < stop and _blurb(blocks[after])
    if labelled and not (blurb and cut_off(blocks[after].text)):
        return None  # a title with its label after it: a card only over a standfirst the page cut off
    after = after + 1 if blurb else after
    return after + 1 if blurb and after < stop and _read_more(blocks[after]) else after


def _read_more(block: Block) -> bool:
    """The card's link under its standfirst ("→ lees meer"), set aside already: the card ends after it."""
    return block.kind is BlockKind.SITE_TEXT and bool(patterns.LINE_READ_MORE.fullmatch(block.text.strip()))


def _labelled_copy(title: str, text: str) -> bool:
    """The card's first line is its title with the card's label after a separator ("<titel> - Actueel"), `text` the
    title alone."""
    rest = title[len(text) :] if text and title.startswith(text) else ""
    return any(
        rest.startswith(separator) and 0 < patterns.word_count(rest[len(separator) :]) <= CARD_LABEL_MAX_WORDS
        for separator in title_rules.COPY_SEPARATORS
    )


def _cut_copy(text: str, title: str) -> bool:
    return title_sized(text) and title.startswith(text)


def _norm(text: str) -> str:
    return folded(text).casefold()


def _label(block: Block) -> bool:
    return block.kind is BlockKind.SITE_TEXT or patterns.word_count(block.text) <= CARD_LABEL_MAX_WORDS


def _blurb(block: Block) -> bool:
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE) and patterns.word_count(block.text) <= CUT_BLURB_MAX_WORDS
    )


def doubled_boxes(blocks: Sequence[Block]) -> list[Block]:
    """Set aside, above the first paragraph of running text, a box's title and its cut content that opens with the
    title again (see the module docstring), both as "teaser"."""
    out = list(blocks)
    first = next((i for i, b in enumerate(out) if running_text(b) and not cut_off(b.text)), None)  # not the box's
    for i in range(first - 1 if first is not None else 0):
        title, content = out[i], out[i + 1]
        if (
            title.kind in (BlockKind.SUBHEADING, BlockKind.PARAGRAPH)
            and patterns.word_count(title.text) <= BOX_TITLE_MAX_WORDS
            and not patterns.ends_sentence(title.text)
            and content.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE)
            and content.text.startswith(f"{title.text.strip()} ")
            and cut_off(content.text)
            and _box_content(content.text[len(title.text.strip()) :])
        ):
            out[i], out[i + 1] = aside(title, "teaser"), aside(content, "teaser")
    return out


def _box_content(rest: str) -> bool:
    """The box's content after its title again: items of its own (the next opens in a capital or a digit), no
    sentence's end among them — not a column's opening sentence that goes on from its title ("Zomaar een dinsdag" /
    "Zomaar een dinsdag in maart. De zon schijnt, … en dan gaat de telefoon...", review50)."""
    words = rest.split()
    return bool(words) and not words[0][0].islower() and not patterns.has_inner_sentence_end(rest)
