"""A page's sections after the article, by shape (issue 21, helper site25c); the expressions and limits are data
(pipeline.text.title_rules; the comment form's, pipeline.text.page_rules):

comments  a heading counting the comments ("Reacties (87)", "Comments (12)") above at least
          COMMENT_SECTION_MIN_REPLIES reply buttons ("Reageer"), each at most COMMENT_REPLY_MAX_GAP blocks after
          the one before (the first at most COMMENT_FIRST_REPLY_MAX_GAP after the heading: sorting controls): readers' comments, not the article — set aside from the
          heading to the last button, and the lines after it up to the next running paragraph (article text
          after quoted reactions stays); without buttons (site45), a comment form's prompt set aside already
          ("Plaats een reactie") at most COMMENT_FORM_BLOCKS_PER_COMMENT blocks a counted comment below the
          heading, one at least (review45): set aside from the heading to the prompt, and the form's notes after
          it when at most COMMENT_FORM_MAX_NOTES blocks follow to the text's end
teaser    STAMPED_STORIES_MIN_ITEMS lines or more in a row, each a story's title closed by its rubric and date
          ("WhatsApp test een nieuwe functie Nieuws van 20 juli 2023"), in the page's tail (no running paragraph
          after the run before the comment section or the text's end: cited rulings "Hoge Raad, Beschikking van
          3 juni 2020" between paragraphs stay): a list
          of other stories
posted    a feed's page that glues each item's posting stamp to its title ("<titel> Geplaatst op: 17-12-2017
          21:40"; site39): the article's title stamped so above its running text, and a line stamped the same way
          after that text, stamped no later — the feed's next item: set aside from it to the text's end as "teaser" (a line
          stamped later is the article's own update: review39)
bylined   a page that prints each story as its title over its author's name glued to the date ("Anna de Wit-3 maart
          2024 om 10:00", line_kind_rules.NAME_DASH_DATE_BYLINE; site47): the article's own byline of that shape above its
          running text, and after that text a title over one dated in another month or year — the page's other
          stories: set aside from that title to the text's end as "teaser" (an article's own update, a liveblog's
          entry is stamped in the days of the article)
schedule  a broadcaster's programme schedule closing the page (site47): SCHEDULE_MIN_SLOTS lines or more that are a
          time slot alone ("07:00 - 09:00"), each followed by at most SLOT_MAX_LINES short lines (the programme, its
          host), to the text's end, after the article's running text — set aside with the short heading lines right
          above the first slot ("VANDAAG OP DE RADIO", the frequencies) as "schedule". An article's timetable gives each
          slot its event on the same line ("14:00 - 15:00 Optocht").
comments  (stamped) a comment count ("42 Reacties", "Reacties (42)") after the article's first running text, and
          within COMMENT_HEADER_MAX_GAP blocks under it a reader's comment header — a name of at most
          COMMENTER_MAX_WORDS words over its age stamp alone on its line ("Passepartout" / "1 maand geleden"): the
          readers' comments, set aside from the count to the text's end (the page cut off before any reply button;
          site47). An article's age stamp stands under its title, not under a count of comments.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import card_rules, line_kind_rules, page_rules, patterns, title_rules
from pipeline.text.page_edges import running_text
from pipeline.text.page_lists import aside
from pipeline.text.score_boxes import score_boxes

STAMPED_STORY = re.compile(title_rules.STAMPED_STORY)
COUNT_HEADING = re.compile(title_rules.COMMENT_COUNT_HEADING, re.IGNORECASE)
REPLY_BUTTON = re.compile(title_rules.COMMENT_REPLY_BUTTON, re.IGNORECASE)
POSTED_STAMP = re.compile(page_rules.POSTED_STAMP_END, re.IGNORECASE)
POSTED_TITLE_MIN_WORDS = 3  # the item's title before its stamp
NAME_DASH_DATE_BYLINE = re.compile(line_kind_rules.NAME_DASH_DATE_BYLINE, re.IGNORECASE)
BYLINED_TITLE_MAX_WORDS = 20  # a story's title over its byline
TIME_SLOT = re.compile(r"^[•·*-]?\s*(?P<start>\d{1,2})[:.]\d{2}\s*[-–—]\s*(?P<end>\d{1,2})[:.]\d{2}(\s*uur)?$")
SCHEDULE_MIN_SLOTS = 3
# the hours the slots span, the first's start to the last's end: a station's broadcast day — or a heading above the
# slots names the station ("VANDAAG OP RADIO OOST", "96.2 FM"); an event's programme in a local story spans a morning
# or an afternoon under its own heading ("Het programma op zaterdag" / "10.00 - 11.00 uur" / "Opening …", review47)
SCHEDULE_MIN_HOURS = 12
# (a radio station's: a story's tv tips close on tonight's programmes under "Vanavond op tv")
STATION_HEADING = re.compile(r"\b(radio|fm|mhz|dab\+?)\b", re.IGNORECASE)
SLOT_MAX_LINES = 3  # under a slot: the programme's name, its line, its host
SLOT_LINE_MAX_WORDS = 10
COMMENT_COUNT = re.compile(
    r"^(\d{1,6}\s+(reacties|reactie|comments?)|(reacties|comments)\s*\(\d{1,6}\))$", re.IGNORECASE
)
AGE_LINE = re.compile(rf"^{card_rules.AGE_STAMP}$", re.IGNORECASE)
COMMENT_HEADER_MAX_GAP = 8  # blocks from the count to the first comment's header (sorting controls, a "show all")
COMMENTER_MAX_WORDS = 3
SCHEDULE_HEADING_MAX_LINES = 2  # above the first slot: the schedule's heading, the station's frequencies
_POSTED_KINDS = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.HEADLINE, BlockKind.LEDE)


def comment_sections(blocks: Sequence[Block]) -> list[Block]:
    """Linear: a scan from a count heading stops at the first gap too long between reply buttons, so a failed
    scan reads a bounded number of blocks, and the first section found ends the loop."""
    out = list(blocks)
    first_text = next((i for i, b in enumerate(out) if running_text(b)), None)
    if first_text is None:
        return out
    for h in range(first_text + 1, len(out)):
        if not COUNT_HEADING.match(out[h].text.strip()):
            continue
        last = _last_reply(out, h)
        if last is None:
            last = _comment_form(out, h)
            if last is None:
                continue
            end = len(out) if len(out) - last - 1 <= page_rules.COMMENT_FORM_MAX_NOTES else last + 1
        else:
            end = last + 1
            while end < len(out) and not running_text(out[end]):  # the section's own lines after its last button
                end += 1
        for i in range(h, end):
            if out[i].kind is not BlockKind.SITE_TEXT:
                out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="comments")
        break
    return out


def _comment_form(blocks: Sequence[Block], heading: int) -> int | None:
    """The comment form's prompt (set aside already) under the comments the heading counts, within their blocks —
    a block for each comment at least: fewer are the article's paragraphs under the count's link at its top
    ("Reacties (12)" under the lede, review45)."""
    counted = re.search(r"\d+", blocks[heading].text)
    count = int(counted.group()) if counted else 0
    reach = heading + 1 + count * page_rules.COMMENT_FORM_BLOCKS_PER_COMMENT
    form = next((i for i in range(heading + 1, min(reach + 1, len(blocks))) if blocks[i].reason == "comments"), None)
    return form if form is not None and form - heading - 1 >= count else None


def _last_reply(blocks: Sequence[Block], heading: int) -> int | None:
    """The last of the reply buttons that follow the heading at short intervals, when there are enough of them."""
    replies, last, i = 0, heading, heading + 1
    while i < len(blocks) and i - last <= (
        title_rules.COMMENT_REPLY_MAX_GAP if replies else title_rules.COMMENT_FIRST_REPLY_MAX_GAP
    ):
        if REPLY_BUTTON.match(blocks[i].text.strip()):
            replies, last = replies + 1, i
        i += 1
    return last if replies >= title_rules.COMMENT_SECTION_MIN_REPLIES else None


def stamped_stories(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    tail_from = _tail_starts(out)
    run: list[int] = []
    for index in range(len(out) + 1):
        block = out[index] if index < len(out) else None
        if block is not None and _stamped(block):
            run.append(index)
            continue
        if len(run) >= title_rules.STAMPED_STORIES_MIN_ITEMS and tail_from[run[-1]]:
            for i in run:
                out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="teaser")
        run = []
    return out


def _tail_starts(blocks: Sequence[Block]) -> list[bool]:
    """For each block: no running paragraph after it before the comment section or the text's end."""
    out = [True] * len(blocks)
    clear = True
    for i in range(len(blocks) - 1, -1, -1):
        out[i] = clear
        if blocks[i].reason == "comments":
            clear = True
        elif running_text(blocks[i]):
            clear = False
    return out


def _stamped(block: Block) -> bool:
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
        and len(block.text.split(maxsplit=title_rules.STAMPED_STORY_MAX_WORDS)) <= title_rules.STAMPED_STORY_MAX_WORDS
        and STAMPED_STORY.search(block.text.strip()) is not None
    )


def posted_items(blocks: Sequence[Block]) -> list[Block]:
    """The feed's next items after the article on a page that stamps each item's title with its posting date: the
    article's title (above its running text) and a later line after that text both closed by such a stamp — from that
    line to the text's end set aside as "teaser"."""
    out = list(blocks)
    begun = next((i for i, b in enumerate(out) if running_text(b)), None)
    stamps = [found for b in out[:begun] if (found := posted_title(b))] if begun is not None else []
    if begun is None or not stamps:
        return out
    later = next((i for i in range(begun + 1, len(out)) if posted_title(out[i])), None)
    if later is None or _stamp_key(posted_title(out[later])) > _stamp_key(stamps[0]):
        return out  # stamped after the title: the article's own update (a liveblog's; review39), not an older item
    return out[:later] + [b if b.kind is BlockKind.SITE_TEXT else aside(b, "teaser") for b in out[later:]]


def _stamp_key(stamp: re.Match[str] | None) -> tuple[int, ...]:
    """A posting stamp's date and time as figures to compare: year, month, day, hour, minute."""
    figures = [int(f) for f in re.findall(r"\d+", stamp.group("stamp"))] if stamp else []
    day, month, year, *time = [*figures, 0, 0][:5]
    return (year % 100, month, day, *time)


def posted_title(block: Block) -> re.Match[str] | None:
    """The posting stamp closing a title's line (page_rules.POSTED_STAMP_END), a title of a few words before it."""
    text = block.text.strip()
    if block.kind not in _POSTED_KINDS or "\n" in text or len(text.split()) > title_rules.STAMPED_STORY_MAX_WORDS:
        return None
    found = POSTED_STAMP.search(text)
    if found is None or patterns.word_count(text[: found.start()]) < POSTED_TITLE_MIN_WORDS:
        return None
    return found


def bylined_stories(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the page's other stories after the article, each a title over a dated byline of the article's own
    byline's shape, dated in another month than it (see the module's docstring), as "teaser"."""
    out = list(blocks)
    begun = next((i for i, b in enumerate(out) if running_text(b)), None)
    own = next((m for b in out[:begun] if (m := _named_stamp(b))), None) if begun is not None else None
    if begun is None or own is None:
        return out
    for i in range(begun + 1, len(out) - 1):
        title, stamp = out[i], _named_stamp(out[i + 1])
        if stamp and _month(stamp) != _month(own) and _story_title(title):
            return out[:i] + [b if b.kind is BlockKind.SITE_TEXT else aside(b, "teaser") for b in out[i:]]
    return out


def _named_stamp(block: Block) -> re.Match[str] | None:
    if block.kind not in (*_POSTED_KINDS, BlockKind.BYLINE):
        return None
    return NAME_DASH_DATE_BYLINE.match(block.text.strip())


def _month(stamp: re.Match[str]) -> tuple[str, str]:
    """The stamp's year and month (its name's first three letters: "sep" for "september", "sept.")."""
    return stamp.group("year"), stamp.group("month")[:3].casefold()


def _story_title(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind in (BlockKind.SUBHEADING, BlockKind.PARAGRAPH)
        and patterns.is_heading(text)
        and patterns.word_count(text) <= BYLINED_TITLE_MAX_WORDS
    )


def schedules(blocks: Sequence[Block]) -> list[Block]:
    """Set aside a programme schedule closing the page, with its heading lines, as "schedule" (see the module's
    docstring)."""
    out = score_boxes(blocks)  # a liveblog's score and programme box, anywhere (site39)
    last = max((i for i, b in enumerate(out) if running_text(b)), default=None)
    if last is None:
        return out
    slots = [i for i in range(last + 1, len(out)) if TIME_SLOT.match(out[i].text.strip())]
    if len(slots) < SCHEDULE_MIN_SLOTS:
        return out
    bounds = [*slots, len(out)]
    if any(
        bounds[n + 1] - bounds[n] - 1 > SLOT_MAX_LINES
        or any(not _slot_line(out[i]) for i in range(bounds[n] + 1, bounds[n + 1]))
        for n in range(len(slots))
    ):
        return out  # a line under a slot too long, or too many of them: an article's own listing
    first = slots[0]
    while first - 1 > last and slots[0] - first < SCHEDULE_HEADING_MAX_LINES and _slot_line(out[first - 1]):
        first -= 1
    if any(not _slot_line(out[i]) for i in range(last + 1, first) if out[i].kind is not BlockKind.SITE_TEXT):
        return out  # article lines between the text and the schedule: not the page's tail
    station = any(STATION_HEADING.search(out[i].text) for i in range(first, slots[0]))
    if not station and _span(out[slots[0]], out[slots[-1]]) < SCHEDULE_MIN_HOURS:
        return out  # an event's programme: a few hours, under no station's name
    return out[:first] + [b if b.kind is BlockKind.SITE_TEXT else aside(b, "schedule") for b in out[first:]]


def _span(first: Block, last: Block) -> int:
    """The hours from the first slot's start to the last slot's end (an end at midnight is the day's 24th hour)."""
    start = int(TIME_SLOT.match(first.text.strip())["start"])  # type: ignore[index]
    end = int(TIME_SLOT.match(last.text.strip())["end"]) or 24  # type: ignore[index]
    return end - start


def _slot_line(block: Block) -> bool:
    return block.kind is not BlockKind.SITE_TEXT and patterns.word_count(block.text) <= SLOT_LINE_MAX_WORDS


def stamped_comments(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the readers' comments from their count to the text's end when a comment's header (a name over its
    age stamp) stands under the count (see the module's docstring), as "comments"."""
    out = list(blocks)
    first_text = next((i for i, b in enumerate(out) if running_text(b)), None)
    if first_text is None:
        return out
    for count in range(first_text + 1, len(out)):
        if not COMMENT_COUNT.match(out[count].text.strip()):
            continue
        stop = min(count + COMMENT_HEADER_MAX_GAP, len(out) - 1)
        if any(_commenter(out[i]) and AGE_LINE.match(out[i + 1].text.strip()) for i in range(count + 1, stop)):
            return out[:count] + [b if b.kind is BlockKind.SITE_TEXT else aside(b, "comments") for b in out[count:]]
    return out


def _commenter(block: Block) -> bool:
    text = block.text.strip()
    return 0 < patterns.word_count(text) <= COMMENTER_MAX_WORDS and not patterns.ends_sentence(text)
