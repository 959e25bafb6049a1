"""A whole web page saved as text (issue 21, round 8; the expressions and limits are data: pipeline.text.page_rules).
pipeline.text.article calls `page_furniture` after its other site-text rules, before the headline is chosen.

body      pipeline.text.page_body: the run of running-text paragraphs with the most text
title     the last title-like line above the body that its date, credit, caption or publication stamp follows
          (else the last title-like line above it), none below a paragraph of running text nor a Q&A's question;
          it becomes the headline when the head is the page's
head      above the title, when the page opens with chrome and enough of the head is chrome (menus, bars,
          breadcrumbs, times, counters, share rows): site text, but a byline and the title-like lines right
          above the title; between the title and the body, the chrome lines (date, section label, share row),
          but a byline, a caption and an author's name
tail      after the article's own closing list (under a heading ending in a colon also a table's or a timeline's
          cells), when enough of it is chrome: site text, but the first byline and an author's name right after
          the body
inside    when the head or the tail was the page's: story lists (titles alternating with clock times; not in a
          text whose title says it is a liveblog), share rows and their counters and buttons (pipeline.text.page_lists)
The head and the tail need more blocks when the source is not shaped like a page saved one line per element (its
blocks blank-line separated like an article's paragraphs); an archive's export is left to pipeline.text.export_edges.
Also, on any text, the line rules of pipeline.text.page_lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import page_rules as rules
from pipeline.text import patterns
from pipeline.text.glued_menus import glued_word
from pipeline.text.page_body import RELATIVE_TIME, body_line, body_span, page_shaped
from pipeline.text.page_lines import (
    LINE_KINDS,
    dated_byline,
    title_status,
    wire_notices,
)
from pipeline.text.page_lists import (
    BARE_COUNTER,
    CLOCK_LINE,
    aside,
    label,
    list_heading,
    share_line,
    share_rows,
    story_lists,
)
from pipeline.text.page_title_copies import alt_text, copy_above
from pipeline.text.speakers import speaker_label
from pipeline.text.title_dates import dated_title

TIME_LINE = re.compile(rules.TIME_LINE, re.IGNORECASE)
COUNTER_LINE = re.compile(rules.COUNTER_LINE)
PUBLISHED_LINE = re.compile(rules.PUBLISHED_LINE, re.IGNORECASE)
BREADCRUMB = re.compile(rules.BREADCRUMB)
LIVEBLOG_TITLE = re.compile(rules.LIVEBLOG_TITLE, re.IGNORECASE)
GALLERY_FILE = re.compile(rules.GALLERY_FILE, re.IGNORECASE)
REPORT_SECTION = re.compile(rules.REPORT_SECTION, re.IGNORECASE)
_KEPT = (BlockKind.BYLINE, BlockKind.CAPTION)  # between the title and the body: the article's
_STAMPS = (TIME_LINE, PUBLISHED_LINE, RELATIVE_TIME)


def page_furniture(blocks: Sequence[Block], source: str) -> list[Block]:
    """The blocks with a saved page's furniture set aside (see the module docstring). The page's head and tail
    need fewer blocks when the source is shaped like a saved page (`page_shaped`) than when its lines are
    blank-line separated like an article's paragraphs."""
    out = wire_notices([dated_byline(b) for b in blocks])
    body = body_span(out)
    if body is None:
        return title_status(out)
    start, end = body
    if any(b.reason in rules.EXPORT_REASONS for b in out):
        return title_status(out)  # an archive's export, not a page: pipeline.text.export_edges reads it
    title = page_title(out, start, end)
    shaped = page_shaped(source)
    head = (
        title is not None
        and sum(1 for b in out[: rules.OPENING_BLOCKS] if chrome(b)) >= rules.OPENING_MIN_CHROME
        and _pages(out[:title], rules.HEAD_MIN_BLOCKS if shaped else rules.HEAD_STRONG_BLOCKS)
    )
    tail_blocks = rules.TAIL_MIN_BLOCKS if shaped else rules.TAIL_STRONG_BLOCKS
    tail = _pages(out[_closing_list(out, end + 1) :], tail_blocks, rules.TAIL_MIN_FURNITURE)  # the article's list not
    if head and title is not None:
        out = _set_aside_head(out, title, start)
    elif (
        title is not None
        and out[title].reason == "repeated"
        and _over_its_meta(out, title)
        and not copy_above(out, title)
        and not alt_text(out, title)
    ):
        out[title] = Block(BlockKind.SUBHEADING, out[title].text)  # the title the page's lists repeat
    if tail:
        out = _set_aside_tail(out, end)
    if head or tail:
        live = title is not None and LIVEBLOG_TITLE.search(out[title].text) is not None
        out = share_rows(out if live else story_lists(out, len(out) if tail else end))  # a liveblog's: its own
    return title_status(_timed(out))


def _set_aside_head(blocks: Sequence[Block], title: int, start: int) -> list[Block]:
    """Above the title: site text, but a byline and the title-like lines right above the title (a kicker or a
    title the page splits in two; a copy of the title, or a line ending in it, is a breadcrumb's). Between the
    title and the body: the chrome lines, but a byline, a caption, an author's name and a list the article
    announces."""
    out = list(blocks)
    own = title
    while own > 0 and title_like(out[own - 1]) and not _breadcrumb_of(out[own - 1].text, out[title].text):
        own -= 1
    for i in range(own):
        if out[i].kind is not BlockKind.BYLINE:
            out[i] = aside(out[i], "page_head")
    out[title] = Block(BlockKind.HEADLINE, out[title].text)
    i = title + 1
    while i < start:
        if _announces(out, i):  # a list the article announces ("Afgesloten wegen:") and its items
            i = max(_closing_list(out, i), i + 1)
            continue
        if (
            out[i].kind not in _KEPT
            and chrome(out[i])
            and not (patterns.is_person_name(_text(out[i])) or speaker_label(out, i))
            and not REPORT_SECTION.match(_text(out[i]))
        ):
            out[i] = aside(out[i], "page_head")
        i += 1
    return out


def _breadcrumb_of(line: str, title: str) -> bool:
    """The title itself, or a breadcrumb ending in it ("Voorpagina Regio Nieuwe brug …")."""
    return " ".join(line.split()).casefold().endswith(" ".join(title.split()).casefold())


def _set_aside_tail(blocks: Sequence[Block], end: int) -> list[Block]:
    """After the body: site text, but the first byline, an author's name right after the body and the article's
    closing list (see _closing_list)."""
    out = list(blocks)
    byline = next((i for i in range(end + 1, len(out)) if out[i].kind is BlockKind.BYLINE), None)
    for i in range(_closing_list(out, end + 1), len(out)):
        signed = i == end + 1 and patterns.is_person_name(_text(out[i]))
        if i != byline and not signed:
            out[i] = aside(out[i], "page_tail")
    return out


def _closing_list(blocks: Sequence[Block], start: int) -> int:
    """Where the page's tail begins after the article's own closing list, if one follows the body: maybe a
    heading ("Tijdlijn", "De opstelling:"), then two lines or more that are no furniture — of two words or more,
    or of one under a heading ending in a colon (a widget's cells are single words: "Max", "Min", "Wind"); a
    related list's heading is site text found already ("Lees ook", "Meer nieuws")."""
    first = start
    heading = blocks[first] if first < len(blocks) else None
    if heading is not None and heading.kind is not BlockKind.SITE_TEXT:
        text = _text(heading)
        if list_heading(heading) or patterns.word_count(text) <= rules.LIST_HEADING_MAX_WORDS and text.endswith(":"):
            first += 1
    announced = first > start and _text(blocks[start]).endswith(":")
    end = first
    timed = first < len(blocks) and blocks[first].kind is BlockKind.LIVEBLOG  # a timeline read as entries
    while end < len(blocks) and (
        _item(blocks[end], announced=announced, timed=timed)
        or (
            announced
            and _cell(blocks[end], (end - first) % 2)
            and not (end > first and _cell(blocks[end - 1], (end - first - 1) % 2))
        )
    ):
        end += 1
    return end if end - first >= rules.CLOSING_LIST_MIN_ITEMS else start


def _item(block: Block, *, announced: bool, timed: bool = False) -> bool:
    """An item of the article's list; an entry with its time only in a list that opens with one (its time before
    its event: a timeline; a title, then titles with the time of the one before, is a list of stories)."""
    words = patterns.word_count(_text(block))
    least = rules.ANNOUNCED_ITEM_MIN_WORDS if announced else rules.CLOSING_ITEM_MIN_WORDS
    kinds = (*LINE_KINDS, BlockKind.LIST, BlockKind.LIVEBLOG) if timed else (*LINE_KINDS, BlockKind.LIST)
    return (
        block.kind in kinds
        and not furniture(block)
        and not body_line(block)
        and least <= words <= rules.CLOSING_ITEM_MAX_WORDS
    )


def _cell(block: Block, position: int) -> bool:
    """Under a heading ending in a colon, a number or a time in turn with the items: a table's number after its
    label ("VVD" / "34"; `position` 1 of a pair) or a timeline's time before its event ("09:15" / "Trein
    ontspoort"; `position` 0). A time after each title is a list of stories' ("Raad stemt in …" / "10:42")."""
    text = _text(block)
    if block.kind is BlockKind.SITE_TEXT:
        return False
    return bool(BARE_COUNTER.match(text)) if position else bool(CLOCK_LINE.match(text))


def _timed(blocks: Sequence[Block]) -> list[Block]:
    """A story list's entry read as a liveblog's and set aside: its time and its title, each site text."""
    out: list[Block] = []
    for block in blocks:
        if block.kind is BlockKind.SITE_TEXT and block.time:
            out.append(Block(BlockKind.SITE_TEXT, block.time, reason=block.reason))
            block = Block(BlockKind.SITE_TEXT, block.text, reason=block.reason)
        if block.text or block.kind is not BlockKind.SITE_TEXT:
            out.append(block)
    return out


def _text(block: Block) -> str:
    return block.text.strip()


def title_like(block: Block) -> bool:
    text = _text(block)
    return (
        (block.kind in LINE_KINDS or block.reason == "repeated")  # a page repeats its title in its lists
        and rules.TITLE_MIN_WORDS <= patterns.word_count(text) <= rules.TITLE_MAX_WORDS
        and not text.rstrip("”’\"' ").endswith((".", ":", ";"))
        and not glued_word(text)  # a menu's items glued into one word (head37)
    )


def page_title(blocks: Sequence[Block], start: int, end: int) -> int | None:
    """The last title-like line above the body that a date, a credit, a caption or a publication stamp
    follows (else the last one right under a date line: pipeline.text.title_dates; else the last title-like line above it). Not below a paragraph of running text: a page's head has
    none (a list's items between the lede and the body are the article's), nor a list it announces (a heading
    ending in a colon); not a question when the body holds more of them (a Q&A's first question)."""
    text = next((i for i in range(start) if body_line(blocks[i]) or _announces(blocks, i)), start)
    questions = sum(1 for b in blocks[start : end + 1] if title_like(b) and _question(b))
    qa = questions >= rules.QA_MIN_QUESTIONS
    candidates = [i for i in range(text) if title_like(blocks[i]) and not (qa and _question(blocks[i]))]
    dated = next((i for i in reversed(candidates) if _over_its_meta(blocks, i)), None)
    dated = dated if dated is not None else next((i for i in reversed(range(text)) if dated_title(blocks, i)), None)
    return dated if dated is not None else (candidates[-1] if candidates else None)


def _announces(blocks: Sequence[Block], index: int) -> bool:
    """A short heading ending in a colon over a list of two items or more ("Afgesloten wegen:" / "A2 bij Weert")."""
    text = _text(blocks[index])
    items = blocks[index + 1 : index + 1 + rules.CLOSING_LIST_MIN_ITEMS]
    return (
        blocks[index].kind is not BlockKind.SITE_TEXT
        and text.endswith(":")
        and patterns.word_count(text) <= rules.LIST_HEADING_MAX_WORDS
        and len(items) == rules.CLOSING_LIST_MIN_ITEMS
        and all(_item(b, announced=True) for b in items)
    )


def _question(block: Block) -> bool:
    return _text(block).rstrip("”’\"' ").endswith("?")


def _over_its_meta(blocks: Sequence[Block], index: int) -> bool:
    """A date, a credit, a caption or a publication stamp follows the line."""
    following = blocks[index + 1]
    text = _text(following)
    return following.kind in (BlockKind.DATELINE, *_KEPT) or any(p.match(text) for p in _STAMPS)


def chrome(block: Block) -> bool:
    """A block shaped like a page's furniture: a menu entry or a label (a few words, no sentence's end), or
    `furniture`."""
    text = _text(block)
    menu = label(text, rules.MENU_MAX_WORDS)
    return menu or furniture(block)


def furniture(block: Block) -> bool:
    """A block that is the page's by more than its length: site text found already, a date line, a time or a
    date, a counter, a publication stamp, a breadcrumb, a relative time, a share row."""
    if block.kind in (BlockKind.SITE_TEXT, BlockKind.DATELINE):
        return True
    text = _text(block)
    if not text:
        return False
    stamps = (TIME_LINE, COUNTER_LINE, BREADCRUMB, PUBLISHED_LINE, RELATIVE_TIME)
    return any(p.match(text) for p in stamps) or share_line(text)


def _pages(region: Sequence[Block], min_blocks: int, min_furniture: int = 0) -> bool:
    """A region above the title or below the body that is the page's: enough blocks, enough of them chrome,
    some of them furniture (below the body: a list of names or of short items is as short as a menu). A gallery's
    file names are not counted: the article's photos (rules.GALLERY_FILE)."""
    region = [b for b in region if not GALLERY_FILE.match(_text(b))]
    if len(region) < min_blocks:
        return False
    share = sum(1 for b in region if chrome(b)) >= rules.CHROME_MIN_SHARE * len(region)
    return share and sum(1 for b in region if furniture(b)) >= min_furniture
