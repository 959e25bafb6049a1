"""Widgets a mainstream news page prints around its title and its embeds, by shape (issue 21, helper site43, written
on structure_blind64 and 65; called by pipeline.text.web_tails.web_chrome). The expressions are data in
pipeline.text.mainstream_rules.

series_labels  the text's first line a series' label opened by a dash ("— Brussel kiest in jouw gemeente"): "label";
               a read-aloud player's label and track over the text ("De Correspondent leest voor" / "<author> -
               <title> SoundCloud"): "player"
tab_labels     a liveblog's tab label right above its update button ("Berichten" / "Bekijk nieuwe update(s)."):
               "label" (the button itself is a site line, mainstream_rules.SITE_LINES)
video_cards    an embedded video's length and title on one line under the text's pointer at it ("Bekijk de beelden
               hieronder:" / "2:11 <title>"), or a broadcast's title under the pointer at it ("Kijk hier de
               uitzending terug:" / "<title>"): "video"; a promo for tonight's programme ("Vanavond op TV West"
               and its guests to the text's end): "promo"
credited_lines above a photo's credit on its own line, the photo's file name ("RONDE anderlecht BRUZZ ACTUA 1610":
               "image") or the page's title printed again as the photo's title, its kicker left off ("Live <title>"
               … "<title>" / "© JS": "repeated"; STRUCTURE_CONVENTIONS.md: a later copy of the title is site text)
caption_places the photo's place alone on a line between its caption and the running text, the caption naming it
               ("… de noordrand van Brussel …" / "Brussel" / the lede): "label"
dated_stamps   a publication stamp the reader took for a dateline: a weekday and the date in figures ("Maandag
               05/06/2023"), a date line with a Flemish time under it ("22 mei 2019" / "07u13"), a stamp worded
               "Geplaatst op <date>" (mainstream_rules.PUBLISHED_LINE; "Gepubliceerd op" with its time): "stamp"
glued_boxes    wherever it stands, a box of other stories glued to its heading on one line, each title closed by its
               date ("Meer berichten in deze categorie: <title> (19-11-2024) <title> (16-11-2024)"): "story_list"
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import credit_rules, frame_rules, patterns
from pipeline.text import mainstream_rules as rules
from pipeline.text.page_edges import cut_spans
from pipeline.text.page_lists import aside
from pipeline.text.printed_titles import folded
from pipeline.text.text_ends import running_text

SERIES_LABEL = re.compile(rules.SERIES_LABEL)
READ_ALOUD_LABEL = re.compile(rules.READ_ALOUD_LABEL)
CAPTION_PLACE = re.compile(rules.CAPTION_PLACE)
AUDIO_PLATFORM = re.compile(rules.AUDIO_PLATFORM)
TAB_LABEL = re.compile(rules.TAB_LABEL)
VIDEO_CARD = re.compile(rules.VIDEO_CARD)
VIDEO_POINTER = re.compile(rules.VIDEO_POINTER, re.IGNORECASE)
BROADCAST_POINTER = re.compile(rules.BROADCAST_POINTER, re.IGNORECASE)
PROGRAMME_PROMO = re.compile(rules.PROGRAMME_PROMO, re.IGNORECASE)
PHOTO_FILE_NAME = re.compile(rules.PHOTO_FILE_NAME)
CREDIT_ALONE = re.compile(credit_rules.CREDIT_ALONE, re.IGNORECASE)
GLUED_BOX = re.compile(frame_rules.GLUED_BOX, re.IGNORECASE)
GLUED_BOX_DATE = re.compile(frame_rules.GLUED_BOX_DATE)
WEEKDAY_STAMP = re.compile(rules.WEEKDAY_STAMP)
DATE_LINE = re.compile(rules.DATE_LINE)
FLEMISH_TIME = re.compile(rules.FLEMISH_TIME)
PUBLISHED_LINE = re.compile(rules.PUBLISHED_LINE)
STAMP_TIME_FIGURES = re.compile(rules.STAMP_TIME_FIGURES)
_STAMP_KINDS = (BlockKind.DATELINE, BlockKind.LEDE, BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
_UPDATE_BUTTONS = tuple(re.compile(p, re.IGNORECASE) for r, p in rules.SITE_LINES if r == "interface")
_LINES = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
KICKER_MAX_WORDS = 2  # the words a title's copy may leave off its start ("Live", "Opinie -")
TITLE_COPY_MIN_WORDS = 3  # a copy of the title: a title's words, not a name
SECTION_MAX_WORDS = 3  # a section's heading named by a place ("Den Haag") or a word
COPY_SCOPE = 12  # the photo's title stands this many blocks below the title at most (the page's header)


def opening_widgets(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with the widgets of the module's docstring set aside."""
    return glued_boxes(dated_stamps(caption_places(credited_lines(video_cards(tab_labels(series_labels(blocks)))))))


def series_labels(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    first = _first(out)
    if first is not None and first + 1 < len(out) and out[first].kind in (*_LINES, BlockKind.HEADLINE):
        text = out[first].text.strip()
        if SERIES_LABEL.match(text) and patterns.word_count(text) <= rules.SERIES_LABEL_MAX_WORDS:
            out[first] = aside(out[first], "label")
    return _players(out)


def _players(blocks: list[Block]) -> list[Block]:
    """The read-aloud player's label and the track's line under it, closed by the platform's name (on the track's
    line or the next)."""
    first = _first(blocks)
    if first is None or not READ_ALOUD_LABEL.match(blocks[first].text.strip()):
        return blocks
    for end in range(first + 1, min(first + 3, len(blocks))):
        if blocks[end].kind is BlockKind.SITE_TEXT:
            break
        if AUDIO_PLATFORM.search(blocks[end].text.strip()):
            return [*blocks[:first], *(aside(b, "player") for b in blocks[first : end + 1]), *blocks[end + 1 :]]
    return blocks


def tab_labels(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    for index in range(len(out) - 1):
        block, below = out[index], out[index + 1]
        button = below.kind is BlockKind.SITE_TEXT and any(b.match(below.text.strip()) for b in _UPDATE_BUTTONS)
        if button and block.kind in _LINES and TAB_LABEL.match(block.text.strip()) and _is_update(below):
            out[index] = aside(block, "label")
    return out


def _is_update(block: Block) -> bool:
    """The update button (not the liveblog's other controls, which a section's heading may stand above)."""
    return "nieuwe" in block.text.casefold()


def video_cards(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    for index in range(1, len(out)):
        block, above = out[index], out[index - 1]
        text = block.text.strip()
        pointer = above.text.strip()
        card = VIDEO_CARD.match(text) and VIDEO_POINTER.search(pointer)
        if block.kind in _LINES and (card or (patterns.is_heading(text) and BROADCAST_POINTER.match(pointer))):
            out[index] = aside(block, "video")
    return _programme_promos(out)


def _programme_promos(blocks: list[Block]) -> list[Block]:
    short_after = [True] * (len(blocks) + 1)  # every block after index is short (one pass from the end: linear)
    for index in range(len(blocks) - 1, -1, -1):
        short_after[index] = short_after[index + 1] and patterns.word_count(blocks[index].text) <= rules.PROMO_MAX_WORDS
    for index, block in enumerate(blocks):
        if block.kind in _LINES and short_after[index + 1] and PROGRAMME_PROMO.match(block.text.strip()):
            return blocks[:index] + [aside(b, "promo") for b in blocks[index:]]
    return blocks


def credited_lines(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    first = _first(out)
    if first is None:
        return out
    title = folded(out[first].text)
    for index in range(first + 1, len(out) - 1):
        block, below = out[index], out[index + 1]
        if block.kind not in (*_LINES, BlockKind.CAPTION) or not CREDIT_ALONE.match(below.text.strip()):
            continue
        text = block.text.strip()
        if PHOTO_FILE_NAME.match(text):
            out[index] = aside(block, "image")
        elif index - first <= COPY_SCOPE and _title_copy(folded(text), title):
            out[index] = aside(block, "repeated")
    return out


def _title_copy(text: str, title: str) -> bool:
    """`text` the title, or the title without the kicker of a word or two opening it ("Live <title>")."""
    if patterns.word_count(text) < TITLE_COPY_MIN_WORDS or not title.endswith(text):
        return False
    kicker = title[: len(title) - len(text)]
    return not kicker or (kicker.endswith(" ") and patterns.word_count(kicker) <= KICKER_MAX_WORDS)


def caption_places(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    for index in range(1, len(out) - 1):
        above, block, below = out[index - 1], out[index], out[index + 1]
        word = block.text.strip()
        place = block.kind in (*_LINES, BlockKind.HEADLINE) and CAPTION_PLACE.fullmatch(word) is not None
        named = above.kind is BlockKind.CAPTION and re.search(rf"\b{re.escape(word)}\b", above.text) is not None
        if place and named and running_text(below) and not _sections(out[index + 1 :]):
            out[index] = aside(block, "label")
    return out


def _sections(rest: Sequence[Block]) -> bool:
    """A heading of a few words further down: the place's line heads the article's first section ("Groningen" /
    "In Groningen reden …" / … / "Den Haag", review43), not a photo's."""
    return any(b.kind is BlockKind.SUBHEADING and patterns.word_count(b.text) <= SECTION_MAX_WORDS for b in rest)


def dated_stamps(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    for index, block in enumerate(out):
        text = block.text.strip()
        if block.kind in _STAMP_KINDS and "\n" not in text and _published(text):
            out[index] = aside(block, "stamp")
            continue
        if block.kind is not BlockKind.DATELINE:
            continue
        below = out[index + 1] if index + 1 < len(out) else None
        timed = below is not None and DATE_LINE.match(text) and FLEMISH_TIME.match(below.text.strip())
        if timed:
            out[index + 1] = aside(below, "stamp")
        if timed or WEEKDAY_STAMP.match(text):
            out[index] = aside(block, "stamp")
    return out


def glued_boxes(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    found: list[tuple[int, int]] = []
    for index, block in enumerate(out):
        match = GLUED_BOX.search(block.text) if block.kind in _STAMP_KINDS else None
        if match is None or len(GLUED_BOX_DATE.findall(block.text[match.start() :])) < frame_rules.GLUED_BOX_MIN_ITEMS:
            continue
        start = match.start() + len(match[0]) - len(match[0].lstrip())
        if (head := block.text[:start].rstrip()).endswith("|"):
            start = len(head) - 1  # the bar above the box is the box's
        found.append((index, start))
    for index, start in reversed(found):
        out[index : index + 1] = cut_spans(out[index], [(start, len(out[index].text), "story_list")])
    return out


def _published(text: str) -> bool:
    if not PUBLISHED_LINE.match(text):
        return False
    return not text[:12].casefold().startswith("gepubliceerd") or bool(STAMP_TIME_FIGURES.search(text))


def _first(blocks: Sequence[Block]) -> int | None:
    return next((i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT), None)
