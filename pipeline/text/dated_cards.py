"""Cards of other stories after a teaser marker ("Het laatste nieuws" / "<titel>" / "2 maart 2026" /
"<standfirst>" / …; pipeline.text.article calls this): when everything after the marker to the text's end is such
cards — a title, its date line, at most one standfirst of any length — at least CARD_MIN_ITEMS of them, the whole
box is site text. A standfirst longer than a teaser's (pipeline.text.teasers stops there) is the next story's
opening, as the date line above it shows; an article's own dated sections are not under a teaser marker."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import card_rules, patterns
from pipeline.text.dutch_rules import ANY_MONTH_GROUP
from pipeline.text.page_edges import title_shaped

CARD_MIN_ITEMS = 2  # title + date (+ standfirst) cards after a marker, to the text's end
_TITLE_KINDS = (BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.SITE_TEXT, BlockKind.HEADLINE)
_STANDFIRST_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)
POSTING_LINE_MAX_WORDS = 10  # the article's posting line under its title ("Gepost op March 5, 2021"), review50
_DATED = re.compile(rf"\b{ANY_MONTH_GROUP}\s.{{0,8}}\b(19|20)\d\d\b|\b\d{{1,2}}[-/.]\d{{1,2}}[-/.](19|20)?\d\d\b", re.I)


def dated_cards(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the cards after the last teaser marker when they run, card by card, to the text's end; and the
    cards opening the text (`_opening_cards`)."""
    out = _opening_cards(blocks)
    marker = _last_marker(out)
    if marker is None:
        return out
    aside = marker + 1
    while aside < len(out) and out[aside].kind is BlockKind.SITE_TEXT:  # the part the teaser pass set aside
        aside += 1
    begun = aside > marker + 1 and out[aside - 1].kind is BlockKind.SITE_TEXT  # a card set aside already
    start = aside + 1 if begun and aside < len(out) and _standfirst(out[aside]) else aside  # its standfirst
    if _cards(out, start) + int(begun) < CARD_MIN_ITEMS:
        return out
    for index in range(aside, len(out)):
        out[index] = Block(BlockKind.SITE_TEXT, out[index].text, reason="teaser")
    return out


def _opening_cards(blocks: Sequence[Block]) -> list[Block]:
    """The text opening (under the page's lines set aside at most) with CARD_MIN_ITEMS or more cards of other stories,
    each a title and its date line right under it ("<titel>" / "August 21, 2019" / "<titel>" / "August 22, 2019"):
    a blog's previous and next posts above the article, whose own title follows them with no date line right under
    it. An article's title has one date line under it; its standfirst closes a sentence, so it is no card's title."""
    out = list(blocks)
    start = next((i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT), len(out))
    end, count = start, 0
    while end + 1 < len(out) and _card_title(out[end]) and out[end + 1].kind is BlockKind.DATELINE:
        end, count = end + 2, count + 1
    below = out[end + 1] if end + 1 < len(out) else None
    if count < CARD_MIN_ITEMS or below is None or below.kind is BlockKind.DATELINE or not _card_title(out[end]):
        return out
    if not _posting_line(below):
        return out  # a title with its text right under it: an agenda's next heading, its items dated (review50)
    return [*out[:start], *(Block(BlockKind.SITE_TEXT, b.text, reason="teaser") for b in out[start:end]), *out[end:]]


def _posting_line(block: Block) -> bool:
    """The line under the article's title that the posts above it have as their date: its posting stamp, set aside or
    read as a byline, or a short line with a date in it ("Gepost op March 5, 2021")."""
    if block.kind in (BlockKind.SITE_TEXT, BlockKind.BYLINE):
        return True
    return patterns.word_count(block.text) <= POSTING_LINE_MAX_WORDS and bool(_DATED.search(block.text))


def _card_title(block: Block) -> bool:
    return block.kind in _TITLE_KINDS and block.kind is not BlockKind.SITE_TEXT and title_shaped(block.text)


def _last_marker(blocks: Sequence[Block]) -> int | None:
    for index in range(len(blocks) - 1, -1, -1):
        if blocks[index].kind is BlockKind.SITE_TEXT and patterns.is_teaser_marker(blocks[index].text):
            return index
    return None


def _cards(blocks: Sequence[Block], start: int) -> int:
    """How many title/date(/standfirst) cards fill blocks[start:] exactly; 0 when anything else is there."""
    index, count = start, 0
    while index < len(blocks):
        title = blocks[index]
        if title.kind not in _TITLE_KINDS or not title_shaped(title.text):
            return 0
        if index + 1 >= len(blocks) or blocks[index + 1].kind is not BlockKind.DATELINE:
            return 0
        index += 2
        if index < len(blocks) and _standfirst(blocks[index]):
            index += 1
        count += 1
    return count


def _standfirst(block: Block) -> bool:
    return block.kind in _STANDFIRST_KINDS and patterns.ends_sentence(block.text)


_AGE_STAMP = re.compile(card_rules.AGE_STAMP, re.IGNORECASE)
_AGE_OPENING = re.compile(rf"^\s*{card_rules.AGE_STAMP}", re.IGNORECASE)
STAMP_MAX_WORDS = 8  # "12 jaar geleden via <site>": an age stamp's line, no sentence
AGED_CARD_MIN_STAMPS = 2


def aged_cards(blocks: Sequence[Block]) -> list[Block]:
    """The text's tail as cards of other stories, each a title, maybe a standfirst, then an age-stamp line set aside
    already ("Kermis in Dalfsen gaat door" / "<standfirst>" / "3 dagen geleden via <site>"), the last perhaps cut
    off after its title: at least AGED_CARD_MIN_STAMPS cards, set aside whole as "teaser"."""
    out = list(blocks)
    end = len(out)
    while end and out[end - 1].kind is BlockKind.SITE_TEXT and not _stamp(out[end - 1]):
        end -= 1  # the page's own lines after the box (set aside already)
    if end and not _stamp(out[end - 1]):  # a last card cut off at the text's end: its title, maybe its standfirst
        tail = end - 1 if _title(out[end - 1]) else end - 2 if end > 1 and _title(out[end - 2]) else None
        if tail is None or (tail == end - 2 and not _standfirst(out[end - 1])):
            return out
        end = tail
    first, stamps = end, 0
    while first > 0 and _stamp(out[first - 1]):
        card = None
        if first > 2 and _standfirst(out[first - 2]) and _title(out[first - 3]):
            card = first - 3  # title, standfirst, stamp
        elif first > 1 and _title(out[first - 2]):
            card = first - 2  # title, stamp
        elif first > 2 and _standfirst(out[first - 2]) and _stamp(out[first - 3]):
            card = first - 2  # title and standfirst in one block, between two stamps
        if card is None:
            break
        first, stamps = card, stamps + 1
    if stamps < AGED_CARD_MIN_STAMPS:
        return out
    return out[:first] + [Block(BlockKind.SITE_TEXT, b.text, reason="teaser") for b in out[first:]]


def _stamp(block: Block) -> bool:
    """An age-stamp line: set aside already, or a short line that opens with the stamp ("12 jaar geleden via …"); the
    stamp with its source, not alone ("50 jaar geleden" closing a section of an article's look-back, review31)."""
    if patterns.word_count(block.text) > STAMP_MAX_WORDS or not _AGE_STAMP.sub("", block.text).strip(" .,·|-–"):
        return False
    if block.kind is BlockKind.SITE_TEXT:
        return bool(_AGE_STAMP.search(block.text))
    return block.kind in (BlockKind.SUBHEADING, BlockKind.PARAGRAPH) and bool(_AGE_OPENING.match(block.text))


def _title(block: Block) -> bool:
    kind = block.kind in _TITLE_KINDS and block.kind is not BlockKind.SITE_TEXT
    return kind and title_shaped(block.text) and not _stamp(block)


_TIMED_CARD = re.compile(card_rules.TIMED_CARD)


def timed_cards(blocks: Sequence[Block]) -> list[Block]:
    """The text's tail as a widget's cards, each title glued to its clock time (card_rules.TIMED_CARD), at least
    TIMED_CARD_MIN_LINES of them: set aside as "teaser", with the title-shaped line above a longer run. A liveblog's
    entries glued to their times end their sentences: no card's titles. The widget lists the newest first: a later
    time under an earlier one is an event's programme (review49)."""
    out = list(blocks)
    first = len(out)
    while first and out[first - 1].kind is not BlockKind.SITE_TEXT and _timed_title(out[first - 1].text):
        if first < len(out) and _minutes(out[first].text) > _minutes(out[first - 1].text):
            return out
        first -= 1
    above = out[first - 1] if first else None
    if len(out) - first < card_rules.TIMED_CARD_MIN_LINES or (above is not None and above.text.rstrip().endswith(":")):
        return out  # a heading with a colon announces the article's own list ("Zo verliep de dag:", review49)
    newest = above is not None and len(out) - first >= card_rules.TIMED_CARD_TITLE_MIN_LINES and _title(above)
    first -= int(newest and not patterns.ends_sentence(above.text))
    return out[:first] + [Block(BlockKind.SITE_TEXT, b.text, reason="teaser") for b in out[first:]]


def _minutes(text: str) -> int:
    """The minutes past midnight of the clock time a timed card's line opens with (-1 without one)."""
    time = _TIMED_CARD.match(text)
    hours, _, minutes = time.group().partition(":") if time else ("-1", "", "0")
    return int(hours) * 60 + int(minutes)


def _timed_title(text: str) -> bool:
    time = _TIMED_CARD.match(text)
    return time is not None and title_shaped(text[time.end() :])
